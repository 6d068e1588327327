package targets

import "testing"

// A report given in December plans the year after; where its plan part's
// heading names that year (二、2023年…主要预期目标), a 今年 inside the part
// speaks from that year. In its review, 今年 is still the year of the date.
func TestADecemberReportsPlanHeadedWithItsYear(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "今年 under the heading of the year planned",
			text: "义乌市政府工作报告\n——2022年12月27日在义乌市第十七届人民代表大会第三次会议上\n一、2022年工作回顾\n今年以来,全市地区生产总值增长4.5%左右。\n二、2023年政府工作的总体要求和主要预期目标\n今年经济社会发展的主要预期目标是:地区生产总值增长6.5%以上;固定资产投资增长10%。\n",
			wants: []fig{
				{"义乌市", 2022, "", Reported, "gdp_growth", 4.5, About, ""},
				{"义乌市", 2023, "", Planned, "gdp_growth", 6.5, AtLeast, ""},
				{"义乌市", 2023, "", Planned, "fai_growth", 10, Exactly, ""},
			},
		},
		{
			name: "明年 reads as it always did, traditional script",
			text: "瑞安市政府工作報告\n——2022年12月28日在瑞安市第十七屆人民代表大會第三次會議上\n一、2022年工作回顧\n二、2023年工作安排\n明年經濟社會發展的主要預期目標是:地區生產總值增長6%左右。\n",
			wants: []fig{
				{"瑞安市", 2023, "", Planned, "gdp_growth", 6, About, ""},
			},
		},
	})
}

// An excerpt with no date whose paragraph names the year it plans before
// its target list (2019年,东丽区将…。主要预期目标为:…): the list is that
// year's, not the year under review's.
func TestAnExcerptsPlanYearFromItsParagraph(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "untitled, undated",
		text: ",经济社会发展取得新成绩。\n2018年,东丽区实现地区生产总值820亿元,增长7.5%。\n2019年,东丽区将以高质量发展为主线。主要预期目标为:地区生产总值增长7%以上;固定资产投资增长8%。\n",
		wants: []fig{
			{"东丽区", 2018, "", Reported, "gdp", 820, Exactly, ""},
			{"东丽区", 2018, "", Reported, "gdp_growth", 7.5, Exactly, ""},
			{"东丽区", 2019, "", Planned, "gdp_growth", 7, AtLeast, ""},
			{"东丽区", 2019, "", Planned, "fai_growth", 8, Exactly, ""},
		},
	}})
}

// Lead words that open the rest of a year's work in a mid-year meeting
// (会议要求,下半年要重点做好以下工作:) open the plan of that year, the year
// whose first half the text told; its items' 全年 targets are not a half's.
func TestAMidYearWorkList(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "a district's mid-year meeting",
		text: "2019年上半年,奉化区地区生产总值增长7.2%。\n会议要求,下半年要重点做好以下工作:一是优环境,空气质量优良天数比例达到80%以上。二是稳增长,社会消费品零售总额增长9%。\n",
		wants: []fig{
			{"奉化区", 2019, "", Planned, "air_quality_rate", 80, AtLeast, ""},
			{"奉化区", 2019, "", Planned, "retail_sales_growth", 9, Exactly, ""},
		},
	}})
}

// A December meeting's 力争/确保 targets with no year of their own, after
// the year's estimate, are next year's (its 全年 the year planned).
func TestADecemberMeetingsStrivings(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "a zone's economic work meeting",
		text: "成都高新区召开经济工作会议\n2019-12-27 来源:成都高新区管委会\n12月26日,成都高新区召开经济工作会议,总结今年以来工作,部署明年重点任务。\n会议指出,今年以来,预计全年实现地区生产总值2410亿元,增长8.5%。\n会议要求,全区上下要聚焦三大主导产业,力争全年规模以上工业增加值增长9%,确保全年固定资产投资增长10%以上。\n",
		wants: []fig{
			{"成都高新区", 2019, "", Reported, "gdp", 2410, Exactly, ""},
			{"成都高新区", 2019, "", Reported, "gdp_growth", 8.5, Exactly, ""},
			{"成都高新区", 2020, "", Planned, "industry_va_growth", 9, Exactly, ""},
			{"成都高新区", 2020, "", Planned, "fai_growth", 10, AtLeast, ""},
		},
	}})
}
