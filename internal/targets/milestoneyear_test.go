package targets

import "testing"

// An excerpt that writes no year in digits dates itself by a milestone
// (今年是“十四五”开局之年, 今年是中国共产党成立100周年, 明年是“十三五”规划的开局
// 之年, 今年是全面贯彻党的二十大精神的开局之年): its review is the year before
// the one today is, or the one the December report gives.
func TestAnExcerptDatedByAMilestone(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "今年是…开局之年",
		text: "过去一年,面对复杂形势,全县地区生产总值增长7.5%。今年是“十四五”开局之年,也是中国共产党成立100周年。全县经济社会发展的主要预期目标是:地区生产总值增长7%左右。榆中县将坚持稳中求进。\n",
		wants: []fig{
			{"榆中县", 2020, "", Reported, "gdp_growth", 7.5, Exactly, ""},
			{"榆中县", 2021, "", Planned, "gdp_growth", 7, About, ""},
		},
	}, {
		name: "明年是… in a December report",
		text: "今年以来,全区经济平稳运行,预计全年地区生产总值增长8%。明年是“十三五”规划的开局之年,全区经济社会发展的主要预期目标是:地区生产总值增长8.5%左右。天水市麦积区将…\n",
		wants: []fig{
			{"麦积区", 2015, "", Reported, "gdp_growth", 8, Exactly, ""},
			{"麦积区", 2016, "", Planned, "gdp_growth", 8.5, About, ""},
		},
	}, {
		name: "a congress's year and an anniversary in Chinese numerals",
		text: "过去一年,全市地区生产总值增长6.1%。今年是全面贯彻落实党的二十大精神的开局之年。全市主要预期目标是:地区生产总值增长6%左右。张掖市将…\n",
		wants: []fig{
			{"张掖市", 2022, "", Reported, "gdp_growth", 6.1, Exactly, ""},
			{"张掖市", 2023, "", Planned, "gdp_growth", 6, About, ""},
		},
	}})
	for _, c := range []struct {
		s    string
		want int
	}{{"今年是新中国成立七十周年", 2019}, {"今年是改革开放40周年", 2018}, {"今年是全面建成小康社会和“十三五”规划收官之年", 2020}, {"今年是党的二十大召开之年", 2022}, {"今年是关键之年", 0}} {
		if y, _ := milestoneYear(c.s); y != c.want {
			t.Errorf("milestoneYear(%q) = %d, want %d", c.s, y, c.want)
		}
	}
}

// Names that are not the text's unit: a place's name opening a proper noun
// (兰州交通大学, 滨海大道, 江北国际机场), a two-character unit glued into a
// slogan (旅游兴县), a word that is a district's name (老城区更新改造), and
// partners a zone works with (与永登、皋兰两县) rather than its parts.
func TestNamesThatAreNotTheUnit(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "universities, roads and partners around a new area",
		text: "过去一年,在省委、省政府和市委、市政府的坚强领导下,新区党工委团结奋进。兰州大学、兰州交通大学新校区落地,滨海大道、江北国际机场项目推进;新区与永登、皋兰两县协同发展。" +
			"兰州新区地区生产总值增长9.5%,老城区更新改造有序推进。今年是“十四五”开局之年。\n",
		wants: []fig{
			{"兰州新区", 2020, "", Reported, "gdp_growth", 9.5, Exactly, ""},
		},
	}, {
		name: "旅游兴县 is a slogan",
		text: "过去的一年,是全县上下攻坚克难的一年。我们坚持“生态立县、旅游兴县”战略,互助县地区生产总值增长10.2%。今年是“十三五”开局之年。\n",
		wants: []fig{
			{"互助土族自治县", 2015, "", Reported, "gdp_growth", 10.2, Exactly, ""},
		},
	}})
}

// An undated excerpt telling a five-year plan as done (“十三五”时期,全省…
// 年均增长5.9%) is of the report given the year after it; one setting the
// plan's targets (年均增长7%左右) is not dated by it.
func TestAnExcerptDatedByAPlanDone(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "“十三五”时期 told as done",
		text: "持续用力,综合实力跃上新台阶。“十三五”时期,全省地区生产总值年均增长6.2%;一般公共预算收入达到1580.3亿元,年均增长5.1%。甘肃省将…\n",
		wants: []fig{
			{"甘肃省", 2020, "2016-2020", Reported, "gdp_growth", 6.2, Exactly, ""},
			{"甘肃省", 2020, "", Reported, "budget_revenue", 1580.3, Exactly, ""},
			{"甘肃省", 2020, "2016-2020", Reported, "budget_revenue_growth", 5.1, Exactly, ""},
		},
	}})
	if y := planDoneYear("“十四五”时期,全省地区生产总值年均增长6%左右"); y != 0 {
		t.Errorf("a plan's targets dated the text %d", y)
	}
}
