package targets

import "testing"

// A 预计 after only the unit the sentence is about (回望2023年,德令哈市预计
// 实现…; 全县预计…) opens the sentence's list as a 预计 standing first does:
// every figure up to the full stop is an estimate. After an indicator (地区
// 生产总值预计完成…) it still marks its own clause only, and the next
// sentence is no estimate.
func TestEstimateAfterTheUnitOnly(t *testing.T) {
	head := "德令哈市2024年政府工作报告\n——2024年1月8日在德令哈市第十七届人民代表大会第四次会议上\n一、2023年工作回顾\n"
	type want struct {
		key    string
		prelim bool
	}
	for _, tt := range []struct {
		name, text string
		wants      []want
	}{
		{"after a time phrase and the city",
			"回望2023年，德令哈市预计实现地区生产总值152.6亿元，增长5.4%；固定资产投资增长12.1%；一般公共预算收入完成8.3亿元。全年接待游客310万人次。",
			[]want{{"gdp", true}, {"gdp_growth", true}, {"fai_growth", true}, {"budget_revenue", true}, {"tourists", false}}},
		{"全市 before 预计",
			"过去一年，全市预计完成地区生产总值152.6亿元，增长5.4%；固定资产投资增长12.1%。全年接待游客310万人次。",
			[]want{{"gdp", true}, {"gdp_growth", true}, {"fai_growth", true}, {"tourists", false}}},
		{"after an indicator: its own clause",
			"全市固定资产投资增长12.1%，地区生产总值预计完成152.6亿元。全年接待游客310万人次。",
			[]want{{"fai_growth", false}, {"gdp", true}, {"tourists", false}}},
	} {
		got := map[string]bool{}
		for _, f := range Extract(head + tt.text + "\n") {
			for _, w := range tt.wants {
				if f.Indicator == w.key && f.Region == "德令哈市" && f.Year == 2023 {
					got[w.key] = true
					if f.Preliminary != w.prelim {
						t.Errorf("%s: %v «%s»: preliminary %v, want %v", tt.name, f, f.Quote, f.Preliminary, w.prelim)
					}
				}
			}
		}
		for _, w := range tt.wants {
			if !got[w.key] {
				t.Errorf("%s: no %s read", tt.name, w.key)
			}
		}
	}
}
