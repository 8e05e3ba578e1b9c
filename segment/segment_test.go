package segment

import (
	"reflect"
	"testing"

	"github.com/dyadproject/dyad"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []string
	}{
		{"simple", []string{"The army moved. The rebels fled."}, []string{"The army moved.", "The rebels fled."}},
		{"titles", []string{"Troops loyal to Maj. Gen. Omar Haddad entered the town. Sen. Ruiz objected."},
			[]string{"Troops loyal to Maj. Gen. Omar Haddad entered the town.", "Sen. Ruiz objected."}},
		{"abbreviations", []string{"The U.S. said on Monday it would act. Mr. Smith went to Washington at 3 p.m. on Friday."},
			[]string{"The U.S. said on Monday it would act.", "Mr. Smith went to Washington at 3 p.m. on Friday."}},
		{"quote end", []string{"“We will not retreat,” the minister said. He left."},
			[]string{"“We will not retreat,” the minister said.", "He left."}},
		{"quote spanning sentences", []string{"She told reporters that the deal “is close. The gaps are small.” Talks resume Monday."},
			[]string{"She told reporters that the deal “is close.", "The gaps are small.”", "Talks resume Monday."}},
		{"paragraphs never share a sentence", []string{"First paragraph without a stop", "Second one."},
			[]string{"First paragraph without a stop", "Second one."}},
		{"empty paragraph", []string{"", "  ", "Only this."}, []string{"Only this."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &dyad.Article{Paragraphs: tt.paras}
			text := a.Text()
			var got []string
			for i, s := range Split(a) {
				if s.Index != i {
					t.Errorf("sentence %d has index %d", i, s.Index)
				}
				if text[s.Start:s.End] != s.Text {
					t.Errorf("sentence %d: text[%d:%d] = %q, want %q", i, s.Start, s.End, text[s.Start:s.End], s.Text)
				}
				got = append(got, s.Text)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Split() =\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestSplitParagraphIndex(t *testing.T) {
	a := &dyad.Article{Paragraphs: []string{"One. Two.", "Three."}}
	got := Split(a)
	want := []int{0, 0, 1}
	for i, s := range got {
		if s.Paragraph != want[i] {
			t.Errorf("sentence %d in paragraph %d, want %d", i, s.Paragraph, want[i])
		}
	}
}

func BenchmarkSplit(b *testing.B) {
	a := &dyad.Article{Paragraphs: []string{
		"Iran's foreign minister met his Turkish counterpart in Ankara on Monday. The two discussed trade and security. Officials said a deal was close.",
		"Maj. Gen. Omar Haddad told reporters the army would withdraw. The U.S. welcomed the move.",
	}}
	b.ReportAllocs()
	for b.Loop() {
		Split(a)
	}
}

// TestSingle checks the paragraphs Paragraph gives whole without Punkt:
// only those with no sentence-ending mark before their last word, which
// Punkt splits nowhere.
func TestSingle(t *testing.T) {
	tk, err := tokenizer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		p    string
		want bool
	}{
		{"The army moved into the town on Monday, officials said.", true},
		{"  Troops fired on protesters in the capital  ", true},
		{"Word", true},
		{"", true},
		{"The army moved. The rebels fled.", false},
		{"The U.S. said it would act.", false},
		{"Did the army move? Nobody knows.", false},
		{"Growth was 3.5 percent", false},
		{"Troops fired on protesters。Police", false},
		{"Troops fired on protesters。", true},
	} {
		if got := single(tt.p); got != tt.want {
			t.Errorf("single(%q) = %v, want %v", tt.p, got, tt.want)
		}
		if tt.want && len(tk.Tokenize(tt.p)) > 1 {
			t.Errorf("%q: Punkt splits a paragraph taken as one sentence", tt.p)
		}
	}
}
