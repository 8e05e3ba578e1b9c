package article

import (
	"fmt"
	nurl "net/url"
	"slices"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// fromHTML extracts an article from an HTML page with go-trafilatura and
// its fallback extractors, taking the paragraphs from the block elements of
// its content node (its plain text runs them together).
func fromHTML(s, url string) (*dyad.Article, error) {
	opts := trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		ExcludeTables:   false,
		Deduplicate:     true,
	}
	if url != "" {
		if u, err := nurl.ParseRequestURI(url); err == nil {
			opts.OriginalURL = u
		}
	}
	res, err := trafilatura.Extract(strings.NewReader(s), opts)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNoArticle, err)
	}
	a := &dyad.Article{
		Title:      strings.TrimSpace(res.Metadata.Title),
		Author:     strings.TrimSpace(res.Metadata.Author),
		Site:       strings.TrimSpace(res.Metadata.Sitename),
		URL:        res.Metadata.URL,
		Paragraphs: []string{},
	}
	if !res.Metadata.Date.IsZero() {
		a.Published = res.Metadata.Date.Format(time.DateOnly)
	}
	if res.ContentNode == nil {
		return nil, ErrNoArticle
	}
	bs := blocks(res.ContentNode)
	keys := make([]string, len(bs))
	for i, p := range bs {
		keys[i] = strings.ReplaceAll(p, " ", "") // blocks collapses white space to single spaces
	}
	for i, p := range bs {
		if isFurniture(p) || p == a.Title || repeats(keys[i], keys[:i]) {
			continue
		}
		if !endsSentence(p) && wordCount(p) < 4 {
			continue // labels, captions, menu items
		}
		if site, ok := attribution(p); ok {
			if a.Site == "" {
				a.Site = site
			}
			continue
		}
		a.Paragraphs = append(a.Paragraphs, p)
	}
	if !hasProse(a.Paragraphs) {
		return nil, ErrNoArticle
	}
	return a, nil
}

// repeats reports whether a block only repeats what the blocks before it
// already hold: it is one of them, or some of them run together (with or
// without spaces between them, in any order). Blocks are given by their
// text without spaces (key, before). On a page of bare paragraphs
// trafilatura's content node holds both the paragraphs and their text as
// one, and a page's pull quote repeats a paragraph: coded twice, their
// events would count twice.
func repeats(key string, before []string) bool {
	if slices.Contains(before, key) {
		return true
	}
	var parts []string
	for _, k := range before {
		if len(k) >= minRepeat && len(k) < len(key) && strings.Contains(key, k) {
			parts = append(parts, k)
		}
	}
	if len(parts) == 0 {
		return false
	}
	// which prefixes of key the parts can make
	reach := make([]bool, len(key)+1)
	reach[0] = true
	for pos := 0; pos < len(key); pos++ {
		if !reach[pos] {
			continue
		}
		for _, k := range parts {
			if strings.HasPrefix(key[pos:], k) {
				reach[pos+len(k)] = true
			}
		}
	}
	return reach[len(key)]
}

// minRepeat is the length (without spaces) of the shortest block that
// repeats counts: short labels and captions recur in real text.
const minRepeat = 20

// hasProse reports whether paragraphs hold at least one sentence of prose,
// which a page with no article (a menu, a form, an error page) lacks.
func hasProse(paras []string) bool {
	for _, p := range paras {
		if wordCount(p) >= 8 && endsSentence(p) {
			return true
		}
	}
	return false
}

// blockTags are the elements whose text makes a paragraph of their own, in
// HTML and in trafilatura's output vocabulary.
var blockTags = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true,
	"h6": true, "li": true, "ul": true, "ol": true, "blockquote": true, "pre": true,
	"table": true, "tr": true, "td": true, "th": true, "dd": true, "dt": true, "dl": true,
	"section": true, "article": true, "header": true, "footer": true, "figure": true,
	"figcaption": true, "main": true, "aside": true, "body": true, "html": true,
	"head": true, "list": true, "item": true, "quote": true, "code": true, "br": true,
	"lb": true, "hr": true, "graphic": true, "img": true,
}

// blocks returns the text of each block element under n, white space
// collapsed, in document order.
func blocks(n *html.Node) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if t := strings.Join(strings.Fields(b.String()), " "); t != "" {
			out = append(out, t)
		}
		b.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template", "svg", "button", "form", "nav":
				return
			}
		}
		block := n.Type == html.ElementNode && blockTags[n.Data]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	walk(n)
	flush()
	return out
}
