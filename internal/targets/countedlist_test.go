package targets

import "testing"

// Units listed and then counted (龙沙区、建华区两区, 三个中心城区, 兩個工業
// 重鎮) are still the units named: a 分别 list gives each its value, and
// without one the single value is the group's, no unit's.
func TestACountRestatesTheUnitsListed(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "districts counted with a description",
			text: "齐齐哈尔市2024年政府工作报告\n过去一年,全市地区生产总值增长5.6%。龙沙区、建华区、铁锋区三个中心城区地区生产总值分别增长6.1%、5.8%、5.2%。\n",
			wants: []fig{
				{"齐齐哈尔市", 2023, "", Reported, "gdp_growth", 5.6, Exactly, ""},
				{"龙沙区", 2023, "", Reported, "gdp_growth", 6.1, Exactly, ""},
				{"建华区", 2023, "", Reported, "gdp_growth", 5.8, Exactly, ""},
				{"铁锋区", 2023, "", Reported, "gdp_growth", 5.2, Exactly, ""},
			},
		},
		{
			name: "two districts counted by their level word",
			text: "齐齐哈尔市2024年政府工作报告\n2023年,龙沙区、建华区两区规模以上工业增加值分别增长7.4%、6.6%。\n",
			wants: []fig{
				{"龙沙区", 2023, "", Reported, "industry_va_growth", 7.4, Exactly, ""},
				{"建华区", 2023, "", Reported, "industry_va_growth", 6.6, Exactly, ""},
			},
		},
		{
			name: "towns counted with a description, then the city's own",
			text: "儋州市2024年政府工作报告\n过去一年,那大镇、白马井镇两个重点镇规模以上工业增加值分别增长8.1%、6.5%,全市增长5.2%。\n",
			wants: []fig{
				{"那大镇", 2023, "", Reported, "industry_va_growth", 8.1, Exactly, ""},
				{"白马井镇", 2023, "", Reported, "industry_va_growth", 6.5, Exactly, ""},
				{"儋州市", 2023, "", Reported, "industry_va_growth", 5.2, Exactly, ""},
			},
		},
		{
			name: "traditional script",
			text: "儋州市2024年政府工作報告\n過去一年,白馬井鎮、木棠鎮兩個工業重鎮一般公共預算收入分別增長12.1%、9.6%。\n",
			wants: []fig{
				{"白马井镇", 2023, "", Reported, "budget_revenue_growth", 12.1, Exactly, ""},
				{"木棠镇", 2023, "", Reported, "budget_revenue_growth", 9.6, Exactly, ""},
			},
		},
		{
			name: "counted units and one value: the group's",
			text: "齐齐哈尔市2024年政府工作报告\n过去一年,全市地区生产总值增长5.6%,龙沙区、建华区、铁锋区三个中心城区地区生产总值增长6.1%。\n",
			wants: []fig{
				{"齐齐哈尔市", 2023, "", Reported, "gdp_growth", 5.6, Exactly, ""},
			},
		},
		{
			name:  "counted by level word and one value: the group's",
			text:  "齐齐哈尔市2024年政府工作报告\n2023年,龙沙区、建华区两区地区生产总值增长6.1%。\n",
			wants: nil,
		},
	})
}
