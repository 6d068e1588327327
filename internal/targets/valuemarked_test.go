package targets

import "testing"

// A digest's values in brackets before their names (【4268.5亿元】…, 【+5.9%】
// …增速｜remark, 【1823.6亿元 · +6.1%】…) and before an arrow (6%左右 ▶ 地区生产
// 总值增长, ≤5.5% ▶ …) are each the line's name's, one line at a time; a line
// with no value (同步 ▶ …) gives nothing and lends its name to no value.
func TestMarkedValueFirstLines(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "bracketed results, an emoji before one",
			text: "一图读懂丨2025年阜阳市政府工作报告\n📌 2024年 · 成绩单\n【4268.5亿元】全市地区生产总值\n【+5.9%】GDP增速｜高于全省0.9个百分点\n" +
				"【1823.6亿元 · +6.1%】社会消费品零售总额\n【-8.3%】进出口总额\n🌤️ 【78.4%】空气质量优良天数比例\n",
			wants: []fig{
				{"阜阳市", 2024, "", Reported, "gdp", 4268.5, Exactly, ""},
				{"阜阳市", 2024, "", Reported, "gdp_growth", 5.9, Exactly, ""},
				{"阜阳市", 2024, "", Reported, "retail_sales", 1823.6, Exactly, ""},
				{"阜阳市", 2024, "", Reported, "retail_sales_growth", 6.1, Exactly, ""},
				{"阜阳市", 2024, "", Reported, "import_export_growth", -8.3, Exactly, ""},
				{"阜阳市", 2024, "", Reported, "air_quality_rate", 78.4, Exactly, ""},
			},
		},
		{
			name: "targets before arrows, one with no value",
			text: "一图读懂丨2025年阜阳市政府工作报告\n🎯 2025年 · 主要预期目标\n6%左右 ▶ 地区生产总值增长\n8%以上 ▶ 规上工业增加值增长\n" +
				"同步 ▶ 居民收入增长与经济增长\n≤5.5% ▶ 城镇调查失业率\n2%左右 ▶ 居民消费价格涨幅\n",
			wants: []fig{
				{"阜阳市", 2025, "", Planned, "gdp_growth", 6, About, ""},
				{"阜阳市", 2025, "", Planned, "industry_va_growth", 8, AtLeast, ""},
				{"阜阳市", 2025, "", Planned, "surveyed_unemployment", 5.5, AtMost, ""},
				{"阜阳市", 2025, "", Planned, "cpi", 2, About, ""},
			},
		},
		{
			name: "traditional script, → arrows",
			text: "一圖讀懂2024年儋州市政府工作報告\n2024年主要預期目標\n6.5%左右 → 地區生產總值增長\n10% → 固定資產投資增長\n",
			wants: []fig{
				{"儋州市", 2024, "", Planned, "gdp_growth", 6.5, About, ""},
				{"儋州市", 2024, "", Planned, "fai_growth", 10, Exactly, ""},
			},
		},
	})
}
