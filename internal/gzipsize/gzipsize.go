// Package gzipsize reads the uncompressed size that a gzip stream records
// in its trailer, so that a reader can size its buffer once.
package gzipsize

import "encoding/binary"

// Of returns the uncompressed size recorded in the last four bytes of the
// gzip stream gz (ISIZE: the size modulo 2^32, a hint only), or 0 when gz
// is too short to hold a trailer.
func Of(gz []byte) int {
	if len(gz) < 4 {
		return 0
	}
	return int(binary.LittleEndian.Uint32(gz[len(gz)-4:]))
}
