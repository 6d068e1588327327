package targets

import "testing"

// This year's target given right after last year's result of the same
// indicator, with no name of its own (…增长6.2%,今年预期增长6.5%; …;今年安排
// 增长4%; 。今年继续控制在3.5%以内): a planned figure of the year ahead for that
// indicator, and no plan part opened for the review after it.
func TestReadingTargetsOfTheYearAhead(t *testing.T) {
	cases := []readingCase{
		{
			name: "after a comma, a semicolon and a full stop",
			text: "2024年衡阳市政府工作报告\n一、2023年工作回顾\n" +
				"去年全市社会消费品零售总额增长6.2%，今年预期增长6.5%。全市一般公共预算收入完成160.4亿元，增长5.1%；今年安排增长4%。" +
				"城镇登记失业率为3.1%。今年继续控制在3.5%以内。固定资产投资增长4.8%。\n",
			wants: []fig{
				{"衡阳市", 2023, "", Reported, "retail_sales_growth", 6.2, Exactly, ""},
				{"衡阳市", 2024, "", Planned, "retail_sales_growth", 6.5, Exactly, ""},
				{"衡阳市", 2023, "", Reported, "budget_revenue", 160.4, Exactly, ""},
				{"衡阳市", 2023, "", Reported, "budget_revenue_growth", 5.1, Exactly, ""},
				{"衡阳市", 2024, "", Planned, "budget_revenue_growth", 4, Exactly, ""},
				{"衡阳市", 2023, "", Reported, "registered_unemployment", 3.1, Exactly, ""},
				{"衡阳市", 2024, "", Planned, "registered_unemployment", 3.5, AtMost, ""},
				// the review goes on after the target: no plan part opened
				{"衡阳市", 2023, "", Reported, "fai_growth", 4.8, Exactly, ""},
			},
		},
		{
			name: "a news piece: last year's level, this year's target with 力争 and 目标是",
			text: "常德市两会新闻\n2024-01-12 来源：常德日报\n记者了解到，去年全市规模以上工业增加值增长7.3%，今年力争增长8%以上。去年全市城镇调查失业率为5.3%，今年的目标是控制在5.5%以内。\n",
			wants: []fig{
				{"常德市", 2023, "", Reported, "industry_va_growth", 7.3, Exactly, ""},
				{"常德市", 2024, "", Planned, "industry_va_growth", 8, AtLeast, ""},
				{"常德市", 2023, "", Reported, "surveyed_unemployment", 5.3, Exactly, ""},
				{"常德市", 2024, "", Planned, "surveyed_unemployment", 5.5, AtMost, ""},
			},
		},
	}
	checkReading(t, cases)
	// The target is no second result of the year under review.
	notRead(t, cases[0].text, fig{"衡阳市", 2023, "", Reported, "retail_sales_growth", 6.5, Exactly, ""},
		fig{"衡阳市", 2024, "", Planned, "fai_growth", 4.8, Exactly, ""})
	// A December report's 今年 is the year under review: no target of the
	// year ahead can be read from it.
	notRead(t, "关于娄底市2023年国民经济和社会发展计划执行情况的报告\n——2023年12月26日在娄底市人大常委会会议上\n一、2023年计划执行情况\n全市固定资产投资增长5.5%，今年预期增长6%。\n",
		fig{"娄底市", 2024, "", Planned, "fai_growth", 6, Exactly, ""}, fig{"娄底市", 2023, "", Reported, "fai_growth", 6, Exactly, ""})
}

// A digest that heads each item with its indicator's name alone and gives
// last year's target, its result and this year's target in the sentences
// after it (——地区生产总值。年初安排增长8%,实际增长7.6%。今年目标增长7%左右。).
func TestReadingItemsHeadedByTheirIndicator(t *testing.T) {
	cases := []readingCase{
		{
			name: "items headed by the indicator alone",
			text: "2018年襄阳市政府工作报告（摘要）\n一、2017年主要目标完成情况\n" +
				"——地区生产总值。年初安排增长8%，实际增长7.6%。今年目标增长7%左右。\n" +
				"——固定资产投资。去年计划增长12%，实际完成增长13.1%，总额达到3210.5亿元。今年计划增长10%以上。\n" +
				"——居民消费价格。去年控制目标3%左右，实际上涨1.8%。今年目标与全省衔接。\n" +
				"——空气质量。全市空气质量优良天数达到265天。今年力争优良天数达到270天以上。\n",
			wants: []fig{
				{"襄阳市", 2017, "", Planned, "gdp_growth", 8, Exactly, ""},
				{"襄阳市", 2017, "", Reported, "gdp_growth", 7.6, Exactly, ""},
				{"襄阳市", 2018, "", Planned, "gdp_growth", 7, About, ""},
				{"襄阳市", 2017, "", Planned, "fai_growth", 12, Exactly, ""},
				{"襄阳市", 2017, "", Reported, "fai_growth", 13.1, Exactly, ""},
				{"襄阳市", 2017, "", Reported, "fai", 3210.5, Exactly, ""},
				{"襄阳市", 2018, "", Planned, "fai_growth", 10, AtLeast, ""},
				{"襄阳市", 2017, "", Planned, "cpi", 3, About, ""},
				{"襄阳市", 2017, "", Reported, "cpi", 1.8, Exactly, ""},
				{"襄阳市", 2017, "", Reported, "air_quality_days", 265, Exactly, ""},
				{"襄阳市", 2018, "", Planned, "air_quality_days", 270, AtLeast, ""},
			},
		},
	}
	checkReading(t, cases)
	// Last year's targets are not its results, nor this year's targets.
	notRead(t, cases[0].text, fig{"襄阳市", 2017, "", Reported, "gdp_growth", 8, Exactly, ""}, fig{"襄阳市", 2018, "", Planned, "fai_growth", 13.1, Exactly, ""},
		fig{"襄阳市", 2018, "", Planned, "air_quality_days", 265, Exactly, ""})
}
