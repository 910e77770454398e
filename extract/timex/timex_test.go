package timex_test

import (
	"testing"
	"time"

	"github.com/chronicle-kg/chronicle/extract/timex"
)

// TestTimes checks each kind of expression the engine must normalise,
// against a publication date of Tuesday 2021-12-28: an expression of each
// rule of the rule table, each guard that hands words to another rule and
// each word list that widens or joins expressions.
func TestTimes(t *testing.T) {
	dct := time.Date(2021, 12, 28, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text, want, typ, value, mod string
	}{
		{"full date", "It opened on January 12, 2021.", "January 12, 2021", "DATE", "2021-01-12", ""},
		{"day month year", "It opened on 12 March 2019.", "12 March 2019", "DATE", "2019-03-12", ""},
		{"month year", "It opened in March 2019.", "March 2019", "DATE", "2019-03", ""},
		{"past weekday", "The ministry said on Saturday that troops left.", "Saturday", "DATE", "2021-12-25", ""},
		{"future month-day", "They will meet on January 12.", "January 12", "DATE", "2022-01-12", ""},
		{"planned month-day", "They plan to hold talks on January 12.", "January 12", "DATE", "2022-01-12", ""},
		{"scheduled", "A meeting is scheduled for January 13.", "January 13", "DATE", "2022-01-13", ""},
		{"past month", "Prices rose in March.", "March", "DATE", "2021-03", ""},
		{"year", "The war ended in 1995.", "1995", "DATE", "1995", ""},
		{"decade", "Growth slowed in the 1990s.", "the 1990s", "DATE", "199", ""},
		{"short decade", "Growth slowed in the 70s.", "the 70s", "DATE", "197", ""},
		{"short decade, this century", "Rates rose in the 20s.", "the 20s", "DATE", "202", ""},
		{"century", "It was built in the 19th century.", "the 19th century", "DATE", "18", ""},
		{"season", "They met in winter 2021.", "winter 2021", "DATE", "2021-WI", ""},
		{"quarter", "Sales fell in the first quarter of 2022.", "the first quarter of 2022", "DATE", "2022-Q1", ""},
		{"weekend", "Protests grew this weekend.", "this weekend", "DATE", "2021-W52-WE", ""},
		{"yesterday", "Officials said yesterday it was over.", "yesterday", "DATE", "2021-12-27", ""},
		{"last week", "They met last week.", "last week", "DATE", "2021-W51", ""},
		{"ago", "It began two years ago.", "two years ago", "DATE", "2019", ""},
		{"capitalised ago", "Two years ago it began.", "Two years ago", "DATE", "2019", ""},
		{"next month", "Talks resume next month.", "next month", "DATE", "2022-01", ""},
		{"coming days", "More troops will arrive in the coming days.", "in the coming days", "DATE", "FUTURE_REF", ""},
		{"earlier this month", "He called earlier this month.", "earlier this month", "DATE", "2021-12", ""},
		{"early year", "An invasion in early 2022 is feared.", "early 2022", "DATE", "2022", "START"},
		{"mid month", "Talks resume mid-January.", "mid-January", "DATE", "2022-01", "MID"},
		{"late last year", "Prices fell late last year.", "late last year", "DATE", "2020", "END"},
		{"approximate", "It lasted about three weeks.", "about three weeks", "DURATION", "P3W", "APPROX"},
		{"now", "Troops are now at the border.", "now", "DATE", "PRESENT_REF", ""},
		{"recently", "Troops recently left.", "recently", "DATE", "PAST_REF", ""},
		{"recent months", "Troops massed in recent months.", "in recent months", "DATE", "PAST_REF", ""},
		{"future", "Talks may resume in the future.", "the future", "DATE", "FUTURE_REF", ""},
		{"for days", "The talks went on for three days.", "three days", "DURATION", "P3D", ""},
		{"years", "He served two years.", "two years", "DURATION", "P2Y", ""},
		{"hours", "The raid took five hours.", "five hours", "DURATION", "PT5H", ""},
		{"half", "The raid took 5 1/2 hours.", "5 1/2 hours", "DURATION", "PT5H30M", ""},
		{"every weekday", "They meet every Monday.", "every Monday", "SET", "XXXX-WXX-1", ""},
		{"weekly", "They meet weekly.", "weekly", "SET", "P1W", ""},
		{"each year", "It floods each year.", "each year", "SET", "P1Y", ""},
		{"clock", "The vote was at 10 p.m. yesterday.", "10 p.m. yesterday", "TIME", "2021-12-27T22:00", ""},
		{"day part", "He spoke this morning.", "this morning", "TIME", "2021-12-28TMO", ""},
		{"range end", "It runs from March 3 to March 5.", "March 5", "DATE", "2022-03-05", ""},
		{"following day", "They met on December 20. The following day they left.", "The following day", "DATE", "2021-12-21", ""},
		{"month, year", "It opened in June, 1990.", "June, 1990", "DATE", "1990-06", ""},
		{"fiscal year", "Sales rose in fiscal 1989.", "fiscal 1989", "DATE", "1989", ""},
		{"last month name", "It rose last April.", "last April", "DATE", "2021-04", ""},
		{"shifted", "It fell three days later.", "three days later", "DATE", "2021-12-31", ""},
		{"span", "Sales over the past two months fell.", "the past two months", "DURATION", "P2M", ""},
		{"year in words", "In nineteen ninety-six it rose.", "nineteen ninety-six", "DATE", "1996", ""},
		{"the weekend", "They met at the weekend.", "the weekend", "DATE", "2021-W51-WE", ""},
		{"year-ago", "Sales rose from year-ago levels.", "year-ago", "DATE", "2020", ""},
		{"period", "Sales in the year-ago period rose.", "the year-ago period", "DATE", "2020-Q3", ""},
		{"year quarter", "Sales in the 1988 second quarter fell.", "the 1988 second quarter", "DATE", "1988-Q2", ""},
		{"same period shifted", "Sales rose in the third quarter from the same period a year earlier.", "the same period a year earlier", "DATE", "2020-Q3", ""},
		{"same period two years", "Sales rose in the second quarter from the same period two years earlier.", "the same period two years earlier", "DATE", "2019-Q2", ""},
		{"year's quarter", "Sales fell in this year's third quarter.", "this year's third quarter", "DATE", "2021-Q3", ""},
		{"vague ago", "He came several years ago.", "several years ago", "DATE", "PAST_REF", ""},
		{"decade in words", "The nineties were good.", "The nineties", "DATE", "199", ""},
		{"the season", "Prices rose over the summer.", "the summer", "DATE", "2021-SU", ""},
		{"the coming season", "Talks will resume in the spring.", "the spring", "DATE", "2022-SP", ""},
		{"clock minutes", "The vote was at 10:30 a.m.", "10:30 a.m.", "TIME", "2021-12-28T10:30", ""},
		// guards that turn a rule down for another
		{"month-day after last", "Prices rose last Oct. 23.", "Oct. 23", "DATE", "2021-10-23", ""},
		{"not a duration", "Sales in the 1988 quarter fell.", "the 1988 quarter", "DATE", "1988-Q1", ""},
		// the word lists of words.txt
		{"year before plural", "In 2000 elections were held.", "2000", "DATE", "2000", ""},
		{"time zone", "It happened at 5 p.m. EST Nov. 9.", "5 p.m. EST Nov. 9", "TIME", "2021-11-09T17:00", ""},
		{"zone UTC", "The polls closed at 18:00 UTC.", "18:00 UTC", "TIME", "2021-12-28T18:00Z", ""},
		{"zone GMT and day", "Fighting stopped at 06:00 GMT Friday.", "06:00 GMT Friday", "TIME", "2021-12-24T06:00Z", ""},
		{"clock on a day", "The vote was held at 10 p.m. on Sunday.", "10 p.m.", "TIME", "2021-12-26T22:00", ""},
		{"early day", "He left early Tuesday.", "early Tuesday", "DATE", "2021-12-28", "START"},
		{"later day", "He will leave later Thursday.", "later Thursday", "DATE", "2021-12-30", ""},
		{"noon", "He left noon Thursday.", "noon Thursday", "TIME", "2021-12-23T12:00", ""},
		{"mid-morning", "They met mid-morning Friday.", "mid-morning Friday", "TIME", "2021-12-24TMO", ""},
		{"no more than", "It was no more than three weeks.", "no more than three weeks", "DURATION", "P3W", "EQUAL_OR_LESS"},
		{"over", "It lasted over two years.", "over two years", "DURATION", "P2Y", "MORE_THAN"},
		{"over the", "It lasted over the past two years.", "the past two years", "DURATION", "P2Y", ""},
		{"approximate time", "Prices rose around 10 a.m. Monday.", "around 10 a.m. Monday", "TIME", "2021-12-27T10:00", "APPROX"},
		{"range across a year", "The festival ran October 20 to March 5.", "March 5", "DATE", "2022-03-05", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, x := range timex.Find(tc.text, dct) {
				if x.Text != tc.want {
					continue
				}
				if string(x.Type) != tc.typ || x.Value != tc.value || x.Mod != tc.mod {
					t.Errorf("%q = %s %s %s, want %s %s %s", x.Text, x.Type, x.Value, x.Mod, tc.typ, tc.value, tc.mod)
				}
				return
			}
			t.Errorf("%q not found in %q: %+v", tc.want, tc.text, timex.Find(tc.text, dct))
		})
	}
}

// TestTimesNotFound checks words that only look like times.
func TestTimesNotFound(t *testing.T) {
	dct := time.Date(2021, 12, 28, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{
		"After the fall of Kabul, prices rose.",
		"She may march to the capital.",
		"They sat down on the sun deck and wed.",
		"About 10,000 soldiers and 1,500 troops returned.",
		"2000 soldiers were sent.",
		"Section 2001 of the code applies.",
		"Shares rose 4 a share.",
		"The future of NATO is at stake.",
		"A 6-year-old boy was hurt.",
		"Theresa May spoke.",
		"The band played 12 march tunes.",
		"We met last friday.",
		"It cost $2000.",
		"Flight 2012 landed late.",
		"Sales fell 10% in 2000%.",
	} {
		if got := timex.Find(text, dct); len(got) > 0 {
			t.Errorf("%q: found %+v", text, got)
		}
	}
}

// TestLastMonth checks "last <month>": the latest such month before the
// publication date, but not the month just gone ("last month"), and never
// one ahead.
func TestLastMonth(t *testing.T) {
	for _, tc := range []struct{ dct, text, want string }{
		{"1998-03-01", "It fell last February.", "1997-02"},
		{"1989-10-30", "It rose last December.", "1988-12"},
		{"1989-10-30", "It rose last June.", "1989-06"},
		{"1989-10-01", "It rose last August.", "1989-08"},
	} {
		dct, _ := time.Parse("2006-01-02", tc.dct)
		xs := timex.Find(tc.text, dct)
		if len(xs) != 1 || xs[0].Value != tc.want {
			t.Errorf("%s %q: %+v, want %s", tc.dct, tc.text, xs, tc.want)
		}
	}
}

// TestTenseCues checks words that look like cues of the future but are not:
// the noun "plan", and "later" after an interval.
func TestTenseCues(t *testing.T) {
	for _, tc := range []struct{ dct, text, want string }{
		{"1998-02-27", "The presidents signed an economic cooperation plan Friday.", "1998-02-27"},
		{"1989-10-30", "Three days later, as of Friday's close, the index was down.", "1989-10-27"},
		{"1989-10-30", "They plan to meet Friday.", "1989-11-03"},
	} {
		dct, _ := time.Parse("2006-01-02", tc.dct)
		var got []string
		for _, x := range timex.Find(tc.text, dct) {
			if x.Text == "Friday" {
				got = append(got, x.Value)
			}
		}
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%s %q: Friday is %q, want %s", tc.dct, tc.text, got, tc.want)
		}
	}
}
