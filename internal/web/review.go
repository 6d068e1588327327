package web

import (
	"errors"
	"fmt"
	"math"
	"net/http"
	"sort"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/internal/db"
	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/views/layout"
	"github.com/mubiao/mubiao/views/pages"
)

// queuePageSize is how many figures a review queue page lists.
const queuePageSize = 50

// docFigure is a stored figure as the document, figure and queue views show it.
func docFigure(lang string, f targets.Record) pages.DocFigure {
	return pages.DocFigure{FigureRef: *ref(lang, &f), Key: f.Indicator, RegionCode: f.RegionCode, Indicator: indicatorName(lang, f.Indicator),
		Kind: kindName(lang, f.Kind), Region: f.Region, Year: f.Year}
}

// handleReviewQueue lists the figures waiting for a person (?page=N).
func (s *Server) handleReviewQueue(c echo.Context) error {
	n := 1
	if v := c.QueryParam("page"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 1 || n > 100000 {
			return badRequest("页码应是正整数。", "page must be a positive number.")
		}
	}
	order, err := s.reviewQueue(c.Request().Context())
	if err != nil {
		return err
	}
	total := len(order)
	items, err := s.store.QueueItems(c.Request().Context(), db.QueuePage(order, queuePageSize, (n-1)*queuePageSize))
	if err != nil {
		return err
	}
	p := page(c, "", "review")
	p.Title = p.T("审核队列", "Review queue")
	m := pages.ReviewQueue{Page: p, Total: total}
	for _, it := range items {
		m.Items = append(m.Items, pages.QueueRow{Fig: docFigure(p.Lang, it.Record), Reasons: it.Reasons})
	}
	m.Pager = pager("/review", n, total, queuePageSize)
	c.Response().Header().Set("Cache-Control", "no-store")
	return render(c, http.StatusOK, pages.ReviewPage(m))
}

// contextRunes is how much text the figure page shows around the quote.
const contextRunes = 120

// handleFigure shows one figure with its sentence, review state and history.
func (s *Server) handleFigure(c echo.Context) error {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil || id <= 0 {
		return errNotFound
	}
	ctx := c.Request().Context()
	f, err := s.store.Figure(ctx, id)
	if err != nil {
		return err
	}
	doc, err := s.store.Document(ctx, f.DocumentID)
	if err != nil {
		return err
	}
	hist, err := s.store.History(ctx, id)
	if err != nil {
		return err
	}
	p := page(c, "", "review")
	fig := docFigure(p.Lang, f)
	p.Title = fig.Indicator + " " + fig.Text
	m := pages.FigurePage{Page: p, Fig: fig, Status: f.ReviewStatus, Region: f.Region, RegionCode: f.RegionCode, Year: f.Year,
		Kind: string(f.Kind), Value: strconv.FormatFloat(f.Value, 'f', -1, 64), Cmp: string(f.Cmp),
		Confidence: strconv.FormatFloat(f.Confidence, 'f', 2, 64), Choices: fieldChoices(p)}
	m.Human = len(hist) > 0 && hist[0].Action == db.ActionAdd
	m.Reading = readingView(p, f)
	if f.Start >= 0 && f.End <= len(doc.Text) && f.Start <= f.End {
		m.Before, m.Quote, m.After = tail(doc.Text[:f.Start], contextRunes), doc.Text[f.Start:f.End], head(doc.Text[f.End:], contextRunes)
	} else {
		m.Quote = f.Quote
	}
	if f.ReviewStatus == "unreviewed" {
		if m.Reasons, err = s.store.QueueReasons(ctx, id); err != nil {
			return err
		}
	}
	for _, h := range hist {
		m.History = append(m.History, historyRow(p, h))
	}
	c.Response().Header().Set("Cache-Control", "no-store")
	return render(c, http.StatusOK, pages.FigurePageView(m))
}

func historyRow(p layout.Page, h db.AuditEntry) pages.HistoryRow {
	names := map[string]string{db.ActionConfirm: p.T("核实", "confirmed"), db.ActionCorrect: p.T("更正", "corrected"),
		db.ActionReject: p.T("否决", "rejected"), db.ActionAdd: p.T("添加", "added")}
	// The login name is never shown (it is half of what a guesser needs).
	who := p.T("审核员", "reviewer")
	switch {
	case h.Reviewer != "":
		who = h.Reviewer
	case h.ReviewerID != 0:
		who += " " + strconv.FormatInt(h.ReviewerID, 10)
	}
	row := pages.HistoryRow{User: who, At: pages.LocalTime(p.Lang, h.At), Action: names[h.Action]}
	keys := make([]string, 0, len(h.After))
	for k := range h.After {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		after := fmt.Sprint(h.After[k])
		before := ""
		if h.Before != nil {
			before = fmt.Sprint(h.Before[k])
		}
		if before != after {
			row.Changes = append(row.Changes, pages.Change{Field: k, Before: before, After: after})
		}
	}
	return row
}

func tail(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return string(r)
	}
	return "…" + string(r[len(r)-n:])
}

func head(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n]) + "…"
}

// fieldChoices are the options of the correction and add forms.
func fieldChoices(p layout.Page) pages.FieldChoice {
	var ch pages.FieldChoice
	for _, in := range targets.Indicators() {
		ch.Indicators = append(ch.Indicators, pages.Option{Value: in.Key, Label: p.T(in.Zh, in.En) + " (" + in.Unit + ")"})
	}
	ch.Kinds = []pages.Option{{Value: "planned", Label: p.T("目标", "target")}, {Value: "reported", Label: p.T("实际", "result")}}
	ch.Cmps = []pages.Option{{Value: ">=", Label: p.T("以上 ≥", "at least ≥")}, {Value: "<=", Label: p.T("以内 ≤", "at most ≤")},
		{Value: "~", Label: p.T("左右 ~", "about ~")}, {Value: "=", Label: p.T("等于 =", "exactly =")}}
	return ch
}

// correction reads the figure fields of a review or add form.
func correction(c echo.Context) (db.Correction, error) {
	year, err := strconv.Atoi(formValue(c, "year"))
	if err != nil {
		return db.Correction{}, badRequest("年份应是一个年份,例如 2021。", "year must be a year such as 2021.")
	}
	value, err := strconv.ParseFloat(strings.TrimSpace(formValue(c, "value")), 64)
	if err != nil || math.IsInf(value, 0) || math.IsNaN(value) { // ParseFloat takes "Inf" and "NaN"
		return db.Correction{}, badRequest("数值应是一个有限的数字,例如 6.5。", "value must be a finite number, such as 6.5.")
	}
	if in, ok := targets.LookupIndicator(formValue(c, "indicator")); ok {
		if lo, hi := db.ValueRange(in); value < lo || value > hi {
			return db.Correction{}, badRequest(
				fmt.Sprintf("数值超出合理范围:%s的数值应在 %s 到 %s 之间。", in.Zh, pages.Amount("zh", lo, in.Unit), pages.Amount("zh", hi, in.Unit)),
				fmt.Sprintf("value out of range: %s lies between %s and %s.", in.En, pages.Amount("en", lo, in.Unit), pages.Amount("en", hi, in.Unit)))
		}
	}
	region := strings.TrimSpace(formValue(c, "region"))
	return db.Correction{Region: region, Year: year, Kind: targets.Kind(formValue(c, "kind")), Indicator: formValue(c, "indicator"),
		Value: value, Cmp: targets.Comparator(formValue(c, "cmp")), NewRegion: formValue(c, "new_region") == "1"}, nil
}

// handleReview confirms, corrects or rejects a figure, then shows it.
func (s *Server) handleReview(c echo.Context) error {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil || id <= 0 {
		return errNotFound
	}
	action := formValue(c, "action")
	var corr db.Correction
	if action == db.ActionCorrect {
		if corr, err = correction(c); err != nil {
			return err
		}
	}
	if _, err := s.store.Review(c.Request().Context(), session(c).User.Name, id, action, corr); err != nil {
		return reviewError(err)
	}
	return c.Redirect(http.StatusSeeOther, layoutLink(c, pages.FigureURL(id)))
}

// handleAddFigure adds a figure the extractor missed, from a sentence the
// reviewer selected in the document.
func (s *Server) handleAddFigure(c echo.Context) error {
	docID, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil || docID <= 0 {
		return errNotFound
	}
	corr, err := correction(c)
	if err != nil {
		return err
	}
	near, _ := strconv.Atoi(formValue(c, "near"))
	f, err := s.store.AddFigure(c.Request().Context(), session(c).User.Name, docID, formValue(c, "quote"), near, corr)
	if err != nil {
		return reviewError(err)
	}
	return c.Redirect(http.StatusSeeOther, layoutLink(c, pages.FigureURL(f.ID)))
}

// reviewError turns a refused review into a 400 that says why, in the
// page's language.
func reviewError(err error) error {
	if !errors.Is(err, db.ErrInvalid) {
		return err
	}
	en := strings.TrimPrefix(err.Error(), db.ErrInvalid.Error()+": ")
	zh := en
	for _, r := range reviewReasons {
		if strings.HasPrefix(en, r.en) {
			zh = r.zh + strings.TrimPrefix(en, r.en)
			break
		}
	}
	return badRequest("没有保存:"+zh, "Not saved: "+en)
}

// reviewReasons are the store's reasons for refusing a review, in Chinese;
// what follows the reason (the value refused) is kept as it is.
var reviewReasons = []struct{ en, zh string }{
	{"kind must be planned or reported", "类型应是目标或实际"},
	{"comparator must be", "比较应是以上、以内、左右或等于:"},
	{"year", "年份不对:"},
	{"region missing", "缺少地区"},
	{"unknown indicator", "没有这个指标:"},
	{"value out of range", "数值超出合理范围:"},
	{"unknown region", "不认识的地区:"},
	{db.NewRegionReason + ": ", "这个地区不在行政区划表中,库里也还没有:请检查拼写;如确是新的地区(例如新设的开发区),勾选“新地区”再保存:"},
	{"action", "没有这个操作:"},
	{"select the sentence the figure is in", "请先在原文中选中数字所在的句子"},
	{"the selected text is not in the document", "选中的文字不在这份文档里"},
}

// layoutLink keeps the language of the page the form was on.
func layoutLink(c echo.Context, u string) string { return page(c, "", "").Link(u) }

// readingView says why the extractor read a figure as it did.
func readingView(p layout.Page, f targets.Record) pages.ReadingView {
	rd := f.Reading
	if rd.Time == "" {
		return pages.ReadingView{}
	}
	kind := p.T("目标", "target")
	if f.Kind == targets.Reported {
		kind = p.T("实际", "result")
	}
	when := strconv.Itoa(f.Year) + p.T("年", "")
	if f.Period != "" {
		when = pages.PeriodLabel(p, f.Period)
	}
	return pages.ReadingView{Known: true, ReadAs: when + " " + kind + " · " + f.Region, Part: rd.Part,
		Time: pages.BasisText(p, string(rd.Time)), Kind: pages.BasisText(p, string(rd.Kind)),
		Subject: pages.BasisText(p, string(rd.Subject)), Bound: pages.BasisText(p, string(rd.Bound))}
}
