package web

import (
	"context"
	"sync"

	"github.com/mubiao/mubiao/internal/db"
)

// memo holds one value derived from the whole dataset (the region tree,
// the indicator counts, the years) for the dataset generation it was
// built at. Those queries read every figure, so on a big database they
// cost far more than the page asking for them; the data changes only
// when someone writes, which moves the generation. The lock is held
// while building so concurrent requests after a change wait for one
// build instead of each running the same scan.
type memo[T any] struct {
	mu  sync.Mutex
	gen int64
	set bool
	val T
}

func (m *memo[T]) get(ctx context.Context, store Store, build func(context.Context) (T, error)) (T, error) {
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
}

func (s *Server) regionTree(ctx context.Context) (*regionTree, error) {
	return s.data.tree.get(ctx, s.store, func(ctx context.Context) (*regionTree, error) {
		rs, err := s.store.Regions(ctx)
		if err != nil {
			return nil, err
		}
		return newRegionTree(rs), nil
	})
}

func (s *Server) indicatorSums(ctx context.Context) ([]db.IndicatorSummary, error) {
	return s.data.indicators.get(ctx, s.store, s.store.IndicatorsWithFigures)
}

func (s *Server) allYears(ctx context.Context) ([]int, error) {
	return s.data.years.get(ctx, s.store, s.store.AllYears)
}

func (s *Server) bestPairing(ctx context.Context) (string, int, error) {
	b, err := s.data.best.get(ctx, s.store, func(ctx context.Context) (bestPair, error) {
		r, y, err := s.store.BestPairing(ctx)
		if err != nil && err != db.ErrNotFound {
			return bestPair{}, err
		}
		return bestPair{r, y, err}, nil
	})
	if err != nil {
		return "", 0, err
	}
	return b.region, b.year, b.err
}
