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
