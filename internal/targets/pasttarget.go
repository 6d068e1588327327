package targets

import (
	"regexp"
	"strings"
)

// Plan-execution reports (计划执行情况) and some reviews give each result
// with the year's target beside it in brackets:
// 地区生产总值增长2.8%(年度预期目标为6.5%左右). The bracket is that
// year's target of the same indicator: a planned figure of the year under
// review, not a target of the year ahead, and not a second result.

// targetAsideWords open a bracket that states the target a result was
// measured against.
var targetAsideWords = []string{"年度预期目标为", "年度预期目标", "年初预期目标为", "年初预期目标", "预期目标为", "预期目标", "年度目标为", "年度目标", "目标为", "计划目标为", "计划为"}

// targetAsideNouns open such a bracket only with the target's number
// right after them, a copula or a rate verb between (计划7.5%, 目标:5.5%以内,
// 年度计划为增长8%); a bracket they open without one (目标任务超额完成) is
// read as any other. Longest first.
var targetAsideNouns = []string{"年度计划", "年初计划", "年计划", "计划", "年度预期", "年初预期", "预期", "目标"}

// targetAside reads a bracket at rs[i] that states the target of the
// figure just read. It returns the bracket's end.
func (p *sentenceParser) targetAside(i, e int) (int, bool) {
	close := -1
	for j := i + 1; j < e && j < i+40; j++ {
		if p.rs[j] == ')' {
			close = j
			break
		}
	}
	if close < 0 {
		return 0, false
	}
	at, rate := 0, false
	if word := wordAt(p.rs, i+1, targetAsideWords); word != "" {
		at = i + 1 + len([]rune(word))
	} else if noun := wordAt(p.rs, i+1, targetAsideNouns); noun != "" {
		var ok bool
		if at, rate, ok = targetNumberAt(p.rs, i+1+len([]rune(noun)), close, false); !ok {
			return 0, false
		}
	} else {
		return 0, false
	}
	res, ok := p.resultEndingAt(i - 1)
	if !ok {
		return close + 1, true // a target with no result just before it: nothing to pair it with
	}
	if q, found := ParseQuantity(p.rs, at); found && q.End <= close { // 年度预期目标为与经济增长基本同步: no number
		p.addTargetOf(rateOf(res, q, rate), q, close+1)
	}
	return close + 1, true
}

// targetCopulas stand between a target's noun and its number (计划为7%,
// 目标是6%, 目标:5.5%以内).
var targetCopulas = []string{"为", "是", ":"}

// targetNumberAt reads what follows a target's noun at rs[at]: a copula
// (required where needCopula), a rate verb, and the number, which must
// start before end. It returns where the number starts and whether the
// verb made it a rate.
func targetNumberAt(rs []rune, at, end int, needCopula bool) (int, bool, bool) {
	cop := wordAt(rs, at, targetCopulas)
	if cop == "" && needCopula {
		return 0, false, false
	}
	at += len([]rune(cop))
	rate := false
	if v := wordAt(rs, at, []string{"增长", "增速为", "增速"}); v != "" {
		at, rate = at+len([]rune(v)), true
	}
	if at >= end || !isDigit(rs[at]) {
		return 0, false, false
	}
	return at, rate, true
}

// rateOf is the result whose target q is: the growth of the result's
// indicator where a rate verb named the target a rate and the result is
// a level (…完成802亿元,年初目标增长10%).
func rateOf(res raw, q Quantity, rate bool) raw {
	if rate && q.Class == ClassPercent && !strings.HasSuffix(res.key, "_growth") {
		if _, ok := LookupIndicator(res.key + "_growth"); ok {
			res.key += "_growth"
		}
	}
	return res
}

// targetClauseWords open a clause that states the target of the result
// just before it, with no bracket: …增长5.3%,年初目标是6%; …完成802亿元,年初
// 目标增长10%; …分别增长8.1%和7.9%,年初目标分别为8%和8.5%. Longest first.
// 计划 opens one too (…增长6.6%,计划为7%; …,计划增长6.5%), and 预期 with
// a copula (…,预期为6%左右): 预期增长 alone may be the next year's plan.
var targetClauseWords = []string{"年初预期目标是", "年初预期目标为", "年度预期目标是", "年度预期目标为", "年初目标是", "年初目标为",
	"年度目标是", "年度目标为", "预期目标是", "预期目标为", "目标是", "目标为", "预期为", "预期是", "预期:",
	"年初预期目标", "年度预期目标", "年初预期", "年初目标", "年初计划", "年度计划", "年度目标", "预期目标", "计划目标", "目标", "计划"}

// missedTargetWords say a result fell short of the target named after
// them in brackets (未完成年度目标(6%)).
var missedTargetWords = []string{"未完成", "未达到", "未实现", "没有完成", "没有达到"}

// targetVerbs may stand between such words and the number; the first
// ones say the number is a rate.
var targetVerbs = []string{"增长", "增速为", "增速", "为", "是", ":", "达到", "提高到", "提高", "控制在"}

// targetClause reads such a clause after the comma at rs[i]; it returns
// the clause's end. A clause that follows no result is read as usual.
func (p *sentenceParser) targetClause(i, e int) (int, bool) {
	word := wordAt(p.rs, i+1, targetClauseWords)
	if word == "" && hasAt(p.rs, i+1, "预期") && measuredAfter(p.rs, i+3, e) {
		word = "预期" // …完成1120.6亿元,预期增长6.5%,实际增长6.9%: with its result after it
	}
	missed := ""
	if word == "" {
		// …增长3%,未完成年度目标(6%): the bracket after the target's noun
		// is that target.
		if missed = wordAt(p.rs, i+1, missedTargetWords); missed != "" {
			word = wordAt(p.rs, i+1+len([]rune(missed)), targetClauseWords)
		}
	}
	res, ok := p.resultEndingAt(i)
	if word == "" || !ok {
		return 0, false
	}
	end := i + 1
	for end < e && p.rs[end] != ',' && p.rs[end] != ';' && p.rs[end] != '。' {
		end++
	}
	at := i + 1 + len([]rune(missed)) + len([]rune(word))
	if missed != "" {
		if at >= end || p.rs[at] != '(' {
			return 0, false
		}
		at++
	}
	each := hasAt(p.rs, at, "分别")
	if each {
		at += 2
	}
	verb := wordAt(p.rs, at, targetVerbs)
	at += len([]rune(verb))
	qs := quantitiesIn(p.rs, at, end)
	if len(qs) == 0 || len(qs) > 1 && !each {
		return 0, false
	}
	results := []raw{res}
	if len(qs) > 1 {
		if results = p.lastResults(len(qs)); results == nil {
			return 0, false
		}
	}
	rate := verb == "增长" || verb == "增速" || verb == "增速为"
	for k, q := range qs {
		to := q.End
		if missed != "" && to < end && p.rs[to] == ')' {
			to++ // the quote holds the whole bracket: 未完成年度目标(6%)
		}
		p.addTargetOf(rateOf(results[k], q, rate), q, to)
	}
	p.lastEnd = qs[len(qs)-1].End
	// A rate's result may follow with no name (…,实际增长6.9%; …,实际完成6.1%):
	// it is read as after a lead clause (see endLead).
	p.leadTarget = rate && len(qs) == 1
	return end, true
}

// measuredAfter reports whether the clause after the one at rs[at] gives a
// measured result (实际, 完成, 实现 and a number), not an estimate (预计…).
func measuredAfter(rs []rune, at, e int) bool {
	for j := at; j < e && rs[j] != ',' && rs[j] != ';' && rs[j] != '。'; j++ {
		if j+1 < e && rs[j+1] == ',' {
			return !hasAt(rs, j+2, "预计") && resultClauseAfter(rs, j+1, e)
		}
	}
	return false
}

// quantitiesIn reads the numbers of a list written at rs[at] (8%和8.5%,
// 6%、7%): each after the one before, up to the clause's end.
func quantitiesIn(rs []rune, at, end int) []Quantity {
	var qs []Quantity
	for {
		q, ok := ParseQuantity(rs, at)
		if !ok || q.End > end {
			return qs
		}
		qs = append(qs, q)
		at = q.End
		if at < end && (rs[at] == '、' || rs[at] == '和' || rs[at] == '与' || rs[at] == '及') {
			at++
			continue
		}
		return qs
	}
}

// lastResults is the list of n results read last, in order, when the
// figures just read are that many results and no target among them.
func (p *sentenceParser) lastResults(n int) []raw {
	if len(p.out) < n {
		return nil
	}
	rs := p.out[len(p.out)-n:]
	for _, r := range rs {
		if r.pastTarget || r.start {
			return nil
		}
	}
	return rs
}

// wordAt is the first of words written at rs[at], or "".
func wordAt(rs []rune, at int, words []string) string {
	for _, w := range words {
		if hasAt(rs, at, w) {
			return w
		}
	}
	return ""
}

// resultEndingAt is the figure just read, if it ends at or after rune at
// and is a result (not a target already paired with one).
func (p *sentenceParser) resultEndingAt(at int) (raw, bool) {
	if len(p.out) == 0 {
		return raw{}, false
	}
	res := p.out[len(p.out)-1]
	return res, res.to >= at && !res.pastTarget
}

// reTargetClause is such a clause, for the words that decide a
// sentence's kind.
var reTargetClause = regexp.MustCompile(`,(?:(?:年初|年度)?(?:预期)?目标[是为]|(?:年初|年度)(?:预期目标|预期|目标|计划)(?:分别)?|(?:预期)?目标(?:分别|增长))[^,;。]*\d[^,;。]*`)

// withoutTargetAsides is a sentence without its target brackets, for the
// words that decide its part and kind: 预期目标 in a bracket does not make
// a review's sentence a plan.
func withoutTargetAsides(s string) string {
	s = withoutTargetLeads(s)
	if !strings.Contains(s, "目标") {
		return s
	}
	s = reTargetClause.ReplaceAllString(withoutNamedTargets(s), "")
	if !strings.Contains(s, "(") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, "(")
		if i < 0 {
			break
		}
		j := strings.Index(s[i:], ")")
		if j < 0 {
			break
		}
		b.WriteString(s[:i])
		if !strings.Contains(s[i:i+j], "目标") {
			b.WriteString(s[i : i+j+1])
		}
		s = s[i+j+1:]
	}
	b.WriteString(s)
	return b.String()
}

// withoutNamedTargets drops the words that name a number as the target a
// result was measured against (增长2.6%,低于年初确定的5.5%以上的预期目标),
// which do not make a review's sentence a plan either.
func withoutNamedTargets(s string) string {
	for _, w := range targetWords {
		for from := 0; ; {
			i := strings.Index(s[from:], w)
			if i < 0 {
				break
			}
			i += from
			before := []rune(s[max(0, i-12):i])
			if k := len(before); k > 0 && strings.ContainsAny(string(before[max(0, k-4):]), "%0123456789") {
				s = s[:i] + s[i+len(w):]
				from = i
				continue
			}
			from = i + len(w)
		}
	}
	return s
}

// targetWords follow a number that names the target a result is measured
// against: 增长7.7%,高于7.5%的年度预期目标; 上涨1.5%,控制在3%左右的预期目标以内;
// 涨幅2.1%,低于3%左右的调控目标.
var targetWords = []string{"的年度预期目标", "的预期目标", "的年度目标", "的年初目标", "的年度计划目标", "的目标以内", "的目标之内", "的调控目标", "的年度调控目标", "的控制目标"}

// targetNamed reads such a number as the planned figure of the result just
// before it in the sentence, of that result's year.
func (p *sentenceParser) targetNamed(q Quantity) bool {
	if len(p.out) == 0 {
		return false
	}
	res := p.out[len(p.out)-1]
	to, bracketed := bracketedTarget(p.rs, q)
	named := wordAt(p.rs, q.End, targetWords) != "" || p.setTargetNamed(res, q) || bracketed
	if !bracketed {
		to = q.End
	}
	if !named {
		return false
	}
	if res.pastTarget || res.to > q.Start || q.Start-res.to > 12 {
		return false
	}
	if n := len(p.pend); n > 0 && p.pend[n-1].st != nil && p.pend[n-1].from > res.to {
		return false // …增长6%左右、规上工业增加值增长8%的预期目标: 8% is the indicator named before it
	}
	for _, r := range p.rs[res.to:q.Start] {
		if r == ';' || r == '。' {
			return false
		}
	}
	if !p.addTargetOf(res, q, to) {
		return false
	}
	p.lastEnd = to
	return true
}

// bracketedTarget reports whether q is the target written in brackets
// after its name (增长6.1%,高于预期目标(6%)0.1个百分点; 较预期目标(240天)少4天),
// and where its bracket closes.
func bracketedTarget(rs []rune, q Quantity) (int, bool) {
	if q.Start < 1 || rs[q.Start-1] != '(' {
		return 0, false
	}
	named := false
	for _, w := range []string{"预期目标", "年度目标", "目标", "计划"} {
		named = named || hasBefore(rs, q.Start-1, w)
	}
	end := q.End
	for end < len(rs) && rs[end] != ')' && end-q.End < 3 {
		end++ // (6%左右)
	}
	if !named || end >= len(rs) || rs[end] != ')' {
		return 0, false
	}
	return end + 1, true
}

// addTargetOf records q as the planned figure of result res, its quote
// running from the result to rune to; it reports whether q fits the
// result's indicator. The bound is the one written after the number
// (左右, 以上), not a verb's before it (高于7.5%的…目标 is 7.5%).
func (p *sentenceParser) addTargetOf(res raw, q Quantity, to int) bool {
	in, ok := LookupIndicator(res.key)
	if !ok {
		return false
	}
	v, unit, fits := q.inUnit(in)
	if !fits {
		return false
	}
	cmp := q.Cmp
	if cmp == "" || q.ByVerb {
		cmp = Exactly
	}
	p.out = append(p.out, raw{region: res.region, subjectBy: res.subjectBy, key: res.key, q: q, value: v, unit: unit, cmp: cmp,
		from: res.from, to: to, pastTarget: true, carried: res.carried})
	return true
}

// namedTargetEnds close a list of figures that together are named as the
// targets (…增长7.5%左右、规模以上工业增加值增长8%、…一般公共预算收入增长5%的目标任务
// 有望全面完成): what they state is what was set, not what came out.
var namedTargetEnds = append([]string{"的目标任务", "的目标", "的全年目标", "的全年预期目标", "等目标任务", "等主要目标", "等预期目标", "等目标"}, targetWords...)

// markNamedTargets marks the figures of such a list as targets: the one
// the words follow and those before it in the same clause.
func markNamedTargets(rs []rune, raws []raw) []raw {
	mark := -1 // the end of the marked figure the list runs to
	for i := len(raws) - 1; i >= 0; i-- {
		r := &raws[i]
		switch {
		case r.pastTarget:
			mark = -1
		case wordAt(rs, r.to, namedTargetEnds) != "":
			r.pastTarget, mark = true, r.to
		case mark > r.to && !clauseBreak(rs, r.to, mark):
			r.pastTarget = true
		default:
			mark = -1
		}
	}
	return raws
}

// clauseBreak reports whether a comma, semicolon or full stop stands in
// rs[from:to].
func clauseBreak(rs []rune, from, to int) bool {
	for _, c := range rs[from:to] {
		if c == ',' || c == ';' || c == '。' {
			return true
		}
	}
	return false
}

// setTargetNamed reports whether q is named as the target set at the year's
// start by words before it and a bare 的目标 after it (…增长1.3%,年初确定的
// 增长6.5%的目标未能实现): 的目标 alone names no target of the result before
// it (…增长7%,完成全年的目标).
func (p *sentenceParser) setTargetNamed(res raw, q Quantity) bool {
	if !hasAt(p.rs, q.End, "的目标") || res.to > q.Start {
		return false
	}
	between := string(p.rs[res.to:q.Start])
	return containsAny(between, "年初确定", "年初提出", "年初设定", "年初制定", "年初预期", "年度确定")
}
