package web

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"

	"github.com/mubiao/mubiao/static"
)

func fetch(h http.Handler, path, acceptEncoding string, header ...string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodGet, path, nil)
	if acceptEncoding != "" {
		req.Header.Set("Accept-Encoding", acceptEncoding)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func gunzip(t *testing.T, b []byte) string {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("not gzip: %v", err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func unbrotli(t *testing.T, b []byte) string {
	t.Helper()
	out, err := io.ReadAll(brotli.NewReader(bytes.NewReader(b)))
	if err != nil {
		t.Fatalf("not Brotli: %v", err)
	}
	return string(out)
}

// Pages, JSON and CSV go out compressed to clients that take it, plain
// to the rest: the cached views (kept compressed, so a hit costs no
// compression) in Brotli to a browser, gzip to a client that takes only
// gzip; what is made on the fly (JSON, CSV, other pages) in gzip; the
// .xlsx, already a zip, as it is.
func TestTextResponsesAreCompressed(t *testing.T) {
	srv := NewServer(seededStore(t), quietLog(), Config{})
	for _, v := range []struct{ path, accept, enc string }{
		{"/?region=4302&year=2020", "gzip, deflate, br", "br"}, // built
		{"/?region=4302&year=2020", "gzip, deflate, br", "br"}, // from the cache
		{"/?region=4302&year=2020", "gzip", "gzip"},
		{"/?region=4302&year=2020", "gzip", "gzip"},
		{"/methodology", "gzip, deflate, br", "gzip"}, // not a cached view
		{"/api/figures?region=4302", "gzip, deflate, br", "gzip"},
		{"/export/figures.csv?region=4302", "gzip, deflate, br", "gzip"},
	} {
		rec := fetch(srv, v.path, v.accept)
		if rec.Code != http.StatusOK || rec.Header().Get("Content-Encoding") != v.enc || !strings.Contains(rec.Header().Get("Vary"), "Accept-Encoding") {
			t.Fatalf("%s (%s): %d %v, want %s", v.path, v.accept, rec.Code, rec.Header(), v.enc)
		}
		var body string
		if v.enc == "br" {
			body = unbrotli(t, rec.Body.Bytes())
		} else {
			body = gunzip(t, rec.Body.Bytes())
		}
		plain := fetch(srv, v.path, "")
		if plain.Header().Get("Content-Encoding") != "" || plain.Body.String() != body || 2*len(body) < 3*rec.Body.Len() {
			t.Errorf("%s (%s): %d bytes compressed for %d plain (plain encoding %q, same body %v)", v.path, v.accept, rec.Body.Len(), plain.Body.Len(),
				plain.Header().Get("Content-Encoding"), plain.Body.String() == body)
		}
	}
	if rec := fetch(srv, "/export/figures.xlsx?region=4302", "gzip"); rec.Code != http.StatusOK || rec.Header().Get("Content-Encoding") != "" {
		t.Errorf("xlsx: %d %q", rec.Code, rec.Header().Get("Content-Encoding"))
	}
	if rec := fetch(srv, "/api/figures?region=4302", "gzip;q=0"); rec.Header().Get("Content-Encoding") != "" {
		t.Errorf("gzip;q=0 got %q", rec.Header().Get("Content-Encoding"))
	}
}

// A big page is compressed fast when it is built (gzip's default level
// cost a fifth of building it); asked for again, its cached copy is
// compressed harder in the background, and later hits send the smaller
// copy, the same page. A small page is compressed hard at once.
func TestCachedPageRecompressedWhenAskedAgain(t *testing.T) {
	srv := NewServer(seededStore(t), quietLog(), Config{})
	defer func(n int) { hardAtOnce = n }(hardAtOnce)
	hardAtOnce = 16 << 10 // the seeds' compare is 33 KB, their region list 5 KB
	for _, enc := range []string{"gzip", "br"} {
		path := "/compare?scope=43&enc=" + enc // a page of its own per encoding
		decode := gunzip
		if enc == "br" {
			decode = unbrotli
		}
		small := fetch(srv, "/regions?enc="+enc, enc)
		if page := decode(t, small.Body.Bytes()); len(page) > hardAtOnce || small.Body.Len() != len(compressPage(enc, []byte(page))) {
			t.Errorf("%s: the region list (%d bytes) was not compressed hard at once", enc, len(page))
		}
		first := fetch(srv, path, enc)
		if first.Code != http.StatusOK || first.Header().Get("Content-Encoding") != enc {
			t.Fatalf("%s: %d %v", enc, first.Code, first.Header())
		}
		page := decode(t, first.Body.Bytes())
		if len(page) <= hardAtOnce {
			t.Fatalf("the seeds' compare is %d bytes, no bigger than hardAtOnce (%d)", len(page), hardAtOnce)
		}
		best := compressPage(enc, []byte(page))
		if first.Body.Len() <= len(best) {
			t.Fatalf("%s: first response %d bytes: not the fast copy (the kept copy is %d)", enc, first.Body.Len(), len(best))
		}
		deadline := time.Now().Add(5 * time.Second)
		for {
			rec := fetch(srv, path, enc)
			if got := decode(t, rec.Body.Bytes()); got != page {
				t.Fatalf("%s: a hit sent another page", enc)
			}
			if rec.Body.Len() == len(best) {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s: still %d bytes after 5 s of hits; recompressed would be %d", enc, rec.Body.Len(), len(best))
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
}

// Assets are linked by a URL with their content's hash, served for a
// year, immutable, in the best encoding the client takes; the bare name
// still answers (other sites link embed-host.js), revalidated by ETag.
func TestAssetsHashedImmutableAndPrecompressed(t *testing.T) {
	srv := NewServer(seededStore(t), quietLog(), Config{})
	page := fetch(srv, "/?region=4302&year=2020", "")
	for _, name := range []string{"css/app.css", "js/charts.js", static.Echarts} {
		if !strings.Contains(page.Body.String(), `"`+static.Path(name)+`"`) {
			t.Errorf("the page does not link %s as %s", name, static.Path(name))
		}
	}
	echarts := static.Path(static.Echarts)
	br := fetch(srv, echarts, "gzip, deflate, br")
	if br.Code != 200 || br.Header().Get("Content-Encoding") != "br" || br.Header().Get("Cache-Control") != "public, max-age=31536000, immutable" {
		t.Fatalf("echarts to a Brotli client: %d %v", br.Code, br.Header())
	}
	gz := fetch(srv, echarts, "gzip")
	plain := fetch(srv, echarts, "")
	if gz.Header().Get("Content-Encoding") != "gzip" || plain.Header().Get("Content-Encoding") != "" || gunzip(t, gz.Body.Bytes()) != plain.Body.String() ||
		!strings.Contains(plain.Body.String(), "echarts") {
		t.Fatalf("echarts gzip %v / plain %v", gz.Header(), plain.Header())
	}
	if br.Body.Len() >= gz.Body.Len() || gz.Body.Len() > 200<<10 {
		t.Errorf("echarts: %d bytes Brotli, %d gzip: want the custom build, Brotli smaller", br.Body.Len(), gz.Body.Len())
	}
	// The stylesheet and scripts: Brotli to a client that takes it,
	// smaller than gzip, the same file once decoded.
	for _, name := range []string{"css/app.css", "js/charts.js", "js/map.js"} {
		plain := fetch(srv, static.Path(name), "")
		gz := fetch(srv, static.Path(name), "gzip")
		br := fetch(srv, static.Path(name), "gzip, deflate, br")
		if gz.Header().Get("Content-Encoding") != "gzip" || gunzip(t, gz.Body.Bytes()) != plain.Body.String() ||
			br.Header().Get("Content-Encoding") != "br" || unbrotli(t, br.Body.Bytes()) != plain.Body.String() {
			t.Errorf("%s: gzip %v, Brotli %v", name, gz.Header(), br.Header())
		}
		if br.Body.Len() >= gz.Body.Len() || plain.Header().Get("Content-Encoding") != "" {
			t.Errorf("%s: %d bytes Brotli, %d gzip, %d plain (%q)", name, br.Body.Len(), gz.Body.Len(), plain.Body.Len(), plain.Header().Get("Content-Encoding"))
		}
	}
	bare := fetch(srv, "/static/js/embed-host.js", "")
	etag := bare.Header().Get("ETag")
	if bare.Code != 200 || bare.Header().Get("Cache-Control") != "public, no-cache" || etag == "" {
		t.Fatalf("bare name: %d %v", bare.Code, bare.Header())
	}
	if rec := fetch(srv, "/static/js/embed-host.js", "", "If-None-Match", etag); rec.Code != http.StatusNotModified || rec.Body.Len() != 0 {
		t.Errorf("revalidation: %d, %d bytes", rec.Code, rec.Body.Len())
	}
	if rec := fetch(srv, "/static/js/charts.0000000000.js", ""); rec.Code != 200 || rec.Header().Get("Cache-Control") != "public, no-cache" {
		t.Errorf("an old hash: %d %q, want the current file, revalidated", rec.Code, rec.Header().Get("Cache-Control"))
	}
	for _, p := range []string{"/static/../../etc/passwd", "/static/vendor/missing.js", "/static/vendor/echarts-5.6.0.min.js"} {
		if rec := fetch(srv, p, "gzip"); rec.Code != http.StatusNotFound {
			t.Errorf("%s = %d, want 404", p, rec.Code)
		}
	}
}

// A streamed export stays streamed when compressed: every flush of the
// handler reaches the client as a gzip block it can inflate.
func TestCompressedExportStreams(t *testing.T) {
	b := &bigStore{Store: seededStore(t), n: 20000, quote: "增长"}
	srv := NewServer(b, quietLog(), Config{})
	rec := fetch(srv, "/export/figures.csv", "gzip")
	if rec.Header().Get("Content-Encoding") != "gzip" || !rec.Flushed {
		t.Fatalf("export: %v, flushed %v", rec.Header(), rec.Flushed)
	}
	if lines := strings.Count(gunzip(t, rec.Body.Bytes()), "\n"); lines != b.n+1 {
		t.Errorf("%d lines, want %d", lines, b.n+1)
	}
}

// The map's series are in a bundle of their own: the map's pages load it,
// every other chart page the smaller one without the map code.
func TestMapCodeOnlyOnTheMapPages(t *testing.T) {
	srv := NewServer(seededStore(t), quietLog(), Config{})
	plain, withMap := static.Path(static.Echarts), static.Path(static.EchartsMap)
	for _, c := range []struct {
		url  string
		want string
	}{
		{"/?region=4302&year=2020", plain},
		{"/map?level=county&within=4302&year=2021&indicator=gdp_growth&measure=gap", withMap},
		{"/embed/map?level=county&within=4302&year=2021&indicator=gdp_growth&measure=gap", withMap},
	} {
		rec := fetch(srv, c.url, "")
		body := rec.Body.String()
		other := plain
		if c.want == plain {
			other = withMap
		}
		if rec.Code != 200 || !strings.Contains(body, `"`+c.want+`"`) || strings.Contains(body, `"`+other+`"`) {
			t.Errorf("%s (%d): want it to load %s and not %s", c.url, rec.Code, c.want, other)
		}
	}
	a := fetch(srv, plain, "gzip, deflate, br")
	b := fetch(srv, withMap, "gzip, deflate, br")
	if a.Code != 200 || b.Code != 200 || a.Body.Len()+8<<10 > b.Body.Len() {
		t.Errorf("bundles %d and %d bytes (%d, %d): want the map's at least 8 KB larger", a.Body.Len(), b.Body.Len(), a.Code, b.Code)
	}
	if p, m := fetch(srv, plain, "").Body.String(), fetch(srv, withMap, "").Body.String(); strings.Contains(p, "series.map") || !strings.Contains(m, "series.map") {
		t.Error("the map series should be in the map's bundle only")
	}
}

// The cache keeps a page compressed only: the plain copy (6–10× the
// size) is not kept for a client that took compression, and a client that
// takes none, or another encoding, gets the kept copy decoded, the same
// page, without a build.
func TestCacheKeepsPagesCompressedOnly(t *testing.T) {
	s, srv := newServer(seededStore(t), quietLog(), Config{})
	const path = "/compare?scope=43&year=2020"
	gz := fetch(srv, path, "gzip")
	if gz.Code != http.StatusOK || gz.Header().Get("Content-Encoding") != "gzip" {
		t.Fatalf("gzip: %d %v", gz.Code, gz.Header())
	}
	page := gunzip(t, gz.Body.Bytes())
	s.pages.mu.Lock()
	for k := range s.pages.pages {
		if strings.Contains(k, "/compare") && !strings.HasSuffix(k, "\x00gzip") {
			t.Errorf("a copy other than the gzip one is kept: %q", k)
		}
	}
	size := s.pages.size
	s.pages.mu.Unlock()
	plain := fetch(srv, path, "")
	if plain.Code != http.StatusOK || plain.Header().Get("Content-Encoding") != "" || plain.Body.String() != page {
		t.Fatalf("plain: %d %v, same page %v", plain.Code, plain.Header(), plain.Body.String() == page)
	}
	s.pages.mu.Lock()
	grew := s.pages.size != size
	s.pages.mu.Unlock()
	if grew {
		t.Errorf("a plain request stored a page (built it again) where the gzip copy was kept")
	}
	br := fetch(srv, path, "br")
	if br.Header().Get("Content-Encoding") != "br" || unbrotli(t, br.Body.Bytes()) != page {
		t.Errorf("br: %v, same page %v", br.Header(), unbrotli(t, br.Body.Bytes()) == page)
	}
}
