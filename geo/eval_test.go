package geo

import (
	"os"
	"testing"
)

// TestPlaces scores Find on geo/testdata/places.tsv, place mentions in
// news-style sentences written for dyad, against the bars the project
// holds itself to (Mordecai3: right country 97-98%, exact place 79-93%).
func TestPlaces(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("testdata/places.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ex, err := ReadExamples(f)
	if err != nil {
		t.Fatal(err)
	}
	r := Evaluate(g, ex)
	if r.Mentions < 200 {
		t.Errorf("test set has %d mentions, want at least 200", r.Mentions)
	}
	for _, e := range r.Errors {
		t.Log(e)
	}
	t.Log(r)
	if a := r.CountryAccuracy(); a < 0.97 {
		t.Errorf("right-country accuracy %.3f, want ≥ 0.97", a)
	}
	if a := r.PlaceAccuracy(); a < 0.85 {
		t.Errorf("exact-place accuracy %.3f, want ≥ 0.85", a)
	}
	if fp := r.FalsePositiveRate(); fp > 0.15 {
		t.Errorf("false positives %.3f of non-places, want ≤ 0.15", fp)
	}
}

// TestHeldOut scores Find on held-out sets: heldout.tsv, written after the
// rules were tuned on places.tsv, and heldout2.tsv, written after all
// tuning.
func TestHeldOut(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"testdata/heldout.tsv", "testdata/heldout2.tsv"} {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		ex, err := ReadExamples(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		r := Evaluate(g, ex)
		for _, e := range r.Errors {
			t.Logf("%s: %s", name, e)
		}
		t.Logf("%s: %s", name, r)
		if a := r.CountryAccuracy(); a < 0.95 {
			t.Errorf("%s: right-country accuracy %.3f, want ≥ 0.95", name, a)
		}
		if a := r.PlaceAccuracy(); a < 0.85 {
			t.Errorf("%s: exact-place accuracy %.3f, want ≥ 0.85", name, a)
		}
	}
}
