package nlp

import (
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"
)

// TestWeightCache checks that a model whose weight tables come from the
// cache is the decoded model: the same tables, the same parses; and that
// a damaged cache file is rewritten rather than used.
func TestWeightCache(t *testing.T) {
	if len(embedded) == 0 {
		t.Skip("no embedded model")
	}
	dir := t.TempDir()
	want, err := decodeModel(embedded, nil)
	if err != nil {
		t.Fatal(err)
	}
	path := cachePath(dir, embedded)
	same := func(what string) {
		t.Helper()
		got, err := decodeCached(embedded, dir)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		for i, q := range got.weights() {
			w := want.weights()[i]
			if (q == nil) != (w == nil) {
				t.Fatalf("%s: table %d present %v, want %v", what, i, q != nil, w != nil)
			}
			if q == nil {
				continue
			}
			if q.nClass != w.nClass || q.mask != w.mask || q.scale != w.scale ||
				!reflect.DeepEqual(q.arrays(), w.arrays()) {
				t.Errorf("%s: table %d differs from the decoded one", what, i)
			}
		}
		for _, text := range []string{
			"Iran's foreign minister said on Tuesday that Tehran would not meet US officials in Vienna.",
			"Police fired tear gas at protesters who blocked roads in the capital.",
		} {
			g, w := got.Parse(text, 0), want.Parse(text, 0)
			if !reflect.DeepEqual(g.Tokens, w.Tokens) {
				t.Errorf("%s: %q parsed differently with cached weights", what, text)
			}
		}
	}
	// the tables of other model versions: a stale one is removed when
	// the cache is written, a recent one kept
	stale, recent := filepath.Join(dir, "nlp-stale.weights"), filepath.Join(dir, "nlp-recent.weights")
	for _, p := range []string{stale, recent} {
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	week := time.Now().Add(-8 * 24 * time.Hour)
	if err := os.Chtimes(stale, week, week); err != nil {
		t.Fatal(err)
	}
	same("first run, writing the cache")
	if _, err := os.Stat(stale); err == nil {
		t.Error("a stale cache file was kept")
	}
	if _, err := os.Stat(recent); err != nil {
		t.Errorf("a recent cache file was removed: %v", err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("no cache written: %v", err)
	}
	if _, _, err := readWeights(path); err != nil {
		t.Fatalf("cache unreadable: %v", err)
	}
	same("second run, reading the cache")

	// a damaged file: one byte of the tables changed
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	b[len(b)/2] ^= 0x55
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := readWeights(path); err == nil {
		t.Fatal("a damaged cache file was read")
	}
	same("damaged cache")
	if _, _, err := readWeights(path); err != nil {
		t.Fatalf("the damaged cache was not rewritten: %v", err)
	}
	// a file whose checksum was made to match a forged row offset, or a
	// changed header (a table's scale): the bounds check, or the
	// checksum over the header, rejects it
	forge := func(what string, change func(b []byte)) {
		t.Helper()
		good, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		b := slices.Clone(good)
		change(b)
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		if _, _, err := readWeights(path); err == nil {
			t.Errorf("%s: the forged file was read", what)
		}
		same(what)
	}
	le := binary.LittleEndian
	slot := func(b []byte, i int) []byte { return b[32+i*slotWords*8:] }
	forge("forged row offset", func(b []byte) {
		w := slot(b, 3) // the labeler: a row table
		hdrOff := le.Uint64(w[32+16*2:])
		for r := uint64(0); r < le.Uint64(w[40+16*2:])/8; r++ {
			if h := le.Uint64(b[hdrOff+8*r:]); h&hdrInline == 0 {
				le.PutUint64(b[hdrOff+8*r:], h|0xfffffff0)
				break
			}
		}
		le.PutUint64(b[16:], uint64(crc32.Checksum(b[24:], castagnoli)))
	})
	forge("changed scale", func(b []byte) {
		w := slot(b, 0)
		le.PutUint64(w[24:], le.Uint64(w[24:])^1)
	})
	// a truncated file
	if err := os.WriteFile(path, b[:len(b)/3], 0o644); err != nil {
		t.Fatal(err)
	}
	same("truncated cache")
	if left, _ := filepath.Glob(filepath.Join(dir, "*.tmp")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// TestCacheDir checks where the cache lives and that it can be turned off.
func TestCacheDir(t *testing.T) {
	t.Setenv("DYAD_CACHE", "off")
	if d := cacheDir(); d != "" {
		t.Errorf("DYAD_CACHE=off: cache dir %q", d)
	}
	t.Setenv("DYAD_CACHE", "/some/dir")
	if d := cacheDir(); d != "/some/dir" {
		t.Errorf("DYAD_CACHE=/some/dir: cache dir %q", d)
	}
	t.Setenv("DYAD_CACHE", "")
	if base, err := os.UserCacheDir(); err == nil {
		if d := cacheDir(); d != filepath.Join(base, "dyad") {
			t.Errorf("default cache dir %q", d)
		}
	}
}

// TestWeightsLayout pins what the cache file's layout depends on: if this
// fails, the tables are laid out differently, and weightsLayout must be
// bumped so that no build reads a file an older one wrote.
func TestWeightsLayout(t *testing.T) {
	q := &qmodel{nClass: 41}
	got := fmt.Sprintf("%s %d %d %d %d %d %d %d %d %d %d", weightsLayout, packEnt(5, -3), uint64(hdrInline), flatMax, denseFraction, q.denseLen(), (&qmodel{nClass: 3}).stride(), (&qmodel{nClass: 8}).stride(), headerSize, slotWords, weightSlots)
	const want = "01 393213 9223372036854775808 8 4 21 4 8 512 12 5"
	if got != want {
		t.Errorf("layout %q, want %q: bump weightsLayout and this test", got, want)
	}
}
