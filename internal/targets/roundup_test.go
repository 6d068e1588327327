package targets

import "testing"

// A city paper's roundup of its counties' reports: a clause 今年将… dates
// the figures after it as that year's targets, a unit that speaks (X区提出,)
// owns the clauses it opens, and one value after 分别 for several units is
// each one's.
func TestCountyRoundups(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "a paragraph led by last year, a plan clause, a unit speaking, one value for a list",
			text: "玉溪日报：各县（市、区）政府工作报告晒出成绩单\n2023-02-06 来源：玉溪日报\n" +
				"澄江市：2022年全市规模以上工业增加值增长9.3%，今年将实施重点项目80个，完成投资90亿元以上。江川区提出，2023年一般公共预算收入增长6%以上。\n" +
				"易门县、峨山县等地也分别提出了2023年地区生产总值增长7%左右的目标。\n",
			wants: []fig{
				{"澄江市", 2022, "", Reported, "industry_va_growth", 9.3, Exactly, ""},
				{"澄江市", 2023, "", Planned, "key_project_investment", 90, AtLeast, ""},
				{"江川区", 2023, "", Planned, "budget_revenue_growth", 6, AtLeast, ""},
				{"易门县", 2023, "", Planned, "gdp_growth", 7, About, ""},
				{"峨山彝族自治县", 2023, "", Planned, "gdp_growth", 7, About, ""},
			},
		},
	})
	for _, f := range Extract("玉溪日报：各县（市、区）政府工作报告晒出成绩单\n2023-02-06 来源：玉溪日报\n澄江市：2022年全市规模以上工业增加值增长9.3%。江川区提出，2023年一般公共预算收入增长6%以上。\n") {
		if f.Region == "澄江市" && f.Indicator == "budget_revenue_growth" {
			t.Errorf("the speaking unit's figure lent to the paragraph's: %v", f)
		}
	}
}

// A 分别 list with fewer values than the items before it, the first named
// again (a scenic spot's visitors, then the county's): the values are the
// last items', not a rate of visitors read twice.
func TestRespectiveValuesAreTheLastItems(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "visitors of a spot and of the county, the county's revenue, two rates",
			text: "恩施市2020年政府工作报告\n一、2019年工作回顾\n大峡谷景区年接待游客突破500万人次，全市接待游客1520万人次，实现旅游综合收入126.4亿元，分别增长14.2%和16.8%。\n",
			wants: []fig{
				{"恩施市", 2019, "", Reported, "tourists", 1520, Exactly, ""},
				{"恩施市", 2019, "", Reported, "tourists_growth", 14.2, Exactly, ""},
				{"恩施市", 2019, "", Reported, "tourism_revenue_growth", 16.8, Exactly, ""},
			},
		},
	})
	for _, f := range Extract("恩施市2020年政府工作报告\n一、2019年工作回顾\n大峡谷景区年接待游客突破500万人次，全市接待游客1520万人次，实现旅游综合收入126.4亿元，分别增长14.2%和16.8%。\n") {
		if f.Indicator == "tourists_growth" && f.Value != 14.2 {
			t.Errorf("the revenue's rate read as visitors': %v", f)
		}
	}
}

// A session's roundup dated in the new year, its headline naming that
// year's 成绩单: the headline opens no review of a year just begun; a unit
// that speaks of its 去年 after its own name (沅江去年, 该县去年) tells that
// year's results; the plan one unit's paragraph opens (今年的目标是:) is not
// the next unit's; a clause 今年提出 after last year's rate is this year's
// target of the same indicator.
const newsRoundup = "两会观察：2021年县域经济“成绩单”发布\n2021-01-28 09:30　来源：益阳日报\n" +
	"本报讯 近日，各区县相继召开人代会。益阳市政府工作报告则提出，今年全市地区生产总值增长6.5%左右。\n" +
	"桃江：该县去年地区生产总值增长4.1%。今年的目标是：地区生产总值增长7%左右，固定资产投资增长9%。\n" +
	"安化：安化县报告显示，去年规模以上工业增加值增长5.2%。接待游客1800万人次，旅游综合收入150亿元。\n" +
	"沅江：沅江去年一般公共预算收入增长6.3%，今年提出增长7%，新签约项目30个以上。\n"

func TestSessionRoundupYears(t *testing.T) {
	checkReading(t, []readingCase{{
		name: "a dated roundup of three counties",
		text: newsRoundup,
		wants: []fig{
			{"益阳市", 2021, "", Planned, "gdp_growth", 6.5, About, ""},
			{"桃江县", 2020, "", Reported, "gdp_growth", 4.1, Exactly, ""},
			{"桃江县", 2021, "", Planned, "gdp_growth", 7, About, ""},
			{"桃江县", 2021, "", Planned, "fai_growth", 9, Exactly, ""},
			{"安化县", 2020, "", Reported, "industry_va_growth", 5.2, Exactly, ""},
			{"安化县", 2020, "", Reported, "tourists", 1800, Exactly, ""},
			{"安化县", 2020, "", Reported, "tourism_revenue", 150, Exactly, ""},
			{"沅江市", 2020, "", Reported, "budget_revenue_growth", 6.3, Exactly, ""},
			{"沅江市", 2021, "", Planned, "budget_revenue_growth", 7, Exactly, ""},
		},
	}})
	for _, f := range Extract(newsRoundup) {
		if f.Region == "安化县" && f.Kind == Planned || f.Kind == Reported && f.Year == 2021 {
			t.Errorf("a result of the year just begun, or a plan lent to the next unit: %v «%s»", f, f.Quote)
		}
	}
}
