//go:build linux || darwin || freebsd || netbsd || openbsd

package nlp

import (
	"fmt"
	"os"
	"syscall"
)

// mapOpen maps the size bytes of f into memory, read-only. The mapping is
// never undone: the tables in it live as long as the process.
func mapOpen(f *os.File, size int) ([]byte, error) {
	data, err := syscall.Mmap(int(f.Fd()), 0, size, syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return nil, fmt.Errorf("cannot map %q: %w", f.Name(), err)
	}
	return data, nil
}

// unmapFile undoes mapOpen for a file whose tables were rejected.
func unmapFile(data []byte) {
	if data != nil {
		syscall.Munmap(data)
	}
}
