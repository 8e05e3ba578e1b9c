package geo

import (
	"reflect"
	"sync"
	"testing"
)

// TestConcurrentFind runs Find from several goroutines, each with its own
// Context, and checks that they all get what one goroutine gets (run it
// with -race to check the sharing too).
func TestConcurrentFind(t *testing.T) {
	g := mustDefault(t)
	sentences := []string{
		"Russian missiles struck Kyiv and Kharkiv, officials in Washington said.",
		"Georgia's president met voters in Tbilisi.",
		"A tornado hit Paris, Texas, on Friday.",
	}
	run := func() [][]Toponym {
		ctx := NewContext()
		var out [][]Toponym
		for i := 0; i < 50; i++ {
			for _, s := range sentences {
				out = append(out, g.Find(s, i*1000, ctx))
			}
		}
		return out
	}
	want := run()
	var wg sync.WaitGroup
	got := make([][][]Toponym, 4)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = run()
		}()
	}
	wg.Wait()
	for i := range got {
		if !reflect.DeepEqual(got[i], want) {
			t.Errorf("goroutine %d found other places than a lone run", i)
		}
	}
}
