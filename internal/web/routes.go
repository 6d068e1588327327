package web

import (
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

// routes is the whole URL surface of Mubiao on one screen. View state
// lives in query parameters (region=CODE, year, level, scope), so every
// view can be bookmarked and shared.
func (s *Server) routes(e *echo.Echo) {
	e.Use(middleware.Recover())
	e.Use(securityHeaders)

	e.GET("/healthz", s.handleHealthz)
	e.GET("/static/*", handleStatic)
	e.GET("/favicon.ico", handleFavicon)

	e.GET("/", s.handleOverview)                 // ?region=&year=
	e.GET("/indicators", s.handleIndicators)     //
	e.GET("/indicators/:key", s.handleIndicator) // ?region=&year=&level=
	e.GET("/regions", s.handleRegions)           //
	e.GET("/regions/:code", s.handleRegion)      //
	e.GET("/compare", s.handleCompare)           // ?scope=&year=
	e.GET("/documents", s.handleDocuments)       //
	e.GET("/documents/:id", s.handleDocument)    // #fig-N
	e.GET("/search", s.handleSearch)             // ?q=
	e.GET("/methodology", s.handleMethodology)

	// Data out: the same filters everywhere (region, within, indicator,
	// year, kind), named as in the figures contract.
	e.GET("/export/figures.csv", s.handleExportCSV)   // &bom=0
	e.GET("/export/figures.xlsx", s.handleExportXLSX) //
	e.GET("/api/figures", s.handleAPIFigures)         // &page=&per_page=
	e.GET("/api/regions", s.handleAPIRegions)
	e.GET("/api/indicators", s.handleAPIIndicators) //
}
