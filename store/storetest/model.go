package storetest

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/store"
)

// model answers queries over articles in memory, by the letter of the
// store.Store contract. The suite compares every backend with it.
type model struct {
	articles []*dyad.Coded
}

// stored returns the event as a store must return it: with ArticleID set.
func stored(c *dyad.Coded, i int) dyad.Event {
	e := c.Events[i]
	e.ArticleID = c.Article.ID
	return e
}

type modelEvent struct {
	e    dyad.Event
	text string // the sentence's text, "" if the article has no such sentence
	seq  int
}

// events returns the events matching a normalized query, newest first, all
// of them (no paging).
func (m *model) events(q store.Query) []dyad.Event {
	var found []modelEvent
	terms := store.ParseText(q.Text)
	for _, c := range m.articles {
		for i := range c.Events {
			e := stored(c, i)
			text, ok := "", false
			for _, s := range c.Sentences {
				if s.Index == e.Sentence {
					text, ok = s.Text, true
				}
			}
			if !match(e, q) || q.Text != "" && (!ok || !textMatch(text, terms)) {
				continue
			}
			found = append(found, modelEvent{e, text, i})
		}
	}
	slices.SortStableFunc(found, func(x, y modelEvent) int {
		return cmp.Or(
			-cmp.Compare(x.e.Date, y.e.Date),
			cmp.Compare(x.e.ArticleID, y.e.ArticleID),
			cmp.Compare(x.e.Sentence, y.e.Sentence),
			cmp.Compare(x.seq, y.seq),
		)
	})
	events := make([]dyad.Event, len(found))
	for i, f := range found {
		events[i] = f.e
	}
	return events
}

func match(e dyad.Event, q store.Query) bool {
	either := func(ok func(a *dyad.Actor) bool) bool {
		return e.Source != nil && ok(e.Source) || e.Target != nil && ok(e.Target)
	}
	switch {
	case q.Country != "" && !either(func(a *dyad.Actor) bool { return a.Country == q.Country }):
	case q.Actor != "" && !either(func(a *dyad.Actor) bool { return strings.HasPrefix(a.Code, q.Actor) }):
	case q.Root != "" && e.Root != q.Root:
	case q.Code != "" && !strings.HasPrefix(e.CAMEO, q.Code):
	case q.PLOVER != "" && e.PLOVER != q.PLOVER:
	case q.From != "" && e.Date < q.From:
	case q.To != "" && (e.Date == "" || e.Date > q.To):
	case q.ArticleID != "" && e.ArticleID != q.ArticleID:
	default:
		return true
	}
	return false
}

// words splits text into lower-case words without diacritics, as the
// full-text search sees them: runs of letters and digits.
func words(s string) []string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return strings.FieldsFunc(b.String(), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
}

func textMatch(text string, terms []store.TextTerm) bool {
	ws := words(text)
	for _, t := range terms {
		tw := words(t.Text)
		found := false
		for i := 0; i+len(tw) <= len(ws) && !found; i++ {
			found = true
			for j, w := range tw {
				last := j == len(tw)-1
				if !(ws[i+j] == w || last && t.Prefix && strings.HasPrefix(ws[i+j], w)) {
					found = false
					break
				}
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// counts groups the events matching q by date and QuadClass.
func (m *model) counts(q store.Query) []store.DayCount {
	var counts []store.DayCount
	for _, e := range m.events(q) {
		i, ok := slices.BinarySearchFunc(counts, e, func(c store.DayCount, e dyad.Event) int {
			return cmp.Or(cmp.Compare(c.Date, e.Date), cmp.Compare(c.Quad, e.Quad))
		})
		if ok {
			counts[i].Count++
		} else {
			counts = slices.Insert(counts, i, store.DayCount{Date: e.Date, Quad: e.Quad, Count: 1})
		}
	}
	return counts
}

// unknown counts the names of unknown actors; fixtures give them no Name,
// so the name is the text.
func (m *model) unknown() []store.NameCount {
	n := map[string]int{}
	add := func(a *dyad.Actor) {
		if a != nil && !a.Known && strings.TrimSpace(a.Text) != "" {
			n[a.Text]++
		}
	}
	for _, c := range m.articles {
		for _, e := range c.Events {
			add(e.Source)
			add(e.Target)
		}
		for _, q := range c.Quotes {
			add(q.Speaker)
		}
	}
	var names []store.NameCount
	for name, count := range n {
		names = append(names, store.NameCount{Name: name, Count: count})
	}
	slices.SortFunc(names, func(x, y store.NameCount) int {
		return cmp.Or(-cmp.Compare(x.Count, y.Count), cmp.Compare(x.Name, y.Name))
	})
	return names
}
