package web

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// handleHealthz answers 200 while the database answers a query.
func (s *Server) handleHealthz(c echo.Context) error {
	if err := s.store.Ping(c.Request().Context()); err != nil {
		return c.String(http.StatusServiceUnavailable, "database unreachable\n")
	}
	return c.String(http.StatusOK, "ok\n")
}
