package targets

import "testing"

// A plan report's item sets a result against last year's target written in
// brackets after its name (高于预期目标(6%)0.1个百分点): the bracket's number
// is that year's planned figure, bound and all; a bracket of anything else
// (同比(上年)) is not.
func TestATargetInBracketsBesideItsResult(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "brackets after 预期目标, 年度目标 and 计划",
		text: "开封市2024年政府工作报告\n一、2023年工作回顾\n" +
			"地区生产总值增长5.2%,低于预期目标(6.5%左右)1.3个百分点;固定资产投资增长9.1%,高于年度目标(8%)1.1个百分点。\n" +
			"空气质量优良天数251天,较计划(245天)多6天;城镇新增就业6.3万人,完成预期目标(5.5万人)的114.5%。\n",
		wants: []fig{
			{"开封市", 2023, "", Reported, "gdp_growth", 5.2, Exactly, ""},
			{"开封市", 2023, "", Planned, "gdp_growth", 6.5, About, ""},
			{"开封市", 2023, "", Reported, "fai_growth", 9.1, Exactly, ""},
			{"开封市", 2023, "", Planned, "fai_growth", 8, Exactly, ""},
			{"开封市", 2023, "", Reported, "air_quality_days", 251, Exactly, ""},
			{"开封市", 2023, "", Planned, "air_quality_days", 245, Exactly, ""},
			{"开封市", 2023, "", Reported, "new_urban_jobs", 63000, Exactly, ""},
			{"开封市", 2023, "", Planned, "new_urban_jobs", 55000, Exactly, ""},
		},
	}, {
		name: "a bracket that names no target",
		text: "開封市2024年政府工作報告\n一、2023年工作回顧\n地區生產總值增長5.2%(初步核算數),一般公共預算收入增長4.8%(同口徑)。\n",
		wants: []fig{
			{"开封市", 2023, "", Reported, "gdp_growth", 5.2, Exactly, ""},
			{"开封市", 2023, "", Reported, "budget_revenue_growth", 4.8, Exactly, ""},
		},
	}})
}
