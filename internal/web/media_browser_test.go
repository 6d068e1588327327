package web

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// media sets the emulated media type and colour scheme for what follows.
func media(ctx context.Context, typ, scheme string) error {
	p := emulation.SetEmulatedMediaParams{Media: typ}
	if scheme != "" {
		p.Features = []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}
	}
	_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, p)
	return err
}

// Dark mode follows the system's setting (pages and charts); paper gets
// the content without the controls; the embed snippet has a copy button
// that copies it.
func TestBrowserDarkModePrintAndCopy(t *testing.T) {
	ctx := browser(t)
	app := httptest.NewServer(NewServer(seededStore(t), quietLog(), Config{}))
	defer app.Close()
	step, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	if err := media(step, "", "dark"); err != nil {
		t.Fatal(err)
	}
	dark, err := measure(step, app.URL+"/?region=4302&year=2020", 1400)
	if err != nil || len(dark.Charts) == 0 {
		t.Fatalf("dark overview: %v", err)
	}
	type look struct {
		Body, Card string
		ChartText  []string `json:"chartText"`
	}
	const lookJS = `(() => {
		const inst = echarts.getInstanceByDom(document.getElementById('chart-overview'));
		const fills = inst.getZr().storage.getDisplayList(true).filter(d => d.type === 'tspan' && d.style && d.style.text).map(d => String(d.style.fill));
		return {Body: getComputedStyle(document.body).backgroundColor, Card: getComputedStyle(document.querySelector('.card')).backgroundColor, chartText: fills};
	})()`
	l, err := chromedp.Run(step, chromedp.Evaluate[look](lookJS))
	if err != nil {
		t.Fatal(err)
	}
	if !darkColour(l.Body) || !darkColour(l.Card) {
		t.Errorf("dark mode: body %s, card %s", l.Body, l.Card)
	}
	light := 0
	for _, f := range l.ChartText {
		if luminance(f) > 150 {
			light++
		}
	}
	if light*2 < len(l.ChartText) {
		t.Errorf("dark mode: %d of %d chart labels are light: %q", light, len(l.ChartText), l.ChartText)
	}
	// Print: no navigation, filters, export buttons or embed panels.
	if err := media(step, "print", "light"); err != nil {
		t.Fatal(err)
	}
	hidden, err := chromedp.Run(step, chromedp.Evaluate[[]string](`['header.site', 'form.filters', '.embed-panel', '.exports', 'footer.site', '[data-testid="scorecard"]'].filter(sel => {
		const el = document.querySelector(sel);
		return el && getComputedStyle(el).display === 'none';
	})`))
	if err != nil || strings.Join(hidden, ",") != "header.site,form.filters,.embed-panel,.exports,footer.site" {
		t.Errorf("hidden on paper: %q (%v), want the controls and not the scorecard", hidden, err)
	}
	if err := media(step, "", ""); err != nil {
		t.Fatal(err)
	}
	// Copy: open the embed panel, press the button.
	err = chromedp.Do(step, chromedp.Click(`#chart-overview ~ [data-testid="embed-panel"] summary, [data-testid="embed-panel"] summary`, chromedp.NodeVisible),
		chromedp.Click(`[data-testid="copy-snippet"]`, chromedp.NodeVisible))
	if err != nil {
		t.Fatal(err)
	}
	type copied struct {
		Label, Selected, Snippet string
	}
	var c copied
	for end := time.Now().Add(3 * time.Second); time.Now().Before(end); time.Sleep(100 * time.Millisecond) {
		c, err = chromedp.Run(step, chromedp.Evaluate[copied](`(() => {
			const b = document.querySelector('[data-testid="copy-snippet"]'), ta = document.getElementById(b.getAttribute('data-copy'));
			return {Label: b.textContent, Selected: ta.value.substring(ta.selectionStart, ta.selectionEnd), Snippet: ta.value};
		})()`))
		if err != nil || c.Label == "已复制" {
			break
		}
	}
	if err != nil || c.Label != "已复制" || c.Selected != c.Snippet || !strings.HasPrefix(c.Snippet, "<iframe") {
		t.Errorf("copy: button %q, selected %q of %q (%v)", c.Label, c.Selected, c.Snippet, err)
	}
}

// darkColour says whether a CSS colour is dark.
func darkColour(s string) bool { return luminance(s) < 100 }

// luminance of a CSS rgb()/rgba()/#rrggbb colour, 0–255 (-1: unreadable).
func luminance(s string) float64 {
	var r, g, b float64
	switch {
	case strings.HasPrefix(s, "#") && len(s) == 7:
		r, g, b = hexByte(s[1:3]), hexByte(s[3:5]), hexByte(s[5:7])
	case strings.HasPrefix(s, "rgb"):
		parts := strings.FieldsFunc(s, func(c rune) bool { return c == '(' || c == ')' || c == ',' || c == ' ' })
		if len(parts) < 4 {
			return -1
		}
		r, g, b = atof(parts[1]), atof(parts[2]), atof(parts[3])
	default:
		return -1
	}
	return 0.2126*r + 0.7152*g + 0.0722*b
}
