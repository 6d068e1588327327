package targets

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// articleReader walks one article sentence by sentence, keeping the
// context a reader keeps: which region, which year is under review and
// which is planned, whether estimates are marked 下同, and the multi-year
// span in force.
type articleReader struct {
	t          *Text
	start, end int
	title      string
	region     Region
	year       int // delivery year
	month      int
	dated      bool   // year and month come from a date written in the report, not from its headings
	review     int    // the year the review part describes
	plan       int    // the year the plan part sets targets for
	topic      string // the one indicator the sentence read last is about, for an aspect sentence after it (从增速看,…)
	heading    string // the indicator a line is headed with alone (——生产总值。), for its sentences after it
	headingTo  int    // where that line ends

	// section state
	kind       Kind
	secYear    int
	span       [2]int // multi-year span in force (十三五 …), zero when none
	label      string // the heading or lead words that opened the part being read
	head       string // the top-level heading (一、…) the part sits under
	framed     bool   // a heading or lead words opened the part (else: the report date)
	prelimRest bool   // 预计(下同) seen: reported figures of the review year are estimates
	lastKey    string // the key of the last figure of the sentence just read
	prelimTo   int    // a 预计 opening a list marks figures up to this rune (its full stop)
	aboveTo    int    // the full stop of the last sentence looked through for an (以上为预计数) note
	leadSpan   [2]int // the years that opened the sentence (2021—2024年,…), for its clauses after semicolons
	leadSpanTo int    // the full stop of that sentence
	// leadDeadline is a deadline that opened the sentence (到2030年,…), for
	// its clauses after semicolons that name no year; leadDeadlineTo is the
	// sentence's full stop.
	leadDeadline, leadDeadlineTo int
	annual                       bool   // the sentence speaks of one year (年度, 全年, 今年)
	paraYear                     int    // a year the current paragraph named (2017年,全县…)
	paraPlan                     int    // a later year the paragraph opened with a plan's words (2019年,全区将…)
	halfYear                     int    // the year whose first half the text told (2019年上半年,…)
	figuresRead                  bool   // a sentence with figures has been read
	baseRest                     bool   // the paragraph named a base year years back for the rest of it (比2012年(下同))
	lastRate                     Figure // the paragraph's last result that is a year's rate
	// semiYear and semiKind are those of the last figure of a sentence
	// ending at a semicolon whose clause named its year relatively (去年…;):
	// the items after the semicolon go on with them.
	semiYear int
	semiKind Kind
	// valueFirstNext is where the next pair of a digest block read value
	// first (3408.2亿元 / 地区生产总值) would start.
	valueFirstNext int
	paraKind       Kind
}

func newArticleReader(t *Text, start, end int) *articleReader {
	a := &articleReader{t: t, start: start, end: end}
	a.readHeader()
	return a
}

func (a *articleReader) article() Article {
	_, s, e := a.t.Span(a.start, a.end)
	return Article{Title: a.fullTitle(), Region: a.region, ReportYear: a.year, Month: a.month, Start: s, End: e}
}

// fullTitle names a bare "政府工作报告" (many copies carry no more) with
// its region and year, so a list of documents tells them apart.
func (a *articleReader) fullTitle() string {
	bare := strings.Join(strings.Fields(a.title), "")
	if (bare == "" || bare == "政府工作报告") && a.region.Name != "" && a.year != 0 {
		return a.region.Name + strconv.Itoa(a.year) + "年政府工作报告"
	}
	if bare == "政府工作报告" {
		return bare
	}
	return a.title
}

var (
	// A month and a day may be written in Chinese numerals after a year
	// that was (二〇二三年十二月二十六日: its year is digits in the working
	// copy, see digitYears).
	reFullDate = regexp.MustCompile(`((?:19|20)\d{2})年(\d{1,2}|[一二三四五六七八九十]{1,3})月(\d{1,2}|[一二三四五六七八九十]{1,3})日`)
	// reMeeting names the people's congress a report was delivered to (在株洲市
	// 第十五届人民代表大会, 陕西省第十三届人民代表大会, 晋江市十六届人大): its region.
	reMeeting = regexp.MustCompile(`([^,。:;\s“”(]{2,24}?)第?[一二三四五六七八九十]{1,4}届(?:人民代表大会|人大)`)
	reISODate = regexp.MustCompile(`((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})`)
	// A development zone's committee gives a 工作报告 with no 政府 in its
	// name (郑州航空港经济综合实验区管委会2024年工作报告): the year right
	// before it (not 2023年工作会议,管委会主任作工作报告, a meeting's name).
	reReportYear = regexp.MustCompile(`((?:19|20)\d{2})年?(?:度)?(?:.{0,16}?(?:政府工作报告|两会)|工作报告)`)
	// reReportYearAfter is a report's year written after its name in
	// brackets (宣城市政府工作报告解读(2025年)).
	reReportYearAfter = regexp.MustCompile(`(?:政府工作报告|两会)[^\n(]{0,8}[(（]((?:19|20)\d{2})年?[)）]`)
	reAnyYear         = regexp.MustCompile(`((?:19|20)\d{2})年`)
	reMonthDay        = regexp.MustCompile(`(?:^|[^\d年])(\d{1,2})月(\d{1,2})日`)
)

// readHeader decides the article's title, delivery date and region from
// its first lines, the 会议 line and the text, in that order of trust.
func (a *articleReader) readHeader() {
	rs := a.t.R[a.start:a.end]
	head := string(rs[:min(len(rs), 400)])
	lines := strings.Split(string(rs[:min(len(rs), 1200)]), "\n")
	a.title = titleOf(a.t, a.start, a.end)
	a.year, a.month, a.dated = deliveryDate(rs, head)
	a.setYears()
	a.region = a.townUnderNamed(a.findRegion(lines))
}

var reMeetingDate = regexp.MustCompile(`((?:19|20)\d{2})年(\d{1,2}|[一二三四五六七八九十]{1,3})月(\d{1,2}|[一二三四五六七八九十]{1,3})日(?:在|于)`)

// dateNumber is a month or day as written, in digits (12) or Chinese
// numerals (十二, 二十六); 0 when it is neither.
func dateNumber(s string) int {
	if n := atoiYear(s); n > 0 {
		return n
	}
	rs := []rune(s)
	if v, n, ok := ParseChineseNumeral(rs); ok && n == len(rs) && strings.Count(s, "十") <= 1 {
		return int(v) // not 十十, which no date is
	}
	return 0
}

// deliveryDate finds when a report was given, most trusted first: the date
// of the 会议 line, the year in a 政府工作报告 or 两会 title, a full date in
// the first lines, then the first year named.
func deliveryDate(rs []rune, head string) (year, month int, dated bool) {
	if m := reMeetingDate.FindStringSubmatch(head); m != nil {
		return atoiYear(m[1]), dateNumber(m[2]), true
	}
	if m := reReportYear.FindStringSubmatch(head); m != nil {
		y := atoiYear(m[1])
		top := string(rs[:min(len(rs), 150)])
		if d := reFullDate.FindStringSubmatch(top); d != nil && atoiYear(d[1]) == y-1 && dateNumber(d[2]) >= 10 {
			// 浏阳市2024年政府工作报告 (2023年12月28日): given in the December
			// before the year it is named for, so its 今年 is 2023 and its
			// 明年 the 2024 it plans.
			return y - 1, dateNumber(d[2]), true
		}
		if d := reISODate.FindStringSubmatch(string(rs[:min(len(rs), 300)])); d != nil && atoiYear(d[1]) == y-1 && atoiYear(d[2]) >= 10 {
			// 东湖高新区召开2023年工作会议 (2022-12-30 08:16): the same, dated
			// by the page.
			return y - 1, atoiYear(d[2]), true
		}
		return y, 1, false
	}
	if m := reReportYearAfter.FindStringSubmatch(head); m != nil {
		return atoiYear(m[1]), 1, false // 政府工作报告解读(2025年): the report's year, after its name
	}
	top := string(rs[:min(len(rs), 150)])
	if m := reFullDate.FindStringSubmatch(top); m != nil {
		return atoiYear(m[1]), dateNumber(m[2]), true
	}
	// A page's own date (2016-01-07 08:31:36 来源…): published with the report.
	if m := reISODate.FindStringSubmatch(string(rs[:min(len(rs), 300)])); m != nil {
		return atoiYear(m[1]), atoiYear(m[2]), true
	}
	// No date: the first review heading names the year under review.
	body := string(rs[:min(len(rs), 4000)])
	if containsAny(body, "回顾", "交答卷", "成绩单", "过去的", "成就") {
		if m := reReviewHead.FindStringSubmatch(body); m != nil {
			return firstGroup(m) + 1, 1, false
		}
	}
	if containsAny(body, "要求", "目标", "安排", "任务") {
		if m := rePlanHeading.FindStringSubmatch(body); m != nil {
			return firstGroup(m), 1, false
		}
	}
	// 从2015年的16803亿元增加到2020年的22157亿元 in an undated excerpt of a
	// five-year review: the span ends in the year reviewed, not its start.
	if loc := reFromToYears.FindStringSubmatchIndex(body); loc != nil {
		from, to := atoiYear(body[loc[2]:loc[3]]), atoiYear(body[loc[4]:loc[5]])
		start := strings.LastIndexAny(body[:loc[0]], "。\n") + 1
		if to > from && to-from <= 10 && !containsAny(body[start:loc[1]], "目标", "力争", "预期", "将", "确保", "规划") {
			return to + 1, 1, false // (not a plan's from–to: 到2025年…由…提高到…)
		}
	}
	if loc := firstOwnYear(head); loc != nil {
		year = atoiYear(head[loc[2]:loc[3]])
		if rv := reReviewWord.FindStringIndex(head); rv != nil && !(rv[0] < loc[0] && planYearAt(head[loc[1]:])) || strings.Contains(head, "的一年") || yearOfResult(head[loc[1]:]) || facedYear(head[loc[1]:]) {
			// 2022年是…的一年。一年来…: the year named is the one reviewed;
			// so is a year whose result a headline gives (醴陵2023年GDP增长6%).
			return year + 1, 1, false
		}
		if mm := reMonthDay.FindStringSubmatch(head); mm != nil {
			month = atoiYear(mm[1])
		}
	}
	if year == 0 {
		// No year in digits: 今年是“十四五”开局之年 names it all the same.
		switch y, lead := milestoneYear(body); lead {
		case "今年":
			return y, 1, false
		case "明年":
			return y - 1, 12, false // a December report, planning the year it names
		case "去年":
			return y + 1, 1, false
		}
		if y := planDoneYear(body); y > 0 {
			return y + 1, 1, false // “十三五”时期,…年均增长5.9%: a report of the year after
		}
	}
	return year, month, false
}

// firstOwnYear finds the first year in head that is a time of its own,
// not the start of a from–to (高新技术企业由2020年的462家增加到2100家) or a
// deadline (到2025年).
func firstOwnYear(head string) []int {
	for _, loc := range reAnyYear.FindAllStringSubmatchIndex(head, -1) {
		before, after := head[:loc[0]], head[loc[1]:]
		if strings.HasSuffix(before, "由") || strings.HasSuffix(before, "从") || strings.HasSuffix(before, "到") || strings.HasSuffix(before, "至") || strings.HasPrefix(after, "的") {
			continue
		}
		return loc
	}
	return nil
}

// reFromToYears is a from–to over years reached (从2015年的…增加到2020年的…).
var reFromToYears = regexp.MustCompile(`(?:从|由)((?:19|20)\d{2})年[^。;]{0,30}?(?:到|至)((?:19|20)\d{2})年(?:的|底|末)?[0-9]`)

// planYearAt reports whether the words after a year call it the year to
// come (2025年是“十四五”规划收官之年): after a review (过去一年,…) it is
// the year the report plans, not the one it looked back on.
func planYearAt(rest string) bool {
	if !strings.HasPrefix(rest, "是") {
		return false
	}
	if i := strings.IndexAny(rest, "。,，;；"); i >= 0 {
		rest = rest[:i]
	}
	return strings.HasSuffix(rest, "之年")
}

// facedYear reports whether the words after a year open its review: 2022年,
// 面对…的严峻形势,…经济社会大局保持稳定 tells what the year met and did,
// not (2023年,面对新形势,我们将…) what it is to do.
func facedYear(rest string) bool {
	rest = strings.TrimLeft(rest, ",，")
	if !strings.HasPrefix(rest, "面对") {
		return false
	}
	if i := strings.Index(rest, "。"); i >= 0 {
		rest = rest[:i]
	}
	return !containsAny(rest, "将", "要", "力争", "必须", "目标", "确保")
}

// reResultAfterYear is a rate or level stated right after a year, in the
// same line and clause (2023年GDP增长6%, 2023年我县GDP增长5.1%).
var reResultAfterYear = regexp.MustCompile(`^[,，]?[^。\n;,，；]{0,16}?(?:增长|下降|上涨|达到|突破|完成|实现)[^。\n;,，；]{0,2}?\d[\d.]*%?`)

// yearOfResult reports whether the words after a year (rest) state that
// year's result: a growth or level with no word of a plan before the next
// clause (2024年GDP增长6%左右 and 2024年将增长6% are targets).
func yearOfResult(rest string) bool {
	m := reResultAfterYear.FindString(rest)
	if m == "" || containsAny(m, "季度", "上半年", "月", "以来") {
		return false // 2023年前三季度GDP增长6%: a part of the year it is written in
	}
	tail := rest[len(m):]
	if i := strings.IndexAny(tail, "。\n;,，； "); i >= 0 {
		tail = tail[:i]
	}
	return !containsAny(m+tail, "左右", "以上", "以内", "目标", "预期", "将", "要", "力争", "确保", "计划", "争取", "预计", "有望")
}

// setYears turns the delivery date into the review and plan years: a
// report given early in year N reviews N-1 and plans N; one given late in
// the year reviews N and plans N+1. Headings later override both.
func (a *articleReader) setYears() {
	if a.year == 0 {
		return
	}
	y := strconv.Itoa(a.year) + "年"
	if a.month >= 10 || a.month >= 4 && containsAny(a.title, y+"上半年", y+"前三季度", y+"1-") {
		// A report of the year's first half or three quarters (关于宁德市
		// 2022年上半年…计划执行情况的报告, given in July) reviews the year it
		// is given in.
		a.review, a.plan = a.year, a.year+1
	} else {
		a.review, a.plan = a.year-1, a.year
	}
	a.kind = Reported
	a.secYear = a.review
}

// titleOf is the article's first non-empty line as the original has it
// (the working copy may have joined it with the next line), folded to
// simplified characters.
func titleOf(t *Text, start, end int) string {
	orig, _, _ := t.Span(start, min(end, start+800))
	first := ""
	for i, l := range strings.Split(orig, "\n") {
		l = withoutJunkLatin(ToSimplified(reGloss.ReplaceAllString(strings.TrimSpace(strings.Trim(strings.TrimSpace(l), "#")), "")))
		if strings.HasPrefix(l, "各位代表") || strings.HasPrefix(l, "各位委员") {
			break // the speech has begun
		}
		if l == "" || isPageFurniture(l) || reSpeaker.MatchString(l) {
			continue
		}
		// A line naming the report (和顺镇2022年人民政府工作报告) is the title
		// even under a site's name or a section's.
		// A sentence that speaks of a report (大同市政府工作报告提出,今年…)
		// is no title.
		if strings.Contains(l, "工作报告") && utf8.RuneCountInString(l) <= 60 && (first == "" || !strings.Contains(first, "工作报告")) && !strings.ContainsAny(l, "，。；,;") {
			return truncateRunes(l, 80)
		}
		if first == "" {
			first = l
		}
		if i > 12 {
			break
		}
	}
	return truncateRunes(first, 80)
}

// reGloss is a pinyin gloss spliced into a web copy (會(huì)).
var reGloss = regexp.MustCompile(`\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüɑ]+\)`)

// reSpeaker matches the line naming who delivers a report
// (株洲市人民政府市长 阳卫国): a byline, not a title.
var reSpeaker = regexp.MustCompile(`^\S{0,20}(?:省长|市长|县长|区长|旗长|州长|镇长|乡长|主任)\s+\S{2,4}$`)

// furnitureWords mark a line of web-page furniture (navigation, dates,
// authors), never a title.
var furnitureWords = []string{"时间:", "时间：", "作者:", "来源:", "来源：", "字号", "字体", "分享到", "扫一扫", "当前位置", "发表时间", "阅读量", "下载", "全屏", "浏览", "阅读次数", "首页", "责任编辑", "打印", "字号", "发布日期", "点击:", "当前位置", "当前的位置"}

// reDelivery matches the line saying when and where a report was
// delivered (2021年1月10日在茶陵县第十七届人民代表大会第五次会议上): it
// dates the report; the title is the next line.
var reDelivery = regexp.MustCompile(`^[（(\s]*[0-9〇零一二三四五六七八九十]{2,4}\s*年.{1,12}?\s*在.{2,80}?(?:会议|大会)上[）)]?$`)

func isPageFurniture(l string) bool {
	// A subtitle dash line (——2017年1月4日在…会议上) dates a report; it
	// does not name it.
	if strings.HasPrefix(l, "——") || strings.HasPrefix(l, "--") || reDelivery.MatchString(l) {
		return true
	}
	for _, w := range furnitureWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	if _, err := fmt.Sscanf(l, "%4d-%2d-%2d", new(int), new(int), new(int)); err == nil && len(l) <= 20 {
		return true
	}
	if strings.Contains(l, ">>") || strings.Contains(l, "»") || strings.Contains(l, " > ") {
		return true // a breadcrumb trail
	}
	if strings.HasSuffix(l, "网") || strings.HasSuffix(l, "门户网站") || strings.HasSuffix(l, "政府网站") {
		return true // the site's name (腾冲市人民政府网)
	}
	// Buttons and crumbs (下载, 打印, 收藏, 【字号：, >): a title is longer
	// than four characters; a photo caption ends with its photographer.
	if utf8.RuneCountInString(l) <= 4 || strings.HasPrefix(l, "【") && strings.HasSuffix(l, ":") || strings.HasSuffix(l, "摄") || strings.HasSuffix(l, "摄)") {
		return true
	}
	return false
}

// sentenceTitle reports whether a first line is running text rather than a
// heading: it ends a sentence, or runs on over clauses (a headline has a
// comma at most: 醴陵市政府工作报告：去年GDP增长7.8%，今年预期8%).
func sentenceTitle(l string) bool {
	return strings.ContainsAny(l, "。；;") || strings.Count(l, "，")+strings.Count(l, ",") >= 2 || strings.HasSuffix(l, "…")
}

func truncateRunes(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	return string(rs[:n]) + "…"
}

// findRegion looks for the article's region: a name in the title (not in a
// 【tag】), the 会议 line, a 政府工作报告 phrase, then the region named most
// often by its full name.
func (a *articleReader) findRegion(lines []string) Region {
	title := a.title
	tagHint := ""
	if i := strings.Index(title, "】"); strings.HasPrefix(title, "【") && i > 0 {
		if m, ok := firstMention([]rune(title[len("【"):i]), ""); ok {
			tagHint = m.Region.Code[:min(4, len(m.Region.Code))]
		}
		if rest := title[i+len("】"):]; rest != "" {
			title = rest
		}
	}
	// A title that names the congress names the region (陕西省第十三届人民代表
	// 大会第五次会议在西安开幕: 西安 is where it met).
	if m := reMeeting.FindStringSubmatch(title); m != nil {
		if r, ok := bestMention([]rune(m[1]), tagHint, true); ok {
			return r
		}
	}
	if z, ok := titleZone([]rune(title), tagHint); ok {
		return z
	}
	// A first line that is a sentence (an excerpt cut from a report's
	// middle: …资源型地区转型的攻坚之年。一年来,…) is no title: the names in
	// it are what it speaks of (资源型 is no 资源县, 居全国…前列 no 全国),
	// and the text as a whole says whose report it is.
	if m, ok := bestMention([]rune(title), tagHint, true); ok && !sentenceTitle(title) && !(m.Level == LevelCountry && strings.ContainsAny(title, "。,，")) {
		return m
	}
	// The delivery line may be broken (…第十四届\n人民代表大会…).
	head := strings.ReplaceAll(string(a.t.R[a.start:min(a.end, a.start+600)]), "\n", "")
	if m := reMeeting.FindStringSubmatch(head); m != nil {
		if r, ok := bestMention([]rune(m[1]), tagHint, true); ok {
			return r
		}
	}
	// 2024年国务院政府工作报告 / 国务院总理李强作的政府工作报告: the State
	// Council's report is the nation's, though it may never write 全国.
	if reStateCouncilTitle.MatchString(title) {
		r, _ := Regions().ByCode("0")
		return r
	}
	// 自治区第十三届人民代表大会 / 2024年自治区政府工作报告: the report names
	// its level but not itself; the unit of that level the text names most
	// is it (宁夏, not the capital where the congress met).
	if lv, ok := bareLevel(title, head); ok {
		if r := a.mostNamedOfLevel(tagHint, lv); r.Name != "" {
			return r
		}
	}
	if r, ok := paperRegion(title, head); ok {
		return r
	}
	for _, l := range lines[1:min(len(lines), 8)] {
		if strings.Contains(l, "政府工作报告") || strings.Contains(l, "人民政府") || strings.Contains(l, "两会") {
			if r, ok := bestMention([]rune(l), tagHint, true); ok {
				return r
			}
		}
	}
	if strings.Contains(head, "全国人民代表大会") && strings.Contains(head, "国务院") {
		r, _ := Regions().ByCode("0") // the national report
		return r
	}
	best := a.mostNamedRegion(tagHint)
	// 经开区2022年工作汇报: a zone that names no city is the zone of the city
	// the text is about.
	// So is a text that speaks as its zone (在大连市委、市政府的坚强领导下,高新区
	// 坚持…): the city is named as the leadership it thanks.
	body := a.t.R[a.start:min(a.end, a.start+12000)]
	for _, z := range zoneWords {
		titled := strings.HasPrefix(title, z.text)
		if titled && isZoneUnit(best) {
			return best // 合肥经济技术开发区 named in the text: the list's zone itself
		}
		if (titled || z.text == z.short && z.short != "工业园区" && speaksAsZone(body, z.text, best)) && (best.Level == LevelPrefecture || best.Level == LevelCounty) {
			base := shortName(best)
			if base == "" {
				base = best.Name
			}
			return Region{Code: best.Code + "-" + z.code, Name: base + z.short, Level: LevelZone, ParentCode: best.Code}
		}
	}
	return best
}

// speaksAsZone reports whether a text best is the most named unit of
// speaks as a zone of it: the bare zone word as a subject twice, or once
// in a city's text that calls itself 全区 (a city says 全市).
func speaksAsZone(body []rune, word string, best Region) bool {
	n := selfZoneCount(body, word)
	if n >= 2 {
		return true
	}
	text := string(body)
	return n == 1 && best.Level == LevelPrefecture && strings.Count(text, "全区") > strings.Count(text, "全市")
}

// selfZoneCount counts a zone word standing alone as a clause's subject
// (,高新区坚持…; 。新区将…): not the end of a name (大连高新区) or of
// another word.
func selfZoneCount(rs []rune, word string) int {
	n := 0
	w := []rune(word)
	for i := 0; i+len(w) < len(rs); i++ {
		if hasAt(rs, i, word) && (i == 0 || strings.ContainsRune(",。;:\n、“", rs[i-1])) && !strings.ContainsRune("、和与及", rs[i+len(w)]) {
			n++
		}
	}
	return n
}

// rePaper is a local paper or news site named at the head of a page
// (来源:曲靖日报, 丽水日报 2025年1月20日 第03版).
var rePaper = regexp.MustCompile(`(\p{Han}{2,5}?)(?:日报|晚报|新闻网|融媒体中心|广播电视台)`)

// paperRegion is the region a local paper's piece means by 我市, 我州 or 我县
// (我市各县(市、区)政府工作报告扫描, in 曲靖日报: 曲靖市) where the title names
// no region itself: the paper's own, when its name is a unit of that level.
func paperRegion(title, head string) (Region, bool) {
	self := ""
	for _, w := range []string{"我市", "我省", "我州", "我县", "我区", "我盟"} {
		if strings.Contains(title, w) || strings.Contains(head, w) {
			self = w
			break
		}
	}
	if self == "" {
		return Region{}, false
	}
	m := rePaper.FindStringSubmatch(head)
	if m == nil {
		return Region{}, false
	}
	r, ok := bestMention([]rune(m[1]), "", true)
	if !ok || !strings.HasSuffix(r.Name, string([]rune(self)[1])) && !(self == "我州" && strings.HasSuffix(r.Name, "自治州")) {
		return Region{}, false
	}
	return r, true
}

// townUnderNamed is town r, or its namesake under a county or city the
// opening pages name in full (周庄镇 in a text that names 昆山市委: 昆山's
// 周庄镇, not 江阴's): a town's name alone is often shared.
func (a *articleReader) townUnderNamed(r Region) Region {
	if r.Level != LevelTown {
		return r
	}
	g := Regions()
	rs := a.t.R[a.start:min(a.end, a.start+3000)]
	for i := 0; i < len(rs); i++ {
		m, ok := g.FindAt(rs, i, false, "")
		if !ok {
			continue
		}
		i = m.End - 1
		u := m.Region
		if u.Level != LevelCounty && u.Level != LevelPrefecture || strings.HasPrefix(r.Code, u.Code) {
			continue
		}
		if t, ok := g.Resolve(r.Name, u.Code); ok && t.Level == LevelTown && t.Code != r.Code && strings.HasPrefix(t.Code, u.Code) {
			return t
		}
	}
	return r
}

// reStateCouncilTitle is a title naming the State Council's report: the
// report itself (2024年国务院政府工作报告), or the premier's delivery of it
// (国务院总理李强在…上作的政府工作报告), not an article about it.
var reStateCouncilTitle = regexp.MustCompile(`^(?:(?:19|20)\d\d年|[〇零一二三四五六七八九]{4}年)?国务院(?:政府工作报告|总理[^，。,;；:：]{0,40}作的?政府工作报告)`)

// reBareLevel is a congress or a report named by its level alone.
var reBareLevel = regexp.MustCompile(`(?:^|[^\p{Han}])(自治区|省|市|县|州)(?:第?[一二三四五六七八九十]{1,4}届(?:人民代表大会|人大)|人民政府工作报告|政府工作报告)`)

// bareLevel reads the level a report names itself by.
func bareLevel(title, head string) (Level, bool) {
	for _, s := range []string{title, head} {
		m := reBareLevel.FindStringSubmatch(s)
		if m == nil {
			continue
		}
		switch m[1] {
		case "自治区", "省":
			return LevelProvince, true
		case "市", "州":
			return LevelPrefecture, true
		case "县":
			return LevelCounty, true
		}
	}
	return "", false
}

// mostNamedOfLevel is the unit of one level the opening pages name most.
func (a *articleReader) mostNamedOfLevel(hint string, lv Level) Region {
	g := Regions()
	rs := a.t.R[a.start:min(a.end, a.start+12000)]
	score := map[string]int{}
	var best Region
	for i := 0; i < len(rs); i++ {
		m, ok := g.FindAt(rs, i, true, hint)
		if !ok {
			continue
		}
		i = m.End - 1
		if m.Region.Level != lv || personAt(rs, m) || conjunctionName(rs, m) || comparedName(rs, m) || m.Short && !shortUsable(a.t, a.start, rs, m) {
			continue // (市政府和县委: no 和县; 高于全省…: the yardstick)
		}
		score[m.Region.Code]++
		if score[m.Region.Code] > score[best.Code] {
			best = m.Region
		}
	}
	return best
}

// selfRefs are how a report refers to its own region; the one used most
// says which level the report is about (全市 → a 市).
var selfRefs = map[string][]string{
	"市":  {"全市", "我市", "市委", "市政府", "全市上下"},
	"县":  {"全县", "我县", "县委", "县政府"},
	"区":  {"全区", "我区", "区委", "区政府"},
	"省":  {"全省", "我省", "省委", "省政府"},
	"镇":  {"全镇", "我镇", "镇党委"},
	"乡":  {"全乡", "我乡", "乡党委"},
	"州":  {"全州", "我州", "州委", "州政府"},
	"旗":  {"全旗", "我旗", "旗委", "旗政府"},
	"盟":  {"全盟", "我盟", "盟委", "行署"},
	"街道": {"全街道", "我街道", "街道"}, // 街道 alone only as a word of its own (countSelfRef)
}

// selfDepth ranks a self-reference's level: on a tie the lower level is
// the text's own (街道党工委 twice and 区委区政府 once each: a 街道's report
// thanking the district above it).
func selfDepth(suf string) int {
	switch suf {
	case "省":
		return 0
	case "市", "州", "盟":
		return 1
	case "县", "区", "旗":
		return 2
	}
	return 3
}

// yardstickWords stand before the unit a text measures itself against
// (高于全省1.3个百分点, 位居全市第一, 占全市的23.6%).
var yardstickWords = []string{"位居", "居", "高于", "低于", "快于", "慢于", "超过", "领先", "占"}

// countSelfRef counts ref in text where it is the text's own region: 全省
// in 高于全省1.3个百分点 or 全省第一 is the yardstick, and a county's
// report that beats its province says nothing of being the province's.
func countSelfRef(text, ref string) int {
	n := 0
	for i := 0; ; {
		j := strings.Index(text[i:], ref)
		if j < 0 {
			return n
		}
		at, end := i+j, i+j+len(ref)
		i = end
		before, after := text[:at], text[end:]
		if r, _ := utf8.DecodeLastRuneInString(before); ref == "街道" && isHan(r) && !strings.ContainsRune("和在的与及", r) {
			continue // 临平街道, 全街道: a name or another ref, not 街道 speaking of itself
		}
		yard := strings.HasPrefix(after, "第") || strings.HasPrefix(after, "平均") || strings.HasPrefix(after, "前列")
		for _, w := range yardstickWords {
			yard = yard || strings.HasSuffix(before, w)
		}
		if !yard {
			n++
		}
	}
}

// mostNamedRegion scores every region the article names: full names count
// double, short names once, and names whose suffix matches the article's
// way of referring to itself (全市, 全县 …) count three times more.
func (a *articleReader) mostNamedRegion(hint string) Region {
	g := Regions()
	// The opening pages name the report's region often enough; a whole
	// report read to its end would cost as much as reading its figures.
	rs := a.t.R[a.start:min(a.end, a.start+12000)]
	text := string(rs)
	selfSuffix, selfCount := "", 0
	for suf, refs := range selfRefs {
		n := 0
		for _, r := range refs {
			n += countSelfRef(text, r)
		}
		if n > selfCount || n == selfCount && (selfDepth(suf) > selfDepth(selfSuffix) || selfDepth(suf) == selfDepth(selfSuffix) && suf < selfSuffix) {
			selfSuffix, selfCount = suf, n
		}
	}
	score := map[string]int{}
	regions := map[string]Region{}
	var best Region
	for i := 0; i < len(rs); i++ {
		m, ok := g.FindAt(rs, i, true, hint)
		if !ok || m.Region.Level == LevelCountry {
			continue
		}
		r := m.Region
		if genericNames[r.Name] && !m.Short || m.Short && !shortUsable(a.t, a.start, rs, m) {
			continue // (惠民生, 共同富裕, 资源型地区, 新增城镇: words, not 惠民县, 富裕县, 资源县 or 增城区)
		}
		if conjunctionName(rs, m) || comparedName(rs, m) || r.Level == LevelTown && !m.Short && gluedBefore(rs, m) && !a.t.brokeBefore(a.start+m.Start) {
			i = m.End - 1
			continue // (省委、州委和县委; 位居吕梁市第一; 快于城镇: not what the text is about)
		}
		if r.Level == LevelTown && !strings.HasSuffix(r.Name, "乡") && !strings.HasSuffix(r.Name, "镇") && !(selfSuffix == "街道" && strings.HasSuffix(r.Name, "街道")) && !isZoneUnit(r) {
			continue // (a 街道 counts in a text that speaks as one: 街道党工委; a zone the list holds among towns always)
		}
		if z, ok := zoneAtNear(rs, m, hint); ok {
			r = z
		}
		w := 2
		if m.Short || organAfter(rs, m) {
			w = 1 // (在潍坊市委、市政府的领导下: the unit above, thanked)
		}
		if selfCount > 0 && strings.HasSuffix(r.Name, selfSuffix) {
			w *= 3
		}
		if inList(rs, m) && partnersList(rs, m) {
			i = m.End - 1
			continue // 与达拉特旗、伊金霍洛旗…的区域合作: neighbours, neither the unit nor its parts
		}
		if inList(rs, m) {
			// 仁怀市、汇川区、红花岗区地区生产总值分别达到…: units listed
			// together are the report's parts; the list speaks for the unit
			// above them.
			if parent, ok := g.Parent(r); ok && parent.Level != LevelCountry {
				pw := 1
				if selfCount > 0 && strings.HasSuffix(parent.Name, selfSuffix) {
					pw = 3
				}
				score[parent.Code] += pw
				regions[parent.Code] = parent
				if score[parent.Code] > score[best.Code] {
					best = parent
				}
				i = m.End - 1
				continue
			}
		}
		score[r.Code] += w
		regions[r.Code] = r
		if score[r.Code] > score[best.Code] {
			best = r
		}
		i = m.End - 1
	}
	if selfCount > 0 && best.Code != "" && !strings.HasSuffix(best.Name, selfSuffix) {
		// A report that calls itself 全州 and names 大理市 more often than
		// 大理州 is the 州's: a unit it names inside itself does not outrank
		// the one above it that its own word fits.
		var above Region // the nearest such unit above it
		for code, r := range regions {
			if strings.HasSuffix(r.Name, selfSuffix) && code != best.Code && strings.HasPrefix(best.Code, code) && len(code) > len(above.Code) {
				above = r
			}
		}
		if above.Code != "" {
			return above
		}
		if t, ok := townNamedUnder(rs, best, selfSuffix, hint); ok {
			return t
		}
	}
	return best
}

// organAfter reports whether a unit is named as its Party committee or
// government (潍坊市委, 乐清市政府): in a lower unit's report, the one above
// it whose leadership it thanks.
func organAfter(rs []rune, m Mention) bool {
	return hasAt(rs, m.End, "委") || hasAt(rs, m.End, "政府") || hasAt(rs, m.End, "党委")
}

// townNamedUnder is the town of county best that a text speaking as a town
// (全镇, 街道党工委) names by its place name alone (柳市加快建设…, 是大良经济
// 社会发展…): the list's 柳市镇 under 乐清市, the one it names most; a
// town's own report names the county above it more often than itself.
func townNamedUnder(rs []rune, best Region, selfSuffix, hint string) (Region, bool) {
	if best.Level != LevelCounty || selfSuffix != "镇" && selfSuffix != "乡" && selfSuffix != "街道" {
		return Region{}, false
	}
	text := string(rs)
	var top Region
	most := 0
	for _, t := range Regions().Under(best.Code) {
		place, ok := strings.CutSuffix(t.Name, selfSuffix)
		if !ok || t.Level != LevelTown || utf8.RuneCountInString(place) < 2 {
			continue
		}
		if n := placeCount(rs, text, place); n > most {
			top, most = t, n
		}
	}
	return top, most > 0
}

// placeCount counts a town's place name where it stands as a name alone:
// not glued to the word before it, nor the start of another word (新中国
// holds no 新中镇, 雁荡山 no 雁荡镇), nor written with its level word (与北白象镇…: a
// neighbour is named in full, a town's own report names itself bare).
func placeCount(rs []rune, text, place string) int {
	if !strings.Contains(text, place) {
		return 0 // most towns of the county: no scan
	}
	p := []rune(place)
	n := 0
	for i := 0; i+len(p) <= len(rs); i++ {
		if !hasAt(rs, i, place) {
			continue
		}
		m := Mention{Start: i, End: i + len(p)}
		if !gluedBefore(rs, m) && !(m.End < len(rs) && strings.ContainsRune("国家镇乡街山湖", rs[m.End])) {
			n++
		}
	}
	return n
}

// wordSuffixAfter reports whether a short name runs on into a word ending
// that makes it an adjective or a process (资源型地区, 资源化利用, 开放性):
// the everyday word, not the county of that name.
func wordSuffixAfter(rs []rune, m Mention) bool {
	return m.End < len(rs) && strings.ContainsRune("型性化", rs[m.End])
}

// partnersList reports whether the list m is in follows 与 or 同 (新区与永登、
// 皋兰两县在…): units the text works with, not its own parts.
func partnersList(rs []rune, m Mention) bool {
	start := m.Start
	for start > 0 && rs[start-1] == '、' {
		p, ok := Regions().FindEndingAt(rs, max(0, start-13), start-1, true, "")
		if !ok {
			break
		}
		start = p.Start
	}
	return start > 0 && strings.ContainsRune("与同", rs[start-1])
}

// conjunctionName reports whether a two-character name is glued to the
// word before it: a conjunction and the next word's first character
// (州委和县委, 市和县两级: not 和县), or a slogan's verb and its object
// (旅游兴县, 工业强县, 文明兴镇: not 兴县 or 兴镇) — unless it follows its own
// parent's name (马鞍山市和县). Other names glued so are titles' (数说攸县).
func conjunctionName(rs []rune, m Mention) bool {
	if m.End-m.Start != 2 || m.Short || !strings.ContainsRune("和与及兴强立富", rs[m.Start]) || m.Start == 0 || !isHan(rs[m.Start-1]) || strings.ContainsRune("、的在是", rs[m.Start-1]) || afterVerb(rs, m.Start) || afterYear(rs, m.Start) {
		return false
	}
	if p, ok := Regions().Parent(m.Region); ok {
		for _, n := range []string{p.Name, shortName(p)} {
			if n != "" && hasBefore(rs, m.Start, n) {
				return false
			}
		}
	}
	return true
}

// properNounAfter reports whether a short name opens a proper noun named
// after the place (兰州大学, 滨海大道, 江北国际机场, 顺德站, 兰州石化): a
// university, a road or a station, not the unit as a figure's subject.
func properNounAfter(rs []rune, m Mention) bool {
	for _, w := range properNounWords {
		if hasAt(rs, m.End, w) {
			return true
		}
	}
	for k := m.End; k < min(len(rs), m.End+5) && isHan(rs[k]); k++ {
		if hasAt(rs, k, "大学") || hasAt(rs, k, "学院") {
			return true // 兰州交通大学, 贵州财经学院
		}
	}
	return false
}

var properNounWords = []string{"大学", "学院", "师范", "财经", "职业技术", "大道", "路", "大街", "街", "大桥", "国际机场", "机场",
	"站", "东站", "西站", "南站", "北站", "港", "石化", "钢铁", "集团", "公司", "银行", "大学城", "职教城", "高速"}

// comparedName reports whether a unit is named as the yardstick of a
// comparison or a rank (位居吕梁市第一, 高于西安市1.2个百分点, 占全省…):
// the region the text measures itself against, not the one it is about.
func comparedName(rs []rune, m Mention) bool {
	for _, w := range yardstickWords {
		if hasBefore(rs, m.Start, w) {
			return true
		}
	}
	for _, w := range []string{"第", "前列", "平均", "下达"} {
		if hasAt(rs, m.End, w) {
			return true
		}
	}
	return false
}

// inList reports whether mention m is an item of a list of units joined
// by 、 (A、B和C).
func inList(rs []rune, m Mention) bool {
	g := Regions()
	if m.End < len(rs) && rs[m.End] == '、' {
		if n, ok := g.FindAt(rs, m.End+1, true, ""); ok && !genericNames[n.Region.Name] {
			return true
		}
	}
	if m.Start > 0 && rs[m.Start-1] == '、' {
		// The item before the 、 ends in a unit's name (仁怀市、汇川区); a
		// list of other things (…山段、佛山地铁3号线) is no list of units.
		n, ok := g.FindEndingAt(rs, max(0, m.Start-12), m.Start-1, true, "")
		return ok && !genericNames[n.Region.Name] // (新区、高阳工业园区: parks, not units)
	}
	return false
}

// firstMention returns the first region named in rs.
func firstMention(rs []rune, hint string) (Mention, bool) {
	g := Regions()
	for i := range rs {
		if m, ok := g.FindAt(rs, i, true, hint); ok {
			return m, true
		}
	}
	return Mention{}, false
}

// bestMention returns the most specific region named in a short text such
// as a title: 2019年醴陵市政府工作报告 → 醴陵市; 湖南省醴陵市 → 醴陵市.
func bestMention(rs []rune, hint string, allowShort bool) (Region, bool) {
	g := Regions()
	var best Region
	found := false
	for i := 0; i < len(rs); i++ {
		m, ok := g.FindAt(rs, i, allowShort, hint)
		if !ok {
			continue
		}
		if personAt(rs, m) || m.Short && wordNames[string(rs[m.Start:m.End])] || conjunctionName(rs, m) {
			i = m.End - 1 // (全州各族干部群众: a 州's own whole, not 全州县; 市政府和县委: no 和县)
			continue
		}
		r := m.Region
		if r.Level == LevelTown && strings.HasSuffix(r.Name, "街道") && !m.Short {
			// 粤海街道办事处2021年工作报告: a subdistrict's own report.
			best, found = r, true
			i = m.End - 1
			continue
		}
		if z, ok := zoneAtNear(rs, m, hint); ok {
			r = z
			m.End = len(rs)
		} else if written, ok := formerNameAt(rs, m); ok {
			r.Name = written
		} else if town, end, ok := renamedTownAfter(rs, m); ok {
			r, m.End = town, end // 堆龙德庆区古荣乡: the list's 古荣镇, as the text names it
		}
		if !found || levelRank(r.Level) >= levelRank(best.Level) && r.Level != LevelTown || r.Level == LevelTown && (strings.HasSuffix(r.Name, "乡") || strings.HasSuffix(r.Name, "镇")) {
			if r.Level != LevelTown || strings.HasSuffix(r.Name, "乡") || strings.HasSuffix(r.Name, "镇") {
				best, found = r, true
				if len(r.Code) >= 2 {
					hint = r.Code[:min(4, len(r.Code))]
				}
			}
		}
		i = m.End - 1
	}
	return best, found
}

// formerNameAt reads a county-level unit written by the name it had when
// the report was given (神木县人民政府工作报告, 2014; a 市 since 2017): the
// figures carry that name, as the report does, and it resolves to the
// unit's code (Gazetteer.formerName), so its years stay one series.
func formerNameAt(rs []rune, m Mention) (string, bool) {
	if last := rs[m.End-1]; m.Short && m.Region.Level == LevelCounty && strings.ContainsRune("县市区旗", last) && !strings.HasSuffix(m.Region.Name, string(last)) {
		return string(rs[m.Start:m.End]), true // the level word read with the name (FindAt)
	}
	if !m.Short || m.Region.Level != LevelCounty || m.End >= len(rs) || !strings.ContainsRune("县市区旗", rs[m.End]) ||
		strings.HasSuffix(m.Region.Name, string(rs[m.End])) || hasAt(rs, m.End, "区域") || hasAt(rs, m.End, "市场") {
		return "", false
	}
	return string(rs[m.Start : m.End+1]), true
}

// renamedTownAfter reads a 乡 or 镇 written right after a county-level unit
// m that the division list holds under that unit with the other word: a 乡
// made a 镇 since (古荣乡, the list's 古荣镇), or the other way round. The
// town is named as the text names it.
func renamedTownAfter(rs []rune, m Mention) (Region, int, bool) {
	if m.Region.Level != LevelCounty {
		return Region{}, 0, false
	}
	for n := 1; n <= 4 && m.End+n < len(rs); n++ {
		end := m.End + n
		if !isHan(rs[end-1]) {
			break
		}
		if rs[end] != '乡' && rs[end] != '镇' {
			continue
		}
		other := "镇"
		if rs[end] == '镇' {
			other = "乡"
		}
		name := string(rs[m.End:end]) + other
		u, ok := Regions().Resolve(name, m.Region.Code)
		if !ok || u.Name != name || u.Level != LevelTown || !strings.HasPrefix(u.Code, m.Region.Code) {
			continue
		}
		u.Name = string(rs[m.End : end+1])
		return u, end + 1, true
	}
	return Region{}, 0, false
}

// surnames are the commonest family names: a place's short name right
// after one and before a verb is part of a person's name (黄兴国作政府
// 工作报告 is the mayor, not 兴国县).
const surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"

// personVerbs follow a person's name in a headline or a byline.
var personVerbs = []string{"作", "代表", "说", "指出", "强调", "表示", "同志", "主持", "出席"}

func personAt(rs []rune, m Mention) bool {
	if !m.Short || m.Start == 0 || !strings.ContainsRune(surnames, rs[m.Start-1]) || m.End-m.Start > 2 {
		return false
	}
	if _, ok := Regions().FindEndingAt(rs, 0, m.Start, true, ""); ok {
		return false // 浙江杭州: the 江 ends a place's name, not a family's
	}
	for _, v := range personVerbs {
		if hasAt(rs, m.End, v) {
			return true
		}
	}
	return false
}

var zoneWords = []struct{ text, short, code string }{
	{"高新技术产业开发区", "高新区", "gx"}, {"国家高新区", "高新区", "gx"}, {"高新区", "高新区", "gx"},
	{"经济技术开发区", "经开区", "jk"}, {"经济开发区", "经开区", "jk"}, {"经开区", "经开区", "jk"},
	{"工业园区", "工业园区", "gy"}, {"新区", "新区", "xq"},
}

// zoneAt recognises a development zone named after a region (株洲高新区,
// 株洲市高新技术产业开发区) and names it by its common short form.
// zoneAtNear is zoneAt in a text of the province whose code prefix is
// hint ("" for none): a zone named by a district's short name from another
// province, or with no province to go by (东湖高新区2025年工作报告; 南昌 has
// the 东湖区), is not placed under that district but filed by its own name,
// as LookupRegionNear files it.
func zoneAtNear(rs []rune, m Mention, hint string) (Region, bool) {
	z, ok := zoneAt(rs, m)
	if !ok || !m.Short || !districtStem(m.Region, string(rs[m.Start:m.End])) || hint != "" && strings.HasPrefix(m.Region.Code, hint) {
		return z, ok
	}
	name := string(rs[m.Start:m.End]) + strings.TrimPrefix(z.Name, shortName(m.Region))
	return Region{Code: "z:" + name, Name: name, Level: LevelZone}, true
}

func zoneAt(rs []rune, m Mention) (Region, bool) {
	// A municipality (天津经济技术开发区, 重庆高新区) names its zones as a
	// city does.
	if m.Region.Level != LevelPrefecture && m.Region.Level != LevelCounty && !(m.Region.Level == LevelProvince && strings.HasSuffix(m.Region.Name, "市")) {
		return Region{}, false
	}
	for _, z := range zoneWords {
		if hasAt(rs, m.End, z.text) {
			base := shortName(m.Region)
			if base == "" {
				base = m.Region.Name
			}
			return Region{Code: m.Region.Code + "-" + z.code, Name: base + z.short, Level: LevelZone, ParentCode: m.Region.Code}, true
		}
	}
	return Region{}, false
}
