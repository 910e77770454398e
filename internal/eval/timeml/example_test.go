package timeml_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/chronicle-kg/chronicle/extract/timex"
	"github.com/chronicle-kg/chronicle/internal/eval/timeml"
)

const doc = `<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>Prices fell <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> &amp; <EVENT eid="e1">rose</EVENT> <TIMEX3 tid="t2" type="DATE" value="1998-01-08">today</TIMEX3>.</TEXT>
<TLINK lid="l1" relType="BEFORE" timeID="t1" relatedToTime="t2"/>
</TimeML>
`

func ExampleRead() {
	d, err := timeml.Read("prices.tml", strings.NewReader(doc))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.DCT.Format("2006-01-02"), d.Text)
	for _, t := range d.Timex {
		fmt.Println(t.Start, t.End, t.Text, t.Value)
	}
	// Output:
	// 1998-01-08 Prices fell yesterday & rose today.
	// 12 21 yesterday 1998-01-07
	// 29 34 today 1998-01-08
}

func ExampleWrite() {
	d, err := timeml.Read("prices.tml", strings.NewReader(doc))
	if err != nil {
		fmt.Println(err)
		return
	}
	ours := []timex.Timex{{Type: "DATE", Value: "1998-01-07", Start: 7, End: 21}}
	if err := timeml.Write(os.Stdout, d, ours); err != nil {
		fmt.Println(err)
	}
	// Output:
	// <TimeML>
	// <DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
	// <TEXT>Prices <TIMEX3 tid="t1" type="DATE" value="1998-01-07">fell yesterday</TIMEX3> &amp; rose today.</TEXT>
	// </TimeML>
}

func ExampleScore() {
	d, err := timeml.Read("prices.tml", strings.NewReader(doc))
	if err != nil {
		fmt.Println(err)
		return
	}
	sys := []timex.Timex{
		{Type: "DATE", Value: "1998-01-07", Start: 7, End: 21},  // overlaps "yesterday"
		{Type: "DATE", Value: "1998-01-09", Start: 29, End: 34}, // "today", wrong value
	}
	s := timeml.Score(d.Timex, sys).Scores()
	fmt.Printf("strict F1 %.2f, relaxed F1 %.2f, value F1 %.2f\n", s.Strict.F1, s.Relaxed.F1, s.Value.F1)
	// Output:
	// strict F1 0.50, relaxed F1 1.00, value F1 0.50
}
