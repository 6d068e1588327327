package targets

import (
	"sort"
	"strings"
)

// UnitClass groups canonical units so a number is only ever attached to an
// indicator whose unit it can be converted into.
type UnitClass int

// Unit classes of the catalogue.
const (
	ClassPercent UnitClass = iota // %
	ClassMoney                    // 亿元 (or 亿美元)
	ClassYuan                     // 元, per-person amounts
	ClassPeople                   // 人
	ClassVisits                   // 万人次
	ClassCount                    // 个, 家, 座, 户, 天 …
	ClassOther                    // a unit no indicator is counted in (吨, 亩, 千瓦)
)

// Indicator is one entry of the catalogue (shared/spec/indicators.md).
type Indicator struct {
	Key            string
	Zh             string
	En             string
	Unit           string
	Class          UnitClass
	Headline       bool
	HigherIsBetter bool
}

// stem is the data the extractor matches: a level indicator with its
// wordings; its growth rate X_growth is derived.
type stem struct {
	Key      string
	Zh, En   string
	Unit     string
	Class    UnitClass
	Head     bool // the level is a headline indicator
	HeadG    bool // the growth is a headline indicator
	Lower    bool // lower is better (unemployment, CPI, poverty)
	NoLevel  bool // only the growth is in the catalogue
	NoGrowth bool // a rate or count with no growth key worth reading
	// DropPositive: 下降 gives a positive value (能耗下降5% is a 5% cut).
	DropPositive bool
	// Flow: a count of what happened in a year (新增就业, 引进项目); over a
	// five-year span it is the span's total, not the last year's level.
	Flow    bool
	Aliases []string
}

// stems is the catalogue as data. Aliases are the wordings reports use for
// the indicator's noun; the longest alias wins where several match.
var stems = []stem{
	{Key: "gdp", Zh: "地区生产总值", En: "GDP", Unit: "亿元", Class: ClassMoney, Head: true, HeadG: true,
		Aliases: []string{"地区生产总值", "生产总值", "GDP", "国内生产总值", "经济总量", "地方生产总值", "经济增长", "经济增速", "地区GDP", "总量"}},
	{Key: "industry_va", Zh: "规模工业增加值", En: "Industrial value added (above scale)", Unit: "亿元", Class: ClassMoney, HeadG: true,
		Aliases: []string{"规模工业增加值", "规模以上工业增加值", "规上工业增加值", "规模以上工业企业增加值", "规模工业"}},
	{Key: "fai", Zh: "固定资产投资", En: "Fixed-asset investment", Unit: "亿元", Class: ClassMoney, HeadG: true,
		Aliases: []string{"固定资产投资", "全社会固定资产投资", "固投", "全年投资", "全社会投资"}},
	{Key: "retail_sales", Zh: "社会消费品零售总额", En: "Retail sales of consumer goods", Unit: "亿元", Class: ClassMoney, HeadG: true,
		Aliases: []string{"社会消费品零售总额", "社会消费品零售额", "社零总额", "社零"}},
	{Key: "budget_revenue", Zh: "一般公共预算收入", En: "General public budget revenue", Unit: "亿元", Class: ClassMoney, Head: true, HeadG: true,
		Aliases: []string{"一般公共预算收入", "公共财政收入", "公共财政预算收入", "一般公共财政预算收入", "财政一般预算收入", "本级一般公共预算收入", "一般预算收入"}},
	{Key: "local_budget_revenue", Zh: "地方一般公共预算收入", En: "Local general public budget revenue", Unit: "亿元", Class: ClassMoney, Head: true, HeadG: true,
		Aliases: []string{"地方一般公共预算收入", "地方财政收入", "地方公共财政收入", "地方财政预算收入", "地方级财政收入", "地方级收入", "地方收入", "一般公共预算地方收入", "地方一般预算收入", "地方公共财政预算收入"}},
	{Key: "fiscal_revenue", Zh: "财政总收入", En: "Total fiscal revenue", Unit: "亿元", Class: ClassMoney,
		Aliases: []string{"财政总收入", "全部财政收入"}},
	{Key: "tax_revenue", Zh: "税收收入", En: "Tax revenue", Unit: "亿元", Class: ClassMoney,
		Aliases: []string{"税收收入", "税收总额", "完成税收"}}, // 累计完成税收2980亿元
	{Key: "import_export", Zh: "进出口总额", En: "Imports and exports", Unit: "亿元", Class: ClassMoney,
		Aliases: []string{"进出口总额", "外贸进出口总额", "外贸进出口", "进出口总值", "对外贸易进出口总额", "货物进出口总额", "货物贸易进出口", "货物进出口", "外贸进出口总值", "对外贸易"}},
	{Key: "services_revenue", Zh: "规模以上服务业营业收入", En: "Services revenue (above scale)", Unit: "亿元", Class: ClassMoney, NoLevel: true,
		Aliases: []string{"规模以上服务业营业收入", "规上服务业营业收入", "规模以上服务业企业营业收入", "规上服务业营收", "规模以上服务业营收"}},
	{Key: "industry_structure", Zh: "三次产业结构", En: "Structure of the three sectors (tertiary share)", Unit: "%", Class: ClassPercent, NoGrowth: true,
		Aliases: []string{"三次产业结构", "三次产业结构比", "产业结构", "三次产业比"}},

	{Key: "disposable_income", Zh: "居民人均可支配收入", En: "Per-capita disposable income", Unit: "元", Class: ClassYuan, HeadG: true,
		Aliases: []string{"居民人均可支配收入", "城乡居民人均可支配收入", "城乡常住居民人均可支配收入", "城、乡居民人均可支配收入", "城乡居民人均收入", "全体居民人均可支配收入", "城乡居民收入", "居民收入", "人均可支配收入", "全体居民人均收入"}},
	{Key: "urban_disposable_income", Zh: "城镇居民人均可支配收入", En: "Urban per-capita disposable income", Unit: "元", Class: ClassYuan, HeadG: true,
		Aliases: []string{"城镇居民人均可支配收入", "城镇居民收入", "城镇居民人均收入", "城镇常住居民人均可支配收入", "城镇常住居民收入",
			"城市居民人均可支配收入", "城市常住居民人均可支配收入", "城市居民人均收入", "城市居民收入"}}, // 城市: what 广州 and others call the urban series
	{Key: "rural_disposable_income", Zh: "农村居民人均可支配收入", En: "Rural per-capita disposable income", Unit: "元", Class: ClassYuan, HeadG: true,
		Aliases: []string{"农村居民人均可支配收入", "农村居民收入", "农民人均可支配收入", "农村常住居民人均可支配收入", "农村居民人均收入", "农牧民人均可支配收入", "农牧民收入", "农牧民人均收入", "农村牧区常住居民人均可支配收入",
			"农村牧区居民人均可支配收入", "农村牧区居民收入", "农村牧区居民人均收入", "牧区居民人均可支配收入", "牧区居民收入", "牧民人均可支配收入"}},
	{Key: "cpi", Zh: "居民消费价格涨幅", En: "Consumer price rise (CPI)", Unit: "%", Class: ClassPercent, Head: true, Lower: true, NoGrowth: true,
		Aliases: []string{"居民消费价格指数涨幅", "居民消费价格涨幅", "居民消费价格总水平", "居民消费价格指数", "居民消费价格", "CPI", "物价涨幅", "消费价格涨幅", "物价总水平", "物价"}},
	{Key: "surveyed_unemployment", Zh: "城镇调查失业率", En: "Surveyed urban unemployment", Unit: "%", Class: ClassPercent, Head: true, Lower: true, NoGrowth: true,
		Aliases: []string{"城镇调查失业率", "调查失业率"}},
	{Key: "registered_unemployment", Zh: "城镇登记失业率", En: "Registered urban unemployment", Unit: "%", Class: ClassPercent, Lower: true, NoGrowth: true,
		Aliases: []string{"城镇登记失业率", "登记失业率"}},
	{Key: "new_urban_jobs", Zh: "新增城镇就业", En: "New urban jobs", Unit: "人", Class: ClassPeople, Flow: true,
		Aliases: []string{"新增城镇就业", "城镇新增就业", "新增城镇就业人口", "新增城镇就业人数", "城镇新增就业人数", "新增就业"}},
	{Key: "rural_labour_transfer", Zh: "农村劳动力转移就业", En: "Rural labour transferred to jobs", Unit: "人", Class: ClassPeople, Flow: true,
		Aliases: []string{"农村劳动力转移就业", "新增农村劳动力转移就业", "转移农村劳动力", "农村劳动力转移", "转移就业"}},
	{Key: "poverty_rate", Zh: "贫困发生率", En: "Poverty incidence", Unit: "%", Class: ClassPercent, Lower: true, NoGrowth: true,
		Aliases: []string{"贫困发生率"}},
	{Key: "poverty_exits", Zh: "脱贫人数", En: "People lifted out of poverty", Unit: "人", Class: ClassPeople, NoGrowth: true, Flow: true,
		Aliases: []string{"脱贫人数", "减少贫困人口", "减少农村贫困人口", "农村贫困人口脱贫", "贫困人口脱贫", "脱贫退出", "脱贫", "减贫"}},

	{Key: "air_quality_rate", Zh: "空气质量优良率", En: "Share of good air-quality days", Unit: "%", Class: ClassPercent, Head: true, NoGrowth: true,
		Aliases: []string{"空气优良率", "空气质量优良率", "空气质量优良天数比例", "空气质量优良天数比率", "空气质量优良天数率", "空气优良天数率", "优良天数率", "空气优良天数比率", "空气优良天数比例", "环境空气质量优良率", "优良率", "优良天数比例", "优良天数比率", "空气质量达标率", "空气质量达标天数比例", "空气质量达标天数比率"}},
	{Key: "air_quality_days", Zh: "空气质量优良天数", En: "Good air-quality days", Unit: "天", Class: ClassCount, Head: true, NoGrowth: true,
		Aliases: []string{"空气质量二级以上良好天数", "二级以上良好天数", "空气质量优良天数", "空气优良天数", "优良天数", "蓝天"}},
	{Key: "forest_coverage", Zh: "森林覆盖率", En: "Forest coverage", Unit: "%", Class: ClassPercent, NoGrowth: true,
		Aliases: []string{"森林覆盖率"}},
	{Key: "energy_intensity_cut", Zh: "单位GDP能耗下降", En: "Cut in energy use per unit of GDP", Unit: "%", Class: ClassPercent, NoGrowth: true, DropPositive: true,
		Aliases: []string{"万元GDP能耗", "单位GDP能耗", "单位国内生产总值能耗", "万元生产总值能耗", "单位生产总值能耗", "单位地区生产总值能耗", "万元地区生产总值能耗"}},
	{Key: "black_odorous_water", Zh: "黑臭水体整治", En: "Black and odorous water bodies treated", Unit: "个", Class: ClassCount, NoGrowth: true,
		Aliases: []string{"黑臭水体"}},
	{Key: "sewage_plants", Zh: "污水处理厂", En: "Sewage treatment plants", Unit: "座", Class: ClassCount, NoGrowth: true,
		Aliases: []string{"污水处理厂", "生活污水处理设施", "污水处理设施"}},
	{Key: "sanitary_toilet_rate", Zh: "农村卫生厕所普及率", En: "Rural sanitary toilet coverage", Unit: "%", Class: ClassPercent, NoGrowth: true,
		Aliases: []string{"农村卫生厕所普及率", "卫生厕所普及率", "无害化卫生厕所普及率", "卫生户厕普及率", "农村卫生户厕普及率"}},

	{Key: "hitech_enterprises", Zh: "高新技术企业", En: "High-tech enterprises", Unit: "家", Class: ClassCount, NoGrowth: true,
		Aliases: []string{"高新技术企业", "高新技术企业总数", "国家高新技术企业", "国家级高新技术企业"}},
	{Key: "hitech_enterprises_new", Zh: "新增高新技术企业", En: "New high-tech enterprises", Unit: "家", Class: ClassCount, NoGrowth: true, Flow: true,
		Aliases: []string{"新增国家级高新技术企业", "新认定国家级高新技术企业", "新增高新技术企业", "新认定高新技术企业", "培育高新技术企业", "新增国家高新技术企业", "获高新技术企业认证", "高新技术企业认证", "新认定国家高新技术企业", "新认定国家级高新技术企业"}},
	{Key: "hitech_va", Zh: "高新技术产业增加值", En: "High-tech industry value added", Unit: "亿元", Class: ClassMoney,
		Aliases: []string{"高新技术产业增加值", "高新技术产业实现增加值"}},
	{Key: "rd_intensity", Zh: "研发经费投入强度", En: "R&D intensity", Unit: "%", Class: ClassPercent, NoGrowth: true,
		Aliases: append(rdShareAliases(), "研发投入强度", "R&D经费占比", "研发经费投入强度", "R&D经费投入强度", "研究与试验发展经费投入强度", "全社会研发经费投入强度",
			"全社会研发经费支出相当于全市生产总值的比例")},
	{Key: "projects_introduced", Zh: "引进项目", En: "Projects introduced or signed", Unit: "个", Class: ClassCount, NoGrowth: true, Flow: true,
		Aliases: []string{"新引进", "引进", "签约", "招引", "新签约", "签约引进", "招商引进", "引进项目", "签约项目", "招引项目",
			"招商引资项目", "签约招商引资项目", "新签约招商引资项目", "引进招商引资项目"}}, // not 引资, the money, inside it
	{Key: "projects_started", Zh: "新开工项目", En: "Projects started", Unit: "个", Class: ClassCount, NoGrowth: true, Flow: true,
		Aliases: []string{"新开工", "开工", "开工建设", "开工项目", "新开工项目", "开工任务", "新动工项目", "动工项目"}},
	{Key: "projects_completed", Zh: "竣工项目", En: "Projects completed", Unit: "个", Class: ClassCount, NoGrowth: true, Flow: true,
		Aliases: []string{"竣工", "新竣工", "竣工投产", "竣工项目", "竣工任务", "建成投产"}},
	{Key: "key_project_investment", Zh: "重点项目完成投资", En: "Investment in key projects", Unit: "亿元", Class: ClassMoney, NoGrowth: true,
		Aliases: []string{"重点项目投资", "重点项目完成投资", "重点建设项目完成投资", "重点项目建设完成投资", "重大项目完成投资", "重大项目投资", "计划投资总额", "年度计划投资", "年度投资", "重点项目累计完成投资", "完成年度投资", "完成投资"}},
	{Key: "investment_attracted", Zh: "合同引资", En: "Investment contracted", Unit: "亿元", Class: ClassMoney, Flow: true,
		Aliases: []string{"签约总金额", "合同引资", "协议投资额", "协议投资", "总投资", "引资", "签约金额", "签约额", "签约资金", "合同金额", "到位资金"}},
	{Key: "market_entities_new", Zh: "新增市场主体", En: "New market entities", Unit: "户", Class: ClassCount, Flow: true,
		Aliases: []string{"新增各类市场主体", "新登记各类市场主体", "新增市场主体", "新注册市场主体", "新增登记市场主体", "新登记市场主体", "新设立市场主体",
			"新增经营主体", "新注册经营主体", "新登记经营主体", "新设立经营主体", "新增登记经营主体", "新设市场主体", "新设经营主体"}},
	{Key: "park_revenue", Zh: "园区技工贸总收入", En: "Park technical-industrial-trade revenue", Unit: "亿元", Class: ClassMoney,
		Aliases: []string{"园区技工贸总收入", "技工贸总收入", "技工贸收入", "技工贸总值", "园区技工贸收入"}},
	{Key: "tourists", Zh: "接待游客", En: "Tourist visits", Unit: "万人次", Class: ClassVisits,
		Aliases: []string{"接待游客", "旅游接待人数", "游客接待量", "接待国内外游客", "旅游人次", "总人次", "游客", "接待旅游人数", "旅游接待"}},
	{Key: "tourism_revenue", Zh: "旅游综合收入", En: "Tourism revenue", Unit: "亿元", Class: ClassMoney,
		Aliases: []string{"旅游综合收入", "旅游总收入", "旅游综合总收入", "旅游收入", "实现旅游收入", "游客总花费", "旅游总花费"}},
	{Key: "urbanization_rate", Zh: "城镇化率", En: "Urbanisation rate", Unit: "%", Class: ClassPercent, NoGrowth: true,
		Aliases: []string{"城镇化率", "常住人口城镇化率"}},
}

var catalogue = buildCatalogue()

func buildCatalogue() map[string]Indicator {
	m := map[string]Indicator{}
	for _, s := range stems {
		if !s.NoLevel {
			m[s.Key] = Indicator{Key: s.Key, Zh: s.Zh, En: s.En, Unit: s.Unit, Class: s.Class, Headline: s.Head, HigherIsBetter: !s.Lower}
		}
		if !s.NoGrowth {
			g := s.Key + "_growth"
			m[g] = Indicator{Key: g, Zh: s.Zh + "增长", En: s.En + " growth", Unit: "%", Class: ClassPercent, Headline: s.HeadG, HigherIsBetter: !s.Lower}
		}
	}
	return m
}

// LookupIndicator returns the catalogue entry for key. Keys outside the
// catalogue (other:…) get a generic entry named after their Chinese text.
func LookupIndicator(key string) (Indicator, bool) {
	if in, ok := catalogue[key]; ok {
		return in, true
	}
	if name, ok := strings.CutPrefix(key, "other:"); ok && name != "" {
		return Indicator{Key: key, Zh: name, En: name, HigherIsBetter: true}, true
	}
	return Indicator{}, false
}

// Indicators lists the catalogue, headline indicators first, then by key.
func Indicators() []Indicator {
	out := make([]Indicator, 0, len(catalogue))
	for _, in := range catalogue {
		out = append(out, in)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Headline != out[j].Headline {
			return out[i].Headline
		}
		return out[i].Key < out[j].Key
	})
	return out
}

// HeadlineKeys lists the ★ indicators in the order a report's target list
// usually gives them.
func HeadlineKeys() []string {
	return []string{"gdp_growth", "gdp", "industry_va_growth", "fai_growth", "retail_sales_growth",
		"budget_revenue_growth", "budget_revenue", "local_budget_revenue_growth", "local_budget_revenue",
		"disposable_income_growth", "urban_disposable_income_growth", "rural_disposable_income_growth",
		"cpi", "surveyed_unemployment", "air_quality_rate", "air_quality_days"}
}

// Aliases lists the wordings reports use for an indicator's noun (for a
// growth key, those of its level): what a search for 社零 should find.
func Aliases(key string) []string {
	base := strings.TrimSuffix(key, "_growth")
	for _, s := range stems {
		if s.Key == base {
			return s.Aliases
		}
	}
	return nil
}

// rdShareAliases spells R&D spending as a share of output every way reports
// put its parts together: the spending (研发经费, 研究与试验发展经费支出, R&D经费投入…),
// 占 or 相当于, the output (GDP, 生产总值, 地区生产总值) and 比重 or 比例.
func rdShareAliases() []string {
	var out []string
	for _, body := range []string{"研发经费", "研发投入", "研究与试验发展经费", "R&D经费", "R&D投入", "全社会研发经费", "全社会R&D经费"} {
		for _, spend := range []string{"", "支出", "投入"} {
			if (body == "研发投入" || body == "R&D投入") && spend != "" {
				continue
			}
			for _, link := range []string{"占", "相当于"} {
				for _, whole := range []string{"GDP", "生产总值", "地区生产总值"} {
					for _, end := range []string{"比重", "的比重", "比例", "的比例"} {
						out = append(out, body+spend+link+whole+end)
					}
				}
			}
		}
	}
	return out
}
