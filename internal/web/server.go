// Package web is Mubiao's HTTP adapter: echo handlers that turn store
// queries into typed view models and render them with templ.
package web

import (
	"context"
	"log/slog"
	"sync/atomic"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/internal/db"
	"github.com/mubiao/mubiao/internal/targets"
)

// Store is what the handlers need of the database; *db.DB satisfies it and
// tests can pass a fake.
type Store interface {
	Ping(ctx context.Context) error
	Generation(ctx context.Context) (int64, error)
	Figures(ctx context.Context, f db.FigureFilter) ([]targets.Record, error)
	EachFigure(ctx context.Context, f db.FigureFilter, fn func(targets.Record) error) error
	CountFigures(ctx context.Context, f db.FigureFilter) (int, error)
	IndicatorCoverage(ctx context.Context, key string, fn func(region string, year int)) error
	YearsWithin(ctx context.Context, scope string) (map[int]int, error)
	YearSpan(ctx context.Context, f db.FigureFilter) (int, int, error)
	Document(ctx context.Context, id int64) (targets.StoredDocument, error)
	DocumentPage(ctx context.Context, limit, offset int) ([]targets.StoredDocument, error)
	DocumentPageSorted(ctx context.Context, limit, offset int, key string, desc bool) ([]targets.StoredDocument, error) // the 文档 list's ?sort=
	CountDocuments(ctx context.Context) (int, error)
	Regions(ctx context.Context) ([]targets.RegionSummary, error)
	Years(ctx context.Context, region string) ([]int, error)
	AllYears(ctx context.Context) ([]int, error)
	IndicatorsWithFigures(ctx context.Context) ([]db.IndicatorSummary, error)
	BestPairing(ctx context.Context) (string, int, error)
	BestYear(ctx context.Context, region string) (int, error)
	SearchDocuments(ctx context.Context, q string, limit int) ([]db.SearchHit, error)
	// Cells computed on write, their tallies, every figure of one cell.
	Cells(ctx context.Context, f db.CellFilter) ([]targets.Cell, error)
	Tallies(ctx context.Context, region string) ([]db.YearTally, error)
	CellFigures(ctx context.Context, region, indicator, period string, year int) ([]targets.Record, error)
	FiguresOfCells(ctx context.Context, cells []db.CellKey) ([]targets.Record, error) // every statement of many cells, one query
	RegionReports(ctx context.Context, region string) ([]targets.DocumentRef, error)

	// Curation: accounts, sessions, uploads, reviews.
	Authenticate(ctx context.Context, name, password string) (db.User, error)
	TakeAttempt(ctx context.Context, key string, burst int, every time.Duration) (time.Duration, error)
	ClearAttempts(ctx context.Context, key string) error
	NewSession(ctx context.Context, u db.User, ttl time.Duration) (string, db.Session, error)
	SessionFor(ctx context.Context, token string) (db.Session, error)
	EndSession(ctx context.Context, token string) error
	SaveUpload(ctx context.Context, u db.User, name string, raw []byte) (string, error)
	Upload(ctx context.Context, u db.User, token string) (string, []byte, error)
	DropUpload(ctx context.Context, token string) error
	Prepare(ctx context.Context, source string, raw []byte) (db.Prepared, error)
	Save(ctx context.Context, p db.Prepared) (db.IngestResult, error)
	Figure(ctx context.Context, id int64) (targets.Record, error)
	Review(ctx context.Context, user string, id int64, action string, c db.Correction) (targets.Record, error)
	AddFigure(ctx context.Context, user string, docID int64, quote string, near int, c db.Correction) (targets.Record, error)
	History(ctx context.Context, figureID int64) ([]db.AuditEntry, error)
	QueueOrder(ctx context.Context) ([]db.QueueEntry, error)
	QueueItems(ctx context.Context, entries []db.QueueEntry) ([]db.QueueItem, error)
	QueueReasons(ctx context.Context, id int64) ([]string, error)
}

// Server holds the handlers' dependencies.
type Server struct {
	store Store
	log   *slog.Logger
	cfg   Config
	pages *pageCache
	data  dataset
	gen   *generation
	// exports bounds the exports streaming at once (see export.go).
	exports exportSlots
	held    atomic.Int64 // bytes of exports built in memory, being sent
	counts  figureCounts // the API's totals, per filter
	builds  buildSlots   // uncached builds at once (see builds.go)
}

// pageCacheBytes bounds the rendered pages kept (see pageCache); with
// the rest of a server on two million figures it keeps the process well
// under 300 MB.
const pageCacheBytes = 64 << 20

// NewServer builds the echo instance with every route and middleware.
func NewServer(store Store, log *slog.Logger, cfg Config) *echo.Echo {
	_, e := newServer(store, log, cfg)
	return e
}

// newServer is NewServer with the Server behind it, for tests.
func newServer(store Store, log *slog.Logger, cfg Config) (*Server, *echo.Echo) {
	if log == nil {
		log = slog.Default()
	}
	s := &Server{store: store, log: log, cfg: cfg, pages: newPageCache(pageCacheBytes),
		gen: &generation{store: store, maxAge: generationMaxAge}, builds: newBuildSlots()}
	e := echo.New()
	e.HideBanner, e.HidePort = true, true
	e.HTTPErrorHandler = s.handleError
	e.IPExtractor = ipExtractor(cfg.TrustedProxies)
	s.routes(e)
	return s, e
}
