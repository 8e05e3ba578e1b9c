package actor

import "testing"

// FuzzResolve checks that Find, Resolve and Unknown never panic and that
// every span they return locates its text.
func FuzzResolve(f *testing.F) {
	for _, s := range []string{
		"Iran’s president-elect", "Iran-backed militias in Iraq", "Mick Mulroy, the Pentagon’s former official",
		"Iran, Iraq, and Syria", "pro-", "-backed", "’s", "U.S.", "the Bank of ", "and and ,", "Gen. X",
		"\u00e9\u2019s\n", "A B C D E F G", "former", "of of of",
	} {
		f.Add(s)
	}
	d := testDict(f)
	f.Fuzz(func(t *testing.T, s string) {
		for _, m := range d.Find(s, 3, "2021-06-22") {
			if m.Start < 3 || m.End > 3+len(s) || s[m.Start-3:m.End-3] != m.Text || m.Actor.Roles == nil {
				t.Fatalf("Find(%q): bad match %+v", s, m)
			}
		}
		for _, a := range d.Resolve(s, 3, "") {
			if a.Roles == nil || a.Text != "" && (a.Span[0] < 3 || a.Span[1] > 3+len(s) || s[a.Span[0]-3:a.Span[1]-3] != a.Text) {
				t.Fatalf("Resolve(%q): bad actor %+v", s, a)
			}
		}
		for _, m := range d.Unknown(s, 3, "") {
			if m.Start < 3 || m.End > 3+len(s) || s[m.Start-3:m.End-3] != m.Text {
				t.Fatalf("Unknown(%q): bad match %+v", s, m)
			}
		}
		tr := NewTracker(d, "")
		for _, r := range d.ResolveKinds(s, 0, "") {
			tr.Observe(r.Actor, r.Kind)
		}
		tr.Refer(s, 0)
	})
}
