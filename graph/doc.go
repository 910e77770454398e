// Package graph builds gonum graphs of actors from stored events and
// answers who met whom, when two actors met, and exports the graph as DOT.
package graph
