package targets

import "testing"

// Figures of a part of the year (上半年, 前三季度, 1—11月) are the months'
// own: shown as the year's result they mislead, so none is read; the whole
// year named again after them (预计全年, 全年) is read.
func TestPartOfTheYearIsNotTheYear(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "a December review: the months so far, then the year's estimate",
			text: "关于浏阳市2025年国民经济和社会发展计划执行情况的报告\n——2025年12月20日在浏阳市人大常委会会议上\n" +
				"一、2025年计划执行情况\n全市地区生产总值预计增长6.2%。1-11月,规模以上工业增加值增长9.4%,预计全年增长9%;前10个月社会消费品零售总额增长5.5%。截至11月底,一般公共预算收入增长4.1%。\n",
			wants: []fig{
				{"浏阳市", 2025, "", Reported, "gdp_growth", 6.2, Exactly, ""},
				{"浏阳市", 2025, "", Reported, "industry_va_growth", 9, Exactly, ""},
			},
			none: []string{"retail_sales_growth", "budget_revenue_growth"},
		},
		{
			name: "a mid-year report: the first half's results are not the year's; its targets are",
			text: "关于2024年上半年全市经济运行情况的报告\n——2024年7月22日在宜春市人大常委会会议上\n" +
				"上半年,全市实现地区生产总值1702.6亿元,同比增长5.1%;固定资产投资增长4.3%;城镇调查失业率5.3%。\n二、下半年工作安排\n确保完成全年地区生产总值增长6%左右的目标。\n",
			wants: []fig{
				{"宜春市", 2024, "", Planned, "gdp_growth", 6, About, ""},
			},
			none: []string{"gdp", "fai_growth", "surveyed_unemployment"},
		},
		{
			name: "a slogan naming quarters is no time of a figure; a signing ceremony's projects are its own",
			text: "2025年萍乡市政府工作报告\n一、2024年工作回顾\n实现一季度“开门红”、上半年“双过半”,地区生产总值增长5.6%。二季度举行重大项目集中签约仪式,23个项目成功签约。\n",
			wants: []fig{
				{"萍乡市", 2024, "", Reported, "gdp_growth", 5.6, Exactly, ""},
				{"萍乡市", 2024, "", Reported, "projects_introduced", 23, Exactly, ""},
			},
		},
	})
	for _, f := range Extract("关于浏阳市2025年国民经济和社会发展计划执行情况的报告\n——2025年12月20日在浏阳市人大常委会会议上\n一、2025年计划执行情况\n1-11月,规模以上工业增加值增长9.4%,预计全年增长9%。\n") {
		if f.Value == 9.4 {
			t.Errorf("read the months' %v «%s» beside the year's", f, f.Quote)
		}
	}
}

// A report named for the year it plans but given in the December before
// (宁乡市2026年政府工作报告, 2025年12月26日): its 今年 is the year under
// review and its 明年 the year it plans, under headings naming them or not.
func TestDecemberReportNamedForTheNextYear(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "dated by a bare full date under the title",
			text: "宁乡市2026年政府工作报告\n(2025年12月26日)\n一、2025年工作回顾\n今年以来,全市地区生产总值预计增长6.1%。\n二、2026年工作安排\n明年主要预期目标是:地区生产总值增长6%左右,一般公共预算收入增长3%。\n",
			wants: []fig{
				{"宁乡市", 2025, "", Reported, "gdp_growth", 6.1, Exactly, ""},
				{"宁乡市", 2026, "", Planned, "gdp_growth", 6, About, ""},
				{"宁乡市", 2026, "", Planned, "budget_revenue_growth", 3, Exactly, ""},
			},
		},
		{
			name: "a zone's work meeting named for the next year, dated by the page",
			text: "株洲高新区召开2025年工作会议\n来源:株洲日报 2024-12-27 09:10\n12月26日,株洲高新区召开2025年工作会议,管委会主任作工作报告。报告指出,今年以来,全区地区生产总值预计增长6.8%。会议提出,明年主要预期目标是:地区生产总值增长7%以上。\n",
			wants: []fig{
				{"株洲高新区", 2024, "", Reported, "gdp_growth", 6.8, Exactly, ""},
				{"株洲高新区", 2025, "", Planned, "gdp_growth", 7, AtLeast, ""},
			},
		},
	})
	if got := Analyze("宁乡市2026年政府工作报告\n(2025年12月26日)\n明年,地区生产总值增长6%左右。\n").Figures; len(got) != 1 || got[0].Year != 2026 {
		t.Errorf("明年 of a December report: %v", got)
	}
}
