package store

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Query selects events. Empty fields do not filter; the filters that are
// set must all match.
type Query struct {
	Country   string // ISO3/CAMEO country of source or target
	Actor     string // actor code prefix, source or target (optional extra)
	Root      string // CAMEO root, "12"
	Code      string // CAMEO code prefix (optional extra)
	PLOVER    string
	From, To  string // YYYY-MM-DD, inclusive, on event date
	Text      string // full-text search over sentence text (FTS5 syntax-safe: quote user terms)
	ArticleID string
	Limit     int // Limit 0 → 50; cap at 1000
	Offset    int
}

// Limits on Query.Limit.
const (
	DefaultLimit = 50
	MaxLimit     = 1000
)

// maxText bounds the length of Query.Text in bytes.
const maxText = 1000

// QueryError reports a Query field with a bad value. Param names the field
// by its HTTP parameter in the events API: country, actor, root, code,
// plover, from, to, q (Text), article (ArticleID), limit, offset.
type QueryError struct {
	Param  string
	Value  string
	Reason string
}

func (e *QueryError) Error() string {
	return fmt.Sprintf("bad %s %q: %s", e.Param, e.Value, e.Reason)
}

// Normalize checks q and returns it in the canonical form every backend
// queries with: codes trimmed and upper-cased, a one-digit root padded
// ("7" → "07"), Limit defaulted and capped. It returns a *QueryError
// naming the first bad field.
//
// Text must hold at least one word (a letter or a digit) once parsed by
// ParseText.
func (q Query) Normalize() (Query, error) {
	bad := func(param, value, reason string) (Query, error) {
		return q, &QueryError{Param: param, Value: value, Reason: reason}
	}
	q.Country = strings.ToUpper(strings.TrimSpace(q.Country))
	if q.Country != "" && (len(q.Country) != 3 || !allIn(q.Country, isUpper)) {
		return bad("country", q.Country, "want a three-letter ISO 3166-1 alpha-3 or CAMEO code")
	}
	q.Actor = strings.ToUpper(strings.TrimSpace(q.Actor))
	if q.Actor != "" && (!allIn(q.Actor, func(r rune) bool { return isUpper(r) || isDigit(r) }) || len(q.Actor) > 64) {
		return bad("actor", q.Actor, "want a CAMEO actor code prefix of letters and digits")
	}
	q.Root = strings.TrimSpace(q.Root)
	if q.Root != "" {
		if len(q.Root) == 1 {
			q.Root = "0" + q.Root
		}
		if len(q.Root) != 2 || !allIn(q.Root, isDigit) || q.Root < "01" || q.Root > "20" {
			return bad("root", q.Root, "want a CAMEO root from 01 to 20")
		}
	}
	q.Code = strings.TrimSpace(q.Code)
	if q.Code != "" && (len(q.Code) < 2 || len(q.Code) > 4 || !allIn(q.Code, isDigit)) {
		return bad("code", q.Code, "want a CAMEO event code prefix of 2 to 4 digits")
	}
	q.PLOVER = strings.ToUpper(strings.TrimSpace(q.PLOVER))
	if q.PLOVER != "" && (!allIn(q.PLOVER, func(r rune) bool { return isUpper(r) || r == '_' || r == '-' }) || len(q.PLOVER) > 64) {
		return bad("plover", q.PLOVER, "want a PLOVER event type such as REJECT")
	}
	q.From = strings.TrimSpace(q.From)
	if q.From != "" && !isDate(q.From) {
		return bad("from", q.From, "want a date YYYY-MM-DD")
	}
	q.To = strings.TrimSpace(q.To)
	if q.To != "" && !isDate(q.To) {
		return bad("to", q.To, "want a date YYYY-MM-DD")
	}
	if q.From != "" && q.To != "" && q.From > q.To {
		return bad("to", q.To, "is before from "+q.From)
	}
	q.Text = strings.TrimSpace(q.Text)
	if q.Text != "" {
		if len(q.Text) > maxText || !utf8.ValidString(q.Text) {
			return bad("q", q.Text, fmt.Sprintf("want valid UTF-8 of at most %d bytes", maxText))
		}
		if len(ParseText(q.Text)) == 0 {
			return bad("q", q.Text, "has no word to search for")
		}
	}
	q.ArticleID = strings.TrimSpace(q.ArticleID)
	if q.Limit < 0 {
		return bad("limit", fmt.Sprint(q.Limit), "must not be negative")
	}
	if q.Limit == 0 {
		q.Limit = DefaultLimit
	}
	if q.Limit > MaxLimit {
		q.Limit = MaxLimit
	}
	if q.Offset < 0 {
		return bad("offset", fmt.Sprint(q.Offset), "must not be negative")
	}
	return q, nil
}

func isUpper(r rune) bool { return r >= 'A' && r <= 'Z' }
func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func allIn(s string, ok func(rune) bool) bool {
	for _, r := range s {
		if !ok(r) {
			return false
		}
	}
	return true
}

func isDate(s string) bool {
	if len(s) != len("2006-01-02") {
		return false
	}
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

// TextTerm is one term of a full-text query: a word or a phrase that must
// occur in the sentence.
type TextTerm struct {
	// Text is the term's text; a phrase has several words, which must occur
	// next to each other in this order. Punctuation in it separates words
	// and is not searched for.
	Text string
	// Prefix is true when the last word is a prefix ("negotiat*").
	Prefix bool
}

// ParseText splits a user's full-text query into terms that every backend
// reads the same way: words separated by spaces, each of which must occur
// (AND); "double-quoted text" is a phrase; a word ending in "*" is a prefix.
// Nothing else is an operator: AND, OR, NOT, NEAR, parentheses, colons and
// stray quotes are searched as plain text. Case and diacritics do not matter;
// words are not stemmed ("missile" does not find "missiles", "missile*"
// finds both). Terms without any letter or digit are dropped.
func ParseText(s string) []TextTerm {
	var terms []TextTerm
	add := func(t string, phrase bool) {
		prefix := false
		if !phrase {
			for strings.HasSuffix(t, "*") {
				t = strings.TrimSuffix(t, "*")
				prefix = true
			}
		}
		t = strings.Join(strings.Fields(t), " ")
		if !strings.ContainsFunc(t, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			return
		}
		// A prefix applies to the last word: "U.S*" searches u, then s*;
		// the word must end in a letter or digit to be a prefix.
		if prefix {
			last, _ := utf8.DecodeLastRuneInString(t)
			prefix = unicode.IsLetter(last) || unicode.IsDigit(last)
		}
		terms = append(terms, TextTerm{Text: t, Prefix: prefix})
	}
	for s != "" {
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
		if s == "" {
			break
		}
		if s[0] == '"' {
			if end := strings.IndexByte(s[1:], '"'); end >= 0 {
				add(s[1:1+end], true)
				s = s[2+end:]
				continue
			}
			// An unbalanced quote is plain text.
			s = s[1:]
			continue
		}
		end := strings.IndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '"' })
		if end < 0 {
			end = len(s)
		}
		add(s[:end], false)
		s = s[end:]
	}
	return terms
}
