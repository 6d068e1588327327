package targets

import "testing"

// A table's caption naming next year's targets (表1 2018年…执行情况及2019年预期
// 目标) opens no plan: the review goes on after the table with results.
func TestTableCaptionOpensNoPart(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "caption, table, then the review's prose",
			text: "关于海口市2018年国民经济和社会发展计划执行情况与2019年计划草案的报告\n一、2018年国民经济和社会发展计划执行情况\n表1　2018年主要指标计划执行情况及2019年预期目标\n" +
				"指标名称    单位    2018年计划    2018年执行    2019年目标\n地区生产总值增长    %    7.5左右    7.6    7.5—8\n" +
				"(二)项目投资有序推进。江东新区固定资产投资增长46.3%。全年新开工项目58个。\n",
			wants: []fig{
				{"海口市", 2018, "", Planned, "gdp_growth", 7.5, About, ""},
				{"海口市", 2018, "", Reported, "gdp_growth", 7.6, Exactly, ""},
				{"海口市", 2019, "", Planned, "gdp_growth", 7.5, AtLeast, ""},
				{"海口市", 2018, "", Reported, "projects_started", 58, Exactly, ""},
			},
		},
		{
			name: "附表 in traditional script",
			text: "關於儋州市2020年計劃執行情況的報告\n一、2020年計劃執行情況\n附表2:2021年主要預期目標\n全市規模以上工業增加值增長4.1%。\n",
			wants: []fig{
				{"儋州市", 2020, "", Reported, "industry_va_growth", 4.1, Exactly, ""},
			},
		},
	})
}
