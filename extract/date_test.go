package extract

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want string // want: the day, or the error
	}{
		{"2009-04-25", "2009-04-25"},
		{"2022-01-10T23:00:00-05:00", "2022-01-10"}, // the day as written, not in UTC
		{"2022-01-10T23:00:00.123Z", "2022-01-10"},
		{"2009-04-25 18:00:00", "2009-04-25"},
		{"2009-04-25 18:00", "2009-04-25"},
		{"1998-02-27T08:00", "1998-02-27"}, // TimeML creation times
		{"1998-02-27T08:00:00", "1998-02-27"},
		{"19980227", "1998-02-27"},
		{"19980227T08:00", "1998-02-27"},
		{"2020-02-29", "2020-02-29"},
		{"", "0001-01-01"},
		{"2021-02-30", `invalid date "2021-02-30": impossible date, February 2021 has 28 days`},
		{"2100-02-29", `invalid date "2100-02-29": impossible date, February 2100 has 28 days`},
		{"2021-13-01", `invalid date "2021-13-01": impossible date, there is no month 13`},
		{"2021-00-10", `invalid date "2021-00-10": impossible date, there is no month 0`},
		{"20210431", `invalid date "20210431": impossible date, April 2021 has 30 days`},
		{"2021-01-00T10:00:00Z", `invalid date "2021-01-00T10:00:00Z": impossible date, there is no day 0`},
		{"0001-01-01", "date 0001-01-01 is not a publication date"},
		{"0001-01-01T00:00:00Z", "date 0001-01-01T00:00:00Z is not a publication date"},
		{"0000-00-00", "date 0000-00-00 is not a publication date"},
		{"00000000", "date 00000000 is not a publication date"},
		{"yesterday", `invalid date "yesterday"`},
		{"2021-1-5", `invalid date "2021-1-5"`},
		{"2021-01-05junk", `invalid date "2021-01-05junk"`},
		{"2021-01-05T25:00", `invalid date "2021-01-05T25:00"`},
		{"123456789", `invalid date "123456789"`},
		{"April 25, 2009", `invalid date "April 25, 2009"`},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			day, err := parseDate(tc.in)
			got := day.Format(time.DateOnly)
			if err != nil {
				got = err.Error()
			}
			if got != tc.want {
				t.Errorf("parseDate(%q) = %s, want %s", tc.in, got, tc.want)
			}
			if err == nil && day.Location() != time.UTC {
				t.Errorf("parseDate(%q) is in %v, want UTC", tc.in, day.Location())
			}
		})
	}
}
