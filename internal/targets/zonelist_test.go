package targets

import "testing"

// A 分别 list over areas the division list cannot name (经开区、曲江新区、
// 浐灞生态区, 航空港区、综合保税区) gives the areas' figures: none of them is
// the report's own region's, the first included. Lists of named units
// (雁塔区、未央区) are still read unit by unit.
func TestUnknownAreasInAList(t *testing.T) {
	head := "兰州市2026年政府工作报告\n一、2025年工作回顾\n全市地区生产总值增长5.6%。"
	for _, list := range []string{
		"经开区、曲江新区、浐灞生态区规模以上工业增加值分别增长10.2%、6.3%和5.8%。\n",
		"兰州新区、九州生态区规模以上工业增加值分别增长10.2%和6.3%。\n",
	} {
		checkRegions(t, []regionCase{{
			readingCase: readingCase{
				name:  list,
				text:  head + list,
				wants: []fig{{"兰州市", 2025, "", Reported, "gdp_growth", 5.6, Exactly, ""}},
			},
			not: []fig{
				{"兰州市", 2025, "", Reported, "industry_va_growth", 10.2, Exactly, ""},
				{"兰州市", 2025, "", Reported, "industry_va_growth", 6.3, Exactly, ""},
			},
		}})
	}
	checkRegions(t, []regionCase{{
		readingCase: readingCase{
			name: "named districts",
			text: head + "城关区、七里河区地区生产总值分别增长6.1%和5.2%。\n",
			wants: []fig{
				{"城关区", 2025, "", Reported, "gdp_growth", 6.1, Exactly, ""},
				{"七里河区", 2025, "", Reported, "gdp_growth", 5.2, Exactly, ""},
			},
		},
		not: []fig{{"兰州市", 2025, "", Reported, "gdp_growth", 6.1, Exactly, ""}},
	}})
}
