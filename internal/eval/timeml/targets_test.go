package timeml_test

import (
	"path/filepath"
	"testing"

	"github.com/chronicle-kg/chronicle/internal/corpus"
	"github.com/chronicle-kg/chronicle/internal/eval/timeml"
)

// TestTargets scores the time engine on TimeBank and AQUAINT and holds it
// to the figures the project promised, above HeidelTime's on the same
// data. It reads ../shared and skips when it is absent or in -short mode.
func TestTargets(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping corpus scoring in -short mode")
	}
	tests := []struct {
		dir                    string
		strict, relaxed, value float64
	}{
		{"TimeBank", 0.86, 0.92, 0.80},
		{"AQUAINT", 0.82, 0.92, 0.75},
	}
	for _, tc := range tests {
		t.Run(tc.dir, func(t *testing.T) {
			dir := filepath.Join(corpus.Need(t, "corpora/tbaq"), tc.dir)
			c, _, err := timeml.EvalDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			s := c.Scores()
			t.Logf("%s: strict %.4f relaxed %.4f value %.4f", tc.dir, s.Strict.F1, s.Relaxed.F1, s.Value.F1)
			if s.Strict.F1 < tc.strict || s.Relaxed.F1 < tc.relaxed || s.Value.F1 < tc.value {
				t.Errorf("%s: strict %.4f relaxed %.4f value %.4f, want at least %.2f %.2f %.2f",
					tc.dir, s.Strict.F1, s.Relaxed.F1, s.Value.F1, tc.strict, tc.relaxed, tc.value)
			}
		})
	}
}
