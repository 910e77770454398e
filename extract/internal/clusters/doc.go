// Package clusters looks up the Brown cluster of a word: a node of a
// binary tree over the vocabulary, learned from news text by the command
// clustertrain, whose path from the root (a bit string) groups words that
// occur in like contexts. The tagger and parser use the cluster, and its
// prefixes of a few lengths, as features: a word the treebank lacks shares
// them with words it has (Koo, Carreras and Collins, 2008).
//
// # The file
//
// A clusters file has a line a word, sorted by word: the word as keyed
// (see below), a tab, and the path of its cluster, a string of 0s and 1s.
// Lines beginning "# " are comments. No path is a prefix of another:
// words sit at the leaves. [Load] reads one from any reader, into a
// compact form ([Clusters.AppendBinary]) that [Open] uses where it lies,
// as a program that embeds its clusters does.
//
// # Keys
//
// A word is looked up as [AppendFold] writes it, curly quotes straight,
// dashes as "--" and digits as 0 ("1990s" → "0000s"), then with ASCII
// letters in lower case, unless the file holds the word with its capitals:
// forms that are another word when capitalised ("May" and "may", "US" and
// "us") or a name's part ("Agency", "Bureau") keep theirs. So
// [Clusters.Of] takes a token as written, at the start of a sentence too:
// "The" finds "the", "NATO" "nato", "May" the month.
//
// # Clusters
//
// A [Cluster] is a small number naming a node of the tree, a leaf or an
// inner node; [Unknown] (0) is the cluster of a word the file lacks.
// [Clusters.Prefix] gives the ancestor at a depth, the cluster of a bit
// prefix, for features at several grains. Clusters are below 1<<16, so a
// feature hash takes one whole as a small integer.
package clusters
