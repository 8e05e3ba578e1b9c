package nlp

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"os"
	"path/filepath"
	"time"
	"unsafe"
)

// The weight cache. Decoding the embedded model's weight tables (varints,
// then the row index) takes about a third of a second of CPU and most of
// a command's start-up. Load therefore keeps the decoded tables in a file
// of the user's cache directory, named by a hash of the model, and on later
// runs maps that file into memory (or reads it where mapping is not
// available) instead of decoding: the tables are used in place, and
// processes on one machine share their pages. Only the small lexicon
// section is decoded at every start.
//
// The cache directory is $DYAD_CACHE, or "dyad" in os.UserCacheDir;
// DYAD_CACHE=off turns the cache off. A cache that cannot be read or
// written is not an error: the model is decoded as without one.

// weightsMagic opens a weight cache file; the digit changes with the layout.
const weightsMagic = "dyad-weights-01\n"

// weightSlots is the number of weight tables a model has (sections 1 to 5
// of the model file); an absent table (the tagger's second model) has an
// empty slot.
const weightSlots = 5

// slotWords is the size of a slot's description in the header, in 64-bit
// words: present, nClass, mask, scale, then offset and length of bfp,
// flat, hdr and rent.
const slotWords = 12

// headerSize is the size of a cache file's header: the magic, the CRC-32C
// of everything after the header, the data size, and the slots, rounded up
// to a cache line.
const headerSize = (16 + 8 + 8 + weightSlots*slotWords*8 + 63) &^ 63

var errCache = errors.New("not a dyad weight cache")

// cacheDir returns the directory of the weight cache, or "" when the cache
// is off or no directory is known.
func cacheDir() string {
	switch d := os.Getenv("DYAD_CACHE"); d {
	case "off":
		return ""
	case "":
		base, err := os.UserCacheDir()
		if err != nil {
			return ""
		}
		return filepath.Join(base, "dyad")
	default:
		return d
	}
}

// cachePath returns the file in dir that caches the weights of model file
// raw.
func cachePath(dir string, raw []byte) string {
	sum := sha256.Sum256(raw)
	return filepath.Join(dir, "nlp-"+hex.EncodeToString(sum[:12])+".weights")
}

// decodeCached decodes model file raw, taking its weight tables from the
// cache in dir when it holds them and writing them there when it does not.
// With dir "" it is decodeModel.
func decodeCached(raw []byte, dir string) (*Model, error) {
	if dir == "" {
		return decodeModel(raw, nil)
	}
	path := cachePath(dir, raw)
	if qms, err := readWeights(path); err == nil {
		if m, err := decodeModel(raw, &qms); err == nil {
			return m, nil
		}
	}
	m, err := decodeModel(raw, nil)
	if err != nil {
		return nil, err
	}
	_ = writeWeights(dir, path, m.weights()) // best effort: the next run decodes again
	return m, nil
}

// weights returns the model's weight tables in file order.
func (m *Model) weights() [weightSlots]*qmodel {
	return [weightSlots]*qmodel{m.tg.model, m.tg.model2, m.ps.model, m.ps.labeler, m.ner.model}
}

// arrays returns the four tables of q as byte slices, in the order of the
// file: bfp, flat, hdr, rent.
func (q *qmodel) arrays() [4][]byte {
	return [4][]byte{bytesOf(q.bfp), bytesOf(q.flat), bytesOf(q.hdr), bytesOf(q.rent)}
}

// bytesOf returns the memory of s as bytes.
func bytesOf[T uint32 | int16 | uint64](s []T) []byte {
	if len(s) == 0 {
		return nil
	}
	return unsafe.Slice((*byte)(unsafe.Pointer(&s[0])), len(s)*int(unsafe.Sizeof(s[0])))
}

// sliceOf returns b, which must be aligned for T, as a slice of T.
func sliceOf[T uint32 | int16 | uint64](b []byte) []T {
	var zero T
	n := len(b) / int(unsafe.Sizeof(zero))
	if n == 0 {
		return nil
	}
	return unsafe.Slice((*T)(unsafe.Pointer(&b[0])), n)
}

// mapFile returns the contents of the file at path, mapped into memory
// where the system can (mapOpen).
func mapFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if st.Size() < headerSize || st.Size() > 1<<32 {
		return nil, fmt.Errorf("%w: %s: size %d", errCache, path, st.Size())
	}
	return mapOpen(f, int(st.Size()))
}

// castagnoli is the CRC-32C table; the sum is computed in hardware on
// amd64 and arm64.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// littleEndian reports whether the machine stores words little end first,
// the byte order of the cache's header (its tables are in the machine's
// own order, so a big-endian machine keeps no cache).
func littleEndian() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 1
}

// writeWeights writes the weight tables qs to path in dir, through a
// temporary file renamed into place, so that a reader never sees half a
// file.
func writeWeights(dir, path string, qs [weightSlots]*qmodel) error {
	if !littleEndian() {
		return errCache
	}
	size := headerSize
	for _, q := range qs {
		if q == nil {
			continue
		}
		for _, a := range q.arrays() {
			size += (len(a) + 63) &^ 63
		}
	}
	buf := make([]byte, size)
	le := binary.LittleEndian
	copy(buf, weightsMagic)
	le.PutUint64(buf[24:], uint64(size-headerSize))
	off := headerSize
	for i, q := range qs {
		w := buf[32+i*slotWords*8:]
		if q == nil {
			continue
		}
		le.PutUint64(w[0:], 1)
		le.PutUint64(w[8:], uint64(q.nClass))
		le.PutUint64(w[16:], q.mask)
		le.PutUint64(w[24:], uint64(math.Float32bits(q.scale)))
		for k, a := range q.arrays() {
			le.PutUint64(w[32+16*k:], uint64(off))
			le.PutUint64(w[40+16*k:], uint64(len(a)))
			copy(buf[off:], a)
			off += (len(a) + 63) &^ 63
		}
	}
	le.PutUint64(buf[16:], uint64(crc32.Checksum(buf[headerSize:], castagnoli)))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("cannot make weight cache: %w", err)
	}
	f, err := os.CreateTemp(dir, "nlp-*.tmp")
	if err != nil {
		return fmt.Errorf("cannot make weight cache: %w", err)
	}
	_, err = f.Write(buf)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("cannot write weight cache %q: %w", path, err)
	}
	// The tables of other models (an earlier version's) are removed once
	// they are a week old, so that the cache does not grow with every
	// upgrade, while two versions in use side by side keep theirs for a
	// while.
	old, _ := filepath.Glob(filepath.Join(dir, "nlp-*.weights"))
	for _, o := range old {
		if st, err := os.Stat(o); err == nil && o != path && time.Since(st.ModTime()) > 7*24*time.Hour {
			os.Remove(o)
		}
	}
	return nil
}

// readWeights returns the weight tables cached in path, checked against
// the file's checksum and the bounds of its header.
func readWeights(path string) ([weightSlots]*qmodel, error) {
	var qs [weightSlots]*qmodel
	if !littleEndian() {
		return qs, errCache
	}
	data, err := mapFile(path)
	if err != nil {
		return qs, err
	}
	le := binary.LittleEndian
	if len(data) < headerSize || string(data[:16]) != weightsMagic || le.Uint64(data[24:]) != uint64(len(data)-headerSize) {
		return qs, fmt.Errorf("%w: %s", errCache, path)
	}
	if uint64(crc32.Checksum(data[headerSize:], castagnoli)) != le.Uint64(data[16:]) {
		return qs, fmt.Errorf("%w: %s: bad checksum", errCache, path)
	}
	for i := range qs {
		w := data[32+i*slotWords*8:]
		if le.Uint64(w) == 0 {
			continue
		}
		q := &qmodel{nClass: int(le.Uint64(w[8:])), mask: le.Uint64(w[16:]), scale: math.Float32frombits(uint32(le.Uint64(w[24:])))}
		var arrs [4][]byte
		for k := range arrs {
			off, n := le.Uint64(w[32+16*k:]), le.Uint64(w[40+16*k:])
			if off%64 != 0 || off > uint64(len(data)) || n > uint64(len(data))-off {
				return qs, fmt.Errorf("%w: %s: table out of bounds", errCache, path)
			}
			arrs[k] = data[off : off+n]
		}
		q.bfp, q.flat, q.hdr, q.rent = sliceOf[uint32](arrs[0]), sliceOf[int16](arrs[1]), sliceOf[uint64](arrs[2]), sliceOf[uint32](arrs[3])
		if err := q.check(); err != nil {
			return qs, fmt.Errorf("%w: %s: %v", errCache, path, err)
		}
		qs[i] = q
	}
	return qs, nil
}

// check reports whether a cached table has the shape of one the decoder
// builds: one kind of table, as many rows as the mask says.
func (q *qmodel) check() error {
	rows := q.mask + 1
	switch {
	case q.nClass <= 0 || q.nClass > 256 || q.mask >= 1<<26:
		return errors.New("bad class count or mask")
	case q.nClass <= 3:
		if uint64(len(q.bfp)) != rows || q.flat != nil || q.hdr != nil || q.rent != nil {
			return errors.New("bad block table")
		}
	case q.nClass <= flatMax:
		if uint64(len(q.flat)) != rows*uint64(q.stride()) || q.bfp != nil || q.hdr != nil || q.rent != nil {
			return errors.New("bad flat table")
		}
	default:
		if uint64(len(q.hdr)) != rows || len(q.rent) == 0 || q.bfp != nil || q.flat != nil {
			return errors.New("bad row table")
		}
	}
	return nil
}
