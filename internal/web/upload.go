package web

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/internal/db"
	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/views/pages"
)

// Upload limits: a work report is well under 1 MB of text; a .docx with
// pictures can be several. The body limit on the route stops a huge
// request before it is read.
const (
	maxUploadFiles = 20
	maxUploadMB    = 10
	maxUploadBody  = "64M"
)

func (s *Server) uploadPage(c echo.Context) pages.Upload {
	p := page(c, "", "upload")
	p.Title = p.T("添加报告", "Add reports")
	c.Response().Header().Set("Cache-Control", "no-store")
	return pages.Upload{Page: p, MaxFiles: maxUploadFiles, MaxMB: maxUploadMB}
}

func (s *Server) handleUploadForm(c echo.Context) error {
	return render(c, http.StatusOK, pages.UploadPage(s.uploadPage(c)))
}

// handleUploadPreview reads the uploaded files and pasted text, keeps
// them as pending uploads and shows what was read from each; nothing is
// stored as a document yet.
func (s *Server) handleUploadPreview(c echo.Context) error {
	m := s.uploadPage(c)
	p := m.Page
	type input struct {
		name string
		raw  []byte
		err  error
	}
	var inputs []input
	if text := c.FormValue("text"); strings.TrimSpace(text) != "" {
		inputs = append(inputs, input{name: p.T("粘贴的文本", "pasted text") + ".txt", raw: []byte(text)})
	}
	form, err := c.MultipartForm()
	if err != nil && !errors.Is(err, http.ErrNotMultipart) {
		return echo.NewHTTPError(http.StatusBadRequest, "the upload could not be read: "+err.Error())
	}
	if form != nil {
		files := form.File["files"]
		if len(files)+len(inputs) > maxUploadFiles {
			m.Error = p.T(fmt.Sprintf("一次最多上传 %d 个文件,这次有 %d 个。", maxUploadFiles, len(files)), fmt.Sprintf("At most %d files at a time; this had %d.", maxUploadFiles, len(files)))
			return render(c, http.StatusRequestEntityTooLarge, pages.UploadPage(m))
		}
		for _, fh := range files {
			in := input{name: fh.Filename}
			if fh.Size > maxUploadMB<<20 {
				in.err = fmt.Errorf(p.T("文件大于 %d MB", "larger than %d MB"), maxUploadMB)
			} else if f, err := fh.Open(); err != nil {
				in.err = err
			} else {
				in.raw, in.err = io.ReadAll(io.LimitReader(f, maxUploadMB<<20+1))
				f.Close()
			}
			inputs = append(inputs, in)
		}
	}
	if len(inputs) == 0 {
		m.Error = p.T("没有收到文件或文本:选择文件,或把报告粘贴到文本框里。", "Nothing received: choose files, or paste a report into the text box.")
		return render(c, http.StatusBadRequest, pages.UploadPage(m))
	}
	ctx := c.Request().Context()
	user := session(c).User
	for _, in := range inputs {
		pv := pages.UploadPreview{Name: in.name}
		if in.err != nil {
			pv.Error = in.err.Error()
			m.Previews = append(m.Previews, pv)
			continue
		}
		prep, err := s.store.Prepare(ctx, in.name, in.raw)
		switch {
		case errors.Is(err, db.ErrEmpty):
			pv.Error = p.T("文件是空的", "the file is empty")
		case err != nil:
			pv.Error = err.Error()
		case prep.Duplicate != 0:
			pv.Duplicate = prep.Duplicate
		default:
			if pv.Token, err = s.store.SaveUpload(ctx, user, in.name, in.raw); err != nil {
				return err
			}
			fillPreview(p.Lang, &pv, prep)
		}
		m.Previews = append(m.Previews, pv)
	}
	return render(c, http.StatusOK, pages.UploadPage(m))
}

func fillPreview(lang string, pv *pages.UploadPreview, prep db.Prepared) {
	pv.Encoding, pv.Title, pv.Region, pv.RegionCode, pv.Year = string(prep.Encoding), prep.Title, prep.Region, prep.RegionCode, prep.Year
	pv.Missing = prep.RegionCode == "" || prep.Year == 0
	pv.Figures = nil
	for _, f := range prep.Analysis.Figures {
		pv.Figures = append(pv.Figures, docFigure(lang, targets.Record{Figure: f}))
	}
}

// readAs reads a document again as its title would have it read had the
// title named the region and the report year: a paragraph pasted without
// its heading (全市地区生产总值增长6.1%) has no region or year to give its
// figures, so the extractor reads none until it has them. Offsets are
// moved back onto the text as stored; the title stays the document's.
func readAs(prep *db.Prepared, r targets.Region, year int) {
	hint := r.Name + strconv.Itoa(year) + "年政府工作报告\n\n"
	a := targets.Analyze(hint + prep.Text)
	if a.Err != nil {
		return // read as it first was
	}
	n := len(hint)
	kept := a.Figures[:0]
	for _, f := range a.Figures {
		if f.Start >= n {
			f.Start, f.End = f.Start-n, f.End-n
			kept = append(kept, f)
		}
	}
	a.Figures = kept
	prep.Analysis = a
	prep.Region, prep.RegionCode, prep.Year = r.Name, r.Code, year
}

// correct applies a reviewer's title, region and year to a prepared
// upload. Where the region or year was not detected, the document is read
// again with them (readAs); otherwise they move the figures read
// (Prepared.Correct). It returns what is wrong, "" when nothing is.
func correct(t func(zh, en string) string, prep *db.Prepared, title, region, yearField string) string {
	year := 0
	if y := strings.TrimSpace(yearField); y != "" {
		var err error
		if year, err = strconv.Atoi(y); err != nil || year < 1949 || year > 2200 {
			return t("年份应是四位数字,例如 2023", "the year must be a year such as 2023")
		}
	}
	reg, problem := regionOf(t, strings.TrimSpace(region))
	if problem != "" {
		return problem
	}
	if prep.RegionCode == "" || prep.Year == 0 {
		if reg.Code == "" && prep.RegionCode != "" {
			reg = targets.Region{Code: prep.RegionCode, Name: prep.Region}
		}
		if year == 0 {
			year = prep.Year
		}
		if reg.Code != "" && year != 0 {
			readAs(prep, reg, year)
		}
		year, reg = 0, targets.Region{}
	}
	if err := prep.CorrectTo(title, reg, year); err != nil {
		return err.Error()
	}
	if strings.TrimSpace(title) == "" && isSentence(prep.Title) && prep.Region != "" && prep.Year != 0 {
		// A paragraph's first sentence is not its title: name it for what
		// it is, an excerpt of the region's report of the year.
		prep.Title = prep.Region + strconv.Itoa(prep.Year) + t("年政府工作报告(摘录)", " government work report (excerpt)")
	}
	if prep.RegionCode == "" || prep.Year == 0 {
		return t("没有识别出这份报告的地区或年份:请填写地区和报告年份,再点“按修改重新预览”。", "The report's region or year was not recognised: fill in both and press “Preview again”.")
	}
	return ""
}

// handleUploadSave stores the previewed uploads with the metadata as the
// reviewer left it, one transaction per document (action=save), or shows
// the preview again with the corrections applied (action=preview). A
// report whose region or year is still unknown is never saved: it would
// store a document with no figures.
func (s *Server) handleUploadSave(c echo.Context) error {
	m := s.uploadPage(c)
	p := m.Page
	ctx := c.Request().Context()
	user := session(c).User
	form, err := c.FormParams()
	if err != nil {
		return badRequest("表单无法读取。", "the form could not be read")
	}
	tokens, titles, regions, years := form["token"], form["title"], form["region"], form["year"]
	if len(tokens) == 0 {
		m.Error = p.T("没有可保存的文件。", "Nothing to save.")
		return render(c, http.StatusBadRequest, pages.UploadPage(m))
	}
	if len(titles) != len(tokens) || len(regions) != len(tokens) || len(years) != len(tokens) {
		return badRequest("预览表单不完整,请重新上传。", "the preview form is incomplete: upload again")
	}
	save := form.Get("action") != "preview"
	var again []pages.UploadPreview
	for i, tok := range tokens {
		name, raw, err := s.store.Upload(ctx, user, tok)
		if errors.Is(err, db.ErrNotFound) {
			m.Error = p.T("预览已过期,请重新上传。", "The preview has expired: upload again.")
			continue
		}
		if err != nil {
			return err
		}
		prep, err := s.store.Prepare(ctx, name, raw)
		if err != nil {
			return err
		}
		if prep.Duplicate != 0 {
			_ = s.store.DropUpload(ctx, tok)
			m.Saved = append(m.Saved, pages.SavedDoc{ID: prep.Duplicate, Title: name, Duplicate: true})
			continue
		}
		pv := pages.UploadPreview{Name: name, Token: tok}
		problem := correct(p.T, &prep, titles[i], regions[i], years[i])
		if !save || problem != "" {
			// Keep the file pending and show its form again: with what was
			// read under the corrections, and why it was not saved.
			fillPreview(p.Lang, &pv, prep)
			if problem != "" {
				if save {
					problem = p.T("没有保存:", "Not saved: ") + problem
				}
				pv.Problem = problem
				pv.Title, pv.RegionCode = titles[i], strings.TrimSpace(regions[i])
			}
			again = append(again, pv)
			continue
		}
		res, err := s.store.Save(ctx, prep)
		if err != nil && !errors.Is(err, db.ErrDuplicate) {
			return err
		}
		_ = s.store.DropUpload(ctx, tok)
		m.Saved = append(m.Saved, pages.SavedDoc{ID: res.DocumentID, Title: res.Title, Region: res.Region, Year: res.Year, Figures: res.Figures})
	}
	if len(again) > 0 {
		m.Previews = again
		if save {
			return render(c, http.StatusBadRequest, pages.UploadPage(m))
		}
	}
	return render(c, http.StatusOK, pages.UploadPage(m))
}

// isSentence says whether a detected title is the first sentence of the
// text (a pasted paragraph has no heading): it ends as sentences do.
func isSentence(title string) bool {
	t := strings.TrimSpace(title)
	for _, end := range []string{"。", "！", "？", "；", ";", "!", "?"} {
		if strings.HasSuffix(t, end) {
			return true
		}
	}
	return false
}

// regionOf reads the region field: a division code or a name the
// division list (or the zone names) knows; empty keeps what was detected.
func regionOf(t func(zh, en string) string, v string) (targets.Region, string) {
	if v == "" {
		return targets.Region{}, ""
	}
	if r, ok := targets.Regions().ByCode(v); ok {
		return r, ""
	}
	if r, ok := targets.LookupRegion(v); ok {
		return r, "" // a zone too (株洲高新区), which has no code of the list
	}
	return targets.Region{}, t("不认识的地区:", "unknown region: ") + v
}
