package web

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/mubiao/mubiao/internal/db"
	"github.com/mubiao/mubiao/internal/targets"
)

// A paragraph pasted without its heading has no region or year, so no
// figure can be read from it. The preview says so and asks for both;
// with them applied it is read again and shows its figures; it is never
// saved without them, and "saved" always says how many figures.
func TestUploadAsksForRegionAndYearAndNeverSavesNothingSilently(t *testing.T) {
	s := freshStore(t)
	ctx := context.Background()
	srv := NewServer(s, quietLog(), Config{})
	user := newClient(t, srv)
	csrf := user.login("wang", "correct horse battery")
	para := "过去一年,全市地区生产总值增长6.1%,规模工业增加值增长7.2%。\n\n今年主要预期目标:地区生产总值增长7%左右。\n"
	rec := user.post("/upload", url.Values{"csrf": {csrf}, "text": {para}})
	doc, _ := goquery.NewDocumentFromReader(strings.NewReader(rec.Body.String()))
	if rec.Code != http.StatusOK || doc.Find(`[data-testid="preview-missing"]`).Length() != 1 {
		t.Fatalf("preview = %d, missing notice %d", rec.Code, doc.Find(`[data-testid="preview-missing"]`).Length())
	}
	if got := text(doc.Find(`[data-testid="preview-count"]`)); got != "0" {
		t.Errorf("figures read without a region = %q", got)
	}
	if doc.Find(`[data-testid="save"]`).Length() != 0 || doc.Find(`[data-testid="preview-again"]`).Length() != 1 {
		t.Error("a preview without region and year offers to save")
	}
	if _, ok := doc.Find(`[data-testid="preview-region-0"]`).Attr("required"); !ok {
		t.Error("the region field is not required")
	}
	token, _ := doc.Find(`input[name="token"]`).Attr("value")
	before, _ := s.CountDocuments(ctx)
	// Saving anyway (an old form) is refused with the reason.
	form := url.Values{"csrf": {csrf}, "token": {token}, "title": {""}, "region": {""}, "year": {""}, "action": {"save"}}
	if rec := user.post("/upload/save", form); rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), "没有保存") {
		t.Errorf("save without region and year = %d", rec.Code)
	}
	if n, _ := s.CountDocuments(ctx); n != before {
		t.Fatal("a report without region and year was stored")
	}
	// Region (a short name) and year applied: read again, figures shown.
	form.Set("region", "醴陵市")
	form.Set("year", "2023")
	form.Set("action", "preview")
	rec = user.post("/upload/save", form)
	doc, _ = goquery.NewDocumentFromReader(strings.NewReader(rec.Body.String()))
	if rec.Code != http.StatusOK || text(doc.Find(`[data-testid="preview-count"]`)) != "3" {
		t.Fatalf("preview again = %d with %q figures: %s", rec.Code, text(doc.Find(`[data-testid="preview-count"]`)), text(doc.Find("main")))
	}
	if got := text(doc.Find(`[data-testid="preview-detected"]`)); !strings.Contains(got, "醴陵市") || !strings.Contains(got, "2023") {
		t.Errorf("detected after applying = %q", got)
	}
	if n, _ := s.CountDocuments(ctx); n != before {
		t.Fatal("previewing again stored the report")
	}
	form.Set("action", "save")
	rec = user.post("/upload/save", form)
	doc, _ = goquery.NewDocumentFromReader(strings.NewReader(rec.Body.String()))
	if got := text(doc.Find(`[data-testid="saved-count"]`)); rec.Code != http.StatusOK || !strings.Contains(got, "提取到 3 个数字") {
		t.Fatalf("saved = %d %q", rec.Code, got)
	}
	docs, _ := s.Documents(ctx)
	last := docs[0]
	for _, d := range docs {
		if d.ID > last.ID {
			last = d
		}
	}
	last, _ = s.Document(ctx, last.ID)
	if last.Title != "醴陵市2023年政府工作报告(摘录)" {
		t.Errorf("title = %q: the paragraph's first sentence is not its title", last.Title)
	}
	figs, _ := s.Figures(ctx, db.FigureFilter{Document: last.ID})
	if len(figs) != 3 || last.RegionCode != "430281" {
		t.Fatalf("stored %d figures for %q", len(figs), last.RegionCode)
	}
	for _, f := range figs {
		// Offsets point into the text as stored, not the heading used to read it.
		if last.Text[f.Start:f.End] != f.Quote {
			t.Errorf("figure %s: text at its offsets %q", f.Quote, last.Text[f.Start:f.End])
		}
		want := 2023
		if f.Kind == targets.Reported {
			want = 2022
		}
		if f.Year != want {
			t.Errorf("%s year %d, want %d", f.Quote, f.Year, want)
		}
	}
}

// A web page saved with its buttons: 下载 is furniture, not the title.
// The public page names the source file, not where it sat on the server,
// and says when in Beijing time.
func TestUploadedPageTitleAndSource(t *testing.T) {
	s := freshStore(t)
	ctx := context.Background()
	page := "下载\n打印\n醴陵市2023年政府工作报告\n\n过去一年,全市地区生产总值增长6.1%。\n"
	res, err := s.Ingest(ctx, "/srv/imports/private/醴陵/report.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if res.Title == "下载" || !strings.Contains(res.Title, "政府工作报告") {
		t.Errorf("title = %q", res.Title)
	}
	doc := mustOK(t, s, "/documents/"+itoa64(res.DocumentID))
	if got := text(doc.Find(`[data-testid="doc-source"]`)); got != "report.txt" {
		t.Errorf("source shown = %q, want the file's name only", got)
	}
	if got := text(doc.Find(`[data-testid="doc-ingested"]`)); !strings.HasSuffix(got, "(北京时间)") || strings.Contains(got, "Z") {
		t.Errorf("ingested = %q", got)
	}
	list := mustOK(t, s, "/documents")
	if strings.Contains(list.Text(), "/srv/imports") {
		t.Error("the document list shows a server path")
	}
}

// A file already stored is not offered for saving (保存 would answer
// 没有可保存的文件): the preview says it is stored and links it.
func TestUploadOfAStoredFileLinksItAndOffersNoSave(t *testing.T) {
	s := freshStore(t)
	raw := []byte(fixtureReport("醴陵市", 2022, fixtureYear{gdpResult: 8.2, gdpTarget: 7.5}))
	stored, err := s.Ingest(context.Background(), "fixture/liling.txt", raw)
	if err != nil {
		t.Fatal(err)
	}
	srv := NewServer(s, quietLog(), Config{})
	user := newClient(t, srv)
	csrf := user.login("wang", "correct horse battery")
	for _, lang := range []string{"", "en"} {
		rec := user.post("/upload?lang="+lang, url.Values{"csrf": {csrf}, "text": {string(raw)}})
		doc, _ := goquery.NewDocumentFromReader(strings.NewReader(rec.Body.String()))
		if rec.Code != http.StatusOK || doc.Find(`[data-testid="preview-duplicate"]`).Length() != 1 {
			t.Fatalf("lang %q: upload of a stored file = %d, duplicate notices %d: %s", lang, rec.Code, doc.Find(`[data-testid="preview-duplicate"]`).Length(), text(doc.Find("main")))
		}
		if doc.Find(`[data-testid="save"]`).Length() != 0 || doc.Find(`[data-testid="preview-again"]`).Length() != 0 {
			t.Errorf("lang %q: a stored file is offered 保存 / 重新预览", lang)
		}
		want := map[string]string{"": "已经收录", "en": "Already stored"}[lang]
		if got := text(doc.Find(`[data-testid="preview-duplicate"]`)); !strings.Contains(got, want) {
			t.Errorf("lang %q: notice %q, want it to say %s", lang, got, want)
		}
		if h, _ := doc.Find(`[data-testid="duplicate-link"]`).Attr("href"); !strings.Contains(h, "/documents/"+itoa64(stored.DocumentID)) {
			t.Errorf("lang %q: link %q, want the stored document %d", lang, h, stored.DocumentID)
		}
		if doc.Find(`[data-testid="upload-another"]`).Length() != 1 {
			t.Errorf("lang %q: no way on to another upload", lang)
		}
	}
}

// A paragraph of a development zone's report, the zone named by the
// reviewer (a zone has no code of the division list): read as the zone's
// and stored under it. It had been refused as an unknown region code.
func TestUploadNamesAZone(t *testing.T) {
	s := freshStore(t)
	ctx := context.Background()
	srv := NewServer(s, quietLog(), Config{})
	user := newClient(t, srv)
	csrf := user.login("wang", "correct horse battery")
	para := "过去一年,园区规模以上工业增加值增长9.1%,固定资产投资增长12%。\n"
	rec := user.post("/upload", url.Values{"csrf": {csrf}, "text": {para}})
	doc, _ := goquery.NewDocumentFromReader(strings.NewReader(rec.Body.String()))
	token, _ := doc.Find(`input[name="token"]`).Attr("value")
	form := url.Values{"csrf": {csrf}, "token": {token}, "title": {""}, "region": {"株洲高新区"}, "year": {"2024"}, "action": {"save"}}
	rec = user.post("/upload/save", form)
	doc, _ = goquery.NewDocumentFromReader(strings.NewReader(rec.Body.String()))
	if got := text(doc.Find(`[data-testid="saved-count"]`)); rec.Code != http.StatusOK || !strings.Contains(got, "提取到 2 个数字") {
		t.Fatalf("saved = %d %q: %s", rec.Code, got, text(doc.Find("main")))
	}
	docs, _ := s.Documents(ctx)
	last := docs[0]
	for _, d := range docs {
		if d.ID > last.ID {
			last = d
		}
	}
	if last.Region != "株洲高新区" || !strings.HasPrefix(last.RegionCode, "4302-") {
		t.Errorf("stored under %q %q", last.Region, last.RegionCode)
	}
}

// A zone named under no unit of the division list (a misspelt city, 株州
// for 株洲) would be stored as a new region of its own: the preview says
// so beside the name read, and says nothing for a listed unit or a zone
// of a listed city.
func TestUploadPreviewMarksAZoneOutsideTheList(t *testing.T) {
	srv := NewServer(freshStore(t), quietLog(), Config{})
	user := newClient(t, srv)
	csrf := user.login("wang", "correct horse battery")
	for title, marked := range map[string]bool{"株州高新区2024年工作报告": true, "株洲高新区2024年工作报告": false, "醴陵市2024年政府工作报告": false} {
		rec := user.post("/upload", url.Values{"csrf": {csrf}, "text": {title + "\n\n过去一年,地区生产总值增长6.1%。\n"}})
		doc, _ := goquery.NewDocumentFromReader(strings.NewReader(rec.Body.String()))
		if got := doc.Find(`[data-testid="preview-unlisted"]`).Length() == 1; rec.Code != http.StatusOK || got != marked {
			t.Errorf("%s: preview %d, marked as outside the list %v, want %v (read as %q)", title, rec.Code, got, marked,
				text(doc.Find(`[data-testid="preview-detected"]`)))
		}
	}
}
