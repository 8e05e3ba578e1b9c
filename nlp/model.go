package nlp

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"sync"

	"github.com/dyadproject/dyad/internal/gzipsize"
	kgzip "github.com/klauspost/compress/gzip"
)

// Model bundles the tagger, lemmatizer, parser and entity recogniser.
// A Model is safe for concurrent use.
type Model struct {
	tg  *tagger
	lm  *lemmatizer
	ps  *parser
	ner *recognizer
	// Info describes how the model was trained.
	Info string
	pool sync.Pool
}

//go:embed models/english.bin.gz
var embedded []byte

var (
	loadOnce  sync.Once
	loaded    *Model
	loadErr   error
	magic     = "dyad-nlp-6\n"
	errFormat = errors.New("not a dyad nlp model")
)

// ErrNoModel is returned by Load when the binary carries no trained model.
var ErrNoModel = errors.New("no embedded nlp model")

// Load returns the embedded English model, decoding it on first use.
func Load() (*Model, error) {
	loadOnce.Do(func() {
		if len(embedded) == 0 {
			loadErr = ErrNoModel
			return
		}
		loaded, loadErr = decodeCached(embedded, cacheDir())
		if loadErr != nil {
			loadErr = fmt.Errorf("cannot load embedded nlp model: %w", loadErr)
		}
	})
	return loaded, loadErr
}

// ---- binary encoding ----

type bw struct {
	w   *bufio.Writer
	err error
	buf [binary.MaxVarintLen64]byte
}

func (b *bw) uv(x uint64) {
	n := binary.PutUvarint(b.buf[:], x)
	if _, err := b.w.Write(b.buf[:n]); err != nil && b.err == nil {
		b.err = err
	}
}
func (b *bw) str(s string) {
	b.uv(uint64(len(s)))
	if _, err := b.w.WriteString(s); err != nil && b.err == nil {
		b.err = err
	}
}
func (b *bw) strs(ss []string) {
	b.uv(uint64(len(ss)))
	for _, s := range ss {
		b.str(s)
	}
}
func (b *bw) strMap(m map[string]string) {
	keys := sortedKeys(m)
	b.uv(uint64(len(keys)))
	for _, k := range keys {
		b.str(k)
		b.str(m[k])
	}
}
func (b *bw) intMap(m map[string]int) {
	keys := sortedKeys(m)
	b.uv(uint64(len(keys)))
	for _, k := range keys {
		b.str(k)
		b.uv(uint64(m[k]))
	}
}
func zig(v int16) uint64   { return uint64((int64(v) << 1) ^ (int64(v) >> 63)) }
func unzig(u uint64) int16 { return int16(int64(u>>1) ^ -int64(u&1)) }

func (b *bw) qm(m *qmodel) {
	b.uv(uint64(m.nClass))
	b.uv(m.mask)
	b.uv(uint64(math.Float32bits(m.scale)))
	if m.bfp != nil {
		for _, v := range m.bfp {
			b.uv(uint64(v))
		}
		return
	}
	if m.flat != nil {
		for _, v := range m.flat {
			b.uv(zig(v))
		}
		return
	}
	rows := len(m.hdr)
	nrows := 0
	var buf []uint32
	for r := 0; r < rows; r++ {
		if row, _ := m.row(r, buf[:0]); len(row) > 0 {
			nrows++
		}
	}
	b.uv(uint64(nrows))
	last := 0
	for r := 0; r < rows; r++ {
		row, dense := m.row(r, buf[:0])
		if len(row) == 0 {
			continue
		}
		b.uv(uint64(r - last))
		last = r
		if dense {
			b.uv(uint64(m.nClass))
			for c := 0; c < m.nClass; c++ {
				b.uv(zig(int16(denseWeight(row, c))))
			}
			continue
		}
		b.uv(uint64(len(row)))
		prev := 0
		for _, x := range row {
			c := entClass(x)
			b.uv(uint64(c - prev))
			prev = c
			b.uv(zig(int16(entWeight(x))))
		}
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

type br struct {
	data []byte
	pos  int
	err  error
}

func (b *br) uv() uint64 {
	if b.pos < len(b.data) && b.data[b.pos] < 0x80 && b.err == nil {
		b.pos++ // most weights and class gaps take one byte
		return uint64(b.data[b.pos-1])
	}
	if b.err != nil {
		return 0
	}
	x, n := binary.Uvarint(b.data[b.pos:])
	if n <= 0 {
		b.err = fmt.Errorf("%w: truncated", errFormat)
		return 0
	}
	b.pos += n
	return x
}

func (b *br) n(limit uint64) int {
	x := b.uv()
	if x > limit {
		if b.err == nil {
			b.err = fmt.Errorf("%w: length %d out of range", errFormat, x)
		}
		return 0
	}
	return int(x)
}
func (b *br) str() string {
	n := b.n(1 << 20)
	if b.err != nil {
		return ""
	}
	if b.pos+n > len(b.data) {
		b.err = fmt.Errorf("%w: truncated", errFormat)
		return ""
	}
	b.pos += n
	return string(b.data[b.pos-n : b.pos])
}
func (b *br) strs() []string {
	n := b.n(1 << 24)
	out := make([]string, 0, n)
	for i := 0; i < n && b.err == nil; i++ {
		out = append(out, b.str())
	}
	return out
}
func (b *br) strMap() map[string]string {
	n := b.n(1 << 24)
	m := make(map[string]string, n)
	for i := 0; i < n && b.err == nil; i++ {
		k := b.str()
		m[k] = b.str()
	}
	return m
}
func (b *br) intMap() map[string]int {
	n := b.n(1 << 24)
	m := make(map[string]int, n)
	for i := 0; i < n && b.err == nil; i++ {
		k := b.str()
		m[k] = int(b.uv())
	}
	return m
}
func (b *br) qm() *qmodel {
	m := &qmodel{nClass: b.n(256), mask: b.uv()}
	m.scale = math.Float32frombits(uint32(b.uv()))
	if m.mask >= 1<<26 || m.nClass == 0 {
		b.err = fmt.Errorf("%w: bad weight table", errFormat)
		return m
	}
	rows := int(m.mask + 1)
	if m.nClass <= 3 {
		m.bfp = make([]uint32, rows)
		for i := range m.bfp {
			x := b.uv()
			if x>>24 > 31 {
				b.err = fmt.Errorf("%w: bad exponent", errFormat)
			}
			if b.err != nil {
				break
			}
			m.bfp[i] = uint32(x)
		}
		return m
	}
	if m.nClass <= flatMax {
		m.flat = make([]int16, rows*m.stride())
		for i := range m.flat {
			m.flat[i] = unzig(b.uv())
			if b.err != nil {
				break
			}
		}
		return m
	}
	m.start = make([]uint32, rows+1)
	// a capacity hint: an entry read takes at least two bytes (a sparse
	// entry's class and weight, or a dense entry's two weights), so the
	// entries nearly always fit in half the section's remaining bytes (a
	// sparse row stored densely can take more): one allocation instead of
	// a growing slice copied over and over
	m.ent = make([]uint32, 0, (len(b.data)-b.pos)/2+1)
	vals := make([]int16, m.nClass)
	nrows := b.n(uint64(rows))
	r := 0
	for i := 0; i < nrows && b.err == nil; i++ {
		nr := r + b.n(uint64(rows))
		if nr >= rows || (i > 0 && nr == r) {
			b.err = fmt.Errorf("%w: row out of range", errFormat)
			break
		}
		for k := r + 1; k <= nr; k++ {
			m.start[k] = uint32(len(m.ent))
		}
		r = nr
		cnt := b.n(uint64(m.nClass))
		dense := cnt == m.nClass
		if !dense && cnt*denseFraction < m.nClass {
			// sparse, as written by averaged: entries appended as read
			c := 0
			for k := 0; k < cnt && b.err == nil; k++ {
				c += int(b.uv())
				if c >= m.nClass {
					b.err = fmt.Errorf("%w: class out of range", errFormat)
					break
				}
				if v := unzig(b.uv()); v != 0 {
					m.ent = append(m.ent, packEnt(c, v))
				}
			}
			continue
		}
		c := 0
		clear(vals)
		nnz := 0
		for k := 0; k < cnt && b.err == nil; k++ {
			if dense {
				c = k
			} else {
				c += int(b.uv())
			}
			if c >= m.nClass {
				b.err = fmt.Errorf("%w: class out of range", errFormat)
				break
			}
			vals[c] = unzig(b.uv())
			if vals[c] != 0 {
				nnz++
			}
		}
		if dense {
			nnz = m.nClass // a dense row stays dense
		}
		m.appendRow(vals, nnz)
	}
	for k := r + 1; k <= rows; k++ {
		m.start[k] = uint32(len(m.ent))
	}
	m.ent = append(m.ent, 0)
	m.index()
	return m
}

// The model file is the magic string, the number of sections, then each
// section as its length and a gzip stream; sections are decoded in parallel.

func gzipSection(fill func(b *bw)) ([]byte, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, fmt.Errorf("cannot compress model: %w", err)
	}
	b := &bw{w: bufio.NewWriterSize(zw, 1<<16)}
	fill(b)
	if b.err != nil {
		return nil, fmt.Errorf("cannot write model: %w", b.err)
	}
	if err := b.w.Flush(); err != nil {
		return nil, fmt.Errorf("cannot write model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("cannot write model: %w", err)
	}
	return buf.Bytes(), nil
}

// WriteModel writes m, compressed, to w.
func (m *Model) WriteModel(w io.Writer) error {
	meta := func(b *bw) {
		b.str(m.Info)
		b.strs(m.tg.classes)
		b.intMap(m.tg.dict)
		amb := map[string]int{}
		for k, v := range m.tg.amb {
			amb[k] = int(v)
		}
		b.intMap(amb)
		b.strMap(m.tg.cands)
		b.strMap(m.lm.table)
		b.strMap(m.lm.rules)
		b.strs(m.ps.labels)
		b.strMap(m.ps.lcands)
		if m.tg.model2 != nil {
			b.uv(1)
		} else {
			b.uv(0)
		}
	}
	sections := []func(*bw){meta,
		func(b *bw) { b.qm(m.tg.model) },
		func(b *bw) {
			if m.tg.model2 != nil {
				b.qm(m.tg.model2)
			}
		},
		func(b *bw) { b.qm(m.ps.model) },
		func(b *bw) { b.qm(m.ps.labeler) },
		func(b *bw) { b.qm(m.ner.model) },
	}
	out := bufio.NewWriter(w)
	hdr := &bw{w: out}
	hdr.str(magic)
	hdr.uv(uint64(len(sections)))
	for _, fill := range sections {
		data, err := gzipSection(fill)
		if err != nil {
			return err
		}
		hdr.uv(uint64(len(data)))
		if _, err := out.Write(data); err != nil {
			return fmt.Errorf("cannot write model: %w", err)
		}
	}
	if hdr.err != nil {
		return fmt.Errorf("cannot write model: %w", hdr.err)
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("cannot write model: %w", err)
	}
	return nil
}

// readAllSized reads r to its end into a buffer sized from the
// uncompressed length that the gzip stream gz records in its trailer (the
// length modulo 2^32, a hint only).
func readAllSized(r io.Reader, gz []byte) ([]byte, error) {
	buf := bytes.NewBuffer(make([]byte, 0, gzipsize.Of(gz)+bytes.MinRead))
	_, err := buf.ReadFrom(r)
	return buf.Bytes(), err
}

// ReadModel reads a model written by WriteModel.
func ReadModel(r io.Reader) (*Model, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("cannot read model: %w", err)
	}
	return decodeModel(raw, nil)
}

// decodeModel decodes the model file raw, which it does not modify or keep.
// Given cached weight tables (see decodeCached), it decodes only the
// lexicon and takes the tables as they are.
func decodeModel(raw []byte, cached *[weightSlots]*qmodel) (*Model, error) {
	h := &br{data: raw}
	if h.str() != magic {
		return nil, errFormat
	}
	nsec := h.n(16)
	if h.err != nil || nsec != 6 {
		return nil, fmt.Errorf("%w: bad header", errFormat)
	}
	secs := make([]*br, nsec)
	for i := range secs {
		n := h.n(uint64(len(raw)))
		if h.err != nil || h.pos+n > len(raw) {
			return nil, fmt.Errorf("%w: truncated", errFormat)
		}
		secs[i] = &br{data: raw[h.pos : h.pos+n]}
		h.pos += n
	}
	// decompress and decode the sections in parallel
	var wg sync.WaitGroup
	qms := make([]*qmodel, nsec)
	if cached != nil {
		copy(qms[1:], cached[:])
		secs = secs[:1]
	}
	for i, sb := range secs {
		wg.Add(1)
		go func(i int, sb *br) {
			defer wg.Done()
			// klauspost's decoder reads the weights (which compress
			// little) about a third faster than compress/gzip
			zr, err := kgzip.NewReader(bytes.NewReader(sb.data))
			if err != nil {
				sb.err = fmt.Errorf("cannot decompress model: %w", err)
				return
			}
			data, err := readAllSized(zr, sb.data)
			if err != nil {
				sb.err = fmt.Errorf("cannot decompress model: %w", err)
				return
			}
			sb.data, sb.pos = data, 0
			if i > 0 && len(data) > 0 {
				qms[i] = sb.qm()
			}
		}(i, sb)
	}
	wg.Wait()
	for _, sb := range secs {
		if sb.err != nil {
			return nil, fmt.Errorf("cannot read model: %w", sb.err)
		}
	}
	b := secs[0]
	m := &Model{tg: &tagger{runtime: true}, lm: &lemmatizer{}, ps: &parser{}, ner: &recognizer{}}
	m.Info = b.str()
	m.tg.classes = b.strs()
	m.tg.dict = b.intMap()
	m.tg.amb = map[string]uint32{}
	for k, v := range b.intMap() {
		m.tg.amb[k] = uint32(v)
	}
	m.tg.cands = b.strMap()
	m.lm.table = b.strMap()
	m.lm.rules = b.strMap()
	m.ps.labels = b.strs()
	m.ps.lcands = b.strMap()
	hasModel2 := b.uv() == 1
	if b.err != nil {
		return nil, fmt.Errorf("cannot read model: %w", b.err)
	}
	m.tg.model, m.ps.model, m.ps.labeler, m.ner.model = qms[1], qms[3], qms[4], qms[5]
	if hasModel2 {
		m.tg.model2 = qms[2]
	}
	if m.tg.model == nil || m.ps.model == nil || m.ps.labeler == nil || m.ner.model == nil || hasModel2 && m.tg.model2 == nil {
		return nil, fmt.Errorf("%w: missing weights", errFormat)
	}
	if m.tg.model2 != nil && m.tg.model2.nClass != len(m.tg.classes) {
		return nil, fmt.Errorf("%w: class counts disagree", errFormat)
	}
	for _, cs := range m.ps.lcands {
		for k := 0; k < len(cs); k++ {
			if int(cs[k]) >= len(m.ps.labels) {
				return nil, fmt.Errorf("%w: label candidate out of range", errFormat)
			}
		}
	}
	m.ps.setCands()
	m.tg.setClasses()
	for _, c := range m.tg.dict {
		if c >= len(m.tg.classes) {
			return nil, fmt.Errorf("%w: tag dictionary class out of range", errFormat)
		}
	}
	for _, cs := range m.tg.cands {
		for k := 0; k < len(cs); k++ {
			if int(cs[k]) >= len(m.tg.classes) || len(cs) == 0 {
				return nil, fmt.Errorf("%w: tag candidate out of range", errFormat)
			}
		}
	}
	if m.tg.model.nClass != len(m.tg.classes) || m.ps.model.nClass != 3 || m.ps.labeler.nClass != len(m.ps.labels) || m.ner.model.nClass != len(nerTags) {
		return nil, fmt.Errorf("%w: class counts disagree", errFormat)
	}
	return m, nil
}
