package targets

import "testing"

// checkAbsent asserts that a text gives none of the figures listed: the
// misreadings a reading test guards against, besides the figures it wants.
func checkAbsent(t *testing.T, text string, wrong []fig) {
	t.Helper()
	figs := Extract(text)
	for _, w := range wrong {
		if has(figs, w) {
			t.Errorf("read %v, a misreading", w)
		}
	}
}

// A sentence telling two years, each clause opening with its own: each
// clause's year dates its figures, a past year's as results and the
// plan's year's as targets, whatever the sentence's other clauses say.
func TestTwoYearSentence(t *testing.T) {
	review := "岳阳市2025年政府工作报告\n一、2024年工作回顾\n2024年全市规模以上工业增加值增长6.8%，2025年全市规模以上工业增加值力争增长7.5%。\n"
	news := "岳阳市2025年政府工作报告\n新闻稿\n代市长在报告中介绍，2024年全市固定资产投资增长3.2%，2025年预期增长5%左右。\n"
	checkReading(t, []readingCase{
		{
			name: "in the review, the second clause's year is the plan's",
			text: review,
			wants: []fig{
				{"岳阳市", 2024, "", Reported, "industry_va_growth", 6.8, Exactly, ""},
				{"岳阳市", 2025, "", Planned, "industry_va_growth", 7.5, Exactly, ""},
			},
		},
		{
			name: "in news, the first clause stays a result though the second plans",
			text: news,
			wants: []fig{
				{"岳阳市", 2024, "", Reported, "fai_growth", 3.2, Exactly, ""},
			},
		},
		{
			name: "a sentence whose years come in the other order",
			text: "岳阳市2025年政府工作报告\n二、2025年工作安排\n2025年全市地区生产总值预期增长6%，2024年全市地区生产总值增长5.1%。\n",
			wants: []fig{
				{"岳阳市", 2025, "", Planned, "gdp_growth", 6, Exactly, ""},
				{"岳阳市", 2024, "", Reported, "gdp_growth", 5.1, Exactly, ""},
			},
		},
	})
	checkAbsent(t, review, []fig{{"岳阳市", 2024, "", Reported, "industry_va_growth", 7.5, Exactly, ""}})
	checkAbsent(t, news, []fig{{"岳阳市", 2024, "", Planned, "fai_growth", 3.2, Exactly, ""}})
	// 预期增长6% after a level is what was expected, no result to carry the
	// level's subject to.
	checkAbsent(t, "岳阳市2025年政府工作报告\n一、2024年工作回顾\n全市社会消费品零售总额1320亿元，预期增长6%，实际增长4.9%。\n",
		[]fig{{"岳阳市", 2024, "", Reported, "retail_sales_growth", 6, Exactly, ""}})
}

// A clause that opens with its own year (or 今年) and says only what the
// year is expected to bring (…,2025年预期增长6.5%左右) carries the subject
// of the clause before it: the year's target, not a subject of its own.
func TestDatedExpectationCarriesTheSubject(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "news: a result, then the next year's expectation with the year written out",
			text: "邵东市2025年政府工作报告\n新闻\n市长在报告中说，2024年全市固定资产投资增长4.3%，2025年预期增长6.5%左右。\n",
			wants: []fig{
				{"邵东市", 2024, "", Reported, "fai_growth", 4.3, Exactly, ""},
				{"邵东市", 2025, "", Planned, "fai_growth", 6.5, About, ""},
			},
		},
		{
			name: "a review: last year's result, then 今年预期 after a level and its rate",
			text: "邵东市2025年政府工作报告\n一、2024年工作回顾\n去年全市实现社会消费品零售总额286亿元、增长5.3%，今年预期增长6.2%。\n",
			wants: []fig{
				{"邵东市", 2024, "", Reported, "retail_sales_growth", 5.3, Exactly, ""},
				{"邵东市", 2025, "", Planned, "retail_sales_growth", 6.2, Exactly, ""},
			},
		},
	})
	checkAbsent(t, "邵东市2025年政府工作报告\n新闻\n市长在报告中说，2024年全市固定资产投资增长4.3%，2025年预期增长6.5%左右。\n",
		[]fig{{"邵东市", 2024, "", Reported, "fai_growth", 6.5, About, ""}, {"邵东市", 2024, "", Planned, "fai_growth", 4.3, Exactly, ""}})
}
