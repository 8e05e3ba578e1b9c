// Package article turns a raw document — an HTML page or a scraped text
// page — into a dyad.Article: title, author, site, publication date and the
// body paragraphs, with page furniture dropped.
//
// HTML goes through go-trafilatura with its fallback extractors
// (readability and DOM distiller) on, and the paragraphs are taken from the
// block elements of its content node. Plain text goes through a cleaner for
// scraped pages that drops navigation, share, cookie and subscribe lines,
// reads the byline date as the publication date and keeps the title.
package article

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/dyadproject/dyad"
)

// Extract reads a document into an article. Errors wrap ErrEmpty,
// ErrBinary, ErrEncoding or ErrNoArticle and name the document.
//
// A publication date given with the document (JSONL "date" or --date)
// takes precedence over one read from the page; a title given with the
// document likewise.
func Extract(d *dyad.Document) (*dyad.Article, error) {
	a, err := extract(d)
	if err != nil {
		return nil, fmt.Errorf("cannot extract document %s: %w", d.ID, err)
	}
	return a, nil
}

func extract(d *dyad.Document) (*dyad.Article, error) {
	if len(strings.TrimSpace(string(d.Body))) == 0 {
		return nil, ErrEmpty
	}
	if err := checkBinary(d.Body); err != nil {
		return nil, err
	}
	kind := d.Kind
	if kind == "" || kind == dyad.KindAuto {
		kind = Sniff(d.Body)
	}
	var a *dyad.Article
	if kind == dyad.KindHTML {
		s, err := decodeHTML(d.Body, d.ContentType)
		if err != nil {
			return nil, err
		}
		if a, err = fromHTML(s, d.URL); err != nil {
			return nil, err
		}
	} else {
		s, err := decodeText(d.Body)
		if err != nil {
			return nil, err
		}
		a = fromText(s)
	}
	if len(a.Paragraphs) == 0 {
		if kind == dyad.KindHTML {
			return nil, ErrNoArticle
		}
		return nil, ErrEmpty
	}
	a.DocID = d.ID
	if d.Title != "" {
		a.Title = d.Title
	}
	if d.Date != "" {
		a.Published = d.Date
	}
	if d.URL != "" {
		a.URL = d.URL
	}
	a.ID = ID(a)
	return a, nil
}

// ID returns an article's identifier: a hash of its body text, so that the
// same story ingested twice, from a file or a URL, is stored once.
func ID(a *dyad.Article) string {
	h := sha256.New()
	for _, p := range a.Paragraphs {
		h.Write([]byte(strings.Join(strings.Fields(p), " ")))
		h.Write([]byte{'\n'})
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// Sniff tells HTML from plain text by its first bytes: a page that starts
// with a doctype, a comment or a tag, or whose first kilobytes hold
// <html>, <body>, <p> or <div>, is HTML.
func Sniff(b []byte) string {
	head := b
	if len(head) > 4096 {
		head = head[:4096]
	}
	s := strings.ToLower(strings.TrimLeft(string(head), " \t\r\n\ufeff"))
	if strings.HasPrefix(s, "<!doctype html") || strings.HasPrefix(s, "<html") || strings.HasPrefix(s, "<?xml") && strings.Contains(s, "<html") {
		return dyad.KindHTML
	}
	if strings.HasPrefix(s, "<") {
		for _, tag := range []string{"<body", "<p>", "<p ", "<div", "<article", "<head", "<title", "<meta"} {
			if strings.Contains(s, tag) {
				return dyad.KindHTML
			}
		}
	}
	return dyad.KindText
}
