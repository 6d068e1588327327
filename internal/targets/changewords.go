package targets

import "strings"

// A review may give a rate through the change it made rather than with a
// plain verb: 一般公共预算收入降幅收窄至1.8% (降幅 is a fall's size: the
// growth is −1.8), 增幅由负转正,达到2.3% (the turn's clause holds no number;
// the rate comes a clause later). A change in points (降幅收窄5.1个百分点,
// 增速回落2.3个百分点) is no rate and stays unread.

// turnWords end a clause that says a rate turned positive (由负转正, 扭负为正,
// 由降转升, 实现正增长) with its number still to come.
var turnWords = []string{"转正", "为正", "转升", "为升", "正增长"}

// turnedRate reports, at a clause break, whether the clause named its
// indicator and then only a turn to growth, so that the rate may follow
// in the next clause (…增幅由负转正,达到2.3%).
func (p *sentenceParser) turnedRate(at int) bool {
	n := len(p.pend)
	if n == 0 {
		return false
	}
	pd := p.pend[n-1]
	if pd.st == nil || pd.levelTo || pd.from < p.clauseFrom || p.lastEnd > pd.from {
		return false
	}
	clause := strings.TrimRight(string(p.rs[pd.from:at-1]), "了")
	for _, w := range turnWords {
		if strings.HasSuffix(clause, w) {
			return true
		}
	}
	return false
}
