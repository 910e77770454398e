package event

// A market's words: pressure, demand and rallies of prices, shares and
// commodities, which name no act of anyone ("pressure on Brent", "slowing
// demand in China", "shares rallied").

import (
	"strings"
	"sync"

	"github.com/chronicle-kg/chronicle/extract/syntax"
)

// marketThings rise and fall: "shares rallied" is no rally (lemmas,
// words.txt).
var marketThings = sync.OnceValue(func() map[string]bool { return words.Set("market-things") })

// marketPressure reports whether noun "pressure" w of t is a market's:
// on a price, a currency or a commodity ("pressure on Brent"), or
// "downward", "selling" or "inflationary".
func (d *reader) marketPressure(t *syntax.Tree, w int) bool {
	for _, k := range t.Children(w, "amod", "compound") {
		switch strings.ToLower(t.Word(k).Lemma) {
		case "downward", "upward", "selling", "buying", "inflationary", "deflationary", "price", "cost", "short-term":
			return true
		}
	}
	var ons []int
	for _, k := range t.Children(w, "nmod") {
		if caseOf(t, k) == "on" {
			ons = append(ons, k)
		}
	}
	if v := t.Head(w); v >= 0 {
		for _, o := range t.Obliques(v) {
			if o.Case == "on" {
				ons = append(ons, o.Word)
			}
		}
	}
	for _, k := range ons {
		if l := strings.ToLower(t.Word(k).Lemma); marketThings()[l] || commodities()[l] {
			return true
		}
	}
	return false
}

// marketDemand reports whether noun w, "demand", is a market's: told by
// a word of demandWords before it, by what it is for (a commodity or a
// market's thing), by its pair with supply, or by a verb of rising or
// falling whose subject it is.
func marketDemand(t *syntax.Tree, w int) bool {
	for _, k := range t.Children(w, "amod", "compound") {
		if l := strings.ToLower(t.Word(k).Lemma); demandWords()[l] || marketThings()[l] || commodities()[l] {
			return true
		}
	}
	for _, k := range t.Children(w, "nmod") {
		if l := strings.ToLower(t.Word(k).Lemma); caseOf(t, k) == "for" && (marketThings()[l] || commodities()[l]) {
			return true
		}
	}
	for _, k := range append(t.Children(w, "conj"), t.Head(w)) {
		if k >= 0 && strings.EqualFold(t.Word(k).Lemma, "supply") {
			return true // "supply and demand"
		}
	}
	v := t.Head(w)
	return v >= 0 && syntax.IsRel(t.Rel(w), "nsubj") && demandWords()[strings.ToLower(t.Word(v).Lemma)]
}

// demandWords tell a market's demand: what qualifies it ("slowing",
// "consumer") and what it does ("demand fell") (lemmas, words.txt).
var demandWords = sync.OnceValue(func() map[string]bool { return words.Set("demand-words") })

// commodities are what a market's pressure falls on besides shares and
// currencies (lemmas, words.txt).
var commodities = sync.OnceValue(func() map[string]bool { return words.Set("commodities") })
