package web

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"sync"

	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/internal/db"
	"github.com/mubiao/mubiao/internal/targets"
)

// The JSON API: stable field names (documented in the README), the same
// filters as the CSV export, open to other origins for GET (CORS) since
// everything it serves is public.

// apiFigure is one figure in the API: the figures contract plus where it
// lives and its verdict.
type apiFigure struct {
	ID            int64  `json:"id"`
	Region        string `json:"region"`
	RegionCode    string `json:"region_code"`
	Level         string `json:"level"`
	Year          int    `json:"year"`
	Period        string `json:"period"`
	Kind          string `json:"kind"`
	Indicator     string `json:"indicator"`
	IndicatorZh   string `json:"indicator_zh"`
	Value         finite `json:"value"`
	Unit          string `json:"unit"`
	Cmp           string `json:"cmp"`
	Preliminary   bool   `json:"preliminary"`
	ValueText     string `json:"value_text"`
	Quote         string `json:"quote"`
	DocumentID    int64  `json:"document_id"`
	DocumentTitle string `json:"document_title"`
	Start         int    `json:"start"`
	End           int    `json:"end"`
	Confidence    finite `json:"confidence"`
	ReviewStatus  string `json:"review_status"`
	Status        string `json:"status"`
	SourceURL     string `json:"source_url"`
}

type apiFigures struct {
	Total   int         `json:"total"`
	Page    int         `json:"page,omitempty"`  // with page=
	After   int64       `json:"after,omitempty"` // with after=
	PerPage int         `json:"per_page"`
	Figures []apiFigure `json:"figures"`
	// Next is the URL of the next page (after= the last id of this one);
	// empty on the last page.
	Next string `json:"next"`
}

const maxPerPage = 1000

// maxPageOffset is how deep page= goes: its pages hold the first this
// many figures. A deep page costs SQLite a walk over every figure before
// it (seconds, on millions); deeper, the API asks for after=, which
// starts at an id through the index.
const maxPageOffset = 10000

// finite is a number JSON carries as null when it is not finite: JSON
// has no Inf or NaN, and one such value must not fail a whole answer.
// (The database refuses them; this is the last line.)
type finite float64

func (f finite) MarshalJSON() ([]byte, error) {
	v := float64(f)
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return []byte("null"), nil
	}
	return json.Marshal(v)
}

func cors(c echo.Context) { c.Response().Header().Set("Access-Control-Allow-Origin", "*") }

func intParam(c echo.Context, name string, def, lo, hi int) (int, error) {
	v := c.QueryParam(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, echo.NewHTTPError(http.StatusBadRequest, name+" must be a number from "+strconv.Itoa(lo)+" to "+strconv.Itoa(hi))
	}
	return n, nil
}

// handleAPIFigures is GET /api/figures: filtered, a page at a time in id
// order, with the total and the next page's URL.
func (s *Server) handleAPIFigures(c echo.Context) error {
	cors(c)
	q, err := s.figureQuery(c)
	if err != nil {
		return err
	}
	page, err := intParam(c, "page", 1, 1, 1<<30)
	if err != nil {
		return err
	}
	per, err := intParam(c, "per_page", 100, 1, maxPerPage)
	if err != nil {
		return err
	}
	after, err := strconv.ParseInt(c.QueryParam("after"), 10, 64)
	switch {
	case c.QueryParam("after") == "":
		after = 0
	case err != nil || after < 0:
		return echo.NewHTTPError(http.StatusBadRequest, "after must be a figure id")
	case c.QueryParam("page") != "":
		return echo.NewHTTPError(http.StatusBadRequest, "give page or after, not both")
	}
	if page*per > maxPageOffset {
		return echo.NewHTTPError(http.StatusBadRequest, "page is too deep: follow next (after=ID) from an earlier page instead")
	}
	// The rows are read and the page written in a build slot (see
	// buildSlots); it goes to the client once the slot is free again.
	_, pretty := c.QueryParams()["pretty"]
	var out apiFigures
	var body []byte
	if err := s.builds.do(c, func() error {
		var err error
		if out, err = s.apiFiguresPage(c, q.filter, page, per, after); err != nil || pretty {
			return err
		}
		body = out.appendJSON(getPageBuf(256 + 512*len(out.Figures)))
		return nil
	}); err != nil {
		return err
	}
	if pretty {
		return c.JSON(http.StatusOK, out) // indented, by encoding/json
	}
	defer putPageBuf(body) // written (and compressed) by the time JSONBlob returns
	return c.JSONBlob(http.StatusOK, body)
}

// pageBufs keeps the API's page buffers for the next page: a page of
// 1,000 figures is half a megabyte, allocated and zeroed afresh for each
// request otherwise.
var pageBufs sync.Pool

func getPageBuf(n int) []byte {
	if b, ok := pageBufs.Get().(*[]byte); ok && cap(*b) >= n {
		return (*b)[:0]
	}
	return make([]byte, 0, n)
}

// putPageBuf keeps b for a later page unless it is bigger than a full
// page ever needs (a pool holding a few outsized buffers would keep them).
func putPageBuf(b []byte) {
	if cap(b) <= 4<<20 {
		pageBufs.Put(&b)
	}
}

// apiFiguresPage reads one page of the API's figures and its total.
func (s *Server) apiFiguresPage(c echo.Context, fl db.FigureFilter, page, per int, after int64) (apiFigures, error) {
	total, err := s.countFigures(c.Request().Context(), fl)
	if err != nil {
		return apiFigures{}, err
	}
	// Each figure's verdict is its cell's, stored when the data was
	// written: read with the row, the rows are read once.
	fl.ByID, fl.After, fl.Limit, fl.Offset, fl.Verdicts = true, after, per+1, (page-1)*per, true
	recs, err := s.store.Figures(c.Request().Context(), fl)
	if err != nil {
		return apiFigures{}, err
	}
	next := ""
	if len(recs) > per {
		recs = recs[:per]
		u := url.Values{}
		for k, v := range c.QueryParams() {
			u[k] = v
		}
		u.Del("page")
		u.Set("after", strconv.FormatInt(recs[per-1].ID, 10))
		next = "/api/figures?" + u.Encode()
	}
	if after > 0 {
		page = 0
	}
	out := apiFigures{Total: total, Page: page, After: after, PerPage: per, Next: next, Figures: make([]apiFigure, 0, len(recs))}
	for _, r := range recs {
		in, _ := targets.LookupIndicator(r.Indicator)
		st := r.Verdict
		out.Figures = append(out.Figures, apiFigure{ID: r.ID, Region: r.Region, RegionCode: r.RegionCode, Level: string(r.RegionLevel),
			Year: r.Year, Period: r.Period, Kind: string(r.Kind), Indicator: r.Indicator, IndicatorZh: in.Zh, Value: finite(r.Value), Unit: r.Unit,
			Cmp: string(r.Cmp), Preliminary: r.Preliminary, ValueText: valueText(exportLang(c), r), Quote: r.Quote, DocumentID: r.DocumentID,
			DocumentTitle: r.DocumentTitle, Start: r.Start, End: r.End, Confidence: finite(r.Confidence), ReviewStatus: r.ReviewStatus,
			Status: string(st), SourceURL: sourceURL(c, r)})
	}
	return out, nil
}

// handleAPIRegions is GET /api/regions: every region with its parent and
// figure count.
func (s *Server) handleAPIRegions(c echo.Context) error {
	cors(c)
	tree, err := s.regionTree(c.Request().Context())
	if err != nil {
		return err
	}
	rs := tree.list
	type region struct {
		Code       string `json:"code"`
		Name       string `json:"name"`
		Level      string `json:"level"`
		ParentCode string `json:"parent_code"`
		Figures    int    `json:"figures"`
	}
	out := make([]region, 0, len(rs))
	for _, r := range rs {
		out = append(out, region{r.Code, r.Name, string(r.Level), r.ParentCode, r.Figures})
	}
	return c.JSON(http.StatusOK, map[string]any{"regions": out})
}

// handleAPIIndicators is GET /api/indicators: the catalogue, with how many
// figures each indicator has.
func (s *Server) handleAPIIndicators(c echo.Context) error {
	cors(c)
	sums, err := s.indicatorSums(c.Request().Context())
	if err != nil {
		return err
	}
	count := map[string]int{}
	for _, sm := range sums {
		count[sm.Key] = sm.Figures
	}
	type indicator struct {
		Key            string `json:"key"`
		NameZh         string `json:"name_zh"`
		NameEn         string `json:"name_en"`
		Unit           string `json:"unit"`
		Headline       bool   `json:"headline"`
		HigherIsBetter bool   `json:"higher_is_better"`
		Figures        int    `json:"figures"`
	}
	var out []indicator
	for _, in := range targets.Indicators() {
		out = append(out, indicator{in.Key, in.Zh, in.En, in.Unit, in.Headline, in.HigherIsBetter, count[in.Key]})
	}
	return c.JSON(http.StatusOK, map[string]any{"indicators": out})
}

// handleAPIYears is GET /api/years: every year with figures, latest first.
func (s *Server) handleAPIYears(c echo.Context) error {
	cors(c)
	ys, err := s.allYears(c.Request().Context())
	if err != nil {
		return err
	}
	if ys == nil {
		ys = []int{}
	}
	return c.JSON(http.StatusOK, map[string]any{"years": ys})
}

// figureCounts keeps each filter's figure count for the generation it
// was counted at: counting two million figures takes a second, and a
// client walking the pages asks for the same count on every one. Bounded
// in entries; all of them go when the data changes.
type figureCounts struct {
	mu  sync.Mutex
	gen int64
	m   map[string]*memo[int]
}

const maxCachedCounts = 4096

func (s *Server) countFigures(ctx context.Context, fl db.FigureFilter) (int, error) {
	gen, err := s.gen.Generation(ctx)
	if err != nil {
		return 0, err
	}
	fl.Limit, fl.Offset, fl.After, fl.ByID, fl.ByCell = 0, 0, 0, false, false
	key := fmt.Sprintf("%+v", fl)
	fc := &s.counts
	fc.mu.Lock()
	if fc.m == nil || fc.gen != gen || len(fc.m) >= maxCachedCounts {
		fc.m, fc.gen = map[string]*memo[int]{}, gen
	}
	m := fc.m[key]
	if m == nil {
		m = &memo[int]{}
		fc.m[key] = m
	}
	fc.mu.Unlock()
	return m.get(ctx, s.gen, func(ctx context.Context) (int, error) { return s.store.CountFigures(ctx, fl) })
}
