// Package ingest reads articles from files, directories, JSON Lines and
// readers and puts them in a store: it is the pipeline of
// "chronicle ingest" as a library. Each article is read with
// extract.ReadText or extract.ReadJSONL, extracted with extract.Extract
// and stored with store.DB.Put.
//
// Paths ingests files and directories, and Reader one reader:
//
//	open := func() (*store.DB, error) { return store.Open("chronicle.db", nil) }
//	sum, err := ingest.Paths(ctx, open, []string{"news"}, nil)
//
// # Input
//
// A path is a file, a directory or "-" for Options.Stdin. A directory is
// read recursively in name order, skipping hidden files and directories
// (names beginning with a dot) and Options.StoreDir. A file whose name
// ends in .jsonl or .ndjson (IsJSONL) holds JSON Lines, one article a
// line; any other file holds one plain-text article. A reader is read as
// one or the other as Options.JSONL says.
//
// # Errors
//
// Bad input does not stop ingest: a file that cannot be read, binary
// data, invalid UTF-8, an impossible or missing date, malformed JSON, an
// article the store cannot take (store.ErrInvalid, named by the
// article's ID). Each is an extract.InputError, reported to
// Options.Report during ingest and kept in Summary.Errors in input order;
// its message reads "FILE:LINE: problem" where a line applies. The
// article is skipped and ingest goes on with the next.
//
// The error Paths and Reader return is what stopped ingest: the context
// being done, or the store failing to open, put or close. It is nil when
// every input was read, even if some were bad.
//
// # The store
//
// No store is opened, and so none is created, until an article has been
// read and extracted: input with no good article leaves nothing behind.
// Then the function open is called, once, and the store it returns is
// closed before Paths or Reader returns. Each article is stored by its
// own Put, so what was added stays added if ingest then fails, and the
// Summary returned with the error says what that was.
package ingest
