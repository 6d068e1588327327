package targets

import "strings"

// A review sets a rate beside a wider unit's with no verb of its own:
// 地区生产总值增长4.8%(全国为5%); 居民人均可支配收入增长5.1%,全国为5.3%;
// 全市增长6.1%(全省5.3%). The number is the same measure of that unit, in
// the same year: a figure of the nation, or of the province or city above
// the report's region.

// benchmarkWords name the unit; benchmarkCopulas stand before its number.
var (
	benchmarkWords   = []string{"全国", "全省", "全区", "全市", "全州", "全盟"}
	benchmarkCopulas = []string{"同期为", "平均为", "平均", "为", "是", ":"}
)

// benchmarkAside reads such a comparison at rs[i] (a comma or an opening
// bracket right after the figure just read); it returns where reading goes
// on.
func (p *sentenceParser) benchmarkAside(i, e int) (int, bool) {
	if len(p.out) == 0 || i+3 >= e {
		return 0, false
	}
	res := p.out[len(p.out)-1]
	if res.to != i || res.pastTarget || res.start || res.q.Class != ClassPercent || res.value < 0 {
		return 0, false
	}
	if r, end, ok := p.namedBenchmark(i, e, res); ok {
		p.emit(r)
		p.lastEnd = end
		return end, true
	}
	if found, end, ok := p.benchmarkList(i, e); ok {
		for _, r := range found {
			p.emit(r)
		}
		p.lastEnd = end
		return end, true
	}
	// A bracket may hold several (全市5.6%,全省4.8%); a comma, one.
	var found []raw
	at, end := i+1, 0
	for {
		w := wordAt(p.rs, at, benchmarkWords)
		if w == "" {
			return 0, false
		}
		unit, ok := p.benchmarkUnit(w)
		if !ok {
			return 0, false
		}
		at += len([]rune(w))
		at += len([]rune(wordAt(p.rs, at, benchmarkCopulas)))
		q, ok := benchmarkRate(p.rs, at)
		if !ok {
			return 0, false
		}
		r, ok := benchmarkOf(res, unit, q)
		if !ok {
			return 0, false
		}
		found = append(found, r)
		end = q.End
		if p.rs[i] == '(' && end < e && (p.rs[end] == ',' || p.rs[end] == '、' || p.rs[end] == ';') {
			at = end + 1
			continue
		}
		if end, ok = asideClosed(p.rs, i, end, e); !ok {
			return 0, false
		}
		break
	}
	for _, r := range found {
		r.to = end
		p.emit(r)
	}
	p.lastEnd = end
	return end, true
}

// benchmarkUnit is the unit a benchmark word names beside the report's
// region: the nation, or the province, prefecture (市, 州, 盟) or the
// autonomous region (区, of a province-level region only) above it. A
// word naming the report's own level (全市 in a city's report) is its own
// region, no benchmark.
func (p *sentenceParser) benchmarkUnit(w string) (Region, bool) {
	if w == "全国" {
		return country, p.home.Level != LevelCountry
	}
	want := LevelPrefecture
	if w == "全省" || w == "全区" {
		want = LevelProvince
	}
	g := Regions()
	r, ok := p.home, p.home.Code != ""
	if !ok || r.Level == want {
		return Region{}, false
	}
	for k := 0; k < 4; k++ {
		up, ok := g.Parent(r)
		if !ok {
			return Region{}, false
		}
		if up.Level == want {
			if w == "全区" && !strings.HasSuffix(up.Name, "自治区") {
				return Region{}, false // 全区 in a district's report is the district
			}
			return up, true
		}
		r = up
	}
	return Region{}, false
}

// benchmarkList reads a unit's figures of a 分别 list just read, in the
// list's order (城镇、农村居民人均可支配收入分别增长8%、9.2%(全国分别为7.8%、
// 8.8%)): one number for each item, each of that item's measure.
func (p *sentenceParser) benchmarkList(i, e int) ([]raw, int, bool) {
	w := wordAt(p.rs, i+1, benchmarkWords)
	if w == "" {
		return nil, 0, false
	}
	unit, ok := p.benchmarkUnit(w)
	if !ok {
		return nil, 0, false
	}
	at := i + 1 + len([]rune(w))
	each := wordAt(p.rs, at, []string{"同期分别为", "分别为", "分别是", "分别"})
	if each == "" {
		return nil, 0, false
	}
	at += len([]rune(each))
	var qs []Quantity
	for {
		q, ok := benchmarkRate(p.rs, at)
		if !ok {
			return nil, 0, false
		}
		qs = append(qs, q)
		at = q.End
		if at < e && (p.rs[at] == '、' || p.rs[at] == '和' || p.rs[at] == ',') && at+1 < e && isDigit(p.rs[at+1]) {
			at++
			continue
		}
		break
	}
	end, ok := asideClosed(p.rs, i, at, e)
	if !ok {
		return nil, 0, false
	}
	items := p.out[min(p.listFrom, len(p.out)):]
	if len(qs) < 2 || len(items) != len(qs) {
		return nil, 0, false
	}
	var found []raw
	for k, res := range items {
		if res.q.Class != ClassPercent || res.pastTarget || res.start || res.value < 0 {
			return nil, 0, false
		}
		r, ok := benchmarkOf(res, unit, qs[k])
		if !ok {
			return nil, 0, false
		}
		r.to = end
		found = append(found, r)
	}
	return found, end, true
}

// benchmarkRate reads a benchmark's rate at rs[at]: a percentage, not
// points or a multiple.
func benchmarkRate(rs []rune, at int) (Quantity, bool) {
	q, ok := ParseQuantity(rs, at)
	return q, ok && q.Start == at && q.Class == ClassPercent && !q.Points && !q.Times
}

// benchmarkOf is the figure q gives unit of the measure of res.
func benchmarkOf(res raw, unit Region, q Quantity) (raw, bool) {
	in, ok := LookupIndicator(res.key)
	if !ok {
		return raw{}, false
	}
	v, u, fits := q.inUnit(in)
	if !fits {
		return raw{}, false
	}
	r := res
	r.region, r.subjectBy, r.carried = unit, ByNamed, false
	r.q, r.value, r.unit, r.cmp, r.to, r.valueText = q, v, u, q.Cmp, q.End, q.Range
	if r.cmp == "" {
		r.cmp = Exactly
	}
	return r, true
}

// asideClosed checks that a comparison opened at rs[i] ends at rs[end]: its
// bracket closes there (the end is past it), or, after a comma, its
// clause does (,全国为5%的目标…: not the comparison alone).
func asideClosed(rs []rune, i, end, e int) (int, bool) {
	if rs[i] == '(' {
		return end + 1, end < e && rs[end] == ')'
	}
	return end, end >= e || isClauseEnd(rs[end])
}

// comparedWords compare the figure just read with another unit's.
var comparedWords = []string{"略高于", "略低于", "高于", "低于", "快于", "慢于"}

// namedBenchmark reads a unit named in a comparison after a comma, its
// rate in brackets (…增长6.2%,高于苏州市(5.8%)0.4个百分点): that unit's
// figure of the same measure and year.
func (p *sentenceParser) namedBenchmark(i, e int, res raw) (raw, int, bool) {
	if p.rs[i] != ',' {
		return raw{}, 0, false
	}
	k := i + 1
	w := wordAt(p.rs, k, comparedWords)
	if w == "" {
		return raw{}, 0, false
	}
	k += len([]rune(w))
	var unit Region
	end := 0
	if bw := wordAt(p.rs, k, benchmarkWords); bw != "" {
		u, ok := p.benchmarkUnit(bw) // 高于全省(6.8%)
		if !ok {
			return raw{}, 0, false
		}
		unit, end = u, k+len([]rune(bw))
	} else {
		m, ok := Regions().FindAt(p.rs, k, true, p.hint)
		if !ok || m.Region.Code == p.home.Code || m.Region.Level == LevelTown || m.Short && wordNames[string(p.rs[m.Start:m.End])] {
			return raw{}, 0, false
		}
		unit, end = m.Region, m.End
	}
	if end+1 >= e || p.rs[end] != '(' {
		return raw{}, 0, false
	}
	q, ok := benchmarkRate(p.rs, end+1)
	if !ok || q.End >= e || p.rs[q.End] != ')' {
		return raw{}, 0, false
	}
	r, ok := benchmarkOf(res, unit, q)
	if !ok {
		return raw{}, 0, false
	}
	r.to = q.End + 1
	return r, q.End + 1, true
}
