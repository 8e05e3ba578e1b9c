package article

import (
	"strings"
	"time"

	"github.com/dyadproject/dyad"
)

// fromText cleans a scraped text page: paragraphs are lines (or blocks of
// hard-wrapped lines), furniture is dropped, the byline gives the date and
// author, an attribution line ("As published in X") gives the site, and the
// first headline-like line before the body is the title.
func fromText(s string) *dyad.Article {
	a := &dyad.Article{Paragraphs: []string{}}
	paras := textParagraphs(s)
	bodyStarted := false
	for _, p := range paras {
		switch {
		case isFurniture(p):
			continue
		case !bodyStarted && a.Published == "" && isByline(p):
			if t, at, ok := findDate(p); ok {
				a.Published = t.Format(time.DateOnly)
				a.Author = bylineAuthor(p[:at])
			}
			continue
		case !bodyStarted && isDateline(p):
			if t, _, ok := findDate(p); ok && a.Published == "" {
				a.Published = t.Format(time.DateOnly)
			}
			continue
		}
		if site, ok := attribution(p); ok {
			if a.Site == "" {
				a.Site = site
			}
			continue
		}
		if !endsSentence(p) {
			// Headlines, section labels and menu items: the first
			// before the body is the title; short labels are dropped.
			if !bodyStarted && a.Title == "" && wordCount(p) >= 3 && wordCount(p) <= 30 {
				a.Title = p
				continue
			}
			if wordCount(p) < 4 {
				continue
			}
			if !bodyStarted && wordCount(p) < 8 {
				continue
			}
		}
		bodyStarted = true
		a.Paragraphs = append(a.Paragraphs, p)
	}
	if len(a.Paragraphs) == 0 && a.Title != "" {
		// one line with no full stop ("Troops cross the border"): a
		// headline alone, or a sentence cut short, is still the text
		a.Paragraphs = append(a.Paragraphs, a.Title)
	}
	return a
}

// textParagraphs splits text into paragraphs: blocks separated by blank
// lines, each line a paragraph unless the block is hard-wrapped prose, whose
// lines are joined.
func textParagraphs(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var out []string
	for _, block := range strings.Split(s, "\n\n") {
		var lines []string
		for _, l := range strings.Split(block, "\n") {
			if l = clean(l); l != "" {
				lines = append(lines, l)
			}
		}
		if hardWrapped(lines) {
			out = append(out, strings.Join(lines, " "))
			continue
		}
		out = append(out, lines...)
	}
	return out
}

// hardWrapped reports whether lines are one paragraph wrapped at a fixed
// width: several long lines, none but the last ending a sentence.
func hardWrapped(lines []string) bool {
	if len(lines) < 2 {
		return false
	}
	for _, l := range lines[:len(lines)-1] {
		if len(l) < 40 || len(l) > 100 || endsSentence(l) {
			return false
		}
	}
	return true
}

// clean collapses runs of white space (including non-breaking spaces) and
// trims the line.
func clean(l string) string {
	if !strings.ContainsAny(l, "\t\u00a0\u2009\u202f  ") {
		return strings.TrimSpace(l)
	}
	return strings.Join(strings.Fields(strings.Map(func(r rune) rune {
		switch r {
		case '\u00a0', '\u2009', '\u202f':
			return ' '
		}
		return r
	}, l)), " ")
}

// isByline reports whether p is a byline: "By Jane Doe | June 22, 2021",
// "By June 22, 2021", "Published ...", "Posted ...", "Updated ...".
func isByline(p string) bool {
	if wordCount(p) > 20 {
		return false
	}
	low := strings.ToLower(p)
	for _, pre := range []string{"by ", "published", "posted", "updated", "first published", "last updated"} {
		if strings.HasPrefix(low, pre) {
			_, _, ok := findDate(p)
			return ok
		}
	}
	return false
}

// isDateline reports whether p is a date standing alone, perhaps with a
// time: "June 22, 2021", "22 June 2021 10:04 BST".
func isDateline(p string) bool {
	if wordCount(p) > 8 {
		return false
	}
	_, at, ok := findDate(p)
	return ok && at <= 3
}

// bylineAuthor reads the author from the part of a byline before its date.
func bylineAuthor(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 2 && strings.EqualFold(s[:2], "by") && (len(s) == 2 || s[2] == ' ') {
		s = s[2:]
	}
	s = strings.TrimRight(s, " ,|-–—·•")
	if low := strings.ToLower(s); strings.HasPrefix(low, "published") || strings.HasPrefix(low, "posted") || strings.HasPrefix(low, "updated") {
		return ""
	}
	return strings.TrimSpace(s)
}

// attribution reads a line naming where the story first appeared: "As
// published in Al-Monitor", "Originally published by X", "This article
// first appeared in X".
func attribution(p string) (string, bool) {
	if wordCount(p) > 12 {
		return "", false
	}
	low := strings.ToLower(p)
	for _, pre := range []string{"as published in ", "as published by ", "originally published in ", "originally published by ", "originally published on ", "this article first appeared in ", "this article first appeared on ", "this story first appeared in ", "first published in ", "first published by "} {
		if strings.HasPrefix(low, pre) {
			return strings.TrimRight(strings.TrimSpace(p[len(pre):]), "."), true
		}
	}
	return "", false
}
