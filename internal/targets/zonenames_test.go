package targets

import "testing"

// A zone named after the unit it lies in by a word zoneAt does not read
// (综合实验区, 综合试验区, 综合保税区) is the zone, never that unit; a zone the
// list holds keeps the list's name when its report puts its province or
// city before it.
func TestZoneNamedAfterItsUnit(t *testing.T) {
	checkRegions(t, []regionCase{
		{
			readingCase: readingCase{
				name: "a 综合实验区 titled by its county-level city's stem, speaking of itself as 全区 and 实验区",
				text: "浏阳综合实验区2025年政府工作报告\n一、2024年工作回顾\n全区地区生产总值增长6.3%，一般公共预算收入增长4.1%。\n" +
					"实验区规模以上工业增加值增长8.8%。浏阳综合实验区固定资产投资增长5.2%。\n",
				wants: []fig{
					{"浏阳综合实验区", 2024, "", Reported, "gdp_growth", 6.3, Exactly, ""},
					{"浏阳综合实验区", 2024, "", Reported, "budget_revenue_growth", 4.1, Exactly, ""},
					{"浏阳综合实验区", 2024, "", Reported, "industry_va_growth", 8.8, Exactly, ""},
					{"浏阳综合实验区", 2024, "", Reported, "fai_growth", 5.2, Exactly, ""},
				},
			},
			not: []fig{
				{"浏阳市", 2024, "", Reported, "gdp_growth", 6.3, Exactly, ""},
				{"浏阳市", 2024, "", Reported, "industry_va_growth", 8.8, Exactly, ""},
			},
		},
		{
			readingCase: readingCase{
				name: "a 综合试验区 titled by a county's full name, with a target",
				text: "攸县综合试验区2024年工作报告\n二、2024年主要目标\n全区地区生产总值增长7%左右，规模以上工业增加值增长9%。\n",
				wants: []fig{
					{"攸县综合试验区", 2024, "", Planned, "gdp_growth", 7, About, ""},
					{"攸县综合试验区", 2024, "", Planned, "industry_va_growth", 9, Exactly, ""},
				},
			},
			not: []fig{{"攸县", 2024, "", Planned, "gdp_growth", 7, About, ""}},
		},
		{
			readingCase: readingCase{
				name: "a listed new area whose title puts its province first",
				text: "湖南湘江新区2025年工作报告\n一、2024年工作回顾\n湘江新区地区生产总值增长6.9%，全区固定资产投资增长3.3%，新区一般公共预算收入增长2.5%。\n",
				wants: []fig{
					{"湘江新区", 2024, "", Reported, "gdp_growth", 6.9, Exactly, ""},
					{"湘江新区", 2024, "", Reported, "fai_growth", 3.3, Exactly, ""},
					{"湘江新区", 2024, "", Reported, "budget_revenue_growth", 2.5, Exactly, ""},
				},
			},
			not: []fig{{"湖南湘江新区", 2024, "", Reported, "gdp_growth", 6.9, Exactly, ""}},
		},
		{
			readingCase: readingCase{
				name: "a listed new area whose title puts its municipality first",
				text: "重庆两江新区2024年工作报告\n二、2024年目标任务\n规模以上工业增加值增长8%，两江新区固定资产投资增长6%。\n",
				wants: []fig{
					{"两江新区", 2024, "", Planned, "industry_va_growth", 8, Exactly, ""},
					{"两江新区", 2024, "", Planned, "fai_growth", 6, Exactly, ""},
				},
			},
			not: []fig{{"重庆两江新区", 2024, "", Planned, "industry_va_growth", 8, Exactly, ""}},
		},
	})
}

// The zone name figures carry resolves to the zone, one code whichever
// report names it; a stem that is a district's short name only (东湖 of
// 南昌's 东湖区, 芙蓉 of 长沙's 芙蓉区) does not place the zone under that
// district, for zones take such words from lakes and hills as well.
func TestLookupZoneByStem(t *testing.T) {
	for _, tt := range []struct{ name, code, parent string }{
		{"平潭综合实验区", "350128-z:平潭综合实验区", "350128"},
		{"浏阳综合实验区", "430181-z:浏阳综合实验区", "430181"},
		{"四川天府新区", "5101-xq", "5101"},
		{"东湖高新区", "z:东湖高新区", ""},
		{"芙蓉高新区", "z:芙蓉高新区", ""},
		{"株洲高新区", "4302-gx", "4302"},
		{"长沙经开区", "4301-jk", "4301"},
	} {
		r, ok := LookupRegion(tt.name)
		if !ok || r.Code != tt.code || r.ParentCode != tt.parent || r.Level != LevelZone {
			t.Errorf("LookupRegion(%s) = %+v, %v; want the zone %s under %q", tt.name, r, ok, tt.code, tt.parent)
		}
	}
}

// A zone's report speaks of itself as 园区 or 开发区 also when the list
// holds it as a unit of its own, and a title opening with the bare zone
// word is the listed zone the text names, by its short name.
func TestListedZoneSpeaksOfItself(t *testing.T) {
	checkRegions(t, []regionCase{
		{
			readingCase: readingCase{
				name: "园区 in each clause of a listed park's report",
				text: "苏州工业园区2025年工作报告\n一、2024年工作回顾\n园区进出口总额增长4.2%，园区固定资产投资增长2.6%。\n",
				wants: []fig{
					{"苏州工业园区", 2024, "", Reported, "import_export_growth", 4.2, Exactly, ""},
					{"苏州工业园区", 2024, "", Reported, "fai_growth", 2.6, Exactly, ""},
				},
			},
		},
		{
			readingCase: readingCase{
				name: "园区 twice in a zone's report, no park named",
				text: "株洲高新区2025年工作报告\n一、2024年工作回顾\n园区固定资产投资增长4.9%，园区一般公共预算收入增长1.7%。\n",
				wants: []fig{
					{"株洲高新区", 2024, "", Reported, "fai_growth", 4.9, Exactly, ""},
					{"株洲高新区", 2024, "", Reported, "budget_revenue_growth", 1.7, Exactly, ""},
				},
			},
		},
		{
			readingCase: readingCase{
				name: "a bare 经开区 title over a text naming the listed zone",
				text: "经开区2025年工作汇报\n南通经济技术开发区2024年地区生产总值增长5.3%；规模以上工业增加值增长8.4%。\n",
				wants: []fig{
					{"南通经开区", 2024, "", Reported, "gdp_growth", 5.3, Exactly, ""},
					{"南通经开区", 2024, "", Reported, "industry_va_growth", 8.4, Exactly, ""},
				},
			},
			not: []fig{{"南通经济技术开发经开区", 2024, "", Reported, "industry_va_growth", 8.4, Exactly, ""}},
		},
	})
}

// An area inside a unit that no reading takes for a zone (a unit's name
// and more words ending in 区) is no figure of the unit.
func TestUnknownAreaOfAUnit(t *testing.T) {
	checkRegions(t, []regionCase{
		{
			readingCase: readingCase{
				name:  "a city's port area and its urban area",
				text:  "河南省2025年政府工作报告\n一、2024年工作回顾\n全省地区生产总值增长5.1%。洛阳港区规模以上工业增加值增长12.2%，开封城区固定资产投资增长3.9%。\n",
				wants: []fig{{"河南省", 2024, "", Reported, "gdp_growth", 5.1, Exactly, ""}},
				none:  []string{"industry_va_growth", "fai_growth"},
			},
			not: []fig{
				{"洛阳市", 2024, "", Reported, "industry_va_growth", 12.2, Exactly, ""},
				{"开封市", 2024, "", Reported, "fai_growth", 3.9, Exactly, ""},
			},
		},
	})
}

// A zone listed with a unit before 分别 keeps its slot: each value goes to
// the item in its place, the zone's to the zone (in its own report, its
// own region), not the unit's to the zone.
func TestZoneInUnitList(t *testing.T) {
	checkRegions(t, []regionCase{
		{
			readingCase: readingCase{
				name: "a district and the zone by the word its report calls itself",
				text: "长沙经济技术开发区2025年工作报告\n一、2024年工作回顾\n星沙街道和开发区外贸进出口分别增长6.6%和8.1%。长沙县与经开区固定资产投资分别增长2.9%、4.4%。\n",
				wants: []fig{
					{"长沙县", 2024, "", Reported, "fai_growth", 2.9, Exactly, ""},
					{"长沙经开区", 2024, "", Reported, "fai_growth", 4.4, Exactly, ""},
				},
			},
			not: []fig{{"长沙经开区", 2024, "", Reported, "fai_growth", 2.9, Exactly, ""}},
		},
		{
			readingCase: readingCase{
				name: "a zone by its full name listed after a county in its city's report",
				text: "漳州市2025年政府工作报告\n一、2024年工作回顾\n长泰区和漳州台商投资区规模以上工业增加值分别增长7.7%和10.4%。\n",
				wants: []fig{
					{"长泰区", 2024, "", Reported, "industry_va_growth", 7.7, Exactly, ""},
					{"漳州台商投资区", 2024, "", Reported, "industry_va_growth", 10.4, Exactly, ""},
				},
			},
			not: []fig{{"漳州台商投资区", 2024, "", Reported, "industry_va_growth", 7.7, Exactly, ""}},
		},
	})
}

// One zone is one name in its own report, whether the title gives the
// long word for its kind and the text the short one, or the title the
// short name and the text the name with its city.
func TestZoneOneNameInItsReport(t *testing.T) {
	for _, text := range []string{
		"武汉青山新技术开发区2025年工作报告\n一、2024年工作回顾\n青山高新区地区生产总值增长6.2%。全区固定资产投资增长4.4%，新增高新技术企业300家。\n",
		"青山湖高新区2025年工作报告\n一、2024年工作回顾\n全区固定资产投资增长4.4%。南昌青山湖高新区规模以上工业增加值增长9.9%。\n",
	} {
		figs := Extract(text)
		if len(figs) < 2 {
			t.Fatalf("read %v from %q", figs, text)
		}
		for _, f := range figs {
			if f.Region != figs[0].Region {
				t.Errorf("%s filed under %q, the first under %q", f.Quote, f.Region, figs[0].Region)
			}
		}
	}
}

// Read in a document of the district's own province, a zone named by the
// district's short name is that district's (鄞州经开区 in a 宁波 report); in
// another province's document, or with none, it is filed by its own name.
func TestLookupZoneByStemNear(t *testing.T) {
	for _, tt := range []struct{ name, hint, parent string }{
		{"鄞州经开区", "33", "330212"},
		{"芙蓉高新区", "43", "430102"},
		{"东湖高新区", "42", ""},
		{"东湖高新区", "36", "360102"},
		{"鄞州经开区", "", ""},
	} {
		r, ok := LookupRegionNear(tt.name, tt.hint)
		if !ok || r.ParentCode != tt.parent || r.Level != LevelZone {
			t.Errorf("LookupRegionNear(%s, %q) = %+v, %v; want a zone under %q", tt.name, tt.hint, r, ok, tt.parent)
		}
	}
}

// A zone report's title with no province to go by names the zone by its
// own name when its stem is only a district's short name elsewhere, and a
// title's "2025年工作报告" is not read as a review of 2025 by the review
// heading on the next line.
func TestZoneTitleByOwnName(t *testing.T) {
	for _, tt := range []struct {
		text, code string
		year       int
	}{
		{"东湖高新区2025年工作报告\n一、2024年工作回顾\n地区生产总值增长6.8%。\n", "z:东湖高新区", 2025},
		{"株洲高新区2025年工作报告\n一、2024年工作回顾\n地区生产总值增长6.1%。\n", "4302-gx", 2025},
		{"宁波市鄞州区2024年政府工作报告\n一、2023年工作回顾\n鄞州经开区规模以上工业增加值增长8%。\n", "330212", 2024},
	} {
		a := Analyze(tt.text)
		if len(a.Articles) == 0 {
			t.Fatalf("%q: no article", tt.text)
		}
		if ar := a.Articles[0]; ar.Region.Code != tt.code || ar.ReportYear != tt.year {
			t.Errorf("%q: region %s, year %d; want %s, %d", tt.text[:30], ar.Region.Code, ar.ReportYear, tt.code, tt.year)
		}
	}
}

// A zone's title written with the long word for its kind names the zone by
// the short word people write (武汉东湖新技术开发区 → 武汉东湖高新区).
func TestZoneTitleShortKind(t *testing.T) {
	figs := Extract("武汉东湖新技术开发区2025年工作报告\n一、2024年工作回顾\n东湖高新区实现地区生产总值3180亿元，增长6.9%。\n")
	if len(figs) != 2 {
		t.Fatalf("got %d figures, want 2: %+v", len(figs), figs)
	}
	for _, f := range figs {
		if f.Region != "武汉东湖高新区" {
			t.Errorf("%s filed under %q, want 武汉东湖高新区", f.Indicator, f.Region)
		}
	}
}
