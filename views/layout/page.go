// Package layout holds the base page every view renders inside.
package layout

// Page is what the layout needs of every view: language, title, and the
// URL of the same view in the other language.
type Page struct {
	Lang      string // "zh" (default) or "en"
	Title     string
	Nav       string // which nav entry is current
	SwitchURL string // the same view in the other language
	Echarts   bool   // the page draws charts
	Map       bool   // and a map: it loads the echarts build with the map series
	Origin    string // where users reach Mubiao: https://host, for embed snippets
	User      string // the logged-in user, "" for a visitor
	CSRF      string // the session's CSRF token, for forms
}

// T picks the Chinese or English text for the page's language.
func (p Page) T(zh, en string) string {
	if p.Lang == "en" {
		return en
	}
	return zh
}

// Current is the aria-current value of a nav entry: "page" for the one
// the view belongs to.
func (p Page) Current(nav string) string {
	if p.Nav == nav {
		return "page"
	}
	return "false"
}

// HTMLLang is the page's lang attribute.
func (p Page) HTMLLang() string {
	if p.Lang == "en" {
		return "en"
	}
	return "zh-CN"
}

// Link adds the page's language to an internal URL so a shared link keeps it.
func (p Page) Link(u string) string {
	if p.Lang != "en" {
		return u
	}
	for i := 0; i < len(u); i++ {
		if u[i] == '?' {
			return u[:i+1] + "lang=en&" + u[i+1:]
		}
		if u[i] == '#' {
			return u[:i] + "?lang=en" + u[i:]
		}
	}
	return u + "?lang=en"
}

// NavItem is one entry of the main navigation.
type NavItem struct {
	Key, Href, Zh, En string
}

// NavItems is the main navigation, in order.
func NavItems() []NavItem {
	return []NavItem{
		{"overview", "/", "概览", "Overview"},
		{"indicators", "/indicators", "指标", "Indicators"},
		{"regions", "/regions", "地区", "Regions"},
		{"compare", "/compare", "对比", "Compare"},
		{"rankings", "/rankings", "排行", "Rankings"},
		{"setting", "/setting", "目标设定", "Target setting"},
		{"map", "/map", "地图", "Map"},
		{"documents", "/documents", "文档", "Documents"},
		{"review", "/review", "审核", "Review"},
		{"methodology", "/methodology", "方法说明", "Methodology"},
	}
}

// NavItems is the navigation a visitor sees: 审核 (the review queue) only
// for those who can review.
func (p Page) NavItems() []NavItem {
	var out []NavItem
	for _, n := range NavItems() {
		if n.Key == "review" && p.User == "" {
			continue
		}
		out = append(out, n)
	}
	return out
}
