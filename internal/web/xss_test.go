package web

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/mubiao/mubiao/internal/db"
)

// TestUploadedMarkupIsRenderedHarmless uploads a report whose title,
// file name and sentences carry markup, and checks every view that shows
// them (pages, chart options, the figure and review pages) sends it as
// text, never as markup.
func TestUploadedMarkupIsRenderedHarmless(t *testing.T) {
	s := freshStore(t)
	ctx := context.Background()
	srv := NewServer(s, quietLog(), Config{})
	user := newClient(t, srv)
	csrf := user.login("wang", "correct horse battery")
	payload := `"><img src=x onerror=alert(1)></script><script>alert(2)</script>`
	report := "2022年1月8日在醴陵市第十七届人民代表大会第二次会议上\n醴陵市政府工作报告" + payload + "\n" +
		"今年主要预期目标:全市" + payload + "地区生产总值增长8%左右,一般公共预算收入增长6%。\n" +
		"过去一年,全市" + payload + "地区生产总值增长7.5%。\n"
	body, ctype := multipartBody(t, map[string]string{"csrf": csrf}, map[string][]byte{"<b>报告</b>.txt": []byte(report)})
	rec := user.do(http.MethodPost, "/upload", body, ctype)
	assertNoMarkup(t, "upload preview", rec.Body.String())
	doc, _ := goquery.NewDocumentFromReader(strings.NewReader(rec.Body.String()))
	token, _ := doc.Find(`input[name="token"]`).Attr("value")
	title, _ := doc.Find(`input[name="title"]`).Attr("value")
	if rec := user.post("/upload/save", url.Values{"csrf": {csrf}, "token": {token}, "title": {title + payload}, "region": {""}, "year": {""}}); rec.Code != http.StatusOK {
		t.Fatalf("save = %d %s", rec.Code, rec.Body.String())
	}
	docs, _ := s.Documents(ctx)
	var id int64
	for _, d := range docs {
		if strings.Contains(d.Title, "<script>") {
			id = d.ID
		}
	}
	figs, _ := s.Figures(ctx, db.FigureFilter{Document: id})
	if id == 0 || len(figs) == 0 || !strings.Contains(figs[0].Quote, "<img") {
		t.Fatalf("the payload did not reach the stored figures (document %d, %d figures)", id, len(figs))
	}
	region, year := figs[0].RegionCode, itoa64(int64(figs[0].Year))
	paths := []string{"/", "/?region=" + region + "&year=" + year, "/regions/" + region, "/indicators/gdp_growth?region=" + region,
		"/indicators/gdp_growth?year=" + year, "/compare?scope=" + region + "&year=" + year, "/documents", "/documents/" + itoa64(id),
		"/figures/" + itoa64(figs[0].ID), "/review", "/search?q=" + url.QueryEscape("醴陵"), "/search?q=" + url.QueryEscape(payload),
		"/embed/overview/growth?region=" + region + "&year=" + year, "/embed/indicators/gdp_growth/years?region=" + region}
	for _, who := range []*client{newClient(t, srv), user} {
		for _, p := range paths {
			rec, _ := who.get(p)
			if rec.Code != http.StatusOK {
				t.Errorf("GET %s = %d", p, rec.Code)
				continue
			}
			assertNoMarkup(t, p, rec.Body.String())
		}
	}
	// And the payload is there, as text: the test would pass vacuously if
	// the views left it out.
	for p, escaped := range map[string]string{"/documents/" + itoa64(id): "&lt;img src=x", "/figures/" + itoa64(figs[0].ID): "&lt;img src=x",
		"/indicators/gdp_growth?region=" + region: `\u003cimg src=x`} {
		if rec, _ := user.get(p); !strings.Contains(rec.Body.String(), escaped) {
			t.Errorf("%s does not show the payload escaped as %s", p, escaped)
		}
	}
}

func assertNoMarkup(t *testing.T, where, body string) {
	t.Helper()
	for _, bad := range []string{"<img src=x", "<script>alert", "onerror=alert(1)>", "<b>报告"} {
		if strings.Contains(body, bad) {
			i := strings.Index(body, bad)
			t.Errorf("%s: %q appears as markup: …%s…", where, bad, body[max(0, i-80):min(len(body), i+80)])
		}
	}
}
