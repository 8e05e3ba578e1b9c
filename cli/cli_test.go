package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/examples"
	"github.com/dyadproject/dyad/server"
	"github.com/dyadproject/dyad/store"
	"golang.org/x/text/encoding/charmap"
)

const seedPath = "../../shared/seed/000_89e8973d0803841e.txt"

// run runs the command line in process.
func run(t *testing.T, stdin string, args ...string) (status int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	status = Main(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return status, out.String(), errb.String()
}

// decodeEvents reads JSONL events and checks each keeps the contract.
func decodeEvents(t *testing.T, out string) []dyad.Event {
	t.Helper()
	var evs []dyad.Event
	for i, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var raw map[string]any
		if err := json.Unmarshal([]byte(line), &raw); err != nil {
			t.Fatalf("line %d is not JSON: %v: %q", i+1, err, line)
		}
		for _, k := range []string{"doc_id", "sentence", "cameo", "root", "quad", "goldstein", "plover", "plover_mode", "source", "target", "date", "date_precision", "place", "negated", "modality", "evidence"} {
			if _, ok := raw[k]; !ok {
				t.Errorf("line %d lacks contract field %q", i+1, k)
			}
		}
		var e dyad.Event
		json.Unmarshal([]byte(line), &e)
		if e.Source == nil || e.Source.Roles == nil {
			t.Errorf("line %d: source must be set with roles a list: %q", i+1, line)
		}
		if !strings.HasPrefix(e.CAMEO, e.Root) || e.Evidence.Pattern == "" || e.Evidence.SentenceText == "" {
			t.Errorf("line %d: inconsistent event %q", i+1, line)
		}
		evs = append(evs, e)
	}
	return evs
}

func TestCodeSeed(t *testing.T) {
	if _, err := os.Stat(seedPath); err != nil {
		t.Skipf("the seed article is not here (%v): ../shared is absent", err)
	}
	st, out, errOut := run(t, "", "code", "--date", "2021-06-22", seedPath)
	if st != 0 {
		t.Fatalf("status %d: %s", st, errOut)
	}
	evs := decodeEvents(t, out)
	if len(evs) < 5 {
		t.Errorf("%d events from the seed, want at least 5:\n%s", len(evs), out)
	}
	// The events ../shared/DESIGN.md lists for the seed, as (source
	// country, CAMEO prefix, target country, date or "").
	type key struct{ src, code, tgt, date string }
	listed := []struct {
		key
		required bool
	}{
		{key{"IRN", "125", "USA", ""}, true},           // rules out talks with the US
		{key{"IRN", "02", "USA", ""}, true},            // calls on the US to rejoin the deal
		{key{"ISR", "195", "IRN", ""}, true},           // airstrikes on Iranian targets in Syria
		{key{"ISR", "042", "USA", "2021-06-21"}, true}, // Kochavi in Washington on Monday
		{key{"IRN", "072", "YEM", ""}, true},           // missile technology to the Houthis
		{key{"YEM", "19", "SAU", ""}, true},            // Houthi missiles into Saudi Arabia
		{key{"USA", "186", "IRN", ""}, true},           // the drone strike that killed Soleimani (a shallow reading: the tagger takes "assassinating" for a noun)
	}
	found := func(k key) bool {
		for _, e := range evs {
			tgt := ""
			if e.Target != nil {
				tgt = e.Target.Country
			}
			if e.Source.Country == k.src && strings.HasPrefix(e.CAMEO, k.code) && tgt == k.tgt && (k.date == "" || e.Date == k.date) {
				return true
			}
		}
		return false
	}
	for _, l := range listed {
		switch {
		case found(l.key):
		case l.required:
			t.Errorf("seed: no event %+v", l.key)
		default:
			t.Logf("seed: not yet found %+v (needs a better parse)", l.key)
		}
	}
	// "... his political rival, Abdolnasser Hemmati, who said earlier
	// this month he'd be open to meeting Biden if elected": the offer is
	// Hemmati's, not Raisi's.
	for _, e := range evs {
		if e.Modality == "conditional" && strings.HasPrefix(e.CAMEO, "03") && e.Source.Name != "Abdolnasser Hemmati" {
			t.Errorf("seed: conditional offer by %q (%s), want Abdolnasser Hemmati", e.Source.Name, e.Source.Code)
		}
	}
	for _, e := range evs {
		for _, f := range []string{"Skip to main content", "Read more", "By June 22"} {
			if strings.Contains(e.Evidence.SentenceText, f) {
				t.Errorf("event coded from page furniture: %+v", e)
			}
		}
	}
}

func TestCodeCorpusFormats(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"corpus/01_vienna_nuclear_talks.txt", "corpus/17_ukraine_grain_deal.html"} {
		b, err := examples.Corpus.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, filepath.Base(name)), b, 0o644)
	}
	st, out, errOut := run(t, "", "code", dir)
	if st != 0 {
		t.Fatalf("status %d: %s", st, errOut)
	}
	evs := decodeEvents(t, out)
	docs := map[string]bool{}
	for _, e := range evs {
		docs[e.DocID] = true
	}
	if !docs["01_vienna_nuclear_talks"] || !docs["17_ukraine_grain_deal"] {
		t.Errorf("want events from the text and the HTML article, got docs %v", docs)
	}
	st, out, _ = run(t, "", "code", "--format", "tsv", dir)
	if lines := strings.Split(strings.TrimSpace(out), "\n"); st != 0 || len(lines) != len(evs)+1 {
		t.Errorf("tsv: status %d, %d lines for %d events", st, len(lines), len(evs))
	}
	st, out, _ = run(t, string(examples.Batch), "code", "--input", "jsonl", "-")
	if st != 0 || len(decodeEvents(t, out)) == 0 {
		t.Errorf("jsonl from stdin: status %d, output %q", st, out)
	}
}

// TestBadInputBatch: every kind of bad document is reported on stderr by
// name, the rest of the batch is coded, and the exit status is zero.
func TestBadInputBatch(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good, _ := examples.Corpus.ReadFile("corpus/01_vienna_nuclear_talks.txt")
	write("a_empty.txt", nil)
	write("b_binary.txt", []byte{0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0})
	write("c_noarticle.html", []byte(`<html><body><nav><a href="/">Home</a></nav><form><input name=q></form></body></html>`))
	write("d_latin.txt", []byte("The minister said \xff\xfe it was over."))
	arabic, _ := charmap.Windows1256.NewEncoder().String(`<html><head><meta charset="windows-1256"><title>خبر</title></head><body><article><p>أعلنت الحكومة اليوم عن اتفاق جديد مع الدول المجاورة بشأن التجارة والحدود المشتركة بين البلدين.</p><p>وقال وزير الخارجية في مؤتمر صحفي إن المفاوضات ستستمر الأسبوع المقبل في العاصمة لمناقشة التفاصيل.</p></article></body></html>`)
	write("e_arabic.html", []byte(arabic))
	big := filepath.Join(dir, "f_big.txt")
	f, _ := os.Create(big)
	f.Truncate(50 << 20)
	f.Close()
	write("g_batch.jsonl", []byte("not json\n{\"id\": \"nt\", \"title\": \"no text\"}\n{\"id\": \"ok1\", \"text\": \"Chile and Peru signed a border agreement in Lima on Monday.\", \"date\": \"2020-03-03\"}\n"))
	write("h_good.txt", good)
	missing := filepath.Join(dir, "nope.txt")

	st, out, errOut := run(t, "", "code", dir, missing, "http://127.0.0.1:1/unreachable")
	if st != 0 {
		t.Errorf("status %d, want 0 since some documents were coded; stderr:\n%s", st, errOut)
	}
	for _, want := range []string{"a_empty", "b_binary", "c_noarticle", "d_latin", "f_big", "g_batch.jsonl:line 1", "g_batch.jsonl:line 2 (id nt)", "nope.txt", "127.0.0.1:1"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr does not name %q:\n%s", want, errOut)
		}
	}
	if strings.Contains(errOut, "e_arabic") {
		t.Errorf("the windows-1256 page was rejected:\n%s", errOut)
	}
	docs := map[string]bool{}
	for _, e := range decodeEvents(t, out) {
		docs[e.DocID] = true
	}
	if !docs["h_good"] || !docs["ok1"] {
		t.Errorf("the good documents were not coded: %v", docs)
	}

	// Nothing could be done: a non-zero status.
	st, _, _ = run(t, "", "code", filepath.Join(dir, "a_empty.txt"), missing)
	if st == 0 {
		t.Error("status 0 when nothing could be coded")
	}
	// The extract command reports the same way.
	st, out, errOut = run(t, "", "extract", filepath.Join(dir, "e_arabic.html"), filepath.Join(dir, "b_binary.txt"))
	if st != 0 || !strings.Contains(out, "أعلنت الحكومة") || !strings.Contains(errOut, "b_binary") {
		t.Errorf("extract: status %d, out %q, err %q", st, out, errOut)
	}
}

// TestIngestServe codes sample articles into a database, twice, and reads
// the events back from the store and through the HTTP API.
func TestIngestServe(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"corpus/01_vienna_nuclear_talks.txt", "corpus/18_gaza_ceasefire.html"} {
		b, _ := examples.Corpus.ReadFile(name)
		os.WriteFile(filepath.Join(dir, filepath.Base(name)), b, 0o644)
	}
	db := filepath.Join(t.TempDir(), "t.db")
	for i := range 2 {
		st, _, errOut := run(t, "", "ingest", "--db", db, dir)
		if st != 0 {
			t.Fatalf("ingest %d: status %d: %s", i, st, errOut)
		}
		if i == 1 && !strings.Contains(errOut, "0 added, 2 already stored") {
			t.Errorf("second ingest should store nothing new: %s", errOut)
		}
	}
	ctx := context.Background()
	s, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	stats, err := s.Stats(ctx)
	if err != nil || stats.Articles != 2 || stats.Events == 0 {
		t.Fatalf("stats %+v, %v", stats, err)
	}
	srv := httptest.NewServer(server.New(s, server.Options{}))
	defer srv.Close()
	var page struct {
		Events []dyad.Event `json:"events"`
		Total  int          `json:"total"`
	}
	get := func(path string, v any) int {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		json.NewDecoder(resp.Body).Decode(v)
		return resp.StatusCode
	}
	if code := get("/api/events?limit=1000", &page); code != 200 || page.Total != stats.Events || len(page.Events) != stats.Events {
		t.Fatalf("GET /api/events: %d, total %d, %d events; store has %d", code, page.Total, len(page.Events), stats.Events)
	}
	var e dyad.Event
	for _, ev := range page.Events {
		if ev.Source.Country != "" {
			e = ev
			break
		}
	}
	if e.ArticleID == "" {
		t.Fatalf("event without article_id: %+v", e)
	}
	country := e.Source.Country
	if code := get("/api/events?country="+country, &page); code != 200 || page.Total == 0 {
		t.Errorf("filter by country %s: %d, total %d", country, code, page.Total)
	}
	for _, ev := range page.Events {
		if ev.Source.Country != country && (ev.Target == nil || ev.Target.Country != country) {
			t.Errorf("country filter %s returned %+v", country, ev)
		}
	}
	var art struct {
		Article dyad.Article `json:"article"`
		Events  []dyad.Event `json:"events"`
	}
	if code := get("/api/articles/"+e.ArticleID, &art); code != 200 || art.Article.ID != e.ArticleID || len(art.Events) == 0 {
		t.Errorf("GET /api/articles/%s: %d, %+v", e.ArticleID, code, art.Article)
	}
	if code := get("/api/articles/nope", &art); code != 404 {
		t.Errorf("missing article: status %d", code)
	}
}

func TestUsage(t *testing.T) {
	if st, _, errOut := run(t, "", "frobnicate"); st != 2 || !strings.Contains(errOut, "unknown command") {
		t.Errorf("unknown command: %d %q", st, errOut)
	}
	for _, c := range []string{"code", "extract", "ingest", "serve", "demo", "version", "eval"} {
		if st, _, errOut := run(t, "", c, "--help"); st != 0 || !strings.Contains(errOut, "Usage: dyad "+c) {
			t.Errorf("%s --help: %d %q", c, st, errOut)
		}
	}
	if st, _, _ := run(t, "", "code", "--date", "22/06/2021", "x"); st != 2 {
		t.Errorf("bad --date: status %d", st)
	}
}

func TestDictCommands(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "good.txt"), []byte("Atlantis\n  kind: country\n  code: ATL\n"), 0o644)
	if st, out, errOut := run(t, "", "dict", "check", dir); st != 0 || !strings.Contains(out, "ok") {
		t.Errorf("check good: %d %q %q", st, out, errOut)
	}
	os.WriteFile(filepath.Join(dir, "bad.txt"), []byte("Nowhere\n  kind: planet\n"), 0o644)
	if st, _, errOut := run(t, "", "dict", "check", dir); st != 1 || !strings.Contains(errOut, "bad.txt:2") {
		t.Errorf("check bad: %d %q", st, errOut)
	}
	st, out, errOut := run(t, "", "dict", "import", "../actor/testdata/petrarch_actors.txt")
	if st != 0 || !strings.Contains(out, "  code: ") {
		t.Fatalf("import: %d %q %q", st, out, errOut)
	}
	// What import writes, check accepts.
	imp := t.TempDir()
	os.WriteFile(filepath.Join(imp, "imported.txt"), []byte(out), 0o644)
	if st, _, errOut := run(t, "", "dict", "check", imp); st != 0 {
		t.Errorf("imported dictionary does not check: %s", errOut)
	}
}

func TestDemoNoServe(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	st, out, errOut := run(t, "", "demo", "--no-serve", "--db", db)
	if st != 0 || !strings.Contains(out, "24 articles") {
		t.Fatalf("demo: %d %q %q", st, out, errOut)
	}
	if st, _, errOut := run(t, "", "demo", "--no-serve", "--db", db); st == 0 || !strings.Contains(errOut, "exists") {
		t.Errorf("demo over an existing database: %d %q", st, errOut)
	}
}

func TestUnknownLists(t *testing.T) {
	db := filepath.Join(t.TempDir(), "u.db")
	if st, _, errOut := run(t, "", "demo", "--no-serve", "--db", db); st != 0 {
		t.Fatal(errOut)
	}
	st, out, errOut := run(t, "", "actors", "unknown", "--db", db, "--limit", "5")
	if st != 0 || len(strings.Split(strings.TrimSpace(out), "\n")) != 5 {
		t.Errorf("actors unknown: %d %q %q", st, out, errOut)
	}
	st, out, errOut = run(t, "", "verbs", "unknown", "--limit", "3", "../examples/corpus/01_vienna_nuclear_talks.txt")
	if st != 0 || len(strings.Split(strings.TrimSpace(out), "\n")) != 3 {
		t.Errorf("verbs unknown: %d %q %q", st, out, errOut)
	}
}

// TestEvalDyadic scores a PETRARCH file written here: its gold holds
// dyadic events only, so a ceasefire declared to no one is not counted
// against the coder unless --dyadic off; and `code --dyadic` drops it.
func TestEvalDyadic(t *testing.T) {
	gold := filepath.Join(t.TempDir(), "gold.xml")
	xml := `<Sentences>
<Sentence date="20240301" id="t-1"><Text>The Colombian army declared a unilateral ceasefire on Friday.</Text></Sentence>
<Sentence date="20240301" id="t-2"><Text>Kenya condemned Uganda on Monday.</Text>
<EventCoding sourcecode="KEN" targetcode="UGA" eventcode="111"/></Sentence>
</Sentences>`
	if err := os.WriteFile(gold, []byte(xml), 0o644); err != nil {
		t.Fatal(err)
	}
	last := func(out string) string {
		lines := strings.Split(strings.TrimSpace(out), "\n")
		return lines[len(lines)-1]
	}
	for _, tt := range []struct {
		flag, want string
	}{
		{"auto", "P 1.000  R 1.000  F1 1.000"},
		{"on", "P 1.000  R 1.000  F1 1.000"},
		{"off", "P 0.500  R 1.000  F1 0.667"},
	} {
		st, out, errOut := run(t, "", "eval", "--gold", gold, "--dyadic", tt.flag)
		if st != 0 {
			t.Fatalf("--dyadic %s: status %d: %s", tt.flag, st, errOut)
		}
		if got := last(out); !strings.Contains(got, tt.want) {
			t.Errorf("--dyadic %s: last line %q, want %q", tt.flag, got, tt.want)
		}
	}
	if st, _, _ := run(t, "", "eval", "--gold", gold, "--dyadic", "maybe"); st != 2 {
		t.Errorf("--dyadic maybe: status %d, want 2", st)
	}
	// A protest keeps the target CAMEO understands (the government), so
	// it stays dyadic.
	text := "The Colombian army declared a unilateral ceasefire on Friday. Kenya condemned Uganda on Monday. Thousands of Kenyan students marched through Nairobi on Tuesday.\n"
	_, all, _ := run(t, text, "code", "--date", "2024-03-01")
	_, dyadic, _ := run(t, text, "code", "--date", "2024-03-01", "--dyadic")
	d := decodeEvents(t, dyadic)
	if n := len(decodeEvents(t, all)); n != 3 || len(d) != 2 {
		t.Fatalf("code: %d events, with --dyadic %d, want 3 and 2", n, len(d))
	}
	for _, e := range d {
		if e.Target == nil || e.Target.Code == "" {
			t.Errorf("--dyadic: event %s has no target", e.CAMEO)
		}
	}
	if d[1].CAMEO != "141" || d[1].Target.Code != "KENGOV" {
		t.Errorf("--dyadic: protest %s toward %s, want 141 toward KENGOV", d[1].CAMEO, d[1].Target.Code)
	}
}
