package targets

import "testing"

// A rate given through its change: the size of a fall narrowed to X%
// (降幅收窄至/到, also after a level), a rate that turned positive with its
// number a clause later (由负转正,达到; 扭负为正,为; 由降转升,实现…). A change
// in points gives no figure.
func TestRatesGivenThroughTheirChange(t *testing.T) {
	text := "2025年韶关市政府工作报告\n一、2024年工作回顾\n" +
		"全市固定资产投资降幅收窄至3.6%，降幅比上年收窄4.2个百分点。税收收入降幅收窄到2.4%。\n" +
		"一般公共预算收入97.3亿元，降幅收窄至0.8%；规模以上工业增加值增速由负转正，达到4.7%。\n" +
		"外贸进出口总额扭负为正，为6.1%。社会消费品零售总额增速回落1.9个百分点。\n"
	checkReading(t, []readingCase{{
		name: "降幅收窄至/到, after a level too; 由负转正 and 扭负为正 with the rate in the next clause",
		text: text,
		wants: []fig{
			{"韶关市", 2024, "", Reported, "fai_growth", -3.6, Exactly, ""},
			{"韶关市", 2024, "", Reported, "tax_revenue_growth", -2.4, Exactly, ""},
			{"韶关市", 2024, "", Reported, "budget_revenue", 97.3, Exactly, ""},
			{"韶关市", 2024, "", Reported, "budget_revenue_growth", -0.8, Exactly, ""},
			{"韶关市", 2024, "", Reported, "industry_va_growth", 4.7, Exactly, ""},
			{"韶关市", 2024, "", Reported, "import_export_growth", 6.1, Exactly, ""},
		},
		none: []string{"retail_sales_growth"},
	}})
	// The narrowing in points is no rate, and a fall's size is no rise.
	notRead(t, text, fig{"韶关市", 2024, "", Reported, "fai_growth", -4.2, Exactly, ""}, fig{"韶关市", 2024, "", Reported, "fai_growth", 3.6, Exactly, ""})
}
