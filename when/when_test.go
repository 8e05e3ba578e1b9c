package when

import (
	"strings"
	"testing"
	"time"
)

// Publication dates of the test cases, on different weekdays and around a
// year's end and a leap day.
const (
	tue = "2021-06-22" // a Tuesday
	sun = "2020-03-01" // a Sunday, the day after a leap day
	mon = "2022-01-03" // a Monday, just after New Year
	wed = "2023-11-15" // a Wednesday
)

func day(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		t.Fatalf("cannot parse test date %q: %v", s, err)
	}
	return d
}

// Future expectations.
const (
	anyTime = iota
	past    // Future must be false
	future  // Future must be true
)

type findCase struct {
	sentence string
	pub      string
	tense    Tense
	// The expression expected: its text, date and precision.
	text, date, prec string
	fut              int
}

var findCases = []findCase{
	// Weekdays.
	{"The foreign minister arrived in Ankara on Monday for two days of talks.", tue, Past, "on Monday", "2021-06-21", "day", past},
	{"Protesters gathered outside parliament Saturday, police said.", tue, Past, "Saturday", "2021-06-19", "day", past},
	{"The ministry said Friday that the border would stay closed.", tue, Past, "Friday", "2021-06-18", "day", past},
	{"Turnout in Friday's presidential vote was the lowest on record.", tue, Past, "Friday", "2021-06-18", "day", past},
	{"Turnout in Friday’s presidential vote was the lowest on record.", tue, Past, "Friday", "2021-06-18", "day", past},
	{"The central bank raised its main rate on Tuesday.", tue, Past, "on Tuesday", "2021-06-22", "day", past},
	{"Negotiators will meet again on Thursday in Geneva.", tue, Auto, "on Thursday", "2021-06-24", "day", future},
	{"Negotiators meet again on Thursday in Geneva.", tue, Future, "on Thursday", "2021-06-24", "day", future},
	{"Rebels shelled the town last Wednesday, residents said.", tue, Past, "last Wednesday", "2021-06-16", "day", past},
	{"The same court heard the case last Tuesday.", tue, Past, "last Tuesday", "2021-06-15", "day", past},
	{"The summit has been moved to next Monday.", tue, Past, "next Monday", "2021-06-28", "day", future},
	{"Lawmakers vote this Friday on the emergency budget.", tue, Past, "this Friday", "2021-06-25", "day", future},
	{"Negotiators reached a deal late Friday after a night of talks.", tue, Past, "late Friday", "2021-06-18", "day", past},
	{"Clashes broke out on Monday night near the port.", tue, Past, "on Monday night", "2021-06-21", "day", past},
	{"The talks opened on Monday 21 June in Vienna.", tue, Past, "on Monday 21 June", "2021-06-21", "day", past},
	{"The prime minister resigned on Friday, Nov. 10, after a week of protests.", wed, Past, "on Friday, Nov. 10", "2023-11-10", "day", past},
	{"The rally is scheduled for Saturday in the main square.", tue, Auto, "for Saturday", "2021-06-26", "day", future},
	{"Rebels seized the airport on Sunday, the army said.", sun, Past, "on Sunday", "2020-03-01", "day", past},
	{"Rebels seized the airport on Sunday, the army said.", tue, Past, "on Sunday", "2021-06-20", "day", past},
	// Day words.
	{"Three soldiers were killed yesterday in an ambush near the border.", tue, Past, "yesterday", "2021-06-21", "day", past},
	{"The president addresses the nation tonight.", tue, Past, "tonight", "2021-06-22", "day", past},
	{"A verdict in the case is expected tomorrow.", tue, Past, "tomorrow", "2021-06-23", "day", future},
	{"Air raid sirens sounded across the capital last night.", tue, Past, "last night", "2021-06-21", "day", past},
	{"The cabinet met earlier today to discuss the crisis.", tue, Past, "earlier today", "2021-06-22", "day", past},
	{"Shelling resumed this morning in the eastern districts.", tue, Past, "this morning", "2021-06-22", "day", past},
	{"The bridge reopened to traffic yesterday afternoon.", sun, Past, "yesterday afternoon", "2020-02-29", "day", past},
	// Weeks and weekends.
	{"Ankara said this week it would expand its operation.", tue, Past, "this week", "2021-06-21", "week", past},
	{"Raids continued last week across the north.", tue, Past, "last week", "2021-06-14", "week", past},
	{"The inspectors will return next week.", tue, Auto, "next week", "2021-06-28", "week", future},
	{"The ship left port two weeks ago.", tue, Past, "two weeks ago", "2021-06-07", "week", past},
	{"The government will answer the demands within two weeks.", tue, Auto, "within two weeks", "2021-07-05", "week", future},
	{"Demonstrators marched through the city over the weekend.", tue, Past, "over the weekend", "2021-06-14", "week", past},
	{"Protests spread to three more towns at the weekend.", mon, Past, "at the weekend", "2021-12-27", "week", past},
	{"Voters queued for hours this past weekend.", tue, Past, "this past weekend", "2021-06-14", "week", past},
	{"The party holds its congress next weekend.", tue, Past, "next weekend", "2021-06-21", "week", future},
	// Months.
	{"Inflation rose to 5 percent this month, the statistics office said.", tue, Past, "this month", "2021-06", "month", past},
	{"Exports fell sharply last month.", tue, Past, "last month", "2021-05", "month", past},
	{"A new round of talks begins next month.", tue, Past, "next month", "2021-07", "month", future},
	{"A rival candidate said earlier this month he would run.", tue, Past, "earlier this month", "2021-06", "month", past},
	{"The constitutional court will rule later this month.", tue, Auto, "later this month", "2021-06", "month", future},
	{"The deal collapsed a month ago.", tue, Past, "a month ago", "2021-05", "month", past},
	{"The accord was signed in June.", wed, Past, "in June", "2023-06", "month", past},
	{"The accord was signed in December.", tue, Past, "in December", "2020-12", "month", past},
	{"Elections will be held in December.", tue, Auto, "in December", "2021-12", "month", future},
	{"Troops withdrew from the valley last June.", tue, Past, "last June", "2020-06", "month", past},
	{"Troops will leave the valley next March.", tue, Past, "next March", "2022-03", "month", future},
	{"Fighting intensified in late March.", tue, Past, "in late March", "2021-03", "month", past},
	{"The drills were held in mid-June.", tue, Past, "in mid-June", "2021-06", "month", past},
	{"The blockade ended in March last year.", tue, Past, "in March last year", "2020-03", "month", past},
	{"Prices peaked in June 2020.", tue, Past, "in June 2020", "2020-06", "month", past},
	{"The dollar fell by a third in December of '68.", tue, Past, "in December of '68", "1968-12", "month", past},
	{"Sales slumped in June and July of 2013.", tue, Past, "in June", "2013-06", "month", past},
	{"The suspect was seen in late March or early April 2003.", tue, Past, "in late March", "2003-03", "month", past},
	{"The summit ran from June 3 to June 5, 2016.", tue, Past, "from June 3", "2016-06-03", "day", past},
	{"The talks were held June 3-5, 2016, in Oslo.", tue, Past, "June 3", "2016-06-03", "day", past},
	// Years.
	{"The party lost two seats earlier this year.", tue, Past, "earlier this year", "2021", "year", past},
	{"Voters went to the polls last year.", tue, Past, "last year", "2020", "year", past},
	{"Elections are due next year.", tue, Past, "next year", "2022", "year", future},
	{"The plant opened a year ago.", tue, Past, "a year ago", "2020", "year", past},
	{"Missiles struck two bases in early 2019.", tue, Past, "in early 2019", "2019", "year", past},
	{"The two countries cut diplomatic ties in 2015.", tue, Past, "in 2015", "2015", "year", past},
	{"The group has controlled the area since 2015.", tue, Past, "since 2015", "2015", "year", past},
	{"The country aims to halve emissions by 2030.", tue, Past, "by 2030", "2030", "year", future},
	{"Talks stalled in mid-2019.", tue, Past, "in mid-2019", "2019", "year", past},
	{"The museum reopened in the summer of 2018.", tue, Past, "2018", "2018", "year", past},
	{"The city was shelled on the night of June 3.", tue, Past, "June 3", "2021-06-03", "day", past},
	{"The bank expects growth in the first half of next year.", tue, Past, "next year", "2022", "year", future},
	{"Talks broke down at the end of last month.", tue, Past, "last month", "2021-05", "month", past},
	{"The mission will wind down by the end of the year.", tue, Past, "the year", "2021", "year", past},
	// Dates.
	{"The ceasefire was agreed on June 3.", tue, Past, "on June 3", "2021-06-03", "day", past},
	{"Police detained the suspect June 3rd.", tue, Past, "June 3rd", "2021-06-03", "day", past},
	{"The election was held on 3 June.", tue, Past, "on 3 June", "2021-06-03", "day", past},
	{"Voting ends on the 2nd of March.", sun, Past, "on the 2nd of March", "2020-03-02", "day", future},
	{"The treaty was ratified on June 3, 2020.", tue, Past, "on June 3, 2020", "2020-06-03", "day", past},
	{"Parliament will reconvene Sept. 14.", tue, Auto, "Sept. 14", "2021-09-14", "day", future},
	{"Parliament reconvened Sept. 14.", tue, Past, "Sept. 14", "2020-09-14", "day", past},
	{"The government fell on Dec. 28.", mon, Past, "on Dec. 28", "2021-12-28", "day", past},
	{"The strike began on Feb. 29.", sun, Past, "on Feb. 29", "2020-02-29", "day", past},
	{"The decree, dated 2021-06-15, was published on Monday.", tue, Past, "2021-06-15", "2021-06-15", "day", past},
	{"Troops crossed the river on June 2 last year.", tue, Past, "on June 2 last year", "2020-06-02", "day", past},
	{"Fireworks were banned on New Year's Eve.", mon, Past, "on New Year's Eve", "2021-12-31", "day", past},
	{"The vote took place on Christmas Day.", sun, Past, "on Christmas Day", "2019-12-25", "day", past},
	// Counts.
	{"The border was sealed three days ago.", tue, Past, "three days ago", "2021-06-19", "day", past},
	{"The posting appeared 24 hours ago.", tue, Past, "24 hours ago", "2021-06-21", "day", past},
	{"The delegation will arrive in three days.", tue, Auto, "in three days", "2021-06-25", "day", future},
	// Vague expressions: found, but with no date.
	{"Israel has struck targets in Syria in recent years.", tue, Past, "in recent years", "", "vague", anyTime},
	{"The rebels have recently regrouped in the hills.", tue, Past, "recently", "", "vague", anyTime},
	{"Such attacks were common in the past.", tue, Past, "in the past", "", "vague", anyTime},
	{"Officials expect more violence in the coming weeks.", tue, Past, "in the coming weeks", "", "vague", future},
	{"Attendance rose steadily in the 1990s.", tue, Past, "in the 1990s", "", "vague", anyTime},
	{"He had been captured the previous month in Karachi.", tue, Past, "the previous month", "", "vague", anyTime},
	{"The two sides have been at odds for decades.", tue, Past, "for decades", "", "vague", anyTime},
	{"The court acquitted him, and two days later he left the country.", tue, Past, "two days later", "", "vague", anyTime},
	{"Prosecutors charged him the day after his arrest.", tue, Past, "the day after", "", "vague", anyTime},
	{"The rebels withdrew later that day.", tue, Past, "later that day", "", "vague", anyTime},
}

func TestFind(t *testing.T) {
	for _, c := range findCases {
		exprs := Find(c.sentence, 0, day(t, c.pub), c.tense)
		var got *Expr
		for i := range exprs {
			if exprs[i].Text == c.text {
				got = &exprs[i]
			}
		}
		if got == nil {
			t.Errorf("%q (published %s): no expression %q; got %+v", c.sentence, c.pub, c.text, exprs)
			continue
		}
		if got.Date != c.date || got.Precision != c.prec {
			t.Errorf("%q (published %s): %q = %q %s, want %q %s", c.sentence, c.pub, c.text, got.Date, got.Precision, c.date, c.prec)
		}
		if c.fut != anyTime && got.Future != (c.fut == future) {
			t.Errorf("%q (published %s): %q Future = %v, want %v", c.sentence, c.pub, c.text, got.Future, c.fut == future)
		}
		if c.sentence[got.Start:got.End] != got.Text {
			t.Errorf("%q: span [%d,%d) is %q, Text %q", c.sentence, got.Start, got.End, c.sentence[got.Start:got.End], got.Text)
		}
	}
	if len(findCases) < 60 {
		t.Errorf("only %d cases", len(findCases))
	}
}

// TestNoDate holds sentences whose years, month names and weekdays do not
// date anything.
func TestNoDate(t *testing.T) {
	for _, s := range []string{
		"Washington wants Tehran to return to the 2015 nuclear agreement.",
		"2015's deal limited enrichment to 3.67 percent.",
		"The 2019 election left parliament divided.",
		"The sanctions may put a damper on trade.",
		"Thousands joined a march on Washington.",
		"May said the deal was the best available.",
		"The Good Friday Agreement ended the violence.",
		"He told the Sunday Times that he would resign.",
		"It was the first such visit in ten years.",
		"Dozens died in three days of fighting.",
		"The USA Today poll showed a tie.",
		"He spent 24 years in prison.",
		"The new rules cover 2,015 municipalities.",
		"Talks in Jan. were inconclusive.",
		"The army has some 2000 tanks.",
		"Oil traded at 75.20 dollars a barrel.",
		"Troops must leave the city by 1800 hours.",
		"Turnout fell in the 2019 election.",
		"Iran has enriched uranium since the 2015 deal.",
	} {
		for _, e := range Find(s, 0, day(t, tue), Past) {
			if e.Date != "" {
				t.Errorf("%q: unexpected date %q from %q", s, e.Date, e.Text)
			}
		}
	}
}

// TestAttributive: a date with a day or month that names a thing is kept,
// marked attributive, for EventDate to weigh.
func TestAttributive(t *testing.T) {
	for _, s := range []string{
		"Officials said the March 2020 lockdown was necessary.",
		"The June 3 attack killed nine.",
		"Turnout in Sunday's vote was low.",
		"Last year's harvest was poor.",
	} {
		exprs := Find(s, 0, day(t, tue), Past)
		if len(exprs) != 1 || !exprs[0].Attributive || exprs[0].Date == "" {
			t.Errorf("%q: got %+v, want one attributive date", s, exprs)
		}
	}
}

func TestFindOffsets(t *testing.T) {
	text := "Intro.\nThe envoy arrived on Monday and left on Wednesday."
	base := strings.Index(text, "The envoy")
	exprs := Find(text[base:], base, day(t, tue), Past)
	if len(exprs) != 2 {
		t.Fatalf("got %d expressions, want 2: %+v", len(exprs), exprs)
	}
	for _, e := range exprs {
		if text[e.Start:e.End] != e.Text {
			t.Errorf("span [%d,%d) is %q, want %q", e.Start, e.End, text[e.Start:e.End], e.Text)
		}
		if e.ClauseStart > e.Start || e.ClauseEnd < e.End {
			t.Errorf("clause [%d,%d) does not hold %q [%d,%d)", e.ClauseStart, e.ClauseEnd, e.Text, e.Start, e.End)
		}
	}
	if exprs[1].Date != "2021-06-16" {
		t.Errorf("on Wednesday = %s, want 2021-06-16", exprs[1].Date)
	}
}

func TestFindNoPublicationDate(t *testing.T) {
	exprs := Find("The envoy arrived on Monday to sign the June 3, 2020 accord.", 0, time.Time{}, Past)
	if len(exprs) != 2 {
		t.Fatalf("got %+v, want 2 expressions", exprs)
	}
	if e := exprs[0]; e.Text != "on Monday" || e.Date != "" || e.Precision != PrecisionVague || e.Future {
		t.Errorf("without a publication date, %q = %q %s future %v, want vague", e.Text, e.Date, e.Precision, e.Future)
	}
	if e := exprs[1]; e.Text != "June 3, 2020" || e.Date != "2020-06-03" || e.Future {
		t.Errorf("without a publication date, %q = %q future %v, want 2020-06-03", e.Text, e.Date, e.Future)
	}
}

func TestFindFlags(t *testing.T) {
	s := "Raisi, who won Friday's election, said on Monday he would meet envoys since Saturday."
	exprs := Find(s, 0, day(t, tue), Past)
	want := map[string]Expr{
		"Friday":         {Attributive: true, Subordinate: true},
		"on Monday":      {Prep: "on"},
		"since Saturday": {Prep: "since"},
	}
	if len(exprs) != len(want) {
		t.Fatalf("got %+v, want %d expressions", exprs, len(want))
	}
	for _, e := range exprs {
		w, ok := want[e.Text]
		if !ok {
			t.Errorf("unexpected expression %q", e.Text)
			continue
		}
		if e.Attributive != w.Attributive || e.Subordinate != w.Subordinate || e.Prep != w.Prep {
			t.Errorf("%q: attributive %v subordinate %v prep %q, want %v %v %q", e.Text, e.Attributive, e.Subordinate, e.Prep, w.Attributive, w.Subordinate, w.Prep)
		}
		if !e.Relative {
			t.Errorf("%q: Relative false", e.Text)
		}
	}
}

func TestEventDate(t *testing.T) {
	pub := day(t, tue)
	cases := []struct {
		sentence, trigger string // trigger "" means -1
		want              string // text of the expression, "" for none
	}{
		{"Raisi, who won Friday's election, said on Monday he would not meet Biden.", "said", "on Monday"},
		{"Raisi, who won Friday's election, said on Monday he would not meet Biden.", "won", "Friday"},
		{"Israel has launched strikes in recent years and on Monday its army chief arrived in Washington.", "launched", ""},
		{"Israel has launched strikes in recent years and on Monday its army chief arrived in Washington.", "arrived", "on Monday"},
		{"Police have held the journalist since Friday.", "held", "since Friday"},
		{"Police have held the journalist since Friday and charged him on Monday.", "held", "since Friday"},
		{"Police have held the journalist since Friday and charged him on Monday.", "charged", "on Monday"},
		{"The army must withdraw by Friday, the minister said on Monday.", "withdraw", "on Monday"},
		{"The rival, who said earlier this month he would run, lost the vote.", "lost", ""},
		{"The rival, who said earlier this month he would run, lost the vote.", "said", "earlier this month"},
		{"Troops entered the town on Sunday.", "", "on Sunday"},
		{"On June 3, 2020, the army shelled the port, officials said on Monday.", "shelled", "On June 3, 2020"},
		{"On Monday, June 21, the envoy arrived, but talks began on Tuesday.", "arrived", "On Monday, June 21"},
		{"Troops entered the town.", "entered", ""},
		{"Police arrested him on Monday and charged him two days later.", "charged", ""},
		{"The 2015 agreement was abandoned by Washington.", "abandoned", ""},
	}
	for _, c := range cases {
		trig := -1
		if c.trigger != "" {
			trig = strings.Index(c.sentence, c.trigger)
		}
		e, ok := EventDate(Find(c.sentence, 0, pub, Past), trig)
		switch {
		case c.want == "" && ok:
			t.Errorf("%q at %q: got %q, want none", c.sentence, c.trigger, e.Text)
		case c.want != "" && !ok:
			t.Errorf("%q at %q: got none, want %q", c.sentence, c.trigger, c.want)
		case c.want != "" && e.Text != c.want:
			t.Errorf("%q at %q: got %q, want %q", c.sentence, c.trigger, e.Text, c.want)
		}
	}
}

func TestExprTime(t *testing.T) {
	for _, c := range []struct {
		e    Expr
		want string
	}{
		{Expr{Date: "2021-06-21", Precision: PrecisionDay}, "2021-06-21"},
		{Expr{Date: "2021-06-14", Precision: PrecisionWeek}, "2021-06-14"},
		{Expr{Date: "2021-06", Precision: PrecisionMonth}, "2021-06-01"},
		{Expr{Date: "2019", Precision: PrecisionYear}, "2019-01-01"},
	} {
		if got := c.e.Time().Format("2006-01-02"); got != c.want {
			t.Errorf("%+v: Time() = %s, want %s", c.e, got, c.want)
		}
	}
	if !(Expr{Precision: PrecisionVague}).Time().IsZero() {
		t.Error("vague expression has a time")
	}
}

func TestParseDate(t *testing.T) {
	for _, c := range []struct {
		in, want string // want: RFC 3339, or "" when it must not parse
	}{
		{"June 22, 2021", "2021-06-22T00:00:00Z"},
		{"Jun. 22nd, 2021", "2021-06-22T00:00:00Z"},
		{"Tuesday, June 22, 2021", "2021-06-22T00:00:00Z"},
		{"22 June 2021", "2021-06-22T00:00:00Z"},
		{"22nd of June, 2021", "2021-06-22T00:00:00Z"},
		{"2021-06-22", "2021-06-22T00:00:00Z"},
		{"2021/06/22", "2021-06-22T00:00:00Z"},
		{"2021-06-22T10:00:00+02:00", "2021-06-22T10:00:00+02:00"},
		{"2021-06-22T10:00:00.5Z", "2021-06-22T10:00:00.5Z"},
		{"Tue, 22 Jun 2021 10:00:00 GMT", "2021-06-22T10:00:00Z"},
		{"Tue, 22 Jun 2021 23:30:00 -0700", "2021-06-22T23:30:00-07:00"},
		{"June 22, 2021 5:03 PM ET", "2021-06-22T17:03:00-04:00"},
		{"January 12, 2021 5:03 PM ET", "2021-01-12T17:03:00-05:00"},
		{"June 22, 2021, 5:03 p.m. EDT", "2021-06-22T17:03:00-04:00"},
		{"Updated: Tuesday 22 June 2021 10.00 BST", "2021-06-22T10:00:00+01:00"},
		{"Published 12:30 am, 22.06.2021", "2021-06-22T00:30:00Z"},
		{"Updated 10:03 AM ET, Tue June 22, 2021", "2021-06-22T10:03:00-04:00"},
		{"June 22, 2021 12.5 million", "2021-06-22T00:00:00Z"},
		{"Tue, 22 Jun 2021 10:00:00 GMT+2", "2021-06-22T10:00:00+02:00"},
		{"22.06.2021", "2021-06-22T00:00:00Z"},
		{"22-06-2021", "2021-06-22T00:00:00Z"},
		{"06/22/2021", "2021-06-22T00:00:00Z"},
		{"22/06/2021", "2021-06-22T00:00:00Z"},
		{"By June 22, 2021News, Print", "2021-06-22T00:00:00Z"},
		{"Posted on February 29, 2020", "2020-02-29T00:00:00Z"},
		{"February 29, 2021", ""},
		{"June 2021", ""},
		{"June 31, 2021", ""},
		{"last Tuesday", ""},
		{"", ""},
	} {
		got, ok := ParseDate(c.in)
		if c.want == "" {
			if ok {
				t.Errorf("ParseDate(%q) = %v, want no date", c.in, got)
			}
			continue
		}
		if !ok {
			t.Errorf("ParseDate(%q) failed, want %s", c.in, c.want)
			continue
		}
		if s := got.Format(time.RFC3339Nano); s != c.want {
			t.Errorf("ParseDate(%q) = %s, want %s", c.in, s, c.want)
		}
	}
}

// FuzzFind checks that Find never panics and that its spans hold its texts.
func FuzzFind(f *testing.F) {
	for _, c := range findCases {
		f.Add(c.sentence)
	}
	f.Add("in early")
	f.Add("June")
	f.Add("2021-06-")
	f.Add("the 1990")
	f.Add("New Year’s")
	f.Fuzz(func(t *testing.T, s string) {
		pub := time.Date(2021, 6, 22, 0, 0, 0, 0, time.UTC)
		for _, tense := range []Tense{Past, Future, Auto} {
			for _, e := range Find(s, 5, pub, tense) {
				if e.Start < 5 || e.End > len(s)+5 || s[e.Start-5:e.End-5] != e.Text {
					t.Fatalf("%q: bad span [%d,%d) for %q", s, e.Start, e.End, e.Text)
				}
				if (e.Date == "") != (e.Precision == PrecisionVague) {
					t.Fatalf("%q: %q has date %q with precision %q", s, e.Text, e.Date, e.Precision)
				}
			}
		}
		ParseDate(s)
	})
}
