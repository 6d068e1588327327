package targets

import "testing"

// A title that names the article before a colon (…政府工作报告解读:, 两会速览:)
// leaves the year word after the colon opening the sentence: 今年 is the
// year the report plans, not the year under review.
func TestYearWordAfterArticleLabel(t *testing.T) {
	body := "\n云南网讯 1月15日，云南省第十四届人民代表大会第三次会议在昆明开幕。\n" +
		"报告提出，2025年全省主要预期目标是：地区生产总值增长5%左右；固定资产投资增长4%。\n"
	for _, title := range []string{
		"云南省政府工作报告解读：今年经济增长目标5%左右",
		"2025云南两会速览：今年经济增长目标5%左右",
		"云南省政府工作报告：今年经济增长目标5%左右",
	} {
		checkRegions(t, []regionCase{{
			readingCase: readingCase{
				name:  title,
				text:  title + body,
				wants: []fig{{"云南省", 2025, "", Planned, "gdp_growth", 5, About, ""}},
			},
			not: []fig{{"云南省", 2024, "", Planned, "gdp_growth", 5, About, ""}},
		}})
	}
	// A long clause before the colon is the sentence's own: its 今年 is
	// not taken from after the colon.
	checkRegions(t, []regionCase{{
		readingCase: readingCase{
			name: "a speaker's clause before the colon",
			text: "丽江市2025年政府工作报告\n——2025年1月10日在丽江市第五届人民代表大会第五次会议上\n一、2024年工作回顾\n" +
				"全市上下团结一心，各项工作取得了新的成绩：地区生产总值增长4.2%。\n",
			wants: []fig{{"丽江市", 2024, "", Reported, "gdp_growth", 4.2, Exactly, ""}},
		},
		not: []fig{{"丽江市", 2025, "", Planned, "gdp_growth", 4.2, Exactly, ""}},
	}})
}
