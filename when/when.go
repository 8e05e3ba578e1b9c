package when

import (
	"time"

	"github.com/dyadproject/dyad"
)

// Tense tells Find how to read an expression that names a day or a month
// without saying which one: a bare weekday ("on Monday"), a month without a
// year ("in June", "on June 3"), "the weekend", "in three days".
type Tense int

const (
	// Past reads such expressions as the most recent one: the default for
	// news reports, which mostly tell what already happened.
	Past Tense = iota
	// Future reads them as the next one.
	Future
	// Auto decides for each expression from future cues near it in its
	// clause ("will", "shall", "'ll", "won't", "scheduled", "slated",
	// "upcoming", "expected to", "plans to", "planned to", "intends to"),
	// and reads it as Past when there are none.
	Auto
)

// Precisions of Expr.Precision. Day, month and year are those of the output
// contract (dyad.PrecisionDay...). PrecisionWeek and PrecisionVague are this
// package's own: see their comments and the package documentation.
const (
	PrecisionDay   = dyad.PrecisionDay
	PrecisionMonth = dyad.PrecisionMonth
	PrecisionYear  = dyad.PrecisionYear
	// PrecisionWeek marks a date that names a week ("last week", "this
	// week", "two weeks ago", "over the weekend"). Expr.Date is then the
	// Monday of that week (weeks run Monday to Sunday, as in ISO 8601), as
	// YYYY-MM-DD. The output contract has no week precision: a caller that
	// must keep to it can use the Monday with PrecisionDay, or the month
	// of Expr.Time() with PrecisionMonth.
	PrecisionWeek = "week"
	// PrecisionVague marks a temporal expression that places the event in
	// time without a date: "in recent years", "recently", "in the past",
	// "in the coming weeks", "years ago", "for decades", "the previous
	// day". Expr.Date is "". Find returns these so that EventDate does not
	// date an event by some other expression farther from it.
	PrecisionVague = "vague"
)

// Expr is one temporal expression found in a sentence.
type Expr struct {
	// Text is the expression as written, with the preposition that
	// introduces it ("on Monday", "in early 2019", "since Friday"), but
	// without a possessive 's ("Friday" in "Friday's elections").
	Text string
	// Start and End are byte offsets: base + offset in the sentence.
	Start, End int
	// Date is YYYY-MM-DD for day and week precision (for a week, its
	// Monday), YYYY-MM for month, YYYY for year, and "" for vague.
	Date string
	// Precision is PrecisionDay, PrecisionWeek, PrecisionMonth,
	// PrecisionYear or PrecisionVague.
	Precision string
	// Relative is true when the date was resolved against the publication
	// date (anything but a full date or a year written out).
	Relative bool
	// Future is true when the expression points after the publication
	// date: a later day, week, month or year, or "later this month",
	// "tomorrow", "in the coming weeks", "soon".
	Future bool
	// Prep is the lower-cased preposition that introduces the expression
	// ("on", "in", "since", "by", "until", "of"...), or "".
	Prep string
	// Attributive is true when the expression modifies a noun rather
	// than the clause: "Friday's elections", "last year's vote", "the
	// June 3 attack".
	Attributive bool
	// Subordinate is true when the expression stands in a relative or
	// parenthetical clause (", who said earlier this month ...,"), which
	// tells of another event than the sentence's main one.
	Subordinate bool
	// ClauseStart and ClauseEnd delimit (as Start and End) the clause
	// that holds the expression: the text between commas, semicolons,
	// colons, dashes or parentheses (not the commas of a date). For an
	// expression set off by itself ("On Monday, the envoy arrived"), the
	// span runs on to the end of the clause that follows it.
	ClauseStart, ClauseEnd int
}

// Time returns the first day of the period the expression names, at
// midnight UTC, or the zero time for a vague expression.
func (e Expr) Time() time.Time {
	var y, m, d int
	switch e.Precision {
	case PrecisionDay, PrecisionWeek:
		if len(e.Date) != 10 {
			return time.Time{}
		}
		y, m, d = atoi(e.Date[0:4]), atoi(e.Date[5:7]), atoi(e.Date[8:10])
	case PrecisionMonth:
		if len(e.Date) != 7 {
			return time.Time{}
		}
		y, m, d = atoi(e.Date[0:4]), atoi(e.Date[5:7]), 1
	case PrecisionYear:
		if len(e.Date) != 4 {
			return time.Time{}
		}
		y, m, d = atoi(e.Date), 1, 1
	default:
		return time.Time{}
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// Find returns the temporal expressions of a sentence, resolved against the
// publication date, in sentence order. base is the sentence's offset in the
// article text and is added to every offset. tense tells how to read an
// expression that does not say which day or month it means (see Tense and
// the package documentation). Only the calendar date of published counts.
// When published is the zero time, the expressions that need it are
// returned as vague, with no date.
func Find(sentence string, base int, published time.Time, tense Tense) []Expr {
	var buf [96]tok
	var clauses [16]clause
	y, m, d := published.Date()
	p := parser{
		s:     sentence,
		base:  base,
		toks:  tokenize(sentence, buf[:0]),
		py:    y,
		pm:    int(m),
		pd:    d,
		noPub: published.IsZero(),
		tense: tense,
	}
	return p.run(sentence, clauses[:0])
}

// EventDate picks the expression that dates the sentence's main event: the
// one nearest the trigger at byte offset trigger (the same offsets as
// Expr.Start), or the first one when trigger < 0. It passes over an
// expression in a subordinate clause that does not hold the trigger, and
// weighs the others by their distance in bytes from the trigger (three
// times the distance for an expression before the trigger), plus 1000
// for an expression in another clause than the trigger, 200 for an
// attributive one ("Friday's elections"), and 10000 for one introduced by a
// preposition that sets a bound rather than a time ("by", "until",
// "before", "after", "within"). It returns ok=false when there is no such
// expression or when the chosen one is vague: the caller then dates the
// event by the publication date with precision "reported".
func EventDate(exprs []Expr, trigger int) (Expr, bool) {
	best, bestCost := -1, 0
	for i, e := range exprs {
		inClause := trigger >= e.ClauseStart && trigger < e.ClauseEnd
		if e.Subordinate && !inClause {
			continue
		}
		cost := 0
		if trigger >= 0 {
			switch {
			case trigger < e.Start:
				cost = e.Start - trigger
			case trigger >= e.End:
				// An expression before the trigger more often belongs to
				// an earlier verb; one after it, to the trigger's own
				// clause ("charged him on Monday").
				cost = 3 * (trigger - e.End + 1)
			}
			if !inClause {
				cost += 1000
			}
		}
		switch e.Prep {
		case "until", "by", "before", "after", "within":
			cost += 10000
		}
		if e.Attributive {
			cost += 200
		}
		if best < 0 || cost < bestCost {
			best, bestCost = i, cost
		}
	}
	if best < 0 || exprs[best].Precision == PrecisionVague {
		return Expr{}, false
	}
	return exprs[best], true
}
