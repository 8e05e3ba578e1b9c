//go:build !(linux || darwin || freebsd || netbsd || openbsd)

package nlp

import (
	"fmt"
	"io"
	"os"
)

// mapOpen reads the size bytes of f into memory aligned for 64-bit words,
// where mapping them is not available.
func mapOpen(f *os.File, size int) ([]byte, error) {
	words := make([]uint64, (size+7)/8)
	data := bytesOf(words)[:size]
	if _, err := io.ReadFull(f, data); err != nil {
		return nil, fmt.Errorf("cannot read %q: %w", f.Name(), err)
	}
	return data, nil
}

// unmapFile lets the garbage collector have a rejected file's memory.
func unmapFile([]byte) {}
