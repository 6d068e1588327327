package targets

import "testing"

// Numbers written in Chinese with a decimal point (三十五点八亿元, 四点五万人)
// keep their tenths; 快报数 and 统计快报 mark estimates as 预计数 does; a
// 确保 after a 力争 target, its verb left out, is the target.
func TestFlashFiguresAndChineseDecimals(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "Chinese decimals with a unit",
			text: "晋江市2014年政府工作报告\n一、2013年工作回顾\n地方级财政收入三十五点八亿元,全市地区生产总值一千二百零五点六亿元,城镇新增就业四点五万人,下午三点半召开会议。\n",
			wants: []fig{
				{"晋江市", 2013, "", Reported, "local_budget_revenue", 35.8, Exactly, ""},
				{"晋江市", 2013, "", Reported, "gdp", 1205.6, Exactly, ""},
				{"晋江市", 2013, "", Reported, "new_urban_jobs", 45000, Exactly, ""},
			},
		},
		{
			name: "确保 after 力争, in a list",
			text: "晋江市2024年政府工作报告\n二、2024年工作安排\n今年主要预期目标是:力争实现地区生产总值增长8%以上、确保7.5%;一般公共预算收入增长5%。\n",
			wants: []fig{
				{"晋江市", 2024, "", Planned, "gdp_growth", 8, AtLeast, ""},
				{"晋江市", 2024, "", Planned, "gdp_growth", 7.5, Exactly, ""},
				{"晋江市", 2024, "", Planned, "budget_revenue_growth", 5, Exactly, ""},
			},
		},
	})
	for _, text := range []string{
		"晋江市2024年政府工作报告\n一、2023年工作回顾\n全市地区生产总值增长6.1%(快报数,下同),规模以上工业增加值增长7%。一般公共预算收入增长5%。\n",
		"晉江市2024年政府工作報告\n一、2023年工作回顧\n根據統計快報,全市固定資產投資增長8.2%。\n",
	} {
		figs := Extract(text)
		if len(figs) == 0 {
			t.Errorf("nothing read from %q", text)
		}
		for _, f := range figs {
			if !f.Preliminary {
				t.Errorf("%v from %q is not marked preliminary", f, f.Quote)
			}
		}
	}
}

// X%的预期目标 after a rate of another indicator named just before it is
// that indicator's own target (…增长6%左右、规上工业增加值增长8%的预期目标),
// not the first one's target beside a result.
func TestATargetListClosedByItsWord(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "two targets, 的预期目标 after the second",
		text: "松阳县2025年政府工作报告\n二、2025年工作安排\n今年,全县提出地区生产总值增长6%左右、规上工业增加值增长8%的预期目标。\n",
		wants: []fig{
			{"松阳县", 2025, "", Planned, "gdp_growth", 6, About, ""},
			{"松阳县", 2025, "", Planned, "industry_va_growth", 8, Exactly, ""},
		},
	}})
}
