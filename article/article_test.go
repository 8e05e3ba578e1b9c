package article

import (
	"crypto/sha256"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"golang.org/x/text/encoding/charmap"
)

var update = flag.Bool("update", false, "rewrite golden files")

const seedPath = "../../shared/seed/000_89e8973d0803841e.txt"

// TestSeedGolden extracts the user's example article and compares it with
// the golden file. The seed is the publisher's text, so the golden file
// holds no text of it: its date, site, the number of paragraphs and a hash
// of each, which catch any change in what is kept.
func TestSeedGolden(t *testing.T) {
	b, err := os.ReadFile(seedPath)
	if err != nil {
		t.Skipf("the seed article is not here (%v): ../shared is absent", err)
	}
	a, err := Extract(&dyad.Document{ID: "seed", Body: b})
	if err != nil {
		t.Fatal(err)
	}
	var got strings.Builder
	fmt.Fprintf(&got, "published %s\nsite %s\nauthor %q\ntitle %x\nparagraphs %d\n", a.Published, a.Site, a.Author, sha256.Sum256([]byte(a.Title)), len(a.Paragraphs))
	for i, p := range a.Paragraphs {
		fmt.Fprintf(&got, "%2d %x %d words\n", i, sha256.Sum256([]byte(p)), wordCount(p))
	}
	golden := filepath.Join("testdata", "seed.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(got.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if got.String() != string(want) {
		t.Errorf("seed article differs from %s (go test -update rewrites it):\n%s", golden, got.String())
	}
	// Independent of the golden file: what an analyst expects.
	if a.Published != "2021-06-22" {
		t.Errorf("published = %q, want the byline date 2021-06-22", a.Published)
	}
	if !strings.HasPrefix(a.Title, "Iran") || !strings.Contains(a.Title, "No talks with US") {
		t.Errorf("title = %q", a.Title)
	}
	if a.Site != "Al-Monitor" {
		t.Errorf("site = %q, want Al-Monitor", a.Site)
	}
	for _, p := range a.Paragraphs {
		for _, f := range []string{"Skip to main content", "Read more", "As published in", "By June"} {
			if strings.Contains(p, f) {
				t.Errorf("furniture %q kept in paragraph %q", f, p)
			}
		}
	}
	if n := len(a.Paragraphs); n < 15 {
		t.Errorf("%d paragraphs, want the whole body", n)
	}
}

func TestTextPage(t *testing.T) {
	page := strings.Join([]string{
		"Menu",
		"Home | World | Politics | Business",
		"",
		"Ministers agree on grain corridor after marathon talks",
		"",
		"By Jane Doe | March 3, 2024",
		"",
		"Ministers from Turkey and Ukraine agreed on Tuesday to reopen a grain corridor through the Black Sea.",
		"",
		"Photo: Reuters",
		"",
		"The deal follows weeks of talks in Istanbul, officials said.",
		"",
		"Share this article",
		"Subscribe to our newsletter",
		"Read more:",
		"© 2024 Example News. All rights reserved.",
	}, "\n")
	a, err := Extract(&dyad.Document{ID: "p", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	want := &dyad.Article{
		ID: a.ID, DocID: "p", Title: "Ministers agree on grain corridor after marathon talks",
		Author: "Jane Doe", Published: "2024-03-03",
		Paragraphs: []string{
			"Ministers from Turkey and Ukraine agreed on Tuesday to reopen a grain corridor through the Black Sea.",
			"The deal follows weeks of talks in Istanbul, officials said.",
		},
	}
	if !reflect.DeepEqual(a, want) {
		t.Errorf("got  %+v\nwant %+v", a, want)
	}
}

func TestHardWrappedText(t *testing.T) {
	page := "The foreign minister of Chile travelled to Lima on Sunday for talks\nwith his Peruvian counterpart about the disputed maritime border.\n\nBoth sides said progress was made."
	a, err := Extract(&dyad.Document{ID: "w", Body: []byte(page), Date: "2020-05-05"})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Paragraphs) != 2 || !strings.HasSuffix(a.Paragraphs[0], "talks with his Peruvian counterpart about the disputed maritime border.") {
		t.Errorf("paragraphs = %q", a.Paragraphs)
	}
	if a.Published != "2020-05-05" {
		t.Errorf("published = %q, want the document's date", a.Published)
	}
}

func TestHTML(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "page.html"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := Extract(&dyad.Document{ID: "h", Body: b})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Talks collapse in Geneva" || a.Published != "2023-03-14" || a.Author != "Jane Roe" || a.Site != "World Times" {
		t.Errorf("metadata = %q %q %q %q", a.Title, a.Published, a.Author, a.Site)
	}
	if len(a.Paragraphs) != 3 {
		t.Fatalf("paragraphs = %q, want 3", a.Paragraphs)
	}
	for _, p := range a.Paragraphs {
		if strings.Contains(p, "Share") || strings.Contains(p, "cookies") || strings.Contains(p, "Related") {
			t.Errorf("furniture kept: %q", p)
		}
	}
}

func TestWindows1256(t *testing.T) {
	arabic := "أعلنت الحكومة اليوم عن اتفاق جديد مع الدول المجاورة بشأن التجارة والحدود المشتركة بين البلدين."
	second := "وقال وزير الخارجية في مؤتمر صحفي إن المفاوضات ستستمر الأسبوع المقبل في العاصمة لمناقشة التفاصيل."
	body := `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"><title>خبر</title></head>` +
		`<body><nav><a href="/">الرئيسية</a></nav><article><h1>اتفاق جديد</h1><p>` + arabic + `</p><p>` + second + `</p><p>` + second + " " + arabic + `</p></article></body></html>`
	page, err := charmap.Windows1256.NewEncoder().String(body)
	if err != nil {
		t.Fatal(err)
	}
	a, err := Extract(&dyad.Document{ID: "ar", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Paragraphs) == 0 || a.Paragraphs[0] != arabic {
		t.Errorf("paragraphs = %q, want the Arabic text decoded", a.Paragraphs)
	}
}

func TestBadInput(t *testing.T) {
	tests := []struct {
		name string
		doc  dyad.Document
		want error
	}{
		{"empty", dyad.Document{Body: []byte("")}, ErrEmpty},
		{"white space", dyad.Document{Body: []byte(" \n\t\n")}, ErrEmpty},
		{"binary", dyad.Document{Body: []byte{0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0}}, ErrBinary},
		{"pdf", dyad.Document{Body: []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")}, ErrBinary},
		{"invalid utf-8", dyad.Document{Body: []byte("The minister said \xff\xfe\xfa it was over.")}, ErrEncoding},
		{"html without article", dyad.Document{Body: []byte(`<html><body><nav><a href="/">Home</a></nav><form><input name="q"><button>Search</button></form><footer>© 2024</footer></body></html>`)}, ErrNoArticle},
		{"furniture only", dyad.Document{Body: []byte("Skip to main content\nMenu\nRead more:\n")}, ErrEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.doc.ID = "doc-" + strings.ReplaceAll(tt.name, " ", "-")
			_, err := Extract(&tt.doc)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.doc.ID) {
				t.Errorf("error %q does not name the document", err)
			}
		})
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"<!DOCTYPE html><html>", dyad.KindHTML},
		{"\n  <html lang=en>", dyad.KindHTML},
		{"<div><p>Hi</p></div>", dyad.KindHTML},
		{"Skip to main content\n<not a tag", dyad.KindText},
		{"The army said <b>no</b>.", dyad.KindText},
		{"<3 this article", dyad.KindText},
	}
	for _, tt := range tests {
		if got := Sniff([]byte(tt.in)); got != tt.want {
			t.Errorf("Sniff(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestFindDate(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"By June 22, 2021News, Print", "2021-06-22"},
		{"By Jane Doe | March 3, 2024", "2024-03-03"},
		{"Published 22 June 2021 10:04 BST", "2021-06-22"},
		{"Updated: 2021-06-22T10:00:00Z", "2021-06-22"},
		{"By Staff Reporter, Sept. 5, 2019", "2019-09-05"},
		{"By John May", ""},
		{"June 2021", ""},
	}
	for _, tt := range tests {
		got, _, ok := findDate(tt.in)
		if s := got.Format("2006-01-02"); ok && s != tt.want || !ok && tt.want != "" {
			t.Errorf("findDate(%q) = %s, %v; want %q", tt.in, s, ok, tt.want)
		}
	}
}

func TestFurniture(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Skip to main content", true},
		{"Read more:", true},
		{"Share this article", true},
		{"We use cookies to improve your experience.", true},
		{"Home | World | Politics", true},
		{"Advertisement", true},
		{"The minister said he would share the report with parliament.", false},
		{"Read the full statement below.", false},
		{"Iran’s president: No talks with US on militias, ballistic missiles", false},
	}
	for _, tt := range tests {
		if got := isFurniture(tt.in); got != tt.want {
			t.Errorf("isFurniture(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func BenchmarkExtractHTML(b *testing.B) {
	page, err := os.ReadFile(filepath.Join("testdata", "page.html"))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Extract(&dyad.Document{ID: "h", Body: page}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkExtractText(b *testing.B) {
	page, err := os.ReadFile(seedPath)
	if err != nil {
		b.Skip("the seed article is absent")
	}
	for b.Loop() {
		if _, err := Extract(&dyad.Document{ID: "s", Body: page}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestShortText: a text of one line with no full stop, or one in braces,
// is coded, not rejected as empty.
func TestShortText(t *testing.T) {
	for _, tt := range []struct{ body, want string }{
		{"Chile and Peru resume border talks", "Chile and Peru resume border talks"},
		{"{Chile recalled its ambassador from Peru on Monday.}", "{Chile recalled its ambassador from Peru on Monday.}"},
	} {
		a, err := Extract(&dyad.Document{ID: "s", Body: []byte(tt.body)})
		if err != nil {
			t.Errorf("%q: %v", tt.body, err)
			continue
		}
		if len(a.Paragraphs) != 1 || a.Paragraphs[0] != tt.want {
			t.Errorf("%q: paragraphs %q, want one, %q", tt.body, a.Paragraphs, tt.want)
		}
	}
}

// TestSmallPages: a page of one or two bare paragraphs gives each paragraph
// once (trafilatura's content node repeats them, alone or run together).
func TestSmallPages(t *testing.T) {
	one := "Police arrested ten protesters in Lyon on Monday."
	two := "The protesters threw stones at the police."
	for _, tt := range []struct {
		page string
		want []string
	}{
		{"<p>" + one + "</p>", []string{one}},
		{"<div><p>" + one + "</p><p>" + two + "</p></div>", []string{one, two}},
		{"<html><body><p>" + one + "</p><p>" + two + "</p></body></html>", []string{one, two}},
		{"<html><body><p>" + one + "</p><blockquote>" + one + "</blockquote><p>" + two + "</p></body></html>", []string{one, two}},
	} {
		a, err := Extract(&dyad.Document{ID: "small", Body: []byte(tt.page)})
		if err != nil {
			t.Errorf("%s: %v", tt.page, err)
			continue
		}
		if !slices.Equal(a.Paragraphs, tt.want) {
			t.Errorf("%s: paragraphs %q, want %q", tt.page, a.Paragraphs, tt.want)
		}
	}
}
