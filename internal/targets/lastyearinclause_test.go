package targets

import "testing"

// A news piece that sets last year's figures beside this year's targets
// indicator by indicator: a 去年 between the indicator and its verb dates
// the result (规模以上工业增加值去年增长6.2%), after a comma or a 、 the
// year ahead's target follows (今年力争…, 、今年预期增长5%, 今年这一指标…,
// 今年目标4.5万人), and a from–to from 去年 to 今年 gives both years.
func TestLastYearAndThisYearIndicatorByIndicator(t *testing.T) {
	head := "桂林:稳中求进开新局 今年经济增长预期目标定为5.5%左右\n2025-01-09 08:40 来源:桂林日报\n" +
		"1月8日,桂林市第七届人民代表大会第五次会议开幕。市长作政府工作报告,回顾过去一年工作,部署今年目标任务。\n"
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "去年 after the indicator, 今年 after a comma or a 、",
			text: head + "报告显示,规模以上工业增加值去年增长6.2%,今年力争增长7%;社会消费品零售总额去年增长3.8%、今年预期增长5%。\n",
			wants: []fig{
				{"桂林市", 2025, "", Planned, "gdp_growth", 5.5, About, ""},
				{"桂林市", 2024, "", Reported, "industry_va_growth", 6.2, Exactly, ""},
				{"桂林市", 2025, "", Planned, "industry_va_growth", 7, Exactly, ""},
				{"桂林市", 2024, "", Reported, "retail_sales_growth", 3.8, Exactly, ""},
				{"桂林市", 2025, "", Planned, "retail_sales_growth", 5, Exactly, ""},
			},
		},
		{
			name: "这一指标, and a count's target with no verb",
			text: head + "去年桂林一般公共预算收入完成126.4亿元、增长3.5%,今年这一指标预期增长4%;新增城镇就业去年4.8万人,今年目标4.5万人。\n",
			wants: []fig{
				{"桂林市", 2025, "", Planned, "gdp_growth", 5.5, About, ""},
				{"桂林市", 2024, "", Reported, "budget_revenue", 126.4, Exactly, ""},
				{"桂林市", 2024, "", Reported, "budget_revenue_growth", 3.5, Exactly, ""},
				{"桂林市", 2025, "", Planned, "budget_revenue_growth", 4, Exactly, ""},
				{"桂林市", 2024, "", Reported, "new_urban_jobs", 48000, Exactly, ""},
				{"桂林市", 2025, "", Planned, "new_urban_jobs", 45000, Exactly, ""},
			},
		},
		{
			name: "from last year's fall to this year's target, traditional script",
			text: "桂林:穩中求進開新局\n2025-01-09 08:40 來源:桂林日報\n市長作政府工作報告,部署今年目標任務。固定資產投資則由去年的下降4.6%轉為今年增長5%的目標。\n",
			wants: []fig{
				{"桂林市", 2024, "", Reported, "fai_growth", -4.6, Exactly, ""},
				{"桂林市", 2025, "", Planned, "fai_growth", 5, Exactly, ""},
			},
		},
		{
			name: "比去年 is a base, not a year",
			text: "桂林市2025年政府工作报告\n一、2024年工作回顾\n全市规模以上工业增加值比去年增长6.2%。\n",
			wants: []fig{
				{"桂林市", 2024, "", Reported, "industry_va_growth", 6.2, Exactly, ""},
			},
		},
	})
}
