package web

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// layoutState is what a page looks like at one width, measured in the
// browser: what a reader would trip on.
type layoutState struct {
	ScrollWidth int          `json:"scrollWidth"` // the page's width: wider than the window scrolls the whole page
	Width       int          `json:"width"`
	Height      int          `json:"height"`
	NavHeight   int          `json:"navHeight"`   // the tallest nav entry: one line, not a character per line
	NarrowNames []string     `json:"narrowNames"` // cells squeezed to a character or two a line
	CutOff      []string     `json:"cutOff"`      // statuses outside the window, not inside a scrolling table
	Charts      []chartFrame `json:"charts"`
}

// chartFrame is one drawn chart: its size, how it laid out its bars,
// and the text it drew that runs off the canvas or over other text.
type chartFrame struct {
	ID       string   `json:"id"`
	Width    int      `json:"width"`
	Box      int      `json:"box"` // the container's width
	Layout   string   `json:"layout"`
	Off      []string `json:"off"`
	Overlaps []string `json:"overlaps"`
	Texts    int      `json:"texts"`
}

// layoutJS measures the page. Chart text comes from zrender's display
// list: every span of text echarts drew, with its box on the canvas.
const layoutJS = `(() => {
	const vw = document.documentElement.clientWidth;
	const inScroll = el => !!el.closest('.table-scroll');
	const navH = Math.max(0, ...[...document.querySelectorAll('header.site nav a')].map(a => a.getBoundingClientRect().height));
	// A cell is squeezed when a text in it wraps to three lines or more
	// of two characters or fewer each: a name a character per line.
	const squeezed = el => {
		const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
		for (let n = w.nextNode(); n; n = w.nextNode()) {
			const t = n.textContent.trim();
			if ([...t].length < 4) continue;
			const r = document.createRange();
			r.selectNodeContents(n);
			const lines = new Set([...r.getClientRects()].map(x => Math.round(x.top))).size;
			if (lines >= 3 && [...t].length / lines < 2.5) return true;
		}
		return false;
	};
	const narrow = [...document.querySelectorAll('th, td')].filter(squeezed).map(c => c.textContent.trim());
	// A status is cut off when it leaves the window outside a scrolling
	// table, or spills out of its own cell (a card's column).
	const cut = [...document.querySelectorAll('[data-testid="status"]')].filter(s => {
		const r = s.getBoundingClientRect(), cell = s.closest('td, th');
		if (r.width === 0) return false;
		if (cell && r.right > cell.getBoundingClientRect().right + 1) return true;
		return (r.right > vw + 1 || r.left < -1) && !inScroll(s);
	}).map(s => s.textContent.trim());
	const charts = [...document.querySelectorAll('[data-chart-option]')].map(el => {
		const inst = window.echarts && echarts.getInstanceByDom(el);
		const out = {id: el.id, width: inst ? inst.getWidth() : 0, box: el.clientWidth, layout: el.getAttribute('data-chart-layout') || '', off: [], overlaps: [], texts: 0};
		if (!inst) return out;
		const W = inst.getWidth(), H = inst.getHeight();
		// Each span's box as the four corners it covers on the canvas
		// (rotated labels are rotated boxes), shrunk by a pixel so that
		// touching is not overlapping.
		const boxes = [];
		inst.getZr().storage.getDisplayList(true).forEach(d => {
			if (d.type !== 'tspan' || !d.style || !String(d.style.text || '').trim() || d.invisible || d.ignore) return;
			const r = d.getBoundingRect(), m = d.transform || [1, 0, 0, 1, 0, 0];
			const pt = (x, y) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
			const x0 = r.x + 1, y0 = r.y + 1, x1 = r.x + r.width - 1, y1 = r.y + r.height - 1;
			boxes.push({t: String(d.style.text), p: [pt(x0, y0), pt(x1, y0), pt(x1, y1), pt(x0, y1)]});
		});
		out.texts = boxes.length;
		boxes.forEach(b => {
			if (b.p.some(([x, y]) => x < -1 || y < -1 || x > W + 1 || y > H + 1)) out.off.push(b.t);
		});
		// Separating axes: two convex boxes overlap unless some edge's
		// normal separates their projections.
		const apart = (a, b) => [a, b].some(q => q.p.some((p, i) => {
			const n = q.p[(i + 1) % 4], ax = [n[1] - p[1], p[0] - n[0]];
			const proj = s => s.p.map(([x, y]) => x * ax[0] + y * ax[1]);
			const pa = proj(a), pb = proj(b);
			return Math.max(...pa) <= Math.min(...pb) || Math.max(...pb) <= Math.min(...pa);
		}));
		for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
			if (!apart(boxes[i], boxes[j])) out.overlaps.push(boxes[i].t + ' × ' + boxes[j].t);
		}
		return out;
	});
	return {scrollWidth: document.documentElement.scrollWidth, width: vw, height: document.documentElement.scrollHeight,
		navHeight: Math.round(navH), narrowNames: narrow, cutOff: cut, charts};
})()`

// layoutViews are the views a reader opens, with the charts each draws.
var layoutViews = []string{
	"/?region=4302&year=2020", "/?region=4302&year=2020&lang=en", "/indicators", "/indicators?lang=en",
	"/indicators/gdp_growth?region=4302", "/indicators/gdp_growth?region=4302&lang=en",
	"/indicators/gdp_growth?region=430281&year=2022&level=county&within=all",
	"/regions", "/regions/4302", "/regions/4302?lang=en", "/compare?scope=4302&year=2020", "/compare?scope=4302&year=2020&lang=en",
	"/documents", "/documents?lang=en", "/documents/3", "/documents/3?lang=en&q=增长", "/search?q=生产总值", "/search?q=GDP&lang=en",
	"/methodology", "/methodology?lang=en", "/figures/3", "/figures/3?lang=en", "/review", "/login", "/login?lang=en",
	"/?region=株州市", "/?region=株州市&lang=en", "/embed/overview/growth?region=4302&year=2020",
	"/embed/indicators/gdp_growth/years?region=430281&lang=en", "/embed/overview/trend?region=4302",
	"/rankings", "/rankings?lang=en", "/rankings?indicator=gdp_growth",
}

// measure opens a view at a width and measures it once its charts drew.
func measure(ctx context.Context, url string, width int64) (layoutState, error) {
	step, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	err := chromedp.Do(step, chromedp.EmulateViewport(width, 900), chromedp.Navigate(url), chromedp.WaitReady("body"))
	if err == nil {
		// Drawn, animations included (charts.js marks echarts' "finished").
		_, err = chromedp.Run(step, chromedp.Poll[bool](`document.querySelectorAll('[data-chart-option]').length === document.querySelectorAll('[data-chart-drawn]').length`,
			chromedp.WithPollingTimeout(10*time.Second)))
	}
	if err != nil {
		return layoutState{}, err
	}
	return chromedp.Run(step, chromedp.Evaluate[layoutState](layoutJS))
}

// At 390 px (a phone) and 1400 px, in both languages, no view scrolls
// sideways as a whole, the nav is one line per entry, names are not
// squeezed a character per line, no status is cut off, every chart fits
// its box and draws no text off the canvas or over other text, and the
// overview is not a 9,000 px scroll.
func TestBrowserLayoutAtPhoneAndDesktopWidths(t *testing.T) {
	ctx := browser(t)
	app := httptest.NewServer(NewServer(seededStore(t), quietLog(), Config{}))
	defer app.Close()
	shots := os.Getenv("MUBIAO_SHOTS") // a folder: keep a screenshot of each view
	for _, width := range []int64{390, 1400} {
		for _, path := range layoutViews {
			st, err := measure(ctx, app.URL+path, width)
			if err != nil {
				t.Errorf("%d px %s: %v", width, path, err)
				continue
			}
			where := fmt.Sprintf("%d px %s", width, path)
			if st.ScrollWidth > st.Width+1 {
				t.Errorf("%s: the page is %d px wide in a %d px window", where, st.ScrollWidth, st.Width)
			}
			if st.NavHeight > 40 {
				t.Errorf("%s: a nav entry is %d px tall (wrapped)", where, st.NavHeight)
			}
			if len(st.NarrowNames) > 0 {
				t.Errorf("%s: names squeezed a character a line: %q", where, st.NarrowNames)
			}
			if len(st.CutOff) > 0 {
				t.Errorf("%s: statuses cut off the screen: %q", where, st.CutOff)
			}
			for _, c := range st.Charts {
				if c.Width > c.Box+1 || c.Width == 0 {
					t.Errorf("%s %s: chart %d px wide in a %d px box", where, c.ID, c.Width, c.Box)
				}
				if len(c.Off) > 0 {
					t.Errorf("%s %s: text off the canvas: %q", where, c.ID, c.Off)
				}
				if len(c.Overlaps) > 0 {
					t.Errorf("%s %s: text over text: %q", where, c.ID, c.Overlaps)
				}
				if c.Texts == 0 {
					t.Errorf("%s %s: drew no text", where, c.ID)
				}
			}
			if strings.HasPrefix(path, "/?") && width == 390 && st.Height > 6500 {
				t.Errorf("%s: the overview is %d px tall", where, st.Height)
			}
			if shots != "" {
				shoot(t, ctx, filepath.Join(shots, shotName(path, width)))
			}
		}
	}
}

func shotName(path string, width int64) string {
	r := strings.NewReplacer("/", "_", "?", "_", "&", "_", "=", "-", ":", "")
	name := strings.Trim(r.Replace(path), "_")
	if name == "" {
		name = "overview"
	}
	return fmt.Sprintf("%s-%d.png", name, width)
}

func shoot(t *testing.T, ctx context.Context, file string) {
	step, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	b, err := chromedp.Run(step, chromedp.FullScreenshot(90))
	if err == nil {
		err = os.WriteFile(file, b, 0o644)
	}
	if err != nil {
		t.Logf("screenshot %s: %v", file, err)
	}
}

// chartProbe is what a chart shows a reader, read back from echarts.
type chartProbe struct {
	Layout  string   `json:"layout"`
	XType   string   `json:"xType"`
	Spacing []int    `json:"spacing"` // pixels from the first year to each later one
	Breaks  int      `json:"breaks"`  // gaps in the target line
	AxisMax float64  `json:"axisMax"`
	Marks   []string `json:"marks"`
	Tooltip string   `json:"tooltip"`
	Sticky  int      `json:"sticky"` // how far the first column moved when its table scrolled
}

const chartProbeJS = `((id, years) => new Promise(done => {
	const el = document.getElementById(id), inst = echarts.getInstanceByDom(el), opt = inst.getOption();
	const x = opt.xAxis[0], y = opt.yAxis[0];
	const out = {layout: el.getAttribute('data-chart-layout'), xType: x.type, spacing: [], breaks: 0, axisMax: 0, marks: [], tooltip: '', sticky: 0};
	if (x.type === 'value' && years.length) {
		const p0 = inst.convertToPixel({xAxisIndex: 0}, years[0]);
		years.forEach(yr => out.spacing.push(Math.round(inst.convertToPixel({xAxisIndex: 0}, yr) - p0)));
	}
	opt.series.forEach(s => {
		(s.data || []).forEach(d => { const v = d && d.value !== undefined ? d.value : d; if (Array.isArray(v) && v[1] === '-') out.breaks++; });
	});
	// The marks are read from what the canvas draws, not from the option:
	// a marker the bundle cannot render is in the option all the same. A
	// cut bar's marker is a drawn triangle with its label inside the chart.
	const w = el.clientWidth, h = el.clientHeight, drawn = inst.getZr().storage.getDisplayList(true);
	const inside = e => { const r = e.getBoundingRect().clone(); r.applyTransform(e.getComputedTransform ? e.getComputedTransform() : e.transform); return r.x >= 0 && r.y >= 0 && r.x + r.width <= w && r.y + r.height <= h; };
	const triangles = drawn.filter(e => e.type === 'triangle' || (e.shape && e.shape.symbolType === 'triangle')).filter(inside).length;
	drawn.forEach(e => { const t = e.style && e.style.text; if (typeof t === 'string' && /[↑↓→←]$/.test(t) && inside(e)) out.marks.push(t); });
	if (triangles < out.marks.length) out.marks.push('(' + (out.marks.length - triangles) + ' without a triangle)');
	out.axisMax = inst.getModel().getComponent(out.layout === 'sideways' ? 'xAxis' : 'yAxis', 0).axis.scale.getExtent()[1];
	inst.dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: 0});
	setTimeout(() => {
		const tip = [...el.querySelectorAll('div')].find(d => d.style.position === 'absolute' && d.innerText.trim());
		out.tooltip = tip ? tip.innerText : '';
		done(out);
	}, 300);
}))`

// Charts put years on a real scale and break the target line at gaps,
// cut an outlier at the axis with its value marked, turn category bars
// sideways on a phone, and tell target, result, gap and verdict in the
// tooltip; a matrix keeps its first column when scrolled.
func TestBrowserChartAxesAndTooltips(t *testing.T) {
	ctx := browser(t)
	app := httptest.NewServer(NewServer(seededStore(t), quietLog(), Config{}))
	defer app.Close()
	probe := func(path string, width int64, id string, years ...int) chartProbe {
		t.Helper()
		if _, err := measure(ctx, app.URL+path, width); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		step, cancel := context.WithTimeout(ctx, 20*time.Second)
		defer cancel()
		ys := "[" + strings.Trim(strings.Join(strings.Fields(fmt.Sprint(years)), ","), "[]") + "]"
		p, err := chromedp.Run(step, chromedp.Evaluate[chartProbe](fmt.Sprintf("%s(%q, %s)", chartProbeJS, id, ys), chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatalf("%s %s: %v", path, id, err)
		}
		return p
	}
	// 醴陵市 has results for 2018, 2020 and 2022 and targets for 2019 and
	// 2021: years four apart are four times one apart, and no line joins
	// the two targets across 2020.
	yrs := probe("/indicators/gdp_growth?region=430281&year=2022&level=county&within=all", 1400, "chart-years", 2018, 2019, 2022)
	if yrs.XType != "value" || len(yrs.Spacing) != 3 || yrs.Spacing[1] == 0 || abs(yrs.Spacing[2]-4*yrs.Spacing[1]) > 2 {
		t.Errorf("years axis %s, spacing %v: want years on a real scale", yrs.XType, yrs.Spacing)
	}
	if yrs.Breaks == 0 {
		t.Error("the target line runs across a year without a target")
	}
	for _, want := range []string{"目标", "实际", "状态"} {
		if !strings.Contains(yrs.Tooltip, want) {
			t.Errorf("years tooltip %q lacks %s", yrs.Tooltip, want)
		}
	}
	// 株洲市 2020: services revenue grew 52.6% beside rates under 15%.
	for _, width := range []int64{1400, 390} {
		ov := probe("/?region=4302&year=2020", width, "chart-overview")
		if ov.AxisMax >= 52.6 || ov.AxisMax < 15 {
			t.Errorf("%d px: value axis ends at %v, want the outlier cut above the rest", width, ov.AxisMax)
		}
		if mark := map[int64]string{1400: "52.6%↑", 390: "52.6%→"}[width]; strings.Join(ov.Marks, ",") != mark {
			t.Errorf("%d px: cut bars marked %q, want %q", width, ov.Marks, mark)
		}
		want := map[int64]string{1400: "upright", 390: "sideways"}[width]
		if ov.Layout != want {
			t.Errorf("%d px: bars %s, want %s", width, ov.Layout, want)
		}
		for _, w := range []string{"目标", "实际", "差距", "状态", "未达成"} {
			if !strings.Contains(ov.Tooltip, w) {
				t.Errorf("%d px: tooltip %q lacks %s", width, ov.Tooltip, w)
			}
		}
	}
	// The compare matrix on a phone: scrolled sideways, the region names
	// stay where they were.
	if _, err := measure(ctx, app.URL+"/compare?scope=4302&year=2020", 390); err != nil {
		t.Fatal(err)
	}
	step, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	moved, err := chromedp.Run(step, chromedp.Evaluate[int](`(() => {
		const box = document.querySelector('.sticky-first'), th = box.querySelector('tbody th');
		const before = th.getBoundingClientRect().left;
		box.scrollLeft = 300;
		return Math.round(Math.abs(th.getBoundingClientRect().left - before)) + (box.scrollLeft > 0 ? 0 : 1000);
	})()`))
	if err != nil || moved != 0 {
		t.Errorf("first column moved %d px when the matrix scrolled (%v)", moved, err)
	}
}
