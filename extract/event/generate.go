package event

// go generate ./extract/event makes data/triggers.bin, the compact form
// of data/triggers.tsv that the program embeds (compact.go), by running
// TestTriggersBin with -update. Run it after editing the table;
// TestTriggersBin fails until then.

//go:generate go test -run ^TestTriggersBin$ -update .
