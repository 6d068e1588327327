package targets

import "testing"

// regionCase is a reading case that also names figures that must not be
// read: the same value filed under the wrong region.
type regionCase struct {
	readingCase
	not []fig
}

func checkRegions(t *testing.T, tests []regionCase) {
	t.Helper()
	var rc []readingCase
	for _, tt := range tests {
		rc = append(rc, tt.readingCase)
	}
	checkReading(t, rc)
	for _, tt := range tests {
		t.Run(tt.name+"/not", func(t *testing.T) {
			figs := Extract(tt.text)
			for _, w := range tt.not {
				if has(figs, w) {
					t.Errorf("read %v, want it not read", w)
				}
			}
		})
	}
}

// 全国 as the subject of one clause does not carry into the next clause
// that opens with its own subject (全省, 全县, 我市).
func TestNationalSubjectEndsAtOwnSubject(t *testing.T) {
	checkRegions(t, []regionCase{
		{
			readingCase: readingCase{
				name: "nation, province and city in one sentence",
				text: "赣州市2026年政府工作报告\n一、2025年工作回顾\n全市生产总值增长6.3%。全国经济增长5.1%，全省增长5.6%，全市增长6.3%，高于全国1.2个百分点。\n",
				wants: []fig{
					{"全国", 2025, "", Reported, "gdp_growth", 5.1, Exactly, ""},
					{"江西省", 2025, "", Reported, "gdp_growth", 5.6, Exactly, ""},
					{"赣州市", 2025, "", Reported, "gdp_growth", 6.3, Exactly, ""},
				},
			},
			not: []fig{
				{"全国", 2025, "", Reported, "gdp_growth", 5.6, Exactly, ""},
				{"全国", 2025, "", Reported, "gdp_growth", 6.3, Exactly, ""},
			},
		},
		{
			readingCase: readingCase{
				name: "a county's own figure after the nation's",
				text: "南康区2026年政府工作报告\n一、2025年工作回顾\n全国规模以上工业增加值增长5.8%，全区增长9.2%。\n",
				wants: []fig{
					{"全国", 2025, "", Reported, "industry_va_growth", 5.8, Exactly, ""},
					{"南康区", 2025, "", Reported, "industry_va_growth", 9.2, Exactly, ""},
				},
			},
			not: []fig{{"全国", 2025, "", Reported, "industry_va_growth", 9.2, Exactly, ""}},
		},
		{
			readingCase: readingCase{
				name: "the province in a county's report, with a remark between",
				text: "闽侯县2025年政府工作报告\n一、2024年工作回顾\n全国地区生产总值增长5%，全省增长5.5%，闽侯增速位居全市前列。\n",
				wants: []fig{
					{"全国", 2024, "", Reported, "gdp_growth", 5, Exactly, ""},
					{"福建省", 2024, "", Reported, "gdp_growth", 5.5, Exactly, ""},
				},
			},
			not: []fig{{"全国", 2024, "", Reported, "gdp_growth", 5.5, Exactly, ""}},
		},
		{
			readingCase: readingCase{
				name: "全省 where the report's province is not known is nobody's",
				text: "云栖湖高新区2025年工作报告\n一、2024年工作回顾\n全国规模以上工业增加值增长5.8%，全省增长6.6%，全区增长12%。\n",
				wants: []fig{
					{"全国", 2024, "", Reported, "industry_va_growth", 5.8, Exactly, ""},
					{"云栖湖高新区", 2024, "", Reported, "industry_va_growth", 12, Exactly, ""},
				},
			},
			not: []fig{
				{"全国", 2024, "", Reported, "industry_va_growth", 6.6, Exactly, ""},
				{"云栖湖高新区", 2024, "", Reported, "industry_va_growth", 6.6, Exactly, ""},
			},
		},
		{
			readingCase: readingCase{
				name:  "全省 before its own indicator where the province is not known",
				text:  "云栖湖高新区2025年工作报告\n一、2024年工作回顾\n全省地区生产总值增长5.5%，全区地区生产总值增长9%。\n",
				wants: []fig{{"云栖湖高新区", 2024, "", Reported, "gdp_growth", 9, Exactly, ""}},
			},
			not: []fig{{"云栖湖高新区", 2024, "", Reported, "gdp_growth", 5.5, Exactly, ""}},
		},
	})
}

// A unit written by the name it had when the report was given (長樂市,
// a 区 of 福州 since 2017) keeps that name, as the text has it.
func TestUnitKeepsNameOfReportTime(t *testing.T) {
	checkRegions(t, []regionCase{
		{
			readingCase: readingCase{
				name:  "a former county-level city, traditional script",
				text:  "福州市2017年政府工作報告\n一、2016年工作回顧\n全市地區生產總值增長8.5%。長樂市地區生產總值突破800億元，福清市增長9.1%。\n",
				wants: []fig{{"长乐市", 2016, "", Reported, "gdp", 800, AtLeast, ""}},
			},
			not: []fig{{"长乐区", 2016, "", Reported, "gdp", 800, AtLeast, ""}},
		},
		{
			readingCase: readingCase{
				name: "a former county-level city in a 分别 list",
				text: "福州市2016年政府工作报告\n一、2015年工作回顾\n福清市、长乐市地区生产总值分别增长9.3%、8.7%。\n",
				wants: []fig{
					{"福清市", 2015, "", Reported, "gdp_growth", 9.3, Exactly, ""},
					{"长乐市", 2015, "", Reported, "gdp_growth", 8.7, Exactly, ""},
				},
			},
			not: []fig{{"长乐区", 2015, "", Reported, "gdp_growth", 8.7, Exactly, ""}},
		},
	})
}

// A zone the division list does not hold is its own region, named as the
// text names it (by the short word for its kind), never its city; its own
// report's 园区 is itself.
func TestZoneOutsideDivisionList(t *testing.T) {
	checkRegions(t, []regionCase{
		{
			readingCase: readingCase{
				name: "a zone's report titled with its city",
				text: "武汉市东湖新技术开发区2025年工作报告\n一、2024年工作回顾\n园区规模以上工业增加值增长10.6%，固定资产投资增长8.1%。\n" +
					"二、2025年主要目标\n2025年，园区规模以上工业增加值力争增长11%。\n",
				wants: []fig{
					{"武汉东湖高新区", 2024, "", Reported, "industry_va_growth", 10.6, Exactly, ""},
					{"武汉东湖高新区", 2024, "", Reported, "fai_growth", 8.1, Exactly, ""},
					{"武汉东湖高新区", 2025, "", Planned, "industry_va_growth", 11, Exactly, ""},
				},
			},
			not: []fig{
				{"武汉市", 2024, "", Reported, "industry_va_growth", 10.6, Exactly, ""},
				{"武汉市", 2024, "", Reported, "fai_growth", 8.1, Exactly, ""},
			},
		},
		{
			readingCase: readingCase{
				name: "a zone's report titled by its own name alone",
				text: "云栖湖高新区2025年工作报告\n一、2024年工作回顾\n全区地区生产总值增长7.4%，园区规模以上工业增加值增长9%。\n",
				wants: []fig{
					{"云栖湖高新区", 2024, "", Reported, "gdp_growth", 7.4, Exactly, ""},
					{"云栖湖高新区", 2024, "", Reported, "industry_va_growth", 9, Exactly, ""},
				},
			},
		},
		{
			readingCase: readingCase{
				name: "a named zone in its city's report",
				text: "漳州市2025年政府工作报告\n一、2024年工作回顾\n全市规模以上工业增加值增长7.2%。漳州台商投资区规模以上工业增加值增长12.5%。\n",
				wants: []fig{
					{"漳州市", 2024, "", Reported, "industry_va_growth", 7.2, Exactly, ""},
					{"漳州台商投资区", 2024, "", Reported, "industry_va_growth", 12.5, Exactly, ""},
				},
			},
			not: []fig{{"漳州市", 2024, "", Reported, "industry_va_growth", 12.5, Exactly, ""}},
		},
		{
			readingCase: readingCase{
				name:  "园区 after parks inside the zone are named is those parks",
				text:  "云栖湖高新区2025年工作报告\n一、2024年工作回顾\n全区地区生产总值增长7.4%。智能装备产业园产值增长20%，生物医药园新增企业15家，园区规模以上工业增加值增长18%。\n",
				wants: []fig{{"云栖湖高新区", 2024, "", Reported, "gdp_growth", 7.4, Exactly, ""}},
			},
			not: []fig{{"云栖湖高新区", 2024, "", Reported, "industry_va_growth", 18, Exactly, ""}},
		},
		{
			readingCase: readingCase{
				name:  "a title opening with the zone word: the zone of the city the text is about",
				text:  "高新区2025年工作汇报\n今年以来，高新区在株洲市委市政府领导下加快发展。预计全年实现地区生产总值320亿元，增长7%。\n",
				wants: []fig{{"株洲高新区", 2025, "", Reported, "gdp", 320, Exactly, ""}},
			},
		},
		{
			readingCase: readingCase{
				name:  "a county's unnamed park is no figure of the county",
				text:  "攸县2025年政府工作报告\n一、2024年工作回顾\n全县规模以上工业增加值增长6.8%，园区规模以上工业增加值增长15%。\n",
				wants: []fig{{"攸县", 2024, "", Reported, "industry_va_growth", 6.8, Exactly, ""}},
			},
			not: []fig{{"攸县", 2024, "", Reported, "industry_va_growth", 15, Exactly, ""}},
		},
	})
}

// A regional grouping (长株潭, 京津冀, 长三角一体化区域) is no unit: its
// figure is nobody's, and never the report's own region's.
func TestRegionalGroupIsNoRegion(t *testing.T) {
	checkRegions(t, []regionCase{
		{
			readingCase: readingCase{
				name:  "a grouping by its own name in a province's report",
				text:  "湖南省2025年政府工作报告\n一、2024年工作回顾\n全省地区生产总值增长4.8%。长株潭地区生产总值增长5.6%，规模以上工业增加值增长6.9%。\n",
				wants: []fig{{"湖南省", 2024, "", Reported, "gdp_growth", 4.8, Exactly, ""}},
			},
			not: []fig{
				{"湖南省", 2024, "", Reported, "gdp_growth", 5.6, Exactly, ""},
				{"湖南省", 2024, "", Reported, "industry_va_growth", 6.9, Exactly, ""},
			},
		},
		{
			readingCase: readingCase{
				name:  "a grouping ending in a word for an area",
				text:  "浙江省2025年政府工作报告\n一、2024年工作回顾\n全省规模以上工业增加值增长7.9%，长三角生态绿色一体化示范区规模以上工业增加值增长11.2%，杭嘉湖区域固定资产投资增长6.4%。\n",
				wants: []fig{{"浙江省", 2024, "", Reported, "industry_va_growth", 7.9, Exactly, ""}},
			},
			not: []fig{
				{"浙江省", 2024, "", Reported, "industry_va_growth", 11.2, Exactly, ""},
				{"浙江省", 2024, "", Reported, "fai_growth", 6.4, Exactly, ""},
			},
		},
		{
			readingCase: readingCase{
				name:  "a real unit named beside a grouping keeps its figure",
				text:  "河北省2025年政府工作报告\n一、2024年工作回顾\n京津冀地区生产总值增长5.1%，石家庄市地区生产总值增长6.2%。\n",
				wants: []fig{{"石家庄市", 2024, "", Reported, "gdp_growth", 6.2, Exactly, ""}},
			},
			not: []fig{{"河北省", 2024, "", Reported, "gdp_growth", 5.1, Exactly, ""}},
		},
	})
}

// A zone the list lacks resolves by the name figures give it, so its
// report can be stored under it, beneath the city it is named after.
func TestLookupUnlistedZone(t *testing.T) {
	for _, tt := range []struct{ name, parent string }{
		{"漳州台商投资区", "3506"},
		{"武汉东湖新技术开发区", "4201"},
		{"云栖湖高新区", ""},
	} {
		r, ok := LookupRegion(tt.name)
		if !ok || r.Name != tt.name || r.Level != LevelZone || r.ParentCode != tt.parent {
			t.Errorf("LookupRegion(%s) = %+v, %v; want the zone %s under %q", tt.name, r, ok, tt.name, tt.parent)
		}
	}
	figs := Extract("武汉市东湖新技术开发区2025年工作报告\n一、2024年工作回顾\n园区规模以上工业增加值增长10.6%。\n")
	if len(figs) == 0 {
		t.Fatal("no figures")
	}
	if r, ok := LookupRegion(figs[0].Region); !ok || r.ParentCode != "4201" {
		t.Errorf("the region %s figures carry resolves to %+v, %v", figs[0].Region, r, ok)
	}
}

// 国内生产总值 names the nation's figure; the clauses after it that name
// their own subject (全省, 全市) carry the rate's verb, not the nation.
func TestNationalGDPWordDoesNotCarry(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "全国国内生产总值…，全省增长…，全市增长…",
			text: "德阳市2022年政府工作报告\n一、2021年工作回顾\n全国国内生产总值增长8.1%，全省增长8.2%，全市增长8.6%。\n",
			wants: []fig{
				{"全国", 2021, "", Reported, "gdp_growth", 8.1, Exactly, ""},
				{"四川省", 2021, "", Reported, "gdp_growth", 8.2, Exactly, ""},
				{"德阳市", 2021, "", Reported, "gdp_growth", 8.6, Exactly, ""},
			},
		},
	})
}

// A zone's report calls itself by its shorter name as often as by its
// title's: both are the report's own region, one series.
func TestZoneReportNamesItselfShort(t *testing.T) {
	figs := Extract("武汉东湖高新区2025年工作报告\n一、2024年工作回顾\n东湖高新区地区生产总值2950亿元，增长6.8%；新增高新技术企业1420家。\n")
	if len(figs) < 3 {
		t.Fatalf("read %v", figs)
	}
	for _, f := range figs {
		if f.Region != figs[0].Region {
			t.Errorf("%s filed under %q, the first under %q", f.Quote, f.Region, figs[0].Region)
		}
	}
}
