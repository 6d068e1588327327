package targets

import (
	"fmt"
	"strings"
	"testing"
)

// wrapReview is a review paragraph whose figures wrapLines cuts apart in
// several ways; wrapWants are the figures every copy of it must give.
const wrapReview = "全县地区生产总值完成212.7亿元，增长5.9%；规模以上工业增加值增长7.4%；" +
	"一般公共预算收入13.6亿元，增长3.1%；全社会固定资产投资完成86.5亿元，同比增长9.3%；" +
	"社会消费品零售总额90.2亿元，增长6.2%；城镇居民人均可支配收入达到4.15万元，增长4.9%。"

var wrapWants = []fig{
	{"安远县", 2024, "", Reported, "gdp", 212.7, Exactly, ""},
	{"安远县", 2024, "", Reported, "gdp_growth", 5.9, Exactly, ""},
	{"安远县", 2024, "", Reported, "industry_va_growth", 7.4, Exactly, ""},
	{"安远县", 2024, "", Reported, "budget_revenue", 13.6, Exactly, ""},
	{"安远县", 2024, "", Reported, "budget_revenue_growth", 3.1, Exactly, ""},
	{"安远县", 2024, "", Reported, "fai", 86.5, Exactly, ""},
	{"安远县", 2024, "", Reported, "fai_growth", 9.3, Exactly, ""},
	{"安远县", 2024, "", Reported, "retail_sales", 90.2, Exactly, ""},
	{"安远县", 2024, "", Reported, "retail_sales_growth", 6.2, Exactly, ""},
	{"安远县", 2024, "", Reported, "urban_disposable_income", 41500, Exactly, ""},
	{"安远县", 2024, "", Reported, "urban_disposable_income_growth", 4.9, Exactly, ""},
}

const wrapHead = "安远县2025年政府工作报告\n一、2024年工作回顾\n"

// breakAfter puts a line break after every occurrence of each of marks
// in s (the way a hand-cut copy breaks at uneven places).
func breakAfter(s string, marks ...string) string {
	for _, m := range marks {
		s = strings.ReplaceAll(s, m, m+"\n")
	}
	return s
}

// Lines of uneven length: the width says nothing, and a line that holds
// a figure already is broken just before the next number or rate.
func TestWrapUnevenLines(t *testing.T) {
	cases := []readingCase{
		{name: "after a verb, before its number", text: breakAfter(wrapReview, "完成", "增加值增长", "达到", "4.15万元，增长")},
		{name: "after a comma, before the rate", text: breakAfter(wrapReview, "亿元，", "万元，")},
		{name: "before the rate, no comma", text: strings.NewReplacer("亿元，增长", "亿元\n增长", "亿元，同比", "亿元\n同比").Replace(wrapReview)},
		{name: "after a name, before its number", text: strings.NewReplacer("零售总额", "零售总额\n", "；", "；\n").Replace(wrapReview)},
	}
	for i := range cases {
		c := &cases[i]
		c.text = wrapHead + c.text + "\n"
		c.wants = wrapWants
	}
	crlf := cases[0]
	crlf.name, crlf.text = "after a verb, CRLF", strings.ReplaceAll(crlf.text, "\n", "\r\n")
	checkReading(t, append(cases, crlf))
}

// wrapAt cuts s every n characters, and puts page after every k-th line.
func wrapAt(s string, n, k int, page func(int) string) string {
	var b strings.Builder
	rs := []rune(s)
	for i, line := 0, 1; i < len(rs); i, line = i+n, line+1 {
		b.WriteString(string(rs[i:min(len(rs), i+n)]) + "\n")
		if line%k == 0 && i+n < len(rs) {
			b.WriteString(page(line/k+1) + "\n")
		}
	}
	return b.String()
}

// A PDF copy keeps its page numbers on lines of their own, anywhere in a
// sentence or a number: the lines around one are read as if it were not
// there.
func TestWrapPageNumbers(t *testing.T) {
	styles := []string{"— %d —", "- %d -", "第%d页", "第 %d 页 共 9 页", "  —%d—  "}
	var cases []readingCase
	for _, st := range styles {
		for _, n := range []int{17, 23, 29} {
			page := func(p int) string { return fmt.Sprintf(st, p) }
			cases = append(cases, readingCase{
				name:  fmt.Sprintf("%q every line, cut at %d", st, n),
				text:  wrapHead + wrapAt(wrapReview, n, 1, page),
				wants: wrapWants,
			})
		}
	}
	// pdftotext opens each page with a form feed instead.
	for _, n := range []int{17, 23, 29} {
		text := wrapAt(wrapReview, n, 1, func(int) string { return "\f" })
		cases = append(cases, readingCase{
			name:  fmt.Sprintf("a form feed every line, cut at %d", n),
			text:  wrapHead + strings.ReplaceAll(text, "\f\n", "\f"),
			wants: wrapWants,
		})
	}
	checkReading(t, cases)
}

// What a break must still end: a heading, a sentence's end, a list item,
// a digest's value over its rate, a blank line round a page number.
func TestWrapKeepsParagraphEnds(t *testing.T) {
	tests := []struct{ in, want string }{
		// what this change joins
		{"增长5.9%;工业增加值增长\n7.4%", "增长5.9%;工业增加值增长7.4%"},
		{"一般公共预算收入13.6亿元，\r\n同比增长3.1%", "一般公共预算收入13.6亿元,同比增长3.1%"},
		{"投资完成86.\n— 3 —\n5亿元", "投资完成86.5亿元"},
		{"改造农村危房680\n户,城镇新增就业3120\n人。失业率下降0.3\n个百分点", "改造农村危房680户,城镇新增就业3120人。失业率下降0.3个百分点"},
		{"投资完成142.\n\f6亿元", "投资完成142.6亿元"},
		// what it must keep
		{"增长8%。\f二、2013年工作安排", "增长8%。\n二、2013年工作安排"},
		{"新建学校12\n项目建设提速", "新建学校12\n项目建设提速"},
		{"增长7.4%。\n第2页\n二、2025年工作安排", "增长7.4%。\n二、2025年工作安排"},
		{"(三)主要目标\n地区生产总值增长6%左右", "(三)主要目标\n地区生产总值增长6%左右"},
		{"(二)稳住经济增长\n30条措施落地见效", "(二)稳住经济增长\n30条措施落地见效"},
		{"主要预期目标是:\n1.地区生产总值增长6%\n2.一般公共预算收入增长4%", "主要预期目标是:\n1.地区生产总值增长6%\n2.一般公共预算收入增长4%"},
		{"一般公共预算收入\n13.6亿元\n增长3.1%\n社会消费品零售总额", "一般公共预算收入\n13.6亿元\n增长3.1%\n社会消费品零售总额"},
		{"收入13.6亿元,增长3.1%\n\n— 4 —\n\n2025年要重点做好", "收入13.6亿元,增长3.1%\n2025年要重点做好"},
	}
	// A paragraph that opens with its number and fills the wrap width is
	// no heading: its break is a wrap like any other.
	para := "(二)狠抓项目建设,今年全县实施省市两级重点项目46个,完成投资75.6亿元,其中新开工项目19个。"
	tests = append(tests, struct{ in, want string }{
		wrapAt(wrapReview, 24, 1000, nil) + wrapAt(para, 24, 1000, nil),
		Normalize(wrapReview).String() + "\n" + Normalize(para).String() + "\n"})
	for _, tt := range tests {
		if got := Normalize(tt.in).String(); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// BenchmarkNormalizeJoinedLines measures texts whose breaks all join into
// one long line: each break must cost what it costs on a short line (the
// line's bars and commas are counted as it grows, not at every break).
func BenchmarkNormalizeJoinedLines(b *testing.B) {
	shapes := map[string]string{
		"commas":  strings.Repeat("增长8%,\n", 100000),
		"heading": "(一)工作" + strings.Repeat("增长8%,\n", 100000),
		"width":   strings.Repeat("地区生产总值增长百分之八以上的目标任务全面完成了\n", 5000),
		"pages":   strings.Repeat("投资完成142.\n— 12 —\n", 50000),
	}
	for name, s := range shapes {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for range b.N {
				Normalize(s)
			}
		})
	}
}

// A web page's dateline, counter or breadcrumb copied into the text where
// a page turned cuts a sentence as a page number does: the sentence goes
// on across it. Before a title or after a full stop it is left alone.
func TestWebFurnitureInsideASentence(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "a dateline after a name, a crumb inside a number, a counter after a verb",
			text: wrapHead + "全县一般公共预算收入\n\n安远县人民政府 发布时间：2025-02-10  浏览次数：1874\n\n增长3.1%；社会消费品零售总额90.2亿\n\n首页 > 政务公开 > 规划计划\n\n元，增长6.2%；固定资产投资增长\n\n发布日期：2025-02-10 【字号：大 中 小】 打印本页\n\n9.3%。\n" +
				"规模以上工业增加值增长7.4%。\n\n当前位置：首页 > 政务公开\n\n二、2025年主要目标\n",
			wants: []fig{
				{"安远县", 2024, "", Reported, "budget_revenue_growth", 3.1, Exactly, ""},
				{"安远县", 2024, "", Reported, "retail_sales", 90.2, Exactly, ""},
				{"安远县", 2024, "", Reported, "retail_sales_growth", 6.2, Exactly, ""},
				{"安远县", 2024, "", Reported, "fai_growth", 9.3, Exactly, ""},
				{"安远县", 2024, "", Reported, "industry_va_growth", 7.4, Exactly, ""},
			},
		},
	})
}
