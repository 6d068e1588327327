package targets

import "strings"

// raw is a figure as the sentence parser reads it, before the article's
// context gives it a region, year and kind.
type raw struct {
	region      Region // the unit the figure is about, when not the report's own
	subjectBy   Basis  // what named that unit
	start       bool   // the start of a from–to statement (由X提高到Y: X)
	key         string
	q           Quantity
	value       float64
	unit        string
	cmp         Comparator
	from, to    int // working-rune span of the quote
	avg, cum    bool
	sameCaliber bool
	valueText   string
	year        int // a year the parser saw attached to this value (ratios)
	carried     bool
	pastTarget  bool // the target the result before it was set (…增长2.8%(年度预期目标为6.5%左右))
	ahead       bool // a target of the year ahead whose indicator is carried (…增长4.5%,今年预期增长5%)
	// since is the base year the text measures a growth rate from (比2022年增长5.7%,
	// 比2020年增长27.6%,年均增长6.3%): the reader keeps a rate over the year
	// before its own and gives an average its span.
	since int
	// listYear is set where r.year is the slot's year in a list of years
	// (2022年、2023年,…分别增长a、b).
	listYear bool
}

// keyword kinds the sentence parser reacts to.
type kw int

const (
	kwGrowth kw = iota + 1
	kwAvgGrowth
	kwDrop
	kwLevelTo // 提高到, 降至: a level follows
	kwEach    // 分别, 均
	kwAtLeast // 突破, 超过
	kwAtMost  // 低于, 不超过
	kwAbout   // 约
	kwShare   // 占: a share of another indicator follows
	kwSame    // 同口径
	kwCum     // 累计
	kwAvg     // 年均 before 分别增长: the rates that follow are averages
	kwPlain   // a word read only so that a shorter keyword inside it is not (平均 is not 均)
)

type keyword struct {
	text string
	kind kw
}

// keywords, longest first where one is a prefix of another.
var keywords = []keyword{
	{"年均增长", kwAvgGrowth}, {"年均增速", kwAvgGrowth}, {"每年增长", kwAvgGrowth}, {"年平均增长", kwAvgGrowth}, {"年均增", kwAvgGrowth}, {"年均", kwAvg}, {"年平均", kwAvg},
	{"增长到", kwLevelTo}, {"增长至", kwLevelTo}, {"增加到", kwLevelTo}, {"增加至", kwLevelTo}, {"增至", kwLevelTo},
	{"扩大到", kwLevelTo}, {"扩大至", kwLevelTo}, {"减少到", kwLevelTo}, {"减少至", kwLevelTo}, {"提高为", kwLevelTo}, {"降为", kwLevelTo},
	{"同比增长", kwGrowth}, {"比上年增长", kwGrowth}, {"较上年增长", kwGrowth}, {"同比增", kwGrowth}, {"比增", kwGrowth},
	{"增长", kwGrowth}, {"增速", kwGrowth}, {"上涨", kwGrowth}, {"增幅", kwGrowth}, {"涨幅", kwGrowth}, {"降幅", kwDrop},
	{"提高到", kwLevelTo}, {"提高至", kwLevelTo}, {"提升到", kwLevelTo}, {"提升至", kwLevelTo}, {"上升至", kwLevelTo}, {"上升到", kwLevelTo},
	{"下降到", kwLevelTo}, {"下降至", kwLevelTo}, {"降至", kwLevelTo}, {"降到", kwLevelTo}, {"降低到", kwLevelTo}, {"降低至", kwLevelTo},
	{"控制在", kwLevelTo}, {"保持在", kwLevelTo}, {"稳定在", kwLevelTo}, {"调整为", kwLevelTo}, {"优化为", kwLevelTo},
	{"负增长", kwDrop}, {"同比下降", kwDrop}, {"比上年下降", kwDrop}, {"同比回落", kwDrop}, {"比上年回落", kwDrop}, {"较上年回落", kwDrop}, {"下降", kwDrop}, {"降低", kwDrop}, {"减少", kwDrop},
	{"分别", kwEach}, {"平均", kwPlain}, {"均", kwEach}, {"双双", kwEach}, {"都", kwEach},
	{"突破", kwAtLeast}, {"超过", kwAtLeast}, {"不低于", kwAtLeast}, {"不少于", kwAtLeast}, {"至少", kwAtLeast}, {"跨越", kwAtLeast}, {"迈上", kwAtLeast}, {"站上", kwAtLeast},
	{"跨上", kwAtLeast}, {"连跨", kwAtLeast}, {"跃上", kwAtLeast}, {"迈入", kwAtLeast}, {"逾", kwAtLeast}, {"超", kwAtLeast}, {"过", kwAtLeast},
	{"不超过", kwAtMost}, {"不高于", kwAtMost}, {"不多于", kwAtMost}, {"低于", kwAtMost},
	{"约", kwAbout}, {"近", kwAbout},
	{"占", kwShare}, {"同口径", kwSame}, {"扣除", kwSame}, {"剔除", kwSame}, {"累计", kwCum}, {"共计", kwCum},
	{"共接待", kwCum}, {"共完成", kwCum}, {"共引进", kwCum}, {"共实施", kwCum}, {"共新增", kwCum}, {"共减少", kwCum},
}

// aliasIndex maps the first rune of every alias to the stems it may start.
type aliasEntry struct {
	text []rune
	stem *stem
}

var aliasIndex = buildAliasIndex()

// blockers are wordings that look like an indicator but are ambiguous
// (a bare 财政收入; 一般公共预算总收入, a wider total than the catalogue's
// 一般公共预算收入): they stop a number from being read as anything.
var blockers = []string{"财政收入", "一般公共预算总收入", "公共财政预算总收入", "税收", "工业总产值", "地方税收", "外贸出口", "出口总额", "净增", "实际使用", "实际利用", "第三产业", "第一产业", "第二产业", "服务业增加值", "农业增加值", "工业投资", "民间投资", "产业投资", "制造业投资", "基础设施投资", "房地产",
	"农民人均纯收入", "农村居民人均纯收入", "农民纯收入", // the old measure of rural income, not the catalogue's disposable income
	"脱贫摘帽", "脱贫人口务工", "脱贫人口人均", "脱贫人口收入", "脱贫人口就业", "脱贫劳动力", "脱贫群众人均", // those who left poverty, measured otherwise: no count of them
	"限额以上社会消费品零售总额", "限额以上消费品零售额", "限上社会消费品零售总额", "限上消费品零售额", "社会消费品零售总额(限额以上)"} // the above-quota part of retail sales, not the total

func buildAliasIndex() *runeTable[aliasEntry] {
	m := map[rune][]aliasEntry{}
	for i := range stems {
		st := &stems[i]
		for _, a := range st.Aliases {
			rs := []rune(a)
			m[rs[0]] = append(m[rs[0]], aliasEntry{rs, st})
		}
	}
	for _, b := range blockers {
		rs := []rune(b)
		m[rs[0]] = append(m[rs[0]], aliasEntry{rs, nil})
	}
	t := &runeTable[aliasEntry]{}
	for r, es := range m {
		// longest first
		for i := 1; i < len(es); i++ {
			for j := i; j > 0 && len(es[j].text) > len(es[j-1].text); j-- {
				es[j], es[j-1] = es[j-1], es[j]
			}
		}
		t.set(r, es)
	}
	return t
}

func runesEqual(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func matchAlias(rs []rune, i int) (aliasEntry, bool) {
	for _, e := range aliasIndex.get(rs[i]) {
		if i+len(e.text) <= len(rs) && runesEqual(rs[i:i+len(e.text)], e.text) {
			return e, true
		}
	}
	return aliasEntry{}, false
}

// keywordIndex maps a first rune to the keywords starting with it, in
// the table's order (longest first where it matters).
var keywordIndex = func() *runeTable[keyword] {
	t := &runeTable[keyword]{}
	for _, k := range keywords {
		r := []rune(k.text)[0]
		t.set(r, append(t.get(r), k))
	}
	return t
}()

func matchKeyword(rs []rune, i int) (keyword, bool) {
	for _, k := range keywordIndex.get(rs[i]) {
		if hasAt(rs, i, k.text) {
			return k, true
		}
	}
	return keyword{}, false
}

// lastYearAll reports whether keyword k at rs[i] is 年均 read across 去年均
// (四川、湖北去年均增长6%: last year, both grew 6%), not an average.
func lastYearAll(rs []rune, i int, k keyword) bool {
	return (k.kind == kwAvg || k.kind == kwAvgGrowth) && strings.HasPrefix(k.text, "年均") && i > 0 && strings.ContainsRune("去今明", rs[i-1])
}

type pending struct {
	st        *stem
	from      int
	growth    bool
	drop      bool
	avg       bool
	levelTo   bool
	multi     bool     // 五年增长30.8%: growth over several years, not a year's rate
	rateNoun  bool     // the rate was named as a noun (增速, 增幅, 降幅): a level verb after it (提高到) moves the rate
	regions   []Region // the units the figure is about, when not the report's own
	regionsBy Basis    // ByNamed or ByClause
	year      int      // the year a list of years gives this slot (2022年、2023年,…分别增长a、b), 0 for none
}

// sentenceParser reads the figures of one sentence: indicators, the
// verbs after them and their numbers, with lists (分别), carried subjects
// (…突破800亿元,增长17.7%) and numbers written before their noun (230个项目开工).
type sentenceParser struct {
	rs      []rune
	out     []raw
	pend    []pending
	last    *pending
	lastEnd int
	// startEnd is where the start of a from–to read for the subject just
	// read ends (由2012年的11939亿元): its end value may follow it.
	startEnd   int
	clauseFrom int
	each       bool
	eachIdx    int
	cmp        Comparator
	same       bool
	cum        bool
	base       bool
	baseYear   int // the year 比/较 named as the clause's base (比2022年), 0 for none or 十二五末
	sentBase   int // the last such year in the sentence, for a 年均 after it
	based      map[int]int
	share      bool
	orphans    []Quantity
	// listed holds the subjects given levels in this sentence, in order, for
	// a 分别 list of growth rates that follows them (A 59亿元、B 5.5亿元,
	// 同比分别增长8.2%、15.3%).
	listed []pending
	// eachLevels holds the subjects the last 分别 list gave levels, for
	// rates that follow it without a 分别 of their own.
	eachLevels []pending
	// eachRates holds the subjects the last 分别 list gave rates, for the
	// levels a second 分别 gives them after it.
	eachRates []pending
	// verbs seen with no indicator pending (…,增长17.7%)
	loose pending
	// from is set by 由/从 before a number: the next value (or list of
	// values) is the start of a from–to statement, fromYear the year the
	// text gives it (从2021年的46503元), fromList while a list of starts is read.
	from     bool
	fromYear int
	fromList bool
	// fromRate is the verb a start's rate is given with (由上年增长6.1%转为
	// 下降3.2%, 从上年的下降2.1%回升至增长3.2%): kwGrowth or kwDrop, 0 for none.
	fromRate kw
	// home is the report's region, hint its code's province prefix (to
	// tell apart units that share a short name); clauseSubject the units
	// that open the current clause.
	respective      bool // 分别 (not 均): one value per listed subject
	allOf           bool // 均, 双双: one value for every listed subject
	home            Region
	hint            string
	clauseSubject   []Region
	speaker         []Region // the units a clause of speech named (马龙区提出,): the later clauses' subject
	baseAll         bool     // 与2010年相比 opened the sentence's growth rates: growth since then
	lastCum         bool     // the figure last read is a total over several years (累计)
	cutList         bool     // the units named before the indicator just read are a list with a name unread
	clauseSubjectAt int      // clauseFrom+1 when clauseSubject was read for the clause in force
	carriedRegions  []Region // the units named in the segment a carried value stands in
	carriedSelf     bool     // that segment opens with its own subject (全省, 我市, the report's name): carriedRegions, or nil for the report's own
	carriedNobody   bool     // …a subject that is no unit the report knows (全省 where its province is not known)
	carriedAside    bool     // …and gives its value by a copula (全国为0.2%, 全省为0.1%): a comparison beside the sentence's own subject
	sentSubject     []Region // the unit the sentence last named as a figure's owner
	sentFrom        int      // where the sentence starts
	groupHeld       bool     // the sentence last spoke of a regional grouping (长株潭), which no figure of it is
	listFrom        int      // where in out the 分别 list being read began
	eachWord        bool     // the sentence has 分别 or 均: shared-head lists are worth looking for
	// leadTarget is set in a clause whose figures a lead word names as the
	// year's targets (…年初预期增长8%); leadList holds the subjects of such a
	// clause's 分别 list, for the results that follow it (…,完成增长a和b).
	leadTarget bool
	leadList   []pending
	leadRate   bool      // the lead clause just ended gave a rate target: a bare rate after 完成 is its result
	resultList []pending // the subjects of the results that followed a lead's list, for their levels after them
	// rankedAt is where a clause of units and their rank ended, the list
	// going on past it (宜宾、南充位居全省前二,分别增长…): their values follow.
	rankedAt int
	// ahead is set in a clause that gives the year ahead's target of the
	// indicator before it (…,今年预期增长5%); aheadTopic is the indicator
	// the sentence before was about, for such a clause opening the sentence.
	ahead      bool
	aheadTopic string
	// halvesNamed is set by the urban and rural income named together
	// before a colon: the clauses after name each half (城镇41280元).
	halvesNamed bool
	heading     string // the indicator the sentence's line is headed with, "" for none
	prevKey     string // the last figure's key of the sentence before a semicolon
	aspect      bool   // the sentence opened on an indicator as its aspect (一般公共预算收入方面,): units' clauses give its values
	aspectRate  bool   // that aspect is the indicator's rate (从经济增长目标看,)
}

func parseSentence(rs []rune, s, e int, home Region) []raw {
	return parseSentenceHeaded(rs, s, e, home, "", "", "")
}

// parseSentenceHeaded is parseSentence for a sentence read after one whose
// figures were all of the indicator topic (its key, "" for none), on a line
// that may be headed by an indicator's name alone (——生产总值。年初目标增长9%…;
// heading is its key, "" for none). A sentence that goes on about the
// topic without naming it — from one side (从增速看,宜宾、南充分别增长9.2%、8.8%),
// with units after a semicolon (;延吉市、珲春市分别增长…) or pointing back at
// its rate (这个速度…) — gives its values to the topic; a number with no
// subject before it on a headed line is the heading's. prevKey is the key
// of the last figure of the sentence before, after a semicolon ("" else).
func parseSentenceHeaded(rs []rune, s, e int, home Region, topic, heading, prevKey string) []raw {
	ahead := topic
	if heading != "" {
		ahead = heading
	}
	p := &sentenceParser{rs: rs[:e], clauseFrom: s, sentFrom: s, home: home, hint: home.Code[:min(2, len(home.Code))], aheadTopic: ahead, heading: heading, prevKey: prevKey}
	onTopic := false
	if topic != "" && (aspectOpens(rs, s, e) || p.unitsGoOn(s, e) || speedRefOpens(rs, s, e)) {
		if st := stemByKey(topic); st != nil {
			p.last, onTopic = &pending{st: st, from: s}, true
		}
	}
	if st, rate, end := namedAspect(rs, s, e); st != nil && !onTopic {
		// 从经济增长目标看,太原市预期增长5.5%左右,大同市6%: the aspect is the
		// topic of the units' clauses after it.
		p.last, p.aspect, p.aspectRate, onTopic, topic = &pending{st: st, from: s, growth: rate}, true, rate, true, st.Key
		p.lastEnd = end
		s = end + 1
		p.clauseFrom = s
	}
	for i := s; i < e; i++ {
		if rs[i] == '均' || rs[i] == '分' && i+1 < e && rs[i+1] == '别' {
			p.eachWord = true
			break
		}
	}
	p.openClause(s) // a first clause of speech (马龙区提出,) names the speaker for the rest
	p.clauseSubject = nil
	p.run(s, e)
	if onTopic {
		p.out = p.unitsKeepTopic(s, e, topic)
	}
	p.parkRevenueHome()
	return projectCounts(p.rs, p.out)
}

func (p *sentenceParser) newClause(at int) {
	if len(p.pend) >= 2 && (hasAt(p.rs, at, "分别") || hasAt(p.rs, at, "预计分别") || hasAt(p.rs, at, "同比分别") || hasAt(p.rs, at, "均") ||
		at > 0 && p.rs[at-1] == ':') { // 城镇、农村居民人均可支配收入:62345元、34512元
		// A, B 和 C,(预计)分别增长…: the list goes on past the comma.
		p.clauseFrom = at
		return
	}
	if p.rankedUnits(at) {
		return
	}
	if p.digestValue(at) {
		p.clauseFrom = at
		return
	}
	if p.leadListGoesOn(at) {
		return // the list's clause goes on: its lead word reads its subjects
	}
	p.endLead()
	ranked := p.rankedRate(at) || p.turnedRate(at)
	if len(p.pend) > 0 {
		last := p.pend[len(p.pend)-1]
		p.last = &last
	}
	p.pend = p.pend[:0]
	p.each, p.eachIdx = false, 0
	p.respective = false // 分别 pairs values with the units of its own clause, not the next clause's
	p.cmp, p.same, p.base, p.share, p.cum = "", false, false, false, false
	p.baseYear = 0
	p.orphans = p.orphans[:0]
	// 增速由负转正,达到5.11%: a growth verb whose number comes a clause later.
	if !(p.loose.growth && p.lastEnd < p.clauseFrom) {
		p.loose = pending{}
	}
	if ranked {
		// …增速居全省第2位,达到9.6%: the rank is a remark, the rate after it
		// carries the verb and the subject.
		p.loose, p.lastEnd = pending{growth: true}, at-1
	}
	p.clauseFrom = at
	p.ahead = false
	p.resultRateOfLead(at)
	p.supportedUnit(at)
	p.unitRemark(at)
}

// digestValue reports whether at is the value of a digest's line, name and
// value around a colon (居民消费价格指数:101.8, 地区生产总值增长:5.2%): the
// colon joins them, it opens no clause, so the name's words (指数, 增长)
// still read the value.
func (p *sentenceParser) digestValue(at int) bool {
	rs := p.rs
	if len(p.pend) != 1 || at < 1 || at+1 >= len(rs) || rs[at-1] != ':' || !isDigit(rs[at]) && !(rs[at] == '-' && isDigit(rs[at+1])) {
		return false
	}
	from := p.pend[0].from
	return from < at && !hasDigit(rs[from:at])
}

// urbanRuralOf name the urban and rural halves of an income just named,
// before their 分别 (其中城镇、农村居民分别增长…).
var urbanRuralOf = []string{"城镇、农村居民", "城镇和农村居民", "城镇、农村", "城镇和农村", "城乡居民", "城乡"}

// actingWords follow a unit that opens a sentence as the one acting in it
// (兰州要发挥省会龙头作用, 兰州新区将…, 天水坚持…).
var actingWords = append([]string{"要", "将", "坚持", "持续", "着力", "聚焦", "力争", "确保", "努力", "奋力", "全力", "继续", "进一步", "率先"}, unitDoings...)

// actingUnit reads a unit opening the sentence at rs[s] as the one acting in
// it: the figures of its clauses with no owner of their own are that unit's
// (兰州要发挥省会龙头作用,…,经济总量突破4300亿元 in the province's report).
func (p *sentenceParser) actingUnit(s int) {
	ms, end := p.mentionsAt(s)
	if len(ms) != 1 || wordAt(p.rs, end, actingWords) == "" {
		return
	}
	if regions := p.others(ms); len(regions) == 1 {
		p.sentSubject = regions
	}
}

// supportVerbs open a clause about a unit the report backs (支持祥云县建设
// 滇西物流枢纽,规模以上工业增加值增长12%).
var supportVerbs = []string{"支持", "推动", "促进", "助力", "鼓励", "引导"}

// supportedUnit reads a clause at rs[at] that opens with a support verb and
// a unit doing something (支持祥云县建设…): the figures of the clauses after
// it in the sentence with no owner of their own are that unit's, as after
// a unit named before an indicator.
func (p *sentenceParser) supportedUnit(at int) {
	w := wordAt(p.rs, at, supportVerbs)
	if w == "" {
		return
	}
	ms, end := p.mentionsAt(at + len([]rune(w)))
	if len(ms) != 1 || wordAt(p.rs, end, unitDoings) == "" {
		// 推动满洲里、二连浩特等口岸提档升级, 支持修水、武宁等县打造…: units
		// naming a group or qualifying a noun own no figure after them.
		return
	}
	if regions := p.others(ms); len(regions) == 1 {
		p.sentSubject = regions
	}
}

// unitDoings are what a backed unit does (支持祥云县建设…, 推动醴陵打造…).
var unitDoings = []string{"建设", "打造", "创建", "争创", "建成", "加快", "发展", "做强", "培育", "申报", "争当", "建好"}

func (p *sentenceParser) run(s, e int) {
	rs := p.rs
	if s == p.sentFrom {
		p.actingUnit(s)
	}
	p.supportedUnit(s)
	if s == 0 || rs[s-1] != '\n' { // the sentence before, on the same line
		if j, ok := p.aheadTarget(s, e, p.aheadTopic); ok {
			s = j
		}
	}
	if p.heading != "" {
		p.headingSubject(s, e, p.heading)
	}
	for i := s; i < e; {
		r := rs[i]
		if r == ',' {
			if j, ok := p.ensureEllipsis(i, e); ok {
				i = j
				continue
			}
			if j, ok := p.benchmarkAside(i, e); ok {
				i = j
				continue
			}
			if j, ok := p.targetClause(i, e); ok {
				i = j
				continue
			}
		}
		if r == '(' {
			if j, ok := p.targetAside(i, e); ok {
				i = j
				continue
			}
			if j, ok := p.benchmarkAside(i, e); ok {
				i = j
				continue
			}
			if j, ok := asideEnd(rs, i, e); ok && !rateAside(rs, i, j) {
				// (含留抵退税3.4亿元): an aside about the figure before it.
				if p.lastEnd > 0 && p.lastEnd >= i-1 {
					p.lastEnd = j + 1
				}
				i = j + 1
				continue
			}
		}
		if r == '、' && leadFirstAhead(rs, i+1) && len(p.pend) == 0 && len(p.out) > 0 {
			// …去年增长3.8%、今年预期增长5%: the year ahead's target, after a 、
			if _, ok := aheadClause(rs, i+1, e); ok {
				p.newClause(i + 1)
				if j, ok := p.aheadTarget(i+1, e, ""); ok {
					i = j
					continue
				}
			}
		}
		if r == ',' || r == ':' || r == '(' || r == ')' || r == '“' || r == '”' {
			if r == ',' || r == ':' {
				p.newClause(i + 1)
			}
			i++
			if r == ',' {
				if j, ok := p.aheadTarget(i, e, ""); ok {
					i = j
				}
			}
			continue
		}
		if r == '城' && len(p.pend) == 0 && p.last != nil && p.last.st != nil && strings.HasSuffix(p.last.st.Key, "disposable_income") {
			if w := wordAt(rs, i, urbanRuralOf); w != "" {
				// 全体居民人均可支配收入35666元,增长5.1%,其中城镇、农村分别增长4.3%和
				// 6.7%: the two series of the income just named.
				p.pend = append(p.pend, pending{st: stemByKey("urban_disposable_income"), from: i}, pending{st: stemByKey("rural_disposable_income"), from: i})
				p.each, p.eachIdx = true, 0
				i += len([]rune(w))
				continue
			}
		}
		if r == '比' || r == '较' {
			if n := baseYearLen(rs, i+1); n > 0 {
				p.base = true
				if n >= 5 && isDigit(rs[i+1]) {
					p.baseYear = atoiYear(string(rs[i+1 : i+5]))
					p.sentBase = p.baseYear
				}
				i += 1 + n
				continue
			}
		}
		if r == '是' && baseYearLen(rs, i+1) > 0 { // 是2015年的1.4倍
			p.base = true
		}

		if (r == '由' || r == '从') && (len(p.pend) > 0 || p.last != nil) {
			if n, y, rate, ok := fromStart(rs, i+1); ok {
				p.from, p.fromYear, p.fromRate = true, y, rate
				i += 1 + n
				continue
			}
		}
		if p.eachWord && isListSep(r) {
			if j, ok := p.sharedHead(i, e); ok {
				i = j
				continue
			}
		}
		if i > 0 && (rs[i-1] == '、' || rs[i-1] == ',') {
			if ae, from, end, ok := p.bodyHead(i); ok {
				p.pend = append(p.pend, pending{st: ae.stem, from: from})
				p.last, p.loose = nil, pending{}
				i = end
				continue
			}
		}
		if j, ok := p.otherIncomeHalf(i, e); ok {
			i = j
			continue
		}
		if j, ok := p.targetLead(i, e); ok {
			i = j
			continue
		}
		if j, ok := p.clauseTargetLead(i, s, e); ok {
			i = j
			continue
		}
		if ae, ok := matchAlias(rs, i); ok {
			p.onIndicator(ae, i)
			i += len(ae.text)
			continue
		}
		if r == '持' && hasAt(rs, i, "持平") && p.onLevelWithLastYear(i) {
			i += 2
			continue
		}
		if k, ok := matchKeyword(rs, i); ok && !(k.kind == kwAtLeast && k.text == "过" && !startsNumber(rs, i+1)) && !lastYearAll(rs, i, k) {
			p.onKeyword(k, i)
			i += len([]rune(k.text))
			continue
		}
		if p.tryRatio(i) || p.tryIndex(i) {
			for i < e && (isDigit(rs[i]) || rs[i] == '.' || rs[i] == ':') {
				i++
			}
			continue
		}
		if end := p.numeralNameEnd(i); end > i {
			i = end
			continue
		}
		if q, ok := ParseQuantity(rs, i); ok {
			if q2, ok := ParseQuantity(rs, q.End); ok && q.Unit == "个" {
				// 跨越3个千亿元台阶: three steps of 千亿元, neither a count nor a level.
				i, p.cmp = q2.End, ""
				continue
			}
			p.onQuantity(q)
			i = q.End
			continue
		}
		i++
	}
}

// asideWords open a parenthesis that qualifies the figure before it.
var asideWords = []string{"含", "不含", "扣除", "剔除", "其中", "包括", "按可比", "同口径"}

// asideEnd finds the closing parenthesis of an aside opened at rs[i].
func asideEnd(rs []rune, i, e int) (int, bool) {
	open := false
	for _, w := range asideWords {
		if hasAt(rs, i+1, w) {
			open = true
			break
		}
	}
	if !open {
		return 0, false
	}
	for j := i + 1; j < e && j < i+40; j++ {
		if rs[j] == ')' {
			return j, true
		}
	}
	return 0, false
}

// fromStart recognises the start of a from–to statement after 由/从: a
// number, or a year (2021年的, “十三五”末的) and then a number. n is how
// many runes the year takes.
// lastYear stands for a start's year named as the year before the one
// its statement is about (由上年的…, 由去年的…): the reader resolves it.
const lastYear = -1

var lastYearStarts = []string{"上年末的", "上年底的", "去年末的", "去年底的", "上年的", "去年的", "上年", "去年"}

func fromStart(rs []rune, i int) (n, year int, rate kw, ok bool) {
	j := i
	if j+5 <= len(rs) && allDigits(rs[j:j+4]) && rs[j+4] == '年' {
		year = atoiYear(string(rs[j : j+4]))
		j += 5
		for _, w := range []string{"底的", "末的", "的", "底", "末"} {
			if hasAt(rs, j, w) {
				j += len([]rune(w))
				break
			}
		}
	} else if m := reFiveYearEnd.FindStringSubmatch(string(rs[j:min(len(rs), j+10)])); m != nil {
		year = ordinalStart[m[1]] + 4
		j += len([]rune(m[0]))
	} else if w := wordAt(rs, j, lastYearStarts); w != "" {
		year = lastYear // 由上年的60.3%提高到66%: the year before the end's
		j += len([]rune(w))
	}
	if year != 0 {
		// 由上年增长6.1%转为下降3.2%: the start is a rate, given with its verb
		for _, v := range []struct {
			w string
			k kw
		}{{"增长", kwGrowth}, {"负增长", kwDrop}, {"下降", kwDrop}} {
			if hasAt(rs, j, v.w) && j+len([]rune(v.w)) < len(rs) && isDigit(rs[j+len([]rune(v.w))]) {
				j += len([]rune(v.w))
				rate = v.k
				break
			}
		}
	}
	if !startsNumber(rs, j) || !isDigit(rs[j]) {
		return 0, 0, 0, false
	}
	return j - i, year, rate, true
}

func startsNumber(rs []rune, i int) bool {
	if i >= len(rs) {
		return false
	}
	_, ok := ParseQuantity(rs, i)
	return ok
}

// baseYearLen recognises a base of comparison after 比/较: 2012年, 2015年末,
// “十二五”末. 上年 is the previous year and is not a base.
func baseYearLen(rs []rune, i int) int {
	j := i
	for j < len(rs) && j-i < 4 && isDigit(rs[j]) {
		j++
	}
	if j-i == 4 && j < len(rs) && rs[j] == '年' {
		return j - i + 1
	}
	if hasAt(rs, i, "“十") || hasAt(rs, i, "十二五") || hasAt(rs, i, "十三五") {
		return 3
	}
	return 0
}

func (p *sentenceParser) onIndicator(ae aliasEntry, at int) {
	if string(ae.text) == "总投资" && projectClassAfter(p.rs, at+len(ae.text)) {
		return // 引进总投资亿元以上项目6个: the size that picks the projects counted
	}
	// A unit named right before the name (山西转型综改示范区规上工业增加值)
	// is its owner, not a modifier that makes it another measure.
	var direct []Mention
	if ae.stem != nil {
		direct = p.directSubjects(at, ae.stem.Key != "park_revenue")
	}
	named := len(direct) > 0
	if ae.stem == nil || otherMeasure(p.rs, at, at+len(ae.text), ae.stem, named) || notTheWhole(p.rs, p.clauseFrom, at) || !named && (p.unknownTownBefore(at) || p.unknownAreaBefore(at) || p.unknownZoneListBefore(at) || p.countedGroupBefore(at) || manyUnitsBefore(p.rs, p.clauseFrom, at)) || p.cutList ||
		!named && p.groupHeld && !p.homeAgain(at) && len(p.clauseMentions(at)) == 0 || !named && p.unknownAncestorAt(at) {
		// An ambiguous subject (财政收入) or a part of the region (园区规模工业
		// 增加值): it takes its number, or its slot in a list, and yields nothing.
		if ae.stem != nil && !named && groupBefore(p.rs, at) {
			p.groupHeld = true // 长株潭地区生产总值增长5.6%,规模以上工业增加值增长6.9%: the group's too
		}
		p.pend = append(p.pend, pending{from: at})
		p.last = nil
		p.loose = pending{}
		return
	}
	if p.share {
		// 占地区生产总值比重: the denominator, not a subject.
		return
	}
	if benchmark(p.rs, at, at+len(ae.text)) {
		// 城乡居民收入与经济增长同步,年均增长5.5%: what the subject keeps
		// pace with, not a subject.
		return
	}
	if string(ae.text) == "总量" && !named {
		return // 总量 is a region's GDP only right after the region's name (襄阳、宜昌总量)
	}
	if before := string(p.rs[max(0, at-30):at]); string(ae.text) == "完成投资" && !strings.Contains(before, "重点项目") && !strings.Contains(before, "重大项目") &&
		!(strings.Contains(before, "实施") && strings.Contains(before, "项目")) {
		// 完成投资 is key projects' only where they were just named (实施重点项目700个、
		// 完成投资8100亿元; 实施亿元以上项目320个,完成投资600亿元).
		return
	}
	p.base, p.baseYear = false, 0
	// A park's revenue in its own region's report (经开区技工贸总值) is filed
	// under that region; a park named after a place is that park.
	pd := pending{st: ae.stem, from: at}
	if flow := flowOfListItem(p.rs, p.clauseFrom, at, ae.stem.Key); flow != nil {
		pd.st = flow
	}
	pd.regions, pd.regionsBy = p.subjectsOf(direct)
	switch {
	case len(pd.regions) > 0:
		if pd.regionsBy == ByNamed {
			p.sentSubject = pd.regions
			p.groupHeld = false
		}
	case p.sentSubject != nil && !p.homeAgain(at):
		// 贵安新区规模以上工业增加值增长21.7%,固定资产投资增长12.5%: the
		// unit a sentence is about holds for its clauses until the report's
		// own region is named again (全省…).
		pd.regions, pd.regionsBy = p.sentSubject, ByCarried
	case p.sentSubject != nil:
		// 全国国内生产总值增长5.2%,我市地区生产总值增长4.8%,固定资产投资增长
		// 3.1%: the clauses after 我市 are the report's own region's again.
		p.sentSubject = nil
	}
	// Numbers written before their noun: 230个项目开工建设, 18个黑臭水体.
	for k := len(p.orphans) - 1; k >= 0; k-- {
		q := p.orphans[k]
		in, ok := LookupIndicator(ae.stem.Key)
		if !ok || countsOtherNoun(p.rs, q.End, at) || closesItem(p.rs, q.End, at) {
			continue
		}
		if v, unit, fits := q.inUnit(in); fits {
			p.emit(raw{key: in.Key, q: q, value: v, unit: unit, cmp: q.Cmp, from: p.quoteFrom(q.Start), to: at + len(ae.text)})
			p.orphans = append(p.orphans[:k], p.orphans[k+1:]...)
			p.last = &pd
			return
		}
	}
	if ae.stem.Key == "rural_disposable_income" && (strings.HasPrefix(string(ae.text), "农") || strings.HasPrefix(string(ae.text), "牧")) {
		for _, w := range []string{"城镇、", "城镇和", "城镇与", "城镇及", "城市、", "城市和", "城镇居民、", "城镇居民和", "城镇常住居民、", "城镇常住居民和", "城市居民、"} {
			if hasBefore(p.rs, at, w) {
				// 城镇、农村居民收入分别增长a%、b%: one noun, two subjects
				// (城镇居民、农村居民人均可支配收入 too).
				from := at - len([]rune(w))
				p.pend = append(p.pend, pending{st: stemByKey("urban_disposable_income"), from: from}, pending{st: ae.stem, from: from})
				p.each, p.eachIdx = true, 0
				return
			}
		}
	}
	if ae.stem.Key == "disposable_income" && strings.HasPrefix(string(ae.text), "城") && halvesFollow(p.rs, at+len(ae.text)) {
		// 城乡居民人均可支配收入:城镇41280元,增长4.6%;农村18650元…: each
		// half named in the clauses after, where otherIncomeHalf reads it.
		p.halvesNamed = true
		p.last, p.loose = nil, pending{}
		return
	}
	if ae.stem.Key == "disposable_income" && strings.HasPrefix(string(ae.text), "城") && !strings.HasPrefix(string(ae.text), "城镇居民") &&
		(strings.HasPrefix(string(ae.text), "城、乡") || strings.HasPrefix(string(ae.text), "城镇") || valuesAhead(p.rs, at+len(ae.text)) >= 2) {
		// 城、乡居民人均可支配收入分别增长a%、b%: urban a, rural b.
		p.pend = append(p.pend, pending{st: stemByKey("urban_disposable_income"), from: at}, pending{st: stemByKey("rural_disposable_income"), from: at})
		p.each, p.eachIdx = true, 0
		return
	}
	if t, end := string(ae.text), at+len(ae.text); (strings.HasSuffix(t, "增长") || strings.HasSuffix(t, "增速")) && rateFollows(p.rs, end) {
		// 经济增长5.3%, 经济增速分别为…: the noun carries its verb (not 对经济增长的贡献率).
		pd.growth = true
	}
	p.pend = append(p.pend, pd)
}

// benchmark reports whether the indicator named at rs[at:end] is what
// another keeps pace with (与经济增长同步, 与经济增长基本同步, 同经济增长相适应).
func benchmark(rs []rune, at, end int) bool {
	if !hasBefore(rs, at, "与") && !hasBefore(rs, at, "同") {
		return false
	}
	for _, w := range []string{"同步", "基本同步", "保持同步", "相适应", "相协调", "相匹配"} {
		if hasAt(rs, end, w) {
			return true
		}
	}
	return false
}

// valuesAhead counts the numbers with units in the rest of a clause.
func valuesAhead(rs []rune, i int) int {
	n, limit := 0, i+60
	for ; i < len(rs) && i < limit; i++ {
		switch rs[i] {
		case ',', ';', '。', '\n':
			return n
		}
		if q, ok := ParseQuantity(rs, i); ok {
			n++
			i = q.End - 1
		}
	}
	return n
}

func stemByKey(key string) *stem {
	for i := range stems {
		if stems[i].Key == key {
			return &stems[i]
		}
	}
	return nil
}

// projectClassAfter reports whether a size threshold of projects follows
// rs[at] (亿元以上项目, 10亿元以上的重大项目): what comes before it qualifies
// the projects, and is no amount of its own.
func projectClassAfter(rs []rune, at int) bool {
	for k := at; k < len(rs) && k < at+12 && !isClauseMark(rs[k]); k++ {
		if hasAt(rs, k, "以上") {
			j := k + 2
			if j < len(rs) && rs[j] == '的' {
				j++
			}
			for m := j; m < len(rs) && m < j+6 && isHan(rs[m]); m++ {
				if hasAt(rs, m, "项目") {
					return true
				}
			}
			return false
		}
	}
	return false
}
