package nlp

import (
	"slices"
	"strings"
	"sync"
)

var (
	irregularOnce sync.Once
	irregularOf   map[string][]string
)

// IrregularForms returns the irregular past and past participle forms of an
// English verb ("undertake" → "undertook", "undertaken"), or nil for a
// regular verb. The table is general English morphology, the one the
// lemmatizer uses.
func IrregularForms(base string) []string {
	irregularOnce.Do(func() {
		irregularOf = map[string][]string{}
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
		}
	})
	return irregularOf[strings.ToLower(base)]
}
