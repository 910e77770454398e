// Package tsv reads the data tables of package extract and of the
// generators that write them: UTF-8 text, one row a line, fields separated
// by a single TAB, lines that start with # and blank lines skipped, and
// multi-valued fields separated by |. See extract/actor/data/SOURCES.md.
package tsv

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// Read reads the rows of the table called name from r. Each row is padded
// with empty fields to n columns; a row with more than n is an error that
// names the table and the line.
func Read(r io.Reader, name string, n int) ([][]string, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	// one string, its cells slices of it, every row's cells in one
	// array: no allocation a line
	text := string(data)
	lines := strings.Count(text, "\n") + 1
	out, cells := make([][]string, 0, lines), make([]string, 0, lines*n)
	for line := 1; text != ""; line++ {
		var t string
		t, text, _ = strings.Cut(text, "\n")
		t = strings.TrimSuffix(t, "\r")
		if strings.TrimSpace(t) == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if c := strings.Count(t, "\t") + 1; c > n {
			return nil, fmt.Errorf("%s:%d: %d columns, want %d", name, line, c, n)
		}
		start := len(cells)
		for k := 0; k < n; k++ {
			var cell string
			cell, t, _ = strings.Cut(t, "\t")
			cells = append(cells, cell)
		}
		out = append(out, cells[start:len(cells):len(cells)])
	}
	return out, nil
}

// ReadFile reads the table at path, as Read does.
func ReadFile(path string, n int) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(f, path, n)
}

// Split splits a multi-valued field at |; an empty field has no values.
func Split(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}
