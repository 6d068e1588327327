package targets

import "testing"

// A table with last year's target, its estimate and its growth, then this
// year's target: a row of an amount in % gives growth in every column, the
// growth beside an estimate (2024年预计 | 增长%) is an estimate too, and a
// rate's row still gives the rate.
func TestTableTargetEstimateGrowthTarget(t *testing.T) {
	text := "攸县2025年国民经济和社会发展计划草案的报告\n表1　2024年主要指标完成情况及2025年预期目标\n" +
		"指标名称 | 单位 | 2024年目标 | 2024年预计 | 增长% | 2025年目标\n" +
		"地区生产总值 | 亿元 | 增长6% | 512.3 | 5.6 | 增长6%左右\n" +
		"固定资产投资 | % | 8 | — | 6.4 | 7\n" +
		"城镇调查失业率 | % | 5.5以内 | 5.1 | — | 5.5以内\n"
	checkOnlyTheseFigures(t, []readingCase{{
		name: "攸县 plan report",
		text: text,
		wants: []fig{
			{"攸县", 2024, "", Planned, "gdp_growth", 6, Exactly, ""},
			{"攸县", 2024, "", Reported, "gdp", 512.3, Exactly, ""},
			{"攸县", 2024, "", Reported, "gdp_growth", 5.6, Exactly, ""},
			{"攸县", 2025, "", Planned, "gdp_growth", 6, About, ""},
			{"攸县", 2024, "", Planned, "fai_growth", 8, Exactly, ""},
			{"攸县", 2024, "", Reported, "fai_growth", 6.4, Exactly, ""},
			{"攸县", 2025, "", Planned, "fai_growth", 7, Exactly, ""},
			{"攸县", 2024, "", Planned, "surveyed_unemployment", 5.5, AtMost, ""},
			{"攸县", 2024, "", Reported, "surveyed_unemployment", 5.1, Exactly, ""},
			{"攸县", 2025, "", Planned, "surveyed_unemployment", 5.5, AtMost, ""},
		},
	}})
	for _, f := range Extract(text) {
		if want := f.Kind == Reported; f.Preliminary != want {
			t.Errorf("%v «%s»: preliminary %v, want %v", f, f.Quote, f.Preliminary, want)
		}
	}
}
