package targets

import (
	"regexp"
	"strings"
)

// Regional groupings are not administrative units (长株潭, 长三角一体化区域,
// 成渝地区双城经济圈, 苏南五市): a figure of one is the group's, which has no
// region, and never a second value of the report's own region. Most are
// told by their shape: a word that ends a grouping's name (北部湾城市群,
// 皖江城市带, 黔中经济区), a part of a province by its one-character name and
// a direction (苏南, 皖北, 粤东西北), or a count of units (皖北六市, read by
// countedUnits). The few known by a bare name of their own (长株潭, 京津冀)
// are listed. None is the name or short name of a unit of the division
// list (兰西, 湘西, 中原 and 海西 are units, so they are not here).

// groupWords end a grouping's name (关中平原城市群, 长三角一体化区域,
// 闽西南协同发展区).
var groupWords = []string{
	"都市圈", "经济圈", "城市圈", "生活圈", "城市群", "城镇群", "经济带", "城市带", "城镇带", "发展带", "经济区", "大湾区", "湾区", "经济走廊",
	"区域", "一体化", "一体化示范区", "同城化", "同城化地区", "都市区", "协作区", "协同发展区", "流域", "板块", "三角洲",
}

// groupNames are groupings known by a bare name of their own.
var groupNames = []string{
	"珠三角", "长三角", "京津冀", "成渝", "长株潭", "环渤海", "北部湾", "闽东北", "闽西南", "大湘西", "环洞庭湖", "环鄱阳湖",
	"厦漳泉", "福莆宁", "深莞惠", "郑汴", "呼包鄂", "黔中", "胶东", "辽中南", "皖江", "汾渭", "天山北坡", "关中",
	"苏锡常", "宁镇扬", "杭嘉湖", "甬舟", "长吉图", "昌九", "南疆", "北疆", "东疆", "贵阳贵安", "广佛", "西咸",
}

// groupPrefixes are the words and names a grouping's name ends in.
var groupPrefixes = append(groupWords[:len(groupWords):len(groupWords)], groupNames...)

// provinceInitials are the one-character names of provinces that, with a
// direction after them, name a part of the province (苏南, 皖北, 粤东西北).
const provinceInitials = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀黔贵滇云藏陕甘陇青宁新"

// groupBefore reports whether a grouping's name ends right before rs[at].
func groupBefore(rs []rune, at int) bool {
	for _, w := range groupPrefixes {
		if hasBefore(rs, at, w) {
			return true
		}
	}
	return directionalPartBefore(rs, at)
}

// directionalPartBefore reads a province's part named by its initial and
// one to three directions (鲁南, 浙西南, 粤东西北) ending right before
// rs[at], with 地区 after it or not, where those characters are no unit's
// name (湘西, 黔南 and 晋中 are units).
func directionalPartBefore(rs []rune, at int) bool {
	if hasBefore(rs, at, "地区") {
		at -= 2
	}
	start, ok := directionalPartStart(rs, at)
	if !ok {
		return false
	}
	for {
		s, ok := directionalPartStart(rs, start) // 粤东粤西粤北: parts listed
		if !ok {
			break
		}
		start = s
	}
	return start == 0 || !isHan(rs[start-1]) || strings.ContainsRune("、和与及的全", rs[start-1]) || afterYear(rs, start) || afterVerb(rs, start)
}

// directionalPartStart finds where a province's initial and its
// directions ending at rs[at] start (河北, 湖南 are the end of other names
// and are rejected by the caller; 湘西, 黔南, 晋中 are units, rejected here).
func directionalPartStart(rs []rune, at int) (int, bool) {
	k := at
	for k > 0 && at-k < 3 && strings.ContainsRune("东南西北中", rs[k-1]) {
		k--
	}
	if k == at || k == 0 || !strings.ContainsRune(provinceInitials, rs[k-1]) {
		return 0, false
	}
	start := k - 1
	if m, ok := Regions().FindAt(rs, start, true, ""); ok && m.End >= at {
		return 0, false
	}
	return start, true
}

// clauseMentions are the units named opening the clause that holds rs[at].
func (p *sentenceParser) clauseMentions(at int) []Mention {
	ms, end := p.mentionsAt(p.clauseFrom)
	if end > at {
		return nil
	}
	return ms
}

// manyUnitsWords name many units at once (各地普遍将今年经济增速目标定在5%以上,
// 多数省份将居民消费价格涨幅目标定为3%左右): what they say is of no one unit.
var manyUnitsWords = []string{"各地", "各省", "多数省份", "多个省份", "部分省份", "不少省份", "多地", "各市", "多数城市", "部分城市", "一些地方", "多数地区", "各设区市"}

// manyUnitsBefore reports whether the clause rs[from:at] before an
// indicator is about many units.
func manyUnitsBefore(rs []rune, from, at int) bool {
	if from < 0 || at > len(rs) || from >= at {
		return false
	}
	clause := string(rs[from:at])
	return containsAny(clause, manyUnitsWords...) || reCountedUnitsAll.MatchString(clause)
}

// reCountedUnitsAll is a count of units said of all of them (11市均将…,
// 六个县区都…).
var reCountedUnitsAll = regexp.MustCompile(`(?:\d+|[一二三四五六七八九十]+)个?(?:设区市|地市|市州|市|县区|县|省份|省)(?:均|都|全部)`)
