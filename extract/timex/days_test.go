package timex

import (
	"testing"
	"time"
)

// TestJoinedPeriodDays checks the days of a month or quarter joined to
// its year ("the first quarter last year"): a quarter's once came out
// as "2010-Q1-01", which no index takes for a day.
func TestJoinedPeriodDays(t *testing.T) {
	dct := time.Date(2011, 5, 4, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, value, first, last string }{
		{"Sales rose in the first quarter last year.", "2010-Q1", "2010-01-01", "2010-03-31"},
		{"Profits fell in the second quarter this year.", "2011-Q2", "2011-04-01", "2011-06-30"},
		{"Exports slowed in February last year.", "2010-02", "2010-02-01", "2010-02-28"},
	} {
		var found bool
		for _, x := range Find(tc.text, dct) {
			if x.Value == tc.value {
				found = true
				if x.FirstDay != tc.first || x.LastDay != tc.last {
					t.Errorf("%q: %s covers %s..%s; want %s..%s", tc.text, x.Value, x.FirstDay, x.LastDay, tc.first, tc.last)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s in %+v", tc.text, tc.value, Find(tc.text, dct))
		}
	}
}
