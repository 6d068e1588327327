package targets

import "testing"

// A town's report whose town name is shared by towns of other counties
// (城关镇): the one under the county the text names (平利县委) is the
// report's, and its 全县 that county. 区域 opening a clause is the report's
// own region, not a grouping's.
func TestATownUnderTheCountyItNames(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "城关镇 of 平利县",
		text: "城关镇2020年政府工作报告\n一、2019年工作回顾\n在平利县委、县政府和镇党委的领导下,全镇实现地区生产总值12.5亿元,增长6.8%。2019年全县地区生产总值增长3.1%。\n",
		wants: []fig{
			{"城关镇", 2019, "", Reported, "gdp", 12.5, Exactly, ""},
			{"城关镇", 2019, "", Reported, "gdp_growth", 6.8, Exactly, ""},
			{"平利县", 2019, "", Reported, "gdp_growth", 3.1, Exactly, ""},
		},
	}, {
		name: "区域 opening a clause",
		text: "万州区2024年政府工作报告\n一、2023年工作回顾\n区域空气质量优良天数比例达到86.3%,长三角一体化区域地区生产总值增长5.5%,全区地区生产总值增长6%。\n",
		wants: []fig{
			{"万州区", 2023, "", Reported, "air_quality_rate", 86.3, Exactly, ""},
			{"万州区", 2023, "", Reported, "gdp_growth", 6, Exactly, ""},
		},
	}})
	for _, f := range Extract("城关镇2020年政府工作报告\n一、2019年工作回顾\n在平利县委、县政府和镇党委的领导下,全镇实现地区生产总值12.5亿元。\n") {
		if f.Region == "城关镇" && f.Indicator == "gdp" {
			return
		}
	}
	t.Error("城关镇's figure not read")
}

// A part of a zone named before its verb (两江新区直管区实现地区生产总值…) is
// the part's figure, not the zone's; the zone's own stays.
func TestAZonesPartBeforeItsVerb(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "直管区",
		text: "重庆两江新区2015年工作报告\n一、2014年工作回顾\n全区实现地区生产总值1861.4亿元,增长14.5%。两江新区直管区实现地区生产总值682亿元,增长14.3%。\n",
		wants: []fig{
			{"两江新区", 2014, "", Reported, "gdp", 1861.4, Exactly, ""},
			{"两江新区", 2014, "", Reported, "gdp_growth", 14.5, Exactly, ""},
		},
	}})
}
