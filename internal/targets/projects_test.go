package targets

import "testing"

// The 总投资 of projects on the government's own list is their size, not
// investment signed; their year's planned investment is key projects'.
func TestListedProjectsTotal(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "a plan's key projects: total investment then the year's",
			text: "荆州市2025年政府工作报告\n二、2025年工作安排\n" +
				"今年安排市级重点项目420个，总投资5600亿元，年度计划投资980亿元。\n",
			wants: []fig{{"荆州市", 2025, "", Planned, "key_project_investment", 980, Exactly, ""}},
			none:  []string{"investment_attracted"},
		},
		{
			name: "a review's major projects, 总投资 after the count",
			text: "宜昌市2025年政府工作报告\n一、2024年工作回顾\n" +
				"全年新开工重大项目312个、总投资1860亿元。\n",
			wants: []fig{{"宜昌市", 2024, "", Reported, "projects_started", 312, Exactly, ""}},
			none:  []string{"investment_attracted"},
		},
		{
			name: "signed projects' 总投资 is investment contracted",
			text: "孝感市2025年政府工作报告\n一、2024年工作回顾\n" +
				"全年签约亿元以上项目268个，总投资1520亿元。\n",
			wants: []fig{{"孝感市", 2024, "", Reported, "investment_attracted", 1520, Exactly, ""}},
		},
	})
}

// A county's park revenue is filed under the county, whichever of the two
// the clause named (the catalogue's convention for 技工贸总收入).
func TestCountyParkRevenue(t *testing.T) {
	checkRegions(t, []regionCase{
		{readingCase: readingCase{
			name: "the zone named in the clause before, 园区 in its own",
			text: "桐乡市2025年政府工作报告\n一、2024年工作回顾\n" +
				"桐乡经开区完成固定资产投资52.3亿元，园区技工贸总收入完成1180亿元，增长6.2%。\n",
			wants: []fig{
				{"桐乡经开区", 2024, "", Reported, "fai", 52.3, Exactly, ""},
				{"桐乡市", 2024, "", Reported, "park_revenue", 1180, Exactly, ""},
				{"桐乡市", 2024, "", Reported, "park_revenue_growth", 6.2, Exactly, ""},
			},
		},
			not: []fig{{"桐乡经开区", 2024, "", Reported, "park_revenue", 1180, Exactly, ""}},
		},
		{readingCase: readingCase{
			name: "the zone named right before the revenue, a target",
			text: "桐乡市2025年政府工作报告\n二、2025年主要目标\n" +
				"桐乡高新区技工贸总收入突破1300亿元。\n",
			wants: []fig{{"桐乡市", 2025, "", Planned, "park_revenue", 1300, AtLeast, ""}},
		},
			not: []fig{{"桐乡高新区", 2025, "", Planned, "park_revenue", 1300, AtLeast, ""}},
		},
	})
}
