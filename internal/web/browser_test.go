package web

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// The browser tests drive Debian's headless Chromium. Without one they
// skip, unless MUBIAO_BROWSER=require (as .ci/run sets), where a missing
// browser fails the run instead of passing it silently.

func chromiumPath() string {
	if p := os.Getenv("MUBIAO_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browser starts a headless Chromium for one test and returns its tab.
// Frames run in the page's process (no site isolation) so the tab's
// events include what its iframes load and log.
func browser(t *testing.T) context.Context {
	t.Helper()
	path := chromiumPath()
	if path == "" {
		if os.Getenv("MUBIAO_BROWSER") == "require" {
			t.Fatal("no Chromium found and MUBIAO_BROWSER=require: install Debian's chromium or set MUBIAO_CHROMIUM")
		}
		t.Skip("no Chromium: browser tests skipped (set MUBIAO_BROWSER=require to fail instead)")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-site-isolation-trials", true),
		chromedp.Flag("disable-features", "Translate,BlinkGenPropertyTrees,IsolateOrigins,site-per-process"),
		chromedp.WindowSize(1200, 900),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil { // start the browser now
		t.Fatalf("start %s: %v", path, err)
	}
	return ctx
}

// tabLog is what a tab logged and requested, gathered from its events.
type tabLog struct {
	mu       sync.Mutex
	errors   []string // console errors, exceptions, browser log errors
	messages []string // every console and browser log line
	requests []string // every URL requested, frames included
}

func watch(t *testing.T, ctx context.Context) *tabLog {
	t.Helper()
	l := &tabLog{}
	err := chromedp.Listen(ctx, func(ev any) {
		l.mu.Lock()
		defer l.mu.Unlock()
		switch ev := ev.(type) {
		case *log.EventEntryAdded:
			l.messages = append(l.messages, ev.Entry.Text)
			if ev.Entry.Level == log.EntryLevelError {
				l.errors = append(l.errors, ev.Entry.Text+" "+ev.Entry.URL)
			}
		case *runtime.EventConsoleAPICalled:
			line := string(ev.Type)
			for _, a := range ev.Args {
				line += " " + string(a.Value) + a.Description
			}
			l.messages = append(l.messages, line)
			if ev.Type == runtime.ConsoleAPICalledTypeError {
				l.errors = append(l.errors, line)
			}
		case *runtime.EventExceptionThrown:
			l.errors = append(l.errors, ev.ExceptionDetails.Text+" "+ev.ExceptionDetails.URL)
		case *network.EventRequestWillBeSent:
			l.requests = append(l.requests, ev.Request.URL)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// waitFor polls the log until fn holds or the time is up.
func (l *tabLog) waitFor(d time.Duration, fn func(l *tabLog) bool) bool {
	for end := time.Now().Add(d); time.Now().Before(end); time.Sleep(50 * time.Millisecond) {
		l.mu.Lock()
		ok := fn(l)
		l.mu.Unlock()
		if ok {
			return true
		}
	}
	return false
}

// foreign lists requests to hosts other than the given origins.
func (l *tabLog) foreign(origins ...string) []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []string
	for _, u := range l.requests {
		ok := strings.HasPrefix(u, "data:") || strings.HasPrefix(u, "about:")
		for _, o := range origins {
			ok = ok || strings.HasPrefix(u, o+"/")
		}
		if !ok {
			out = append(out, u)
		}
	}
	return out
}
