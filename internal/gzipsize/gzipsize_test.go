package gzipsize

import (
	"bytes"
	"compress/gzip"
	"testing"
)

func TestOf(t *testing.T) {
	for _, n := range []int{0, 1, 1000, 70000} {
		var b bytes.Buffer
		w := gzip.NewWriter(&b)
		if _, err := w.Write(bytes.Repeat([]byte("x"), n)); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		if got := Of(b.Bytes()); got != n {
			t.Errorf("Of(gzip of %d bytes) = %d", n, got)
		}
	}
	if got := Of([]byte{1, 2}); got != 0 {
		t.Errorf("Of(2 bytes) = %d, want 0", got)
	}
}
