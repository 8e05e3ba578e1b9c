package export

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
)

// Table formats: the formats in which `dyad export` writes rows.
const (
	FormatJSONL   = "jsonl"
	FormatCSV     = "csv"
	FormatParquet = "parquet"
	FormatGDELT   = "gdelt"
)

// TableWriter writes rows of type T (EventRow, MentionRow, QuoteRow,
// EntityRow, ArticleRow) in one of the table formats.
type TableWriter[T any] interface {
	// Write writes one row.
	Write(row *T) error
	// Close writes anything buffered and, for Parquet, the file footer. It
	// does not close the underlying writer.
	Close() error
}

// NewTableWriter returns a writer of rows of type T in format: "jsonl"
// (one JSON object a line), "csv" (RFC 4180, CRLF line ends, a header row
// of column names, written at once so that an empty table still has it)
// or "parquet" (flat columns, zstd-compressed).
func NewTableWriter[T any](format string, w io.Writer) (TableWriter[T], error) {
	switch format {
	case FormatJSONL:
		bw := bufio.NewWriterSize(w, 64<<10)
		enc := json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
		return &jsonlTable[T]{bw: bw, enc: enc}, nil
	case FormatCSV:
		return newCSVTable[T](w)
	case FormatParquet:
		return newParquetTable[T](w), nil
	}
	return nil, fmt.Errorf("cannot write a table as %q: want jsonl, csv or parquet", format)
}

type jsonlTable[T any] struct {
	bw  *bufio.Writer
	enc *json.Encoder
}

func (t *jsonlTable[T]) Write(row *T) error {
	if err := t.enc.Encode(row); err != nil {
		return fmt.Errorf("cannot write JSON row: %w", err)
	}
	return nil
}

func (t *jsonlTable[T]) Close() error {
	if err := t.bw.Flush(); err != nil {
		return fmt.Errorf("cannot write JSON rows: %w", err)
	}
	return nil
}

// Columns returns the column names of row type T (its json tags), in the
// order CSV and Parquet write them.
func Columns[T any]() []string {
	fs := columnsOf(reflect.TypeFor[T]())
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = f.name
	}
	return names
}

type column struct {
	name  string
	index int
}

func columnsOf(t reflect.Type) []column {
	var cs []column
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		cs = append(cs, column{name: name, index: i})
	}
	return cs
}

type csvTable[T any] struct {
	cw     *csv.Writer
	cols   []column
	record []string
}

func newCSVTable[T any](w io.Writer) (*csvTable[T], error) {
	t := &csvTable[T]{cw: csv.NewWriter(w), cols: columnsOf(reflect.TypeFor[T]())}
	t.cw.UseCRLF = true
	t.record = make([]string, len(t.cols))
	for i, c := range t.cols {
		t.record[i] = c.name
	}
	if err := t.cw.Write(t.record); err != nil {
		return nil, fmt.Errorf("cannot write CSV header: %w", err)
	}
	return t, nil
}

func (t *csvTable[T]) Write(row *T) error {
	v := reflect.ValueOf(row).Elem()
	for i, c := range t.cols {
		t.record[i] = formatValue(v.Field(c.index))
	}
	if err := t.cw.Write(t.record); err != nil {
		return fmt.Errorf("cannot write CSV row: %w", err)
	}
	return nil
}

func (t *csvTable[T]) Close() error {
	t.cw.Flush()
	if err := t.cw.Error(); err != nil {
		return fmt.Errorf("cannot write CSV rows: %w", err)
	}
	return nil
}

// formatValue writes a field for CSV: a nil pointer is empty, floats in
// their shortest exact form.
func formatValue(v reflect.Value) string {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return ""
		}
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.String:
		return v.String()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Float32, reflect.Float64:
		return strconv.FormatFloat(v.Float(), 'f', -1, 64)
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	}
	return fmt.Sprint(v.Interface())
}
