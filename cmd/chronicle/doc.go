// Command chronicle reads news articles into a dated knowledge graph and
// queries it.
//
//	chronicle ingest PATH...          read articles into the store
//	chronicle timeline [flags]        events in time order
//	chronicle met [ACTOR [ACTOR]]     who met whom, and when
//	chronicle actors                  the actors known to the store
//	chronicle export dot [flags]      the actor graph in Graphviz DOT
//	chronicle extract FILE            one article's reading as JSON
//
// Every command takes --help.
package main
