package main

import (
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"
)

// BenchmarkQueryCommands runs chronicle's queries on the store
// $CHRONICLE_BENCH_DB in processes of their own, as a user runs them,
// and reports the median wall time of each, process start included:
//
//	chronicle ingest --db /tmp/t17.db --id-field uid --date-field dct ../shared/corpora/t17/*/articles.json
//	CHRONICLE_BENCH_DB=/tmp/t17.db go test ./cmd/chronicle -run '^$' -bench QueryCommands -benchtime 50x
//
// The queries name actors and days of Timeline17; $CHRONICLE_BENCH_ARGS
// may give others, one query a line, its words separated by tabs. The
// baseline of the same run is "help", a process that opens no store.
// The command run is the test binary, or $CHRONICLE_BENCH_BIN if set (a
// built chronicle).
func BenchmarkQueryCommands(b *testing.B) {
	db := os.Getenv("CHRONICLE_BENCH_DB")
	if db == "" {
		b.Skip("set CHRONICLE_BENCH_DB to the store to query (see the benchmark's comment)")
	}
	queries := [][]string{
		{"help"},
		{"met", "Libya", "United States"},
		{"timeline", "--actor", "Libya", "--from", "2011-03-10", "--to", "2011-03-16"},
		{"timeline", "--actor", "Egypt", "--from", "2011-02-01", "--to", "2011-02-07", "--type", "meet"},
		{"stats"},
	}
	if args := os.Getenv("CHRONICLE_BENCH_ARGS"); args != "" {
		queries = [][]string{{"help"}}
		for _, line := range strings.Split(strings.TrimSpace(args), "\n") {
			queries = append(queries, strings.Split(line, "\t"))
		}
	}
	for _, q := range queries {
		args := q
		if q[0] != "help" {
			args = append(slices.Clone(q), "--db", db)
		}
		b.Run(strings.Join(q, "_"), func(b *testing.B) {
			var took []time.Duration
			for b.Loop() {
				start := time.Now()
				cmd := asCommand(args...)
				if bin := os.Getenv("CHRONICLE_BENCH_BIN"); bin != "" {
					cmd = exec.Command(bin, args...)
				}
				out, err := cmd.CombinedOutput()
				took = append(took, time.Since(start))
				if err != nil {
					b.Fatalf("chronicle %s: %v\n%s", strings.Join(args, " "), err, out)
				}
			}
			slices.Sort(took)
			b.ReportMetric(float64(took[len(took)/2].Microseconds())/1000, "p50-ms")
		})
	}
}
