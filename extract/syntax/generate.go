package syntax

// The default Analyzer embeds its word tables in compact forms, made
// from the model files of model/ and read where they lie (package
// hashtab): the clusters (clusters.bin, from clusters.txt.gz) and the
// lemmatiser (lemma.bin, from lemma.txt.gz). From the module root,
//
//	go generate ./extract/syntax
//
// makes them again after a model file changes; TestCompactModels fails
// until it is run.

//go:generate go test -run ^TestCompactModels$ -update .
