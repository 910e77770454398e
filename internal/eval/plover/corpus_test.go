package plover

import (
	"path/filepath"
	"testing"

	"github.com/chronicle-kg/chronicle/internal/corpus"
)

// TestCorpus scores the extractor on the GSR, logs the figures and holds
// it to the targets of issues 4 and 5, so that a rule change cannot lose
// them unnoticed: source and target precision and recall at least 0.80,
// category accuracy at least 0.90 and category with source and target at
// least 0.78, issue 11's targets (issue 3 asked for 0.85 and 0.70; the
// figures reached since are 292 and 255 of 322).
func TestCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: not reading the PLOVER GSR")
	}
	// The PLOVER GSR with its CAMEO conversion table, kept in ../shared
	// rather than in the repository.
	dir := corpus.Need(t, "corpora/plover-gsr")
	recs, err := Load(filepath.Join(dir, "PLOVER_GSR_CAMEO.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 322 {
		t.Errorf("read %d records, want 322", len(recs))
	}
	m, err := LoadMapping(filepath.Join(dir, MappingFile))
	if err != nil {
		t.Fatal(err)
	}
	r := Evaluate(recs, m)
	t.Logf("%d records", r.Records)
	t.Logf("source actors P %.4f R %.4f F1 %.4f (exact set %.4f)", r.Source.P, r.Source.R, r.Source.F1, r.Source.Exact)
	t.Logf("target actors P %.4f R %.4f F1 %.4f (exact set %.4f)", r.Target.P, r.Target.R, r.Target.F1, r.Target.Exact)
	t.Logf("PLOVER category accuracy %.4f; category+source+target %.4f; no event in %d", r.CategoryAcc, r.FullAcc, r.NoEvent)
	if r.CategoryAcc < 0.90 {
		t.Errorf("PLOVER category accuracy %.4f, want at least 0.90", r.CategoryAcc)
	}
	if r.FullAcc < 0.78 {
		t.Errorf("category+source+target accuracy %.4f, want at least 0.78", r.FullAcc)
	}
	for _, s := range []struct {
		side string
		v    Side
	}{{"source", r.Source}, {"target", r.Target}} {
		if s.v.P < 0.80 || s.v.R < 0.80 {
			t.Errorf("%s actors P %.4f R %.4f, want both at least 0.80", s.side, s.v.P, s.v.R)
		}
	}
}
