package geo

import (
	"testing"
	"unicode/utf8"
)

// FuzzFind checks that Find and ActionPlace never panic and that every
// toponym's span holds its text.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Russian missiles struck Kyiv overnight, Ukrainian officials said.",
		"in Paris, Texas, and U.S.-backed al-Qaim's Deir ez-Zor — Nagorno-Karabakh",
		"St. Petersburg’s N'Djamena D.R. Congo 'Gaza' (Idlib province)",
		"\xff\xfe Gaza\x00 ", "", "A", "U.", "Mr. ", "Sana’s", "-Iraq-", "Paris,",
	} {
		f.Add(s)
	}
	g, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ctx := NewContext()
		tps := g.Find(s, 7, ctx)
		for _, tp := range tps {
			if tp.Start < 7 || tp.End > 7+len(s) || tp.Start >= tp.End || s[tp.Start-7:tp.End-7] != tp.Text {
				t.Fatalf("bad span %d-%d %q in %q", tp.Start, tp.End, tp.Text, s)
			}
		}
		for trig := 0; trig <= len(s); trig += 1 + len(s)/4 {
			if p := ActionPlace(tps, s, 7, 7+trig); p != nil && !utf8.ValidString(p.Name) {
				t.Fatalf("bad place name %q", p.Name)
			}
		}
		g.Find(s, 0, nil)
	})
}
