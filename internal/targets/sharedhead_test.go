package targets

import "testing"

// Lists whose items share one head written once after the last of them,
// in each order, with and without a name for every item.
func TestReadingSharedHeads(t *testing.T) {
	const head = "政府工作报告\n——2024年1月12日在宜昌市第八届人民代表大会第四次会议上\n一、2023年工作回顾\n"
	checkReading(t, []readingCase{
		{
			name:  "the named item first, its head after the second",
			text:  head + "全年高新技术产业、装备制造业增加值分别增长16.7%和12.9%。",
			wants: []fig{{"宜昌市", 2023, "", Reported, "hitech_va_growth", 16.7, Exactly, ""}},
		},
		{
			name:  "the named item last: the first takes the first number",
			text:  head + "装备制造业、高新技术产业增加值分别增长12.9%、16.7%。",
			wants: []fig{{"宜昌市", 2023, "", Reported, "hitech_va_growth", 16.7, Exactly, ""}},
		},
		{
			name:  "three items, joined by 和 before the last",
			text:  head + "电子信息、装备制造和高新技术产业增加值同比分别增长8%、9%和11.5%。",
			wants: []fig{{"宜昌市", 2023, "", Reported, "hitech_va_growth", 11.5, Exactly, ""}},
		},
		{
			name: "urban and rural residents each written out before the shared income",
			text: head + "城镇居民、农村居民人均可支配收入分别达到45120元和19870元，城镇常住居民、农村常住居民人均可支配收入分别增长5.1%和6.9%。",
			wants: []fig{
				{"宜昌市", 2023, "", Reported, "urban_disposable_income", 45120, Exactly, ""},
				{"宜昌市", 2023, "", Reported, "rural_disposable_income", 19870, Exactly, ""},
				{"宜昌市", 2023, "", Reported, "urban_disposable_income_growth", 5.1, Exactly, ""},
				{"宜昌市", 2023, "", Reported, "rural_disposable_income_growth", 6.9, Exactly, ""},
			},
		},
		{
			name: "the urban and rural halves of the income just named, with no noun of their own",
			text: head + "全体居民人均可支配收入35666元，增长5.1%，其中城镇、农村分别增长4.3%和6.7%；城乡居民人均可支配收入分别达到48120元和22310元。",
			wants: []fig{
				{"宜昌市", 2023, "", Reported, "disposable_income", 35666, Exactly, ""},
				{"宜昌市", 2023, "", Reported, "disposable_income_growth", 5.1, Exactly, ""},
				{"宜昌市", 2023, "", Reported, "urban_disposable_income_growth", 4.3, Exactly, ""},
				{"宜昌市", 2023, "", Reported, "rural_disposable_income_growth", 6.7, Exactly, ""},
				{"宜昌市", 2023, "", Reported, "urban_disposable_income", 48120, Exactly, ""},
				{"宜昌市", 2023, "", Reported, "rural_disposable_income", 22310, Exactly, ""},
			},
		},
		{
			name: "a share of the budget or plan between a level and its growth",
			text: head + "完成一般公共预算收入31.2亿元，为预算的101.6%，增长9.3%；完成固定资产投资410亿元，完成年度计划的105%，增长6.2%。",
			wants: []fig{
				{"宜昌市", 2023, "", Reported, "budget_revenue", 31.2, Exactly, ""},
				{"宜昌市", 2023, "", Reported, "budget_revenue_growth", 9.3, Exactly, ""},
				{"宜昌市", 2023, "", Reported, "fai", 410, Exactly, ""},
				{"宜昌市", 2023, "", Reported, "fai_growth", 6.2, Exactly, ""},
			},
		},
		{
			name:  "modifiers before a shared noun",
			text:  head + "新增、净增市场主体分别达2997户、2437户。",
			wants: []fig{{"宜昌市", 2023, "", Reported, "market_entities_new", 2997, Exactly, ""}},
		},
		{
			name: "a measure read alone first keeps its number",
			text: head + "地区生产总值、高新技术产业增加值分别增长7%、8%。",
			wants: []fig{
				{"宜昌市", 2023, "", Reported, "gdp_growth", 7, Exactly, ""},
				{"宜昌市", 2023, "", Reported, "hitech_va_growth", 8, Exactly, ""},
			},
		},
		{
			name: "units listed before their indicator stay units",
			text: head + "夷陵、枝江地区生产总值分别增长5%和6%。",
			wants: []fig{
				{"夷陵区", 2023, "", Reported, "gdp_growth", 5, Exactly, ""},
				{"枝江市", 2023, "", Reported, "gdp_growth", 6, Exactly, ""},
			},
		},
		{
			name: "the enterprises' output after their count",
			text: head + "全市规模以上工业企业达1760家、增加值增长9.2%；规上服务业企业突破900家，实现营业收入增长11%。高新技术企业达到1200家，增加值增长15%。",
			wants: []fig{
				{"宜昌市", 2023, "", Reported, "industry_va_growth", 9.2, Exactly, ""},
				{"宜昌市", 2023, "", Reported, "services_revenue_growth", 11, Exactly, ""},
			},
			none: []string{"hitech_va_growth"},
		},
	})
}

// Whose report it is, from the ways titles and copies name it.
func TestReportRegionFromItsHeader(t *testing.T) {
	for _, tt := range []struct{ name, text, region string }{
		{"a headline names the mayor, the congress line the city",
			"某某网 > 新闻中心 > 正文\n市十七届人大三次会议开幕 黄兴国作政府工作报告\n2016-01-18 来源：天津日报\n本报讯 昨天上午，天津市第十六届人民代表大会第四次会议开幕。\n", "天津市"},
		{"an autonomous prefecture by the name it goes by",
			"2022年延边州政府工作报告\n——2022年1月10日在延边州第十六届人民代表大会第一次会议上\n各位代表：\n全州地区生产总值增长5%。\n", "延边朝鲜族自治州"},
		{"a subdistrict's own report",
			"粤海街道办事处2021年工作报告\n发布日期：2021-03-02 来源：南山区粤海街道办事处\n各位代表、同志们：\n", "粤海街道"},
		{"junk letters inside the title",
			"兰州vzT新区管kQm委会2022年工作报告\n各位代表、同志们：\n", "兰州新区"},
		{"a digest that names only its level: the unit of that level named most, not the capital",
			"一图读懂｜2023年自治区政府工作报告\n2023-01-13 来源：广西日报 广西新闻网\n1月12日，自治区第十四届人民代表大会第一次会议在南宁开幕，自治区主席作政府工作报告。\n【2022年工作回顾】\n地区生产总值\n26300亿元\n", "广西壮族自治区"},
		{"a county by the name it had then",
			"神木县人民政府工作报告\n——2014年2月18日在神木县第十七届人民代表大会第四次会议上\n各位代表：\n", "神木县"},
	} {
		a := Analyze(tt.text)
		if len(a.Articles) == 0 || a.Articles[0].Region.Name != tt.region {
			t.Errorf("%s: region = %+v, want %s", tt.name, a.Articles, tt.region)
		}
	}
	if r, ok := LookupRegion("神木县"); !ok || r.Code != "610881" {
		t.Errorf("神木县 resolves to %+v, want the unit it became (610881 神木市)", r)
	}
}
