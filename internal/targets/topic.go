package targets

import "strings"

// aspectWords open a sentence that goes on about the indicator the sentence
// before spoke of, from one side of it, without naming it again (从增速看,
// 宜宾、南充、泸州位居全省前三,分别增长9.2%、8.8%和8.7%).
var aspectWords = []string{"从增速看", "从增速上看", "从增幅看", "从增长速度看", "从发展速度看", "从增速来看", "从增幅来看", "增速方面", "从增量看"}

// aspectOpens reports whether the sentence rs[s:e] opens with an aspect
// word, after a leading 其中 or 同时, and a comma follows it.
func aspectOpens(rs []rune, s, e int) bool {
	i := s
	for _, w := range []string{"其中", "同时"} {
		if hasAt(rs, i, w) {
			i += len([]rune(w))
			if i < e && (rs[i] == ',' || rs[i] == ':') {
				i++
			}
			break
		}
	}
	w := wordAt(rs, i, aspectWords)
	if w == "" {
		return false
	}
	j := i + len([]rune(w))
	return j < e && (rs[j] == ',' || rs[j] == ':')
}

// namedAspect reads a sentence rs[s:e] that opens on one indicator as its
// aspect (从经济增长目标看,太原市预期增长5.5%左右,大同市6%…; 一般公共预算收入
// 方面,…): the clauses after give units' values of that indicator. It
// returns the indicator's stem, whether the aspect is its rate, and where
// the aspect's comma is.
func namedAspect(rs []rune, s, e int) (*stem, bool, int) {
	i := s
	from := hasAt(rs, i, "从")
	if from {
		i++
	}
	ae, ok := matchAlias(rs, i)
	if !ok || ae.stem == nil {
		return nil, false, 0
	}
	j := i + len(ae.text)
	rate := strings.HasSuffix(string(ae.text), "增长") || strings.HasSuffix(string(ae.text), "增速")
	for _, w := range []string{"增速", "增长", "目标", "预期目标"} {
		if hasAt(rs, j, w) {
			j += len([]rune(w))
			rate = rate || w == "增速" || w == "增长"
		}
	}
	ends := []string{"方面"}
	if from {
		ends = []string{"来看", "上看", "看"}
	}
	w := wordAt(rs, j, ends)
	if w == "" {
		return nil, false, 0
	}
	j += len([]rune(w))
	if j >= e || rs[j] != ',' && rs[j] != ':' {
		return nil, false, 0
	}
	return ae.stem, rate, j
}

// sentenceTopic is the one indicator a sentence's figures are all about
// (a level and its growth count as one), "" when they are about several or
// none: the topic an aspect sentence after it goes on with.
func sentenceTopic(raws []raw) string {
	topic := ""
	for _, r := range raws {
		k := strings.TrimSuffix(r.key, "_growth")
		if k == "" || strings.HasPrefix(k, "other:") || topic != "" && k != topic {
			return ""
		}
		topic = k
	}
	return topic
}

// rankedUnits reports, at a clause break before 分别, whether the clause
// that ends there names two or more units and only their rank (宜宾、南充、
// 泸州位居全省前三,分别增长9.2%、8.8%和8.7%): the list goes on past the
// comma, so the values after 分别 are the units'.
func (p *sentenceParser) rankedUnits(at int) bool {
	if !hasAt(p.rs, at, "分别") || len(p.pend) > 0 || p.lastEnd > p.clauseFrom {
		return false
	}
	ms, end := p.mentionsAt(p.clauseFrom)
	if len(ms) < 2 || end >= at {
		return false
	}
	clause := string(p.rs[end:at])
	if !containsAny(clause, rankWords...) || !containsAny(clause, rankPlaces...) || strings.ContainsAny(clause, "0123456789%") {
		return false
	}
	p.rankedAt = at
	return true
}

// unitsKeepTopic drops from an aspect sentence that names other units the
// topic's values that none of them was given: read as the report's own, they
// would be the units' figures under the wrong name (从增速看,常宁、耒阳…
// where the list was not read).
func (p *sentenceParser) unitsKeepTopic(s, e int, topic string) []raw {
	if !p.namesOthers(s, e) {
		return p.out
	}
	kept := p.out[:0]
	for _, r := range p.out {
		if r.region.Name == "" && strings.TrimSuffix(r.key, "_growth") == topic {
			continue
		}
		kept = append(kept, r)
	}
	return kept
}

// namesOthers reports whether rs[s:e] names a unit other than the report's own.
func (p *sentenceParser) namesOthers(s, e int) bool {
	g := Regions()
	for i := s; i < e; i++ {
		m, ok := g.FindAt(p.rs, i, true, p.hint)
		if !ok || !usableMention(p.rs, m) {
			continue
		}
		if len(p.others([]Mention{m})) > 0 {
			return true
		}
		i = m.End - 1
	}
	return false
}

// speedRefWords point back at the rate the sentence before gave (这个速度
// 放在全省来看并不低,全省同期增长3.5%): the rates after them are that
// indicator's, of whoever the clause names.
var speedRefWords = []string{"这个速度", "这一速度", "这个增速", "这一增速", "这样的速度", "这个增幅", "这一增幅"}

// speedRefOpens reports whether the sentence rs[s:e] opens with such a
// word, in a first clause with no number of its own.
func speedRefOpens(rs []rune, s, e int) bool {
	if wordAt(rs, s, speedRefWords) == "" {
		return false
	}
	for i := s; i < e; i++ {
		switch {
		case rs[i] == ',' || rs[i] == ';':
			return i+1 < e
		case isDigit(rs[i]):
			return false
		}
	}
	return false
}
