package targets

import (
	"flag"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
)

var updateIndex = flag.Bool("update", false, "rebuild data/divisions.idx from data/divisions.csv")

// The embedded index is the one the embedded list builds, and opening it
// gives the very tables building them would.
func TestDivisionIndexIsCurrent(t *testing.T) {
	built, err := buildTables(divisionsCSV)
	if err != nil {
		t.Fatal(err)
	}
	idx, err := encodeIndex(built, divisionsCSV)
	if err != nil {
		t.Fatal(err)
	}
	if *updateIndex {
		if err := os.WriteFile("data/divisions.idx", idx, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if string(idx) != divisionsIdx {
		t.Fatal("data/divisions.idx is not the index of data/divisions.csv (or of the code that builds it): " +
			"rebuild it with `go test ./internal/targets -run TestDivisionIndexIsCurrent -update`")
	}
	opened, err := decodeIndex(divisionsCSV, divisionsIdx)
	if err != nil {
		t.Fatal(err)
	}
	sameTables(t, opened, built)
	refsInside(t, opened)
}

// refsInside checks every reference of an index against what it refers
// to (reading trusts the writer for these; the checksum rules out damage).
func refsInside(t *testing.T, g *Gazetteer) {
	t.Helper()
	for i := 0; i < g.units.len(); i += 2 {
		l := g.units.at(i + 1)
		if !g.valid(g.units.at(i), l&0xff+l>>8&0xff+l>>16&0xff+l>>24+3) {
			t.Fatalf("unit %d lies outside the list", i/2+1)
		}
	}
	for _, n := range []nameTable{g.names, g.shorts} {
		keys := n.first.len() - 1
		for k := range keys {
			if !g.valid(n.keys.at(2*k), n.keys.at(2*k+1)) || n.first.at(k) > n.first.at(k+1) {
				t.Fatalf("key %d lies outside the list or its units run backwards", k)
			}
		}
		for _, u := range n.units.values() {
			if int(u) >= g.count() {
				t.Fatalf("unit %d of %d", u, g.count())
			}
		}
		for _, v := range n.slots.values() {
			if k := v & slotKeyMask; int(k) > keys || (v != 0 && k == 0) {
				t.Fatalf("slot %x names no key", v)
			}
		}
	}
	for _, r := range []runeIndex{g.lens, g.endLens, g.seconds} {
		span := func(s, n uint32) bool { return int(s+n) <= r.vals.len() }
		for _, p := range r.pages.values() {
			if int(p) > r.cells.len()/pageCells {
				t.Fatalf("page %d of %d", p, r.cells.len()/pageCells)
			}
		}
		for c := 0; c < r.cells.len(); c += 2 {
			if !span(r.cells.at(c), r.cells.at(c+1)) {
				t.Fatalf("cell %d outside the values", c)
			}
		}
		for a := 0; a < r.astral.len(); a += 3 {
			if !span(r.astral.at(a+1), r.astral.at(a+2)) || (a > 0 && r.astral.at(a-3) >= r.astral.at(a)) {
				t.Fatalf("astral entry %d", a)
			}
		}
	}
}

// values copies the array out.
func (a u32s) values() []uint32 {
	out := make([]uint32, a.len())
	for i := range out {
		out[i] = a.at(i)
	}
	return out
}

func (s *strs) valid(off, n uint32) bool {
	if uint64(off)+uint64(n) <= uint64(len(s.text)) {
		return true
	}
	return off >= uint32(len(s.text)) && uint64(off-uint32(len(s.text)))+uint64(n) <= uint64(len(s.pool))
}

// sameTables checks that an opened index answers as the tables it was
// built from: every unit, every name's and short name's units, and the
// scan tables of every rune they hold.
func sameTables(t *testing.T, g *Gazetteer, built *tables) {
	t.Helper()
	if all := g.All(); !reflect.DeepEqual(all, built.all) {
		t.Fatalf("units differ: %d opened, %d built", len(all), len(built.all))
	}
	for _, m := range []struct {
		table *nameTable
		keys  []string
		units map[string][]uint32
	}{{&g.names, built.nameKeys, built.byName}, {&g.shorts, built.shortKeys, built.byShort}} {
		for _, k := range m.keys {
			if got := m.table.lookup(k, nameHash(k)).values(); !slices.Equal(got, m.units[k]) {
				t.Errorf("units of %s: %v, built %v", k, got, m.units[k])
			}
		}
	}
	for _, r := range runesOf(built.lens) {
		if got, want := g.lens.get(r).values(), built.lens.get(r); !slices.Equal(got, asUint32(want)) {
			t.Errorf("lengths under %c: %v, built %v", r, got, want)
		}
	}
	for _, r := range runesOf(built.endLens) {
		if got, want := g.endLens.get(r).values(), built.endLens.get(r); !slices.Equal(got, asUint32(want)) {
			t.Errorf("end lengths under %c: %v, built %v", r, got, want)
		}
	}
	for _, r := range runesOf(built.seconds) {
		if got, want := g.seconds.get(r).values(), built.seconds.get(r); !slices.Equal(got, asUint32(want)) {
			t.Errorf("seconds under %c: %v, built %v", r, got, want)
		}
	}
}

func runesOf[T any](t *runeTable[T]) []rune {
	var rs []rune
	for hi, p := range t.pages {
		for lo := range p {
			if p != nil && len(p[lo]) > 0 {
				rs = append(rs, rune(hi<<8|lo))
			}
		}
	}
	for r := range t.astral {
		rs = append(rs, r)
	}
	return rs
}

func asUint32[T int | rune](vs []T) []uint32 {
	out := make([]uint32, len(vs))
	for i, v := range vs {
		out[i] = uint32(v)
	}
	return out
}

const smallList = "code,name,level,parent\n" +
	"43,湖南省,province,\n" +
	"4302,株洲市,prefecture,43\n" +
	"430281,醴陵市,county,4302\n" +
	"433100,湘西土家族苗族自治州,prefecture,43\n" +
	"433130,龙山县,county,433100\n" +
	"430211001,朝阳街道,town,430211\n" +
	"110105,朝阳区,county,11\n" +
	"11,北京市,province,\n" +
	"220104,朝阳区,county,22"

// An index round-trips a list out of code order, with namesakes, a
// short name the text does not hold (湘西州) and no final newline.
func TestDivisionIndexRoundTrips(t *testing.T) {
	built, err := buildTables(smallList)
	if err != nil {
		t.Fatal(err)
	}
	idx, err := encodeIndex(built, smallList)
	if err != nil {
		t.Fatal(err)
	}
	opened, err := decodeIndex(smallList, string(idx))
	if err != nil {
		t.Fatal(err)
	}
	sameTables(t, opened, built)
	refsInside(t, opened)
	for name, code := range map[string]string{"湘西州": "433100", "朝阳区": "110105", "株洲": "4302", "全国": "0", "龙山县": "433130"} {
		if r, ok := opened.Resolve(name, ""); !ok || r.Code != code {
			t.Errorf("Resolve(%s) = %+v, %v; want %s", name, r, ok, code)
		}
	}
	if _, ok := opened.Resolve("湘西土家族", ""); ok {
		t.Error("a part of a name resolved")
	}
}

// An index of another list, or a damaged one, is refused with an error —
// never a panic — and the tables are then built from the list itself.
func TestDivisionIndexRefusesAnotherListOrDamage(t *testing.T) {
	built, err := buildTables(smallList)
	if err != nil {
		t.Fatal(err)
	}
	b, err := encodeIndex(built, smallList)
	if err != nil {
		t.Fatal(err)
	}
	idx := string(b)
	other := strings.Replace(smallList, "醴陵市", "攸县县", 1)
	if _, err := decodeIndex(other, idx); err == nil {
		t.Error("an index of another list was read")
	}
	g, err := openGazetteer(other, idx)
	if err != nil {
		t.Fatal(err)
	}
	if r, ok := g.Resolve("攸县县", ""); !ok || r.Code != "430281" {
		t.Errorf("the list built without its index reads %+v, %v", r, ok)
	}
	for n := 0; n < len(idx); n += 7 {
		if _, err := decodeIndex(smallList, idx[:n]); err == nil {
			t.Fatalf("an index cut at %d bytes was read", n)
		}
		flipped := []byte(idx)
		flipped[n] ^= 0x40
		if _, err := decodeIndex(smallList, string(flipped)); err == nil {
			t.Fatalf("an index with byte %d changed was read", n)
		}
	}
}
