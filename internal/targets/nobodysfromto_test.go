package targets

import "testing"

// A from–to of an ambiguous subject (工业总产值, 财政收入) is nobody's figure,
// and its start is no start of the next subject's number.
func TestFromToOfNobody(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "a rate after it",
			text: "昆山市2026年政府工作报告\n一、过去五年工作回顾\n五年来,规模以上工业总产值从2020年的9045亿元增加到1.26万亿元,规上工业增加值年均增长6.4%。\n",
			wants: []fig{
				{"昆山市", 2025, "2021-2025", Reported, "industry_va_growth", 6.4, Exactly, ""},
			},
		},
		{
			name: "a level after it, in a year's review",
			text: "江阴市2024年政府工作报告\n一、2023年工作回顾\n财政收入由上年的390亿元增加到412亿元,一般公共预算收入完成276.5亿元。\n",
			wants: []fig{
				{"江阴市", 2023, "", Reported, "budget_revenue", 276.5, Exactly, ""},
			},
		},
	})
}
