package targets

import "testing"

// A five-year table (指标 | 2025年 | 2030年目标 | 年均增长%) gives its target
// levels for the target year, with the unit the row's name brackets, and
// its 年均增长 column as the average over the five years to the target,
// planned, not as the base year's growth.
func TestTableAverageColumnAfterTarget(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "bars, unit in the name",
		text: "南岸区2026年政府工作报告\n——2026年1月10日在重庆市南岸区第十九届人民代表大会第六次会议上\n" +
			"二、“十五五”时期主要目标\n表2 “十五五”时期主要指标\n" +
			"指标 | 2025年 | 2030年目标 | 年均增长（%）\n" +
			"地区生产总值（亿元） | 1120 | 1450左右 | 5.5左右\n" +
			"社会消费品零售总额（亿元） | 650 | 820 | 5\n" +
			"城镇调查失业率（%） | 5.2 | 5.5以内 | —\n",
		wants: []fig{
			{"南岸区", 2025, "", Reported, "gdp", 1120, Exactly, ""},
			{"南岸区", 2030, "", Planned, "gdp", 1450, About, ""},
			{"南岸区", 2030, "2026-2030", Planned, "gdp_growth", 5.5, About, ""},
			{"南岸区", 2025, "", Reported, "retail_sales", 650, Exactly, ""},
			{"南岸区", 2030, "", Planned, "retail_sales", 820, Exactly, ""},
			{"南岸区", 2030, "2026-2030", Planned, "retail_sales_growth", 5, Exactly, ""},
			{"南岸区", 2025, "", Reported, "surveyed_unemployment", 5.2, Exactly, ""},
			{"南岸区", 2030, "", Planned, "surveyed_unemployment", 5.5, AtMost, ""},
		},
	}, {
		name: "ideographic spaces between the cells",
		text: "南岸区2026年政府工作报告\n——2026年1月10日在重庆市南岸区第十九届人民代表大会第六次会议上\n" +
			"二、“十五五”时期主要目标\n“十五五”时期主要指标如下：\n" +
			"指标　　2025年　　2030年目标　　年均增长（%）\n" +
			"一般公共预算收入（亿元）　　52.3　　64　　4\n" +
			"空气质量优良天数（天）　　330　　335　　—\n",
		wants: []fig{
			{"南岸区", 2025, "", Reported, "budget_revenue", 52.3, Exactly, ""},
			{"南岸区", 2030, "", Planned, "budget_revenue", 64, Exactly, ""},
			{"南岸区", 2030, "2026-2030", Planned, "budget_revenue_growth", 4, Exactly, ""},
			{"南岸区", 2025, "", Reported, "air_quality_days", 330, Exactly, ""},
			{"南岸区", 2030, "", Planned, "air_quality_days", 335, Exactly, ""},
		},
	}})
}

// A 年均增长 column after two level columns (2020年 | 2025年 | 年均增长%) is
// the average that brought the level there: reported, over the years after
// the first column's.
func TestTableAverageColumnAfterLevels(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "a five-year review table",
		text: "黄石市2026年政府工作报告\n——2026年1月8日在黄石市第十五届人民代表大会第六次会议上\n" +
			"一、“十四五”时期主要成就\n表1 “十四五”时期主要指标完成情况\n" +
			"指标 | 2020年 | 2025年 | 年均增长（%）\n" +
			"地区生产总值（亿元） | 1641.3 | 2290 | 6.1\n",
		wants: []fig{
			{"黄石市", 2020, "", Reported, "gdp", 1641.3, Exactly, ""},
			{"黄石市", 2025, "", Reported, "gdp", 2290, Exactly, ""},
			{"黄石市", 2025, "2021-2025", Reported, "gdp_growth", 6.1, Exactly, ""},
		},
	}})
}
