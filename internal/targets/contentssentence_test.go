package targets

import "testing"

// A news item that first says what the report's parts are (报告总结了…工作,
// 提出了…工作安排) opens neither part with it: the review that follows is
// the review, and the plan opens where the plan is stated.
func TestASentenceListingTheReportsParts(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "总结…提出…工作安排, then the review",
		text: "府谷县第十八届人民代表大会第三次会议开幕\n2019-02-20 来源:府谷新闻网\n" +
			"县长代表县人民政府作政府工作报告。报告总结了2018年工作,提出了2019年工作安排。\n" +
			"报告指出,2018年,全县上下攻坚克难。全县生产总值完成512.4亿元,同比增长7.2%;规模以上工业增加值增长8.1%;社会消费品零售总额增长9.3%。\n" +
			"2019年全县经济社会发展的主要预期目标是:生产总值增长7%左右。\n",
		wants: []fig{
			{"府谷县", 2018, "", Reported, "gdp", 512.4, Exactly, ""},
			{"府谷县", 2018, "", Reported, "gdp_growth", 7.2, Exactly, ""},
			{"府谷县", 2018, "", Reported, "industry_va_growth", 8.1, Exactly, ""},
			{"府谷县", 2018, "", Reported, "retail_sales_growth", 9.3, Exactly, ""},
			{"府谷县", 2019, "", Planned, "gdp_growth", 7, About, ""},
		},
	}})
}
