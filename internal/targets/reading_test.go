package targets

import (
	"strings"
	"testing"
)

// fig is a figure a reading test expects: region, year, period, kind,
// indicator, value, cmp and (where it matters) value_text.
type fig struct {
	region    string
	year      int
	period    string
	kind      Kind
	indicator string
	value     float64
	cmp       Comparator
	text      string
}

func (w fig) String() string {
	return Figure{Region: w.region, Year: w.year, Period: w.period, Kind: w.kind, Indicator: w.indicator, Value: w.value, Cmp: w.cmp}.String()
}

func has(figs []Figure, w fig) bool {
	for _, f := range figs {
		if f.Region == w.region && f.Year == w.year && f.Period == w.period && f.Kind == w.kind &&
			f.Indicator == w.indicator && abs(f.Value-w.value) < 1e-6 && f.Cmp == w.cmp && (w.text == "" || f.ValueText == w.text) {
			return true
		}
	}
	return false
}

// readingCase is a text, the figures it must give and, for each
// indicator listed in none, that no figure of it is read at all.
type readingCase struct {
	name  string
	text  string
	wants []fig
	none  []string
}

func checkReading(t *testing.T, tests []readingCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			figs := Extract(tt.text)
			for _, w := range tt.wants {
				if !has(figs, w) {
					t.Errorf("missing %v", w)
				}
			}
			for _, key := range tt.none {
				for _, f := range figs {
					if f.Indicator == key {
						t.Errorf("read %v from %q, want no %s", f, f.Quote, key)
					}
				}
			}
			if t.Failed() {
				for _, f := range figs {
					t.Logf("got %v «%s»", f, f.Quote)
				}
			}
		})
	}
}

// A whole report in its parts, written the way provincial reports are:
// each part gives its figures their year, kind and period.
const provincialReport = "下载\n打印\n【字号：\n加大\n】\n2026年江西省政府工作报告\n" +
	"——2026年1月20日在江西省第十四届人民代表大会第五次会议上\n来源：江西日报\n各位代表：\n" +
	"一、2025年和“十四五”时期工作回顾\n" +
	"过去一年，全省地区生产总值达到3.6万亿元、增长5.2%，规模以上工业增加值增长6.1%，一般公共预算收入增长2.3%，城镇调查失业率平均为5.1%，主要指标好于预期。\n" +
	"一年来，我们主要做了以下工作。一是稳住经济基本盘。社会消费品零售总额增长4.4%。\n" +
	"“十四五”时期是我省发展极不平凡的五年。\n" +
	"这五年，全省地区生产总值年均增长5.5%，城镇新增就业累计超过200万人，常住人口城镇化率由60.4%提高到65.2%，居民人均可支配收入五年累计增长32%。\n" +
	"二、“十五五”时期主要目标任务\n" +
	"今后五年，地区生产总值年均增长5%左右，常住人口城镇化率达到70%左右，到2035年人均地区生产总值达到中等发达国家水平。\n" +
	"三、2026年工作安排\n" +
	"今年全省经济社会发展的主要预期目标是：地区生产总值增长5%—5.5%，城镇调查失业率控制在5.5%左右，居民消费价格涨幅2%左右。\n" +
	"（一）扩大有效投资。力争固定资产投资增长4%以上。\n" +
	"四、全面加强政府自身建设\n"

func TestReadingWholeReportParts(t *testing.T) {
	checkReading(t, []readingCase{{
		name: "provincial report",
		text: provincialReport,
		wants: []fig{
			{"江西省", 2025, "", Reported, "gdp", 36000, Exactly, ""},
			{"江西省", 2025, "", Reported, "gdp_growth", 5.2, Exactly, ""},
			{"江西省", 2025, "", Reported, "industry_va_growth", 6.1, Exactly, ""},
			{"江西省", 2025, "", Reported, "budget_revenue_growth", 2.3, Exactly, ""},
			{"江西省", 2025, "", Reported, "surveyed_unemployment", 5.1, Exactly, ""},
			{"江西省", 2025, "", Reported, "retail_sales_growth", 4.4, Exactly, ""},
			{"江西省", 2025, "2021-2025", Reported, "gdp_growth", 5.5, Exactly, ""},
			{"江西省", 2025, "2021-2025", Reported, "new_urban_jobs", 2000000, AtLeast, ""},
			{"江西省", 2020, "", Reported, "urbanization_rate", 60.4, Exactly, ""},
			{"江西省", 2025, "", Reported, "urbanization_rate", 65.2, Exactly, ""},
			{"江西省", 2030, "2026-2030", Planned, "gdp_growth", 5, About, ""},
			{"江西省", 2030, "", Planned, "urbanization_rate", 70, About, ""},
			{"江西省", 2026, "", Planned, "gdp_growth", 5, AtLeast, "5%—5.5%"},
			{"江西省", 2026, "", Planned, "surveyed_unemployment", 5.5, About, ""},
			{"江西省", 2026, "", Planned, "cpi", 2, About, ""},
			{"江西省", 2026, "", Planned, "fai_growth", 4, AtLeast, ""},
		},
		none: []string{"disposable_income_growth"}, // 五年累计增长32% is no year's rate
	}})
	a := Analyze(provincialReport)
	if got := a.Title(); got != "2026年江西省政府工作报告" {
		t.Errorf("title = %q, want the report's own line, not the page's furniture", got)
	}
}

func TestReadingSectionsInOtherArrangements(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "county report, bare headings, a plan paragraph opened by its lead words",
			text: "政府工作报告\n——2024年1月8日在宁都县第十八届人民代表大会第四次会议上\n" +
				"2023年工作回顾\n全县实现地区生产总值312亿元，同比增长4.8%。固定资产投资下降2.1%。\n" +
				"过去五年，全县一般公共预算收入年均增长6.2%。\n" +
				"2024年工作安排\n2024年经济社会发展的主要预期目标为：地区生产总值增长6%左右，一般公共预算收入增长5%。",
			wants: []fig{
				{"宁都县", 2023, "", Reported, "gdp", 312, Exactly, ""},
				{"宁都县", 2023, "", Reported, "gdp_growth", 4.8, Exactly, ""},
				{"宁都县", 2023, "", Reported, "fai_growth", -2.1, Exactly, ""},
				{"宁都县", 2023, "2019-2023", Reported, "budget_revenue_growth", 6.2, Exactly, ""},
				{"宁都县", 2024, "", Planned, "gdp_growth", 6, About, ""},
				{"宁都县", 2024, "", Planned, "budget_revenue_growth", 5, Exactly, ""},
			},
		},
		{
			name: "a review that uses plan words for results",
			text: "2026年广西壮族自治区政府工作报告\n一、2025年工作回顾\n" +
				"全区地区生产总值增长5.1%，好于预期；城镇调查失业率控制在5.3%以内，完成年度目标任务。\n" +
				"二、2026年主要任务\n今年主要预期目标是：城镇调查失业率5.5%左右。",
			wants: []fig{
				{"广西壮族自治区", 2025, "", Reported, "gdp_growth", 5.1, Exactly, ""},
				{"广西壮族自治区", 2025, "", Reported, "surveyed_unemployment", 5.3, AtMost, ""},
				{"广西壮族自治区", 2026, "", Planned, "surveyed_unemployment", 5.5, About, ""},
			},
		},
		{
			name: "a table of contents names the parts without opening one",
			text: "银川市政府工作报告(摘要)\n2月5日，银川市第十七届人民代表大会第五次会议开幕。报告分三个部分：2025年和“十四五”时期工作回顾、“十五五”时期目标任务、2026年重点工作。\n" +
				"2025年，全市地区生产总值增长6%，一般公共预算收入增长4%。",
			wants: []fig{
				{"银川市", 2025, "", Reported, "gdp_growth", 6, Exactly, ""},
				{"银川市", 2025, "", Reported, "budget_revenue_growth", 4, Exactly, ""},
			},
		},
	})
}

func TestReadingNationalReport(t *testing.T) {
	checkReading(t, []readingCase{{
		name: "the national report is 全国",
		text: "政府工作报告\n——2025年3月5日在第十四届全国人民代表大会第三次会议上\n国务院总理 李强\n各位代表：\n现在，我代表国务院，向大会报告政府工作。\n" +
			"一、2024年工作回顾\n过去一年，国内生产总值134.9万亿元、增长5%，城镇新增就业1256万人，城镇调查失业率平均5.1%，居民消费价格上涨0.2%。\n" +
			"二、2025年经济社会发展总体要求和政策取向\n今年发展的主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右，城镇新增就业1200万人以上；居民消费价格涨幅2%左右；单位国内生产总值能耗降低3%左右。",
		wants: []fig{
			{"全国", 2024, "", Reported, "gdp", 1349000, Exactly, ""},
			{"全国", 2024, "", Reported, "gdp_growth", 5, Exactly, ""},
			{"全国", 2024, "", Reported, "surveyed_unemployment", 5.1, Exactly, ""},
			{"全国", 2024, "", Reported, "cpi", 0.2, Exactly, ""},
			{"全国", 2025, "", Planned, "gdp_growth", 5, About, ""},
			{"全国", 2025, "", Planned, "new_urban_jobs", 12000000, AtLeast, ""},
			{"全国", 2025, "", Planned, "energy_intensity_cut", 3, About, ""},
		},
	}})
}

func TestReadingSubjects(t *testing.T) {
	head := "2026年湖北省政府工作报告\n——2026年1月25日在湖北省第十四届人民代表大会第五次会议上\n一、2025年工作回顾\n"
	checkReading(t, []readingCase{
		{
			name: "units named in a provincial report",
			text: head + "全省地区生产总值增长5.6%，武汉经济总量突破2.3万亿元，襄阳、宜昌地区生产总值均超过6000亿元。" +
				"十堰、荆州地区生产总值分别增长6.2%、5.8%。",
			wants: []fig{
				{"湖北省", 2025, "", Reported, "gdp_growth", 5.6, Exactly, ""},
				{"武汉市", 2025, "", Reported, "gdp", 23000, AtLeast, ""},
				{"襄阳市", 2025, "", Reported, "gdp", 6000, AtLeast, ""},
				{"宜昌市", 2025, "", Reported, "gdp", 6000, AtLeast, ""},
				{"十堰市", 2025, "", Reported, "gdp_growth", 6.2, Exactly, ""},
				{"荆州市", 2025, "", Reported, "gdp_growth", 5.8, Exactly, ""},
			},
		},
		{
			name: "parts and groups that are not the region",
			text: head + "县域经济总量突破3万亿元，武汉都市圈地区生产总值增长6%，脱贫地区农村居民人均可支配收入增长7.1%，" +
				"海洋生产总值增长5%，人均地区生产总值达到10.2万元，国考断面水质优良率达到95.5%，规模以上工业企业利润增长8%。" +
				"全省地区生产总值增长5.6%，粮食产量达到554亿斤。",
			wants: []fig{{"湖北省", 2025, "", Reported, "gdp_growth", 5.6, Exactly, ""}},
			none:  []string{"gdp", "rural_disposable_income_growth", "air_quality_rate", "industry_va_growth"},
		},
		{
			name: "a zone inside a county report",
			text: "昆山市政府工作报告\n——2025年1月10日在昆山市第十八届人民代表大会第四次会议上\n一、2024年工作回顾\n" +
				"全市地区生产总值增长5%，昆山高新区地区生产总值增长7%，高新区规模以上工业增加值增长9%。",
			wants: []fig{
				{"昆山市", 2024, "", Reported, "gdp_growth", 5, Exactly, ""},
				{"昆山高新区", 2024, "", Reported, "gdp_growth", 7, Exactly, ""},
				{"昆山高新区", 2024, "", Reported, "industry_va_growth", 9, Exactly, ""},
			},
		},
		{
			name:  "intensities are not growth, per-capita is not the total",
			text:  head + "单位地区生产总值能耗下降3%，单位地区生产总值二氧化碳排放下降4%，万元地区生产总值用水量下降5%。",
			wants: []fig{{"湖北省", 2025, "", Reported, "energy_intensity_cut", 3, Exactly, ""}},
			none:  []string{"gdp_growth", "gdp"},
		},
	})
}

func TestReadingListsAndSpans(t *testing.T) {
	head := "2025年安徽省政府工作报告\n——2025年1月14日在安徽省第十四届人民代表大会第三次会议上\n一、2024年工作回顾\n"
	checkReading(t, []readingCase{
		{
			name: "urban and rural pairs in every arrangement",
			text: head + "城镇和农村居民人均可支配收入分别达到52000元和23000元，分别增长4.5%和6.2%。" +
				"城镇、农村居民收入分别增长4.1%、6.3%。" +
				"城乡居民人均可支配收入分别为4.8万元、2.1万元，增长4%、6%。",
			wants: []fig{
				{"安徽省", 2024, "", Reported, "urban_disposable_income", 52000, Exactly, ""},
				{"安徽省", 2024, "", Reported, "rural_disposable_income", 23000, Exactly, ""},
				{"安徽省", 2024, "", Reported, "urban_disposable_income_growth", 4.5, Exactly, ""},
				{"安徽省", 2024, "", Reported, "rural_disposable_income_growth", 6.2, Exactly, ""},
				{"安徽省", 2024, "", Reported, "urban_disposable_income_growth", 4.1, Exactly, ""},
				{"安徽省", 2024, "", Reported, "rural_disposable_income_growth", 6.3, Exactly, ""},
				{"安徽省", 2024, "", Reported, "urban_disposable_income", 48000, Exactly, ""},
				{"安徽省", 2024, "", Reported, "rural_disposable_income", 21000, Exactly, ""},
				{"安徽省", 2024, "", Reported, "urban_disposable_income_growth", 4, Exactly, ""},
				{"安徽省", 2024, "", Reported, "rural_disposable_income_growth", 6, Exactly, ""},
			},
		},
		{
			name: "a list of subjects with 分别 and a shared trailing 左右",
			text: "2025年江苏省某市政府工作报告\n二、2025年工作安排\n今年主要预期目标是：" +
				"地区生产总值、规模以上工业增加值、社会消费品零售总额分别增长6%、7.5%和5%左右。",
			wants: []fig{
				{"江苏省", 2025, "", Planned, "gdp_growth", 6, Exactly, ""},
				{"江苏省", 2025, "", Planned, "industry_va_growth", 7.5, Exactly, ""},
				{"江苏省", 2025, "", Planned, "retail_sales_growth", 5, About, ""},
			},
		},
		{
			name: "from–to with and without the years named",
			text: head + "“十四五”以来，一般公共预算收入由3216亿元增加到3900亿元，城乡居民人均可支配收入从2021年的43009元和18372元分别提高到52000元和23000元。" +
				"2024年，研发经费投入强度从2.3%提升到2.6%。",
			wants: []fig{
				{"安徽省", 2020, "", Reported, "budget_revenue", 3216, Exactly, ""},
				{"安徽省", 2024, "", Reported, "budget_revenue", 3900, Exactly, ""},
				{"安徽省", 2021, "", Reported, "urban_disposable_income", 43009, Exactly, ""},
				{"安徽省", 2021, "", Reported, "rural_disposable_income", 18372, Exactly, ""},
				{"安徽省", 2024, "", Reported, "urban_disposable_income", 52000, Exactly, ""},
				{"安徽省", 2024, "", Reported, "rural_disposable_income", 23000, Exactly, ""},
				{"安徽省", 2024, "", Reported, "rd_intensity", 2.6, Exactly, ""},
			},
		},
		{
			name: "growth over several years or against a base year is no figure",
			text: head + "居民人均可支配收入五年累计增长32%，地区生产总值比2020年增长29%，进出口总额两年增长18%。",
			none: []string{"disposable_income_growth", "gdp_growth", "import_export_growth"},
		},
	})
}

func TestReadingNumbersAsWritten(t *testing.T) {
	head := "2026年河南省政府工作报告\n三、2026年工作安排\n今年主要预期目标是："
	checkReading(t, []readingCase{
		{
			name: "ranges in every style",
			text: head + "地区生产总值增长6%至6.5%，规模以上工业增加值增长6.5-7%，社会消费品零售总额增长5%~5.5%，进出口总额增长3%左右。",
			wants: []fig{
				{"河南省", 2026, "", Planned, "gdp_growth", 6, AtLeast, "6%至6.5%"},
				{"河南省", 2026, "", Planned, "industry_va_growth", 6.5, AtLeast, "6.5-7%"},
				{"河南省", 2026, "", Planned, "retail_sales_growth", 5, AtLeast, "5%~5.5%"},
				{"河南省", 2026, "", Planned, "import_export_growth", 3, About, ""},
			},
		},
		{
			name: "thresholds, 万亿, steps and other units",
			text: "2025年河南省政府工作报告\n一、2024年工作回顾\n全省地区生产总值跨越两个千亿元台阶、达到6.4万亿元，一般公共预算收入突破万亿元，粮食总产量1340亿斤。",
			wants: []fig{
				{"河南省", 2024, "", Reported, "gdp", 64000, Exactly, ""},
				{"河南省", 2024, "", Reported, "budget_revenue", 10000, AtLeast, ""},
			},
		},
		{
			name: "a number broken by a line wrap",
			text: "2017年兴国县政府工作报告\n一、2016年工作回顾\n过去一年，全县地区生产总值完成184.\n3亿元，增长7.8%；一般公共预\n算收入12.6亿元，增长6.1%。",
			wants: []fig{
				{"兴国县", 2016, "", Reported, "gdp", 184.3, Exactly, ""},
				{"兴国县", 2016, "", Reported, "budget_revenue", 12.6, Exactly, ""},
			},
		},
	})
}

func TestReadingEstimates(t *testing.T) {
	text := "2023年某区政府工作报告\n——2023年1月9日在鼓楼区第三届人民代表大会第三次会议上\n一、2022年工作回顾\n" +
		"面对多重压力，全区经济稳中有进，预计全年地区生产总值增长5%；一般公共预算收入增长3%。" +
		"全区规模以上工业增加值预计增长6%；社会消费品零售总额增长4%。"
	figs := Extract(text)
	prelim := map[string]bool{}
	for _, f := range figs {
		prelim[f.Indicator] = f.Preliminary
	}
	for key, want := range map[string]bool{"gdp_growth": true, "budget_revenue_growth": true, "industry_va_growth": true, "retail_sales_growth": false} {
		got, ok := prelim[key]
		if !ok {
			t.Errorf("%s not read; got %v", key, figs)
			continue
		}
		if got != want {
			t.Errorf("%s preliminary = %v, want %v: a 预计 that opens a list marks it to the full stop, one after its subject only its clause", key, got, want)
		}
	}
	if !strings.Contains(figs[0].Region, "鼓楼区") {
		t.Errorf("region = %q", figs[0].Region)
	}
}

func TestReadingMoreArrangements(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "an autonomous prefecture speaks of itself as 全州",
			text: "2024年黔东南苗族侗族自治州政府工作报告\n——2024年1月12日在黔东南州第十五届人民代表大会第四次会议上\n一、2023年工作回顾\n" +
				"全州地区生产总值完成1340亿元，同比增长5%；全州空气质量优良天数比例达到99.1%。",
			wants: []fig{
				{"黔东南苗族侗族自治州", 2023, "", Reported, "gdp", 1340, Exactly, ""},
				{"黔东南苗族侗族自治州", 2023, "", Reported, "gdp_growth", 5, Exactly, ""},
				{"黔东南苗族侗族自治州", 2023, "", Reported, "air_quality_rate", 99.1, Exactly, ""},
			},
		},
		{
			name: "new areas and zones the division list lacks go by their own name",
			text: "2025年浙江省政府工作报告\n一、2024年工作回顾\n舟山群岛新区地区生产总值增长8.2%，宁波前湾新区规模以上工业增加值增长12%。",
			wants: []fig{
				{"舟山群岛新区", 2024, "", Reported, "gdp_growth", 8.2, Exactly, ""},
				{"宁波前湾新区", 2024, "", Reported, "industry_va_growth", 12, Exactly, ""},
			},
		},
		{
			name: "one value for every subject of a 均 list, values after a colon, a verb over a list",
			text: "2025年四川省政府工作报告\n一、2024年工作回顾\n城镇、农村居民人均可支配收入：58000元、31000元，分别增长4.5%、6.1%。" +
				"绵阳、德阳经济总量分别突破4500亿元和3300亿元。\n" +
				"二、2025年工作安排\n今年主要预期目标：一般公共预算收入、社会消费品零售总额均增长5%以上。",
			wants: []fig{
				{"四川省", 2024, "", Reported, "urban_disposable_income", 58000, Exactly, ""},
				{"四川省", 2024, "", Reported, "rural_disposable_income", 31000, Exactly, ""},
				{"四川省", 2024, "", Reported, "urban_disposable_income_growth", 4.5, Exactly, ""},
				{"四川省", 2024, "", Reported, "rural_disposable_income_growth", 6.1, Exactly, ""},
				{"绵阳市", 2024, "", Reported, "gdp", 4500, AtLeast, ""},
				{"德阳市", 2024, "", Reported, "gdp", 3300, AtLeast, ""},
				{"四川省", 2025, "", Planned, "budget_revenue_growth", 5, AtLeast, ""},
				{"四川省", 2025, "", Planned, "retail_sales_growth", 5, AtLeast, ""},
			},
		},
		{
			name: "written-out percentages, slogans and places a number describes",
			text: "2018年太原市政府工作报告\n一、2017年工作回顾\n全市规模以上工业增加值增长百分之七点五，地区生产总值增长百分之七。" +
				"推动县域经济实现“百强进位、千亿跨越”，力争打造全省首个生产总值超2000亿元的县区。",
			wants: []fig{
				{"太原市", 2017, "", Reported, "industry_va_growth", 7.5, Exactly, ""},
				{"太原市", 2017, "", Reported, "gdp_growth", 7, Exactly, ""},
			},
			none: []string{"gdp"},
		},
		{
			name: "a span named by its years; a total after the year's additions; a carried level with its deadline",
			text: "2023年昆山市政府工作报告\n——2023年1月5日在昆山市第十八届人民代表大会第二次会议上\n一、过去五年工作回顾\n" +
				"2018年至2022年，全市地区生产总值年均增长6.1%。新增高新技术企业1200家，总数达到2600家。\n" +
				"二、今后五年主要目标\n地区生产总值年均增长5.5%左右，到2027年力争突破6000亿元。",
			wants: []fig{
				{"昆山市", 2022, "2018-2022", Reported, "gdp_growth", 6.1, Exactly, ""},
				{"昆山市", 2022, "", Reported, "hitech_enterprises", 2600, Exactly, ""},
				{"昆山市", 2027, "2023-2027", Planned, "gdp_growth", 5.5, About, ""},
				{"昆山市", 2027, "", Planned, "gdp", 6000, AtLeast, ""},
			},
		},
		{
			name: "a city's level after the province's, in the clause after it",
			text: "2022年云南省政府工作报告\n一、2021年工作回顾\n全省地区生产总值增长7.3%。昆明市地区生产总值达到7222亿元，曲靖市突破3400亿元。",
			wants: []fig{
				{"昆明市", 2021, "", Reported, "gdp", 7222, Exactly, ""},
				{"曲靖市", 2021, "", Reported, "gdp", 3400, AtLeast, ""},
			},
		},
	})
}

func TestReadingZonesListsAndQualifiers(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "zones of every kind named in a provincial report, and the clauses after them",
			text: "2022年陕西省政府工作报告\n一、2021年工作回顾\n西咸新区规上工业增加值增长18%，固定资产投资增长9%。全省固定资产投资增长4%。" +
				"杨凌农业高新技术产业示范区地区生产总值增长8%。榆林经济技术开发区规模以上工业增加值增长12%。",
			wants: []fig{
				{"西咸新区", 2021, "", Reported, "industry_va_growth", 18, Exactly, ""},
				{"西咸新区", 2021, "", Reported, "fai_growth", 9, Exactly, ""},
				{"陕西省", 2021, "", Reported, "fai_growth", 4, Exactly, ""},
				{"榆林经开区", 2021, "", Reported, "industry_va_growth", 12, Exactly, ""},
			},
		},
		{
			name: "units listed after the indicator they share; 农村牧区; a rate after a qualifier",
			text: "2021年内蒙古自治区政府工作报告\n一、2020年工作回顾\n全区地区生产总值突破1.7万亿元，呼和浩特市、鄂尔多斯市分别达到2800亿元和3500亿元。" +
				"城镇和农村牧区居民人均可支配收入分别增长2.5%和8.1%。一般公共预算收入2050亿元，扣除留抵退税因素后增长3.4%。",
			wants: []fig{
				{"呼和浩特市", 2020, "", Reported, "gdp", 2800, Exactly, ""},
				{"鄂尔多斯市", 2020, "", Reported, "gdp", 3500, Exactly, ""},
				{"内蒙古自治区", 2020, "", Reported, "urban_disposable_income_growth", 2.5, Exactly, ""},
				{"内蒙古自治区", 2020, "", Reported, "rural_disposable_income_growth", 8.1, Exactly, ""},
				{"内蒙古自治区", 2020, "", Reported, "budget_revenue_growth", 3.4, Exactly, ""},
			},
		},
		{
			name: "a closing 左右 of targets written to one precision bounds them all",
			text: "2022年贵州省政府工作报告\n三、2022年工作安排\n今年主要预期目标是：城乡居民人均可支配收入分别增长7%和9%左右，地区生产总值、一般公共预算收入分别增长6.5%和5%左右。",
			wants: []fig{
				{"贵州省", 2022, "", Planned, "urban_disposable_income_growth", 7, About, ""},
				{"贵州省", 2022, "", Planned, "rural_disposable_income_growth", 9, About, ""},
				{"贵州省", 2022, "", Planned, "gdp_growth", 6.5, Exactly, ""},
				{"贵州省", 2022, "", Planned, "budget_revenue_growth", 5, About, ""},
			},
		},
	})
	a := Analyze("腾冲市人民政府网\n首页 > 乡镇动态\n和顺镇2022年人民政府工作报告\n发布时间：2022-02-16\n——2022年1月20日在和顺镇第十八届人民代表大会第六次会议上\n")
	if got := a.Title(); got != "和顺镇2022年人民政府工作报告" {
		t.Errorf("title = %q: a site's name and crumbs are not the title", got)
	}
}

func TestReadingWhatIsNotTheRegions(t *testing.T) {
	checkReading(t, []readingCase{{
		name: "growth across a five-year summary, and a subset's investment",
		text: "2026年吉林省政府工作报告\n一、2025年和“十四五”时期工作回顾\n这五年，地区生产总值跨越3个千亿元台阶，达到1.5万亿元、增长19.8%。\n" +
			"三、2026年工作安排\n确保招商引资项目完成固定资产投资2200亿元，固定资产投资增长5%。",
		wants: []fig{
			{"吉林省", 2025, "", Reported, "gdp", 15000, Exactly, ""},
			{"吉林省", 2026, "", Planned, "fai_growth", 5, Exactly, ""},
		},
		none: []string{"gdp_growth", "fai"},
	}, {
		name: "key projects' investment after their count; foreign trade",
		text: "2024年江西省政府工作报告\n一、2023年工作回顾\n实施省重点项目3200个、完成投资1.2万亿元，对外贸易增长3%。",
		wants: []fig{
			{"江西省", 2023, "", Reported, "key_project_investment", 12000, Exactly, ""},
			{"江西省", 2023, "", Reported, "import_export_growth", 3, Exactly, ""},
		},
	}})
}
