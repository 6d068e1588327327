package web

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/a-h/templ"
	"github.com/labstack/echo/v4"
)

func slotContext(ctx context.Context) echo.Context {
	req := httptest.NewRequest(http.MethodGet, "/compare", nil).WithContext(ctx)
	return echo.New().NewContext(req, httptest.NewRecorder())
}

// No more builds run at once than there are slots, however many
// requests arrive together, and every one of them is built.
func TestBuildSlotsBoundTheBuildsAtOnce(t *testing.T) {
	slots := make(buildSlots, 2)
	var running, most, built atomic.Int32
	var wg sync.WaitGroup
	for range 12 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := slots.do(slotContext(context.Background()), func() error {
				n := running.Add(1)
				for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
				}
				time.Sleep(5 * time.Millisecond)
				running.Add(-1)
				built.Add(1)
				return nil
			})
			if err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if most.Load() != 2 || built.Load() != 12 {
		t.Fatalf("%d builds at most at once, %d built; want 2 and 12", most.Load(), built.Load())
	}
}

// A request whose deadline passes while every slot is taken is told the
// server is busy (503, Retry-After) and its page is not built; the
// build's own error passes through unchanged.
func TestBuildSlotsAnswerBusyPastTheDeadline(t *testing.T) {
	slots := make(buildSlots, 1)
	hold := make(chan struct{})
	go slots.do(slotContext(context.Background()), func() error { <-hold; return nil })
	for len(slots) == 0 {
		time.Sleep(time.Millisecond)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	c := slotContext(ctx)
	ran := false
	err := slots.do(c, func() error { ran = true; return nil })
	he, ok := err.(*echo.HTTPError)
	if !ok || he.Code != http.StatusServiceUnavailable || ran || c.Response().Header().Get("Retry-After") == "" {
		t.Fatalf("err %v, built %v, Retry-After %q; want a 503 with Retry-After and no build", err, ran, c.Response().Header().Get("Retry-After"))
	}
	close(hold)
	for len(slots) != 0 {
		time.Sleep(time.Millisecond)
	}
	want := echo.NewHTTPError(http.StatusNotFound)
	if err := slots.do(slotContext(context.Background()), func() error { return want }); err != want {
		t.Fatalf("the build's error became %v", err)
	}
}

// On a server whose every build slot is taken, a page not yet built
// waits and is answered 503 when its deadline passes, while a page
// already in the cache and /healthz are served at once: only builds
// queue.
func TestServerQueuesOnlyBuilds(t *testing.T) {
	s, e := newServer(seededStore(t), quietLog(), Config{})
	var body string
	get := func(path string, d time.Duration) int {
		ctx, cancel := context.WithTimeout(context.Background(), d)
		defer cancel()
		rec := httptest.NewRecorder()
		e.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil).WithContext(ctx))
		body = rec.Body.String()
		return rec.Code
	}
	if code := get("/compare", 30*time.Second); code != http.StatusOK {
		t.Fatalf("/compare = %d", code)
	}
	for range cap(s.builds) {
		s.builds <- struct{}{}
	}
	defer func() {
		for range cap(s.builds) {
			<-s.builds
		}
	}()
	for path, want := range map[string]int{"/compare": http.StatusOK, "/healthz": http.StatusOK,
		"/rankings": http.StatusServiceUnavailable, "/api/figures?per_page=5": http.StatusServiceUnavailable} {
		if code := get(path, 50*time.Millisecond); code != want {
			t.Errorf("%s with every slot taken = %d, want %d", path, code, want)
		}
		if want == http.StatusServiceUnavailable && !strings.Contains(body, "服务器正忙") && !strings.Contains(body, "server is busy") {
			t.Errorf("%s: the busy answer does not say the server is busy:\n%.300s", path, body)
		}
	}
}

// Requests for one uncached page that arrive together while every slot
// is busy (a chart embedded on a busy site, just after a write) build it
// at most once a slot: those that waited longer find it made.
func TestRequestsForOnePageWaitingTogetherBuildItOnceASlot(t *testing.T) {
	s, e := newServer(seededStore(t), quietLog(), Config{})
	var builds atomic.Int32
	e.GET("/test/page", func(c echo.Context) error {
		return s.cached(c, func() (templ.Component, error) {
			builds.Add(1)
			return templ.Raw("<p>page</p>"), nil
		})
	})
	for range cap(s.builds) {
		s.builds <- struct{}{}
	}
	var wg sync.WaitGroup
	for range 8 * cap(s.builds) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rec := httptest.NewRecorder()
			req := httptest.NewRequest(http.MethodGet, "/test/page", nil)
			req.Header.Set("Accept-Encoding", "gzip")
			e.ServeHTTP(rec, req)
			if rec.Code != http.StatusOK {
				t.Errorf("page = %d", rec.Code)
			}
		}()
	}
	time.Sleep(50 * time.Millisecond) // all eight waiting for a slot
	for range cap(s.builds) {
		<-s.builds
	}
	wg.Wait()
	if n := builds.Load(); n < 1 || n > int32(cap(s.builds)) {
		t.Fatalf("%d requests built the page %d times with %d slots", 8*cap(s.builds), n, cap(s.builds))
	}
}

// The pages the cache does not keep (documents, search, a figure, the
// review queue) wait for a build slot like the others, and come out the
// same as they are built; an error still gets its page.
func TestUncachedPagesWaitTheirTurn(t *testing.T) {
	s, srv := newServer(seededStore(t), quietLog(), Config{})
	paths := []string{"/documents", "/documents/1", "/search?q=" + "生产总值", "/figures/1", "/review"}
	want := map[string]*httptest.ResponseRecorder{}
	for _, p := range paths {
		want[p] = httptestGet(srv, p)
		if want[p].Code != http.StatusOK {
			t.Fatalf("%s = %d", p, want[p].Code)
		}
	}
	var releases []func()
	for range cap(s.builds) {
		release, err := s.builds.take(slotContext(context.Background()))
		if err != nil {
			t.Fatal(err)
		}
		releases = append(releases, release)
	}
	done := make(chan string, len(paths))
	got := map[string]*httptest.ResponseRecorder{}
	var mu sync.Mutex
	for _, p := range paths {
		go func() {
			rec := httptestGet(srv, p)
			mu.Lock()
			got[p] = rec
			mu.Unlock()
			done <- p
		}()
	}
	select {
	case p := <-done:
		t.Fatalf("%s was answered while every build slot was taken", p)
	case <-time.After(300 * time.Millisecond):
	}
	if rec := httptestGet(srv, "/healthz"); rec.Code != http.StatusOK {
		t.Fatalf("/healthz waited for a slot: %d", rec.Code)
	}
	for _, release := range releases {
		release()
	}
	for range paths {
		<-done
	}
	for _, p := range paths {
		if got[p].Code != want[p].Code || got[p].Body.String() != want[p].Body.String() || got[p].Header().Get("Content-Type") != want[p].Header().Get("Content-Type") {
			t.Errorf("%s after waiting = %d, %d bytes; want %d, %d bytes", p, got[p].Code, got[p].Body.Len(), want[p].Code, want[p].Body.Len())
		}
	}
	if rec := httptestGet(srv, "/documents/999999"); rec.Code != http.StatusNotFound || !strings.Contains(rec.Body.String(), "<html") {
		t.Errorf("a missing document = %d %q", rec.Code, rec.Body.String()[:min(rec.Body.Len(), 200)])
	}
}
