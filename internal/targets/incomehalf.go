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

// otherIncomeHalf reads the other group's word opening the clause at rs[i]
// after a figure of one group's income, when the clause's value follows with
// no noun of its own; it returns the word's end.
func (p *sentenceParser) otherIncomeHalf(i, e int) (int, bool) {
	if i != p.clauseFrom || len(p.pend) > 0 || p.rs[i] != '城' && p.rs[i] != '农' {
		return 0, false
	}
	// The figure before: this sentence's last, or at its start the topic
	// of the one before (…16230元、增长7.6%;城镇常住居民41880元).
	before := p.aheadTopic
	if len(p.out) > 0 {
		before = p.out[len(p.out)-1].key
	} else if i != p.sentFrom {
		return 0, false
	}
	var other string
	switch strings.TrimSuffix(before, "_growth") {
	case "urban_disposable_income":
		other = "rural_disposable_income"
	case "rural_disposable_income":
		other = "urban_disposable_income"
	default:
		return 0, false
	}
	w := wordAt(p.rs, i, incomeHalves[other])
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
