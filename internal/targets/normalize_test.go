package targets

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"地區生產總值增長８．５％", "地区生产总值增长8.5%"},
		{"地方生產(chǎn)總值59億元", "地方生产总值59亿元"},
		{"年均增长2\n0.6%", "年均增长20.6%"},
		{"社会消费品零售总额增长10%，居民消费价格", "社会消费品零售总额增长10%,居民消费价格"},
		{"人 均可 支 配收入,预 计 分别 增 长", "人均可支配收入,预计分别增长"},
		{"全市R&D[3]经费占比达2.33%", "全市R&D经费占比达2.33%"},
		{"全市高新技术企业\n突破700家", "全市高新技术企业突破700家"},
		{"增长8%。\n\n二、工作安排", "增长8%。\n二、工作安排"},
		{"农业增加值增长3%vzT\n工业增加值", "农业增加值增长3%\n工业增加值"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in).String(); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// Every working rune maps back to the original bytes it came from.
func TestNormalizeOffsets(t *testing.T) {
	in := "\ufeff地區 生產\n總值增長\n9.5 %（預計）"
	tx := Normalize(in)
	for i := range tx.R {
		r, _ := utf8.DecodeRuneInString(in[tx.Off[i]:])
		if f := foldRune(r, t2sTable()); f != tx.R[i] {
			t.Errorf("rune %d = %q, but original at %d is %q", i, tx.R[i], tx.Off[i], r)
		}
	}
	q, s, e := tx.Span(0, len(tx.R))
	if q != in[s:e] || !strings.HasSuffix(in, q) {
		t.Errorf("Span = %q (%d:%d)", q, s, e)
	}
}

func TestToSimplified(t *testing.T) {
	if got := ToSimplified("岳陽市經濟開發區"); got != "岳阳市经济开发区" {
		t.Errorf("ToSimplified = %q", got)
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"地區生產總值\n增長8.5％", "a\n\nb", "(chǎn)[3]①vzT", "\xff\xfe", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tx := Normalize(s)
		if len(tx.R) != len(tx.Off) || len(tx.R) != len(tx.Len) {
			t.Fatal("map lengths differ")
		}
		prev := int32(-1)
		for i := range tx.R {
			if tx.Off[i] <= prev || int(tx.Off[i]+tx.Len[i]) > len(s) {
				t.Fatalf("offset %d (%d+%d) out of order or range in %q", i, tx.Off[i], tx.Len[i], s)
			}
			prev = tx.Off[i]
		}
	})
}
