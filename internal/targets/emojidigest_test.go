package targets

import "testing"

// A phone digest of a report: a pictograph marks each value over its name
// (📊 16452.8亿元 / 全市实现地区生产总值,比上年增长5.5%), a name may carry a
// remark after a comma, and ornamented headings (◆ 回望2023 ◆, ◆ 展望2024 ◆)
// say which year's results and which year's targets follow.
func TestAnEmojiDigest(t *testing.T) {
	text := "图解|数说温州市政府工作报告\n2024-01-23 18:05 编辑:陈可\n◆ 回望2023 ◆\n\n" +
		"📊 8730.6亿元\n全市实现地区生产总值,比上年增长6.4%\n\n" +
		"📊 2800亿元\n外贸进出口总额,规模创历史新高\n\n" +
		"📊 7.2%\n规上工业增加值增长\n\n" +
		"◆ 展望2024 ◆\n\n🎯 6%以上 ▶ 地区生产总值增长\n\n🎯 5% ▶ 一般公共预算收入增长\n"
	checkOnlyTheseFigures(t, []readingCase{{
		name: "results, then targets",
		text: text,
		wants: []fig{
			{"温州市", 2023, "", Reported, "gdp", 8730.6, Exactly, ""},
			{"温州市", 2023, "", Reported, "gdp_growth", 6.4, Exactly, ""},
			{"温州市", 2023, "", Reported, "import_export", 2800, Exactly, ""},
			{"温州市", 2023, "", Reported, "industry_va_growth", 7.2, Exactly, ""},
			{"温州市", 2024, "", Planned, "gdp_growth", 6, AtLeast, ""},
			{"温州市", 2024, "", Planned, "budget_revenue_growth", 5, Exactly, ""},
		},
	}})
}

// A bullet line that is a sentence (▶64.97万建档立卡贫困人口全部脱贫,600个贫困村
// 全部出列) is no value over the next line's name: the line after it keeps
// its own figures.
func TestABulletSentenceIsNoValueLine(t *testing.T) {
	checkReading(t, []readingCase{{
		name: "two ▶ lines",
		text: "海南省2021年政府工作报告\n【十三五成就】\n▶64.97万建档立卡贫困人口全部脱贫,600个贫困村全部出列\n▶海口市、三亚市地区生产总值分别突破1790亿元、690亿元\n",
		wants: []fig{
			{"海口市", 2020, "", Reported, "gdp", 1790, AtLeast, ""},
			{"三亚市", 2020, "", Reported, "gdp", 690, AtLeast, ""},
		},
	}})
}
