package targets

import "testing"

// 新增 after a stock's level is the year's additions to it: the flow
// indicator where the catalogue has one, nothing where it has none.
func TestAdditionsAfterStock(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "高新技术企业: the stock, then 新增 with no noun",
			text: "烟台市2024年政府工作报告\n一、2023年工作回顾\n" +
				"全市高新技术企业达到2860家，新增612家。\n",
			wants: []fig{
				{"烟台市", 2023, "", Reported, "hitech_enterprises", 2860, Exactly, ""},
				{"烟台市", 2023, "", Reported, "hitech_enterprises_new", 612, Exactly, ""},
			},
		},
		{
			name: "其中新增 after the stock",
			text: "潍坊市2024年政府工作报告\n一、2023年工作回顾\n" +
				"高新技术企业总数突破3000家，其中新增705家。\n",
			wants: []fig{
				{"潍坊市", 2023, "", Reported, "hitech_enterprises", 3000, AtLeast, ""},
				{"潍坊市", 2023, "", Reported, "hitech_enterprises_new", 705, Exactly, ""},
			},
		},
		{
			name: "a flow's own 新增 is the year's",
			text: "赣州市2024年政府工作报告\n一、2023年工作回顾\n" +
				"农村劳动力转移就业新增6.2万人。\n",
			wants: []fig{{"赣州市", 2023, "", Reported, "rural_labour_transfer", 62000, Exactly, ""}},
		},
	})
}

// Tourists' total spending is the tourism revenue statistic some provinces
// publish: in a 分别 pair beside the visitors, each value goes to its own.
func TestTouristSpendingIsTourismRevenue(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "visitors and their spending, one 分别 pair",
			text: "吉林省2026年政府工作报告\n一、2025年工作回顾\n" +
				"接待游客数量和游客总花费分别增长8.6%、12.4%。\n",
			wants: []fig{
				{"吉林省", 2025, "", Reported, "tourists_growth", 8.6, Exactly, ""},
				{"吉林省", 2025, "", Reported, "tourism_revenue_growth", 12.4, Exactly, ""},
			},
		},
		{
			name: "旅游总花费 as a level",
			text: "辽宁省2026年政府工作报告\n一、2025年工作回顾\n" +
				"全省实现旅游总花费6120亿元，增长9.8%。\n",
			wants: []fig{
				{"辽宁省", 2025, "", Reported, "tourism_revenue", 6120, Exactly, ""},
				{"辽宁省", 2025, "", Reported, "tourism_revenue_growth", 9.8, Exactly, ""},
			},
		},
	})
}
