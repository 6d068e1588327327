package web

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// hostPage is a portal on another origin: it frames an embed and, to
// check the policy, an ordinary page; it runs the documented one-line
// host script and records what the embed tells it.
const hostPage = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>门户</title>
<script src="%[1]s/static/js/embed-host.js" async></script>
<script>
window.addEventListener("message", function (e) {
  if (e.data && e.data.mubiao === "embed-height") {
    document.body.dataset.charts = e.data.charts;
    document.body.dataset.height = e.data.height;
  }
});
</script></head><body>
<h1>某市政府门户</h1>
<iframe id="embed" src="%[1]s/embed/overview/growth?region=4302&amp;year=2020" width="100%%" height="480" style="border:0;width:100%%"></iframe>
<iframe id="page" src="%[1]s/?region=4302" width="100%%" height="200"></iframe>
</body></html>`

func TestBrowserEmbedDrawsInAForeignPage(t *testing.T) {
	ctx := browser(t)
	app := httptest.NewServer(NewServer(seededStore(t), quietLog(), Config{}))
	defer app.Close()
	host := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, hostPage, app.URL)
	}))
	defer host.Close()
	if app.URL == host.URL {
		t.Fatal("host and app share an origin")
	}
	tab := watch(t, ctx)
	step, cancel := context.WithTimeout(ctx, 30*time.Second) // a hung page fails this test, not the run
	defer cancel()
	if err := chromedp.Do(step, chromedp.Navigate(host.URL)); err != nil {
		t.Fatal(err)
	}
	// The embed drew its chart and said so; the host script fitted the
	// frame to the height it reported.
	got, err := chromedp.Run(step, chromedp.Poll[map[string]string](
		`document.body.dataset.charts === "1" && document.getElementById("embed").style.height !== "" &&
		 {charts: document.body.dataset.charts, height: document.body.dataset.height, frame: document.getElementById("embed").style.height}`,
		chromedp.WithPollingTimeout(20*time.Second)))
	if err != nil {
		t.Fatalf("embed did not report a drawn chart: %v; console: %v", err, tab.messages)
	}
	if got["frame"] != got["height"]+"px" {
		t.Errorf("frame height %s, embed reported %s", got["frame"], got["height"])
	}
	// The ordinary page refused to be framed.
	refused := tab.waitFor(10*time.Second, func(l *tabLog) bool {
		for _, m := range l.messages {
			if strings.Contains(m, "frame-ancestors 'none'") && strings.Contains(m, app.URL+"/") {
				return true
			}
		}
		return false
	})
	if !refused {
		t.Errorf("framing %s/ was not refused; console: %v", app.URL, tab.messages)
	}
	if f := tab.foreign(app.URL, host.URL); len(f) > 0 {
		t.Errorf("requests to other hosts: %v", f)
	}
	for _, e := range tab.errors {
		if !strings.Contains(e, "frame-ancestors") && !strings.Contains(e, "favicon") {
			t.Errorf("console error: %s", e)
		}
	}
}
