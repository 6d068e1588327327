package targets

import (
	"strings"
	"testing"
)

// A table flattened to text: each row's cells are the figures the header
// names — a level of a year, its growth, the target of the year ahead —
// and each figure quotes its row.
func TestFlattenedTables(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "a header with a unit column, a rate's row, a range and a target without a number",
			text: "2026年芜湖市政府工作报告\n一、2025年工作回顾\n全市经济运行稳中向好。\n图表：2026年主要预期目标\n" +
				"指标名称 | 单位 | 2025年完成 | 增长% | 2026年目标\n" +
				"地区生产总值 | 亿元 | 5102.3 | 5.6 | 增长5.5左右\n" +
				"固定资产投资 | 亿元 | — | -2.1 | 增长3—5\n" +
				"城镇调查失业率 | % | 5.3 | — | 5.5以内\n" +
				"城乡居民人均可支配收入 | 元 | 47210 | 5.2 | 与经济增长同步\n" +
				"二、2026年工作安排\n",
			wants: []fig{
				{"芜湖市", 2025, "", Reported, "gdp", 5102.3, Exactly, ""},
				{"芜湖市", 2025, "", Reported, "gdp_growth", 5.6, Exactly, ""},
				{"芜湖市", 2026, "", Planned, "gdp_growth", 5.5, About, ""},
				{"芜湖市", 2025, "", Reported, "fai_growth", -2.1, Exactly, ""},
				{"芜湖市", 2026, "", Planned, "fai_growth", 3, AtLeast, ""},
				{"芜湖市", 2025, "", Reported, "surveyed_unemployment", 5.3, Exactly, ""},
				{"芜湖市", 2026, "", Planned, "surveyed_unemployment", 5.5, AtMost, ""},
				{"芜湖市", 2025, "", Reported, "disposable_income", 47210, Exactly, ""},
				{"芜湖市", 2025, "", Reported, "disposable_income_growth", 5.2, Exactly, ""},
			},
		},
		{
			name: "full-width bars, units in the cells, a growth column named with its year",
			text: "2025年丹东市政府工作报告\n一、2024年工作回顾\n" +
				"指标｜2024年｜2024年比上年增长（%）｜2025年预期增长（%）\n" +
				"社会消费品零售总额｜412.6亿元｜4.3｜5\n" +
				"一般公共预算收入｜56.2亿元｜3.1｜3左右\n",
			wants: []fig{
				{"丹东市", 2024, "", Reported, "retail_sales", 412.6, Exactly, ""},
				{"丹东市", 2024, "", Reported, "retail_sales_growth", 4.3, Exactly, ""},
				{"丹东市", 2025, "", Planned, "retail_sales_growth", 5, Exactly, ""},
				{"丹东市", 2024, "", Reported, "budget_revenue", 56.2, Exactly, ""},
				{"丹东市", 2024, "", Reported, "budget_revenue_growth", 3.1, Exactly, ""},
				{"丹东市", 2025, "", Planned, "budget_revenue_growth", 3, About, ""},
			},
		},
		{
			name: "a review's table of last year's targets and results, flattened with tabs, rows named with their verb",
			text: "2017年杞县政府工作报告\n一、2016年工作回顾\n主要指标完成情况如下：\n" +
				"指标名称\t单位\t2016年目标\t2016年完成\t完成情况\n" +
				"地区生产总值增长\t%\t8.5\t8.9\t完成\n" +
				"一般公共预算收入\t亿元\t11\t11.6\t完成\n" +
				"城镇新增就业\t万人\t0.6\t0.71\t完成\n" +
				"\t（一）脱贫攻坚取得决定性进展。\n",
			wants: []fig{
				{"杞县", 2016, "", Planned, "gdp_growth", 8.5, Exactly, ""},
				{"杞县", 2016, "", Reported, "gdp_growth", 8.9, Exactly, ""},
				{"杞县", 2016, "", Planned, "budget_revenue", 11, Exactly, ""},
				{"杞县", 2016, "", Reported, "budget_revenue", 11.6, Exactly, ""},
				{"杞县", 2016, "", Planned, "new_urban_jobs", 6000, Exactly, ""},
				{"杞县", 2016, "", Reported, "new_urban_jobs", 7100, Exactly, ""},
			},
		},
	})
}

func TestTableFiguresQuoteTheirRow(t *testing.T) {
	text := "2026年芜湖市政府工作报告\n一、2025年工作回顾\n指标名称 | 单位 | 2025年完成 | 增长%\n地区生产总值 | 亿元 | 5102.3 | 5.6\n"
	figs := Extract(text)
	if len(figs) != 2 {
		t.Fatalf("got %d figures, want 2: %v", len(figs), figs)
	}
	for _, f := range figs {
		if f.Quote != "地区生产总值 | 亿元 | 5102.3 | 5.6" || text[f.Start:f.End] != f.Quote {
			t.Errorf("%v quotes %q at %d..%d", f, f.Quote, f.Start, f.End)
		}
		if f.Reading.Time != ByColumn || f.Reading.Kind != ByColumn {
			t.Errorf("%v read by %q/%q, want the column", f, f.Reading.Time, f.Reading.Kind)
		}
		if !strings.Contains(f.Reading.Part, "“地区生产总值”行") || !strings.Contains(f.Reading.Part, "”列") {
			t.Errorf("%v: part %q does not name its row and column", f, f.Reading.Part)
		}
	}
}

// A page's metadata table (索引号 | 发布机构 | …) and a breadcrumb are no
// table of figures.
func TestMetadataRowsAreNoTable(t *testing.T) {
	text := "文件名称 | 汉滨区2025年政府工作报告 | |\n索引号 | /2025-0000 | 公开目录: | 工作报告 |\n首页 | 政务公开 | 2025年\n" +
		"汉滨区2025年政府工作报告\n一、2024年工作回顾\n全区地区生产总值增长6.1%。\n"
	for _, f := range Extract(text) {
		if strings.Contains(f.Quote, "|") {
			t.Errorf("read %v from a metadata row %q", f, f.Quote)
		}
	}
}

// The same target stated twice, plainly in a table and bounded in the work
// plan, is one figure: the bounded one, quoting its own sentence, so the
// bound can be traced to the words that set it.
func TestOneTargetStatedTwiceKeepsTheBoundsSentence(t *testing.T) {
	text := "2026年芜湖市政府工作报告\n三、2026年工作安排\n指标名称 | 单位 | 2025年完成 | 增长% | 2026年目标\n" +
		"农村居民人均可支配收入 | 元 | 30120 | 6.1 | 增长7\n（一）推进乡村全面振兴。农村居民人均可支配收入增长7%以上。\n"
	n := 0
	for _, f := range Extract(text) {
		if f.Indicator != "rural_disposable_income_growth" || f.Year != 2026 {
			continue
		}
		n++
		if f.Cmp != AtLeast || !strings.Contains(f.Quote, "7%以上") {
			t.Errorf("got %v «%s», want >=7 quoting the sentence that says 以上", f, f.Quote)
		}
	}
	if n != 1 {
		t.Errorf("got %d figures of the target, want 1", n)
	}
}
