package targets

import "strings"

// A report gives the urban and rural incomes in two clauses and names the
// second one's group alone, its noun left out as said: 城镇居民人均可支配收入
// 增长7.9%,农村居民增长10.6%; …51140元,农村常住居民23230元、增长10.6%.

// incomeHalves are the words of each group, longest first.
var incomeHalves = map[string][]string{
	"urban_disposable_income": {"城镇常住居民人均", "城镇常住居民", "城镇居民人均", "城镇居民", "城市居民人均", "城市居民"},
	"rural_disposable_income": {"农村常住居民人均", "农村常住居民", "农村居民人均", "农村居民", "农民人均", "农民"},
}

// bareHalves name a group alone where the income was named for both just
// before (城乡居民人均可支配收入:城镇41280元,农村18650元).
var bareHalves = map[string][]string{
	"urban_disposable_income": {"城镇", "城市"},
	"rural_disposable_income": {"农村", "农民"},
}

// halvesFollow reports whether the urban and rural income named together
// ending at rs[end] are given half by half after a colon (…收入:城镇41280元).
func halvesFollow(rs []rune, end int) bool {
	for _, w := range []string{"分别为", "分别是", "为", ""} {
		if j := end + len([]rune(w)); hasAt(rs, end, w) && j < len(rs) && rs[j] == ':' {
			return wordAt(rs, j+1, append(incomeHalves["urban_disposable_income"], bareHalves["urban_disposable_income"]...)) != "" ||
				wordAt(rs, j+1, append(incomeHalves["rural_disposable_income"], bareHalves["rural_disposable_income"]...)) != ""
		}
	}
	return false
}

// otherIncomeHalf reads the other group's word opening the clause at rs[i]
// after a figure of one group's income, when the clause's value follows with
// no noun of its own; it returns the word's end.
func (p *sentenceParser) otherIncomeHalf(i, e int) (int, bool) {
	sub := i == p.clauseFrom+2 && hasAt(p.rs, p.clauseFrom, "其中") // …32456元,其中城镇居民43210元
	if !(i == p.clauseFrom || sub || p.halvesNamed && i > 0 && p.rs[i-1] == '、') || len(p.pend) > 0 || p.rs[i] != '城' && p.rs[i] != '农' {
		return 0, false
	}
	// The figure before: this sentence's last, or at its start the topic
	// of the one before (…16230元、增长7.6%;城镇常住居民41880元).
	before := p.aheadTopic
	if before == "" {
		before = p.prevKey // …43210元,增长5.2%;农村居民20120元: the sentence before ended on the other half
	}
	if len(p.out) > 0 {
		before = p.out[len(p.out)-1].key
	} else if i != p.sentFrom && !p.halvesNamed {
		return 0, false
	}
	if sub && strings.TrimSuffix(before, "_growth") == "disposable_income" {
		p.halvesNamed = true // the residents' income, then its halves
	}
	var other, w string
	switch {
	case p.halvesNamed:
		for _, k := range []string{"urban_disposable_income", "rural_disposable_income"} {
			if w = wordAt(p.rs, i, append(incomeHalves[k], bareHalves[k]...)); w != "" {
				other = k
				break
			}
		}
	case strings.TrimSuffix(before, "_growth") == "urban_disposable_income":
		other = "rural_disposable_income"
	case strings.TrimSuffix(before, "_growth") == "rural_disposable_income":
		other = "urban_disposable_income"
	}
	if other == "" {
		return 0, false
	}
	if w == "" {
		w = wordAt(p.rs, i, incomeHalves[other])
	}
	if b := wordAt(p.rs, i, bareHalves[other]); w == "" && b != "" && hasDigitSoon(p.rs, i+len([]rune(b)), 3) {
		w = b // …41280元,增长4.6%;农村18650元: the group alone, its value right after
	}
	if w == "" {
		return 0, false
	}
	end := i + len([]rune(w))
	j := end
	for j < e && !isDigit(p.rs[j]) && !isClauseMark(p.rs[j]) {
		j++
	}
	if j >= e || !isDigit(p.rs[j]) || !subjectless(p.rs, end, j) {
		return 0, false // 农村居民人均消费支出增长9%: a noun of its own
	}
	p.pend = append(p.pend, pending{st: stemByKey(other), from: i})
	p.last, p.loose = nil, pending{}
	return end, true
}

// hasDigitSoon reports whether a digit stands within n runes of rs[at],
// in the same clause.
func hasDigitSoon(rs []rune, at, n int) bool {
	for j := at; j < len(rs) && j <= at+n; j++ {
		if isDigit(rs[j]) {
			return true
		}
		if isClauseMark(rs[j]) {
			return false
		}
	}
	return false
}
