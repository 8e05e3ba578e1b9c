package quote

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// want is one expected quote: its text, the speaker's words ("" for a nil
// speaker) and whether it is partial.
type want struct {
	text, speaker string
	partial       bool
}

func (w want) String() string {
	return fmt.Sprintf("{%q by %q partial=%v}", w.text, w.speaker, w.partial)
}

func got(q dyad.Quote) want {
	w := want{text: q.Text, partial: q.Partial}
	if q.Speaker != nil {
		w.speaker = q.Speaker.Text
	}
	return w
}

// checkSpans verifies the invariants every quote must keep: Text and
// Speaker.Text are the text at their spans, Roles is not nil, Sentence
// holds the quote's start.
func checkSpans(t *testing.T, a *dyad.Article, sents []dyad.Sentence, qs []dyad.Quote) {
	t.Helper()
	text := a.Text()
	for _, q := range qs {
		if text[q.Span[0]:q.Span[1]] != q.Text {
			t.Errorf("quote %q: span %v holds %q", q.Text, q.Span, text[q.Span[0]:q.Span[1]])
		}
		if sp := q.Speaker; sp != nil {
			if text[sp.Span[0]:sp.Span[1]] != sp.Text {
				t.Errorf("speaker %q: span %v holds %q", sp.Text, sp.Span, text[sp.Span[0]:sp.Span[1]])
			}
			if sp.Roles == nil || sp.Code != "" {
				t.Errorf("speaker %q: want empty codes and non-nil roles, got %+v", sp.Text, sp)
			}
		}
		if len(sents) > 0 {
			s := sents[q.Sentence]
			if q.Span[0] < s.Start || q.Span[0] >= s.End {
				t.Errorf("quote %q at %d: sentence %d spans [%d,%d)", q.Text, q.Span[0], q.Sentence, s.Start, s.End)
			}
		}
	}
}

func TestFind(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"straight double, X said", []string{`"We will win," the minister said.`},
			[]want{{"We will win", "the minister", false}}},
		{"curly, name said", []string{`“The talks are over,” Lavrov said on Monday.`},
			[]want{{"The talks are over", "Lavrov", false}}},
		{"said X, appositive dropped", []string{`“Farmers will pay for this first,” said Tomas Brenner, a retired trade negotiator.`},
			[]want{{"Farmers will pay for this first", "Tomas Brenner", false}}},
		{"appositive between name and verb", []string{`“It is a step back,” Tomas Brenner, the ministry’s former chief negotiator for Latin America, said.`},
			[]want{{"It is a step back", "Tomas Brenner", false}}},
		{"description then name", []string{`“We are ready,” said the foreign minister, Sergei Lavrov.`},
			[]want{{"We are ready", "the foreign minister, Sergei Lavrov", false}}},
		{"title before name, partial after that", []string{`Chilean envoy Paula Riquelme said on Friday that “two chapters remain open” amid the talks.`},
			[]want{{"two chapters remain open", "Chilean envoy Paula Riquelme", true}}},
		{"X said colon", []string{`A senior official said: “Our message will be simple. Stop covering for Assad.”`},
			[]want{{"Our message will be simple. Stop covering for Assad.", "A senior official", false}}},
		{"X said comma", []string{`The spokesman said, “We have nothing to add.”`},
			[]want{{"We have nothing to add.", "The spokesman", false}}},
		{"according to X after", []string{`“The talks have failed,” according to a senior diplomat.`},
			[]want{{"The talks have failed", "a senior diplomat", false}}},
		{"according to X before", []string{`According to the Venezuelan Observatory of Social Conflict, “the repression is systematic.”`},
			[]want{{"the repression is systematic.", "the Venezuelan Observatory of Social Conflict", false}}},
		{"X told Y that", []string{`Riquelme told Reuters that “the draft is nearly done. Only the annex is left.”`},
			[]want{{"the draft is nearly done. Only the annex is left.", "Riquelme", true}}},
		{"X added, pronoun", []string{`“We will not back down,” she added.`},
			[]want{{"We will not back down", "she", false}}},
		{"X wrote on Twitter", []string{`“Diplomats must never be targets,” the ambassador wrote on Twitter.`},
			[]want{{"Diplomats must never be targets", "the ambassador", false}}},
		{"X tweeted colon", []string{`The senator tweeted: “This is a disgrace.”`},
			[]want{{"This is a disgrace.", "The senator", false}}},
		{"X said in a statement", []string{`“Every option remains on the table,” the bloc said in a statement.`},
			[]want{{"Every option remains on the table", "the bloc", false}}},
		{"several sentences, speaker after the last", []string{`“We are not in a hurry. The Americans know the way back,” the envoy said.`},
			[]want{{"We are not in a hurry. The Americans know the way back", "the envoy", false}}},
		{"interrupted, speaker after the first", []string{`“We warned them,” a US diplomat said. “They chose not to listen. Now they pay.”`},
			[]want{{"We warned them", "a US diplomat", false}, {"They chose not to listen. Now they pay.", "a US diplomat", false}}},
		{"interrupted mid-sentence", []string{`“We are ready,” he said, “and we will not back down.”`},
			[]want{{"We are ready", "he", false}, {"and we will not back down.", "he", false}}},
		{"multi-paragraph quote, speaker at the end", []string{
			`“Families here have lost everything. The rebuilding will take years.`,
			`“The crossings must open now,” said Samira Haddad, an aid coordinator.`},
			[]want{{"Families here have lost everything. The rebuilding will take years.", "Samira Haddad", false},
				{"The crossings must open now", "Samira Haddad", false}}},
		{"multi-paragraph quote, speaker in the first", []string{
			`“We hold the line,” the general said. “We will hold it tomorrow.`,
			`“And the day after.”`},
			[]want{{"We hold the line", "the general", false}, {"We will hold it tomorrow.", "the general", false},
				{"And the day after.", "the general", false}}},
		{"paragraph of quote continues the previous speaker", []string{
			`“We will respond,” Lavrov said.`, `“Nobody should doubt it.”`},
			[]want{{"We will respond", "Lavrov", false}, {"Nobody should doubt it.", "Lavrov", false}}},
		{"partial quote, subject of reporting verb", []string{`Paula Riquelme, who was appointed on Friday, called the fishing quota “untouchable” and urged Peru to return to the table.`},
			[]want{{"untouchable", "Paula Riquelme", true}}},
		{"partial quote, description and name", []string{`An EU spokeswoman, Elena Varga, called the meeting “constructive” on Tuesday.`},
			[]want{{"constructive", "An EU spokeswoman, Elena Varga", true}}},
		{"partial quote, coordinated verb", []string{`France condemned the attack and warned that it would respond “without delay” to any assault.`},
			[]want{{"without delay", "France", true}}},
		{"partial quote, speaker after", []string{`The deal is “a historic step”, the minister said.`},
			[]want{{"a historic step", "the minister", true}}},
		{"scare quotes skipped", []string{`Fighters of the so-called “Islamic State” captured the town on Sunday.`}, nil},
		{"apostrophes are not quotes", []string{`Iran’s foreign minister said the deal “can’t be renegotiated” by Tehran’s rivals.`},
			[]want{{"can’t be renegotiated", "Iran’s foreign minister", true}}},
		{"curly single quotes", []string{`‘We don’t accept this,’ the spokesman said.`},
			[]want{{"We don’t accept this", "the spokesman", false}}},
		{"straight single quotes", []string{`'It's over,' said the coach.`},
			[]want{{"It's over", "the coach", false}}},
		{"nested quotes", []string{`“He told me ‘never again’ and left,” she said.`},
			[]want{{"He told me ‘never again’ and left", "she", false}}},
		{"relative clause dropped", []string{`“The window is small,” a diplomat who attended the talks told reporters.`},
			[]want{{"The window is small", "a diplomat", false}}},
		{"question", []string{`“Who will pay for this?” she asked.`},
			[]want{{"Who will pay for this?", "she", false}}},
		{"new sentence after a quote is not an attribution", []string{`“We are ready.” The minister said talks would resume in May.`},
			[]want{{"We are ready.", "", false}}},
		{"participle", []string{`The minister rejected the plan, saying: “It is dead.”`},
			[]want{{"It is dead.", "The minister", false}}},
		{"participle after finite verb", []string{`The army said talks would continue, adding: “We remain hopeful.”`},
			[]want{{"We remain hopeful.", "The army", false}}},
		{"quoted as saying", []string{`Lavrov was quoted as saying: “Nobody wants a war.”`},
			[]want{{"Nobody wants a war.", "Lavrov", false}}},
		{"two speakers in a paragraph", []string{`“Yes,” said Smith. “No,” said Jones.`},
			[]want{{"Yes", "Smith", false}, {"No", "Jones", false}}},
		{"adverbs between speaker and verb", []string{`“It is finished,” Lavrov also said.`},
			[]want{{"It is finished", "Lavrov", false}}},
		{"time phrase before the speaker", []string{`On Monday, the minister said: “We are done.”`},
			[]want{{"We are done.", "the minister", false}}},
		{"abbreviated title", []string{`“We cannot work for this regime,” said Dr. Thant Zin, a surgeon.`},
			[]want{{"We cannot work for this regime", "Dr. Thant Zin", false}}},
		{"coordinated speakers", []string{`“We oppose any interference,” Russia and China said in a joint statement.`},
			[]want{{"We oppose any interference", "Russia and China", false}}},
		{"noun that looks like a verb", []string{`The Lithuanian minister wrote that the Baltic states stood “shoulder to shoulder”.`},
			[]want{{"shoulder to shoulder", "The Lithuanian minister", true}}},
		{"unclosed quote mid-paragraph dropped", []string{`He said “we will see and left the room.`, `Talks resumed on Friday.`}, nil},
		{"rock 'n' roll", []string{`They played rock 'n' roll all night in the ’90s.`}, nil},
		{"plural possessive", []string{`The ministers’ meeting ended on Monday.`}, nil},
		{"guillemets", []string{`«We will stay,» the commander said.`},
			[]want{{"We will stay", "the commander", false}}},
		{"long unattributed quote kept with nil speaker", []string{`Police found a note that read “the war is not over yet”.`},
			[]want{{"the war is not over yet", "", true}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &dyad.Article{Paragraphs: tc.paras}
			sents := splitTest(a)
			qs := Find(a, sents)
			var gots []want
			for _, q := range qs {
				gots = append(gots, got(q))
			}
			if fmt.Sprint(gots) != fmt.Sprint(tc.want) {
				t.Errorf("Find(%q)\n got %v\nwant %v", strings.Join(tc.paras, " ¶ "), gots, tc.want)
			}
			checkSpans(t, a, sents, qs)
		})
	}
}

func TestFindSentenceIndex(t *testing.T) {
	a := &dyad.Article{Paragraphs: []string{
		`The talks ended on Monday.`,
		`“We warned them,” a US diplomat said. “They chose not to listen.”`,
	}}
	sents := splitTest(a)
	qs := Find(a, sents)
	if len(qs) != 2 || qs[0].Sentence != 1 || qs[1].Sentence != 2 {
		t.Fatalf("want quotes in sentences 1 and 2, got %+v", qs)
	}
	// Without sentences Find splits the text itself.
	qs2 := Find(a, nil)
	if len(qs2) != 2 || qs2[0].Sentence != 1 || qs2[1].Sentence != 2 {
		t.Fatalf("without sentences: want quotes in sentences 1 and 2, got %+v", qs2)
	}
}

func TestFindEmpty(t *testing.T) {
	if qs := Find(&dyad.Article{}, nil); qs != nil {
		t.Errorf("empty article: got %v", qs)
	}
	if qs := Find(nil, nil); qs != nil {
		t.Errorf("nil article: got %v", qs)
	}
	a := &dyad.Article{Paragraphs: []string{"No quotes here.", "", "None here either."}}
	if qs := Find(a, nil); len(qs) != 0 {
		t.Errorf("article without quotes: got %v", qs)
	}
}
