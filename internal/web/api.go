package web

import (
	"context"
	"net/http"
	"strconv"

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
	ID            int64   `json:"id"`
	Region        string  `json:"region"`
	RegionCode    string  `json:"region_code"`
	Level         string  `json:"level"`
	Year          int     `json:"year"`
	Period        string  `json:"period"`
	Kind          string  `json:"kind"`
	Indicator     string  `json:"indicator"`
	IndicatorZh   string  `json:"indicator_zh"`
	Value         float64 `json:"value"`
	Unit          string  `json:"unit"`
	Cmp           string  `json:"cmp"`
	Preliminary   bool    `json:"preliminary"`
	ValueText     string  `json:"value_text"`
	Quote         string  `json:"quote"`
	DocumentID    int64   `json:"document_id"`
	DocumentTitle string  `json:"document_title"`
	Start         int     `json:"start"`
	End           int     `json:"end"`
	Confidence    float64 `json:"confidence"`
	ReviewStatus  string  `json:"review_status"`
	Status        string  `json:"status"`
	SourceURL     string  `json:"source_url"`
}

type apiFigures struct {
	Total   int         `json:"total"`
	Page    int         `json:"page"`
	PerPage int         `json:"per_page"`
	Figures []apiFigure `json:"figures"`
}

const maxPerPage = 1000

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

// handleAPIFigures is GET /api/figures: filtered, paginated, with a total.
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
	total, err := s.store.CountFigures(c.Request().Context(), q.filter)
	if err != nil {
		return err
	}
	fl := q.filter
	fl.Limit, fl.Offset = per, (page-1)*per
	recs, err := s.store.Figures(c.Request().Context(), fl)
	if err != nil {
		return err
	}
	out := apiFigures{Total: total, Page: page, PerPage: per, Figures: make([]apiFigure, 0, len(recs))}
	// Verdicts need both sides of a cell, which a page may split: the
	// figures of every cell on the page come in one query.
	status, err := s.judgeCells(c.Request().Context(), recs)
	if err != nil {
		return err
	}
	for _, r := range recs {
		in, _ := targets.LookupIndicator(r.Indicator)
		st := status[cellOf(r)]
		out.Figures = append(out.Figures, apiFigure{ID: r.ID, Region: r.Region, RegionCode: r.RegionCode, Level: string(r.RegionLevel),
			Year: r.Year, Period: r.Period, Kind: string(r.Kind), Indicator: r.Indicator, IndicatorZh: in.Zh, Value: r.Value, Unit: r.Unit,
			Cmp: string(r.Cmp), Preliminary: r.Preliminary, ValueText: r.ValueText, Quote: r.Quote, DocumentID: r.DocumentID,
			DocumentTitle: r.DocumentTitle, Start: r.Start, End: r.End, Confidence: r.Confidence, ReviewStatus: r.ReviewStatus,
			Status: string(st), SourceURL: sourceURL(c, r)})
	}
	return c.JSON(http.StatusOK, out)
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

// cellID is a cell with its period: what one verdict is for.
type cellID struct {
	region, indicator, period string
	year                      int
}

func cellOf(r targets.Record) cellID { return cellID{r.RegionCode, r.Indicator, r.Period, r.Year} }

// judgeCells gives the verdict of the cell of each record.
func (s *Server) judgeCells(ctx context.Context, recs []targets.Record) (map[cellID]targets.Status, error) {
	seen := map[db.CellKey]bool{}
	var keys []db.CellKey
	for _, r := range recs {
		k := db.CellKey{Region: r.RegionCode, Indicator: r.Indicator, Year: r.Year}
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	figs, err := s.store.FiguresOfCells(ctx, keys)
	if err != nil {
		return nil, err
	}
	later, err := s.laterReports(ctx)
	if err != nil {
		return nil, err
	}
	byCell := map[cellID][]targets.Record{}
	for _, f := range figs {
		byCell[cellOf(f)] = append(byCell[cellOf(f)], f)
	}
	out := make(map[cellID]targets.Status, len(byCell))
	for id, fs := range byCell {
		out[id] = later.status(targets.Pair(fs)[0])
	}
	return out, nil
}
