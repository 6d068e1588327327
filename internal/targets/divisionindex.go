package targets

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math/bits"
	"slices"
	"unsafe"
)

// The division list's lookup tables (names and short names to units, the
// scan tables of first runes, lengths and second runes) are built from
// data/divisions.csv ahead of time and embedded as data/divisions.idx:
// building them at start was 24 ms of hashing and appending, paid by
// every command that reads one report. The index is read in place — its
// arrays are the embedded bytes, its strings slices of the list's text —
// so opening it allocates nothing that grows with the list.
//
// The index names the list it was built from (its length and CRC), so a
// list edited without rebuilding the index is never read through a stale
// one: the tables are then built at start as before, and
// TestDivisionIndexIsCurrent fails until the index is rebuilt with
// `go test ./internal/targets -run TestDivisionIndexIsCurrent -update`.
//
//go:embed data/divisions.idx
var divisionsIdx string

const (
	indexMagic   = "MBDX"
	indexVersion = 1
	// A slot holds a key's number plus one in its low bits and the top
	// bits of the key's hash above them, so a probe rarely compares text.
	slotKeyBits = 17
	slotKeyMask = 1<<slotKeyBits - 1
	// A rune table's page of 256 runes is 512 cells: start and count.
	pageCells = 512
)

// strs places the strings an index refers to by offset and length: in the
// list's text, or in the pool after it for strings the text does not hold
// (全国, the short names of autonomous units).
type strs struct{ text, pool string }

// at is the string of a valid reference.
func (s *strs) at(off, n uint32) string {
	if off < uint32(len(s.text)) {
		return s.text[off : off+n]
	}
	off -= uint32(len(s.text))
	return s.pool[off : off+n]
}

// nameTable finds the units a name means: an open-addressing hash table
// over the distinct names, each naming a run of units in code order.
type nameTable struct {
	strs
	keys  u32s // offset and length of each key
	first u32s // key k's units are units[first[k]:first[k+1]]
	units u32s // unit numbers (0 is 全国)
	slots u32s // length a power of two; 0 is empty
}

// u32s is an array of little-endian uint32s read in place from the
// embedded index: any alignment, any byte order, nothing copied.
type u32s string

func (a u32s) len() int { return len(a) / 4 }

func (a u32s) at(i int) uint32 { return le32(string(a[4*i : 4*i+4])) }

// slice is elements [i, j).
func (a u32s) slice(i, j uint32) u32s { return a[4*i : 4*j] }

// hashAppend extends a 32-bit FNV-1a hash by bytes, so the scanner hashes
// a text's candidate names (each a prefix of the longest) in one pass.
const fnvOffset, fnvPrime = 2166136261, 16777619

func hashAppend(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnvPrime
	}
	return h
}

func nameHash(s string) uint32 { return hashAppend(fnvOffset, s) }

// lookup returns the units named s, whose hash is h.
func (t *nameTable) lookup(s string, h uint32) u32s {
	if t.slots.len() == 0 {
		return ""
	}
	mask := uint32(t.slots.len() - 1)
	tag := h >> slotKeyBits
	for i := h & mask; ; i = (i + 1) & mask {
		v := t.slots.at(int(i))
		if v == 0 {
			return ""
		}
		if k := int(v&slotKeyMask - 1); v>>slotKeyBits == tag && t.at(t.keys.at(2*k), t.keys.at(2*k+1)) == s {
			return t.units.slice(t.first.at(k), t.first.at(k+1))
		}
	}
}

// runeIndex maps a rune to a short list, as runeTable does, laid out as
// arrays: a page number per 256 runes of the Basic Multilingual Plane,
// each page's cells (start and count in vals), and the rare runes beyond
// it as sorted (rune, start, count) triples.
type runeIndex struct {
	pages, cells, astral, vals u32s
}

func (t *runeIndex) get(r rune) u32s {
	if r >= 0 && r < 0x10000 {
		p := t.pages.at(int(r >> 8))
		if p == 0 {
			return ""
		}
		c := int(p-1)*pageCells + int(r&0xff)*2
		s := t.cells.at(c)
		return t.vals.slice(s, s+t.cells.at(c+1))
	}
	lo, hi := 0, t.astral.len()/3
	for lo < hi {
		m := (lo + hi) / 2
		switch a := rune(t.astral.at(3 * m)); {
		case a == r:
			s := t.astral.at(3*m + 1)
			return t.vals.slice(s, s+t.astral.at(3*m+2))
		case a < r:
			lo = m + 1
		default:
			hi = m
		}
	}
	return ""
}

// indexWriter lays tables out as length-prefixed little-endian uint32
// arrays.
type indexWriter struct {
	text   string
	pool   []byte
	inPool map[string]uint32
	body   []byte
}

func (w *indexWriter) array(vs []uint32) { w.body = appendArray(w.body, vs) }

func appendArray(b []byte, vs []uint32) []byte {
	b = binary.LittleEndian.AppendUint32(b, uint32(len(vs)))
	for _, v := range vs {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	return b
}

// ref is where s is: inside the list's text if it is a substring of it.
func (w *indexWriter) ref(s string) uint32 {
	base := uintptr(unsafe.Pointer(unsafe.StringData(w.text)))
	if p := uintptr(unsafe.Pointer(unsafe.StringData(s))); len(s) > 0 && p >= base && p+uintptr(len(s)) <= base+uintptr(len(w.text)) {
		return uint32(p - base)
	}
	if off, ok := w.inPool[s]; ok {
		return off
	}
	off := uint32(len(w.text) + len(w.pool))
	w.pool = append(w.pool, s...)
	w.inPool[s] = off
	return off
}

// names lays out the hash table of keys, each with its units.
func (w *indexWriter) names(keys []string, units map[string][]uint32) error {
	if len(keys) >= slotKeyMask {
		return fmt.Errorf("division list: %d names is more than the index holds", len(keys))
	}
	refs, first, list := make([]uint32, 0, 2*len(keys)), make([]uint32, 0, len(keys)+1), []uint32{}
	for _, k := range keys {
		refs = append(refs, w.ref(k), uint32(len(k)))
		first = append(first, uint32(len(list)))
		list = append(list, units[k]...)
	}
	first = append(first, uint32(len(list)))
	// At most a third full: a miss (most lookups of running text) ends
	// at the first empty slot, one or two probes on.
	slots := make([]uint32, 1<<max(4, bits.Len(uint(3*len(keys)))))
	mask := uint32(len(slots) - 1)
	for k, s := range keys {
		h := nameHash(s)
		i := h & mask
		for slots[i] != 0 {
			i = (i + 1) & mask
		}
		slots[i] = h>>slotKeyBits<<slotKeyBits | uint32(k+1)
	}
	for _, a := range [][]uint32{refs, first, list, slots} {
		w.array(a)
	}
	return nil
}

// runes lays out a rune table.
func runes[T any](w *indexWriter, t *runeTable[T], enc func(T) uint32) {
	pages := make([]uint32, 256)
	var cells, astral, vals []uint32
	for hi, p := range t.pages {
		if p == nil {
			continue
		}
		pages[hi] = uint32(len(cells)/pageCells + 1)
		for _, vs := range p {
			cells = append(cells, uint32(len(vals)), uint32(len(vs)))
			for _, v := range vs {
				vals = append(vals, enc(v))
			}
		}
	}
	rs := make([]rune, 0, len(t.astral))
	for r := range t.astral {
		rs = append(rs, r)
	}
	slices.Sort(rs)
	for _, r := range rs {
		astral = append(astral, uint32(r), uint32(len(vals)), uint32(len(t.astral[r])))
		for _, v := range t.astral[r] {
			vals = append(vals, enc(v))
		}
	}
	for _, a := range [][]uint32{pages, cells, astral, vals} {
		w.array(a)
	}
}

// encodeIndex lays out the tables built from the list text.
func encodeIndex(t *tables, text string) ([]byte, error) {
	w := &indexWriter{text: text, inPool: map[string]uint32{}}
	// Units after the first (全国, not in the list): code, name, level and
	// parent are consecutive fields of one line, so one offset and four
	// lengths place them.
	units := make([]uint32, 0, 2*len(t.all))
	for _, r := range t.all[1:] {
		off := w.ref(r.Code)
		field := func(s string, want int) bool { return len(s) == 0 || int(w.ref(s)) == want }
		n := int(off) + len(r.Code) + 1
		if int(off) >= len(text) || !field(r.Name, n) || !field(string(r.Level), n+len(r.Name)+1) ||
			!field(r.ParentCode, n+len(r.Name)+len(r.Level)+2) || max(len(r.Code), len(r.Name), len(r.Level), len(r.ParentCode)) > 0xff {
			return nil, fmt.Errorf("division index: unit %s is not one line of the list", r.Code)
		}
		units = append(units, off, uint32(len(r.Code))|uint32(len(r.Name))<<8|uint32(len(r.Level))<<16|uint32(len(r.ParentCode))<<24)
	}
	w.array(units)
	if err := errors.Join(w.names(t.nameKeys, t.byName), w.names(t.shortKeys, t.byShort)); err != nil {
		return nil, err
	}
	runes(w, t.lens, func(n int) uint32 { return uint32(n) })
	runes(w, t.endLens, func(n int) uint32 { return uint32(n) })
	runes(w, t.seconds, func(r rune) uint32 { return uint32(r) })
	// The pool goes first in the file, so reading can place every ref.
	pool := make([]uint32, (len(w.pool)+3)/4)
	for i, b := range w.pool {
		pool[i/4] |= uint32(b) << (8 * (i % 4))
	}
	body := append(appendArray(nil, pool), w.body...)
	out := []byte(indexMagic)
	for _, v := range []uint32{indexVersion, uint32(len(text)), checksum(text), uint32(len(w.pool)), checksum(string(body))} {
		out = binary.LittleEndian.AppendUint32(out, v)
	}
	return append(out, body...), nil
}

// checksum is CRC-32C, which the CPU computes: the list and its index are
// read whole at every start.
func checksum(s string) uint32 {
	return crc32.Update(0, castagnoli, unsafe.Slice(unsafe.StringData(s), len(s)))
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// indexReader reads what indexWriter wrote; any inconsistency is an
// error, never a panic.
type indexReader struct {
	body string
	bad  bool
}

var errIndex = errors.New("division index is damaged")

func le32(s string) uint32 {
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

func (r *indexReader) array() u32s {
	if r.bad || len(r.body) < 4 {
		r.bad = true
		return ""
	}
	n := int(le32(r.body))
	if n > (len(r.body)-4)/4 {
		r.bad = true
		return ""
	}
	a := u32s(r.body[4 : 4+4*n])
	r.body = r.body[4+4*n:]
	return a
}

// check marks the index bad unless ok.
func (r *indexReader) check(ok bool) {
	r.bad = r.bad || !ok
}

// The index's checksum rules out damage, so reading it checks only that
// its arrays fit together; that every reference lands inside its target
// is what TestDivisionIndexIsCurrent checks of the index as written.
func (r *indexReader) names(s strs) nameTable {
	t := nameTable{strs: s, keys: r.array(), first: r.array(), units: r.array(), slots: r.array()}
	r.check(t.keys.len()%2 == 0 && t.first.len() == t.keys.len()/2+1 && bits.OnesCount(uint(t.slots.len())) == 1 &&
		t.first.at(t.first.len()-1) == uint32(t.units.len()))
	return t
}

func (r *indexReader) runes() runeIndex {
	t := runeIndex{pages: r.array(), cells: r.array(), astral: r.array(), vals: r.array()}
	r.check(t.pages.len() == 256 && t.cells.len()%pageCells == 0 && t.astral.len()%3 == 0)
	return t
}

// decodeIndex opens the tables idx holds for the list text; an index of
// another list, or a damaged one, is an error.
func decodeIndex(text, idx string) (*Gazetteer, error) {
	const head = len(indexMagic) + 5*4
	if len(idx) < head || idx[:len(indexMagic)] != indexMagic {
		return nil, errIndex
	}
	h := func(i int) uint32 { return le32(idx[len(indexMagic)+4*i:]) }
	if h(0) != indexVersion || h(1) != uint32(len(text)) || h(2) != checksum(text) {
		return nil, errors.New("division index was built from another list")
	}
	body := idx[head:]
	if h(4) != checksum(body) {
		return nil, errIndex
	}
	r := &indexReader{body: body}
	pool := r.array()
	if r.bad || uint64(h(3)) > 4*uint64(pool.len()) {
		return nil, errIndex
	}
	s := strs{text: text, pool: body[4 : 4+h(3)]}
	g := &Gazetteer{strs: s, units: r.array()}
	r.check(g.units.len()%2 == 0)
	g.names = r.names(s)
	g.shorts = r.names(s)
	g.lens, g.endLens, g.seconds = r.runes(), r.runes(), r.runes()
	r.check(len(r.body) == 0)
	if r.bad {
		return nil, errIndex
	}
	return g, nil
}
