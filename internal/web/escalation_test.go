package web

import (
	"context"
	"encoding/csv"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/mubiao/mubiao/internal/db"
	"github.com/mubiao/mubiao/internal/targets"
)

var (
	genOnce sync.Once
	genDB   *db.DB
	genErr  error
)

// genStore is a generated province (河北省's first prefecture and its
// counties, two report years): its compare has more escalation rows than
// the page shows. Shared by the tests that only read it.
func genStore(t testing.TB) *db.DB {
	t.Helper()
	genOnce.Do(func() {
		ctx := context.Background()
		dir, err := os.MkdirTemp("", "mubiao-web-gen")
		if err != nil {
			genErr = err
			return
		}
		genDB, genErr = db.Open(ctx, filepath.Join(dir, "gen.db"))
		if genErr == nil {
			_, genErr = genDB.Generate(ctx, db.GenOptions{Years: 2, LastYear: 2024, Seed: 5, Prefectures: 1})
		}
	})
	if genErr != nil {
		t.Fatal(genErr)
	}
	return genDB
}

const genCompare = "/compare?scope=13&year=2023"

// escalationRaise is how far a shown row goes beyond the target above in
// its indicator's direction, read back from the page's words.
func escalationRaise(t *testing.T, tr *goquery.Selection) float64 {
	t.Helper()
	id, _ := tr.Attr("data-testid")
	key := id[strings.LastIndexByte(id, '-')+1:]
	raw := text(tr.Find(`td[data-label]`).Last())
	num := strings.NewReplacer("−", "-", "+", "", "个百分点", "", "pp", "", "▲", "", " ", "").Replace(raw)
	d, err := strconv.ParseFloat(num, 64)
	if err != nil {
		t.Fatalf("%s: raise %q: %v", id, raw, err)
	}
	if in, _ := targets.LookupIndicator(key); !in.HigherIsBetter {
		d = -d
	}
	return d
}

func TestEscalationShowsTheFirstRowsOfItsOrder(t *testing.T) {
	s := genStore(t)
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			suffix := ""
			if lang == "en" {
				suffix = "&lang=en"
			}
			all := mustOK(t, s, genCompare+"&esc=all"+suffix)
			every := rowIDs(all, "escalation")
			if len(every) <= escalationShown {
				t.Fatalf("the fixture has %d escalation rows, want more than %d", len(every), escalationShown)
			}
			doc := mustOK(t, s, genCompare+suffix)
			shown := rowIDs(doc, "escalation")
			sameOrder(t, "default rows", shown, every[:escalationShown]...)

			// The largest raise first: non-increasing down the table.
			prev := 1e9
			all.Find(`[data-testid="escalation"] tbody tr`).Each(func(i int, tr *goquery.Selection) {
				r := escalationRaise(t, tr)
				if r > prev+1e-9 {
					t.Errorf("row %d raises %g after %g: not the largest raise first", i, r, prev)
				}
				prev = r
			})
			if doc.Find(`[data-testid="escalation"] [data-testid="raised"]`).Length() == 0 {
				t.Error("no raised row among the first shown")
			}

			more := doc.Find(`[data-testid="escalation-more"]`)
			total := strconv.Itoa(len(every))
			if len(every) >= 1000 {
				total = total[:len(total)-3] + "," + total[len(total)-3:]
			}
			want := "显示前 100 行,共 " + total + " 行"
			if lang == "en" {
				want = "First 100 of " + total + " rows"
			}
			if got := text(more); !strings.HasPrefix(got, want) {
				t.Errorf("count line %q, want it to start %q", got, want)
			}
			href, _ := more.Find(`[data-testid="escalation-all"]`).Attr("href")
			u, err := url.Parse(href)
			if err != nil || u.Path != "/compare" || u.Fragment != "escalation-table" || u.Query().Get("esc") != "all" ||
				u.Query().Get("scope") != "13" || u.Query().Get("year") != "2023" || (lang == "en") != (u.Query().Get("lang") == "en") {
				t.Errorf("show all = %q, want the same query with esc=all, anchored to the table", href)
			}
			dl, _ := more.Find(`[data-testid="escalation-download"]`).Attr("href")
			if csvHref, _ := doc.Find(`[data-testid="export-escalation-csv"]`).Attr("href"); dl != csvHref || !strings.HasPrefix(dl, "/export/escalation.csv?within=13&year=2023") {
				t.Errorf("download all = %q, export button = %q", dl, csvHref)
			}
			// All shown: the count, and the way back to the first rows.
			back := all.Find(`[data-testid="escalation-more"] [data-testid="escalation-fewer"]`)
			if h, _ := back.Attr("href"); back.Length() != 1 || strings.Contains(h, "esc=") || !strings.HasSuffix(h, "#escalation-table") {
				t.Errorf("show fewer = %q", h)
			}
			// Every row keeps its link to the sentence.
			if n := doc.Find(`[data-testid="escalation"] tbody tr [data-testid="own"][href*="#fig-"]`).Length(); n != escalationShown {
				t.Errorf("%d of %d rows link their own target to its sentence", n, escalationShown)
			}
		})
	}
}

// Where lower is better, a lower target is the raise: 醴陵市's 4.5%
// unemployment under 株洲市's 5.5% is the largest raise, 攸县's 6% a cut.
func TestEscalationRaiseFollowsTheIndicatorsDirection(t *testing.T) {
	s := fixtureStore(t, map[string]map[int]fixtureYear{
		"株洲市": {2021: {gdpTarget: 7.5, unempTarget: 5.5}},
		"醴陵市": {2021: {gdpTarget: 8, unempTarget: 4.5}},
		"攸县":  {2021: {gdpTarget: 7, unempTarget: 6}},
	})
	doc := mustOK(t, s, "/compare?scope=4302&year=2021")
	sameOrder(t, "largest raise first", rowIDs(doc, "escalation"), "escalation-430281-surveyed_unemployment",
		"escalation-430281-gdp_growth", "escalation-430223-gdp_growth", "escalation-430223-surveyed_unemployment")
	if got := text(doc.Find(`[data-testid="escalation-430281-surveyed_unemployment"] [data-testid="raised"]`)); !strings.HasPrefix(got, "−1个百分点") {
		t.Errorf("醴陵市's unemployment raise = %q, want −1个百分点 marked raised", got)
	}
	if doc.Find(`[data-testid="escalation-430223-surveyed_unemployment"] [data-testid="raised"]`).Length() != 0 {
		t.Error("攸县's higher unemployment target is marked raised")
	}
	sameOrder(t, "smallest raise first", rowIDs(mustOK(t, s, "/compare?scope=4302&year=2021&sort=raise"), "escalation"),
		"escalation-430223-gdp_growth", "escalation-430223-surveyed_unemployment", "escalation-430281-gdp_growth", "escalation-430281-surveyed_unemployment")
}

func TestEscalationSortAppliesBeforeTheCut(t *testing.T) {
	s := genStore(t)
	every := rowIDs(mustOK(t, s, genCompare+"&esc=all&sort=region"), "escalation")
	doc := mustOK(t, s, genCompare+"&sort=region")
	shown := rowIDs(doc, "escalation")
	sameOrder(t, "by region", shown, every[:escalationShown]...)
	codes := make([]string, len(every))
	for i, id := range every {
		codes[i] = strings.Split(strings.TrimPrefix(id, "escalation-"), "-")[0]
	}
	if !sort.StringsAreSorted(codes) {
		t.Errorf("sort=region: regions %v not in code order", codes[:10])
	}
	// The smallest own target first, then the largest: different rows.
	asc := rowIDs(mustOK(t, s, genCompare+"&sort=own"), "escalation")
	desc := rowIDs(mustOK(t, s, genCompare+"&sort=own&desc=1"), "escalation")
	if len(asc) != escalationShown || asc[0] == desc[0] {
		t.Errorf("sort=own: %d rows, first %s either way", len(asc), asc[0])
	}
	// The page's order goes to the download; a matrix column leaves the
	// escalation in its own order (and out of the download's link).
	if h, _ := doc.Find(`[data-testid="escalation-download"]`).Attr("href"); !strings.Contains(h, "sort=region") {
		t.Errorf("download %q drops the order", h)
	}
	byGDP := mustOK(t, s, genCompare+"&sort=gdp_growth&desc=1")
	sameOrder(t, "escalation on a matrix sort", rowIDs(byGDP, "escalation"), rowIDs(mustOK(t, s, genCompare), "escalation")...)
	if h, _ := byGDP.Find(`[data-testid="escalation-download"]`).Attr("href"); strings.Contains(h, "sort=") {
		t.Errorf("download %q carries the matrix's order", h)
	}
	if rec, _ := do(t, s, genCompare+"&esc=some"); rec.Code != http.StatusBadRequest {
		t.Errorf("esc=some = %d, want 400", rec.Code)
	}
}

func TestEscalationExportHasEveryRow(t *testing.T) {
	s := genStore(t)
	every := rowIDs(mustOK(t, s, genCompare+"&esc=all"), "escalation")
	for _, ext := range []string{"csv", "xlsx"} {
		rec := fetch(NewServer(s, quietLog(), Config{}), "/export/escalation."+ext+"?within=13&year=2023", "")
		if rec.Code != http.StatusOK || !strings.Contains(rec.Header().Get("Content-Disposition"), "escalation."+ext) {
			t.Fatalf("%s: %d %q", ext, rec.Code, rec.Header().Get("Content-Disposition"))
		}
		if ext == "xlsx" {
			continue
		}
		rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(rec.Body.String(), "\ufeff"))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(rows)-1 != len(every) {
			t.Fatalf("CSV has %d rows, the page %d", len(rows)-1, len(every))
		}
		numeric := map[int]bool{3: true, 5: true, 8: true, 10: true}
		for i, r := range rows[1:] {
			if got := "escalation-" + r[2] + "-" + r[15]; got != every[i] {
				t.Errorf("row %d is %s, the page's %s", i+1, got, every[i])
			}
			for j, v := range r {
				if !numeric[j] && v != "" && strings.ContainsAny(v[:1], "=+-@\t\r\n") {
					t.Errorf("row %d column %s = %q: a spreadsheet would run it", i+1, rows[0][j], v)
				}
			}
			if !strings.Contains(r[13], "/documents/") || !strings.Contains(r[13], "#fig-") || !strings.Contains(r[14], "#fig-") {
				t.Errorf("row %d: sources %q %q", i+1, r[13], r[14])
			}
			if d, err := strconv.ParseFloat(r[10], 64); err != nil || (d > 0) != strings.HasPrefix(r[9], "'+") {
				t.Errorf("row %d: raise %q worded %q", i+1, r[10], r[9])
			}
		}
	}
	for path, want := range map[string]int{
		"/export/escalation.csv?year=2023":                 http.StatusBadRequest,
		"/export/escalation.csv?within=13&sort=gdp_growth": http.StatusBadRequest,
		"/export/escalation.csv?within=nowhere":            http.StatusNotFound,
	} {
		if rec := fetch(NewServer(s, quietLog(), Config{}), path, ""); rec.Code != want {
			t.Errorf("%s = %d, want %d", path, rec.Code, want)
		}
	}
}

// A compare whose escalation fits the page shows it whole, no count line.
func TestEscalationUnderTheCutIsWhole(t *testing.T) {
	doc := mustOK(t, seededStore(t), "/compare?scope=43&year=2021")
	if n := len(rowIDs(doc, "escalation")); n == 0 || n > escalationShown {
		t.Fatalf("seed escalation has %d rows", n)
	}
	if doc.Find(`[data-testid="escalation-more"]`).Length() != 0 {
		t.Error("a count line under a table shown whole")
	}
	if doc.Find(`[data-testid="export-escalation-csv"]`).Length() != 1 {
		t.Error("no download of the escalation")
	}
}
