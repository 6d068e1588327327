package web

import (
	"context"
	"fmt"
	"image/png"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// drawn waits until every chart and map of the page has drawn.
func drawn(ctx context.Context, url string) error {
	err := chromedp.Do(ctx, chromedp.Navigate(url), chromedp.WaitReady("body"))
	if err == nil {
		_, err = chromedp.Run(ctx, chromedp.Poll[bool](`document.querySelectorAll('[data-chart-option], [data-map-option]').length ===
			document.querySelectorAll('[data-chart-drawn]').length`, chromedp.WithPollingTimeout(15*time.Second)))
	}
	return err
}

// Every chart and map has a save-as-image button (charts.js's, the
// echarts build has no toolbox): named in the page's language, it
// downloads a PNG of the chart, named for its title, at twice the
// screen's resolution at least; paper does not show it.
func TestBrowserSaveImageButtonDownloadsAPNG(t *testing.T) {
	ctx := browser(t)
	app := httptest.NewServer(NewServer(seededStore(t), quietLog(), Config{}))
	defer app.Close()
	l := watch(t, ctx)
	for _, v := range []struct{ path, id, label, name string }{
		{"/?region=4302&year=2020", "chart-overview", "保存为图片", "株洲市 2020年 增长目标与实际(%).png"},
		{"/indicators/gdp_growth?region=4302&lang=en", "chart-years", "Save as image", ""},
		{"/map", "chart-map", "保存为图片", ""},
		{"/embed/map", "chart-map", "保存为图片", ""},
		{"/embed/overview/growth?region=4302&year=2020", "chart-overview", "保存为图片", ""},
	} {
		dir := t.TempDir()
		step, cancel := context.WithTimeout(ctx, 40*time.Second)
		err := drawn(step, app.URL+v.path)
		if err == nil {
			_, err = chromedp.CallBrowser(step, cdpbrowser.SetDownloadBehavior,
				cdpbrowser.SetDownloadBehaviorParams{Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir})
		}
		button := fmt.Sprintf(`button[data-save=%q]`, v.id)
		var label string
		var size []int
		if err == nil {
			label, err = chromedp.Run(step, chromedp.Evaluate[string](`document.querySelector('`+button+`').getAttribute('aria-label')`))
		}
		if err == nil {
			size, err = chromedp.Run(step, chromedp.Evaluate[[]int](`(() => { const c = echarts.getInstanceByDom(document.getElementById('`+v.id+`')); return [c.getWidth(), c.getHeight()]; })()`))
		}
		if err == nil {
			err = chromedp.Do(step, chromedp.Click(button, chromedp.NodeVisible))
		}
		if err != nil {
			cancel()
			t.Errorf("%s: %v", v.path, err)
			continue
		}
		if label != v.label {
			t.Errorf("%s: the button is called %q, want %q", v.path, label, v.label)
		}
		var file string
		for end := time.Now().Add(15 * time.Second); time.Now().Before(end) && file == ""; time.Sleep(100 * time.Millisecond) {
			if files, _ := filepath.Glob(filepath.Join(dir, "*.png")); len(files) == 1 {
				file = files[0]
			}
		}
		if file == "" {
			cancel()
			t.Errorf("%s: no PNG downloaded", v.path)
			continue
		}
		if v.name != "" && filepath.Base(file) != v.name {
			t.Errorf("%s: saved as %q, want %q", v.path, filepath.Base(file), v.name)
		}
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		cfg, err := png.DecodeConfig(f)
		f.Close()
		if err != nil || len(size) != 2 || cfg.Width < 2*size[0] || cfg.Height < 2*size[1] {
			t.Errorf("%s: saved %dx%d (%v), want a PNG of the %v chart at 2x", v.path, cfg.Width, cfg.Height, err, size)
		}
		cancel()
	}
	step, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	if err := drawn(step, app.URL+"/?region=4302&year=2020"); err != nil {
		t.Fatal(err)
	}
	if err := media(step, "print", ""); err != nil {
		t.Fatal(err)
	}
	shown, err := chromedp.Run(step, chromedp.Evaluate[int](`[...document.querySelectorAll('button[data-save]')].filter(b => getComputedStyle(b).display !== 'none').length`))
	if err != nil || shown != 0 {
		t.Errorf("on paper %d save buttons show (%v)", shown, err)
	}
	if err := media(step, "", ""); err != nil {
		t.Fatal(err)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.errors) > 0 {
		t.Errorf("console errors: %q", l.errors)
	}
}

// legendJS finds a series' legend entry on the canvas (its label, drawn
// below the grid) and returns where it is in the window (scrolled into
// view), whether the
// series is selected, how many bars the chart draws and how many of them
// carry a decal pattern (aria's, for readers who cannot tell the colours
// apart), and what the chart says to a screen reader.
const legendJS = `((id, name) => {
	const el = document.getElementById(id), inst = echarts.getInstanceByDom(el);
	const list = inst.getZr().storage.getDisplayList(true);
	const shown = list.filter(e => e.type === 'rect' && e.shape && e.shape.width && e.shape.height && !e.invisible && e.style && e.style.opacity !== 0);
	const label = list.filter(e => e.type === 'tspan' && e.style && e.style.text === name)
		.map(e => { const r = e.getBoundingRect().clone(); r.applyTransform(e.transform); return r; })
		.sort((a, b) => b.y - a.y)[0];
	el.scrollIntoView({block: 'center'});
	const box = el.getBoundingClientRect();
	const selected = inst.getOption().legend[0].selected || {};
	return {x: box.left + (label ? label.x + label.width / 2 : -1), y: box.top + (label ? label.y + label.height / 2 : -1),
		selected: selected[name] !== false, drawn: shown.length,
		decals: shown.filter(e => e.style.decal && e.style.decal.image instanceof HTMLCanvasElement).length, said: el.getAttribute('aria-label')};
})`

type legendState struct {
	X, Y          float64
	Selected      bool
	Drawn, Decals int
	Said          string
}

// A click on a legend entry hides its series and a second click brings
// it back: the legend component is in the build and takes the mouse. The
// aria component draws its decals on the bars and describes the chart.
func TestBrowserLegendTogglesASeries(t *testing.T) {
	ctx := browser(t)
	app := httptest.NewServer(NewServer(seededStore(t), quietLog(), Config{}))
	defer app.Close()
	step, cancel := context.WithTimeout(ctx, 40*time.Second)
	defer cancel()
	if err := drawn(step, app.URL+"/?region=4302&year=2020"); err != nil {
		t.Fatal(err)
	}
	state := func() legendState {
		t.Helper()
		s, err := chromedp.Run(step, chromedp.Evaluate[legendState](legendJS+`('chart-overview', '实际')`))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	before := state()
	if before.X < 0 || !before.Selected || before.Drawn == 0 {
		t.Fatalf("before: %+v, want the 实际 entry found and its bars drawn", before)
	}
	if before.Decals*2 < before.Drawn {
		t.Errorf("%d of %d bars have a decal pattern, want most (the rest are legend icons and the like)", before.Decals, before.Drawn)
	}
	if !strings.HasPrefix(before.Said, "这是一个关于“株洲市 2020年 增长目标与实际(%)”的图表") || !strings.Contains(before.Said, "柱状图") {
		t.Errorf("the chart tells a screen reader %q", before.Said)
	}
	for i, want := range []bool{false, true} {
		if err := chromedp.Do(step, chromedp.MouseClickXY(before.X, before.Y)); err != nil {
			t.Fatal(err)
		}
		time.Sleep(600 * time.Millisecond) // the series fades out or in
		after := state()
		if after.Selected != want || (want && after.Drawn != before.Drawn) || (!want && after.Drawn >= before.Drawn) {
			t.Errorf("click %d: selected %v with %d bars drawn, want selected %v (before: %d bars)", i+1, after.Selected, after.Drawn, want, before.Drawn)
		}
	}
}
