package targets

import "testing"

// An arrow after a level and before a number is the rate's verb (41280元
// ⬆️4.6%, 4150亿元 ▲5.2%, ↓3.1%); one opening a line is a bullet.
func TestArrowsMarkRates(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "emoji and plain arrows, up and down",
			text: "包头市2025年政府工作报告\n2024年主要指标:\n城镇居民人均可支配收入 41280元 ⬆️4.6%\n地区生产总值 4150亿元 ▲5.2%\n固定资产投资 ↓ 2.5%\n",
			wants: []fig{
				{"包头市", 2024, "", Reported, "urban_disposable_income", 41280, Exactly, ""},
				{"包头市", 2024, "", Reported, "urban_disposable_income_growth", 4.6, Exactly, ""},
				{"包头市", 2024, "", Reported, "gdp", 4150, Exactly, ""},
				{"包头市", 2024, "", Reported, "gdp_growth", 5.2, Exactly, ""},
				{"包头市", 2024, "", Reported, "fai_growth", -2.5, Exactly, ""},
			},
		},
		{
			name: "an arrow as a bullet",
			text: "包头市2025年政府工作报告\n2024年:\n▲ 全市地区生产总值4150亿元,增长5.2%。\n",
			wants: []fig{
				{"包头市", 2024, "", Reported, "gdp", 4150, Exactly, ""},
				{"包头市", 2024, "", Reported, "gdp_growth", 5.2, Exactly, ""},
			},
		},
	})
}

// The quote of a rate read from an arrow shows the arrow as written.
func TestArrowQuoteIsVerbatim(t *testing.T) {
	text := "包头市2025年政府工作报告\n2024年主要指标:\n地区生产总值 4150亿元 ▲5.2%\n"
	for _, f := range Extract(text) {
		if text[f.Start:f.End] != f.Quote {
			t.Errorf("%v: quote %q is not the text at %d:%d", f, f.Quote, f.Start, f.End)
		}
		if f.Indicator == "gdp_growth" && f.Quote != "地区生产总值 4150亿元 ▲5.2%" {
			t.Errorf("gdp_growth quote %q, want the line with its arrow", f.Quote)
		}
	}
}
