package targets

import "testing"

// A target of the year ahead with a lower bound (…增长4.2%,今年安排增长4%以上)
// is not a threshold the result before it restates: it is kept, as the
// precise result is. A threshold before a precise level of the same year
// is still left out.
func TestAheadTargetIsNoThreshold(t *testing.T) {
	head := "益阳市政府工作报告：今年GDP预期增长6%左右\n2024-01-26 来源：益阳日报\n"
	checkRegions(t, []regionCase{
		{
			readingCase: readingCase{
				name: "comma, 安排, 以上",
				text: head + "去年全市税收收入完成80.5亿元，增长4.2%，今年安排增长4%以上。\n",
				wants: []fig{
					{"益阳市", 2023, "", Reported, "tax_revenue_growth", 4.2, Exactly, ""},
					{"益阳市", 2024, "", Planned, "tax_revenue_growth", 4, AtLeast, ""},
				},
			},
			not: []fig{
				{"益阳市", 2023, "", Reported, "tax_revenue_growth", 4, AtLeast, ""},
			},
		},
		{
			readingCase: readingCase{
				name: "comma, 力争, 以上, a level",
				text: head + "去年全市固定资产投资增长5.3%，今年力争增长5%以上。\n",
				wants: []fig{
					{"益阳市", 2023, "", Reported, "fai_growth", 5.3, Exactly, ""},
					{"益阳市", 2024, "", Planned, "fai_growth", 5, AtLeast, ""},
				},
			},
		},
	})
	checkOnlyTheseFigures(t, []readingCase{{
		name: "a threshold then the precise level",
		text: "益阳市2024年政府工作报告\n——2024年1月8日在益阳市第七届人民代表大会第四次会议上\n一、2023年工作回顾\n全市地区生产总值首次突破2000亿元，达到2025.6亿元。\n",
		wants: []fig{
			{"益阳市", 2023, "", Reported, "gdp", 2025.6, Exactly, ""},
		},
	}})
}
