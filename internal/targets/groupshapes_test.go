package targets

import "testing"

// A grouping is told by the shape of its name, not a list: a word that
// ends it (城市带, 城镇群, 发展带, 经济走廊) or a province's initial and its
// directions (渝东北, 蒙东, 桂北, 浙中); its figure is nobody's. A unit whose
// name has that shape (黔南州, 湘西州) keeps its own.
func TestGroupingByShape(t *testing.T) {
	checkRegions(t, []regionCase{
		{
			readingCase: readingCase{
				name: "groupings ending in a word for a belt, a cluster or a corridor",
				text: "安徽省2025年政府工作报告\n一、2024年工作回顾\n全省地区生产总值增长5.6%。沿江城市带地区生产总值增长6.2%，" +
					"皖西城镇群规模以上工业增加值增长7.4%，淮河生态经济带固定资产投资增长3.5%，合六经济走廊一般公共预算收入增长2.4%。\n",
				wants: []fig{{"安徽省", 2024, "", Reported, "gdp_growth", 5.6, Exactly, ""}},
				none:  []string{"industry_va_growth", "fai_growth", "budget_revenue_growth"},
			},
			not: []fig{{"安徽省", 2024, "", Reported, "gdp_growth", 6.2, Exactly, ""}},
		},
		{
			readingCase: readingCase{
				name:  "a municipality's part by direction, with and without 地区",
				text:  "重庆市2025年政府工作报告\n一、2024年工作回顾\n全市地区生产总值增长5.7%，渝东北地区生产总值增长6.1%，渝东南规模以上工业增加值增长7.9%。\n",
				wants: []fig{{"重庆市", 2024, "", Reported, "gdp_growth", 5.7, Exactly, ""}},
				none:  []string{"industry_va_growth"},
			},
			not: []fig{{"重庆市", 2024, "", Reported, "gdp_growth", 6.1, Exactly, ""}},
		},
		{
			readingCase: readingCase{
				name:  "parts of an autonomous region by direction, listed and alone",
				text:  "内蒙古自治区2025年政府工作报告\n一、2024年工作回顾\n全区固定资产投资增长4.4%。蒙东蒙西固定资产投资增长5.3%，蒙中一般公共预算收入增长6.7%。\n",
				wants: []fig{{"内蒙古自治区", 2024, "", Reported, "fai_growth", 4.4, Exactly, ""}},
				none:  []string{"budget_revenue_growth"},
			},
			not: []fig{{"内蒙古自治区", 2024, "", Reported, "fai_growth", 5.3, Exactly, ""}},
		},
		{
			readingCase: readingCase{
				name: "units whose names have a direction keep their figures",
				text: "贵州省2025年政府工作报告\n一、2024年工作回顾\n全省地区生产总值增长5.3%，黔南州地区生产总值增长5.9%，黔中城市群固定资产投资增长2.2%。\n",
				wants: []fig{
					{"贵州省", 2024, "", Reported, "gdp_growth", 5.3, Exactly, ""},
					{"黔南布依族苗族自治州", 2024, "", Reported, "gdp_growth", 5.9, Exactly, ""},
				},
				none: []string{"fai_growth"},
			},
		},
	})
}

// Cities joined into one 同城化 area are a grouping, however many are named.
func TestSameCityGrouping(t *testing.T) {
	checkRegions(t, []regionCase{
		{
			readingCase: readingCase{
				name:  "a 同城化 area by its cities' initials",
				text:  "湖南省2025年政府工作报告\n一、2024年工作回顾\n全省地区生产总值增长4.8%，长岳同城化地区生产总值增长5.9%。\n",
				wants: []fig{{"湖南省", 2024, "", Reported, "gdp_growth", 4.8, Exactly, ""}},
			},
			not: []fig{{"湖南省", 2024, "", Reported, "gdp_growth", 5.9, Exactly, ""}},
		},
	})
}

// A part of the region that is no unit (革命老区, 沿海地区, 民族地区) owns no
// figure: read as the report's own, its rate would stand beside the
// region's as a second value.
func TestSubAreaFiguresAreNobodys(t *testing.T) {
	checkRegions(t, []regionCase{
		{readingCase: readingCase{
			name: "革命老区 and 沿海地区 after the province's own rate",
			text: "福建省2026年政府工作报告\n一、2025年工作回顾\n" +
				"全省规模以上工业增加值增长6.2%。全省革命老区城镇居民人均可支配收入增长5.9%，沿海地区规模以上工业增加值增长7.7%。\n",
			wants: []fig{{"福建省", 2025, "", Reported, "industry_va_growth", 6.2, Exactly, ""}},
		},
			not: []fig{
				{"福建省", 2025, "", Reported, "industry_va_growth", 7.7, Exactly, ""},
				{"福建省", 2025, "", Reported, "urban_disposable_income_growth", 5.9, Exactly, ""},
			},
		},
	})
}
