package web

import (
	"context"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"
)

// healthTimeout is how long /healthz waits for the database before it
// says the server is unhealthy: a monitor wants an answer, not a hang.
const healthTimeout = 2 * time.Second

// handleHealthz answers 200 while the database answers a query, 503
// when it does not within healthTimeout. The query runs on connections
// of its own (db.Ping), so a pool busy with exports does not make a
// healthy server look dead.
func (s *Server) handleHealthz(c echo.Context) error {
	ctx, cancel := context.WithTimeout(c.Request().Context(), healthTimeout)
	defer cancel()
	if err := s.store.Ping(ctx); err != nil {
		return c.String(http.StatusServiceUnavailable, "database unreachable\n")
	}
	return c.String(http.StatusOK, "ok\n")
}
