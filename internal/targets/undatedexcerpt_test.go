package targets

import "testing"

// An undated excerpt from the middle of a report: a five-year review's
// from–to (从2015年的…增加到2020年的…) dates it by the span's end, not its
// start; a first line that is a sentence naming 全国 (…居全国高新区前列。)
// does not make the nation its region; a plan-execution report setting the
// year's target beside its result (年度预期目标为…,实际增长…) opens no plan.
func TestUndatedExcerpts(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "a five-year review, no title",
			text: "克难攻坚,全区经济社会发展取得历史性成就。\n五年来,综合实力大幅跃升。广西全区地区生产总值从2015年的16803亿元增加到2020年的22157亿元,年均增长6.1%。2020年,全区地区生产总值增长3.7%。\n",
			wants: []fig{
				{"广西壮族自治区", 2015, "", Reported, "gdp", 16803, Exactly, ""},
				{"广西壮族自治区", 2020, "", Reported, "gdp", 22157, Exactly, ""},
				{"广西壮族自治区", 2020, "2016-2020", Reported, "gdp_growth", 6.1, Exactly, ""},
				{"广西壮族自治区", 2020, "", Reported, "gdp_growth", 3.7, Exactly, ""},
			},
		},
		{
			name: "a plan-execution report's target beside its result, traditional script",
			text: "關於福建省2018年國民經濟和社會發展計劃執行情況與2019年計劃草案的報告\n——2019年1月15日在福建省第十三屆人民代表大會第二次會議上\n一、2018年國民經濟和社會發展計劃執行情況\n1.經濟增長。年度預期目標為地區生產總值增長8.5%左右,實際增長8.3%,總量達到35804億元。\n",
			wants: []fig{
				{"福建省", 2018, "", Planned, "gdp_growth", 8.5, About, ""},
				{"福建省", 2018, "", Reported, "gdp_growth", 8.3, Exactly, ""},
				{"福建省", 2018, "", Reported, "gdp", 35804, Exactly, ""},
			},
		},
	})
	for _, f := range Extract("创新主体加速集聚。全年新认定高新技术企业512家,每万人发明专利拥有量居全国高新区前列。\n全区实现地区生产总值1408.6亿元,增长6.9%。\n") {
		if f.Region == "全国" {
			t.Errorf("a ranking among the nation's zones made the excerpt the nation's: %v", f)
		}
	}
}

// An untitled excerpt of a city's report that lists its counties before it
// names itself (仁怀市、汇川区、红花岗区…,全市…): the list speaks for the city
// above them, which owns the 全市 figures.
func TestAnExcerptListingItsCounties(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "遵义, named once by its short name",
		text: "持续扩大有效投资,重大项目加快推进。\n2018年,仁怀市、汇川区、红花岗区地区生产总值分别达到1080亿元、450亿元、520亿元,全市地区生产总值增长10.5%,遵义发展不平衡不充分的问题依然突出。\n",
		wants: []fig{
			{"仁怀市", 2018, "", Reported, "gdp", 1080, Exactly, ""},
			{"汇川区", 2018, "", Reported, "gdp", 450, Exactly, ""},
			{"红花岗区", 2018, "", Reported, "gdp", 520, Exactly, ""},
			{"遵义市", 2018, "", Reported, "gdp_growth", 10.5, Exactly, ""},
		},
	}})
}

// A numbered item naming its indicator alone (3.固定资产投资。预期目标增长12%,
// 实际增长12.1%) gives the sentences after it that indicator.
func TestANumberedItemsIndicator(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "a plan-execution report's item",
		text: "关于浙江省2018年国民经济和社会发展计划执行情况的报告\n——2019年1月15日在浙江省第十三届人民代表大会第二次会议上\n一、2018年国民经济和社会发展计划执行情况\n3.固定资产投资。预期目标增长12%,实际增长12.1%,完成预期目标。\n",
		wants: []fig{
			{"浙江省", 2018, "", Planned, "fai_growth", 12, Exactly, ""},
			{"浙江省", 2018, "", Reported, "fai_growth", 12.1, Exactly, ""},
		},
	}})
}
