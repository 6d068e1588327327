package targets

import "testing"

// A zone's own report titled by a name the division list holds as a town
// (北京经济技术开发区, under 大兴区) is the municipality's zone by its short
// name, as 北京经开区 in the title is; it had named no region and given no
// figures.
func TestListedZoneTownInTitle(t *testing.T) {
	body := "\n一、2024年工作回顾\n全区实现地区生产总值3150亿元，增长5.8%；规模以上工业增加值增长7.1%。\n二、2025年主要目标\n地区生产总值增长6%左右。\n"
	for _, title := range []string{"北京经济技术开发区管理委员会2025年工作报告", "北京经济技术开发区2025年工作报告", "北京经开区2025年工作报告"} {
		checkRegions(t, []regionCase{{
			readingCase: readingCase{
				name: title,
				text: title + body,
				wants: []fig{
					{"北京经开区", 2024, "", Reported, "gdp", 3150, Exactly, ""},
					{"北京经开区", 2024, "", Reported, "gdp_growth", 5.8, Exactly, ""},
					{"北京经开区", 2024, "", Reported, "industry_va_growth", 7.1, Exactly, ""},
					{"北京经开区", 2025, "", Planned, "gdp_growth", 6, About, ""},
				},
			},
			not: []fig{{"北京市", 2024, "", Reported, "gdp", 3150, Exactly, ""}, {"大兴区", 2024, "", Reported, "gdp", 3150, Exactly, ""}},
		}})
	}
	// The municipality's and the district's own reports are theirs.
	checkReading(t, []readingCase{{
		name:  "北京市",
		text:  "北京市2025年政府工作报告\n——2025年1月14日在北京市第十六届人民代表大会第三次会议上\n一、2024年工作回顾\n全市地区生产总值增长5.2%。\n",
		wants: []fig{{"北京市", 2024, "", Reported, "gdp_growth", 5.2, Exactly, ""}},
	}, {
		name:  "大兴区",
		text:  "大兴区2025年政府工作报告\n——2025年1月8日在北京市大兴区第七届人民代表大会第五次会议上\n一、2024年工作回顾\n全区地区生产总值增长5.4%。\n",
		wants: []fig{{"大兴区", 2024, "", Reported, "gdp_growth", 5.4, Exactly, ""}},
	}})
}
