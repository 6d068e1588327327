package targets

// Regional groupings are not administrative units (长株潭, 长三角一体化区域,
// 成渝地区双城经济圈, 苏南五市): a figure of one is the group's, which has no
// region, and never a second value of the report's own region. Those
// named by a word for a grouping (都市圈, 城市群, 经济带…) or by a count of
// units (皖北六市) are caught by that word; these are the groupings known by
// a name of their own, and the words that end such names. None is the name
// or short name of a unit of the division list (兰西, 湘西, 中原 and 海西 are
// units, so they are not here).
var groupPrefixes = []string{
	// words for a grouping
	"都市圈", "经济圈", "城市群", "经济带", "经济区", "大湾区", "湾区",
	// parts of a province by direction, never a unit (粤东粤西粤北地区生产总值)
	"珠三角", "粤东", "粤西", "粤北", "粤东西北", "苏南", "苏中", "苏北", "皖北", "皖南", "陕南", "陕北", "关中", "南疆", "北疆", "东疆",
	"川南", "鲁南", "浙西南", "豫西", "晋北",
	// groupings known by their own name
	"长三角", "京津冀", "成渝", "长株潭", "环渤海", "北部湾", "闽东北", "闽西南", "湘南", "大湘西", "环洞庭湖", "环鄱阳湖",
	"厦漳泉", "福莆宁", "深莞惠", "郑汴", "呼包鄂", "黔中", "胶东", "辽中南", "皖江", "浙东", "浙西", "鲁北", "冀中南", "晋中南", "汾渭", "天山北坡",
	"苏锡常", "宁镇扬", "杭嘉湖", "甬舟", "长吉图", "昌九", "鄂西", "豫北",
	// words that end a grouping's name (长三角一体化区域, 宁波都市区, 闽西南协同发展区)
	"区域", "一体化", "一体化示范区", "城市圈", "都市区", "协作区", "协同发展区", "流域", "板块",
}

// groupBefore reports whether a grouping's name ends right before rs[at].
func groupBefore(rs []rune, at int) bool {
	for _, w := range groupPrefixes {
		if hasBefore(rs, at, w) {
			return true
		}
	}
	return false
}

// clauseMentions are the units named opening the clause that holds rs[at].
func (p *sentenceParser) clauseMentions(at int) []Mention {
	ms, end := p.mentionsAt(p.clauseFrom)
	if end > at {
		return nil
	}
	return ms
}
