// Command chronicle reads news articles into a dated knowledge graph and
// queries it.
//
//	chronicle ingest PATH...          read articles into the store
//	chronicle timeline [flags]        events in time order
//	chronicle met [ACTOR [ACTOR]]     who met whom, and when
//	chronicle actors                  the actors known to the store
//	chronicle export dot [flags]      the actor graph in Graphviz DOT
//	chronicle extract FILE            one article's reading as JSON
//	chronicle parse FILE              a text's Universal Dependencies analysis as CoNLL-U
//	chronicle timeml PATH...          tag TimeML files with our time expressions
//	chronicle eval timeml GOLD_DIR    score the time engine against annotated TimeML
//	chronicle eval plover [FILE]      score actor and event coding against the PLOVER gold standard
//	chronicle eval ud FILE.conllu...  score the UD analysis against treebanks, as CoNLL 2018 does
//
// Every command takes --help. Flags may come before or after arguments;
// everything after "--" is an argument.
//
// # Store
//
// Commands that use the store take --db DIR, by default $CHRONICLE_DB if
// set, else ./chronicle.db. Only ingest writes to it, and it creates the
// store only once it has an article to write, so that bad input leaves
// nothing behind. The query commands open it read-only and never create
// it.
//
// # Input
//
// A plain-text article may give its publication date as its first line,
// "date YYYY-MM-DD"; a JSON Lines file (.jsonl, .ndjson) holds one article
// a line as {"id", "date", "title", "text"}. --date supplies or overrides
// the date. Bad input is reported as FILE:LINE: problem, and ingest goes
// on with the rest.
//
// # Exit status
//
// 0 on success, 1 on failure (including any bad input), 2 for a command
// line that does not make sense.
package main
