package targets

import "testing"

// A size after a figure's name that qualifies a kind of place being
// counted (新增地区生产总值500亿元以上县(市、区)5个, 收入10亿元以上乡镇) is no
// value of the subject: the sentence gives no GDP, and no revenue, of the
// province.
func TestSizeOfCountedPlaces(t *testing.T) {
	head := "四川省2026年政府工作报告\n三、2026年主要目标任务\n今年全省主要预期目标是：地区生产总值增长5.5%左右。\n"
	checkOnlyTheseFigures(t, []readingCase{
		{name: "counted counties and towns",
			text:  head + "实施县域经济高质量发展行动，新增地区生产总值500亿元以上县（市、区）5个，培育一般公共预算收入10亿元以上乡镇3个。\n",
			wants: []fig{{"四川省", 2026, "", Planned, "gdp_growth", 5.5, About, ""}}},
		{name: "a city's threshold beside them stays",
			text: head + "新增地区生产总值千亿元以上区县2个，力争成都市地区生产总值突破2.6万亿元。\n",
			wants: []fig{
				{"四川省", 2026, "", Planned, "gdp_growth", 5.5, About, ""},
				{"成都市", 2026, "", Planned, "gdp", 26000, AtLeast, ""},
			}},
	})
	// A plain 以上 target after the size is still the subject's.
	checkReading(t, []readingCase{{name: "以上 then a clause mark",
		text:  head + "力争地区生产总值突破7万亿元以上，县域经济持续壮大。\n",
		wants: []fig{{"四川省", 2026, "", Planned, "gdp", 70000, AtLeast, ""}}}})
}
