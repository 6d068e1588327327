package targets

import "testing"

// A quantity right after a change verb (比上年增加21天, 多0.5万人, 增加300亿元)
// is the change, not the level: shown as the level it misstates it by the
// level itself. 新增 before a stock's count is the year's new ones.
func TestChangesAreNotLevels(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "changes after levels, in a clause of their own or carried",
			text: "滨州市2020年政府工作报告\n一、2019年工作回顾\n空气质量优良天数达到198天，比上年增加17天。城镇新增就业6.3万人，比上年多0.4万人。地区生产总值增加210亿元。高新技术企业达到512家，较上年增加了86家。\n",
			wants: []fig{
				{"滨州市", 2019, "", Reported, "air_quality_days", 198, Exactly, ""},
				{"滨州市", 2019, "", Reported, "new_urban_jobs", 63000, Exactly, ""},
				{"滨州市", 2019, "", Reported, "hitech_enterprises", 512, Exactly, ""},
			},
			none: []string{"gdp"},
		},
		{
			name: "新增 before a stock's count names the new ones",
			text: "滨州市2020年政府工作报告\n一、2019年工作回顾\n全市高新技术企业新增95家，总数达到607家。\n",
			wants: []fig{
				{"滨州市", 2019, "", Reported, "hitech_enterprises_new", 95, Exactly, ""},
				{"滨州市", 2019, "", Reported, "hitech_enterprises", 607, Exactly, ""},
			},
		},
	})
	for _, f := range Extract("滨州市2020年政府工作报告\n一、2019年工作回顾\n空气质量优良天数达到198天，比上年增加17天。城镇新增就业6.3万人，比上年多0.4万人。高新技术企业达到512家，较上年增加了86家。\n") {
		if f.Value == 17 || f.Value == 4000 || f.Value == 86 {
			t.Errorf("a change read as a level: %v «%s»", f, f.Quote)
		}
	}
}

// A threshold that qualifies the units counted (迈上千亿元新台阶的县达到2个)
// is no level of the report's own region.
func TestThresholdsOfTheUnitsCounted(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "thresholds before 的 and the units they describe",
			text: "赣州市2025年政府工作报告\n一、2024年工作回顾\n地区生产总值跨上五百亿元台阶的县（市、区）达到3个，营业收入突破百亿元大关的园区增至4个。\n",
			none: []string{"gdp", "park_revenue"},
		},
	})
}

// 限额以上 retail sales are the above-quota part, a statistic of their own:
// not the total, which a report often gives beside them.
func TestAboveQuotaRetailIsNotTheTotal(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name:  "the part named before the total",
			text:  "三亚市2024年政府工作报告\n一、2023年工作回顾\n限额以上社会消费品零售总额增长18.2%，全市社会消费品零售总额增长9.4%。\n",
			wants: []fig{{"三亚市", 2023, "", Reported, "retail_sales_growth", 9.4, Exactly, ""}},
		},
		{
			name: "only the part, in brackets",
			text: "三亚市2024年政府工作报告\n一、2023年工作回顾\n社会消费品零售总额（限额以上）增长6.6%。\n",
			none: []string{"retail_sales_growth"},
		},
	})
	for _, f := range Extract("三亚市2024年政府工作报告\n一、2023年工作回顾\n限额以上社会消费品零售总额增长18.2%，全市社会消费品零售总额增长9.4%。\n") {
		if f.Value == 18.2 {
			t.Errorf("the above-quota part read as the total: %v", f)
		}
	}
}
