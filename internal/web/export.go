package web

import (
	"net/url"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/internal/targets"
)

// exportHeader names the export's columns, the same in CSV and xlsx: what
// a researcher needs to use a figure and to check it.
var exportHeader = []string{"region", "region_code", "level", "year", "period", "indicator", "indicator_zh", "kind",
	"value", "unit", "cmp", "preliminary", "status", "value_text", "quote", "document", "source_url", "review_status"}

// exportRow is one figure as typed values in exportHeader's order: year
// an int, value a float64, preliminary a bool, the rest strings. CSV
// writes them as text; xlsx keeps the types.
func exportRow(c echo.Context, r targets.Record, st targets.Status) []any {
	in, _ := targets.LookupIndicator(r.Indicator)
	return []any{r.Region, r.RegionCode, string(r.RegionLevel), r.Year, r.Period,
		r.Indicator, in.Zh, string(r.Kind), r.Value, r.Unit,
		string(r.Cmp), r.Preliminary, string(st), r.ValueText, r.Quote, r.DocumentTitle, sourceURL(c, r), r.ReviewStatus}
}

// exportStart reads the filters and sets the download headers: a file
// name that says what the file holds (株洲市_gdp_growth_2018-2021.csv),
// with an ASCII fallback for old clients.
func (s *Server) exportStart(c echo.Context, ext, contentType string) (figureQuery, error) {
	q, err := s.figureQuery(c)
	if err != nil {
		return q, err
	}
	from, to, err := s.store.YearSpan(c.Request().Context(), q.filter)
	if err != nil {
		return q, err
	}
	years := ""
	if from != 0 {
		years = strconv.Itoa(from)
		if to != from {
			years += "-" + strconv.Itoa(to)
		}
	}
	name := fileName(q.regionName, q.filter.Indicator, string(q.filter.Kind), years) + ext
	h := c.Response().Header()
	h.Set(echo.HeaderContentType, contentType)
	h.Set(echo.HeaderContentDisposition, `attachment; filename="mubiao_figures`+ext+`"; filename*=UTF-8''`+url.PathEscape(name))
	return q, nil
}
