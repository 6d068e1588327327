package web

import (
	"context"
	"sync"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/internal/db"
	"github.com/mubiao/mubiao/internal/targets"
)

// memo holds one value derived from the whole dataset (the region tree,
// the indicator counts, the years) for the dataset generation it was
// built at. Those queries read every figure, so on a big database they
// cost far more than the page asking for them; the data changes only
// when someone writes, which moves the generation. The lock is held
// while building so concurrent requests after a change wait for one
// build instead of each running the same scan.
type memo[T any] struct {
	mu         sync.Mutex
	gen        int64
	set        bool
	val        T
	refreshing bool
}

func (m *memo[T]) get(ctx context.Context, store generations, build func(context.Context) (T, error)) (T, error) {
	gen, err := store.Generation(ctx)
	if err != nil {
		var zero T
		return zero, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.set && m.gen == gen {
		return m.val, nil
	}
	v, err := build(ctx)
	if err != nil {
		return v, err
	}
	m.val, m.gen, m.set = v, gen, true
	return v, nil
}

// getStale is get for a value too slow to rebuild on a request: once
// built, a change of generation returns the old value at once and
// rebuilds it in the background (one rebuild at a time). Callers must
// cope with a value a little behind the data, and must not put what they
// build from it in the page cache (which would keep it past the rebuild).
func (m *memo[T]) getStale(ctx context.Context, store generations, log func(error), build func(context.Context) (T, error)) (v T, fresh bool, err error) {
	gen, err := store.Generation(ctx)
	if err != nil {
		return v, false, err
	}
	m.mu.Lock()
	if !m.set {
		defer m.mu.Unlock()
		v, err := build(ctx)
		if err == nil {
			m.val, m.gen, m.set = v, gen, true
		}
		return v, true, err
	}
	v, fresh = m.val, m.gen == gen
	if m.gen != gen && !m.refreshing {
		m.refreshing = true
		go func() {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
			defer cancel()
			nv, err := build(ctx)
			m.mu.Lock()
			defer m.mu.Unlock()
			m.refreshing = false
			if err != nil {
				log(err)
				return
			}
			m.val, m.gen = nv, gen
		}()
	}
	m.mu.Unlock()
	return v, fresh, nil
}

// generations says which dataset generation is current (the server's
// in-memory copy, see generation).
type generations interface {
	Generation(ctx context.Context) (int64, error)
}

// bestPair is the default view's region and year.
type bestPair struct {
	region string
	year   int
	err    error // db.ErrNotFound when nothing pairs: remembered too
}

// dataset is what the server derives from the whole dataset.
type dataset struct {
	tree       memo[*regionTree]
	indicators memo[[]db.IndicatorSummary]
	years      memo[[]int]
	best       memo[bestPair]
	queue      memo[[]db.QueueEntry]

	coverage    memos[coverage]    // by indicator
	yearsWithin memos[map[int]int] // by compare scope
}

// memos is a memo per key (an indicator, a region), made on first use.
// Keys are bounded by the data: indicators and regions that exist.
type memos[T any] struct {
	mu sync.Mutex
	m  map[string]*memo[T]
}

func (ms *memos[T]) of(key string) *memo[T] {
	ms.mu.Lock()
	defer ms.mu.Unlock()
	if ms.m == nil {
		ms.m = map[string]*memo[T]{}
	}
	m := ms.m[key]
	if m == nil {
		m = &memo[T]{}
		ms.m[key] = m
	}
	return m
}

// yearsWithin counts the regions with figures per year at or below scope.
func (s *Server) yearsWithin(ctx context.Context, scope string) (map[int]int, error) {
	return s.data.yearsWithin.of(scope).get(ctx, s.gen, func(ctx context.Context) (map[int]int, error) {
		return s.store.YearsWithin(ctx, scope)
	})
}

// coverage is where an indicator has figures: cells (years) per region,
// and regions per level per year. Small whatever the data's size.
type coverage struct {
	perRegion map[string]int
	perYear   map[int]map[targets.Level]int
	picker    map[string]bool // the regions its pickers list (regionTree.kept)
}

func (s *Server) coverage(ctx context.Context, tree *regionTree, key string) (coverage, error) {
	return s.data.coverage.of(key).get(ctx, s.gen, func(ctx context.Context) (coverage, error) {
		cov := coverage{perRegion: map[string]int{}, perYear: map[int]map[targets.Level]int{}}
		err := s.store.IndicatorCoverage(ctx, key, func(code string, year int) {
			cov.perRegion[code]++
			if cov.perYear[year] == nil {
				cov.perYear[year] = map[targets.Level]int{}
			}
			r, _ := tree.get(code)
			cov.perYear[year][r.Level]++
		})
		cov.picker = tree.kept(func(code string) bool { return cov.perRegion[code] > 0 })
		return cov, err
	})
}

// reviewQueue is the queue's order. Taking it reads every unreviewed
// figure, so after a review the page shows the order from before it,
// minus the figures reviewed since (QueueItems drops them), while the
// new order is taken in the background.
func (s *Server) reviewQueue(ctx context.Context) ([]db.QueueEntry, error) {
	q, _, err := s.data.queue.getStale(ctx, s.gen, s.logErr("review queue"), s.store.QueueOrder)
	return q, err
}

func (s *Server) regionTree(ctx context.Context) (*regionTree, error) {
	return s.data.tree.get(ctx, s.gen, func(ctx context.Context) (*regionTree, error) {
		rs, err := s.store.Regions(ctx)
		if err != nil {
			return nil, err
		}
		return newRegionTree(rs), nil
	})
}

func (s *Server) indicatorSums(ctx context.Context) ([]db.IndicatorSummary, error) {
	return s.data.indicators.get(ctx, s.gen, s.store.IndicatorsWithFigures)
}

func (s *Server) logErr(what string) func(error) {
	return func(err error) { s.log.Error(what, "err", err) }
}

func (s *Server) allYears(ctx context.Context) ([]int, error) {
	return s.data.years.get(ctx, s.gen, s.store.AllYears)
}

// bestPairing is the default view's region and year. It reads every
// figure twice over (seconds on millions), so after a write the old
// default serves while the new one is found; a page built from the old
// one is marked stale and not cached.
func (s *Server) bestPairing(c echo.Context) (string, int, error) {
	ctx := c.Request().Context()
	b, fresh, err := s.data.best.getStale(ctx, s.gen, s.logErr("default view"), func(ctx context.Context) (bestPair, error) {
		r, y, err := s.store.BestPairing(ctx)
		if err != nil && err != db.ErrNotFound {
			return bestPair{}, err
		}
		return bestPair{r, y, err}, nil
	})
	if err != nil {
		return "", 0, err
	}
	if !fresh {
		c.Set(staleKey, true)
	}
	return b.region, b.year, b.err
}
