package actor

// The derived tables of data/ are made by generators under
// extract/internal/ from the Phoenix actor dictionaries of PETRARCH-2 (see
// extract/internal/phoenix), which are not part of the module: they live
// in ../shared beside it. From the module root, with ../shared in place,
//
//	go generate ./extract/actor
//
// rewrites data/people.tsv (extract/internal/phoenixpeople) and
// data/groups.tsv (extract/internal/phoenixgen) from them and from the
// hand-made tables of data/ that the generators read; a table is replaced
// only when its generator succeeds. The generators report what they kept
// and skipped on stderr. go generate runs these lines in this folder,
// hence the paths.
//
// Last, it makes data/gazetteer.bin, the compact form of the names of
// every table that the program embeds (compact.go), by running
// TestGazetteerBin with -update; after editing a hand-made table alone,
// that line is all there is to run:
//
//	go test ./extract/actor -run '^TestGazetteerBin$' -update

//go:generate sh -c "go run ../internal/phoenixpeople -data data ../../../shared/corpora/cameo-dicts/Phoenix.Countries.actors.txt > data/people.tsv.new && mv data/people.tsv.new data/people.tsv || { rm -f data/people.tsv.new; exit 1; }"
//go:generate sh -c "go run ../internal/phoenixgen -dicts ../../../shared/corpora/cameo-dicts -data data > data/groups.tsv.new && mv data/groups.tsv.new data/groups.tsv || { rm -f data/groups.tsv.new; exit 1; }"
//go:generate go test -run ^TestGazetteerBin$ -update .
