package article

import (
	"strconv"
	"strings"
	"time"
	"unicode"
)

var months = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
	"apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
	"aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
	"october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

// findDate finds the first calendar date in a byline or dateline such as
// "By Jane Doe | June 22, 2021", "Published 22 June 2021 10:04 BST" or
// "2021-06-22T10:00:00Z". It returns the date and the byte offset where it
// starts.
func findDate(s string) (time.Time, int, bool) {
	words := splitWords(s)
	for i, w := range words {
		// ISO 8601: 2021-06-22, with or without a time after it.
		if len(w.text) >= 10 && w.text[4] == '-' && w.text[7] == '-' {
			if t, err := time.Parse(time.DateOnly, w.text[:10]); err == nil {
				return t, w.start, true
			}
		}
		if m, ok := month(w.text); ok && i+1 < len(words) {
			// June 22, 2021 / June 22 2021
			if d, ok := day(words[i+1].text); ok && i+2 < len(words) {
				if y, ok := year(words[i+2].text); ok {
					return date(y, m, d), w.start, true
				}
			}
		}
		if d, ok := day(w.text); ok && i+2 < len(words) {
			// 22 June 2021
			if m, ok := month(words[i+1].text); ok {
				if y, ok := year(words[i+2].text); ok {
					return date(y, m, d), w.start, true
				}
			}
		}
	}
	return time.Time{}, 0, false
}

type word struct {
	text  string
	start int
}

// splitWords splits s at spaces and the punctuation of dates (",", "|",
// "."), keeping offsets.
func splitWords(s string) []word {
	var out []word
	start := -1
	for i, r := range s {
		sep := unicode.IsSpace(r) || r == ',' || r == '|' || r == '·' || r == '•'
		if sep {
			if start >= 0 {
				out = append(out, word{s[start:i], start})
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, word{s[start:], start})
	}
	return out
}

func month(w string) (time.Month, bool) {
	m, ok := months[strings.ToLower(strings.TrimSuffix(w, "."))]
	return m, ok
}

// day reads 1-31 with an optional ordinal suffix ("22", "22nd").
func day(w string) (int, bool) {
	w = strings.TrimRight(strings.ToLower(w), "stndrh")
	d, err := strconv.Atoi(w)
	return d, err == nil && d >= 1 && d <= 31
}

// year reads a four-digit year at the start of w; "2021News" reads 2021, as
// scraped bylines glue the next label to it.
func year(w string) (int, bool) {
	if len(w) < 4 {
		return 0, false
	}
	for _, c := range w[:4] {
		if c < '0' || c > '9' {
			return 0, false
		}
	}
	if len(w) > 4 && w[4] >= '0' && w[4] <= '9' {
		return 0, false
	}
	y, _ := strconv.Atoi(w[:4])
	return y, y >= 1900 && y <= 2100
}

func date(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
