package targets

import (
	"math"
	"testing"
)

func TestParseQuantity(t *testing.T) {
	tests := []struct {
		in    string
		base  float64
		unit  string
		class UnitClass
		cmp   Comparator
	}{
		{"8%以上", 8, "%", ClassPercent, AtLeast},
		{"5.5%以内", 5.5, "%", ClassPercent, AtMost},
		{"3.5%左右", 3.5, "%", ClassPercent, About},
		{"3000亿元", 3000e8, "元", ClassMoney, Exactly},
		{"3.12万亿元", 3.12e12, "元", ClassMoney, Exactly},
		{"4.1万家", 41000, "家", ClassCount, Exactly},
		{"5.2万人", 52000, "人", ClassPeople, Exactly},
		{"800万人次", 800e4, "人次", ClassVisits, Exactly},
		{"七亿元", 7e8, "元", ClassMoney, Exactly},
		{"一百五十九亿元", 159e8, "元", ClassMoney, Exactly},
		{"六个", 6, "个", ClassCount, Exactly},
		{"170余家", 170, "家", ClassCount, AtLeast},
		{"40多亿元", 40e8, "元", ClassMoney, AtLeast},
		{"30多万名", 30e4, "人", ClassPeople, AtLeast},
		{"1,234亿元", 1234e8, "元", ClassMoney, Exactly},
		{"千亿", 1000e8, "元", ClassMoney, Exactly},
		{"5亿美元", 5e8, "美元", ClassMoney, Exactly},
		{"2万元", 20000, "元", ClassMoney, Exactly},
		{"300天", 300, "天", ClassCount, Exactly},
		// A percentage written out closes with its bound like digits do.
		{"百分之六", 6, "%", ClassPercent, Exactly},
		{"百分之六左右", 6, "%", ClassPercent, About},
		{"百分之五点五以内", 5.5, "%", ClassPercent, AtMost},
		{"百分之七以上", 7, "%", ClassPercent, AtLeast},
		{"百分之3左右", 3, "%", ClassPercent, About},
		{"百分之五至百分之五点五", 5, "%", ClassPercent, AtLeast},
		{"5%至百分之六", 5, "%", ClassPercent, AtLeast},
		{"7.5%到8%", 7.5, "%", ClassPercent, AtLeast},
		// The places below 万 or 亿 written out after it.
		{"三万二千人", 32000, "人", ClassPeople, Exactly},
		{"一万零三百人", 10300, "人", ClassPeople, Exactly},
		{"两万三千六百元", 23600, "元", ClassMoney, Exactly},
		{"12亿三千万元", 12.3e8, "元", ClassMoney, Exactly},
		{"三亿五千万元", 3.5e8, "元", ClassMoney, Exactly},
		{"五万多人", 50000, "人", ClassPeople, AtLeast},
	}
	for _, tt := range tests {
		q, ok := ParseQuantity([]rune(tt.in), 0)
		if !ok {
			t.Errorf("%s: not parsed", tt.in)
			continue
		}
		if q.Base != tt.base || q.Unit != tt.unit || q.Class != tt.class || q.Cmp != tt.cmp {
			t.Errorf("%s = %g %s class %d %s, want %g %s class %d %s", tt.in, q.Base, q.Unit, q.Class, q.Cmp, tt.base, tt.unit, tt.class, tt.cmp)
		}
		if q.End != len([]rune(tt.in)) {
			t.Errorf("%s: read %d runes, want %d", tt.in, q.End, len([]rune(tt.in)))
		}
	}
}

// A rate written with a sign (增长-1.2%, 增幅为−3.2%) is a fall; a hyphen
// between two numbers (a range, years) is not a sign.
func TestParseQuantitySign(t *testing.T) {
	for _, c := range []struct {
		in   string
		at   int
		base float64
	}{
		{"增长-1.2%", 3, -1.2},
		{"增幅为−3.2%", 4, -3.2},
		{"下降至－0.5%", 4, -0.5},
		{"增长5%-6%", 5, 6},
		{"增长4.5-5%", 6, 5},
		{"增长五-6%", 4, 6},
	} {
		rs := []rune(c.in)
		q, ok := ParseQuantity(rs, c.at)
		if !ok || q.Base != c.base {
			t.Errorf("%s at %d = %+v, want %g", c.in, c.at, q, c.base)
		}
	}
}

// 到 joins a range only where no 从 or 由 makes it a change's end.
func TestRangeByDao(t *testing.T) {
	if q, ok := ParseQuantity([]rune("城镇化率由52.1%到"), 5); !ok || q.Cmp != Exactly || q.Range != "" {
		t.Errorf("由52.1%%到 read as %+v", q)
	}
	if q, ok := ParseQuantity([]rune("从5%到6%"), 1); !ok || q.Range != "" {
		t.Errorf("从5%%到6%% read as a range: %+v", q)
	}
}

func TestParseQuantityRefuses(t *testing.T) {
	for _, in := range []string{"十三五", "一般公共预算", "2020年", "三大攻坚战", "百分之", "八%"} {
		if q, ok := ParseQuantity([]rune(in), 0); ok {
			t.Errorf("%s parsed as %+v, want no quantity", in, q)
		}
	}
	if q, ok := ParseQuantity([]rune("2个百分点"), 0); !ok || !q.Points {
		t.Errorf("个百分点 not marked as points: %+v", q)
	}
}

func TestChineseNumerals(t *testing.T) {
	for in, want := range map[string]float64{"七": 7, "十": 10, "十二": 12, "二十": 20, "一百零五": 105, "一百五十九": 159, "三千": 3000, "两": 2} {
		v, n, ok := ParseChineseNumeral([]rune(in))
		if !ok || v != want || n != len([]rune(in)) {
			t.Errorf("%s = %g (%d runes, %v), want %g", in, v, n, ok, want)
		}
	}
}

func FuzzParseQuantity(f *testing.F) {
	for _, s := range []string{"8%以上", "一百五十九亿元", "3,000.5万人次", "170余家", "1.", "十", "9.5 %"} {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, s string, i int) {
		rs := []rune(s)
		if len(rs) == 0 {
			return
		}
		if i < 0 {
			i = -i
		}
		i %= len(rs)
		q, ok := ParseQuantity(rs, i)
		if ok && (q.Start != i || q.End <= q.Start || q.End > len(rs)) {
			t.Fatalf("span %d:%d out of range for %q at %d", q.Start, q.End, s, i)
		}
	})
}

func TestRoundToAnyFiniteValue(t *testing.T) {
	for _, tt := range []struct{ v, want float64 }{{2.346, 2.35}, {-2.346, -2.35}, {1e308, 1e308}, {-3e17, -3e17}, {9.3e15, 9.3e15}} {
		if got := roundTo(tt.v, 2); math.Abs(got-tt.want) > math.Abs(tt.want)*1e-12 {
			t.Errorf("roundTo(%g, 2) = %g, want %g", tt.v, got, tt.want)
		}
	}
}
