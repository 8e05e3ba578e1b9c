package article

import (
	"testing"
	"time"

	dps "github.com/markusmobius/go-dateparser"
)

// TestDateparserLazyRegexps checks the patched go-dateparser in
// third_party, whose expressions compile on first use, still parses dates
// in English and in other languages, from several goroutines at once.
func TestDateparserLazyRegexps(t *testing.T) {
	cfg := &dps.Configuration{CurrentTime: time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)}
	tests := []struct {
		in   string
		want string
	}{
		{"12 March 2021", "2021-03-12"},
		{"March 12, 2021", "2021-03-12"},
		{"le 12 mars 2021", "2021-03-12"},
		{"12. März 2021", "2021-03-12"},
		{"12 de marzo de 2021", "2021-03-12"},
	}
	done := make(chan struct{})
	for range 4 {
		go func() {
			defer func() { done <- struct{}{} }()
			for _, tt := range tests {
				d, err := dps.Parse(cfg, tt.in)
				if err != nil {
					t.Errorf("Parse(%q): %v", tt.in, err)
					continue
				}
				if got := d.Time.Format(time.DateOnly); got != tt.want {
					t.Errorf("Parse(%q) = %s, want %s", tt.in, got, tt.want)
				}
			}
		}()
	}
	for range 4 {
		<-done
	}
}
