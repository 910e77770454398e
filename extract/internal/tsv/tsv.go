// Package tsv reads the data tables of package extract and of the
// generators that write them: UTF-8 text, one row a line, fields separated
// by a single TAB, lines that start with # and blank lines skipped, and
// multi-valued fields separated by |. See extract/actor/data/SOURCES.md.
package tsv

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// Read reads the rows of the table called name from r. Each row is padded
// with empty fields to n columns; a row with more than n is an error that
// names the table and the line.
func Read(r io.Reader, name string, n int) ([][]string, error) {
	var out [][]string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for line := 1; sc.Scan(); line++ {
		t := sc.Text()
		if strings.TrimSpace(t) == "" || strings.HasPrefix(t, "#") {
			continue
		}
		cols := strings.Split(t, "\t")
		if len(cols) > n {
			return nil, fmt.Errorf("%s:%d: %d columns, want %d", name, line, len(cols), n)
		}
		for len(cols) < n {
			cols = append(cols, "")
		}
		out = append(out, cols)
	}
	return out, sc.Err()
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
