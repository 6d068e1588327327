package targets

import "testing"

// A rate's from–to (由上年增长6.1%转为下降3.2%, 增速由上年的6.1%提高到7.2%)
// gives last year's rate as the start and this year's as the end; a rate
// named as a noun keeps being a rate after a level verb (增速提高到7.2%,
// 增幅回落至6.5%), and may stand in brackets after its noun (经济增速(6.2%)).
func TestARateFromLastYearsToThisYears(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "growth turned into a fall, the start with its own verb",
			text: "宁德市2024年政府工作报告\n过去一年,全市固定资产投资由上年增长6.1%转为下降3.2%。\n",
			wants: []fig{
				{"宁德市", 2022, "", Reported, "fai_growth", 6.1, Exactly, ""},
				{"宁德市", 2023, "", Reported, "fai_growth", -3.2, Exactly, ""},
			},
		},
		{
			name: "a fall turned into growth",
			text: "松原市2025年政府工作报告\n2024年,规模以上工业增加值从上年的下降2.1%回升至增长3.4%,实现由负转正。\n",
			wants: []fig{
				{"松原市", 2023, "", Reported, "industry_va_growth", -2.1, Exactly, ""},
				{"松原市", 2024, "", Reported, "industry_va_growth", 3.4, Exactly, ""},
			},
		},
		{
			name: "a rate noun, last year's rate and a level verb",
			text: "宁德市2024年政府工作报告\n过去一年,全市社会消费品零售总额增幅由上年的8.1%回落至6.5%,固定资产投资增速由上年的4.2%提高到7.2%。\n",
			wants: []fig{
				{"宁德市", 2022, "", Reported, "retail_sales_growth", 8.1, Exactly, ""},
				{"宁德市", 2023, "", Reported, "retail_sales_growth", 6.5, Exactly, ""},
				{"宁德市", 2022, "", Reported, "fai_growth", 4.2, Exactly, ""},
				{"宁德市", 2023, "", Reported, "fai_growth", 7.2, Exactly, ""},
			},
		},
		{
			name: "the start's year named by its number, traditional script",
			text: "寧德市2024年政府工作報告\n地區生產總值增速由2022年的3.1%提高到2023年的5.8%。\n",
			wants: []fig{
				{"宁德市", 2022, "", Reported, "gdp_growth", 3.1, Exactly, ""},
				{"宁德市", 2023, "", Reported, "gdp_growth", 5.8, Exactly, ""},
			},
		},
		{
			name: "a rate noun with a level verb alone",
			text: "宁德市2024年政府工作报告\n过去一年,全市固定资产投资增速提高到7.2%,居全省第二位。\n",
			wants: []fig{
				{"宁德市", 2023, "", Reported, "fai_growth", 7.2, Exactly, ""},
			},
		},
		{
			name: "a level verb before the growth verb",
			text: "松原市2025年政府工作报告\n2024年,地区生产总值从上年的增长4.6%提高到增长6.0%。\n",
			wants: []fig{
				{"松原市", 2023, "", Reported, "gdp_growth", 4.6, Exactly, ""},
				{"松原市", 2024, "", Reported, "gdp_growth", 6.0, Exactly, ""},
			},
		},
		{
			name: "the rate in brackets after its noun",
			text: "宁德市2024年政府工作报告\n过去一年,全市经济增速(6.2%)高于全省平均水平1.7个百分点。\n",
			wants: []fig{
				{"宁德市", 2023, "", Reported, "gdp_growth", 6.2, Exactly, ""},
			},
		},
		{
			name: "a level's from–to is unchanged",
			text: "宁德市2024年政府工作报告\n过去一年,城镇调查失业率由上年的5.6%下降到5.2%,居民人均可支配收入由2022年的3.2万元提高到3.4万元。\n",
			wants: []fig{
				{"宁德市", 2022, "", Reported, "surveyed_unemployment", 5.6, Exactly, ""},
				{"宁德市", 2023, "", Reported, "surveyed_unemployment", 5.2, Exactly, ""},
				{"宁德市", 2022, "", Reported, "disposable_income", 32000, Exactly, ""},
				{"宁德市", 2023, "", Reported, "disposable_income", 34000, Exactly, ""},
			},
		},
	})
}
