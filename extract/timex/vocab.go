package timex

import (
	"strconv"
	"strings"
)

// The words of time and their values, which the rules' expressions spell
// out again and the appliers read back: they map words to the codes of the
// calendar and of TIMEX3, so they are kept in code rather than in
// words.txt.

// monthWords are the month names and abbreviations, to month numbers.
var monthWords = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// weekdayWords are the weekday names, to time.Weekday numbers.
var weekdayWords = map[string]int{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

// numberWords are the number words of numWordPat, to their values.
var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100,
}

// highTens are the tens that numberWords lacks and a year in words needs:
// "nineteen ninety-six".
var highTens = map[string]int{"seventy": 70, "eighty": 80, "ninety": 90}

// decadeNames are the decades in words, to their tens digit: "the nineties".
var decadeNames = map[string]int{
	"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9,
}

// unitGran gives the granularity of each singular time unit.
var unitGran = map[string]granularity{
	"second": granTime, "minute": granTime, "hour": granTime, "day": granDay, "night": granDay,
	"week": granWeek, "weekend": granWeekend, "month": granMonth, "quarter": granQuarter,
	"year": granYear, "decade": granDecade, "century": granCentury, "centurie": granCentury,
}

// unitCode gives the TIMEX3 duration code of each singular time unit.
var unitCode = map[string]string{
	"second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W", "month": "M",
	"quarter": "Q", "year": "Y", "decade": "DE", "century": "CE", "centurie": "CE", "weekend": "WE",
}

// seasonWords are the seasons, to 1 spring … 4 winter.
var seasonWords = map[string]int{"spring": 1, "summer": 2, "autumn": 3, "fall": 3, "winter": 4}

// modWords are the modifiers of the modified rule, to their TIMEX3 mods.
var modWords = map[string]string{
	"early": "START", "earlier": "START", "beginning": "START", "start": "START",
	"mid": "MID", "middle": "MID", "late": "END", "end": "END", "later": "END",
}

// ordinals are the ordinals of quarters, to their numbers.
var ordinals = map[string]int{"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}

// dayParts are the parts of the day, to their TIMEX3 codes.
var dayParts = map[string]string{"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

// halves gives the smaller unit and amount that half of a unit is.
var halves = map[string]string{"Y": "6M", "D": "T12H", "H": "30M", "M": "30S"}

// unit returns the singular of a time unit word.
func unit(w string) string {
	w = strings.ToLower(w)
	if w == "centuries" {
		return "century"
	}
	return strings.TrimSuffix(w, "s")
}

// number reads a numeral or a number word; a vague number ("several",
// "a few") is -1.
func number(s string) (int, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if n, ok := numberWords[s]; ok {
		return n, true
	}
	switch s {
	case "several", "few", "a few", "many", "some":
		return -1, true
	case "couple of", "a couple of":
		return 2, true
	}
	if i := strings.IndexAny(s, " -"); i > 0 { // "twenty four", "twenty-four"
		tens, ok1 := numberWords[s[:i]]
		ones, ok2 := numberWords[s[i+1:]]
		if ok1 && ok2 && tens >= 20 && ones < 10 {
			return tens + ones, true
		}
	}
	n, err := strconv.Atoi(strings.ReplaceAll(s, ",", ""))
	return n, err == nil
}

// isWeekdayName reports whether s is a weekday's name, in any case.
func isWeekdayName(s string) bool {
	_, ok := weekdayWords[strings.ToLower(s)]
	return ok
}

// monthOf returns the number of the month that s begins with ("Jan." is
// 1), or 0.
func monthOf(s string) int {
	s = strings.ToLower(s)
	for i := 0; i < len(s); i++ {
		if !(s[i] >= 'a' && s[i] <= 'z') {
			s = s[:i]
			break
		}
	}
	return monthWords[s]
}

// atoi reads a run of digits the rules' expressions have checked; anything
// else is 0.
func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// plausibleYear reports whether y can be a year that news names.
func plausibleYear(y int) bool { return y >= 1000 && y <= 2199 }

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == ' ' {
			return s[i+1:]
		}
	}
	return s
}
