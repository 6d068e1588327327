package targets

import (
	"strings"
	"testing"
)

// cutLines cuts each paragraph of s into lines of n runes, as a PDF-to-text
// copy does.
func cutLines(s string, n int) string {
	var b strings.Builder
	for _, para := range strings.Split(s, "\n") {
		r := []rune(para)
		for len(r) > n {
			b.WriteString(string(r[:n]) + "\n")
			r = r[n:]
		}
		b.WriteString(string(r) + "\n")
	}
	return b.String()
}

// In a fixed-width copy a line that fills the width and ends on a clause's
// semicolon is a wrap, not a paragraph end: the year's results after the
// five-year summary keep their year (2024年,…;\n固定资产投资增长4.1%;…), and
// their rates are not taken for growth over the five years and dropped.
func TestSemicolonWrapInFixedWidthCopy(t *testing.T) {
	head := "鞍山市人民政府工作报告\n——2025年1月9日在鞍山市第十七届人民代表大会第四次会议上\n"
	intro := cutLines("各位代表：现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。", 35)
	five := "一、过去五年工作回顾\n" + cutLines("五年来，全市地区生产总值年均增长5.3%，2024年达到2610.4亿元；一般公共预算收入年均增长3.9%，居民人均可支配收入五年累计增长31.6%。", 35)
	plan := "二、2025年工作安排\n今年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；固定资产投资增长6%。\n"
	// Lines of 35 characters (34 is within the slack), two of them ending on a semicolon.
	year := []string{
		"2024年，全市地区生产总值增长5.6%；规上工业增加值增长7.2%；",
		"固定资产投资同比增长4.1%；全市社会消费品零售总额增长5.05%；",
		"一般公共预算收入完成182.6亿元，同口径增长3.3%；城镇和农村居民",
		"人均可支配收入分别增长4.4%和6.6%。",
	}
	for i, l := range year[:3] {
		if n := len([]rune(l)); n < 34 {
			t.Fatalf("line %d is %d characters", i, n)
		}
	}
	wants := []fig{
		{"鞍山市", 2024, "2020-2024", Reported, "gdp_growth", 5.3, Exactly, ""},
		{"鞍山市", 2024, "", Reported, "gdp_growth", 5.6, Exactly, ""},
		{"鞍山市", 2024, "", Reported, "industry_va_growth", 7.2, Exactly, ""},
		{"鞍山市", 2024, "", Reported, "fai_growth", 4.1, Exactly, ""},
		{"鞍山市", 2024, "", Reported, "retail_sales_growth", 5.05, Exactly, ""},
		{"鞍山市", 2024, "", Reported, "budget_revenue_growth", 3.3, Exactly, ""},
		{"鞍山市", 2024, "", Reported, "urban_disposable_income_growth", 4.4, Exactly, ""},
		{"鞍山市", 2024, "", Reported, "rural_disposable_income_growth", 6.6, Exactly, ""},
		{"鞍山市", 2025, "", Planned, "gdp_growth", 5.5, About, ""},
		{"鞍山市", 2025, "", Planned, "fai_growth", 6, Exactly, ""},
	}
	texts := map[string]string{
		"results after the five years": head + intro + five + strings.Join(year, "\n") + "\n" + plan,
		"results first":                head + intro + "一、2024年工作回顾\n" + strings.Join(year, "\n") + "\n" + five + plan,
	}
	for name, text := range texts {
		checkReading(t, []readingCase{{name: name, text: text, wants: wants}})
		// The five years' cumulative growth stays no figure.
		for _, f := range Extract(text) {
			if f.Value == 31.6 {
				t.Errorf("%s: read %v from «%s»; 五年累计增长 is no figure", name, f, f.Quote)
			}
		}
	}
}

// Target items one a line, each ending on its semicolon, are short lines
// and stay apart; so does an item line under a heading line.
func TestSemicolonItemsOneALineStayApart(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "items one a line in a fixed-width copy",
		text: "鞍山市人民政府工作报告\n——2025年1月9日在鞍山市第十七届人民代表大会第四次会议上\n" +
			cutLines("各位代表：现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。今年是十四五规划的收官之年，做好政府工作意义重大。", 30) +
			"二、2025年工作安排\n今年全市主要预期目标是：\n地区生产总值增长5.5%左右；\n规模以上工业增加值增长6%；\n一般公共预算收入增长3%；\n城镇调查失业率控制在5.5%以内。\n",
		wants: []fig{
			{"鞍山市", 2025, "", Planned, "gdp_growth", 5.5, About, ""},
			{"鞍山市", 2025, "", Planned, "industry_va_growth", 6, Exactly, ""},
			{"鞍山市", 2025, "", Planned, "budget_revenue_growth", 3, Exactly, ""},
			{"鞍山市", 2025, "", Planned, "surveyed_unemployment", 5.5, AtMost, ""},
		},
	}})
}
