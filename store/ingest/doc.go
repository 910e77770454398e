// Package ingest reads articles from files, directories and readers and
// puts them in a store: it is the pipeline of "chronicle ingest" as a
// library. Each article is read with extract.ReadArticles, extracted
// with extract.Extract and stored through a store.Batch.
//
// Paths ingests files and directories, and Reader one reader:
//
//	open := func() (*store.DB, error) { return store.Open("chronicle.db", nil) }
//	sum, err := ingest.Paths(ctx, open, []string{"news"}, nil)
//
// Reextract rebuilds a store from its own documents, when an older
// extractor read them (Stale).
//
// # Input
//
// A path is a file, a directory or "-" for Options.Stdin. A directory is
// read recursively in name order, skipping hidden files and directories
// (names beginning with a dot) and Options.StoreDir. Each file is read in
// Options.Format, or else as its name says (.jsonl and .ndjson: JSON
// Lines; .json: a JSON array or objects; .tml: TimeML; .txt: one
// plain-text article), or else as its content says; gzip is read through
// in any format (see extract.ReadArticles). Options.Fields names the
// fields of JSON articles.
//
// # The pipeline
//
// The reader hashes each article (extract.Hash) and skips it if the
// store holds it, or if it was read before in the same ingest, before it
// is extracted: ingesting again costs a read and a hash an article.
// Articles are extracted on every core (Options.Workers) and stored in
// the order they were read, so that an ingest stores the same whatever
// the number of workers. At most 2×workers+2 articles are between
// reading and storing: memory is bounded by them and by the store (see
// store.Open), never by the size of the input.
//
// # Errors
//
// Bad input does not stop ingest: a file that cannot be read, binary
// data, invalid UTF-8, an impossible or missing date, an empty or too
// large article, malformed JSON, an article the store cannot take
// (store.ErrInvalid, named by the article's ID). Each is an
// extract.InputError, reported to Options.Report as it is found and
// kept in Summary.Errors; its message reads "FILE:LINE: problem" where a
// line applies. The article is skipped and ingest goes on with the next.
//
// The error Paths and Reader return is what stopped ingest: the context
// being done, or the store failing to open, put or close. It is nil when
// every input was read, even if some were bad. When the context is done,
// ingest stops reading, and the articles it has read are stored.
//
// # The store
//
// No store is opened, and so none is created, until a good article has
// been read: input with no good article leaves nothing behind. Then the
// function open is called, once, and the store it returns is closed
// before Paths or Reader returns. Articles are committed to the store
// some dozens at a time, each whole or not at all, so what was committed
// stays if ingest then fails or is killed, and the Summary returned with
// an error says what that was; an ingest after a kill stores the rest.
package ingest
