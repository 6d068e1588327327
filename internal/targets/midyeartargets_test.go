package targets

import "testing"

// A mid-year report or meeting names the targets set at the start of the
// year it is given in: 年初…确定的主要预期目标为…, 对照年初确定的…的全年目标,
// and a 力争全年… still ahead are that year's planned figures, not the
// next year's and not results.
func TestAMidYearTextsOwnYearsTargets(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "a half-year plan report restating the year-start targets",
		text: "关于余杭区2022年上半年国民经济和社会发展计划执行情况的报告\n——2022年7月26日在余杭区人民代表大会常务委员会会议上\n" +
			"一、上半年计划执行情况\n年初区人代会确定的主要预期目标为:地区生产总值增长6.5%以上,固定资产投资增长8%。\n",
		wants: []fig{
			{"余杭区", 2022, "", Planned, "gdp_growth", 6.5, AtLeast, ""},
			{"余杭区", 2022, "", Planned, "fai_growth", 8, Exactly, ""},
		},
	}, {
		name: "a mid-year meeting's 对照…的全年目标 and 力争全年",
		text: "容桂街道召开2024年上半年经济形势分析会\n2024-07-18 来源:顺德城市网\n" +
			"会议指出,对照年初确定的地区生产总值增长5%、固定资产投资增长8%的全年目标,仍需加倍努力。\n" +
			"会议要求,下半年要全力抓招商,力争全年引进亿元以上项目15个。\n",
		wants: []fig{
			{"容桂街道", 2024, "", Planned, "gdp_growth", 5, Exactly, ""},
			{"容桂街道", 2024, "", Planned, "fai_growth", 8, Exactly, ""},
			{"容桂街道", 2024, "", Planned, "projects_introduced", 15, Exactly, ""},
		},
	}})
}

// An excerpt of a plan report that opens in the last year's items and
// writes its year only in the next part's heading (二、2024年国民经济和社会
// 发展计划的总体要求和主要目标) is dated by that heading: its items are 2023's.
func TestAPlanReportDatedByItsNextPart(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "——指标。年度计划…,预计… before the plan's heading",
		text: "全市经济运行总体回升向好。从主要指标完成情况看:\n——地区生产总值。年度计划增长6%左右,预计增长5.2%。\n——固定资产投资。年度计划增长8%,预计增长3.1%。\n" +
			"二、2024年国民经济和社会发展计划的总体要求和主要目标\n——地区生产总值增长5.5%左右。温州市将…\n",
		wants: []fig{
			{"温州市", 2023, "", Planned, "gdp_growth", 6, About, ""},
			{"温州市", 2023, "", Reported, "gdp_growth", 5.2, Exactly, ""},
			{"温州市", 2023, "", Planned, "fai_growth", 8, Exactly, ""},
			{"温州市", 2023, "", Reported, "fai_growth", 3.1, Exactly, ""},
			{"温州市", 2024, "", Planned, "gdp_growth", 5.5, About, ""},
		},
	}})
}
