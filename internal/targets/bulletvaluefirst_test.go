package targets

import "testing"

// A digest's bullet that gives the value before its name on one line
// (● 5.3% 2024年一般公共预算收入增长) reads as the name followed by the value:
// the year in the name dates it and the bullets after it, 预期 makes it a
// target. A level's bullet names the indicator alone (● 3408亿元 地区生产总值),
// a rate's may carry its verb before the number (● 增长5.6% 规模以上工业增加值);
// a percentage whose name says neither a rate nor a share, or a value in
// points, gives nothing.
func TestBulletValueFirst(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "results then a target, with a year in the first and the last",
		text: "一图读懂湘潭市2025年政府工作报告\n• 5.3% 2024年一般公共预算收入增长\n• 4.9% 社会消费品零售总额增长\n• 5.5%左右 2025年地区生产总值预期增长\n",
		wants: []fig{
			{"湘潭市", 2024, "", Reported, "budget_revenue_growth", 5.3, Exactly, ""},
			{"湘潭市", 2024, "", Reported, "retail_sales_growth", 4.9, Exactly, ""},
			{"湘潭市", 2025, "", Planned, "gdp_growth", 5.5, About, ""},
		},
	}, {
		name: "a bound after the value, the nation named",
		text: "数说衡阳市2025年政府工作报告\n● 8%以上 2025年固定资产投资预期增长\n● 5% 2024年全国国内生产总值增长\n",
		wants: []fig{
			{"衡阳市", 2025, "", Planned, "fai_growth", 8, AtLeast, ""},
			{"全国", 2024, "", Reported, "gdp_growth", 5, Exactly, ""},
		},
	}, {
		name: "levels by the indicator alone, rates with the verb before the number, a share",
		text: "醴陵市2025年政府工作报告\n一、2024年工作回顾\n● 3408亿元 地区生产总值\n● 增长5.6% 规模以上工业增加值\n● 1520亿元 社会消费品零售总额\n● 63% 常住人口城镇化率\n● 5.5% 地区生产总值\n" +
			"二、2025年主要预期目标\n● 6%左右 地区生产总值增长\n● 增长7%以上 社会消费品零售总额\n",
		wants: []fig{
			{"醴陵市", 2024, "", Reported, "gdp", 3408, Exactly, ""},
			{"醴陵市", 2024, "", Reported, "industry_va_growth", 5.6, Exactly, ""},
			{"醴陵市", 2024, "", Reported, "retail_sales", 1520, Exactly, ""},
			{"醴陵市", 2024, "", Reported, "urbanization_rate", 63, Exactly, ""},
			{"醴陵市", 2025, "", Planned, "gdp_growth", 6, About, ""},
			{"醴陵市", 2025, "", Planned, "retail_sales_growth", 7, AtLeast, ""},
		},
	}, {
		name: "traditional script, full-width space after the mark",
		text: "數說攸縣2025年政府工作報告\n2024年工作回顧\n● 　增長4.2% 地區生產總值\n● 　1.25萬人 城鎮新增就業\n",
		wants: []fig{
			{"攸县", 2024, "", Reported, "gdp_growth", 4.2, Exactly, ""},
			{"攸县", 2024, "", Reported, "new_urban_jobs", 12500, Exactly, ""},
		},
	}, {
		name: "points and a share are no rates",
		text: "数说衡阳市2025年政府工作报告\n● 0.3个百分点 居民消费价格涨幅\n● 52% 2024年企业研发投入占比\n",
	}})
}

// A bullet with no year takes the year and kind of the bullets before it,
// but a target's words after a year's results are no result of that year.
func TestBulletValueFirstCarry(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "a target with no year, then a bare bullet: both the plan's",
		text: "数说衡阳市2025年政府工作报告\n● 5.5%左右 地区生产总值预期增长\n● 7% 规模工业增加值增长\n",
		wants: []fig{
			{"衡阳市", 2025, "", Planned, "gdp_growth", 5.5, About, ""},
			{"衡阳市", 2025, "", Planned, "industry_va_growth", 7, Exactly, ""},
		},
	}, {
		name: "a target with no year after results: not read as a result",
		text: "数说衡阳市2025年政府工作报告\n● 5.1% 2024年地区生产总值增长\n● 5.5%左右 地区生产总值预期增长\n● 6.4% 规模工业增加值增长\n",
		wants: []fig{
			{"衡阳市", 2024, "", Reported, "gdp_growth", 5.1, Exactly, ""},
			{"衡阳市", 2024, "", Reported, "industry_va_growth", 6.4, Exactly, ""},
		},
	}})
}
