package targets

import "testing"

// A review's table of targets against results, flattened with bars, tabs
// or spaces: each cell goes to the column its header (or a caption, or the
// cell's own words) names — a target or a result, of the year named — and
// a unit column is the unit. A table whose header cannot be read gives no
// figure rather than one of a guessed kind.
func TestTableColumnsTargetsAgainstResults(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "bars, a header naming the targets' year and a results column without one, a unit column",
			text: "常德市2022年政府工作报告\n一、2021年工作回顾\n主要指标完成情况：\n" +
				"指标 | 单位 | 2021年计划 | 执行情况\n" +
				"规模以上工业增加值增长 | % | 8.5以上 | 9.1\n" +
				"固定资产投资增长 | % | 9 | -2.4\n" +
				"城镇调查失业率 | % | 5.5以内 | 4.9\n" +
				"二、2022年工作安排\n",
			wants: []fig{
				{"常德市", 2021, "", Planned, "industry_va_growth", 8.5, AtLeast, ""},
				{"常德市", 2021, "", Reported, "industry_va_growth", 9.1, Exactly, ""},
				{"常德市", 2021, "", Planned, "fai_growth", 9, Exactly, ""},
				{"常德市", 2021, "", Reported, "fai_growth", -2.4, Exactly, ""},
				{"常德市", 2021, "", Planned, "surveyed_unemployment", 5.5, AtMost, ""},
				{"常德市", 2021, "", Reported, "surveyed_unemployment", 4.9, Exactly, ""},
			},
		},
		{
			name: "tabs, a header of kinds without years in a review: the reviewed year's target and result",
			text: "荆州市2023年政府工作报告\n一、2022年工作回顾\n" +
				"指标名称\t预期目标\t实际完成\n" +
				"地区生产总值增长\t6.5%左右\t4.8%\n" +
				"社会消费品零售总额增长\t7%—8%\t-1.6%\n" +
				"二、2023年工作安排\n",
			wants: []fig{
				{"荆州市", 2022, "", Planned, "gdp_growth", 6.5, About, ""},
				{"荆州市", 2022, "", Reported, "gdp_growth", 4.8, Exactly, ""},
				{"荆州市", 2022, "", Planned, "retail_sales_growth", 7, AtLeast, "7%—8%"},
				{"荆州市", 2022, "", Reported, "retail_sales_growth", -1.6, Exactly, ""},
			},
		},
		{
			name: "full-width bars without a header, the year in a caption, each cell saying its kind",
			text: "南充市2024年政府工作报告\n一、2023年工作回顾\n表2 2023年主要经济指标完成情况\n" +
				"一般公共预算收入增长｜计划6%以上｜实际-2.7%\n" +
				"农村居民人均可支配收入增长｜预期7.5%｜实现7.9%\n" +
				"二、2024年工作安排\n",
			wants: []fig{
				{"南充市", 2023, "", Planned, "budget_revenue_growth", 6, AtLeast, ""},
				{"南充市", 2023, "", Reported, "budget_revenue_growth", -2.7, Exactly, ""},
				{"南充市", 2023, "", Planned, "rural_disposable_income_growth", 7.5, Exactly, ""},
				{"南充市", 2023, "", Reported, "rural_disposable_income_growth", 7.9, Exactly, ""},
			},
		},
		{
			name: "runs of spaces, a header of kinds and a unit cell the header has no column for",
			text: "德阳市2025年政府工作报告\n一、2024年工作回顾\n" +
				"项目    目标    实绩\n" +
				"地区生产总值增长    %    6左右    5.9\n" +
				"一般公共预算收入    亿元    160    171.3\n" +
				"二、2025年工作安排\n",
			wants: []fig{
				{"德阳市", 2024, "", Planned, "gdp_growth", 6, About, ""},
				{"德阳市", 2024, "", Reported, "gdp_growth", 5.9, Exactly, ""},
				{"德阳市", 2024, "", Planned, "budget_revenue", 160, Exactly, ""},
				{"德阳市", 2024, "", Reported, "budget_revenue", 171.3, Exactly, ""},
			},
		},
		{
			name: "runs of spaces without a header under a caption, cells opening with their kind",
			text: "赣州市2024年政府工作报告\n一、2023年工作回顾\n2023年主要指标完成情况表\n" +
				"规模以上工业增加值增长   预期9%   完成8.2%\n" +
				"居民消费价格涨幅   预期3%左右   完成0.3%\n",
			wants: []fig{
				{"赣州市", 2023, "", Planned, "industry_va_growth", 9, Exactly, ""},
				{"赣州市", 2023, "", Reported, "industry_va_growth", 8.2, Exactly, ""},
				{"赣州市", 2023, "", Planned, "cpi", 3, About, ""},
				{"赣州市", 2023, "", Reported, "cpi", 0.3, Exactly, ""},
			},
		},
		{
			name: "a ratio of result to plan and a remark column are no figures",
			text: "常德市2022年政府工作报告\n一、2021年工作回顾\n" +
				"指标 | 2021年目标 | 2021年完成 | 完成率 | 完成情况\n" +
				"一般公共预算收入 | 150亿元 | 156亿元 | 104% | 完成\n",
			wants: []fig{
				{"常德市", 2021, "", Planned, "budget_revenue", 150, Exactly, ""},
				{"常德市", 2021, "", Reported, "budget_revenue", 156, Exactly, ""},
			},
		},
	})
}

// Rows of bare numbers with no header to say which is the target and which
// the result give no figure: the first number had been shown as the
// section's kind and the second lost.
func TestTableRowsWithoutAHeaderGiveNoFigure(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "bars",
			text: "常德市2022年政府工作报告\n一、2021年工作回顾\n地区生产总值增长 | 7.5% | 7.7%\n固定资产投资增长 | 9% | -2.4%\n",
			none: []string{"gdp_growth", "fai_growth"},
		},
		{
			name: "tabs",
			text: "荆州市2023年政府工作报告\n一、2022年工作回顾\n地区生产总值增长\t6.5%\t4.8%\n",
			none: []string{"gdp_growth"},
		},
		{
			name: "spaces",
			text: "德阳市2025年政府工作报告\n一、2024年工作回顾\n地区生产总值增长   6%   5.9%\n一般公共预算收入增长   5%   -1.2%\n",
			none: []string{"gdp_growth", "budget_revenue_growth"},
		},
	})
}

// A digest line (name:value, one a line) reads as the same words in a
// sentence: CPI as an index is the rise, a growth named before the colon
// is growth.
func TestDigestLinesNameColonValue(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "index, rise and growth after a colon",
		text: "南充市2024年政府工作报告\n一、2023年工作回顾\n主要指标：\n居民消费价格指数：100.6\n" +
			"地区生产总值增长：5.8%\n一般公共预算收入增速：-2.7%\n城镇调查失业率：5.4%\n",
		wants: []fig{
			{"南充市", 2023, "", Reported, "cpi", 0.6, Exactly, ""},
			{"南充市", 2023, "", Reported, "gdp_growth", 5.8, Exactly, ""},
			{"南充市", 2023, "", Reported, "budget_revenue_growth", -2.7, Exactly, ""},
			{"南充市", 2023, "", Reported, "surveyed_unemployment", 5.4, Exactly, ""},
		},
	}, {
		name: "a fall after a colon, then the rise",
		text: "德阳市2025年政府工作报告\n一、2024年工作回顾\n规模以上工业增加值增长：-1.5%\n居民消费价格涨幅：0.4%\n",
		wants: []fig{
			{"德阳市", 2024, "", Reported, "industry_va_growth", -1.5, Exactly, ""},
			{"德阳市", 2024, "", Reported, "cpi", 0.4, Exactly, ""},
		},
	}})
}

// checkOnlyTheseFigures is checkReading that also fails on any figure not
// wanted: a table's number filed under the wrong column is a wrong fact
// even when the right ones are there too.
func checkOnlyTheseFigures(t *testing.T, tests []readingCase) {
	t.Helper()
	checkReading(t, tests)
	for _, tt := range tests {
		for _, f := range Extract(tt.text) {
			wanted := false
			for _, w := range tt.wants {
				wanted = wanted || has([]Figure{f}, w)
			}
			if !wanted {
				t.Errorf("%s: read %v from %q, which is not wanted", tt.name, f, f.Quote)
			}
		}
	}
}

// A row of values whose name has a header word in it (重点项目投资增长) is a
// row, not the next table's header: the rows below it keep their columns.
// A ratio of result to plan beside a growth row is no figure either.
func TestTableRowNamedLikeAHeader(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "项目 in a row's name",
		text: "荆门市2022年政府工作报告\n一、2021年工作回顾\n表1 2021年主要指标完成情况\n" +
			"指标 | 2021年目标 | 2021年完成\n地区生产总值增长 | 8% | 8.9%\n重点项目投资增长 | 10% | 12%\n固定资产投资增长 | 9% | 8%\n",
		wants: []fig{
			{"荆门市", 2021, "", Planned, "gdp_growth", 8, Exactly, ""},
			{"荆门市", 2021, "", Reported, "gdp_growth", 8.9, Exactly, ""},
			{"荆门市", 2021, "", Planned, "fai_growth", 9, Exactly, ""},
			{"荆门市", 2021, "", Reported, "fai_growth", 8, Exactly, ""},
		},
	}, {
		name: "a 完成率 column beside growth rates",
		text: "常德市2022年政府工作报告\n一、2021年工作回顾\n" +
			"指标 | 2021年目标 | 2021年完成 | 完成率 | 完成情况\n规模以上工业增加值增长 | 6% | 6.5% | 108% | 完成\n",
		wants: []fig{
			{"常德市", 2021, "", Planned, "industry_va_growth", 6, Exactly, ""},
			{"常德市", 2021, "", Reported, "industry_va_growth", 6.5, Exactly, ""},
		},
	}})
}
