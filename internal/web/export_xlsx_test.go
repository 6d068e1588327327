package web

import (
	"bytes"
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/mubiao/mubiao/internal/db"
)

func openXLSX(t *testing.T, body []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(body))
	if err != nil {
		t.Fatalf("not an xlsx file: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func TestExportXLSXContents(t *testing.T) {
	s := seededStore(t)
	rec := httptestGet(NewServer(s, quietLog(), Config{}), "/export/figures.xlsx?region=株洲市&indicator=gdp_growth")
	if rec.Code != http.StatusOK || !strings.Contains(rec.Header().Get("Content-Type"), "spreadsheetml") {
		t.Fatalf("xlsx export = %d %q %.200s", rec.Code, rec.Header().Get("Content-Type"), rec.Body.String())
	}
	if cd := rec.Header().Get("Content-Disposition"); !strings.Contains(cd, "filename*=UTF-8''%E6%A0%AA%E6%B4%B2%E5%B8%82_gdp_growth_") || !strings.HasSuffix(cd, ".xlsx") {
		t.Errorf("Content-Disposition = %q", cd)
	}
	f := openXLSX(t, rec.Body.Bytes())
	rows, err := f.GetRows("figures")
	if err != nil {
		t.Fatal(err)
	}
	want, _ := s.CountFigures(context.Background(), db.FigureFilter{Region: "4302", Indicator: "gdp_growth"})
	if want == 0 || len(rows)-1 != want {
		t.Fatalf("rows = %d, want %d", len(rows)-1, want)
	}
	if strings.Join(rows[0], ",") != strings.Join(exportHeader, ",") {
		t.Errorf("header = %v", rows[0])
	}
	panes, err := f.GetPanes("figures")
	if err != nil || !panes.Freeze || panes.YSplit != 1 || panes.TopLeftCell != "A2" {
		t.Errorf("header row not frozen: %+v %v", panes, err)
	}
	// Typed columns: year (D) and value (I) numbers (a cell with no type
	// attribute is a number in OOXML), preliminary (L) a boolean, region
	// (A) and quote (O) text.
	for ref, typ := range map[string]excelize.CellType{"D2": excelize.CellTypeUnset, "I2": excelize.CellTypeUnset,
		"L2": excelize.CellTypeBool, "A2": excelize.CellTypeInlineString, "O2": excelize.CellTypeInlineString} {
		got, err := f.GetCellType("figures", ref)
		if err != nil || got != typ {
			t.Errorf("cell %s type = %v, want %v (%v)", ref, got, typ, err)
		}
	}
	if v, _ := f.GetCellValue("figures", "A2"); v != "株洲市" {
		t.Errorf("A2 = %q, want 株洲市", v)
	}
	if v, _ := f.GetCellValue("figures", "D2"); len(v) != 4 || v[0] != '2' {
		t.Errorf("D2 = %q, want a year", v)
	}
}

func TestExportXLSXFormulaTextStaysText(t *testing.T) {
	b := &bigStore{Store: seededStore(t), n: 4, quote: "=HYPERLINK(\"http://evil\")"}
	f := openXLSX(t, httptestGet(NewServer(b, quietLog(), Config{}), "/export/figures.xlsx").Body.Bytes())
	formula, err := f.GetCellFormula("figures", "O2")
	v, _ := f.GetCellValue("figures", "O2")
	if err != nil || formula != "" || v != b.quote {
		t.Errorf("O2 = %q formula %q (%v): want the quote as plain text", v, formula, err)
	}
	if v, _ := f.GetCellValue("figures", "I2"); v != "-3.5" {
		t.Errorf("I2 = %q, want the number -3.5", v)
	}
}

func TestExportXLSXRefusesMoreRowsThanASheetHolds(t *testing.T) {
	b := &bigStore{Store: seededStore(t), n: 1, count: xlsxMaxRows + 1}
	rec := httptestGet(NewServer(b, quietLog(), Config{}), "/export/figures.xlsx")
	if rec.Code != http.StatusRequestEntityTooLarge || !strings.Contains(rec.Body.String(), "figures.csv") {
		t.Errorf("too many rows = %d %s, want 413 pointing to the CSV export", rec.Code, rec.Body.String())
	}
}
