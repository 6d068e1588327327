package web

import (
	"bytes"
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// chartState is what a page drew: per chart container, whether it holds
// a canvas, the series names the server sent, and those ECharts drew.
type chartState struct {
	Canvas bool     `json:"canvas"`
	Sent   []string `json:"sent"`
	Drawn  []string `json:"drawn"`
}

const chartsJS = `[...document.querySelectorAll('[data-chart-option]')].map(el => {
	const src = JSON.parse(document.getElementById(el.getAttribute('data-chart-option')).textContent);
	const inst = window.echarts && echarts.getInstanceByDom(el);
	const names = s => [].concat(s || []).map(x => x.name || x.type);
	return {canvas: !!el.querySelector('canvas'), sent: names(src.series), drawn: inst ? names(inst.getOption().series) : []};
})`

// Every view, in Chinese and English, loads with no console error and no
// request to another host; each chart draws a canvas with the series the
// server sent.
func TestBrowserEveryViewLoadsClean(t *testing.T) {
	ctx := browser(t)
	app := httptest.NewServer(NewServer(seededStore(t), quietLog(), Config{}))
	defer app.Close()
	l := watch(t, ctx)
	views := []struct {
		path   string
		charts int // at least this many charts
	}{
		{"/", 2}, {"/?lang=en", 2}, {"/indicators", 0}, {"/indicators/gdp_growth", 2}, {"/indicators/gdp_growth?lang=en&within=all", 2},
		{"/regions", 0}, {"/regions/4302", 0}, {"/compare", 0}, {"/compare?lang=en", 0}, {"/documents", 0}, {"/documents/1", 0},
		{"/search?q=生产总值", 0}, {"/methodology", 0}, {"/review", 0}, {"/figures/1", 0}, {"/login", 0},
		{"/embed/overview/growth", 1}, {"/embed/indicators/gdp_growth/years?lang=en", 1},
	}
	for _, v := range views {
		step, cancel := context.WithTimeout(ctx, 20*time.Second)
		err := chromedp.Do(step, chromedp.Navigate(app.URL+v.path), chromedp.WaitReady("body"))
		if err == nil {
			_, err = chromedp.Run(step, chromedp.Poll[bool](`document.querySelectorAll('[data-chart-option]').length === document.querySelectorAll('[data-chart-ready]').length`,
				chromedp.WithPollingTimeout(10*time.Second)))
		}
		var states []chartState
		if err == nil {
			states, err = chromedp.Run(step, chromedp.Evaluate[[]chartState](chartsJS))
		}
		cancel()
		if err != nil {
			t.Errorf("%s: %v", v.path, err)
			continue
		}
		if len(states) < v.charts {
			t.Errorf("%s: %d charts, want at least %d", v.path, len(states), v.charts)
		}
		for i, s := range states {
			if !s.Canvas || len(s.Sent) == 0 || strings.Join(s.Drawn, ",") != strings.Join(s.Sent, ",") {
				t.Errorf("%s chart %d: canvas %v, series sent %q, drawn %q", v.path, i, s.Canvas, s.Sent, s.Drawn)
			}
		}
	}
	time.Sleep(200 * time.Millisecond) // late console messages
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

// The 导出 CSV button downloads a file that opens in Excel as UTF-8: it
// starts with a BOM, then the header.
func TestBrowserCSVButtonDownloadsWithBOM(t *testing.T) {
	ctx := browser(t)
	app := httptest.NewServer(NewServer(seededStore(t), quietLog(), Config{}))
	defer app.Close()
	dir := t.TempDir()
	step, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	err := chromedp.Do(step, chromedp.Navigate(app.URL+"/?region=4302&year=2020"))
	if err == nil {
		_, err = chromedp.CallBrowser(step, cdpbrowser.SetDownloadBehavior,
			cdpbrowser.SetDownloadBehaviorParams{Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir})
	}
	if err == nil {
		err = chromedp.Do(step, chromedp.Click(`[data-testid="export-csv"]`, chromedp.NodeVisible))
	}
	if err != nil {
		t.Fatal(err)
	}
	var b []byte
	for end := time.Now().Add(15 * time.Second); time.Now().Before(end) && b == nil; time.Sleep(100 * time.Millisecond) {
		files, _ := filepath.Glob(filepath.Join(dir, "*.csv"))
		if len(files) == 1 {
			b, _ = os.ReadFile(files[0])
			t.Logf("downloaded %s (%d bytes)", filepath.Base(files[0]), len(b))
		}
	}
	if !bytes.HasPrefix(b, []byte("\xef\xbb\xbfregion,")) {
		t.Fatalf("download starts %q, want a BOM then the header", b[:min(len(b), 20)])
	}
}

// A reviewer logs in, uploads a report by pasting it, saves it from the
// preview, opens one of its figures and confirms it — all by clicking.
func TestBrowserUploadAndReviewByClicking(t *testing.T) {
	ctx := browser(t)
	app := httptest.NewServer(NewServer(freshStore(t), quietLog(), Config{}))
	defer app.Close()
	l := watch(t, ctx)
	report := "醴陵市2023年政府工作报告\n\n2022年，全市地区生产总值增长6.1%。\n\n2023年主要预期目标：地区生产总值增长7%左右。"
	step, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	err := chromedp.Do(step,
		chromedp.Navigate(app.URL+"/login"),
		chromedp.SendKeys(`input[name="name"]`, "wang"),
		chromedp.SendKeys(`input[name="password"]`, "correct horse battery"),
		chromedp.Click(`[data-testid="login-form"] button[type="submit"]`),
		chromedp.WaitVisible(`form[action="/logout"]`),
		chromedp.Navigate(app.URL+"/upload"),
		chromedp.SetValue(`[data-testid="upload-text"]`, report),
		chromedp.Click(`button[data-testid="preview"]`),
		chromedp.WaitVisible(`[data-testid="preview-figures"]`),
		chromedp.Click(`[data-testid="save"]`),
		chromedp.WaitVisible(`[data-testid="upload-saved"] a`),
		chromedp.Click(`[data-testid="upload-saved"] a`),
		// The document page's own link to a figure: the upload page links
		// figures too (a shaky one's ?), and a node found there before the
		// navigation is gone when the click comes.
		chromedp.WaitVisible(`[data-testid="figure-page"]`),
		chromedp.Click(`[data-testid="figure-page"]`),
		chromedp.WaitVisible(`[data-testid="confirm"]`),
		chromedp.Click(`[data-testid="confirm"]`),
		chromedp.WaitVisible(`[data-testid="history"]`),
	)
	var status, history string
	if err == nil {
		status, err = chromedp.Run(step, chromedp.Text(`[data-testid="review-status"]`))
	}
	if err == nil {
		history, err = chromedp.Run(step, chromedp.Text(`[data-testid="history"]`))
	}
	if err != nil {
		t.Fatalf("flow: %v (console: %q)", err, l.errors)
	}
	if !strings.Contains(status, "已核实") && !strings.Contains(status, "确认") {
		t.Errorf("status after confirming = %q", status)
	}
	// By a label, never the login name (the page is public).
	if !strings.Contains(history, "审核员") || strings.Contains(history, "wang") {
		t.Errorf("history does not name the reviewer, or names them by login: %q", history)
	}
	if len(l.errors) > 0 {
		t.Errorf("console errors: %q", l.errors)
	}
}
