package web

import (
	"context"
	"net/http"
	"sync"
	"time"

	"github.com/labstack/echo/v4"
)

// generationMaxAge is how long the server trusts the dataset generation
// it last read before reading it again in the background. Writes made
// through this server are seen at once (see freshAfterWrite); a CLI
// ingest or a second server writing to the same file, within this.
const generationMaxAge = time.Second

// generation is the dataset generation (see db.Generation) kept in
// memory, so a cached page and every value memoised per generation are
// served without waiting for a database connection: under load all the
// pooled connections may be busy, and a page the cache holds must not
// queue behind them.
type generation struct {
	store   Store
	maxAge  time.Duration
	mu      sync.Mutex
	val     int64
	at      time.Time
	known   bool
	reading bool
}

// Generation returns the generation last read, starting a background
// read when it is older than maxAge; only the first call waits for the
// database.
func (g *generation) Generation(ctx context.Context) (int64, error) {
	g.mu.Lock()
	if !g.known {
		g.mu.Unlock()
		return g.read(ctx)
	}
	v := g.val
	if time.Since(g.at) > g.maxAge && !g.reading {
		g.reading = true
		go func() {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			_, _ = g.read(ctx) // a failure keeps the old value; the next call tries again
			g.mu.Lock()
			g.reading = false
			g.mu.Unlock()
		}()
	}
	g.mu.Unlock()
	return v, nil
}

// read asks the database. Generations only grow, so a read that started
// before a write and ends after a later one cannot set the older value.
func (g *generation) read(ctx context.Context) (int64, error) {
	v, err := g.store.Generation(ctx)
	if err != nil {
		return 0, err
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if !g.known || v > g.val {
		g.val = v
	}
	g.known, g.at = true, time.Now()
	return g.val, nil
}

// freshAfterWrite reads the generation again after a request that may
// have written (any successful POST), so the writer's next page, and
// everyone's, is built from the new data rather than served from the
// cache of the old.
func (s *Server) freshAfterWrite(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		err := next(c)
		if c.Request().Method == http.MethodPost && err == nil && c.Response().Status < 400 {
			ctx, cancel := context.WithTimeout(context.WithoutCancel(c.Request().Context()), 5*time.Second)
			defer cancel()
			_, _ = s.gen.read(ctx)
		}
		return err
	}
}
