package targets

import (
	"strings"
	"unicode/utf8"
)

// News of a session (两会 roundups, 解读 interviews) tells a report's
// figures in a reporter's words: the year word that dates them stands after
// who said it (报告提出,今年…; 市长在政府工作报告中说,今年…) or after whom it
// is about (该县去年…, 武穴去年…), not at the head of the sentence where a
// report puts it. Its 今年 is the year the article was written in.

// leadSpeechVerbs end a clause that says who speaks (报告提出, 市长表示,
// 报告显示): the verbs a unit speaks with (speechVerbs) and a reporter's.
var leadSpeechVerbs = append([]string{"说", "显示", "称", "确定", "要求", "决定"}, speechVerbs...)

// withoutSpeaker is s without a first clause that only says who speaks
// (报告提出,今年… → 今年…): a short clause ending with a verb of speech.
func withoutSpeaker(s string) string {
	i := strings.IndexAny(s, ",:")
	if i <= 0 || utf8.RuneCountInString(s[:i]) > 24 {
		return s
	}
	head := strings.TrimSuffix(s[:i], "道")
	for _, v := range leadSpeechVerbs {
		if strings.HasSuffix(head, v) {
			return s[i+1:]
		}
	}
	return s
}

// anaphora name the unit a passage is about without its name (该县, 全市).
var anaphora = []string{"该县", "该市", "该区", "该州", "该镇", "该乡", "该省", "全市", "全县", "全区", "全州", "全省", "全镇", "全乡", "我市", "我县", "我区", "我省"}

// spokenYearWord is the year word written straight after a verb of speech
// in a first clause with no comma between them, as headlines put it
// (河南省十四届人大一次会议开幕 政府工作报告提出今年GDP增长6%左右: 今年), or "".
func spokenYearWord(s string) string {
	if i := strings.IndexAny(s, ",:;。"); i >= 0 {
		s = s[:i]
	}
	for _, v := range speechVerbs {
		for _, w := range []string{"今年", "明年", "去年"} {
			if strings.Contains(s, v+w) && !strings.Contains(s, v+w+"以来") {
				return w
			}
		}
	}
	return ""
}

// subjectEnd is where a unit written before a year word ends (武穴去年,
// 团风县去年, 该县去年: the rune after 武穴, 团风县, 该县), or at when none
// is written there.
func subjectEnd(rs []rune, at int) int {
	if w := wordAt(rs, at, anaphora); w != "" {
		return at + utf8.RuneCountInString(w)
	}
	if m, ok := Regions().FindAt(rs, at, true, ""); ok && m.Start == at && m.Region.Level != LevelCountry {
		if _, ok := zoneAt(rs, m); ok {
			// 成都高新区去年…: the zone named after its city.
			for _, z := range zoneWords {
				if hasAt(rs, m.End, z.text) {
					return m.End + utf8.RuneCountInString(z.text)
				}
			}
		}
		// 黄石、咸宁两市今年…: a list of units, and its count, is the subject.
		end, n := m.End, 1
		for end+1 < len(rs) && strings.ContainsRune("、和与及", rs[end]) {
			next, ok := Regions().FindAt(rs, end+1, true, "")
			if !ok || next.Region.Level == LevelCountry {
				break
			}
			end, n = next.End, n+1
		}
		return unitCountEnd(rs, end, n)
	}
	return at
}

// relativeWordAt is the year word (今年, 去年, 明年, 上年) that opens the
// clause at rune at, after a unit named before it, or "".
func relativeWordAt(rs []rune, at int) string {
	if w := wordAt(rs, at, relativeWords); w != "" {
		return w
	}
	if e := subjectEnd(rs, at); e > at {
		return wordAt(rs, e, relativeWords)
	}
	return ""
}

var relativeWords = []string{"今年以来", "今年", "去年", "上年", "明年"}

// partState is the part a paragraph is read in: its kind, year, span and
// how it was opened.
type partState struct {
	kind    Kind
	secYear int
	span    [2]int
	label   string
	framed  bool
}

func (a *articleReader) part() partState {
	return partState{a.kind, a.secYear, a.span, a.label, a.framed}
}

// setPart goes back to a part read before: a roundup's paragraph about one
// unit (武穴:…今年的目标是:…) opens its parts for itself, not for the next
// unit's paragraph, which is read in the part the article was in.
func (a *articleReader) setPart(p partState) {
	a.kind, a.secYear, a.span, a.label, a.framed = p.kind, p.secYear, p.span, p.label, p.framed
}

// reviewNotYet reports whether a review of year y (2018年发展“成绩单”) named
// in a text written in the first months of a later year under review
// cannot be one: that year has just begun (a session's news headline
// names the session's year), unless a 回顾 or 总结 says the text reviews
// it, which also moves the year under review.
func (a *articleReader) reviewNotYet(y int, phrase string) bool {
	return a.review > 0 && y > a.review && y >= a.year && a.month >= 1 && a.month <= 3 &&
		!strings.Contains(phrase, "回顾") && !strings.Contains(phrase, "总结")
}
