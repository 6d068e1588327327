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
	e.Use(compress) // gzip for every text response (see compress.go)
	e.Use(s.securityHeaders)
	// Limits on every request (see the README's Security and limits):
	// small bodies but an upload's (its route sets its own), a deadline
	// (exports take a longer one in exportSlot), no NUL in the address.
	e.Use(limitBodies(maxBody, "POST /upload"))
	e.Use(requestTimeout(requestDeadline))
	e.Use(saneURL)
	e.Use(s.publicOrigin)
	e.Use(s.loadSession)
	e.Use(s.freshAfterWrite)

	get(e, "/healthz", s.handleHealthz)
	get(e, "/static/*", handleStatic)
	get(e, "/favicon.ico", handleFavicon)

	get(e, "/", s.handleOverview)                        // ?region=&year=
	get(e, "/indicators", s.handleIndicators)            //
	get(e, "/indicators/:key", s.handleIndicator)        // ?region=&year=&level=
	get(e, "/regions", s.handleRegions)                  //
	get(e, "/regions/:code", s.handleRegion)             //
	get(e, "/compare", s.handleCompare)                  // ?scope=&year=
	get(e, "/rankings", s.handleRankings)                // ?level=&within=&year= (or from=&to=)&min=&indicator=&sort=&desc=
	get(e, "/setting", s.handleSetting)                  // ?region=&indicator=&year=&level=&within=&sort=&desc=
	get(e, "/map", s.handleMap)                          // ?level=&within=&year=&indicator=&measure=target|result|gap|rate
	get(e, "/geo/:name", handleGeo)                      // boundaries: provinces.json, 43.json, 43-counties.json
	get(e, "/documents", s.handleDocuments, s.inTurn)    //
	get(e, "/documents/:id", s.handleDocument, s.inTurn) // #fig-N
	get(e, "/search", s.handleSearch, s.inTurn)          // ?q=
	get(e, "/methodology", s.handleMethodology)
	get(e, "/review", s.handleReviewQueue, s.inTurn) // ?page=
	get(e, "/figures/:id", s.handleFigure, s.inTurn) // the sentence, review forms, history

	// Writing needs an account (server user add NAME); every form that
	// changes something carries the session's CSRF token.
	get(e, "/login", s.handleLoginForm)
	e.POST("/login", s.handleLogin) // limited per client and per account
	e.POST("/logout", s.handleLogout, s.csrf)
	get(e, "/upload", s.handleUploadForm, requireUser)
	e.POST("/upload", s.handleUploadPreview, middleware.BodyLimit(maxUploadBody), requireUser, s.csrf)
	e.POST("/upload/save", s.handleUploadSave, requireUser, s.csrf)
	e.POST("/figures/:id/review", s.handleReview, requireUser, s.csrf)       // action=confirm|correct|reject
	e.POST("/documents/:id/figures", s.handleAddFigure, requireUser, s.csrf) // a figure the extractor missed

	// Data out: the same filters everywhere (region, within, indicator,
	// year, kind), named as in the figures contract.
	get(e, "/export/figures.csv", s.handleExportCSV, s.exportSlot)                // &bom=0
	get(e, "/export/figures.xlsx", s.handleExportXLSX, s.exportSlot)              //
	get(e, "/export/cells.csv", s.handleExportCellsCSV, s.exportSlot)             // one row per region × indicator × year
	get(e, "/export/cells.xlsx", s.handleExportCellsXLSX, s.exportSlot)           //
	get(e, "/export/rankings.csv", s.handleExportRankingsCSV, s.exportSlot)       // the 排行 filters, a row per ranked region
	get(e, "/export/rankings.xlsx", s.handleExportRankingsXLSX, s.exportSlot)     //
	get(e, "/export/escalation.csv", s.handleExportEscalationCSV, s.exportSlot)   // ?within=SCOPE&year=&sort=&desc=: every row of 对比's 层层加码
	get(e, "/export/escalation.xlsx", s.handleExportEscalationXLSX, s.exportSlot) //
	get(e, "/api/figures", s.handleAPIFigures)                                    // &after=&per_page= (or &page=)
	get(e, "/api/regions", s.handleAPIRegions)
	get(e, "/api/indicators", s.handleAPIIndicators) //
	get(e, "/api/years", s.handleAPIYears)           //

	// Embeds: one chart of a view, with the view's state, for other sites
	// to frame (the only routes they may frame).
	embed := e.Group("/embed", allowFraming(s.cfg.frameAncestors()))
	get(embed, "/overview/:chart", s.handleEmbedOverview)         // growth|trend ?region=&year=
	get(embed, "/indicators/:key/:chart", s.handleEmbedIndicator) // years?region= | across?year=&level=
	get(embed, "/rankings", s.handleEmbedRankings)                // the 排行 filters
	get(embed, "/setting/:chart", s.handleEmbedSetting)           // years?region=&indicator= | across?year=&level=&within=
	get(embed, "/map", s.handleEmbedMap)                          // the 地图 filters
}

// get routes GET and HEAD (monitors and link checkers ask with HEAD;
// net/http drops the body).
func get(r interface {
	Match([]string, string, echo.HandlerFunc, ...echo.MiddlewareFunc) []*echo.Route
}, path string, h echo.HandlerFunc, mw ...echo.MiddlewareFunc) {
	r.Match([]string{http.MethodGet, http.MethodHead}, path, h, mw...)
}
