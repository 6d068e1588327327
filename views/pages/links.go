package pages

import (
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

// ExportQuery is the filter query a view's downloads share; the CSV and
// xlsx exports take the same parameters.
func ExportQuery(kv ...string) string { return query(kv...) }

// Itoa is strconv.Itoa for templates, "" for zero.
func Itoa(n int) string { return yearString(n) }
