package export

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

func sample() *dyad.Coded {
	return &dyad.Coded{Events: []dyad.Event{{
		DocID: "d1", Sentence: 4, CAMEO: "125", Root: "12", Quad: 3, Goldstein: -5, PLOVER: "REJECT", PLOVERMode: "meet",
		Source: &dyad.Actor{Text: "Iran's president-elect", Code: "IRNELI", Country: "IRN", Roles: []string{"ELI"}, Span: dyad.Span{120, 142}, Known: true},
		Target: &dyad.Actor{Text: "the United States", Code: "USA", Country: "USA", Roles: []string{}, Span: dyad.Span{180, 197}, Known: true},
		Date:   "2021-06-21", DatePrecision: "day",
		Place:    &dyad.Place{Name: "Vienna", Country: "AUT", Lat: 48.21, Lon: 16.37},
		Modality: "asserted",
		Evidence: dyad.Evidence{Trigger: "ruled out", Pattern: "125.reject.rule_out.talk", SentenceText: "Iran's president-elect ruled out\ttalks."},
	}}}
}

func TestJSONLContract(t *testing.T) {
	var b bytes.Buffer
	w := NewJSONL(&b)
	if err := w.Write(sample()); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	var m map[string]any
	if err := json.Unmarshal(b.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"doc_id", "sentence", "cameo", "root", "quad", "goldstein", "plover", "plover_mode", "source", "target", "date", "date_precision", "place", "negated", "modality", "evidence"} {
		if _, ok := m[k]; !ok {
			t.Errorf("contract field %q missing from %s", k, b.String())
		}
	}
	src := m["source"].(map[string]any)
	for _, k := range []string{"text", "code", "country", "roles", "span"} {
		if _, ok := src[k]; !ok {
			t.Errorf("source field %q missing", k)
		}
	}
	ev := m["evidence"].(map[string]any)
	for _, k := range []string{"trigger", "pattern", "sentence_text"} {
		if _, ok := ev[k]; !ok {
			t.Errorf("evidence field %q missing", k)
		}
	}
	if strings.Count(b.String(), "\n") != 1 {
		t.Errorf("want one line per event: %q", b.String())
	}
}

func TestTSV(t *testing.T) {
	var b bytes.Buffer
	w := NewTSV(&b)
	w.Write(sample())
	w.Write(&dyad.Coded{Events: []dyad.Event{{DocID: "d2", CAMEO: "042", Source: &dyad.Actor{Code: "ISRMIL"}}}})
	w.Flush()
	lines := strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d lines, want header and 2 rows:\n%s", len(lines), b.String())
	}
	for i, l := range lines {
		if n := len(strings.Split(l, "\t")); n != len(TSVColumns) {
			t.Errorf("line %d has %d fields, want %d", i, n, len(TSVColumns))
		}
	}
	if !strings.Contains(lines[1], "ruled out talks.") {
		t.Errorf("tab in sentence text not replaced: %q", lines[1])
	}
}

func TestNewUnknownFormat(t *testing.T) {
	if _, err := New("xml", &bytes.Buffer{}); err == nil {
		t.Error("want an error for an unknown format")
	}
}
