package pages

import (
	"html"
	"net/url"
	"strconv"
)

// URLs of the views, built in one place so every link carries its state
// the same way (?region=CODE&year=YYYY…) and is escaped.

// OverviewURL is the 概览 of a region and year (0: its best year).
func OverviewURL(region string, year int) string {
	return "/" + query("region", region, "year", yearString(year))
}

// IndicatorURL is an indicator's page for a region and year.
func IndicatorURL(key, region string, year int) string {
	return "/indicators/" + url.PathEscape(key) + query("region", region, "year", yearString(year))
}

// RegionURL is a region's page.
func RegionURL(code string) string { return "/regions/" + url.PathEscape(code) }

// CompareURL is the 对比 matrix below a region for a year.
func CompareURL(scope string, year int) string {
	return "/compare" + query("scope", scope, "year", yearString(year))
}

// DocumentURL is a document's page.
func DocumentURL(id int64) string { return "/documents/" + strconv.FormatInt(id, 10) }

func yearString(y int) string {
	if y == 0 {
		return ""
	}
	return strconv.Itoa(y)
}

// query builds ?k=v&… from pairs, leaving out empty values.
func query(kv ...string) string {
	v := url.Values{}
	var order []string
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] != "" {
			v.Set(kv[i], kv[i+1])
			order = append(order, kv[i])
		}
	}
	if len(order) == 0 {
		return ""
	}
	// Keep the given order (region before year) for readable URLs.
	s := "?"
	for i, k := range order {
		if i > 0 {
			s += "&"
		}
		s += url.QueryEscape(k) + "=" + url.QueryEscape(v.Get(k))
	}
	return s
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) }

func ftoa2(f float64) string { return strconv.FormatFloat(f, 'f', 2, 64) }

// Query is ?k=v&… from pairs, empty values left out: the filters of an
// export or an embed, which take the same parameters as the views.
func Query(kv ...string) string { return query(kv...) }

// Itoa is strconv.Itoa for templates, "" for zero.
func Itoa(n int) string { return yearString(n) }

// EmbedHeight is the frame height of an embed snippet, in pixels: what a
// host page that runs no script shows (title, chart, source line).
const EmbedHeight = 480

// EmbedSnippet is the <iframe> a host page pastes to show a chart: full
// width, a fixed height that fits the chart, no border.
func EmbedSnippet(origin string, c Chart) string {
	return `<iframe src="` + html.EscapeString(origin+c.Embed) + `" title="` + html.EscapeString(c.Title) +
		`" width="100%" height="` + strconv.Itoa(EmbedHeight) + `" style="border:0;width:100%" loading="lazy"></iframe>`
}

// HostScript is the one line a host page adds for frames that follow the
// chart's height (embed-host.js listens for the embeds' postMessage).
func HostScript(origin string) string {
	return `<script src="` + html.EscapeString(origin) + `/static/js/embed-host.js" async></script>`
}
