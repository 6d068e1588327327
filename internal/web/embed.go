package web

import (
	"github.com/a-h/templ"
	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/views/layout"
	"github.com/mubiao/mubiao/views/pages"
)

// handleEmbedOverview is one chart of the 概览 (growth: a year's growth
// targets and results; trend: targets met by year) for other sites to
// frame, with the overview's state (?region=&year=).
func (s *Server) handleEmbedOverview(c echo.Context) error {
	return s.cached(c, func() (templ.Component, error) {
		m, err := s.overview(c)
		if err != nil {
			return nil, err
		}
		switch c.Param("chart") {
		case "growth":
			return embedPage(c, m.Page, m.Chart), nil
		case "trend":
			return embedPage(c, m.Page, m.TrendChart), nil
		}
		return nil, errNotFound
	})
}

// handleEmbedIndicator is one chart of an indicator's page (years: one
// region over the years, ?region=; across: the regions of a level in a
// year, ?year=&level=).
func (s *Server) handleEmbedIndicator(c echo.Context) error {
	return s.cached(c, func() (templ.Component, error) {
		m, err := s.indicator(c)
		if err != nil {
			return nil, err
		}
		switch c.Param("chart") {
		case "years":
			return embedPage(c, m.Page, m.YearsChart), nil
		case "across":
			return embedPage(c, m.Page, m.AcrossChart), nil
		}
		return nil, errNotFound
	})
}

// embedPage shows one chart with its title, sources and a link back to
// the view it belongs to. A chart with nothing to draw still answers
// 200 with a note, so a host page shows why it is empty.
func embedPage(c echo.Context, p layout.Page, ch pages.Chart) templ.Component {
	p.Echarts = ch.Has()
	p.Title = ch.Title
	if ch.Full == "" {
		ch.Full = "/"
	}
	if p.Title == "" {
		p.Title = p.T("没有可画的数据", "Nothing to chart")
	}
	return pages.EmbedPage(pages.Embed{Page: p, Chart: ch})
}
