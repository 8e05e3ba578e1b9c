package geo

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// gumSentence is a sentence of the GUM treebank with its place entities.
type gumSentence struct {
	doc    string
	text   string
	places []gumPlace
	// others are the spans of entities of other types (people,
	// organisations...), where a toponym is a false positive.
	others [][2]int
}

// gumPlace is a place entity: byte span in the text and its Wikipedia
// title ("" when not linked).
type gumPlace struct {
	start, end int
	title      string
	proper     bool // has a proper noun
}

// readGUM reads a CoNLL-U file of GUM: sentences, token offsets and the
// Entity= annotations of MISC (GUM's bracketed entity notation).
func readGUM(t testing.TB, path string) []gumSentence {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("GUM treebank not available (%v); it lives in ../shared beside the repository", err)
	}
	defer f.Close()
	var out []gumSentence
	var cur *gumSentence
	doc := ""
	type open struct {
		id, typ, title string
		start          int
		proper         bool
	}
	var stack []open
	pos := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<22)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "# newdoc id = "):
			doc = strings.TrimPrefix(line, "# newdoc id = ")
		case strings.HasPrefix(line, "# text = "):
			out = append(out, gumSentence{doc: doc, text: strings.TrimPrefix(line, "# text = ")})
			cur = &out[len(out)-1]
			pos = 0
		case line == "" || strings.HasPrefix(line, "#") || cur == nil:
		default:
			cols := strings.Split(line, "\t")
			if len(cols) < 10 || strings.ContainsAny(cols[0], "-.") {
				continue
			}
			form, upos, misc := cols[1], cols[3], cols[9]
			i := strings.Index(cur.text[pos:], form)
			if i < 0 {
				continue
			}
			start, end := pos+i, pos+i+len(form)
			pos = end
			for k := range stack {
				if upos == "PROPN" {
					stack[k].proper = true
				}
			}
			ent := ""
			for _, kv := range strings.Split(misc, "|") {
				if v, ok := strings.CutPrefix(kv, "Entity="); ok {
					ent = v
				}
			}
			closeEnt := func(o open) {
				if o.typ == "place" {
					cur.places = append(cur.places, gumPlace{start: o.start, end: end, title: o.title, proper: o.proper})
				} else {
					cur.others = append(cur.others, [2]int{o.start, end})
				}
			}
			for j := 0; j < len(ent); {
				switch {
				case ent[j] == '(':
					k := j + 1
					for k < len(ent) && ent[k] != '(' && ent[k] != ')' {
						k++
					}
					fields := strings.Split(ent[j+1:k], "-")
					o := open{start: start, proper: upos == "PROPN"}
					if len(fields) >= 2 {
						o.id, o.typ = fields[0], fields[1]
					}
					if len(fields) >= 8 {
						o.title = strings.Join(fields[7:], "-")
					}
					if k < len(ent) && ent[k] == ')' {
						closeEnt(o)
						k++
					} else {
						stack = append(stack, o)
					}
					j = k
				case ent[j] >= '0' && ent[j] <= '9':
					k := j
					for k < len(ent) && ent[k] >= '0' && ent[k] <= '9' {
						k++
					}
					id := ent[j:k]
					if k < len(ent) && ent[k] == ')' {
						k++
						for s := len(stack) - 1; s >= 0; s-- {
							if stack[s].id == id {
								closeEnt(stack[s])
								stack = append(stack[:s], stack[s+1:]...)
								break
							}
						}
					}
					j = k
				default:
					j++
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// wikiPlace resolves a Wikipedia title such as "Paris,_Texas" with the
// gazetteer: the best place of that name, inside the named container if
// the title has one.
func wikiPlace(g *Gazetteer, title string) (Candidate, bool) {
	title = strings.ReplaceAll(title, "_", " ")
	name, within, hasWithin := strings.Cut(title, ", ")
	cs := g.Lookup(name)
	if len(cs) == 0 {
		return Candidate{}, false
	}
	if hasWithin {
		for _, w := range g.Lookup(within) {
			for _, c := range cs {
				if c.Country == w.Country && (w.Feature == FeatureCountry || c.ADM1 == w.ADM1) {
					return c, true
				}
			}
		}
	}
	return cs[0], true
}

// TestGUM measures Find on the place entities of the GUM treebank (real
// English text of many genres, news among them, CC BY 4.0 in ../shared):
// recall of linked, named places the gazetteer knows, precision of the
// toponyms found, and agreement of the resolved country with the
// country of the Wikipedia page the annotators linked.
func TestGUM(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the whole GUM treebank")
	}
	g := mustDefault(t)
	var sentences []gumSentence
	for _, part := range []string{"train", "dev", "test"} {
		sentences = append(sentences, readGUM(t, filepath.Join("..", "..", "shared", "data", "ud", "en_gum-ud-"+part+".conllu"))...)
	}
	var gold, found, agreeN, agree, toponyms, onPlace, onOther, countryOnOther int
	var misses, wrong, fps []string
	ctxs := map[string]*Context{}
	for _, s := range sentences {
		ctx := ctxs[s.doc]
		if ctx == nil {
			ctx = NewContext()
			ctxs[s.doc] = ctx
		}
		tps := g.Find(s.text, 0, ctx)
		overlaps := func(a, b, c, d int) bool { return a < d && c < b }
		for _, tp := range tps {
			toponyms++
			hit := false
			for _, p := range s.places {
				if overlaps(tp.Start, tp.End, p.start, p.end) {
					hit = true
				}
			}
			if hit {
				onPlace++
				continue
			}
			for _, o := range s.others {
				if overlaps(tp.Start, tp.End, o[0], o[1]) {
					// A country named for its team or government
					// ("England won", "Environment Canada") is still
					// that country.
					if tp.Place.Feature == FeatureCountry {
						countryOnOther++
						break
					}
					onOther++
					fps = append(fps, tp.Text+" → "+tp.Place.Country+" in "+strconv.Quote(s.text))
					break
				}
			}
		}
		for _, p := range s.places {
			if !p.proper || p.title == "" {
				continue
			}
			want, ok := wikiPlace(g, p.title)
			if !ok {
				continue // outside the gazetteer: continents, buildings, streets
			}
			gold++
			var hit *Toponym
			for i := range tps {
				if overlaps(tps[i].Start, tps[i].End, p.start, p.end) {
					hit = &tps[i]
				}
			}
			if hit == nil {
				misses = append(misses, s.text[p.start:p.end]+" ("+p.title+")")
				continue
			}
			found++
			agreeN++
			if hit.Place.Country == want.Country {
				agree++
			} else {
				wrong = append(wrong, hit.Text+" → "+hit.Place.Country+" "+hit.Place.Name+", linked "+p.title+" ("+want.Country+")")
			}
		}
	}
	if testing.Verbose() {
		for _, m := range misses {
			t.Log("missed:", m)
		}
		for _, w := range wrong {
			t.Log("country:", w)
		}
		for _, f := range fps {
			t.Log("not a place:", f)
		}
	}
	recall := float64(found) / float64(gold)
	country := float64(agree) / float64(agreeN)
	// Toponyms inside entities of other types (people, organisations)
	// are errors, but for countries named for their teams or
	// institutions; toponyms outside any entity are not counted.
	precision := float64(onPlace) / float64(onPlace+onOther)
	t.Logf("GUM: %d sentences, %d linked named places in the gazetteer's scope: recall %.3f, country agreement %.3f; %d toponyms: %d on place entities, %d countries and %d others on other entities: precision %.3f",
		len(sentences), gold, recall, country, toponyms, onPlace, countryOnOther, onOther, precision)
	if recall < 0.86 || country < 0.95 || precision < 0.86 {
		t.Errorf("GUM: recall %.3f (want ≥ 0.86), country agreement %.3f (want ≥ 0.95), precision %.3f (want ≥ 0.86)", recall, country, precision)
	}
}
