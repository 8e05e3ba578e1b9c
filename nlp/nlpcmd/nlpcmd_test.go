package nlpcmd

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/nlp"
)

// tinyModel trains a small model from the nlp package's hand-written test
// treebank and writes it to a temporary file.
func tinyModel(t *testing.T) (modelFile, conllu string) {
	t.Helper()
	dir := t.TempDir()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "tiny.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{nlp.EWTTrain, nlp.EWTDev, nlp.GUMTrain, nlp.GUMDev} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var stderr bytes.Buffer
	out := filepath.Join(dir, "out")
	code := Main([]string{"train", "--ud", dir, "--out", out, "--tag-epochs", "2", "--parse-epochs", "2", "--ner-epochs", "2", "--folds", "2", "--table-bits", "12"}, nil, &bytes.Buffer{}, &stderr)
	if code != 0 {
		t.Fatalf("train exit %d: %s", code, stderr.String())
	}
	return filepath.Join(out, nlp.ModelFile), filepath.Join(dir, nlp.EWTDev)
}

func TestCommands(t *testing.T) {
	model, conllu := tinyModel(t)
	tests := []struct {
		name   string
		args   []string
		stdin  string
		code   int
		stdout []string // substrings expected on stdout
	}{
		{"no command", nil, "", 2, nil},
		{"unknown", []string{"frobnicate"}, "", 2, nil},
		{"help", []string{"--help"}, "", 0, []string{"eval --conllu FILE"}},
		{"eval help", []string{"eval", "--help"}, "", 0, nil},
		{"eval missing file flag", []string{"eval"}, "", 2, nil},
		{"eval", []string{"eval", "--model", model, "--conllu", conllu}, "", 0, []string{"UPOS:", "UAS:", "LAS:", "Lemma:", "tokens/s:", "NER PERSON"}},
		{"eval bad file", []string{"eval", "--model", model, "--conllu", "/nonexistent.conllu"}, "", 1, nil},
		{"parse stdin", []string{"parse", "--model", model}, "Maria visited Paris. The bank hired two clerks.\n", 0,
			[]string{"# text = Maria visited Paris.", "1\tMaria\t", "# text = The bank hired two clerks."}},
		{"train missing flags", []string{"train"}, "", 2, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := Main(tt.args, strings.NewReader(tt.stdin), &stdout, &stderr)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tt.code, stderr.String())
			}
			for _, want := range tt.stdout {
				if !strings.Contains(stdout.String(), want) {
					t.Errorf("stdout lacks %q:\n%s", want, stdout.String())
				}
			}
		})
	}
}

func TestSplitSentences(t *testing.T) {
	text := "Gen. Smith met Mr. Jones in the U.S. on Monday. “We agree,” he said! Next line\nNew paragraph? Yes."
	var got []string
	for _, sp := range SplitSentences(text) {
		got = append(got, text[sp[0]:sp[1]])
	}
	want := []string{"Gen. Smith met Mr. Jones in the U.S. on Monday.", "“We agree,” he said!", "Next line", "New paragraph?", "Yes."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q\nwant %q", got, want)
	}
}
