package web

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

// routes is the whole URL surface of Mubiao on one screen. View state
// lives in query parameters (region=CODE, year, level, scope), so every
// view can be bookmarked and shared.
func (s *Server) routes(e *echo.Echo) {
	e.Use(middleware.Recover())
	e.Use(securityHeaders)
	e.Use(s.publicOrigin)

	get(e, "/healthz", s.handleHealthz)
	get(e, "/static/*", handleStatic)
	get(e, "/favicon.ico", handleFavicon)

	get(e, "/", s.handleOverview)                 // ?region=&year=
	get(e, "/indicators", s.handleIndicators)     //
	get(e, "/indicators/:key", s.handleIndicator) // ?region=&year=&level=
	get(e, "/regions", s.handleRegions)           //
	get(e, "/regions/:code", s.handleRegion)      //
	get(e, "/compare", s.handleCompare)           // ?scope=&year=
	get(e, "/documents", s.handleDocuments)       //
	get(e, "/documents/:id", s.handleDocument)    // #fig-N
	get(e, "/search", s.handleSearch)             // ?q=
	get(e, "/methodology", s.handleMethodology)

	// Data out: the same filters everywhere (region, within, indicator,
	// year, kind), named as in the figures contract.
	get(e, "/export/figures.csv", s.handleExportCSV)   // &bom=0
	get(e, "/export/figures.xlsx", s.handleExportXLSX) //
	get(e, "/api/figures", s.handleAPIFigures)         // &page=&per_page=
	get(e, "/api/regions", s.handleAPIRegions)
	get(e, "/api/indicators", s.handleAPIIndicators) //

	// Embeds: one chart of a view, with the view's state, for other sites
	// to frame (the only routes they may frame).
	embed := e.Group("/embed", allowFraming(s.cfg.frameAncestors()))
	get(embed, "/overview/:chart", s.handleEmbedOverview)         // growth|trend ?region=&year=
	get(embed, "/indicators/:key/:chart", s.handleEmbedIndicator) // years?region= | across?year=&level=
}

// get routes GET and HEAD (monitors and link checkers ask with HEAD;
// net/http drops the body).
func get(r interface {
	Match([]string, string, echo.HandlerFunc, ...echo.MiddlewareFunc) []*echo.Route
}, path string, h echo.HandlerFunc) {
	r.Match([]string{http.MethodGet, http.MethodHead}, path, h)
}
