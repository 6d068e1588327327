package targets

import "testing"

// An ambiguous subject that opens a run of level clauses (财政收入A,地方一般
// 公共预算收入B,分别增长x、y) keeps its slot for the 分别 of rates after
// them, as it does inside a 、 list: y is the second subject's, and x is
// nobody's. 一般公共预算总收入 (a wider total) is such a subject.
func TestAmbiguousFirstLevelKeepsItsSlot(t *testing.T) {
	head := "漳州市2024年政府工作报告\n——2024年1月12日在漳州市第十八届人民代表大会第四次会议上\n一、2023年工作回顾\n"
	for _, tt := range []struct{ name, text string }{
		{"财政收入 first", "财政收入452.6亿元，地方一般公共预算收入291.3亿元，分别增长2.7%、4.1%。"},
		{"一般公共预算总收入 first, 同口径", "一般公共预算总收入452.6亿元，地方一般公共预算收入291.3亿元，同口径分别增长2.7%、4.1%。"},
		{"three clauses", "全年一般公共预算总收入452.6亿元，地方一般公共预算收入291.3亿元，税收收入188.2亿元，分别增长2.7%、4.1%、3.3%。"},
	} {
		wants := []fig{
			{"漳州市", 2023, "", Reported, "local_budget_revenue", 291.3, Exactly, ""},
			{"漳州市", 2023, "", Reported, "local_budget_revenue_growth", 4.1, Exactly, ""},
		}
		if tt.name == "three clauses" {
			wants = append(wants, fig{"漳州市", 2023, "", Reported, "tax_revenue", 188.2, Exactly, ""},
				fig{"漳州市", 2023, "", Reported, "tax_revenue_growth", 3.3, Exactly, ""})
		}
		checkOnlyTheseFigures(t, []readingCase{{name: tt.name, text: head + tt.text + "\n", wants: wants}})
	}
	// Alone with its own rate, the ambiguous total gives nothing, and a
	// catalogue subject after it keeps its own rate.
	checkOnlyTheseFigures(t, []readingCase{{
		name: "each with its own rate",
		text: head + "一般公共预算总收入452.6亿元，增长2.7%；地方一般公共预算收入291.3亿元，增长4.1%。\n",
		wants: []fig{
			{"漳州市", 2023, "", Reported, "local_budget_revenue", 291.3, Exactly, ""},
			{"漳州市", 2023, "", Reported, "local_budget_revenue_growth", 4.1, Exactly, ""},
		},
	}})
}
