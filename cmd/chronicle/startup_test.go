package main

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// startupArticle is the article BenchmarkStartup extracts: one sentence, so that
// what it measures is what a process pays before and for its first
// article, the models and tables it reads included.
const startupArticle = "date 2022-01-10\nRussia and NATO met in Brussels.\n"

// BenchmarkStartup measures `chronicle extract` of a one-line article in
// a fresh process, built from this package: the wall time from exec to
// exit, reported as the median of the runs (median-ms) beside the mean
// (ns/op). The target is a median under 30 ms.
//
// With CHRONICLE_BASELINE set to the path of another chronicle binary
// (an older build, say), each run of this one is followed by a run of
// that one, and its median is reported too (baseline-median-ms): the two
// measured alike, on the same machine at the same time, as a noisy one
// needs. ns/op is then the time of both.
//
//	go test ./cmd/chronicle -run '^$' -bench Startup -benchtime 50x
func BenchmarkStartup(b *testing.B) {
	dir := b.TempDir()
	bin := filepath.Join(dir, "chronicle")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	article := filepath.Join(dir, "one.txt")
	if err := os.WriteFile(article, []byte(startupArticle), 0o644); err != nil {
		b.Fatal(err)
	}
	bins := []string{bin}
	if base := os.Getenv("CHRONICLE_BASELINE"); base != "" {
		bins = append(bins, base)
	}
	runs := make([][]time.Duration, len(bins))
	b.ResetTimer()
	for b.Loop() {
		for k, x := range bins {
			cmd := exec.Command(x, "extract", article)
			cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
			start := time.Now()
			if err := cmd.Run(); err != nil {
				b.Fatalf("%s extract: %v", x, err)
			}
			runs[k] = append(runs[k], time.Since(start))
		}
	}
	b.ReportMetric(medianMS(runs[0]), "median-ms")
	if len(runs) > 1 {
		b.ReportMetric(medianMS(runs[1]), "baseline-median-ms")
	}
}

// medianMS returns the median of ds in milliseconds.
func medianMS(ds []time.Duration) float64 {
	s := slices.Clone(ds)
	slices.Sort(s)
	m := s[len(s)/2]
	if len(s)%2 == 0 {
		m = (s[len(s)/2-1] + s[len(s)/2]) / 2
	}
	return float64(m) / float64(time.Millisecond)
}
