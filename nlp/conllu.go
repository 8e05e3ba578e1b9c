package nlp

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Word is one syntactic word of a CoNLL-U sentence (multiword-token ranges and
// empty nodes are dropped on reading).
type Word struct {
	Form, Lemma, UPOS, XPOS, Feats string
	Head                           int    // 0-based index of the head; -1 for the root
	Rel                            string // basic UD relation
	Misc                           string
}

// TreebankSentence is one sentence read from a CoNLL-U file.
type TreebankSentence struct {
	ID    string // sent_id comment, if any
	Doc   string // newdoc id in force, if any
	Text  string // text comment, if any
	Words []Word
}

// ReadCoNLLU reads every sentence of a CoNLL-U stream.
func ReadCoNLLU(r io.Reader) ([]TreebankSentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var out []TreebankSentence
	var cur TreebankSentence
	doc := ""
	line := 0
	flush := func() {
		if len(cur.Words) > 0 {
			cur.Doc = doc
			out = append(out, cur)
		}
		cur = TreebankSentence{}
	}
	for sc.Scan() {
		line++
		l := sc.Text()
		if l == "" {
			flush()
			continue
		}
		if strings.HasPrefix(l, "#") {
			switch {
			case strings.HasPrefix(l, "# newdoc id = "):
				doc = strings.TrimPrefix(l, "# newdoc id = ")
			case strings.HasPrefix(l, "# sent_id = "):
				cur.ID = strings.TrimPrefix(l, "# sent_id = ")
			case strings.HasPrefix(l, "# text = "):
				cur.Text = strings.TrimPrefix(l, "# text = ")
			}
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("cannot parse CoNLL-U line %d: %d fields", line, len(f))
		}
		if strings.ContainsAny(f[0], "-.") {
			continue // multiword token range or empty node
		}
		h, err := strconv.Atoi(f[6])
		if err != nil {
			h = 0 // unannotated head: attach to root
		}
		cur.Words = append(cur.Words, Word{Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Feats: f[5], Head: h - 1, Rel: f[7], Misc: f[9]})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("cannot read CoNLL-U at line %d: %w", line, err)
	}
	flush()
	return out, nil
}

// ReadCoNLLUFile reads every sentence of a CoNLL-U file.
func ReadCoNLLUFile(path string) ([]TreebankSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot open treebank: %w", err)
	}
	defer f.Close()
	s, err := ReadCoNLLU(f)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", path, err)
	}
	return s, nil
}

// WriteCoNLLU writes a parsed sentence in CoNLL-U format, with its text as a
// comment. id, if not empty, is written as the sent_id.
func WriteCoNLLU(w io.Writer, id string, s *Sentence) error {
	var b strings.Builder
	if id != "" {
		fmt.Fprintf(&b, "# sent_id = %s\n", id)
	}
	if s.Text != "" {
		fmt.Fprintf(&b, "# text = %s\n", strings.ReplaceAll(s.Text, "\n", " "))
	}
	for i, t := range s.Tokens {
		misc := []string{}
		if t.Ent != "" && t.Ent != "O" {
			misc = append(misc, "NE="+t.Ent)
		}
		if i+1 < len(s.Tokens) && s.Tokens[i+1].Start == t.End && t.End > 0 {
			misc = append(misc, "SpaceAfter=No")
		}
		m := "_"
		if len(misc) > 0 {
			m = strings.Join(misc, "|")
		}
		fmt.Fprintf(&b, "%d\t%s\t%s\t%s\t%s\t_\t%d\t%s\t_\t%s\n", i+1, orUnderscore(t.Text), orUnderscore(t.Lemma), orUnderscore(t.UPOS), orUnderscore(t.XPOS), t.Head+1, orUnderscore(t.Rel), m)
	}
	b.WriteByte('\n')
	_, err := io.WriteString(w, b.String())
	if err != nil {
		return fmt.Errorf("cannot write CoNLL-U: %w", err)
	}
	return nil
}

func orUnderscore(s string) string {
	if s == "" {
		return "_"
	}
	return s
}
