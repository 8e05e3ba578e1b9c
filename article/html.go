package article

import (
	"fmt"
	nurl "net/url"
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
	for _, p := range blocks(res.ContentNode) {
		if isFurniture(p) || p == a.Title {
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
