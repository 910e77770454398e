package store

import "testing"

// TestKeys pins the key layout documented in doc.go.
func TestKeys(t *testing.T) {
	tests := []struct {
		name string
		got  []byte
		want string
	}{
		{"doc", docKey("ab12"), "d/ab12"},
		{"event", eventKey("doc1/e3"), "e/doc1/e3"},
		{"actor", actorKey(" United  States"), "a/united states"},
		{"name", nameKey("The  Alliance"), "n/alliance"},
		{"start", startKey(short, "2022-01-10", "ev1"), "t/s\x002022-01-10\x00ev1"},
		{"by actor", byActorKey("NATO", long, "2022-01-10", "ev1"), "x/nato\x00l\x002022-01-10\x00ev1"},
		{"by type", byTypeKey("Meet", short, "2022-01-10", "ev1"), "y/meet\x00s\x002022-01-10\x00ev1"},
		{"sketch", sketchKey("ev1"), "s/ev1"},
		{"report", reportKey("ev1", 3), "r/ev1\x00000003"},
		{"kind", kindKey("c04", " NATO", "2022-01-10", "ev1"), "k/c04\x00nato\x002022-01-10\x00ev1"},
		{"edge", edgeKey("ab12", "ev1"), "m/ab12\x00ev1"},
		{"mention", mentionKey(" NATO", "ab12", 42), "o/nato\x00ab12\x000000000042"},
	}
	for _, tc := range tests {
		if string(tc.got) != tc.want {
			t.Errorf("%s key = %q; want %q", tc.name, tc.got, tc.want)
		}
	}
}

func TestSplitIndexKey(t *testing.T) {
	tests := []struct {
		key, prefix string
		day, id     string
	}{
		{"t/s\x002022-01-10\x00ev1", startPrefix(short), "2022-01-10", "ev1"},
		{"t/l\x00\x00undated", startPrefix(long), "", "undated"},
		{"x/nato\x00s\x002022-01-10\x00a/b\x00c", byActorPrefix("NATO", short), "2022-01-10", "a/b\x00c"},
	}
	for _, tc := range tests {
		day, id := splitIndexKey([]byte(tc.key), tc.prefix)
		if day != tc.day || id != tc.id {
			t.Errorf("splitIndexKey(%q) = %q, %q; want %q, %q", tc.key, day, id, tc.day, tc.id)
		}
	}
}

func TestNormName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"United States", "united states"},
		{"  the   United States ", "united states"},
		{"Thebes", "thebes"},
		{"the", "the"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := normName(tc.in); got != tc.want {
			t.Errorf("normName(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"meet", "meet"},
		{"make statement", "make statement"},
		{"Meet", "meet"},
		{" meet", "meet"},
		{"meet ", "meet"},
		{"make  statement", "make statement"},
		{"make\tstatement", "make statement"},
		{"make\u00a0statement", "make statement"},
		{"Élysée Palace", "élysée palace"},
		{"   ", ""},
	}
	for _, tc := range tests {
		if got := fold(tc.in); got != tc.want {
			t.Errorf("fold(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}
