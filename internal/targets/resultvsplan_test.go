package targets

import "testing"

// A review's result set against the plan (比预期目标低1.6个百分点, 较年度
// 预期目标高, 高于年初预期目标, 与年度目标持平, 未完成年度目标(8%)) is a result
// of the year reviewed; a target in brackets after 未完成年度目标 is that
// year's target, and so is a clause opened by 年度目标为 before its
// indicator. A heading …预期目标完成情况 opens the review.
func TestResultSetAgainstPlan(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "比预期目标低, 未完成年度目标(…)",
		text: "桂阳县2024年政府工作报告\n2023年,全县地区生产总值增长4.9%,比预期目标低1.6个百分点;固定资产投资增长2%,未完成年度目标(8%)。\n",
		wants: []fig{
			{"桂阳县", 2023, "", Reported, "gdp_growth", 4.9, Exactly, ""},
			{"桂阳县", 2023, "", Reported, "fai_growth", 2, Exactly, ""},
			{"桂阳县", 2023, "", Planned, "fai_growth", 8, Exactly, ""},
		},
	}, {
		name: "较年度预期目标高, 与年度目标持平, full-width",
		text: "桂阳县2024年政府工作报告\n过去一年，全县一般公共预算收入增长7.2%，较年度预期目标高1.2个百分点，规模工业增加值增长9%，与年度目标持平。\n",
		wants: []fig{
			{"桂阳县", 2023, "", Reported, "budget_revenue_growth", 7.2, Exactly, ""},
			{"桂阳县", 2023, "", Reported, "industry_va_growth", 9, Exactly, ""},
		},
	}, {
		name: "高于年初预期目标, 低于年度预期目标",
		text: "桂阳县2024年政府工作报告\n2023年,全县社会消费品零售总额增长6.8%,高于年初预期目标;地区生产总值增长5.1%,低于年度预期目标。\n",
		wants: []fig{
			{"桂阳县", 2023, "", Reported, "retail_sales_growth", 6.8, Exactly, ""},
			{"桂阳县", 2023, "", Reported, "gdp_growth", 5.1, Exactly, ""},
		},
	}, {
		name: "未完成年初计划(增长…) after a fall",
		text: "宜章县2023年政府工作报告\n2022年,全县社会消费品零售总额同比下降2.3%,未完成年初计划(增长9%);一般公共预算收入增长5%。\n",
		wants: []fig{
			{"宜章县", 2022, "", Reported, "retail_sales_growth", -2.3, Exactly, ""},
			{"宜章县", 2022, "", Planned, "retail_sales_growth", 9, Exactly, ""},
			{"宜章县", 2022, "", Reported, "budget_revenue_growth", 5, Exactly, ""},
		},
	}, {
		name: "未达到预期目标 without a number",
		text: "嘉禾县2023年政府工作报告\n2022年,全县规模工业增加值增长6%,未达到预期目标。\n",
		wants: []fig{
			{"嘉禾县", 2022, "", Reported, "industry_va_growth", 6, Exactly, ""},
		},
	}, {
		name: "a 主要预期目标完成情况 lead",
		text: "嘉禾县2023年政府工作报告\n2022年主要预期目标完成情况:地区生产总值预期增长7%,实际增长6.4%;固定资产投资预期增长10%,实际增长11.2%。\n",
		wants: []fig{
			{"嘉禾县", 2022, "", Planned, "gdp_growth", 7, Exactly, ""},
			{"嘉禾县", 2022, "", Reported, "gdp_growth", 6.4, Exactly, ""},
			{"嘉禾县", 2022, "", Planned, "fai_growth", 10, Exactly, ""},
			{"嘉禾县", 2022, "", Reported, "fai_growth", 11.2, Exactly, ""},
		},
	}, {
		name: "a 目标完成情况 heading line",
		text: "嘉禾县2023年政府工作报告\n一、2022年目标完成情况\n全县地区生产总值增长6.4%,比年度目标低0.6个百分点。\n二、2023年主要预期目标\n地区生产总值增长7%左右。\n",
		wants: []fig{
			{"嘉禾县", 2022, "", Reported, "gdp_growth", 6.4, Exactly, ""},
			{"嘉禾县", 2023, "", Planned, "gdp_growth", 7, About, ""},
		},
	}, {
		name: "年度目标为 before the indicator",
		text: "嘉禾县2023年政府工作报告\n2022年,年度目标为一般公共预算收入增长6%,实际增长6.9%;规模工业增加值增长8.3%。\n",
		wants: []fig{
			{"嘉禾县", 2022, "", Planned, "budget_revenue_growth", 6, Exactly, ""},
			{"嘉禾县", 2022, "", Reported, "budget_revenue_growth", 6.9, Exactly, ""},
			{"嘉禾县", 2022, "", Reported, "industry_va_growth", 8.3, Exactly, ""},
		},
	}, {
		name: "比年度计划低, 高出年度预期目标",
		text: "宁远县2024年政府工作报告\n2023年,全县地区生产总值增长4.6%,比年度计划低1.4个百分点;固定资产投资增长7%,高出年度预期目标0.6个百分点。\n",
		wants: []fig{
			{"宁远县", 2023, "", Reported, "gdp_growth", 4.6, Exactly, ""},
			{"宁远县", 2023, "", Reported, "fai_growth", 7, Exactly, ""},
		},
	}, {
		name: "a heading line …主要预期目标完成情况 then the plan",
		text: "宁远县2024年政府工作报告\n一、2023年主要预期目标完成情况\n全县地区生产总值增长4.6%,固定资产投资增长7%。\n二、2024年主要预期目标\n地区生产总值增长6%左右。\n",
		wants: []fig{
			{"宁远县", 2023, "", Reported, "gdp_growth", 4.6, Exactly, ""},
			{"宁远县", 2023, "", Reported, "fai_growth", 7, Exactly, ""},
			{"宁远县", 2024, "", Planned, "gdp_growth", 6, About, ""},
		},
	}, {
		name: "a plan's own 目标 is still a plan",
		text: "嘉禾县2023年政府工作报告\n2023年主要预期目标是:地区生产总值增长7%左右,固定资产投资增长10%。\n",
		wants: []fig{
			{"嘉禾县", 2023, "", Planned, "gdp_growth", 7, About, ""},
			{"嘉禾县", 2023, "", Planned, "fai_growth", 10, Exactly, ""},
		},
	}})
}
