package store

import (
	"context"
	"errors"
	"slices"
	"testing"
)

func TestDocument(t *testing.T) {
	ctx := context.Background()
	db := openTest(t, true)
	putFixtures(t, db)
	tests := []struct {
		hash    string
		want    Doc
		wantErr error
	}{
		{"h1", Doc{Hash: "h1", ID: "doc1", Date: "2022-01-15", Title: "Talks", Text: "The United States and Russia met."}, nil},
		{"h2", Doc{Hash: "h2", ID: "doc2", Date: "2022-01-21", Title: "Kyiv", Text: "America met Ukraine."}, nil},
		{"h3", Doc{}, ErrNotFound},
	}
	for _, tc := range tests {
		t.Run(tc.hash, func(t *testing.T) {
			got, err := db.Document(ctx, tc.hash)
			if !errors.Is(err, tc.wantErr) || got != tc.want {
				t.Errorf("Document(%q) = %+v, %v; want %+v, %v", tc.hash, got, err, tc.want, tc.wantErr)
			}
		})
	}
}

func TestDocuments(t *testing.T) {
	db := openTest(t, true)
	putFixtures(t, db)
	docs, err := db.Documents(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range docs {
		got = append(got, d.ID+"@"+d.Date)
		if d.Text == "" {
			t.Errorf("document %s has no text", d.ID)
		}
	}
	if want := []string{"doc1@2022-01-15", "doc2@2022-01-21"}; !slices.Equal(got, want) {
		t.Errorf("Documents = %q; want %q", got, want)
	}
}
