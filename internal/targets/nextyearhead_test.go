package targets

import "testing"

// A digest heading 明年目标 in a December report's news opens the plan for
// the year after: the paragraphs under it are targets of that year, not
// results of the year the report reviews.
func TestNextYearTargetsHeading(t *testing.T) {
	checkRegions(t, []regionCase{{
		readingCase: readingCase{
			name: "今年以来 then 明年目标, two paragraphs under it",
			text: "汝城县两会｜报告划重点\n2023-12-27  来源：汝城县融媒体中心\n12月25日，汝城县第十八届人民代表大会第三次会议开幕。\n" +
				"今年以来\n预计全年完成地区生产总值162亿元，增长5.2%。\n" +
				"明年目标\n地区生产总值增长6.5%左右，规模工业增加值增长8%。\n" +
				"新增城镇就业3000人以上，农村劳动力转移就业5000人。\n",
			wants: []fig{
				{"汝城县", 2023, "", Reported, "gdp", 162, Exactly, ""},
				{"汝城县", 2023, "", Reported, "gdp_growth", 5.2, Exactly, ""},
				{"汝城县", 2024, "", Planned, "gdp_growth", 6.5, About, ""},
				{"汝城县", 2024, "", Planned, "industry_va_growth", 8, Exactly, ""},
				{"汝城县", 2024, "", Planned, "new_urban_jobs", 3000, AtLeast, ""},
				{"汝城县", 2024, "", Planned, "rural_labour_transfer", 5000, Exactly, ""},
			},
		},
		not: []fig{
			{"汝城县", 2023, "", Reported, "new_urban_jobs", 3000, AtLeast, ""},
			{"汝城县", 2023, "", Reported, "rural_labour_transfer", 5000, Exactly, ""},
		},
	}})
}
