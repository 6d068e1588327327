package targets

import "testing"

// A local paper's roundup of its counties' reports: its 我市 is the paper's
// city (not a county a common word spells, 惠民生 and 惠民县), and each
// paragraph opening on a county (X县:, 在X县,, X县政府工作报告提出,) is that
// county's.
func TestAPapersRoundupOfItsCounties(t *testing.T) {
	text := "奋楫争先开新局——我市各县(市、区)政府工作报告扫描\n来源:曲靖日报 2024-01-22 08:15\n" +
		"近日,我市各县(市、区)相继召开人代会,审议通过政府工作报告,稳增长、惠民生成为高频词。\n" +
		"陆良县:2023年,全县地区生产总值完成265.3亿元,增长5.6%。\n" +
		"在师宗县,过去一年交出的成绩单同样亮眼:地区生产总值增长6.1%,一般公共预算收入完成8.9亿元。\n" +
		"罗平县政府工作报告提出,2024年全县地区生产总值增长6%,社会消费品零售总额增长7%。\n"
	checkOnlyTheseFigures(t, []readingCase{{
		name: "a city paper, four ways of opening on a county",
		text: text,
		wants: []fig{
			{"陆良县", 2023, "", Reported, "gdp", 265.3, Exactly, ""},
			{"陆良县", 2023, "", Reported, "gdp_growth", 5.6, Exactly, ""},
			{"师宗县", 2023, "", Reported, "gdp_growth", 6.1, Exactly, ""},
			{"师宗县", 2023, "", Reported, "budget_revenue", 8.9, Exactly, ""},
			{"罗平县", 2024, "", Planned, "gdp_growth", 6, Exactly, ""},
			{"罗平县", 2024, "", Planned, "retail_sales_growth", 7, Exactly, ""},
		},
	}})
	if as := Analyze(text).Articles; len(as) == 0 || as[0].Region.Name != "曲靖市" {
		t.Errorf("the roundup's articles %+v, want one of the paper's city 曲靖市", as)
	}
}

// An autonomous county in a roundup by its place name alone, in
// traditional script, under the paper's autonomous prefecture.
func TestAPapersRoundupByShortNames(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "丽水日报, 景宁: and 在松阳,",
		text: "麗水日報 2025年1月20日 第03版\n看各縣(市)政府工作報告劃重點\n截至1月中旬,我市9個縣(市、區)人代會全部閉幕。\n" +
			"景寧:2024年,全縣地區生產總值增長6.8%。\n在松陽,去年全縣社會消費品零售總額增長6.6%。\n",
		wants: []fig{
			{"景宁畲族自治县", 2024, "", Reported, "gdp_growth", 6.8, Exactly, ""},
			{"松阳县", 2024, "", Reported, "retail_sales_growth", 6.6, Exactly, ""},
		},
	}})
}

// Words that spell a county's short name (惠民生, 共同富裕, 南粤名山) do not
// make a text with no other name that county's.
func TestWordsThatSpellACounty(t *testing.T) {
	for _, text := range []string{
		"报告指出,过去一年全县上下稳增长、惠民生,全县地区生产总值增长6.1%。\n",
		"扎实推动共同富裕,全县地区生产总值增长5.9%。\n",
		"擦亮“南粤名山”文化品牌,全镇地区生产总值增长5.2%。\n",
	} {
		for _, f := range Extract(text) {
			if f.Region == "惠民县" || f.Region == "富裕县" || f.Region == "名山区" {
				t.Errorf("%q read as %v", text, f)
			}
		}
	}
}

// An untitled excerpt of a 州's report: its 全州 is the 州 (not the county
// 全州县), and the 州 outranks a city inside it the text names more often.
func TestAPrefecturesWholeIsNotACounty(t *testing.T) {
	text := ",全州各族干部群众坚定信心、迎难而上,主要目标任务全面完成。\n" +
		"2020年,全州地区生产总值增长3.9%,规模以上工业增加值增长5.1%。大理州紧紧围绕高质量发展,大理市空气质量优良率达到98.6%,大理市环境持续改善。\n"
	checkOnlyTheseFigures(t, []readingCase{{
		name: "an excerpt that begins mid-sentence",
		text: text,
		wants: []fig{
			{"大理白族自治州", 2020, "", Reported, "gdp_growth", 3.9, Exactly, ""},
			{"大理白族自治州", 2020, "", Reported, "industry_va_growth", 5.1, Exactly, ""},
			{"大理市", 2020, "", Reported, "air_quality_rate", 98.6, Exactly, ""},
		},
	}})
}
