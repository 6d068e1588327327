package targets

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// want is the part of a figure a scenario checks.
type want struct {
	region    string
	year      int
	period    string
	kind      Kind
	indicator string
	value     float64
	cmp       Comparator
	prelim    bool
}

func find(figs []Figure, w want) bool {
	for _, f := range figs {
		if f.Region == w.region && f.Year == w.year && f.Period == w.period && f.Kind == w.kind &&
			f.Indicator == w.indicator && abs(f.Value-w.value) < 1e-6 && f.Cmp == w.cmp && f.Preliminary == w.prelim {
			return true
		}
	}
	return false
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

// Scenarios written from the language of work reports in general: other
// provinces, levels, scripts and years than the seeds.
func TestExtractScenarios(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		wants []want
		not   []string // indicators that must not be produced
	}{
		{
			name: "january county report: review and plan",
			text: "政府工作报告\n——2021年1月20日在龙游县第十七届人民代表大会第六次会议上\n一、2020年工作回顾\n" +
				"过去一年,全县实现地区生产总值285亿元,增长3.9%;一般公共预算收入22.6亿元,增长5.2%。\n" +
				"二、2021年工作安排\n今年经济社会发展的主要预期目标是:地区生产总值增长7%左右,城镇调查失业率控制在5.5%以内,居民消费价格涨幅控制在3%左右。",
			wants: []want{
				{"龙游县", 2020, "", Reported, "gdp", 285, Exactly, false},
				{"龙游县", 2020, "", Reported, "gdp_growth", 3.9, Exactly, false},
				{"龙游县", 2020, "", Reported, "budget_revenue", 22.6, Exactly, false},
				{"龙游县", 2020, "", Reported, "budget_revenue_growth", 5.2, Exactly, false},
				{"龙游县", 2021, "", Planned, "gdp_growth", 7, About, false},
				{"龙游县", 2021, "", Planned, "surveyed_unemployment", 5.5, AtMost, false},
				{"龙游县", 2021, "", Planned, "cpi", 3, About, false},
			},
		},
		{
			name: "城市居民 for the urban series (a district of a city that says 城市, not 城镇)",
			text: "2019年江北区政府工作报告\n一、2018年工作回顾\n城市常住居民人均可支配收入达到51200元，增长7.6%；农村常住居民人均可支配收入增长8.9%。\n" +
				"二、2019年主要预期目标\n城市居民人均可支配收入增长7%左右。",
			wants: []want{
				{"江北区", 2018, "", Reported, "urban_disposable_income", 51200, Exactly, false},
				{"江北区", 2018, "", Reported, "urban_disposable_income_growth", 7.6, Exactly, false},
				{"江北区", 2018, "", Reported, "rural_disposable_income_growth", 8.9, Exactly, false},
				{"江北区", 2019, "", Planned, "urban_disposable_income_growth", 7, About, false},
			},
			not: []string{"disposable_income", "disposable_income_growth"},
		},
		{
			name: "a part named right after the measure (总额中网络零售额) is the part's figure; 中央 and 中小 are other words",
			text: "2019年南昌市政府工作报告\n一、2018年工作回顾\n社会消费品零售总额增长10.8%，社会消费品零售总额中网络零售额增长31%。" +
				"一般公共预算收入增长8.1%，一般公共预算收入中税收收入占比达到78.5%。\n",
			wants: []want{
				{"南昌市", 2018, "", Reported, "retail_sales_growth", 10.8, Exactly, false},
				{"南昌市", 2018, "", Reported, "budget_revenue_growth", 8.1, Exactly, false},
			},
		},
		{
			name: "完成税收 names tax revenue: a five-year total and a year's",
			text: "2017年番禺区政府工作报告\n一、过去五年工作回顾\n五年累计完成税收1860亿元，地区生产总值年均增长8.6%。\n" +
				"二、2016年工作回顾\n全年完成税收412亿元，增长7.9%。\n",
			wants: []want{
				{"番禺区", 2016, "2012-2016", Reported, "tax_revenue", 1860, Exactly, false},
				{"番禺区", 2016, "", Reported, "tax_revenue", 412, Exactly, false},
				{"番禺区", 2016, "", Reported, "tax_revenue_growth", 7.9, Exactly, false},
			},
		},
		{
			name: "traditional script, decline, CPI as an index",
			text: "岳陽市政府工作報告\n2021年1月在岳陽市人民代表大會上\n一、2020年工作回顧\n全市地區生產總值增長3.8%,規模以上工業增加值同比下降4.3%,居民消費價格指數為102.7。",
			wants: []want{
				{"岳阳市", 2020, "", Reported, "gdp_growth", 3.8, Exactly, false},
				{"岳阳市", 2020, "", Reported, "industry_va_growth", -4.3, Exactly, false},
				{"岳阳市", 2020, "", Reported, "cpi", 2.7, Exactly, false},
			},
		},
		{
			name: "lists with 分别 and estimates marked 下同",
			text: "2019年1月10日在某市第十届人民代表大会第三次会议上 湘潭市人民政府\n一、2018年工作回顾\n" +
				"全市地区生产总值增长8%(预计数,下同)。规模工业增加值、固定资产投资、社会消费品零售总额分别增长7.5%、10.2%、9.8%。" +
				"城乡居民人均可支配收入分别增长8.1%、9.2%。",
			wants: []want{
				{"湘潭市", 2018, "", Reported, "gdp_growth", 8, Exactly, true},
				{"湘潭市", 2018, "", Reported, "industry_va_growth", 7.5, Exactly, true},
				{"湘潭市", 2018, "", Reported, "fai_growth", 10.2, Exactly, true},
				{"湘潭市", 2018, "", Reported, "retail_sales_growth", 9.8, Exactly, true},
				{"湘潭市", 2018, "", Reported, "urban_disposable_income_growth", 8.1, Exactly, true},
				{"湘潭市", 2018, "", Reported, "rural_disposable_income_growth", 9.2, Exactly, true},
			},
		},
		{
			name: "five-year review: average growth has the period, levels the last year",
			text: "2021年1月8日在衡阳市第十五届人民代表大会第六次会议上\n“十三五”时期,全市地区生产总值年均增长7.1%,城镇化率提升到54.2%。",
			wants: []want{
				{"衡阳市", 2020, "2016-2020", Reported, "gdp_growth", 7.1, Exactly, false},
				{"衡阳市", 2020, "", Reported, "urbanization_rate", 54.2, Exactly, false},
			},
		},
		{
			name: "december report: 今年以来 reviews the delivery year",
			text: "2019年12月26日在君山区第三届人民代表大会第五次会议上\n今年以来,全区地区生产总值增长8.2%,固定资产投资增长11%。",
			wants: []want{
				{"君山区", 2019, "", Reported, "gdp_growth", 8.2, Exactly, false},
				{"君山区", 2019, "", Reported, "fai_growth", 11, Exactly, false},
			},
		},
		{
			name: "threshold then the precise figure; Chinese numerals",
			text: "2022年1月5日在贵港市第五届人民代表大会第二次会议上\n一、2021年工作回顾\n全市地区生产总值首次突破千亿元,达1082.18亿元。新签约项目总投资七亿元。",
			wants: []want{
				{"贵港市", 2021, "", Reported, "gdp", 1082.18, Exactly, false},
				{"贵港市", 2021, "", Reported, "investment_attracted", 7, Exactly, false},
			},
		},
		{
			name: "growth against a named base year and ambiguous 财政收入 are left out",
			text: "2017年1月5日在桂阳县第十七届人民代表大会第一次会议上\n一、2016年工作回顾\n地区生产总值比2012年增长47.7%。财政收入20.3亿元,增长9%。",
			not:  []string{"gdp_growth", "budget_revenue", "budget_revenue_growth", "fiscal_revenue"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			figs := Extract(tt.text)
			for _, w := range tt.wants {
				if !find(figs, w) {
					t.Errorf("missing %+v\ngot:\n%s", w, dump(figs))
				}
			}
			for _, key := range tt.not {
				for _, f := range figs {
					if f.Indicator == key {
						t.Errorf("produced %s, want it left out", f)
					}
				}
			}
		})
	}
}

func dump(figs []Figure) string {
	var b strings.Builder
	for _, f := range figs {
		b.WriteString("  " + f.String() + " «" + f.Quote + "»\n")
	}
	return b.String()
}

// testDocuments are the seeds and, when shared/ is beside the repo, the
// development corpus: real reports with their real noise.
func testDocuments(tb testing.TB) map[string]string {
	tb.Helper()
	docs := map[string]string{}
	for _, pattern := range []string{"../../seeds/*.txt", "../../seeds/more/*.txt", "../../../shared/corpus/*.txt"} {
		names, _ := filepath.Glob(pattern)
		for _, n := range names {
			b, err := os.ReadFile(n)
			if err != nil {
				tb.Fatal(err)
			}
			text, _, err := Decode(b)
			if err != nil {
				tb.Fatalf("%s: %v", n, err)
			}
			docs[n] = text
		}
	}
	if len(docs) < 5 {
		tb.Fatalf("found %d test documents, want the seeds at least", len(docs))
	}
	return docs
}

// Every quote is the original text at its offsets, and every figure is
// complete by the contract.
func TestQuotesPointIntoTheOriginal(t *testing.T) {
	for name, text := range testDocuments(t) {
		for _, f := range Extract(text) {
			if f.Start < 0 || f.End > len(text) || f.Start >= f.End || text[f.Start:f.End] != f.Quote {
				t.Errorf("%s: %s: quote %q is not the text at %d:%d", name, f, f.Quote, f.Start, f.End)
			}
			if f.Region == "" || f.Year < 1949 || !f.Kind.Valid() || !f.Cmp.Valid() || f.Unit == "" {
				t.Errorf("%s: incomplete figure %+v", name, f)
			}
			if _, ok := LookupIndicator(f.Indicator); !ok {
				t.Errorf("%s: unknown indicator %q", name, f.Indicator)
			}
			if f.Confidence <= 0 || f.Confidence > 1 {
				t.Errorf("%s: confidence %g out of (0,1]", name, f.Confidence)
			}
		}
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("2021年1月20日在龙游县第十七届人民代表大会上\n一、2020年工作回顾\n地区生产总值增长3.9%,总量突破300亿元。")
	f.Add("城、乡居民人均可支配收入分别增长7.8%、8.3%;三次产业结构调整为6.9:44.8:48.3")
	f.Add("-\n【攸县】标题\n预计(下同)增长\n-\n")
	f.Fuzz(func(t *testing.T, s string) {
		for _, fig := range Extract(s) {
			if fig.Start < 0 || fig.End > len(s) || fig.Start > fig.End || s[fig.Start:fig.End] != fig.Quote {
				t.Fatalf("figure %s quote %q not at %d:%d", fig, fig.Quote, fig.Start, fig.End)
			}
		}
	})
}

// BenchmarkExtract reports extraction throughput in MB/s over the seeds
// and, where ../shared is beside the repository, over its whole reports.
func BenchmarkExtract(b *testing.B) {
	sets := map[string]string{"seeds": "../../seeds/*.txt", "whole_reports": "../../../shared/corpus/full/*.txt"}
	Regions() // load the division list outside the timing
	for _, name := range []string{"seeds", "whole_reports"} {
		names, _ := filepath.Glob(sets[name])
		if len(names) == 0 {
			continue
		}
		var texts []string
		total := 0
		for _, n := range names {
			raw, err := os.ReadFile(n)
			if err != nil {
				b.Fatal(err)
			}
			texts = append(texts, string(raw))
			total += len(raw)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(total))
			for range b.N {
				for _, t := range texts {
					Extract(t)
				}
			}
		})
	}
}

// BenchmarkExtractAdversarial measures shapes that once cost O(n²): a long
// run of digits and one sentence of thousands of clauses.
func BenchmarkExtractAdversarial(b *testing.B) {
	shapes := map[string]string{
		"digits":   strings.Repeat("1", 20000),
		"longline": strings.Repeat("地区生产总值增长8%,", 5000),
		"wrapped":  strings.Repeat("地区生产总值增长百分之八以上的目标任务全面完成了\n", 5000),
	}
	Regions()
	for name, s := range shapes {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for range b.N {
				Extract(s)
			}
		})
	}
}

func TestDeliveryLineIsNotTheTitle(t *testing.T) {
	for _, text := range []string{
		"2021年1月10日在茶陵县第十七届人民代表大会第五次会议上\n茶陵县政府工作报告\n地区生产总值增长8%左右。\n",
		"（二〇二一年一月十日在茶陵县第十七届人民代表大会第五次会议上）\n茶陵县政府工作报告\n地区生产总值增长8%左右。\n",
	} {
		if got := Analyze(text).Title(); got != "茶陵县政府工作报告" {
			t.Errorf("title = %q, want 茶陵县政府工作报告", got)
		}
	}
}

// The part's figures are not the whole's.
func TestPartNamedAfterTheMeasure(t *testing.T) {
	text := "2019年南昌市政府工作报告\n一、2018年工作回顾\n社会消费品零售总额增长10.8%，社会消费品零售总额中网络零售额增长31%。" +
		"一般公共预算收入增长8.1%，一般公共预算收入中税收收入占比达到78.5%。\n"
	for _, f := range Extract(text) {
		if f.Value == 31 || f.Value == 78.5 {
			t.Errorf("a part's figure read as %s «%s»", f.Indicator, f.Quote)
		}
	}
	for _, c := range []struct {
		s    string
		part bool
	}{
		{"社会消费品零售总额中网络零售额增长", true},
		{"地区生产总值中第三产业增加值占比", true},
		{"一般公共预算收入中央返还", false},
		{"固定资产投资中小企业", false},
		{"地区生产总值中部地区", false},
		{"地区生产总值增长", false},
	} {
		rs := []rune(c.s)
		end := 0
		for i, r := range rs {
			if r == '中' {
				end = i
				break
			}
		}
		if end == 0 {
			end = len(rs)
		}
		if got := partNamedAfter(rs, end); got != c.part {
			t.Errorf("partNamedAfter(%s) = %v", c.s, got)
		}
	}
}
