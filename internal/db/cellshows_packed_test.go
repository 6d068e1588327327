package db

import (
	"context"
	"math"
	"path/filepath"
	"testing"
)

// A side of cell_shows as SQLite's json_array writes it reads back to
// the values it was written from: quotes with quotation marks,
// backslashes, control characters and every script, reals that need
// seventeen digits, huge and tiny ones, NULLs.
func TestShownRowReadsWhatJSONArrayWrote(t *testing.T) {
	d, err := Open(context.Background(), filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	quotes := []string{`全市地区生产总值增长6.1%`, `他说"增长8%左右"\n，\\ 其中`, "tab\tnew\nline\x01\x1f end", `繁體「數字」😀`, ``}
	values := []float64{0.1 + 0.2, 5.53, 1e300, 1.234e-6, -3, 0}
	for _, q := range quotes {
		for _, v := range values {
			var b []byte
			if err := d.sql.QueryRow(`SELECT json_array(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				int64(1<<40), 7, v, "亿元", ">=", 1, "8%左右", q, 10, 52, 0.55, "", nil, 2024).Scan(&b); err != nil {
				t.Fatal(err)
			}
			var s shownRow
			if err := s.parse(b); err != nil {
				t.Fatalf("%s: %v", b, err)
			}
			if s.id.Int64 != 1<<40 || s.doc.Int64 != 7 || s.value.Float64 != v || math.Signbit(s.value.Float64) != math.Signbit(v) ||
				s.unit.String != "亿元" || s.cmp.String != ">=" || !s.prelim.Bool || s.text.String != "8%左右" || s.quote.String != q ||
				s.start.Int64 != 10 || s.end.Int64 != 52 || s.conf.Float64 != 0.55 || !s.review.Valid || s.review.String != "" ||
				s.title.Valid || s.year.Int64 != 2024 {
				t.Fatalf("%s read as %+v", b, s)
			}
		}
	}
	var s shownRow
	if err := s.parse(nil); err != nil || s.id.Valid {
		t.Fatalf("no side: %+v, %v", s, err)
	}
	for _, bad := range []string{`[1,2]`, `{"a":1}`, `[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15]`, `["x",2,3,4,5,6,7,8,9,10,11,12,13,14]`, `[1,2,3,"unclosed]`} {
		if err := s.parse([]byte(bad)); err == nil {
			t.Errorf("%s read without an error: %+v", bad, s)
		}
	}
}
