package store

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

func TestParseText(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []TextTerm
	}{
		{"", nil},
		{"   ", nil},
		{"iran", []TextTerm{{Text: "iran"}}},
		{"iran  deal", []TextTerm{{Text: "iran"}, {Text: "deal"}}},
		{`"nuclear   deal" iran`, []TextTerm{{Text: "nuclear deal"}, {Text: "iran"}}},
		{`iran"deal"`, []TextTerm{{Text: "iran"}, {Text: "deal"}}},
		{`"unbalanced deal`, []TextTerm{{Text: "unbalanced"}, {Text: "deal"}}},
		{`negotiat*`, []TextTerm{{Text: "negotiat", Prefix: true}}},
		{`negotiat**`, []TextTerm{{Text: "negotiat", Prefix: true}}},
		{`"nuclear de*"`, []TextTerm{{Text: "nuclear de*"}}}, // no prefixes in phrases
		{`U.S*`, []TextTerm{{Text: "U.S", Prefix: true}}},
		{`U.S.*`, []TextTerm{{Text: "U.S."}}}, // the prefix must end in a letter or digit
		{`* - "" ! "?"`, nil},
		{`Iran's`, []TextTerm{{Text: "Iran's"}}},
		{"a\tb\nc", []TextTerm{{Text: "a"}, {Text: "b"}, {Text: "c"}}},
		{`OR AND NOT NEAR(x)`, []TextTerm{{Text: "OR"}, {Text: "AND"}, {Text: "NOT"}, {Text: "NEAR(x)"}}},
		{"北京 Москва", []TextTerm{{Text: "北京"}, {Text: "Москва"}}},
	} {
		if got := ParseText(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("ParseText(%q) = %+v; want %+v", tc.in, got, tc.want)
		}
	}
}

func TestNormalize(t *testing.T) {
	for _, tc := range []struct {
		in, want Query
		param    string
	}{
		{Query{}, Query{Limit: DefaultLimit}, ""},
		{Query{Country: " irn ", Actor: "irngov", Root: "7", Code: "195", PLOVER: "assault", From: "2021-06-01", To: "2021-06-01",
			Text: " deal ", ArticleID: " x ", Limit: 5000, Offset: 3},
			Query{Country: "IRN", Actor: "IRNGOV", Root: "07", Code: "195", PLOVER: "ASSAULT", From: "2021-06-01", To: "2021-06-01",
				Text: "deal", ArticleID: "x", Limit: MaxLimit, Offset: 3}, ""},
		{Query{Limit: 7}, Query{Limit: 7}, ""},
		{Query{Country: "IRAN"}, Query{}, "country"},
		{Query{Country: "İRN"}, Query{}, "country"},
		{Query{Actor: "IRN GOV"}, Query{}, "actor"},
		{Query{Root: "20"}, Query{Root: "20", Limit: DefaultLimit}, ""},
		{Query{Root: "21"}, Query{}, "root"},
		{Query{Root: "123"}, Query{}, "root"},
		{Query{Code: "0"}, Query{}, "code"},
		{Query{PLOVER: "A1"}, Query{}, "plover"},
		{Query{From: "2021-02-30"}, Query{}, "from"},
		{Query{To: "20210601"}, Query{}, "to"},
		{Query{From: "2021-06-02", To: "2021-06-01"}, Query{}, "to"},
		{Query{Text: `""`}, Query{}, "q"},
		{Query{Text: strings.Repeat("a", 1001)}, Query{}, "q"},
		{Query{Limit: -1}, Query{}, "limit"},
		{Query{Offset: -5}, Query{}, "offset"},
	} {
		got, err := tc.in.Normalize()
		if tc.param != "" {
			var qe *QueryError
			if !errors.As(err, &qe) || qe.Param != tc.param {
				t.Errorf("%+v.Normalize(): err = %v; want a QueryError for %s", tc.in, err, tc.param)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("%+v.Normalize() = %+v, %v; want %+v", tc.in, got, err, tc.want)
		}
	}
}

func TestScheme(t *testing.T) {
	for dsn, want := range map[string]string{
		"dyad.db":                    "sqlite",
		"/var/lib/dyad.db":           "sqlite",
		"./a:b.db":                   "sqlite",
		`C:\dyad.db`:                 "sqlite",
		"sqlite:dyad.db":             "sqlite",
		"SQLite:dyad.db":             "sqlite",
		"postgres://u:p@h/db":        "postgres",
		"postgresql://h/db":          "postgres",
		"mem+test:x":                 "mem+test",
		"1abc:x":                     "sqlite",
		"dyad db with spaces:and.db": "sqlite",
	} {
		if got := Scheme(dsn); got != want {
			t.Errorf("Scheme(%q) = %q; want %q", dsn, got, want)
		}
	}
}

type fakeStore struct {
	Store
	dsn string
}

func TestOpen(t *testing.T) {
	Register("faketest", func(ctx context.Context, dsn string) (Store, error) {
		if strings.Contains(dsn, "fail") {
			return nil, errors.New("boom")
		}
		return fakeStore{dsn: dsn}, nil
	})
	st, err := Open(context.Background(), "faketest:x")
	if err != nil || st.(fakeStore).dsn != "faketest:x" {
		t.Errorf("Open(faketest:x) = %v, %v; want the fake store given the whole dsn", st, err)
	}
	if _, err := Open(context.Background(), "faketest:fail"); err == nil || !strings.Contains(err.Error(), "boom") {
		t.Errorf("Open(faketest:fail): err = %v; want the backend's error", err)
	}
	_, err = Open(context.Background(), "nosuch://u:secret@h/db")
	if err == nil || strings.Contains(err.Error(), "secret") || !strings.Contains(err.Error(), "nosuch") {
		t.Errorf("Open(nosuch://...): err = %v; want an unknown-scheme error without the password", err)
	}
	if _, err := Open(context.Background(), ""); err == nil {
		t.Errorf("Open(\"\"): no error")
	}
	found := false
	for _, s := range Schemes() {
		found = found || s == "faketest"
	}
	if !found {
		t.Errorf("Schemes() = %v; want faketest among them", Schemes())
	}
	defer func() {
		if recover() == nil {
			t.Errorf("registering a scheme twice did not panic")
		}
	}()
	Register("faketest", func(ctx context.Context, dsn string) (Store, error) { return nil, nil })
}

func TestUnknownLimit(t *testing.T) {
	for in, want := range map[int]int{-3: DefaultUnknownLimit, 0: DefaultUnknownLimit, 1: 1, MaxLimit + 1: MaxLimit} {
		if got := UnknownLimit(in); got != want {
			t.Errorf("UnknownLimit(%d) = %d; want %d", in, got, want)
		}
	}
}

// The interface is the one the lead codes against.
var _ = func(s Store) {
	var _ func(context.Context, *dyad.Coded) (bool, error) = s.Put
	var _ func(context.Context, Query) ([]dyad.Event, int, error) = s.Events
}
