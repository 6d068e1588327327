package web

import (
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// On a phone, a reviewer pastes a paragraph without its heading: the
// preview asks for the region and year, offers no save, reads it again
// with them, and saving says how many figures were stored.
func TestBrowserUploadAsksForRegionAndYearOnAPhone(t *testing.T) {
	ctx := browser(t)
	app := httptest.NewServer(NewServer(freshStore(t), quietLog(), Config{}))
	defer app.Close()
	shots := os.Getenv("MUBIAO_SHOTS")
	snap := func(step context.Context, name string) {
		if shots != "" {
			shoot(t, step, filepath.Join(shots, name))
		}
	}
	step, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()
	para := "过去一年,全市地区生产总值增长6.1%,规模工业增加值增长7.2%。\n\n今年主要预期目标:地区生产总值增长7%左右。"
	err := chromedp.Do(step,
		chromedp.EmulateViewport(390, 844),
		chromedp.Navigate(app.URL+"/login"),
		chromedp.SendKeys(`input[name="name"]`, "wang"),
		chromedp.SendKeys(`input[name="password"]`, "correct horse battery"),
		chromedp.Click(`[data-testid="login-form"] button[type="submit"]`),
		chromedp.WaitVisible(`form[action="/logout"]`),
		chromedp.Navigate(app.URL+"/upload"),
		chromedp.SetValue(`[data-testid="upload-text"]`, para),
		chromedp.Click(`button[data-testid="preview"]`),
		chromedp.WaitVisible(`[data-testid="preview-missing"]`),
	)
	if err != nil {
		t.Fatal(err)
	}
	snap(step, "upload-missing-390.png")
	saveOffered, err := chromedp.Run(step, chromedp.Evaluate[bool](`!!document.querySelector('[data-testid="save"]')`))
	if err != nil || saveOffered {
		t.Fatalf("a preview without region and year offers to save (%v)", err)
	}
	err = chromedp.Do(step,
		chromedp.SendKeys(`[data-testid="preview-region-0"]`, "醴陵"),
		chromedp.SendKeys(`[data-testid="preview-year-0"]`, "2023"),
		chromedp.Click(`[data-testid="preview-again"]`),
		chromedp.WaitVisible(`[data-testid="save"]`),
	)
	if err != nil {
		t.Fatal(err)
	}
	snap(step, "upload-applied-390.png")
	wide, err := chromedp.Run(step, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > document.documentElement.clientWidth + 1`))
	if err != nil || wide {
		t.Errorf("the preview is wider than the phone (%v)", err)
	}
	count, err := chromedp.Run(step, chromedp.Text(`[data-testid="preview-count"]`))
	if err != nil || strings.TrimSpace(count) != "3" {
		t.Fatalf("figures after applying region and year = %q (%v)", count, err)
	}
	err = chromedp.Do(step, chromedp.Click(`[data-testid="save"]`), chromedp.WaitVisible(`[data-testid="saved-count"]`))
	if err != nil {
		t.Fatal(err)
	}
	snap(step, "upload-saved-390.png")
	saved, err := chromedp.Run(step, chromedp.Text(`[data-testid="saved-count"]`))
	if err != nil || !strings.Contains(saved, "3 个数字") {
		t.Errorf("saved says %q (%v)", saved, err)
	}
	st, err := measure(step, app.URL+"/upload", 390)
	if err != nil || st.ScrollWidth > st.Width+1 || st.NavHeight > 40 {
		t.Errorf("upload form at 390 px: %+v (%v)", st, err)
	}
}
