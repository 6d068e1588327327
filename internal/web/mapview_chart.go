package web

import (
	"bytes"
	"compress/gzip"
	"io"
	"math"
	"strconv"

	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/views/pages"
)

// mapMeta travels with the map's option under "mubiao", read by
// static/js/map.js: the boundary file to fetch and register, the code
// prefix of the regions it keeps, and per region (by division code) its
// name, tooltip and the page a click opens.
type mapMeta struct {
	Geo    string              `json:"geo"`
	Map    string              `json:"map"`
	Prefix string              `json:"prefix,omitempty"`
	Names  map[string]string   `json:"names"`
	Tips   map[string]chartTip `json:"tips"`
	Links  map[string]string   `json:"links"`
	Labels bool                `json:"labels,omitempty"`
}

// Decal patterns of the verdicts on the map, so a region reads without
// colour too: 达成 diagonal lines, 基本持平 dots, 未达成 cross-hatching.
var statusDecals = map[targets.Status]map[string]any{
	targets.StatusMet:    {"symbol": "rect", "symbolSize": 1, "dashArrayX": []any{1, 0}, "dashArrayY": []any{2, 5}, "rotation": 0.785, "color": "rgba(255,255,255,0.55)"},
	targets.StatusOnPar:  {"symbol": "circle", "symbolSize": 0.7, "dashArrayX": []any{[]any{4, 4}}, "dashArrayY": []any{4, 4}, "color": "rgba(255,255,255,0.6)"},
	targets.StatusMissed: {"symbol": "rect", "symbolSize": 1, "dashArrayX": []any{1, 0}, "dashArrayY": []any{2, 4}, "rotation": -0.785, "color": "rgba(255,255,255,0.55)"},
}

// mapChart is the choropleth's option: one map series whose regions are
// named by division code, each filled with its row's colour (and, by
// verdict, its decal); regions without data keep the no-data grey.
func mapChart(lang, title, geoURL, prefix string, m pages.MapView) pages.Chart {
	meta := mapMeta{Geo: geoURL, Map: "mubiao-" + geoURL + "#" + prefix, Prefix: prefix,
		Names: map[string]string{}, Tips: map[string]chartTip{}, Links: map[string]string{}}
	meta.Labels = m.Level != string(targets.LevelCounty) || len(m.Rows) <= 40
	var data []map[string]any
	for _, r := range m.Rows {
		meta.Names[r.Code], meta.Links[r.Code] = r.Name, m.Page.Link(r.Href)
		style := map[string]any{"areaColor": r.Colour}
		var value any = "-"
		if r.Cell != nil {
			meta.Tips[r.Code] = cellTip(lang, r.Name, *r.Cell)
			if d, ok := statusDecals[r.Cell.Status]; ok && m.Measure == "gap" {
				style["decal"] = d
			}
			if f := mapFigure(*r.Cell, m.Measure); f != nil {
				value = targets.RoundGap(f.Value)
			}
		} else {
			meta.Tips[r.Code] = chartTip{Title: r.Name, Rows: [][2]string{{tr(lang, "命中率", "Hit rate"), r.Rate},
				{tr(lang, "判定目标", "Targets judged"), strconv.Itoa(r.Assessed)}}}
			value = math.Round(r.RateVal*1000) / 10
		}
		data = append(data, map[string]any{"name": r.Code, "value": value, "itemStyle": style})
	}
	opt := map[string]any{
		"title":   map[string]any{"text": title, "left": "center", "textStyle": map[string]any{"fontSize": 15}},
		"tooltip": map[string]any{"trigger": "item"},
		"aria":    map[string]any{"enabled": true, "label": map[string]any{"enabled": true}},
		"series": []any{map[string]any{
			"type": "map", "map": meta.Map, "roam": false, "selectedMode": false, "top": 56, "bottom": 8,
			"name":      title,
			"itemStyle": map[string]any{"areaColor": pages.NoDataColour, "borderColor": "#7d8793", "borderWidth": 0.6},
			"emphasis":  map[string]any{"itemStyle": map[string]any{"areaColor": "#ffd54f"}, "label": map[string]any{"show": meta.Labels}},
			"label":     map[string]any{"show": meta.Labels, "fontSize": 10, "color": "#1d2733"},
			"data":      data,
		}},
		"mubiao": meta,
	}
	return pages.Chart{ID: "chart-map", Title: title, Option: opt}
}

// mapFigure is the figure a region's value on the map comes from.
func mapFigure(c pages.Cell, measure string) *pages.FigureRef {
	switch measure {
	case "target":
		return c.Target
	case "result":
		return c.Result
	}
	if c.Target != nil && c.Result != nil {
		return &pages.FigureRef{Value: c.Result.Value - c.Target.Value}
	}
	return nil
}

func inflate(b []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	return io.ReadAll(zr)
}
