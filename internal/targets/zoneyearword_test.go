package targets

import "testing"

// A year word before a zone word is no part of the zone's name: 去年新区…
// in a city's news is the city's own 新区, not a region named 去年新区, and
// its 去年 dates the result.
func TestYearWordBeforeZoneWord(t *testing.T) {
	tests := []struct{ name, zone, text string }{
		{"去年新区 after the zone is named", "长春新区",
			"长春市第十五届人民代表大会第四次会议开幕\n本报讯 1月9日上午，长春市第十五届人民代表大会第四次会议开幕。\n" +
				"2024年长春市经济社会发展主要预期目标是：地区生产总值增长6.5%左右。\n" +
				"会上，长春新区负责人介绍，去年新区地区生产总值增长7.3%，今年力争增长8%以上。\n"},
		{"今年高新区", "株洲高新区",
			"株洲市2024年政府工作报告\n——2024年1月9日在株洲市第十六届人民代表大会第四次会议上\n二、2024年工作安排\n" +
				"今年高新区地区生产总值增长7%。全市地区生产总值增长6%。\n"},
	}
	for _, tt := range tests {
		var bad []string
		for _, f := range Extract(tt.text) {
			for _, w := range []string{"去年", "今年", "明年"} {
				if len(f.Region) >= len(w) && f.Region[:len(w)] == w {
					bad = append(bad, f.String())
				}
			}
		}
		if len(bad) > 0 {
			t.Errorf("%s: regions named by a year word: %v", tt.name, bad)
		}
	}
	checkReading(t, []readingCase{{
		name: "去年新区",
		text: tests[0].text,
		wants: []fig{
			{"长春新区", 2023, "", Reported, "gdp_growth", 7.3, Exactly, ""},
			{"长春新区", 2024, "", Planned, "gdp_growth", 8, AtLeast, ""},
			{"长春市", 2024, "", Planned, "gdp_growth", 6.5, About, ""},
		},
	}, {
		name: "今年高新区",
		text: tests[1].text,
		wants: []fig{
			{"株洲高新区", 2024, "", Planned, "gdp_growth", 7, Exactly, ""},
			{"株洲市", 2024, "", Planned, "gdp_growth", 6, Exactly, ""},
		},
	}})
}
