package web

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// The figures API's appended JSON is byte for byte what encoding/json
// writes for the same page: strings with every kind of character that is
// escaped (quotes, controls, HTML, U+2028, invalid UTF-8), numbers in
// both of its float forms, and the fields a page omits when zero.
func TestFiguresJSONIsEncodingJSONs(t *testing.T) {
	strs := []string{"", "株洲市", `say "8%" \ now`, "a<b>&c", "line\nbreak\ttab\rcr\bbs\fff", "\x00\x01\x1f\x7f",
		"sep\u2028par\u2029", "bad\xffutf8\xc3", "=HYPERLINK(\"x\")", "🙂 emoji", "地区生产总值增长7.4%，空气质量优良率87.7%"}
	floats := []float64{0, math.Copysign(0, -1), 1, -2.5, 7.4, 5.53e4, 123456789012, 1e20, 1e21, 1.5e21, 1e-6, 9.99e-7, 1e-9,
		-3e-10, 0.1 + 0.2, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.NaN()}
	rng := rand.New(rand.NewPCG(1, 2))
	s := func() string { return strs[rng.IntN(len(strs))] }
	fl := func() finite { return finite(floats[rng.IntN(len(floats))]) }
	for n := range 200 {
		p := apiFigures{Total: rng.IntN(5000), PerPage: 100, Next: s()}
		switch n % 4 {
		case 0:
			p.Page = 1 + rng.IntN(9)
		case 1:
			p.After = rng.Int64N(1 << 40)
		case 2:
			p.Figures = []apiFigure{}
		}
		if n%4 != 2 {
			for range rng.IntN(4) {
				p.Figures = append(p.Figures, apiFigure{ID: rng.Int64(), Region: s(), RegionCode: s(), Level: s(), Year: 1990 + rng.IntN(50),
					Period: s(), Kind: s(), Indicator: s(), IndicatorZh: s(), Value: fl(), Unit: s(), Cmp: s(), Preliminary: rng.IntN(2) == 1,
					ValueText: s(), Quote: strings.Repeat(s(), 1+rng.IntN(3)), DocumentID: rng.Int64N(1 << 30), DocumentTitle: s(),
					Start: rng.IntN(1 << 20), End: -rng.IntN(3), Confidence: fl(), ReviewStatus: s(), Status: s(), SourceURL: s()})
			}
		}
		var want bytes.Buffer
		if err := json.NewEncoder(&want).Encode(p); err != nil {
			t.Fatal(err)
		}
		if got := p.appendJSON(nil); !bytes.Equal(got, want.Bytes()) {
			t.Fatalf("page %d:\n got %s\nwant %s", n, got, want.Bytes())
		}
	}
}

func BenchmarkFiguresJSON(b *testing.B) {
	p := apiFigures{Total: 1000, PerPage: 1000}
	for i := range 1000 {
		p.Figures = append(p.Figures, apiFigure{ID: int64(i), Region: "醴陵市", RegionCode: "430281", Level: "county", Year: 2020, Kind: "planned",
			Indicator: "gdp_growth", IndicatorZh: "地区生产总值增长", Value: 7.5, Unit: "%", Cmp: ">=", ValueText: "增长7.5%以上",
			Quote: "全市地区生产总值增长7.5%以上，规模工业增加值增长8%。", DocumentID: 12, DocumentTitle: "2020年醴陵市政府工作报告",
			Start: 1200, End: 1260, Confidence: 0.92, ReviewStatus: "unreviewed", Status: "met", SourceURL: "/documents/12#f1"})
	}
	b.Run("encoding_json", func(b *testing.B) {
		for b.Loop() {
			var buf bytes.Buffer
			_ = json.NewEncoder(&buf).Encode(p)
		}
	})
	b.Run("append", func(b *testing.B) {
		for b.Loop() {
			_ = p.appendJSON(nil)
		}
	})
}
