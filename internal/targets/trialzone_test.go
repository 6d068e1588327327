package targets

import "testing"

// A zone named 试验区 or 实验区 (汕头华侨经济文化合作试验区, called 华侨试验区)
// is a region of its own inside its city's report, as 投资区 and 合作区 are.
func TestTrialZoneInACityReport(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "review and plan",
			text: "汕头市2020年政府工作报告\n一、2019年工作回顾\n全市固定资产投资增长10.3%。华侨试验区完成固定资产投资增长35.2%。\n二、2020年工作安排\n推动华侨试验区地区生产总值增长10%以上。\n",
			wants: []fig{
				{"汕头市", 2019, "", Reported, "fai_growth", 10.3, Exactly, ""},
				{"华侨试验区", 2019, "", Reported, "fai_growth", 35.2, Exactly, ""},
				{"华侨试验区", 2020, "", Planned, "gdp_growth", 10, AtLeast, ""},
			},
		},
		{
			name: "实验区, traditional script",
			text: "平潭縣2024年政府工作報告\n一、2023年工作回顧\n全縣地區生產總值增長6.1%,金井實驗區規模以上工業增加值增長14.6%。\n",
			wants: []fig{
				{"平潭县", 2023, "", Reported, "gdp_growth", 6.1, Exactly, ""},
				{"金井实验区", 2023, "", Reported, "industry_va_growth", 14.6, Exactly, ""},
			},
		},
	})
}
