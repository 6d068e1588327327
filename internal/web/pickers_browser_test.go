package web

import (
	"context"
	"errors"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// In a browser, the filter forms keep what was chosen: the rankings'
// span survives 查看 (its start year has no judged target), the basis
// picked changes the verdict shown, and a sorted header is a plain link
// that sorts. At 390 px the embed snippet fits the screen.
func TestBrowserPickersKeepTheirStateAndTheSnippetFitsAPhone(t *testing.T) {
	ctx := browser(t)
	app := httptest.NewServer(NewServer(revisedFixture(t), quietLog(), Config{}))
	defer app.Close()
	step, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()

	var search string
	err := chromedp.Do(step, chromedp.EmulateViewport(1200, 900),
		chromedp.Navigate(app.URL+"/rankings?level=county&within=4302&from=2020&to=2022"), chromedp.WaitReady("body"),
		clickAndLoad(`[data-testid="filters"] button[type="submit"]`))
	if err == nil {
		search, err = chromedp.Run(step, chromedp.Evaluate[string](`location.search`))
	}
	if err != nil || !strings.Contains(search, "from=2020") || !strings.Contains(search, "to=2022") {
		t.Errorf("rankings after 查看: %q (%v), want from=2020 and to=2022 kept", search, err)
	}

	status := func() string {
		s, err := chromedp.Run(step, chromedp.Evaluate[string](`document.querySelector('[data-testid="row-gdp_growth"] [data-testid="status"]').textContent.trim()`))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	err = chromedp.Do(step, chromedp.Navigate(app.URL+"/?region=430281&year=2021"), chromedp.WaitReady("body"))
	if err != nil {
		t.Fatal(err)
	}
	if got := status(); !strings.Contains(got, "达成") || strings.Contains(got, "未") {
		t.Errorf("default basis: %q, want 达成 on the final 8.2%%", got)
	}
	err = chromedp.Do(step, chromedp.SetValue(`select[name="basis"]`, "first"),
		clickAndLoad(`[data-testid="filters"] button[type="submit"]`))
	if err == nil {
		search, err = chromedp.Run(step, chromedp.Evaluate[string](`location.search`))
	}
	if err != nil || !strings.Contains(search, "basis=first") {
		t.Fatalf("after picking 首次公布: %q (%v)", search, err)
	}
	if got := status(); !strings.Contains(got, "未达成") {
		t.Errorf("basis first: %q, want 未达成 on the estimate 7.4%%", got)
	}
	err = chromedp.Do(step, clickAndLoad(`[data-testid="sort-status"] a`))
	if err == nil {
		search, err = chromedp.Run(step, chromedp.Evaluate[string](`location.search + location.hash`))
	}
	if err != nil || !strings.Contains(search, "sort=status") || !strings.Contains(search, "basis=first") || !strings.HasSuffix(search, "#scorecard") {
		t.Errorf("sorting by the status header: %q (%v), want the order added and the basis kept", search, err)
	}

	// The embed snippet on a phone: the panel opened, its text box
	// within the screen and wrapping, not a line running off it.
	for _, path := range []string{"/rankings?level=county&within=4302&year=2021", "/?region=430281&year=2021"} {
		type fit struct{ Width, Box, ScrollW, Client int }
		var f fit
		err = chromedp.Do(step, chromedp.EmulateViewport(390, 844), chromedp.Navigate(app.URL+path), chromedp.WaitReady("body"),
			chromedp.Click(`[data-testid="embed-panel"] summary`, chromedp.NodeVisible))
		if err == nil {
			f, err = chromedp.Run(step, chromedp.Evaluate[fit](`(() => {
				const ta = document.querySelector('[data-testid="embed-snippet"]'), r = ta.getBoundingClientRect();
				return {Width: document.documentElement.clientWidth, Box: Math.ceil(r.right), ScrollW: ta.scrollWidth, Client: ta.clientWidth};
			})()`))
		}
		if err != nil || f.Box > f.Width || f.ScrollW > f.Client+1 {
			t.Errorf("%s at 390 px: snippet box ends at %d of %d, text %d wide in %d (%v)", path, f.Box, f.Width, f.ScrollW, f.Client, err)
		}
	}
	// On a phone the rows read as cards, and a sortable table's headers
	// stay as a line of links above them.
	type link struct{ Left, Right, Width int }
	var l link
	err = chromedp.Do(step, chromedp.Navigate(app.URL+"/?region=430281&year=2021"), chromedp.WaitReady("body"))
	if err == nil {
		l, err = chromedp.Run(step, chromedp.Evaluate[link](`(() => {
			const r = document.querySelector('[data-testid="sort-status"] a').getBoundingClientRect();
			return {Left: Math.floor(r.left), Right: Math.ceil(r.right), Width: document.documentElement.clientWidth};
		})()`))
	}
	if err != nil || l.Left < 0 || l.Right > l.Width || l.Right-l.Left < 10 {
		t.Errorf("the status header at 390 px: %+v (%v), want a link on the screen", l, err)
	}
}

// clickAndLoad clicks a link or button and waits until the page it opens
// has loaded: the old page is marked, so its elements do not count.
func clickAndLoad(sel string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(
		chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := chromedp.Evaluate[bool](`window.__leaving = true`)(ctx, t)
			return err
		}),
		chromedp.Click(sel, chromedp.NodeVisible),
		chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			// Asking while the old page goes fails; ask again.
			for end := time.Now().Add(15 * time.Second); time.Now().Before(end); time.Sleep(100 * time.Millisecond) {
				if done, err := chromedp.Evaluate[bool](`!window.__leaving && document.readyState === 'complete'`)(ctx, t); err == nil && done {
					return nil
				}
			}
			return errors.New("the page did not load within 15 s")
		}),
	)
}
