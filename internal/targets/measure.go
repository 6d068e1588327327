package targets

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// An indicator's name inside a longer noun names another measure: a part
// or sector of the region (海洋生产总值, 县域经济, 园区规模工业增加值,
// 入境游客), a ratio to it (人均地区生产总值, 单位GDP能耗 where no alias
// covers it, 占地区生产总值比重), or another quantity of the same noun
// (规模工业企业利润, 水质优良率). Such a figure is not the region's.

// foreignPrefixes narrow or change the measure when written right before
// an indicator's name.
var foreignPrefixes = []string{
	// ratios and intensities
	"人均", "户均", "劳均", "单位", "万元", "每万元", "每万人", "亿元",
	// parts of the region and groups that are not units
	"海洋", "县域", "镇域", "园区", "开发区", "片区", "核心区",
	"示范区", "脱贫地区", "脱贫县", "脱贫旗县", "脱贫村", "沿海", "山区", "沿海地区", "老区", "民族地区", "欠发达地区", "贫困地区", "山区县",
	// (groupings of units are groupPrefixes)
	// sectors and kinds of economy
	"民营", "民营经济", "非公", "非公有制经济", "数字经济", "核心产业", "文化产业", "旅游业", "农业",
	"林业", "渔业", "牧业", "工业", "装备", "装备制造业", "制造业", "建筑业", "服务业", "高技术", "新兴产业",
	"外资", "外商", "民间", "国有", "交通", "水利", "房地产", "基础设施", "技改", "产业", "文旅", "能源",
	"社会领域", "生态", "重点领域", "重大工程",
	// a group of the residents is not all of them (低收入农户人均可支配收入)
	"低收入农户", "低收入人口", "低收入群体", "低收入家庭", "脱贫人口", "脱贫户", "脱贫群众", "搬迁群众", "农户",
	// water is not air; a part of the visitors is not all of them
	"水质", "断面", "海域", "近岸海域", "饮用水", "地表水", "水环境", "入境", "国际", "境外", "海外", "外国", "外籍", "港澳台", "过夜", "乡村旅游",
}

// aggregatePrefixes narrow an economic aggregate to a part of the region
// (中心城区地区生产总值, 乡镇一般公共预算收入, 企业营收); air quality and
// works are reported for the 市区 or 乡镇 as a matter of course.
var aggregatePrefixes = []string{"城区", "中心城区", "主城区", "市区", "乡镇", "村级", "企业", "规上企业"}

// projectPrefixes narrow the region's investment or output to some
// projects' (招商引资项目完成固定资产投资); a projects' own measure
// (新签约项目总投资) is what investment_attracted counts.
var projectPrefixes = []string{"项目完成", "项目"}

// foreignSuffixes after an indicator's name make it another quantity.
var foreignSuffixes = []string{
	"企业利润", "利润", "利润总额", "企业营收", "营业收入", "营收", "企业数", "企业达", "总产值", "产值",
	"二氧化碳", "碳排放", "用水量", "能耗", "电耗",
	"的比例", "的比重", "比重", "的比", "占比", "占全国", "占全省", "占全市", "总量占", "的份额",
	"浓度", "排放",
}

// otherMeasure reports whether the name of st at runes [at,end) is part
// of a longer noun for another measure.
func otherMeasure(rs []rune, at, end int, st *stem, named bool) bool {
	if st.Key == "park_revenue" {
		return false // a park's revenue is named after the park
	}
	if partNamedAfter(rs, end) {
		return true // 社会消费品零售总额中网络零售额增长25%: the part's figure
	}
	if st.Key == "investment_attracted" && string(rs[at:end]) == "总投资" && listedProjectsBefore(rs, at) {
		return true // 安排重点项目500个,总投资8000亿元: the listed projects' size, not money signed
	}
	if at == 0 {
		return false
	}
	if st.Class != ClassCount && countedUnits(rs, at) { // 4个乡镇污水处理厂 counts plants
		return true // 北部湾经济区4市生产总值, 五个县区…: a group of units, not one
	}
	for _, w := range prefixesEndingIn.get(rs[at-1]) {
		if named {
			break
		}
		if hasBefore(rs, at, w) && !selfNamed(rs, at, w) && !(w == "区域" && (at == 2 || !isHan(rs[at-3]))) {
			return true // (not 区域 opening its clause: 区域空气质量…, the region's own)
		}
	}
	if !named && directionalPartBefore(rs, at) {
		return true // 苏南地区生产总值: a part of a province, no unit
	}
	if st.Class != ClassCount && st.Class != ClassPeople && !strings.Contains(string(rs[at:end]), "项目") &&
		at >= 2 && rs[at-1] == '个' && (isDigit(rs[at-2]) || isCnNumeral(rs[at-2])) {
		return true // 新增1个经济总量近千亿的县市: what describes the things counted
	}
	if st.Class != ClassPercent && st.Class != ClassCount && !named {
		for _, w := range aggregatePrefixes {
			if hasBefore(rs, at, w) {
				return true
			}
		}
		for _, w := range projectPrefixes {
			if hasBefore(rs, at, w) && (st.Key == "fai" || st.Key == "gdp" || st.Key == "retail_sales" || st.Key == "industry_va") {
				return true
			}
		}
	}
	if end < len(rs) {
		for _, w := range suffixesStartingWith.get(rs[end]) {
			if hasAt(rs, end, w) {
				return true
			}
		}
	}
	return false
}

// prefixesEndingIn and suffixesStartingWith index the word lists by the
// rune next to the name, so a check costs a lookup, not a scan.
var prefixesEndingIn, suffixesStartingWith = func() (*runeTable[string], *runeTable[string]) {
	pre, suf := &runeTable[string]{}, &runeTable[string]{}
	for _, w := range append(foreignPrefixes[:len(foreignPrefixes):len(foreignPrefixes)], groupPrefixes...) {
		rs := []rune(w)
		last := rs[len(rs)-1]
		pre.set(last, append(pre.get(last), w))
	}
	for _, w := range foreignSuffixes {
		r := []rune(w)[0]
		suf.set(r, append(suf.get(r), w))
	}
	return pre, suf
}()

// selfNamed keeps a prefix that is the region's own name ending in the
// word (a 工业园区 report's 园区 is itself): only where the word follows
// 全 or 我 (全园区, 我园区), which a part of the region never does.
func selfNamed(rs []rune, at int, w string) bool {
	n := len([]rune(w))
	return hasBefore(rs, at-n, "全") || hasBefore(rs, at-n, "我")
}

// subjectWords may stand before a verb in a clause that carries on the
// subject of the clause before it (…5.53万亿元、稳居全国前十强、增长4.8%).
var subjectWords = []string{"平均", "同比", "比上年", "较上年", "比去年", "分别", "年均", "其中", "实际", "名义", "可比价",
	"按可比价格计算", "预计", "全年", "增幅", "增速", "降幅", "收窄", "总量", "规模", "有望", "首次", "历史性", "连续", "稳定",
	"保持", "实现", "完成", "达到", "突破", "超过", "跨越", "迈上", "站上", "跃上", "跨上", "迈入", "进一步", "较", "比", "再", "又",
	"已", "均", "也", "达", "为", "是", "在", "和", "及", "与", "并", "且", "总额", "总计", "合计", "共", "累计",
	"亿元", "元", "个", "年", "以上", "左右", "以内",
	"项目", "过亿", "全省", "全市", "全县", "全区", "全州", "全国", "首个", "第一", "第二", "第三", "台阶", "大关",
	"历史", "新高", "创", "同口径", "可比口径", "下同", "上年", "去年", "力争", "确保", "争取", "努力", "总数", "按可比价格计算",
	"增长", "下降", "提高", "提升", "上升", "降低", "减少", "增加", "增至", "降至", "上涨", "回落", "到", "至",
	"今年", "明年", "提出", "新增", "净增", "安排", "控制", "维持"} // 控制在, 维持在: "在" goes first

// reQualifier is a qualifier before a rate (扣除留抵退税因素后, 按可比价格
// 计算, 剔除价格因素, 比2022年, “十四五”期间): it names no subject.
var reQualifier = regexp.MustCompile(`^(?:19|20)\d{2}年,?|(?:比|较)(?:19|20)\d{2}年(?:末|底)?|“?十[一二三四五六七]五”?(?:期间|时期|以来)|(?:扣除|剔除)[^,;。]{1,12}?(?:因素|影响)后?|按[^,;。]{1,8}?(?:计算|口径)|(?:同|自然)口径`)

// subjectless reports whether a clause's words before its number name no
// subject of their own (增长17.7%, 有望突破3000亿元), so that it may carry on
// the subject of the clause before it; 粮食产量1640亿斤 and 总磷浓度下降
// 11.7% name their own.
func subjectless(rs []rune, from, to int) bool {
	s := reQualifier.ReplaceAllString(string(rs[from:to]), "")
	for _, w := range subjectWords {
		s = strings.ReplaceAll(s, w, "")
	}
	n := 0
	for _, r := range s {
		if isHan(r) {
			n++
		}
	}
	return n < 2
}

// stockOf names the stock a flow indicator adds to, for a total that
// follows the year's additions (新增…1300家,总数突破1.1万家).
var stockOf = map[string]string{"hitech_enterprises_new": "hitech_enterprises"}

// flowOf is stockOf the other way round: the flow that adds to a stock.
var flowOf = func() map[string]string {
	m := map[string]string{}
	for flow, stock := range stockOf {
		m[stock] = flow
	}
	return m
}()

// flowOfListItem is the flow a stock's name at rs[at] counts when it is an
// item of a list that 新增 opens (全年新增规上工业企业85家、高新技术企业60家:
// 60 new high-tech enterprises, not 60 in all), nil otherwise: the item
// follows a 、 and nothing in the list or the item gives a total (总数,
// 累计, 达到: 高新技术企业总数达600家 is the stock).
func flowOfListItem(rs []rune, from, at int, key string) *stem {
	if at < 1 || rs[at-1] != '、' || from >= at {
		return nil
	}
	flow, ok := flowOf[key]
	if !ok {
		return nil
	}
	end := at
	for end < len(rs) && end < at+16 && !strings.ContainsRune("、,;。", rs[end]) {
		end++
	}
	list, item := string(rs[from:at]), string(rs[at:end])
	i := strings.Index(list, "新增")
	if i < 0 || utf8.RuneCountInString(list[:i]) > 6 || containsAny(list+item, "总数", "累计", "总量", "共有", "达到", "达", "突破", "超过", "总计") {
		return nil
	}
	return stemByKey(flow)
}

// partNamedAfter reports whether a part of the measure is named right
// after its name (社会消费品零售总额中网络零售额, 一般公共预算收入中税收收入
// 占比): the figure that follows is the part's. Not 中央, 中心, 中国, 中小
// or 中部…, which open other words.
func partNamedAfter(rs []rune, end int) bool {
	if end+2 >= len(rs) || rs[end] != '中' || !isHan(rs[end+1]) || strings.ContainsRune("央心国小长期部西东南北华间高低等", rs[end+1]) {
		return false
	}
	j := end + 1
	for j < len(rs) && j < end+14 && isHan(rs[j]) {
		j++
	}
	part := string(rs[end+1 : j])
	for _, w := range []string{"额", "值", "收入", "比重", "占比", "产值", "投资"} {
		if strings.Contains(part, w) {
			return true
		}
	}
	return false
}

// notTheWhole reports whether the clause before an indicator's name makes
// its figure a part of the region's or an effect of something: what an
// event or a project drove (旅发大会带动游客人数…增长10.6%: the host
// places', not the province's), or trade with one partner (对东盟、共建
// “一带一路”国家进出口总额分别增长…).
func notTheWhole(rs []rune, from, at int) bool {
	if from >= at {
		return false
	}
	clause := string(rs[from:at])
	lead := strings.TrimLeft(clause, "—-·● ")
	// 对照/对标/对表 the plan: measured against its targets, not one partner's.
	partner := strings.HasPrefix(lead, "对") && !containsAny(lead[:min(len(lead), 6)], "对照", "对标", "对表")
	return strings.Contains(clause, "带动") || partner
}

// unitWords are the level words a count of units ends in (4市, 五个县区).
var unitWords = []string{"县市区", "县市", "市县", "县区", "区县", "旗县", "乡镇", "市", "县", "区", "州", "旗"}

// countedUnits reports whether the name at rs[at] follows a count of
// units (北部湾经济区4市, 五个县区): their sum, which is no unit's. Not where
// the units are named before the count (太原、晋中两市…分别增长: read as
// named).
func countedUnits(rs []rune, at int) bool {
	for _, w := range unitWords {
		if !hasBefore(rs, at, w) {
			continue
		}
		j := at - len([]rune(w))
		if j > 0 && rs[j-1] == '个' {
			j--
		}
		k := j
		for k > 0 && (isDigit(rs[k-1]) || strings.ContainsRune("两二三四五六七八九十", rs[k-1])) {
			k--
		}
		if k == j {
			continue
		}
		_, named := Regions().FindEndingAt(rs, 0, k, true, "")
		return !named
	}
	return false
}

// listedProjectsBefore reports whether the sentence before rs[at] counts
// projects of a list the government keeps (重点项目, 重大项目) rather than
// projects signed or brought in: the 总投资 that follows is their size.
func listedProjectsBefore(rs []rune, at int) bool {
	from := at
	for from > 0 && at-from < 40 && !strings.ContainsRune("。;\n", rs[from-1]) {
		from--
	}
	before := string(rs[from:at])
	return containsAny(before, "重点项目", "重大项目", "重点建设项目", "重点工程") && !containsAny(before, "签约", "签订", "签署", "引进", "招引", "落地", "招商", "洽谈")
}

// parkRevenueHome files a county's park revenue (迁安经开区…,园区技工贸总收入
// 完成1430亿元) under the county, as the catalogue keeps it: the park's
// 技工贸 total is how a county reports its park, whichever of the two the
// clause named.
func (p *sentenceParser) parkRevenueHome() {
	if p.home.Level != LevelCounty {
		return
	}
	for i := range p.out {
		r := &p.out[i]
		if strings.HasPrefix(r.key, "park_revenue") && r.region.Level == LevelZone && r.region.ParentCode == p.home.Code {
			r.region, r.subjectBy = Region{}, ByOwn
		}
	}
}
