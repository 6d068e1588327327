package targets

import "testing"

// A title joining two units with 暨 (天元区暨株洲高新区…工作报告) is filed under
// the first unit named; a figure the text names for the other unit is that
// unit's; no region is made up of the words on both sides of 暨.
func TestJointTitle(t *testing.T) {
	checkRegions(t, []regionCase{
		{
			readingCase: readingCase{
				name: "district first, zone named in the text",
				text: "天元区暨株洲高新区2025年政府工作报告\n2024年,全区一般公共预算收入增长4.2%;株洲高新区技工贸总收入增长7.5%。\n",
				wants: []fig{
					{"天元区", 2024, "", Reported, "budget_revenue_growth", 4.2, Exactly, ""},
					{"株洲高新区", 2024, "", Reported, "park_revenue_growth", 7.5, Exactly, ""},
				},
			},
			not: []fig{
				{"株洲高新区", 2024, "", Reported, "budget_revenue_growth", 4.2, Exactly, ""},
				{"天元暨株洲高新区", 2024, "", Reported, "park_revenue_growth", 7.5, Exactly, ""},
			},
		},
		{
			readingCase: readingCase{
				name: "district first, a plan",
				text: "天元区暨株洲高新区2025年政府工作报告\n2025年主要预期目标是:全区地区生产总值增长6%左右。\n",
				wants: []fig{
					{"天元区", 2025, "", Planned, "gdp_growth", 6, About, ""},
				},
			},
			not: []fig{
				{"天元暨株洲高新区", 2025, "", Planned, "gdp_growth", 6, About, ""},
				{"株洲高新区", 2025, "", Planned, "gdp_growth", 6, About, ""},
			},
		},
		{
			readingCase: readingCase{
				name: "another pair",
				text: "岳麓区暨湖南湘江新区2024年政府工作报告\n2023年,全区固定资产投资增长5.6%。\n",
				wants: []fig{
					{"岳麓区", 2023, "", Reported, "fai_growth", 5.6, Exactly, ""},
				},
			},
			not: []fig{
				{"岳麓暨湖南湘江新区", 2023, "", Reported, "fai_growth", 5.6, Exactly, ""},
			},
		},
		{
			readingCase: readingCase{
				name: "zone first",
				text: "株洲高新区暨天元区2025年政府工作报告\n2024年,全区技工贸总收入增长7.5%,天元区规模工业增加值增长6.8%。\n",
				wants: []fig{
					{"株洲高新区", 2024, "", Reported, "park_revenue_growth", 7.5, Exactly, ""},
					{"天元区", 2024, "", Reported, "industry_va_growth", 6.8, Exactly, ""},
				},
			},
			not: []fig{
				{"天元区", 2024, "", Reported, "park_revenue_growth", 7.5, Exactly, ""},
			},
		},
	})
}
