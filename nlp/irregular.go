package nlp

import (
	"slices"
	"strings"
	"sync"
)

var (
	irregularOnce sync.Once
	irregularOf   map[string][]string // base → its irregular forms
	pastForms     map[string]bool     // simple pasts that are not also bases
)

// loadIrregular builds irregularOf and pastForms from irregularVerbs.
func loadIrregular() {
	irregularOf, pastForms = map[string][]string{}, map[string]bool{}
	for _, line := range irregularVerbs {
		f := strings.Fields(line)
		if len(f) < 3 {
			continue
		}
		var forms []string
		for _, s := range append(strings.Split(f[1], "/"), strings.Split(f[2], "/")...) {
			if s != f[0] && !slices.Contains(forms, s) {
				forms = append(forms, s)
			}
		}
		irregularOf[f[0]] = forms
		for _, p := range strings.Split(f[1], "/") {
			if p != f[0] {
				pastForms[p] = true
			}
		}
	}
}

// irregularPast reports whether f is the simple past of an irregular verb
// and not also its base ("froze", "fled"; not "cut").
func irregularPast(f string) bool {
	irregularOnce.Do(loadIrregular)
	if pastForms[f] {
		return true
	}
	for _, p := range verbPrefixes {
		if rest, ok := strings.CutPrefix(f, p); ok && len(rest) >= 3 && pastForms[rest] {
			return true // "overran", "upheld", "underwent"
		}
	}
	return false
}

// IrregularForms returns the irregular past and past participle forms of an
// English verb ("undertake" → "undertook", "undertaken"), or nil for a
// regular verb. The table is general English morphology, the one the
// lemmatizer uses.
func IrregularForms(base string) []string {
	irregularOnce.Do(loadIrregular)
	base = strings.ToLower(base)
	if forms, ok := irregularOf[base]; ok {
		return forms
	}
	// "retake" → "retook", "retaken"; "overrun" → "overran": a prefix on
	// an irregular verb keeps its forms
	for _, p := range verbPrefixes {
		if rest, ok := strings.CutPrefix(base, p); ok && len(rest) >= 2 {
			if forms := irregularOf[rest]; forms != nil {
				out := make([]string, len(forms))
				for i, f := range forms {
					out[i] = p + f
				}
				return out
			}
		}
	}
	return nil
}

// verbPrefixes make new verbs of irregular ones ("retake", "overrun").
var verbPrefixes = []string{"re", "over", "under", "out", "mis", "with", "up", "fore"}
