// Package when finds the temporal expressions of a news sentence, resolves
// them against the article's publication date, picks the one that dates the
// sentence's event, and parses the absolute dates news pages print.
//
// # Finding expressions
//
// Find tokenizes the sentence once (no regular expressions, no allocation
// per token) and matches a small grammar at each token. It knows:
//
//   - days: "today", "tonight", "yesterday", "tomorrow", "last night",
//     "this morning", "earlier today", "yesterday afternoon";
//   - weekdays: "Monday", "on Monday", "Monday's", "Monday night", "late
//     Monday", "last Monday", "this Monday", "next Monday", "this past
//     Monday", and "Monday, June 21" (the full date wins);
//   - periods: "this/last/next week|month|year|weekend", "earlier this
//     month", "later this year", "early next week", "over the weekend",
//     "at the weekend", "the end of the year" (the current one);
//   - counts: "three days ago", "two weeks ago", "a month ago", "24 hours
//     ago", and, in a future clause only, "in three days", "within two
//     weeks" (in a past clause "the first visit in ten years" and "in three
//     days of talks" are durations);
//   - dates: "June 3", "June 3rd", "3 June", "the 3rd of June", "Sept. 3",
//     "June 3, 2020", "June 2020", "June of 2020", "December of '68", "June
//     3 last year", "in March this year", "2021-06-22", "Christmas Day",
//     "New Year's Eve";
//   - months: "in June", "last June", "next March", "in early June", "mid-
//     June", "by late September";
//   - years: "in 2015", "since 2015", "by 2030", "in early 2019", "mid-2019",
//     "the end of 2020";
//   - vague expressions, returned with PrecisionVague and no date: "in
//     recent years", "recently", "in the past", "over the past five
//     months", "in the coming weeks", "in the future", "soon", "years ago",
//     "a few days ago", "for decades", "in the 1990s", "the next day", "the
//     previous week", "two days later", "a week before the vote", "the day
//     after", "later that day", "that night", "September of that year".
//     Those counted from another time than the publication are vague so
//     that EventDate does not date their event by a farther expression.
//
// # What is not a date
//
// A year dates the event only after a preposition of time (in, since,
// during, until, by, before, after, from, through, throughout, between; "of"
// after "end", "start", "summer"...) or a modifier (early, late, mid). A year
// that names a thing does not: "the 2015 nuclear agreement", "2015's deal",
// "the 2019 election" give no expression. Month names that are also words
// or names count only when capitalized and with a day or a year, or after a
// preposition of time, a modifier or last/next/this: "in May", "May 3", not
// "may put a damper", "a march on Washington", "Theresa May said".
// Abbreviations ("Jan.", "Sept.") need a day or a year. Weekdays must be
// capitalized, and are names, not dates, after Good, Black, Bloody, Super,
// Ash, Easter, Palm, Holy, Cyber... ("Good Friday") or, with no preposition,
// before another capitalized word ("the Sunday Times"). "Today" capitalized
// in mid-sentence is a name ("USA Today").
//
// # Resolving
//
// The publication date's calendar day is the reference. Weeks run Monday to
// Sunday (ISO 8601).
//
//   - A bare weekday ("on Friday", "said Friday", "Friday's elections"): in
//     the Past tense the most recent such day on or before publication, so
//     a weekday that is the publication's own weekday is the publication
//     day (news writes "on Tuesday" for the day it reports on, not "today");
//     in the Future tense the next such day on or after publication.
//   - "last Friday", "this past Friday": the most recent Friday strictly
//     before publication (one to seven days back). "next Friday": the first
//     Friday strictly after. "this Friday": the Friday of the publication's
//     week, whatever the tense.
//   - "the weekend", "this weekend": the weekend the publication falls in or,
//     on a weekday, the one before (Past) or after (Future); "last weekend"
//     the one before that; "next weekend" the one after.
//   - A month or a month and day without a year is of the publication's year,
//     as news style writes them, unless it lies more than about a month on
//     the wrong side of publication for the tense: then the year before
//     (Past: "on Dec. 28" in a January article) or after (Future). A year
//     written with a coordinated date counts for both ("June and July of
//     1973", "late March or early April 2003", "June 3-5, 2016"). A weekday
//     given with the date ("Friday, July 7") picks the nearest year in which
//     the date falls on that weekday. "last June" is the most recent June
//     before the publication's month, "next June" the first after it.
//   - With no publication date (the zero time), every expression that needs
//     one is returned as vague.
//
// The Tense argument chooses Past or Future for the whole sentence, or Auto
// to decide per expression from future cues in a window of its clause
// ("will", "'ll", "shall", "won't", "scheduled", "slated", "upcoming",
// "expected to", "plans to", "is due to", "is set to"...), stopping at
// clause punctuation, quotes and verbs of saying; Auto reads an expression
// with no cue as Past.
//
// # Precision
//
// Precision follows what the words pin down:
//
//   - day for a day ("on Monday", "yesterday", "June 3", "three days ago",
//     "24 hours ago"), with Date YYYY-MM-DD;
//   - week (PrecisionWeek, not in the output contract) for "this/last/next
//     week", "N weeks ago", and any weekend, with Date the week's Monday:
//     "last week" in an article of Tuesday 2021-06-22 is 2021-06-14. A
//     weekend is a week because its two days fall in one Monday-to-Sunday
//     week and the words do not say which of them;
//   - month for a month with no day, whatever the modifier ("earlier this
//     month", "in early June", "a month ago"), with Date YYYY-MM;
//   - year for a year ("in early 2019", "last year", "two years ago", "a
//     decade ago"), with Date YYYY;
//   - vague for the expressions listed above, with Date "".
//
// Modifiers (early, mid, late, earlier, later) never change the precision;
// "later" makes the expression Future. Expr.Relative tells whether the
// publication date was needed; Expr.Future whether the expression points
// after the publication date.
//
// # Picking the event's date
//
// EventDate chooses among a sentence's expressions the one nearest the
// event's trigger, passing over expressions in a relative or parenthetical
// clause that does not hold the trigger (", who said earlier this month,").
// Clauses are the spans between commas, semicolons, colons, dashes and
// parentheses, except the commas of dates; an expression set off alone ("On
// Monday, the envoy arrived") belongs with the clause after it. It prefers
// expressions in the trigger's clause, after the trigger rather than
// before it (English puts a verb's time adjuncts after it), not attributive
// ("Friday's elections"), and not introduced by a bound (until, by, before,
// after, within). When the chosen expression is vague, or there is none, it
// reports false: the event then takes the publication date with precision
// "reported".
//
// # Absolute dates
//
// ParseDate reads the publication dates printed on news pages (see its
// documentation for the forms). It uses its own rules only, not
// go-dateparser: that library fills missing parts of a date from the
// current time, which would make a partial date ("June 2021") look
// complete, and its many languages are not needed for these forms.
package when
