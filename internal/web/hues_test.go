package web

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/mubiao/mubiao/internal/targets"
)

// hexColour finds the colours a chart option names.
var hexColour = regexp.MustCompile(`#[0-9a-fA-F]{6}\b`)

// seriesHues checks one series of a chart: a series named for a verdict
// paints only in that verdict's colour; any other series (targets,
// results, hit rates, regions above) keeps every hued colour at least
// 25° from every status colour. Greys carry no hue and pass.
func seriesHues(t *testing.T, where, name string, raw json.RawMessage) {
	t.Helper()
	var verdict targets.Status
	for _, st := range targets.Statuses() {
		if name == st.Zh() || name == st.En() {
			verdict = st
		}
	}
	for _, c := range hexColour.FindAllString(string(raw), -1) {
		c = strings.ToLower(c)
		ch, ok := hue(c)
		if !ok {
			continue
		}
		if verdict != "" {
			if want, has := statusColours[verdict]; has && c != want {
				t.Errorf("%s: series %q (a verdict) paints in %s, want its status colour %s", where, name, c, want)
			}
			continue
		}
		for st, sc := range statusColours {
			sh, _ := hue(sc)
			if d := hueDistance(ch, sh); d < 25 {
				t.Errorf("%s: series %q paints in %s, %.0f° from %s's %s: it would read as a verdict", where, name, c, d, st.Zh(), sc)
			}
		}
	}
}

// Every chart of every view, drawn from a fixture with verdicts of each
// kind: statuses' hues are the statuses' alone (the hit-rate bars once
// were 达成's green). The map's series is its regions: by gap they are
// verdicts (status colours, or greys for 待公布 and 无目标); by target,
// result or rate they are amounts and keep off the status hues.
func TestChartsKeepStatusHuesToStatuses(t *testing.T) {
	s := countiesFixture(t)
	pages := []string{
		"/?region=430281&year=2021",
		"/regions/430281",
		"/indicators/gdp_growth?region=430281&level=county&year=2021",
		"/rankings?level=county&within=4302&year=2021",
		"/rankings?level=county&within=4302&from=2021&to=2022&lang=en",
		"/rankings?level=county&within=4302&year=2021&indicator=gdp_growth",
		"/setting?region=430281&indicator=gdp_growth&year=2022",
		"/map?level=county&within=4302&year=2021&indicator=gdp_growth&measure=target",
		"/map?level=county&within=4302&year=2021&indicator=gdp_growth&measure=result",
		"/map?level=county&within=4302&year=2021&measure=rate",
		"/map?level=county&within=4302&year=2021&indicator=gdp_growth&measure=gap",
	}
	charts := 0
	for _, path := range pages {
		doc := mustOK(t, s, path)
		doc.Find(`script[id$="-option"]`).Each(func(_ int, sc *goquery.Selection) {
			charts++
			var opt struct {
				Series []json.RawMessage `json:"series"`
			}
			if err := json.Unmarshal([]byte(sc.Text()), &opt); err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			for _, raw := range opt.Series {
				var head struct{ Name, Type string }
				json.Unmarshal(raw, &head)
				if head.Type == "map" {
					mapHues(t, path, raw)
					continue
				}
				seriesHues(t, path, head.Name, raw)
			}
		})
	}
	if charts < len(pages) {
		t.Fatalf("%d charts on %d views: a view drew none", charts, len(pages))
	}
}

// mapHues checks a map's regions: verdict colours only where it maps the
// gap, and none of them where it maps an amount.
func mapHues(t *testing.T, path string, raw json.RawMessage) {
	t.Helper()
	var m struct {
		Data []struct {
			Name      string
			ItemStyle struct{ AreaColor string } `json:"itemStyle"`
		} `json:"data"`
	}
	json.Unmarshal(raw, &m)
	if len(m.Data) == 0 {
		t.Errorf("%s: the map has no regions", path)
	}
	byGap := strings.Contains(path, "measure=gap")
	for _, d := range m.Data {
		c := strings.ToLower(d.ItemStyle.AreaColor)
		if byGap {
			isStatus := false
			for _, sc := range statusColours {
				isStatus = isStatus || c == sc
			}
			if _, hued := hue(c); hued && !isStatus {
				t.Errorf("%s: region %s is %s, neither a verdict's colour nor a grey", path, d.Name, c)
			}
			continue
		}
		seriesHues(t, path, "region "+d.Name, json.RawMessage(`"`+c+`"`))
	}
}
