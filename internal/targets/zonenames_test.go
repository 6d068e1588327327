package targets

import "testing"

// A zone named after the unit it lies in by a word zoneAt does not read
// (综合实验区, 综合试验区, 综合保税区) is the zone, never that unit; a zone the
// list holds keeps the list's name when its report puts its province or
// city before it.
func TestZoneNamedAfterItsUnit(t *testing.T) {
	checkRegions(t, []regionCase{
		{
			readingCase: readingCase{
				name: "a 综合实验区 titled by its county-level city's stem, speaking of itself as 全区 and 实验区",
				text: "浏阳综合实验区2025年政府工作报告\n一、2024年工作回顾\n全区地区生产总值增长6.3%，一般公共预算收入增长4.1%。\n" +
					"实验区规模以上工业增加值增长8.8%。浏阳综合实验区固定资产投资增长5.2%。\n",
				wants: []fig{
					{"浏阳综合实验区", 2024, "", Reported, "gdp_growth", 6.3, Exactly, ""},
					{"浏阳综合实验区", 2024, "", Reported, "budget_revenue_growth", 4.1, Exactly, ""},
					{"浏阳综合实验区", 2024, "", Reported, "industry_va_growth", 8.8, Exactly, ""},
					{"浏阳综合实验区", 2024, "", Reported, "fai_growth", 5.2, Exactly, ""},
				},
			},
			not: []fig{
				{"浏阳市", 2024, "", Reported, "gdp_growth", 6.3, Exactly, ""},
				{"浏阳市", 2024, "", Reported, "industry_va_growth", 8.8, Exactly, ""},
			},
		},
		{
			readingCase: readingCase{
				name: "a 综合试验区 titled by a county's full name, with a target",
				text: "攸县综合试验区2024年工作报告\n二、2024年主要目标\n全区地区生产总值增长7%左右，规模以上工业增加值增长9%。\n",
				wants: []fig{
					{"攸县综合试验区", 2024, "", Planned, "gdp_growth", 7, About, ""},
					{"攸县综合试验区", 2024, "", Planned, "industry_va_growth", 9, Exactly, ""},
				},
			},
			not: []fig{{"攸县", 2024, "", Planned, "gdp_growth", 7, About, ""}},
		},
		{
			readingCase: readingCase{
				name: "a listed new area whose title puts its province first",
				text: "湖南湘江新区2025年工作报告\n一、2024年工作回顾\n湘江新区地区生产总值增长6.9%，全区固定资产投资增长3.3%，新区一般公共预算收入增长2.5%。\n",
				wants: []fig{
					{"湘江新区", 2024, "", Reported, "gdp_growth", 6.9, Exactly, ""},
					{"湘江新区", 2024, "", Reported, "fai_growth", 3.3, Exactly, ""},
					{"湘江新区", 2024, "", Reported, "budget_revenue_growth", 2.5, Exactly, ""},
				},
			},
			not: []fig{{"湖南湘江新区", 2024, "", Reported, "gdp_growth", 6.9, Exactly, ""}},
		},
		{
			readingCase: readingCase{
				name: "a listed new area whose title puts its municipality first",
				text: "重庆两江新区2024年工作报告\n二、2024年目标任务\n规模以上工业增加值增长8%，两江新区固定资产投资增长6%。\n",
				wants: []fig{
					{"两江新区", 2024, "", Planned, "industry_va_growth", 8, Exactly, ""},
					{"两江新区", 2024, "", Planned, "fai_growth", 6, Exactly, ""},
				},
			},
			not: []fig{{"重庆两江新区", 2024, "", Planned, "industry_va_growth", 8, Exactly, ""}},
		},
	})
}

// The zone name figures carry resolves to the zone, one code whichever
// report names it; a stem that is a district's short name only (东湖 of
// 南昌's 东湖区, 芙蓉 of 长沙's 芙蓉区) does not place the zone under that
// district, for zones take such words from lakes and hills as well.
func TestLookupZoneByStem(t *testing.T) {
	for _, tt := range []struct{ name, code, parent string }{
		{"平潭综合实验区", "350128-z:平潭综合实验区", "350128"},
		{"浏阳综合实验区", "430181-z:浏阳综合实验区", "430181"},
		{"四川天府新区", "5101-xq", "5101"},
		{"东湖高新区", "z:东湖高新区", ""},
		{"芙蓉高新区", "z:芙蓉高新区", ""},
		{"株洲高新区", "4302-gx", "4302"},
		{"长沙经开区", "4301-jk", "4301"},
	} {
		r, ok := LookupRegion(tt.name)
		if !ok || r.Code != tt.code || r.ParentCode != tt.parent || r.Level != LevelZone {
			t.Errorf("LookupRegion(%s) = %+v, %v; want the zone %s under %q", tt.name, r, ok, tt.code, tt.parent)
		}
	}
}
