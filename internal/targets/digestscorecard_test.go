package targets

import "testing"

// A 图解's cards under a 成绩单 heading put each value above its name, with
// blank lines between cards: each value is its own name's, and a name
// ending in 增长 takes the rate above it, not the next card's level.
func TestCardsUnderAScorecardHeading(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "【一】2023年 亮眼成绩单",
		text: "图解丨2024年福田区政府工作报告\n\n【一】2023年 亮眼成绩单\n\n6038.4亿元\n地区生产总值\n同比增长5.3%\n\n" +
			"6.1%\n规模以上工业增加值增长\n\n1688.2亿元\n社会消费品零售总额\n增长7.9%\n\n【二】2024年 主要预期目标\n\n🎯地区生产总值增长5.5%左右\n",
		wants: []fig{
			{"福田区", 2023, "", Reported, "gdp", 6038.4, Exactly, ""},
			{"福田区", 2023, "", Reported, "gdp_growth", 5.3, Exactly, ""},
			{"福田区", 2023, "", Reported, "industry_va_growth", 6.1, Exactly, ""},
			{"福田区", 2023, "", Reported, "retail_sales", 1688.2, Exactly, ""},
			{"福田区", 2023, "", Reported, "retail_sales_growth", 7.9, Exactly, ""},
			{"福田区", 2024, "", Planned, "gdp_growth", 5.5, About, ""},
		},
	}})
}
