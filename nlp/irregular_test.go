package nlp

import (
	"slices"
	"testing"
)

// TestIrregularForms checks the irregular forms of listed verbs and of
// prefixed ones, and that a regular verb has none.
func TestIrregularForms(t *testing.T) {
	for _, c := range []struct {
		base string
		want []string
	}{
		{"take", []string{"took", "taken"}},
		{"retake", []string{"retook", "retaken"}},
		{"overrun", []string{"overran"}},
		{"Undertake", []string{"undertook", "undertaken"}},
		{"attack", nil},
	} {
		got := IrregularForms(c.base)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("IrregularForms(%q) = %v, want %q among them", c.base, got, w)
			}
		}
		if c.want == nil && got != nil {
			t.Errorf("IrregularForms(%q) = %v, want none", c.base, got)
		}
	}
}
