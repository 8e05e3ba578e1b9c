// Package export writes coded events in the formats analysts load: JSONL
// (dyad's contract), TSV, and GDELT 2.0 event rows.
package export

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad"
)

// Formats lists the names New accepts.
var Formats = []string{"jsonl", "tsv", "gdelt"}

// Writer writes the events of coded articles.
type Writer interface {
	// Write writes the events of one coded article.
	Write(c *dyad.Coded) error
	// Flush writes anything buffered.
	Flush() error
}

// New returns a writer for the named format.
func New(format string, w io.Writer) (Writer, error) {
	switch format {
	case "jsonl", "json", "":
		return NewJSONL(w), nil
	case "tsv":
		return NewTSV(w), nil
	case "gdelt":
		return NewGDELT(w, GDELTOptions{}), nil
	}
	return nil, fmt.Errorf("cannot write format %q: want one of %s", format, strings.Join(Formats, ", "))
}

type jsonlWriter struct {
	bw  *bufio.Writer
	enc *json.Encoder
}

// NewJSONL returns a writer of one JSON event per line, as the contract in
// DESIGN.md gives it.
func NewJSONL(w io.Writer) Writer {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &jsonlWriter{bw: bw, enc: enc}
}

func (j *jsonlWriter) Write(c *dyad.Coded) error {
	for i := range c.Events {
		if err := j.enc.Encode(&c.Events[i]); err != nil {
			return fmt.Errorf("cannot write event: %w", err)
		}
	}
	return nil
}

func (j *jsonlWriter) Flush() error { return j.bw.Flush() }

// TSVColumns are the columns of the TSV format, in order.
var TSVColumns = []string{
	"doc_id", "sentence", "date", "date_precision",
	"source_code", "source_country", "source_name", "source_text",
	"cameo", "root", "quad", "goldstein", "plover", "plover_mode",
	"target_code", "target_country", "target_name", "target_text",
	"place", "place_country", "lat", "lon",
	"negated", "modality", "pattern", "trigger", "sentence_text",
}

type tsvWriter struct {
	bw     *bufio.Writer
	header bool
}

// NewTSV returns a writer of tab-separated events with a header line. Tabs
// and newlines inside fields become spaces.
func NewTSV(w io.Writer) Writer { return &tsvWriter{bw: bufio.NewWriter(w)} }

func (t *tsvWriter) Write(c *dyad.Coded) error {
	if !t.header {
		t.header = true
		t.bw.WriteString(strings.Join(TSVColumns, "\t") + "\n")
	}
	for i := range c.Events {
		e := &c.Events[i]
		row := []string{e.DocID, strconv.Itoa(e.Sentence), e.Date, e.DatePrecision}
		row = append(row, actorFields(e.Source)...)
		row = append(row, e.CAMEO, e.Root, strconv.Itoa(e.Quad), strconv.FormatFloat(e.Goldstein, 'f', 1, 64), e.PLOVER, e.PLOVERMode)
		row = append(row, actorFields(e.Target)...)
		if p := e.Place; p != nil {
			row = append(row, p.Name, p.Country, strconv.FormatFloat(p.Lat, 'f', 4, 64), strconv.FormatFloat(p.Lon, 'f', 4, 64))
		} else {
			row = append(row, "", "", "", "")
		}
		row = append(row, strconv.FormatBool(e.Negated), e.Modality, e.Evidence.Pattern, e.Evidence.Trigger, e.Evidence.SentenceText)
		for i, f := range row {
			row[i] = field(f)
		}
		if _, err := t.bw.WriteString(strings.Join(row, "\t") + "\n"); err != nil {
			return fmt.Errorf("cannot write event: %w", err)
		}
	}
	return nil
}

func (t *tsvWriter) Flush() error { return t.bw.Flush() }

func actorFields(a *dyad.Actor) []string {
	if a == nil {
		return []string{"", "", "", ""}
	}
	return []string{a.Code, a.Country, a.Name, a.Text}
}

var fieldReplacer = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")

func field(s string) string { return fieldReplacer.Replace(s) }
