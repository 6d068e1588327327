package web

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/internal/db"
	"github.com/mubiao/mubiao/views/layout"
	"github.com/mubiao/mubiao/views/pages"
)

// errNotFound marks a request for something that does not exist.
var errNotFound = echo.NewHTTPError(http.StatusNotFound)

// handleError maps errors to status codes in one place and renders the
// error page with that status. Only unexpected errors are logged.
func (s *Server) handleError(err error, c echo.Context) {
	if c.Response().Committed {
		return
	}
	status := http.StatusInternalServerError
	var he *echo.HTTPError
	var lost *lostError
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &lost):
		status = http.StatusNotFound
	case errors.Is(err, db.ErrNotFound):
		status = http.StatusNotFound
	case db.IsFull(err):
		status = http.StatusInsufficientStorage
	case errors.Is(err, context.DeadlineExceeded):
		status = http.StatusServiceUnavailable // the request's deadline (requestTimeout) passed
	case errors.As(err, &tooLarge):
		status = http.StatusRequestEntityTooLarge
	case errors.As(err, &he):
		status = he.Code
	}
	if status >= 500 {
		s.log.Error("request failed", "method", c.Request().Method, "path", c.Request().URL.Path, "err", err)
	}
	if path := c.Request().URL.Path; strings.HasPrefix(path, "/api/") || strings.HasPrefix(path, "/export/") {
		// Machines get the reason as JSON, not an HTML page.
		msg := http.StatusText(status)
		if lost != nil {
			msg = lost.msg.en
			for i, r := range lost.regions {
				if i == 0 {
					msg += " Close names:"
				}
				msg += " " + r.Label
			}
		}
		if status == http.StatusInsufficientStorage {
			msg = "the server's disk is full: nothing was saved"
		}
		if he != nil && (status < 500 || status == http.StatusServiceUnavailable) {
			switch m := he.Message.(type) {
			case string:
				msg = m
			case said:
				// An export is a link clicked on a page: its reason in the
				// page's language, Chinese first with the English after it.
				msg = m.en
				if strings.HasPrefix(path, "/export/") && exportLang(c) == "zh" {
					msg = m.zh + " " + m.en
				}
			}
		}
		_ = c.JSON(status, map[string]string{"error": msg})
		return
	}
	p := page(c, "", "")
	p.Title = errorTitle(p, status)
	msg := p.T("出错了,请稍后再试。", "Something went wrong. Please try again later.")
	switch status {
	case http.StatusNotFound:
		msg = p.T("没有找到这个页面:地区、指标、年份或文档不存在。", "Not found: no such region, indicator, year or document.")
	case http.StatusBadRequest:
		msg = p.T("请求有误。", "Bad request.")
	case http.StatusForbidden:
		msg = p.T("没有权限:请先登录;如果已登录,请刷新页面后重试。", "Not allowed: log in first; if you are logged in, reload the page and try again.")
	case http.StatusRequestEntityTooLarge:
		msg = p.T("上传的内容太大。", "The upload is too large.")
	case http.StatusTooManyRequests:
		msg = p.T("尝试次数太多,请稍等一分钟再试。", "Too many attempts: wait a minute and try again.")
	case http.StatusServiceUnavailable:
		msg = p.T("服务器正忙,请稍后再试。", "The server is busy: please try again in a moment.")
	case http.StatusInsufficientStorage:
		msg = p.T("服务器磁盘已满,这次的修改没有保存(已保存的数据都还在)。请告诉管理员腾出磁盘空间,然后再试。",
			"The server's disk is full: this change was not saved (everything saved before is intact). Ask the administrator to free disk space, then try again.")
	}
	if he != nil && (status < 500 || status == http.StatusServiceUnavailable) {
		// The reason, as the handler put it, under the general message:
		// in the page's language when the handler said it in both.
		switch m := he.Message.(type) {
		case said:
			msg += " " + p.T(m.zh, m.en)
		case string:
			if m != http.StatusText(status) && p.Lang == "en" {
				msg += " (" + m + ")"
			}
		}
	}
	m := pages.Error{Page: p, Status: status, Message: msg}
	if lost != nil {
		m.Message = p.T(lost.msg.zh, lost.msg.en)
		m.Regions, m.Years = lost.regions, lost.years
	}
	if c.Request().Method == http.MethodHead {
		_ = c.NoContent(status)
		return
	}
	// Rendered apart from the request's deadline: the 503 that says the
	// deadline passed must still reach the visitor in their language (the
	// page reads nothing and is small).
	var buf bytes.Buffer
	if rerr := pages.ErrorPage(m).Render(context.WithoutCancel(c.Request().Context()), &buf); rerr != nil {
		_ = c.String(status, http.StatusText(status))
		return
	}
	_ = c.HTMLBlob(status, buf.Bytes())
}

// errorTitle is the error page's <title> in the page's language.
func errorTitle(p layout.Page, status int) string {
	switch status {
	case http.StatusNotFound:
		return p.T("没有找到", "Not Found")
	case http.StatusBadRequest:
		return p.T("请求有误", "Bad Request")
	case http.StatusForbidden:
		return p.T("没有权限", "Forbidden")
	case http.StatusRequestEntityTooLarge:
		return p.T("内容太大", "Payload Too Large")
	case http.StatusTooManyRequests:
		return p.T("尝试次数太多", "Too Many Requests")
	case http.StatusServiceUnavailable:
		return p.T("服务器正忙", "Service Unavailable")
	case http.StatusInsufficientStorage:
		return p.T("磁盘已满", "Insufficient Storage")
	}
	if status >= 500 {
		return p.T("出错了", "Server Error")
	}
	return p.T("出错了", http.StatusText(status))
}
