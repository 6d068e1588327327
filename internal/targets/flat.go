package targets

import (
	"strings"
	"unicode/utf8"
)

// onLevelWithLastYear reads 持平 (居民消费价格指数持平, 地区生产总值与上年
// 持平) as a change of zero for the indicator just named: the price rise
// or the growth is 0%. 基本持平 is about zero.
func (p *sentenceParser) onLevelWithLastYear(at int) bool {
	n := len(p.pend)
	if n == 0 || p.pend[n-1].st == nil || p.each {
		return false
	}
	if hasBefore(p.rs, at, "保") || hasAt(p.rs, at+2, "稳") {
		return false // 保持平稳: steady, no figure
	}
	pd := &p.pend[n-1]
	q := Quantity{Unit: "%", Class: ClassPercent, Known: true, Cmp: Exactly, Start: at, End: at + 2}
	if hasBefore(p.rs, at, "基本") {
		q.Cmp = About
	}
	if pd.st.Class != ClassPercent {
		pd.growth = true // 与上年持平: its growth
	}
	p.onQuantity(q)
	return true
}

// countsOtherNoun reports whether a number written before an indicator's
// name counts something else named between them (串联58个酒庄的旅游环线等
// 重点项目开工建设: 58 wineries, not 58 projects started). A count stands
// before the name, or names its noun before a 的 or 等 (10个工业制造业项目
// 的签约); what stands before the 的 is otherwise what is counted.
func countsOtherNoun(rs []rune, end, at int) bool {
	gap := string(rs[end:at])
	i := strings.IndexAny(gap, "的等")
	if i <= 0 {
		return false
	}
	noun := gap[:i]
	return !strings.HasSuffix(noun, "项目") && !strings.HasSuffix(noun, "工程")
}

// closesItem reports whether a number written before an indicator's name
// ends a list item of its own, a separator between them (新增规上工业企业
// 85家、高新技术企业60家: 85 is the 规上工业企业's, written after its noun).
func closesItem(rs []rune, end, at int) bool {
	for k := end; k < at; k++ {
		switch rs[k] {
		case '、', ',', ';', ':':
			return true
		}
	}
	return false
}

// projectKeys are the counts of projects, named by bare verbs (引进, 签约,
// 开工, 竣工) that count projects only where projects are what is counted.
var projectKeys = map[string]bool{"projects_introduced": true, "projects_started": true, "projects_completed": true}

// projectVerbs are those verbs, longest first where one holds another.
var projectVerbs = []string{"新开工", "开工", "新竣工", "竣工", "建成投产", "新引进", "引进", "新签约", "签约", "招引"}

// projectCounts drops a project count that counts something else: 引进和
// 落地科技成果600余项 (research results), 引进…首店100多家 (shops), 开工改造
// 老旧小区1002个 (housing estates). A count keeps its place where projects
// are named in its sentence before it or just after the number (实施重点项目
// 300个,新开工120个; …等92个项目) and no other noun stands between its verb
// and its number.
func projectCounts(rs []rune, out []raw) []raw {
	kept := out[:0]
	for _, r := range out {
		if projectKeys[r.key] && !countsProjects(rs, r) {
			continue
		}
		kept = append(kept, r)
	}
	return kept
}

func countsProjects(rs []rune, r raw) bool {
	// The noun right after the count (…等92个项目, 此次签约的4个现代农业产业化项目).
	after := rs[min(len(rs), r.q.End):min(len(rs), r.q.End+14)]
	for k, c := range after {
		if c == ',' || c == '。' || c == ';' || c == '、' {
			after = after[:k]
			break
		}
	}
	if strings.Contains(string(after), "项目") || strings.Contains(string(after), "工程") {
		return true
	}
	if r.q.Start > r.from {
		before := string(rs[r.from:r.q.Start])
		at, end := -1, 0 // the verb nearest the number
		for _, v := range projectVerbs {
			if i := strings.LastIndex(before, v); i > at || i == at && i >= 0 && i+len(v) > end {
				at, end = i, i+len(v)
			}
		}
		if at >= 0 {
			seg := strings.TrimPrefix(before[end:], "任务")
			if seg != "" && !strings.Contains(seg, "项目") && !strings.Contains(seg, "工程") && utf8.RuneCountInString(seg) >= 2 {
				return false // 开工改造老旧小区1002个: the verb's object is not projects
			}
		}
	}
	// Projects named before it in its sentence, or in the line before
	// where a list is set out a line per item (实施重点项目300个 / 新开工120个).
	from := max(0, r.from-80)
	for k := r.from - 1; k >= from; k-- {
		if rs[k] == '。' {
			from = k + 1
			break
		}
	}
	t := string(rs[from:r.q.Start])
	return strings.Contains(t, "项目") || strings.Contains(t, "工程")
}
