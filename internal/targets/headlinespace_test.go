package targets

import "testing"

// A news headline parts its event and its figure with a space (…会议开幕
// 今年GDP目标增长7%以上): the year it turns to opens a sentence of its own,
// so the target is the year's, not a result of the year before.
func TestAHeadlinesSpaceBeforeTheYear(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "under a site's breadcrumb",
			text: "观海新闻 > 区市 > 城阳\n城阳区十九届人大一次会议开幕 今年GDP目标增长7%以上\n2022-01-06 16:48  来源:青岛日报\n报告显示,2021年全区地区生产总值增长9.8%。\n",
			wants: []fig{
				{"城阳区", 2022, "", Planned, "gdp_growth", 7, AtLeast, ""},
				{"城阳区", 2021, "", Reported, "gdp_growth", 9.8, Exactly, ""},
			},
		},
		{
			name: "明年, traditional script",
			text: "新聞中心 > 地方\n瑞安市人大會議閉幕 明年一般公共預算收入目標增長6%\n2022-12-28 10:02  來源:溫州日報\n會議指出,2022年全市一般公共預算收入增長4.3%。\n",
			wants: []fig{
				{"瑞安市", 2023, "", Planned, "budget_revenue_growth", 6, Exactly, ""},
				{"瑞安市", 2022, "", Reported, "budget_revenue_growth", 4.3, Exactly, ""},
			},
		},
	})
}
