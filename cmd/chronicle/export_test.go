package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExportDOT(t *testing.T) {
	db := seeded(t)
	out := mustRun(t, "export", "dot", "--db", db, "--all")
	if !strings.Contains(out, "graph chronicle {") {
		t.Errorf("export dot = %q, want a graph called chronicle", out)
	}

	// Flags before the format; -o writes the same to a file.
	file := filepath.Join(t.TempDir(), "graph.dot")
	if got := mustRun(t, "export", "--all", "--db", db, "dot", "-o", file); got != "" {
		t.Errorf("export -o printed %q, want nothing", got)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != out {
		t.Errorf("export -o wrote %q, want %q", data, out)
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(file), ".*tmp*")); len(left) > 0 {
		t.Errorf("temporary files left behind: %q", left)
	}
	checkDOT(t, data)
}
