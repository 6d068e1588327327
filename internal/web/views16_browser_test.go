package web

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// drawnSeries is what the page sent for a chart and what ECharts drew:
// per series, its name and values.
type drawnSeries struct {
	Sent  []string `json:"sent"`
	Drawn []string `json:"drawn"`
	Error string   `json:"error"`
}

// seriesJS reads a chart's option as sent and as drawn, series by series
// (name: the values), so a test sees that the series sent are drawn.
const seriesJS = `(() => {
	const el = document.getElementById(%q);
	const attr = el.getAttribute('data-chart-option') || el.getAttribute('data-map-option');
	const src = JSON.parse(document.getElementById(attr).textContent);
	const inst = window.echarts && echarts.getInstanceByDom(el);
	const val = d => (d && typeof d === 'object' && !Array.isArray(d)) ? (d.name ? d.name + '=' : '') + JSON.stringify(d.value) : JSON.stringify(d);
	// A map fills in the regions it was sent nothing for (value undefined): those are no data, not series.
	const list = s => [].concat(s || []).map(x => (x.name || x.type) + ': ' + (x.data || []).filter(d => !(d && typeof d === 'object' && 'name' in d && d.value === undefined)).map(val).join(' '));
	return {sent: list(src.series), drawn: inst ? list(inst.getOption().series) : [], error: el.getAttribute('data-chart-error') || ''};
})()`

// The ranking, target setting and the map draw the series they are sent, with no console
// error and nothing fetched from another host (the boundaries come from
// Mubiao itself).
func TestBrowserRankingSettingAndMapDrawWhatIsSent(t *testing.T) {
	ctx := browser(t)
	app := httptest.NewServer(NewServer(countiesFixture(t), quietLog(), Config{}))
	defer app.Close()
	l := watch(t, ctx)
	for _, v := range []struct{ path, id string }{
		{"/rankings?level=county&within=4302&year=2021", "chart-rankings"},
		{"/rankings?level=county&within=4302&year=2021&indicator=gdp_growth&lang=en", "chart-rankings"},
		{"/embed/rankings?level=county&within=4302&year=2021", "chart-rankings"},
		{"/setting?region=430281&indicator=gdp_growth&year=2022", "chart-setting"},
		{"/setting?region=430281&indicator=gdp_growth&year=2022&lang=en", "chart-setting-across"},
		{"/map?level=county&within=4302&year=2021&measure=gap", "chart-map"},
		{"/map?level=province&year=2021&measure=target&lang=en", "chart-map"},
		{"/embed/map?level=county&within=4302&year=2021&measure=rate", "chart-map"},
	} {
		step, cancel := context.WithTimeout(ctx, 25*time.Second)
		err := chromedp.Do(step, chromedp.Navigate(app.URL+v.path), chromedp.WaitReady("body"))
		if err == nil {
			_, err = chromedp.Run(step, chromedp.Poll[bool](`!!document.querySelector('#`+v.id+`[data-chart-drawn], #`+v.id+`[data-chart-error]')`,
				chromedp.WithPollingTimeout(15*time.Second)))
		}
		var got drawnSeries
		if err == nil {
			got, err = chromedp.Run(step, chromedp.Evaluate[drawnSeries](strings.Replace(seriesJS, "%q", `"`+v.id+`"`, 1)))
		}
		cancel()
		if err != nil {
			t.Errorf("%s: %v", v.path, err)
			continue
		}
		if got.Error != "" || len(got.Sent) == 0 || strings.Join(got.Drawn, "\n") != strings.Join(got.Sent, "\n") {
			t.Errorf("%s: error %q\nsent  %q\ndrawn %q", v.path, got.Error, got.Sent, got.Drawn)
		}
	}
	time.Sleep(200 * time.Millisecond)
	l.mu.Lock()
	errs := l.errors
	l.mu.Unlock()
	if len(errs) > 0 {
		t.Errorf("console errors: %q", errs)
	}
	if f := l.foreign(app.URL); len(f) > 0 {
		t.Errorf("requests to other hosts: %q", f)
	}
}
