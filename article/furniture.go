package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// furniture lists lines of page furniture, lower-cased, matched against a
// whole short line (after trimming punctuation) or, for those ending in a
// space, as its start.
var furniture = map[string]bool{
	"skip to main content": true, "skip to content": true, "skip navigation": true,
	"skip to navigation": true, "jump to content": true, "menu": true, "main menu": true,
	"search": true, "home": true, "news": true, "log in": true, "login": true, "sign in": true,
	"sign up": true, "register": true, "subscribe": true, "subscribe now": true,
	"read more": true, "read next": true, "more": true, "related": true, "related articles": true,
	"related stories": true, "related content": true, "recommended": true, "more from": true,
	"share": true, "share this": true, "share this article": true, "share this story": true,
	"share on facebook": true, "share on twitter": true, "share on x": true, "tweet": true,
	"email": true, "print": true, "copy link": true, "whatsapp": true, "facebook": true,
	"twitter": true, "linkedin": true, "reddit": true, "telegram": true, "advertisement": true,
	"sponsored": true, "sponsored content": true, "accept": true, "accept all": true,
	"accept cookies": true, "reject all": true, "manage cookies": true, "cookie settings": true,
	"follow us": true, "newsletter": true, "most read": true, "most popular": true,
	"trending": true, "top stories": true, "latest news": true, "back to top": true,
	"comments": true, "show comments": true, "leave a comment": true, "continue reading": true,
	"click here": true, "listen to this article": true, "listen": true, "watch": true,
	"video": true, "photos": true, "gallery": true, "topics": true, "tags": true,
	"privacy policy": true, "terms of use": true, "terms of service": true, "contact us": true,
	"about us": true, "donate": true, "support us": true, "close": true, "open": true,
	"next article": true, "previous article": true, "you may also like": true,
	"we recommend": true, "editor's picks": true, "toggle navigation": true,
}

// furniturePrefixes start lines of furniture of any length.
var furniturePrefixes = []string{
	"skip to ", "read more", "related:", "share this", "subscribe to ", "sign up for ",
	"sign up to ", "follow us on ", "all rights reserved", "copyright ©", "copyright (c)",
	"© ", "(c) ", "photo: ", "photo by ", "image: ", "image credit", "credit: ",
	"getty images", "listen to this article", "advertisement", "this site uses cookies",
	"we use cookies", "by continuing to use", "cookies help us", "join our newsletter",
	"get our newsletter", "download our app", "click here to ", "related coverage",
	"more on this story", "most read", "you might also like",
}

// furnitureWords mark a short line as furniture wherever they stand in it.
var furnitureWords = []string{"cookie", "newsletter", "subscribe", "javascript", "browser"}

// isFurniture reports whether a paragraph is page furniture rather than
// article text.
func isFurniture(p string) bool {
	low := strings.ToLower(strings.TrimSpace(p))
	for _, pre := range furniturePrefixes {
		if strings.HasPrefix(low, pre) {
			return true
		}
	}
	words := len(strings.Fields(low))
	if words > 12 {
		return false
	}
	key := strings.TrimFunc(low, func(r rune) bool {
		return unicode.IsPunct(r) || unicode.IsSpace(r) || r == '|' || r == '›' || r == '»'
	})
	if furniture[key] {
		return true
	}
	if !endsSentence(p) {
		for _, w := range furnitureWords {
			if strings.Contains(low, w) {
				return true
			}
		}
		// A run of menu items: "Home | World | Politics".
		if strings.Count(p, "|") >= 2 || strings.Count(p, "•") >= 2 {
			return true
		}
	}
	return false
}

// endsSentence reports whether a paragraph ends as a sentence does: with a
// full stop, a question or exclamation mark, or a closing quote after one.
func endsSentence(p string) bool {
	p = strings.TrimSpace(p)
	for p != "" {
		r, n := utf8.DecodeLastRuneInString(p)
		switch r {
		case '.', '?', '!', '…':
			return true
		case '"', '”', '’', '\'', ')', ']', '}', '»':
			p = p[:len(p)-n]
			continue
		}
		return false
	}
	return false
}

// wordCount counts the white-space separated words of s.
func wordCount(s string) int { return len(strings.Fields(s)) }
