package nlp

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"os"
	"path/filepath"
	"strings"
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

// weightsLayout names the layout of the tables (qmodel, packEnt,
// hdrInline, the header below); it is part of the magic and of the file
// name, so that a build with another layout never reads an older file.
// Bump it whenever that layout changes (TestWeightsLayout pins it).
const weightsLayout = "01"

// weightsMagic opens a weight cache file.
const weightsMagic = "dyad-weights-" + weightsLayout + "\n"

// weightSlots is the number of weight tables a model has (sections 1 to 5
// of the model file); an absent table (the tagger's second model) has an
// empty slot.
const weightSlots = 5

// slotWords is the size of a slot's description in the header, in 64-bit
// words: present, nClass, mask, scale, then offset and length of bfp,
// flat, hdr and rent.
const slotWords = 12

// headerSize is the size of a cache file's header: the magic, the CRC-32C
// of everything after the checksum itself (the rest of the header and the
// tables), the data size, and the slots, rounded up to a cache line.
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
	return filepath.Join(dir, "nlp-"+hex.EncodeToString(sum[:12])+"-"+weightsLayout+".weights")
}

// decodeCached decodes model file raw, taking its weight tables from the
// cache in dir when it holds them and writing them there when it does not.
// With dir "" it is decodeModel.
func decodeCached(raw []byte, dir string) (*Model, error) {
	if dir == "" {
		return decodeModel(raw, nil)
	}
	path := cachePath(dir, raw)
	if qms, data, err := readWeights(path); err == nil {
		if m, err := decodeModel(raw, &qms); err == nil {
			now := time.Now()
			_ = os.Chtimes(path, now, now) // in use: not stale (see writeWeights)
			return m, nil
		}
		unmapFile(data)
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
	if st.Size() < headerSize || st.Size() > 1<<32 || st.Size() > math.MaxInt {
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
// file. The tables are written as they are, not copied into one buffer
// first, and nothing is built when the directory cannot be written.
func writeWeights(dir, path string, qs [weightSlots]*qmodel) error {
	if !littleEndian() {
		return errCache
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("cannot make weight cache: %w", err)
	}
	f, err := os.CreateTemp(dir, "nlp-*.tmp")
	if err != nil {
		return fmt.Errorf("cannot make weight cache: %w", err)
	}
	hdr := make([]byte, headerSize)
	le := binary.LittleEndian
	copy(hdr, weightsMagic)
	off := headerSize
	for i, q := range qs {
		if q == nil {
			continue
		}
		w := hdr[32+i*slotWords*8:]
		le.PutUint64(w[0:], 1)
		le.PutUint64(w[8:], uint64(q.nClass))
		le.PutUint64(w[16:], q.mask)
		le.PutUint64(w[24:], uint64(math.Float32bits(q.scale)))
		for k, a := range q.arrays() {
			le.PutUint64(w[32+16*k:], uint64(off))
			le.PutUint64(w[40+16*k:], uint64(len(a)))
			off += (len(a) + 63) &^ 63
		}
	}
	le.PutUint64(hdr[24:], uint64(off-headerSize))
	crc := crc32.Update(0, castagnoli, hdr[24:])
	var pad [64]byte
	bw := bufio.NewWriterSize(f, 1<<20)
	_, err = bw.Write(hdr)
	for _, q := range qs {
		if q == nil || err != nil {
			continue
		}
		for _, a := range q.arrays() {
			p := pad[:(64-len(a)%64)%64]
			crc = crc32.Update(crc32.Update(crc, castagnoli, a), castagnoli, p)
			if _, err = bw.Write(a); err == nil {
				_, err = bw.Write(p)
			}
		}
	}
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		var sum [8]byte
		le.PutUint64(sum[:], uint64(crc))
		_, err = f.WriteAt(sum[:], 16)
	}
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
	clean(dir, path)
	return nil
}

// clean removes from dir the tables of other models (an earlier
// version's) that no run has used for a week, so that the cache does not
// grow with every upgrade while two versions in use side by side keep
// theirs, and temporary files a crashed writer left an hour ago or more.
func clean(dir, keep string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, "nlp-") || filepath.Join(dir, name) == keep {
			continue
		}
		age := time.Duration(0)
		if info, err := e.Info(); err == nil {
			age = time.Since(info.ModTime())
		}
		if strings.HasSuffix(name, ".weights") && age > 7*24*time.Hour || strings.HasSuffix(name, ".tmp") && age > time.Hour {
			os.Remove(filepath.Join(dir, name))
		}
	}
}

// readWeights returns the weight tables cached in path, checked against
// the file's checksum and the bounds of its header and rows, and the
// mapped file they live in (unmapped here when it is rejected).
func readWeights(path string) ([weightSlots]*qmodel, []byte, error) {
	var qs [weightSlots]*qmodel
	if !littleEndian() {
		return qs, nil, errCache
	}
	data, err := mapFile(path)
	if err != nil {
		return qs, nil, err
	}
	qs, err = tablesOf(data)
	if err != nil {
		unmapFile(data)
		return qs, nil, fmt.Errorf("%w: %s: %v", errCache, path, err)
	}
	return qs, data, nil
}

// tablesOf reads the tables of a mapped cache file.
func tablesOf(data []byte) ([weightSlots]*qmodel, error) {
	var qs [weightSlots]*qmodel
	le := binary.LittleEndian
	if len(data) < headerSize || string(data[:16]) != weightsMagic || le.Uint64(data[24:]) != uint64(len(data)-headerSize) {
		return qs, errors.New("bad header")
	}
	if uint64(crc32.Checksum(data[24:], castagnoli)) != le.Uint64(data[16:]) {
		return qs, errors.New("bad checksum")
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
				return qs, errors.New("table out of bounds")
			}
			arrs[k] = data[off : off+n]
		}
		q.bfp, q.flat, q.hdr, q.rent = sliceOf[uint32](arrs[0]), sliceOf[int16](arrs[1]), sliceOf[uint64](arrs[2]), sliceOf[uint32](arrs[3])
		if err := q.check(); err != nil {
			return qs, err
		}
		qs[i] = q
	}
	return qs, nil
}

// check reports whether a cached table is one the decoder could have
// built: one kind of table, as many rows as the mask says, every row
// inside the entries and every class below the class count, every block
// exponent in range, so that scoring with it cannot index out of range.
func (q *qmodel) check() error {
	rows := q.mask + 1
	switch {
	case q.nClass <= 0 || q.nClass > 256 || q.mask >= 1<<26:
		return errors.New("bad class count or mask")
	case q.nClass <= 3:
		if uint64(len(q.bfp)) != rows || q.flat != nil || q.hdr != nil || q.rent != nil {
			return errors.New("bad block table")
		}
		for _, x := range q.bfp {
			if x>>24 > 31 {
				return errors.New("bad exponent")
			}
		}
	case q.nClass <= flatMax:
		if uint64(len(q.flat)) != rows*uint64(q.stride()) || q.bfp != nil || q.hdr != nil || q.rent != nil {
			return errors.New("bad flat table")
		}
	default:
		if uint64(len(q.hdr)) != rows || len(q.rent) == 0 || q.bfp != nil || q.flat != nil {
			return errors.New("bad row table")
		}
		dl := uint64(q.denseLen())
		for _, h := range q.hdr {
			if h&hdrInline != 0 {
				if entClass(uint32(h)&0xffffff) >= q.nClass || entClass(uint32(h>>24)&0xffffff) >= q.nClass {
					return errors.New("class out of range")
				}
				continue
			}
			a, n := h&0xffffffff, h>>32&0xffff
			if a+n >= uint64(len(q.rent)) { // (the spare zero entry at the end stays)
				return errors.New("row out of range")
			}
			if n == dl {
				continue // dense: two weights an entry, no classes
			}
			for _, e := range q.rent[a : a+n] {
				if entClass(e) >= q.nClass {
					return errors.New("class out of range")
				}
			}
		}
	}
	return nil
}
