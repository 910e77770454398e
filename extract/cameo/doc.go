// Package cameo is Chronicle's one vocabulary of CAMEO event codes: the
// twenty roots with their names, PLOVER categories and CAMEO quad
// classes; which acts are meetings and which use force; and the codes
// CAMEO gives the intention, the threat or the refusal of an act.
//
// Every package that asks what a code means asks this one: extraction
// (package event), the store's merging of reports and the graph's
// meetings.
//
// # Sources
//
// Codes, names and quad classes are those of the CAMEO 1.1b3 manual
// (Schrodt, 2012). The PLOVER category of a root is the first that the
// CAMEO-to-PLOVER table of the PLOVER project (CAMEO2PLOVER-2021.txt,
// github.com/openeventdata/PLOVER) gives the root; CAMEO 01 and 02 have
// none there.
package cameo
