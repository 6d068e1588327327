package targets

import "testing"

// A report that reviews two years at once (a session put off by the
// epidemic: 一并回顾2021年和2022年两年的工作) is a review of the later one:
// a year named in a paragraph is that year's, the paragraph over both years
// ends in the later one.
func TestReviewOfTwoYears(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "each year, then both",
			text: "瑞丽市人民政府工作报告\n——2023年2月16日在瑞丽市第六届人民代表大会第一次会议上\n一、过去两年工作回顾\n受疫情影响,本次报告一并回顾2021年和2022年两年的工作。\n" +
				"2021年,全市地区生产总值下降10.4%。\n2022年,全市地区生产总值增长2.3%。\n两年合计,全市地区生产总值两年平均下降4.3%。\n",
			wants: []fig{
				{"瑞丽市", 2021, "", Reported, "gdp_growth", -10.4, Exactly, ""},
				{"瑞丽市", 2022, "", Reported, "gdp_growth", 2.3, Exactly, ""},
				{"瑞丽市", 2022, "2021-2022", Reported, "gdp_growth", -4.3, Exactly, ""},
			},
		},
		{
			name: "traditional script, 、 between the years",
			text: "瑞麗市人民政府工作報告\n——2023年2月16日在瑞麗市第六屆人民代表大會第一次會議上\n一、過去兩年工作回顧\n本次報告一併回顧2021年、2022年的工作。全市規模以上工業增加值兩年平均增長1.0%。\n",
			wants: []fig{
				{"瑞丽市", 2022, "2021-2022", Reported, "industry_va_growth", 1, Exactly, ""},
			},
		},
	})
}
