package targets

import "testing"

// An interview with a zone's head: the headline's genre word (专访) is no
// part of the zone's name, and an answer opening 今年是…之年 gives the year's
// targets, after a question that itself opens no part.
func TestAnInterviewsAnswer(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "专访 before the zone; the answer's 今年是",
		text: "专访天津经济技术开发区管委会主任:稳中求进开新局\n2024-01-18 09:30 来源:天津日报\n" +
			"记者:2023年,开发区交出了一份怎样的答卷?\n答:2023年,开发区地区生产总值增长5.1%。\n" +
			"记者:今年开发区的主要预期目标是怎样考虑的?\n答:今年是“十四五”规划的关键之年。开发区提出,地区生产总值增长5%左右,一般公共预算收入增长3%。\n",
		wants: []fig{
			{"天津经开区", 2023, "", Reported, "gdp_growth", 5.1, Exactly, ""},
			{"天津经开区", 2024, "", Planned, "gdp_growth", 5, About, ""},
			{"天津经开区", 2024, "", Planned, "budget_revenue_growth", 3, Exactly, ""},
		},
	}, {
		name: "访谈 before an unlisted park",
		text: "访谈苏州工业园区负责人:今年地区生产总值预期增长5.5%左右\n2025-01-20 来源:新华日报\n园区负责人表示,2024年园区地区生产总值增长5.8%。\n",
		wants: []fig{
			{"苏州工业园区", 2025, "", Planned, "gdp_growth", 5.5, About, ""},
			{"苏州工业园区", 2024, "", Reported, "gdp_growth", 5.8, Exactly, ""},
		},
	}})
}
