package targets

// Reports save words by writing a measure's head once after a list of its
// modifiers: 高新技术产业、装备制造业增加值分别增长16.7%和12.9%,
// 新增、净增市场主体分别达2997户、2437户, 工业和服务业投资分别增长….
// Each item with the shared head is a name of its own (高新技术产业增加值,
// 新增市场主体); read alone, the first item is no measure and the list
// has one name for two numbers, so the first number went to the wrong one
// or none. sharedHead reads such a list as one slot per item, in order,
// each the indicator its item and the head name together, or a slot that
// takes its number and yields nothing when they name none.

// maxItem bounds a list item's length in runes: names of sectors and
// groups, not clauses.
const maxItem = 14

// isListSep reports whether r separates the items of a shared-head list.
func isListSep(r rune) bool { return r == '、' || r == '和' || r == '及' || r == '与' }

// sharedHead tries to read a shared-head list at the separator rs[i]. It
// returns where reading goes on (past the head) when it read one.
func (p *sentenceParser) sharedHead(i, e int) (int, bool) {
	// The list ends in a head followed by 分别 or 均 (after 同比, 预计…):
	// without it "A、B增加值增长5%" is one figure of the two together.
	stops, end, each := p.listAhead(i, e)
	if each < 0 {
		return 0, false
	}
	last := stops[len(stops)-1] // the last item with the head: rs[last:end]
	// The first item runs back from the separator to the clause's start,
	// a value or a punctuation mark; its start is unknown, so every start
	// is tried, longest first, and so is every split of the last item into
	// item and head: the pair that names an indicator exactly fixes both.
	lo := max(p.clauseFrom, i-maxItem, p.lastEnd)
	for s := lo; s < i; s++ {
		if !isHan(p.rs[s]) {
			lo = s + 1
		}
	}
	if i-lo < 1 {
		return 0, false
	}
	for h := last + 1; h < end-1; h++ { // the head takes at least two runes
		head := p.rs[h:end]
		for s := lo; s < i; s++ {
			first, ok := exactAlias(p.rs[s:i], head)
			if !ok {
				continue
			}
			items := []int{s}
			items = append(items, stops...)
			p.readSharedHead(items, h, end, first)
			return end, true
		}
	}
	// 装备制造业、高新技术产业增加值分别增长12.9%、16.7%: the first item
	// names nothing with any head, a later one does. The first takes a slot
	// (its number, in order), and reading goes on at the next item, which
	// is read as written. Not where the first item is a measure read alone
	// (生产总值、…: the list of names the 分别 already reads) or a unit
	// (长沙、株洲地区生产总值分别…: the units listed before their indicator).
	for _, pd := range p.pend {
		if pd.from >= lo {
			return 0, false
		}
	}
	if len(p.mentionsEndingAt(i)) > 0 {
		return 0, false
	}
	if _, ok := p.namedZoneEndingAt(i); ok {
		return 0, false
	}
	named := false
	for k, at := range stops {
		stop := end
		if k+1 < len(stops) {
			stop = stops[k+1] - 1
		}
		if ae, ok := matchAlias(p.rs, at); ok && at+len(ae.text) <= end && (k+1 == len(stops) || at+len(ae.text) == stop) {
			named = true
		}
	}
	if !named {
		return 0, false
	}
	p.pend = append(p.pend, pending{from: lo})
	p.last, p.loose = nil, pending{}
	return stops[0], true
}

// listAhead finds, from the separator at rs[i], the starts of the later
// items and the end of the last one: the rune where 分别/均 (or 同比分别…)
// begins. each < 0 when no such list follows.
func (p *sentenceParser) listAhead(i, e int) (stops []int, end, each int) {
	from := i + 1
	for j := i + 1; j < e && j <= i+2*maxItem; j++ {
		r := p.rs[j]
		switch {
		case isListSep(r) && j > from:
			if j-from > maxItem {
				return nil, 0, -1
			}
			stops = append(stops, from)
			from = j + 1
			continue
		case !isHan(r):
			return nil, 0, -1
		}
		for _, w := range []string{"分别", "同比分别", "预计分别", "比上年分别", "均", "同比均"} {
			if hasAt(p.rs, j, w) && j-from >= 3 {
				return append(stops, from), j, j
			}
		}
	}
	return nil, 0, -1
}

// exactAlias is the indicator that item followed by head names exactly.
func exactAlias(item, head []rune) (aliasEntry, bool) {
	name := make([]rune, 0, len(item)+len(head))
	name = append(append(name, item...), head...)
	ae, ok := matchAlias(name, 0)
	if !ok || len(ae.text) != len(name) || ae.stem == nil {
		return aliasEntry{}, false
	}
	return ae, true
}

// readSharedHead puts one slot per item on the pending list: the first
// item's indicator, then each later item's if it and the head name one.
// Everything pending from inside the first item is its words read alone
// (高新技术产业 as a sector's output) and goes.
func (p *sentenceParser) readSharedHead(items []int, head, end int, first aliasEntry) {
	start := items[0]
	kept := p.pend[:0]
	for _, pd := range p.pend {
		if pd.from < start {
			kept = append(kept, pd)
		}
	}
	p.pend = kept
	for k, at := range items {
		ae, ok := first, true
		if k > 0 {
			stop := end
			if k+1 < len(items) {
				stop = items[k+1] - 1
			} else {
				stop = head
			}
			ae, ok = exactAlias(p.rs[at:stop], p.rs[head:end])
		}
		pd := pending{from: start}
		if ok && !otherMeasure(p.rs, at, end, ae.stem, false) {
			pd.st = ae.stem
			if p.sentSubject != nil && !p.homeAgain(at) {
				pd.regions, pd.regionsBy = p.sentSubject, ByCarried
			}
		}
		p.pend = append(p.pend, pd)
	}
	p.last = nil
	p.loose = pending{}
}

// Enterprise counts are often followed by the enterprises' output with the
// body left out: 规模以上工业企业达7.6万家、增加值增长3%;
// 规上服务业企业2100家，实现营业收入增长9%. The bare head after the
// clause is the measure of the enterprises named before it, when the two
// together name an indicator (规模以上工业 + 增加值).
var bareHeads = []string{"增加值", "营业收入", "主营业务收入", "利润总额", "总产值", "产值"}

// bodyHead reads a bare head opening the clause or list item at rs[i]. It
// returns the indicator and the start of the enterprises' name.
func (p *sentenceParser) bodyHead(i int) (aliasEntry, int, int, bool) {
	j := i
	for _, v := range []string{"实现", "完成"} {
		if hasAt(p.rs, j, v) {
			j += len([]rune(v))
			break
		}
	}
	for _, h := range bareHeads {
		if !hasAt(p.rs, j, h) {
			continue
		}
		head := []rune(h)
		// The nearest 企业 before, within the sentence's last two clauses.
		for k := i - 3; k >= max(0, i-40); k-- {
			if r := p.rs[k]; r == '。' || r == ';' || r == '\n' {
				break
			}
			if !hasAt(p.rs, k, "企业") {
				continue
			}
			for s := max(0, k-12); s < k-1; s++ {
				if ae, ok := exactAlias(p.rs[s:k], head); ok {
					return ae, s, j + len(head), true
				}
			}
			break
		}
	}
	return aliasEntry{}, 0, 0, false
}
