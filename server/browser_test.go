package server

import (
	"context"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestDashboardInBrowser loads the dashboard in headless Chromium, when one
// is installed, and checks what its JavaScript drew: the event table, the
// chart, and an article opened from a link with the event's source,
// trigger and target highlighted at the right characters (spans are byte
// offsets; the text has multi-byte characters before some of them).
func TestDashboardInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the browser test in -short mode")
	}
	var browser string
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			browser = p
			break
		}
	}
	if browser == "" {
		t.Skip("no Chromium or Chrome on PATH: install one to test the dashboard's JavaScript")
	}
	srv := newServer(t, newStore(t), Options{})
	dom := func(url string) string {
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		defer cancel()
		out, err := exec.CommandContext(ctx, browser, "--headless=new", "--no-sandbox", "--disable-gpu",
			"--no-first-run", "--user-data-dir="+t.TempDir(), "--virtual-time-budget=5000", "--dump-dom", url).Output()
		if err != nil {
			t.Fatalf("%s --dump-dom %s: %v", browser, url, err)
		}
		return string(out)
	}

	page := dom(srv.URL + "/?country=IRN&q=" + "Iran%27s" + "#a=art-c&e=1")
	rows := regexp.MustCompile(`<tr tabindex="0"`).FindAllString(page, -1)
	if len(rows) != 1 || !strings.Contains(page, "Iran's president-elect") {
		t.Errorf("event table: %d rows; want 1, the event of \"Iran's\" with country IRN", len(rows))
	}
	if n := strings.Count(page, `class="bar q`); n != 1 {
		t.Errorf("chart: %d bars; want 1", n)
	}
	if !strings.Contains(page, `id="error" role="alert" hidden=""`) {
		t.Errorf("the page shows an error")
	}
	marks := map[string]string{}
	for _, m := range regexp.MustCompile(`<mark class="([^"]*)">([^<]*)</mark>`).FindAllStringSubmatch(page, -1) {
		for _, cls := range strings.Fields(m[1]) {
			marks[cls] += m[2]
		}
	}
	for cls, want := range map[string]string{"source": "the militia", "trigger": "protests", "target": "Israeli"} {
		if marks[cls] != want {
			t.Errorf("article art-c, event 1: %s marked %q; want %q", cls, marks[cls], want)
		}
	}

	page = dom(srv.URL + "/#a=art-a&e=2")
	marks = map[string]string{}
	for _, m := range regexp.MustCompile(`<mark class="([^"]*)">([^<]*)</mark>`).FindAllStringSubmatch(page, -1) {
		for _, cls := range strings.Fields(m[1]) {
			marks[cls] += m[2]
		}
	}
	// Sentence 2 comes after "—", "«" and "»", which take several bytes.
	for cls, want := range map[string]string{"source": "Hossein Amiri", "trigger": "respond",
		"quote": "nuclear dealWe will respond to any attack,"} {
		if marks[cls] != want {
			t.Errorf("article art-a, event 2: %s marked %q; want %q", cls, marks[cls], want)
		}
	}
	if !strings.Contains(page, "the militia") || !strings.Contains(page, "×4") {
		t.Errorf("the unknown actors list does not show the militia ×4")
	}
}
