package targets

import "testing"

// A roundup's table of units: a unit on each row by its short name, an
// indicator of a year in each column named once in the header; a column
// with no indicator is the one before it's (2020年增速), a target column
// after a rate is that rate's target. A row of the whole (全省) and a
// count of units said of all of them (11市均将…) are no unit's figures.
func TestARoundupsTableOfUnits(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "cities of a province, tab-separated",
		text: "江苏13市2021年GDP增速目标一览\n2021-02-20 来源:新华日报\n记者梳理发现,13市均将GDP增速目标定在6%以上。\n" +
			"城市\t2020年GDP（亿元）\t2020年增速\t2021年目标\n南京\t14817.95\t4.6%\t7%左右\n扬州\t6048.3\t3.5%\t7%—7.5%\n全省\t102719\t3.7%\t6%以上\n数据来源:各市政府工作报告\n",
		wants: []fig{
			{"南京市", 2020, "", Reported, "gdp", 14817.95, Exactly, ""},
			{"南京市", 2020, "", Reported, "gdp_growth", 4.6, Exactly, ""},
			{"南京市", 2021, "", Planned, "gdp_growth", 7, About, ""},
			{"扬州市", 2020, "", Reported, "gdp", 6048.3, Exactly, ""},
			{"扬州市", 2020, "", Reported, "gdp_growth", 3.5, Exactly, ""},
			{"扬州市", 2021, "", Planned, "gdp_growth", 7, AtLeast, ""},
		},
	}})
}
