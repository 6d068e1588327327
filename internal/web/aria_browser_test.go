package web

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// A chart's aria-label is what a screen reader says of it. A value the
// chart has no figure for is said as 无数据 / no data, never as NaN.
func TestBrowserChartLabelsSayNoData(t *testing.T) {
	ctx := browser(t)
	app := httptest.NewServer(NewServer(seededStore(t), quietLog(), Config{}))
	defer app.Close()
	for _, v := range []struct{ path, noData string }{
		{"/", "无数据"}, {"/?lang=en", "no data"},
		{"/indicators/gdp_growth", "无数据"}, {"/indicators/gdp_growth?lang=en&within=all", "no data"},
	} {
		step, cancel := context.WithTimeout(ctx, 20*time.Second)
		err := chromedp.Do(step, chromedp.Navigate(app.URL+v.path), chromedp.WaitReady("body"))
		var labels []string
		if err == nil {
			_, err = chromedp.Run(step, chromedp.Poll[bool](`document.querySelectorAll('[data-chart-option]').length === document.querySelectorAll('[data-chart-drawn]').length`,
				chromedp.WithPollingTimeout(10*time.Second)))
		}
		if err == nil {
			labels, err = chromedp.Run(step, chromedp.Evaluate[[]string](`[...document.querySelectorAll('[data-chart-option]')].map(el => el.getAttribute('aria-label') || '')`))
		}
		cancel()
		if err != nil {
			t.Errorf("%s: %v", v.path, err)
			continue
		}
		all := strings.Join(labels, "\n")
		if strings.Contains(all, "NaN") || strings.Contains(all, "undefined") {
			t.Errorf("%s: chart labels say NaN: %q", v.path, labels)
		}
		if !strings.Contains(all, v.noData) {
			t.Errorf("%s: no chart label says %s for a missing value: %q", v.path, v.noData, labels)
		}
	}
}
