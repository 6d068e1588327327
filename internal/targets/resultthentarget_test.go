package targets

import "testing"

// A result and the year ahead's target of the same indicator, named again,
// in one sentence (…增长13.6%,今年将…力争一般公共预算收入增长10%以上): the
// first is a result of its year, the second a target of the year ahead, and
// of the unit the result was about.
func TestAResultThenATargetNamedAgain(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "today's news of a district, a subdistrict's result and target",
			text: "城阳区召开十九届人大一次会议\n2022-01-12 09:30 来源:城阳新闻网\n2021年流亭街道完成一般公共预算收入12.4亿元,增长13.6%,今年将抓住机遇,力争一般公共预算收入增长10%以上。\n",
			wants: []fig{
				{"流亭街道", 2021, "", Reported, "budget_revenue", 12.4, Exactly, ""},
				{"流亭街道", 2021, "", Reported, "budget_revenue_growth", 13.6, Exactly, ""},
				{"流亭街道", 2022, "", Planned, "budget_revenue_growth", 10, AtLeast, ""},
			},
		},
		{
			name: "the target's year by its number",
			text: "嵊州市2022年政府工作报告\n2021年,全市地区生产总值增长8.2%,2022年力争地区生产总值增长7%以上。\n",
			wants: []fig{
				{"嵊州市", 2021, "", Reported, "gdp_growth", 8.2, Exactly, ""},
				{"嵊州市", 2022, "", Planned, "gdp_growth", 7, AtLeast, ""},
			},
		},
		{
			name: "traditional script, 今年要",
			text: "嵊州市2022年政府工作報告\n2021年,全市一般公共預算收入增長9.8%,今年要確保一般公共預算收入增長8%。\n",
			wants: []fig{
				{"嵊州市", 2021, "", Reported, "budget_revenue_growth", 9.8, Exactly, ""},
				{"嵊州市", 2022, "", Planned, "budget_revenue_growth", 8, Exactly, ""},
			},
		},
		{
			name: "a clause of this year so far is no target",
			text: "嵊州市2022年政府工作报告\n2021年,全市地区生产总值增长8.2%,今年以来地区生产总值保持平稳。\n",
			wants: []fig{
				{"嵊州市", 2021, "", Reported, "gdp_growth", 8.2, Exactly, ""},
			},
		},
	})
}

// An official's quote opening on 今年 after last year's results (…旅游总收入
// 1219亿元,“今年我们的目标是全年接待游客突破1.6亿人次”) is the year ahead's
// target; the results before it stay last year's.
func TestAQuotedTargetAfterResults(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "a bureau head's quote",
		text: "凝心聚力谋发展——开封市十六届人大三次会议开幕侧记\n来源:开封日报 2024年1月10日\n市文化广电和旅游局局长说,2023年全市接待游客1.43亿人次,旅游总收入1219亿元,“今年我们的目标是全年接待游客突破1.6亿人次。”\n",
		wants: []fig{
			{"开封市", 2023, "", Reported, "tourists", 14300, Exactly, ""},
			{"开封市", 2023, "", Reported, "tourism_revenue", 1219, Exactly, ""},
			{"开封市", 2024, "", Planned, "tourists", 16000, AtLeast, ""},
		},
	}})
}
