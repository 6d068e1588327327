package targets

import "testing"

// Catalogue figures in the shapes reports give them: people counted before
// their noun (12.6万农村贫困人口脱贫), projects picked by their size (引进总
// 投资亿元以上项目6个), 签约额; and measures that only look like one (脱贫
// 人口务工规模, 脱贫摘帽).
func TestCatalogueFormsOfCountsAndMoney(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "people before their noun, and a county's exit with no count",
			text: "镇雄县2020年政府工作报告\n一、2019年工作回顾\n全年实现6.8万农村贫困人口脱贫,2019年实现整县脱贫摘帽。\n",
			wants: []fig{
				{"镇雄县", 2019, "", Reported, "poverty_exits", 68000, Exactly, ""},
			},
		},
		{
			name: "projects by their size, and money signed",
			text: "周至县2019年政府工作报告\n一、2018年工作回顾\n全年引进总投资亿元以上项目12个,招商引资签约额86.5亿元。\n",
			wants: []fig{
				{"周至县", 2018, "", Reported, "projects_introduced", 12, Exactly, ""},
				{"周至县", 2018, "", Reported, "investment_attracted", 86.5, Exactly, ""},
			},
		},
		{
			name:  "the work of those who left poverty is no count of them, traditional script",
			text:  "鎮雄縣2024年政府工作報告\n一、2023年工作回顧\n脫貧人口務工規模穩定在22.6萬人以上。\n",
			wants: nil,
		},
		{
			name: "a year of a clause with no figure does not hold for the clauses after",
			text: "镇雄县2016年政府工作报告\n二、“十三五”时期发展目标\n今后五年,全县主要目标是:2018年实现整县脱贫摘帽,到2020年全县18.3万贫困人口全部稳定脱贫;森林覆盖率稳定在45%以上。\n",
			wants: []fig{
				{"镇雄县", 2020, "", Planned, "poverty_exits", 183000, Exactly, ""},
				{"镇雄县", 2020, "", Planned, "forest_coverage", 45, AtLeast, ""},
			},
		},
	})
}

// R&D spending as a share of GDP written with R&D投入 or 全社会研发经费.
func TestRDShareByItsOtherNames(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "two wordings",
		text: "昆山市2024年政府工作报告\n一、2023年工作回顾\nR&D投入占GDP比重达到3.6%。\n",
		wants: []fig{
			{"昆山市", 2023, "", Reported, "rd_intensity", 3.6, Exactly, ""},
		},
	}, {
		name: "全社会研发经费",
		text: "昆山市2024年政府工作报告\n二、2024年工作安排\n全社会研发经费投入占地区生产总值比重达到3.8%。\n",
		wants: []fig{
			{"昆山市", 2024, "", Planned, "rd_intensity", 3.8, Exactly, ""},
		},
	}})
}

// 招商引资项目 counted are projects introduced; 引资 inside the name is no
// money of its own.
func TestProjectsOfInvestmentPromotion(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "a count, then money",
		text: "上虞区2024年政府工作报告\n一、2023年工作回顾\n新签约招商引资项目712个,招商引资到位资金320亿元。\n",
		wants: []fig{
			{"上虞区", 2023, "", Reported, "projects_introduced", 712, Exactly, ""},
			{"上虞区", 2023, "", Reported, "investment_attracted", 320, Exactly, ""},
		},
	}})
}
