package targets

import "testing"

// A note closing a sentence that calls its figures estimates ((以上为预计数),
// 以上数据均为初步统计数) marks every clause of that sentence, the ones
// before its semicolons included. It does not reach the sentences before or
// after it, nor the year's targets.
func TestEstimateNoteAfterTheList(t *testing.T) {
	head := "兰州市2026年政府工作报告\n——2026年1月12日在兰州市第十七届人民代表大会第六次会议上\n一、2025年工作回顾\n"
	type want struct {
		key    string
		kind   Kind
		prelim bool
	}
	for _, tt := range []struct {
		name, text string
		wants      []want
	}{
		{"a parenthesis after semicolon items",
			"全年旅游收入增长9.2%。全市地区生产总值达到3806亿元，增长5.6%；规模以上工业增加值增长8.1%；社会消费品零售总额1310亿元，下降1.2%（以上为预计数）。城镇新增就业6.1万人。\n",
			[]want{{"tourism_revenue_growth", Reported, false}, {"gdp", Reported, true}, {"gdp_growth", Reported, true}, {"industry_va_growth", Reported, true},
				{"retail_sales", Reported, true}, {"retail_sales_growth", Reported, true}, {"new_urban_jobs", Reported, false}}},
		{"以上数据均为初步统计数 after commas",
			"全市一般公共预算收入完成286.5亿元，同比增长3.1%，固定资产投资增长4.4%，以上数据均为初步统计数。城镇新增就业6.1万人。\n",
			[]want{{"budget_revenue", Reported, true}, {"budget_revenue_growth", Reported, true}, {"fai_growth", Reported, true}, {"new_urban_jobs", Reported, false}}},
		{"以上 of a target is no note",
			"全市地区生产总值增长5.6%，规模以上工业增加值增长8.1%。\n二、2026年工作安排\n今年主要预期目标是：地区生产总值增长5%以上；固定资产投资增长6%以上。\n",
			[]want{{"gdp_growth", Reported, false}, {"industry_va_growth", Reported, false}, {"gdp_growth", Planned, false}, {"fai_growth", Planned, false}}},
	} {
		got := map[want]bool{}
		for _, f := range Extract(head + tt.text) {
			for _, w := range tt.wants {
				if f.Indicator == w.key && f.Kind == w.kind && f.Region == "兰州市" {
					got[w] = true
					if f.Preliminary != w.prelim {
						t.Errorf("%s: %v «%s»: preliminary %v, want %v", tt.name, f, f.Quote, f.Preliminary, w.prelim)
					}
				}
			}
		}
		for _, w := range tt.wants {
			if !got[w] {
				t.Errorf("%s: no %s %v read", tt.name, w.key, w.kind)
			}
		}
	}
}
