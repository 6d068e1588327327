package targets

import "testing"

// The nation's or the province's value beside the region's is that unit's
// (…上涨0.4%,全国为0.2%; 全省目标为地区生产总值增长5.5%左右), and the
// clauses after 我市/全市 are the report's own region's again.
func TestNationBesideRegion(t *testing.T) {
	checkRegions(t, []regionCase{{
		readingCase: readingCase{
			name: "全国为 after the city's cpi",
			text: "郴州市2024年政府工作报告\n2023年,全市居民消费价格上涨0.4%,全国为0.2%;城镇调查失业率5.3%。\n",
			wants: []fig{
				{"郴州市", 2023, "", Reported, "cpi", 0.4, Exactly, ""},
				{"全国", 2023, "", Reported, "cpi", 0.2, Exactly, ""},
				{"郴州市", 2023, "", Reported, "surveyed_unemployment", 5.3, Exactly, ""},
			},
		},
		not: []fig{{"郴州市", 2023, "", Reported, "cpi", 0.2, Exactly, ""}, {"全国", 2023, "", Reported, "surveyed_unemployment", 5.3, Exactly, ""}},
	}, {
		readingCase: readingCase{
			name: "全国同期上涨, full-width",
			text: "郴州市2024年政府工作报告\n2023年，全市居民消费价格上涨0.4%，全国同期上涨0.2%。\n",
			wants: []fig{
				{"郴州市", 2023, "", Reported, "cpi", 0.4, Exactly, ""},
				{"全国", 2023, "", Reported, "cpi", 0.2, Exactly, ""},
			},
		},
		not: []fig{{"郴州市", 2023, "", Reported, "cpi", 0.2, Exactly, ""}},
	}, {
		readingCase: readingCase{
			name: "全省目标为 and 全国的预期目标是 in the plan",
			text: "郴州市2024年政府工作报告\n2024年主要预期目标是:地区生产总值增长6%左右;全国的预期目标是国内生产总值增长5%左右,全省目标为地区生产总值增长5.5%左右。\n",
			wants: []fig{
				{"郴州市", 2024, "", Planned, "gdp_growth", 6, About, ""},
				{"全国", 2024, "", Planned, "gdp_growth", 5, About, ""},
				{"湖南省", 2024, "", Planned, "gdp_growth", 5.5, About, ""},
			},
		},
		not: []fig{{"郴州市", 2024, "", Planned, "gdp_growth", 5.5, About, ""}, {"郴州市", 2024, "", Planned, "gdp_growth", 5, About, ""}},
	}, {
		readingCase: readingCase{
			name: "the clause after 我市 is the city's",
			text: "郴州市2024年政府工作报告\n2023年,全国国内生产总值增长5.2%,我市地区生产总值增长4.8%,固定资产投资增长3.1%。\n",
			wants: []fig{
				{"全国", 2023, "", Reported, "gdp_growth", 5.2, Exactly, ""},
				{"郴州市", 2023, "", Reported, "gdp_growth", 4.8, Exactly, ""},
				{"郴州市", 2023, "", Reported, "fai_growth", 3.1, Exactly, ""},
			},
		},
		not: []fig{{"全国", 2023, "", Reported, "fai_growth", 3.1, Exactly, ""}},
	}, {
		readingCase: readingCase{
			name: "the clause after 全市 is the city's, after 全省",
			text: "郴州市2024年政府工作报告\n2023年,全省一般公共预算收入增长5.5%,全市一般公共预算收入增长4%,规模工业增加值增长6.4%。\n",
			wants: []fig{
				{"湖南省", 2023, "", Reported, "budget_revenue_growth", 5.5, Exactly, ""},
				{"郴州市", 2023, "", Reported, "budget_revenue_growth", 4, Exactly, ""},
				{"郴州市", 2023, "", Reported, "industry_va_growth", 6.4, Exactly, ""},
			},
		},
		not: []fig{{"湖南省", 2023, "", Reported, "industry_va_growth", 6.4, Exactly, ""}},
	}, {
		readingCase: readingCase{
			name: "全国为 / 全省为 is an aside: the next clause is the city's",
			text: "郴州市2024年政府工作报告\n2023年,全市居民消费价格上涨0.4%,全国为0.2%,城镇调查失业率5.3%;全市规模工业增加值增长6%,全省为5.1%,固定资产投资增长2%。\n",
			wants: []fig{
				{"郴州市", 2023, "", Reported, "cpi", 0.4, Exactly, ""},
				{"全国", 2023, "", Reported, "cpi", 0.2, Exactly, ""},
				{"郴州市", 2023, "", Reported, "surveyed_unemployment", 5.3, Exactly, ""},
				{"郴州市", 2023, "", Reported, "industry_va_growth", 6, Exactly, ""},
				{"郴州市", 2023, "", Reported, "fai_growth", 2, Exactly, ""},
			},
		},
		not: []fig{
			{"郴州市", 2023, "", Reported, "industry_va_growth", 5.1, Exactly, ""}, // 全省为 after a rate is not read at all: a miss, not the city's
			{"全国", 2023, "", Reported, "surveyed_unemployment", 5.3, Exactly, ""},
			{"湖南省", 2023, "", Reported, "fai_growth", 2, Exactly, ""},
		},
	}, {
		readingCase: readingCase{
			name: "a province's sentence still carries without the city named",
			text: "郴州市2024年政府工作报告\n2023年,全省地区生产总值增长4.6%,规模工业增加值增长5.1%。\n",
			wants: []fig{
				{"湖南省", 2023, "", Reported, "gdp_growth", 4.6, Exactly, ""},
				{"湖南省", 2023, "", Reported, "industry_va_growth", 5.1, Exactly, ""},
			},
		},
		not: []fig{{"郴州市", 2023, "", Reported, "industry_va_growth", 5.1, Exactly, ""}},
	}})
}
