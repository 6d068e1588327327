package web

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"sort"
	"strings"
	"sync"

	"github.com/a-h/templ"
	"github.com/andybalholm/brotli"
	"github.com/labstack/echo/v4"
)

// pageCache keeps rendered pages for the dataset generation they were
// built from. Pages are pure functions of the data and the URL, so a page
// stays right until the generation moves; then the whole cache goes. The
// size bound keeps a crawler walking every region and year from growing
// it without limit; it is counted in bytes, since pages range from a few
// kB to megabytes.
type pageCache struct {
	mu         sync.Mutex
	generation int64
	max        int // bytes
	size       int
	pages      map[string][]byte
	fast       map[string]bool // gzip copies made fast, not yet recompressed
}

func newPageCache(maxBytes int) *pageCache {
	return &pageCache{max: maxBytes, pages: map[string][]byte{}, fast: map[string]bool{}}
}

func (pc *pageCache) isFast(key string) bool {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	return pc.fast[key]
}

// setFast marks a stored page's copy as fast-compressed or not; a key
// not stored (or since dropped) is not marked.
func (pc *pageCache) setFast(key string, fast bool) {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	if _, ok := pc.pages[key]; ok && fast {
		pc.fast[key] = true
	} else {
		delete(pc.fast, key)
	}
}

func (pc *pageCache) get(gen int64, key string) ([]byte, bool) {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	if gen != pc.generation {
		return nil, false
	}
	b, ok := pc.pages[key]
	return b, ok
}

func (pc *pageCache) put(gen int64, key string, b []byte) {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	if gen < pc.generation {
		return // built from data since changed (a slow build, a late recompression)
	}
	if gen != pc.generation {
		pc.generation, pc.pages, pc.fast, pc.size = gen, map[string][]byte{}, map[string]bool{}, 0
	}
	if len(b) > pc.max/8 {
		return // one huge page would evict everything else
	}
	if pc.size+len(b) > pc.max {
		// Drop an arbitrary half: cheaper than LRU bookkeeping on every hit.
		n := 0
		for k, v := range pc.pages {
			if n%2 == 0 {
				delete(pc.pages, k)
				delete(pc.fast, k)
				pc.size -= len(v)
			}
			n++
		}
	}
	if old, ok := pc.pages[key]; ok {
		pc.size -= len(old)
	}
	pc.pages[key] = b
	pc.size += len(b)
}

// cacheKey is the origin (embed snippets carry it), the path and the
// query parameters sorted, so ?a=1&b=2 and ?b=2&a=1 share an entry.
func cacheKey(c echo.Context) string {
	q := c.Request().URL.Query()
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString(origin(c))
	b.WriteString(c.Request().URL.Path)
	for _, k := range keys {
		for _, v := range q[k] {
			b.WriteString("\x00" + k + "=" + v)
		}
	}
	return b.String()
}

var cachedGzipPool = sync.Pool{New: func() any {
	zw, _ := gzip.NewWriterLevel(nil, gzip.DefaultCompression)
	return zw
}}

// Brotli quality 5 for a cached page: 16% smaller than gzip's default on
// the overview (6,847 bytes against 8,184) for about twice its time
// (2.2 ms against 1.0 ms for the overview's 44 KB, once per page and
// generation); quality 11 saves another 700 bytes for fifty times that.
var cachedBrotliPool = sync.Pool{New: func() any {
	return brotli.NewWriterLevel(nil, 5)
}}

// pageEncoding is how a cached page goes to a client: Brotli to those
// that take it (every browser), else gzip, else plain.
func pageEncoding(accept string) string {
	switch {
	case acceptsEncoding(accept, "br"):
		return "br"
	case acceptsEncoding(accept, "gzip"):
		return "gzip"
	}
	return ""
}

// compressPage makes the copy of a page kept for hits, compressed harder
// than a response made on the fly: it is made once, when the page is
// asked for again (recompress), and sent on every later hit.
func compressPage(enc string, page []byte) []byte {
	if enc == "br" {
		return compressWith(&cachedBrotliPool, page)
	}
	return compressWith(&cachedGzipPool, page)
}

// pooledWriter is what the gzip and Brotli writers share.
type pooledWriter interface {
	io.WriteCloser
	Reset(io.Writer)
}

// compressWith compresses page with a writer from pool.
func compressWith(pool *sync.Pool, page []byte) []byte {
	var zb bytes.Buffer
	zw := pool.Get().(pooledWriter)
	zw.Reset(&zb)
	zw.Write(page)
	zw.Close()
	pool.Put(zw)
	return zb.Bytes()
}

// hardAtOnce is the largest page compressed hard with its first
// response (see cached); a variable so a test can use the seeds' pages.
var hardAtOnce = 64 << 10

// fastBrotliPool compresses a page as it is built, for its first
// response (see cached).
var fastBrotliPool = sync.Pool{New: func() any {
	return brotli.NewWriterLevel(nil, 1)
}}

// compressFast is the copy of a page made with its first response:
// gzip's and Brotli's fast levels (gzip's default level cost a fifth of
// building a page, 33 ms on a province's compare, and Brotli's quality 5
// about twice that).
func compressFast(enc string, page []byte) []byte {
	if enc == "br" {
		return compressWith(&fastBrotliPool, page)
	}
	return compressWith(&gzipPool, page)
}

// recompressing bounds the background recompressions of cached pages to
// one at a time; a hit that finds it busy leaves its page for a later hit.
var recompressing = make(chan struct{}, 1)

// recompress replaces a page's fast copy with a harder-compressed one
// (compressPage) once the page has been asked for again: a page that is
// read often goes out small, one read once costs no more than it must.
func (s *Server) recompress(gen int64, key, encKey, enc string) {
	select {
	case recompressing <- struct{}{}:
	default:
		return
	}
	go func() {
		defer func() { <-recompressing }()
		if b, ok := s.pages.get(gen, encKey); ok {
			if page, err := decompress(enc, b); err == nil {
				s.pages.put(gen, encKey, compressPage(enc, page))
			}
		}
		s.pages.setFast(encKey, false) // also when the page itself was too big to keep
	}()
}

// decompress undoes compressPage or compressFast: the cache keeps a page
// compressed only (a page is 6–10× its compressed size, and keeping both
// copies filled the cache with the plain ones no browser asks for), so
// the plain page is made from it when it is needed again.
func decompress(enc string, b []byte) ([]byte, error) {
	var r io.Reader
	if enc == "br" {
		r = brotli.NewReader(bytes.NewReader(b))
	} else {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return nil, err
		}
		r = zr
	}
	return io.ReadAll(r)
}

// plainCopy is a cached page uncompressed, for a client that takes no
// compression or to encode it another way: the plain copy if one is
// kept, else a compressed copy decoded (a millisecond for a 200 KB page,
// where building it again takes ten).
func (s *Server) plainCopy(gen int64, key string) ([]byte, bool) {
	if b, ok := s.pages.get(gen, key); ok {
		return b, true
	}
	for _, enc := range []string{"br", "gzip"} {
		if b, ok := s.pages.get(gen, key+"\x00"+enc); ok {
			if page, err := decompress(enc, b); err == nil {
				return page, true
			}
		}
	}
	return nil, false
}

// staleKey marks a request whose page was built from a value older than
// the data (see memo.getStale): it is served but not cached.
const staleKey = "mubiao.stale"

// cached serves a page from the cache or builds, renders and stores it.
// Errors (404s included) are not cached, and neither is a logged-in
// user's page: it carries their name and CSRF token.
func (s *Server) cached(c echo.Context, build func() (templ.Component, error)) error {
	ctx := c.Request().Context()
	if session(c) != nil {
		var comp templ.Component
		if err := s.builds.do(c, func() (err error) { comp, err = build(); return err }); err != nil {
			return err
		}
		c.Response().Header().Set("Cache-Control", "private, no-store")
		return render(c, http.StatusOK, comp)
	}
	gen, err := s.gen.Generation(ctx)
	if err != nil {
		return err
	}
	key := cacheKey(c)
	enc := pageEncoding(c.Request().Header.Get("Accept-Encoding"))
	encKey := key + "\x00" + enc
	if enc != "" {
		// Kept compressed too: a hit costs no compression.
		if b, ok := s.pages.get(gen, encKey); ok {
			if s.pages.isFast(encKey) {
				s.recompress(gen, key, encKey, enc)
			}
			c.Response().Header().Set("Content-Encoding", enc)
			c.Response().Header().Add("Vary", "Accept-Encoding")
			return c.HTMLBlob(http.StatusOK, b)
		}
	}
	if enc == "" {
		if b, ok := s.plainCopy(gen, key); ok {
			return c.HTMLBlob(http.StatusOK, b)
		}
	}
	// The page is built, rendered and compressed in a build slot (see
	// buildSlots); it is written to the client after the slot is freed.
	var body []byte
	var bodyEnc string
	err = s.builds.do(c, func() error {
		// Requests for one page that came together waited for it in turn:
		// the first to get a slot built it, those after find it made.
		if b, ok := s.pages.get(gen, encKey); enc != "" && ok {
			body, bodyEnc = b, enc
			return nil
		}
		// A copy kept in another encoding is the page, decoded.
		if b, ok := s.plainCopy(gen, key); ok {
			body = b
			if enc == "" {
				return nil
			}
		} else {
			comp, err := build()
			if err != nil {
				return err
			}
			var buf bytes.Buffer
			if err := comp.Render(ctx, &buf); err != nil {
				return err
			}
			body = buf.Bytes()
			if c.Get(staleKey) != nil {
				return nil
			}
		}
		if enc == "" {
			s.pages.put(gen, key, body)
			return nil
		}
		// A small page (an overview, 40 KB) is compressed hard at once:
		// that costs a millisecond or two. A big one (a compare or an
		// indicator across counties, 150 KB to 2 MB) goes out
		// fast-compressed, and its kept copy is made hard only once the
		// page is asked for again.
		if len(body) <= hardAtOnce {
			body = compressPage(enc, body)
			s.pages.put(gen, encKey, body)
		} else {
			body = compressFast(enc, body)
			s.pages.put(gen, encKey, body)
			s.pages.setFast(encKey, true)
		}
		bodyEnc = enc
		return nil
	})
	if err != nil {
		return err
	}
	if bodyEnc != "" {
		c.Response().Header().Set("Content-Encoding", bodyEnc)
		c.Response().Header().Add("Vary", "Accept-Encoding")
	}
	return c.HTMLBlob(http.StatusOK, body)
}
