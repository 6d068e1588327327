package web

import (
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

// routes is the whole URL surface of Mubiao on one screen.
func (s *Server) routes(e *echo.Echo) {
	e.Use(middleware.Recover())
	e.Use(securityHeaders)

	e.GET("/healthz", s.handleHealthz)
	e.GET("/static/*", handleStatic)
	e.GET("/favicon.ico", handleFavicon)

	e.GET("/", s.handleOverview)
	e.GET("/documents", s.handleDocuments)
	e.GET("/documents/:id", s.handleDocument)
}
