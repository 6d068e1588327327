package db

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"time"

	"github.com/mubiao/mubiao/internal/targets"
)

// GenOptions sizes a synthetic dataset (see Generate).
type GenOptions struct {
	Years    int    // report years per region
	LastYear int    // the latest report year
	Seed     uint64 // the same seed gives the same database
	// Prefectures limits the dataset to the first N prefectures with their
	// counties (0: all of them); tests use a handful.
	Prefectures int
	// Progress, when set, is called after each committed batch.
	Progress func(done, total int)
}

// GenResult counts what Generate wrote.
type GenResult struct {
	Regions, Documents, Figures int
}

// ErrNotEmpty refuses to mix synthetic figures into a database holding
// real documents.
var ErrNotEmpty = errors.New("the database already holds documents")

// genVersion marks generated rows, so nobody mistakes them for extracted
// ones: figures carry it as their extractor version.
const genVersion = "synthetic"

// Generate fills an empty database with synthetic but realistic work
// reports: every prefecture and county-level unit in the division list,
// one report a year, each reviewing last year's headline indicators with
// results and setting this year's targets. Values follow each region's own
// random walk around the national trend, so targets are met and missed in
// believable proportions; every figure's quote is a clause of its report's
// text at the offsets stored, as with real documents. It is the data the
// performance numbers in the README are measured on.
func (d *DB) Generate(ctx context.Context, o GenOptions) (GenResult, error) {
	var res GenResult
	if n, err := d.CountDocuments(ctx); err != nil {
		return res, err
	} else if n > 0 {
		return res, fmt.Errorf("%w (%d); generate into a new file", ErrNotEmpty, n)
	}
	if o.Years <= 0 || o.Years > 60 || o.LastYear < 1950 || o.LastYear > 2200 {
		return res, fmt.Errorf("years %d up to %d: out of range", o.Years, o.LastYear)
	}
	if err := d.SyncIndicators(ctx); err != nil {
		return res, err
	}
	units := genUnits(o.Prefectures)
	ids, err := d.genRegions(ctx, units)
	if err != nil {
		return res, err
	}
	res.Regions = len(ids)
	rng := rand.New(rand.NewPCG(o.Seed, 0x6d756269616f))
	ingested := time.Now().UTC().Format(time.RFC3339)
	conn, reset, err := d.bulkConn(ctx)
	if err != nil {
		return res, err
	}
	defer conn.Close()
	defer reset()
	if err := deferDDL(ctx, conn, genDeferred); err != nil {
		return res, err
	}
	const batch = 40 // regions per transaction: big enough to amortise the commit
	for i := 0; i < len(units); i += batch {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		end := min(i+batch, len(units))
		docs, figs, err := genBatch(ctx, conn, units[i:end], ids, o, rng, ingested)
		if err != nil {
			return res, err
		}
		res.Documents += docs
		res.Figures += figs
		if o.Progress != nil {
			o.Progress(end, len(units))
		}
	}
	if err := restoreDeferred(ctx, conn); err != nil {
		return res, err
	}
	// Fresh statistics let the planner pick the indexes on a big table.
	if _, err := d.sql.ExecContext(ctx, "ANALYZE"); err != nil {
		return res, err
	}
	return res, nil
}

// genDeferred are the indexes and per-row triggers gen sets aside while
// it writes and builds once at its end (see deferDDL): the figure indexes
// no write of gen reads (the cells' refresh reads figures_live_region and
// documents_region, which stay), the cells' second index, and the
// figures' generation and finite-value triggers (each document still
// bumps the generation; gen checks its values itself). Kept row by row
// they cost more than the rows; built once at the end they are a sort.
var genDeferred = []string{"figures_series", "figures_year", "figures_document", "figures_review", "figures_live_indicator", "figures_live_region_id",
	"cells_indicator", "figures_gen_insert", "figures_finite_insert"}

// genUnits lists the prefectures and county-level units to generate, each
// prefecture before its counties, in code order.
func genUnits(prefectures int) []targets.Region {
	g := targets.Regions()
	var prefs []targets.Region
	kids := map[string][]targets.Region{}
	for _, r := range g.All() {
		switch r.Level {
		case targets.LevelPrefecture:
			prefs = append(prefs, r)
		case targets.LevelCounty:
			kids[r.ParentCode] = append(kids[r.ParentCode], r)
		}
	}
	sort.Slice(prefs, func(i, j int) bool { return prefs[i].Code < prefs[j].Code })
	if prefectures > 0 && prefectures < len(prefs) {
		prefs = prefs[:prefectures]
	}
	var out []targets.Region
	for _, p := range prefs {
		out = append(out, p)
		ks := kids[p.Code]
		sort.Slice(ks, func(i, j int) bool { return ks[i].Code < ks[j].Code })
		out = append(out, ks...)
	}
	return out
}

// genRegions inserts the units with their ancestors and returns their ids.
func (d *DB) genRegions(ctx context.Context, units []targets.Region) (map[string]int64, error) {
	tx, err := d.sql.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	ids := map[string]int64{}
	for _, u := range units {
		id, err := ensureRegionRow(ctx, tx, u)
		if err != nil {
			return nil, err
		}
		ids[u.Code] = id
	}
	return ids, tx.Commit()
}

func genBatch(ctx context.Context, conn *sql.Conn, units []targets.Region, ids map[string]int64, o GenOptions, rng *rand.Rand, at string) (docs, figs int, err error) {
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return 0, 0, err
	}
	defer tx.Rollback()
	docStmt, err := tx.PrepareContext(ctx, `INSERT INTO documents(sha256, title, region_id, report_year, source, encoding, text, extractor_version, ingested_at)
		VALUES (?, ?, ?, ?, ?, 'utf-8', ?, ?, ?)`)
	if err != nil {
		return 0, 0, err
	}
	defer docStmt.Close()
	// A report's figures go in one statement of as many rows: the cost of
	// an insert in database/sql and the driver is mostly per statement
	// (binding, stepping, resetting), not per row.
	figStmts := map[int]*sql.Stmt{}
	defer func() {
		for _, st := range figStmts {
			st.Close()
		}
	}()
	figStmt := func(rows int) (*sql.Stmt, error) {
		if st := figStmts[rows]; st != nil {
			return st, nil
		}
		q := `INSERT INTO figures(document_id, region_id, year, kind, indicator, value, unit, cmp,
		preliminary, quote, start_byte, end_byte, confidence, extractor_version, extracted_indicator) VALUES ` +
			strings.TrimSuffix(strings.Repeat("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?),", rows), ",")
		st, err := tx.PrepareContext(ctx, q)
		if err != nil {
			return nil, err
		}
		figStmts[rows] = st
		return st, nil
	}
	var args []any
	var firstDoc int64 // the batch's first document: it and the rest are indexed at the end
	t := touched{}     // and the cells of its region-years judged
	for _, u := range units {
		w := newWalk(rng, u.Level)
		first := o.LastYear - o.Years + 1
		w.advance(first - 1) // the year before the first report: its results open the first one
		for y := first; y <= o.LastYear; y++ {
			rep := w.report(y)
			text, placed := rep.write(u.Name, y)
			sum := sha256.Sum256([]byte(fmt.Sprintf("gen %d %s %d", o.Seed, u.Code, y)))
			r, err := docStmt.ExecContext(ctx, hex.EncodeToString(sum[:]), fmt.Sprintf("%s%d年政府工作报告（合成数据）", u.Name, y),
				ids[u.Code], y, fmt.Sprintf("synthetic:seed=%d", o.Seed), text, genVersion, at)
			if err != nil {
				return 0, 0, fmt.Errorf("generate %s %d: %w", u.Name, y, err)
			}
			docID, err := r.LastInsertId()
			if err != nil {
				return 0, 0, err
			}
			if firstDoc == 0 {
				firstDoc = docID
			}
			t.addDocument(ids[u.Code], y)
			args = args[:0]
			for _, f := range placed {
				// The finite-value trigger is set aside while gen writes.
				if math.IsInf(f.Value, 0) || math.IsNaN(f.Value) {
					return 0, 0, fmt.Errorf("generate %s %d: %s is not a finite number", u.Name, y, f.Indicator)
				}
				t.add(ids[u.Code], f.Year)
				args = append(args, docID, ids[u.Code], f.Year, string(f.Kind), f.Indicator, f.Value, f.Unit, string(f.Cmp),
					f.Preliminary, f.Quote, f.Start, f.End, genVersion, f.Indicator)
			}
			if len(placed) > 0 {
				st, err := figStmt(len(placed))
				if err != nil {
					return 0, 0, err
				}
				if _, err := st.ExecContext(ctx, args...); err != nil {
					return 0, 0, fmt.Errorf("generate %s %d: %w", u.Name, y, err)
				}
			}
			docs++
			figs += len(placed)
		}
	}
	if err := refreshCells(ctx, tx, t); err != nil {
		return 0, 0, err
	}
	if firstDoc != 0 {
		if err := indexDocuments(ctx, tx, firstDoc); err != nil {
			return 0, 0, err
		}
	}
	return docs, figs, tx.Commit()
}

// trend is the national growth of GDP by year, roughly as it was: the
// walk of each region moves around it.
func trend(year int) float64 {
	switch {
	case year <= 2007:
		return 12.5
	case year <= 2011:
		return 10
	case year <= 2014:
		return 8
	case year <= 2019:
		return 6.8
	case year == 2020:
		return 2.5
	case year == 2021:
		return 8
	default:
		return 5.2
	}
}

// walk is one region's economy: levels that grow year on year, and the
// growth rates that drive them, each with its own persistent offset.
type walk struct {
	rng    *rand.Rand
	bias   float64 // how far this region runs above the national trend
	gdp    float64 // 亿元
	budget float64 // 亿元
	local  float64 // 亿元
	rates  map[string]float64
	air    float64 // 优良率 %
	// last year's results, what this year's report reviews
	last map[string]float64
}

func newWalk(rng *rand.Rand, level targets.Level) *walk {
	scale := 1.0
	if level == targets.LevelPrefecture {
		scale = 8
	}
	gdp := scale * math.Exp(3.5+rng.NormFloat64()*0.9) // a county's GDP in 亿元: tens to hundreds
	return &walk{rng: rng, bias: rng.NormFloat64() * 1.2, gdp: gdp, budget: gdp * (0.05 + rng.Float64()*0.05),
		air: 70 + rng.Float64()*25, rates: map[string]float64{}, last: map[string]float64{}}
}

// growth draws a growth rate for a year around the trend plus an offset.
func (w *walk) growth(year int, offset, spread float64) float64 {
	return round1(trend(year) + w.bias + offset + w.rng.NormFloat64()*spread)
}

// advance moves the walk to the end of year y and records its results.
func (w *walk) advance(y int) {
	g := w.growth(y, 0, 0.9)
	w.gdp = round1(w.gdp * (1 + g/100))
	rb := w.growth(y, 0.5, 2.5)
	w.budget = round2(w.budget * (1 + rb/100))
	w.local = round2(w.budget * 0.62)
	inc := round1(max(2, trend(y)+1.2+w.rng.NormFloat64()*0.8))
	w.air = math.Min(99.5, math.Max(55, w.air+w.rng.NormFloat64()*3+0.6))
	w.last = map[string]float64{
		"gdp_growth": g, "gdp": w.gdp,
		"industry_va_growth":             w.growth(y, 1.2, 1.8),
		"fai_growth":                     w.growth(y, 3.5, 4),
		"retail_sales_growth":            w.growth(y, 2.4, 1.5),
		"budget_revenue_growth":          rb,
		"budget_revenue":                 w.budget,
		"local_budget_revenue_growth":    round1(rb + w.rng.NormFloat64()),
		"local_budget_revenue":           w.local,
		"disposable_income_growth":       inc,
		"urban_disposable_income_growth": round1(inc - 0.6 + w.rng.NormFloat64()*0.3),
		"rural_disposable_income_growth": round1(inc + 0.8 + w.rng.NormFloat64()*0.3),
		"cpi":                            round1(1.2 + w.rng.Float64()*2.2),
		"surveyed_unemployment":          round1(4.2 + w.rng.Float64()*1.3),
		"air_quality_rate":               round1(w.air),
		"air_quality_days":               math.Round(w.air * 3.65),
	}
}

// genFigure is a figure before it has a place in the text.
type genFigure struct {
	key    string
	value  float64
	cmp    targets.Comparator
	prelim bool
}

// genReport is one year's report: last year's results, this year's targets.
type genReport struct {
	results []genFigure
	plans   []genFigure
}

// report writes the report of year y: it reviews y-1 and plans y. Targets
// are set from last year's results and the trend, rounded the way reports
// round them (to half a point), with the wording reports use.
func (w *walk) report(y int) genReport {
	var rep genReport
	for _, k := range targets.HeadlineKeys() {
		rep.results = append(rep.results, genFigure{key: k, value: w.last[k], cmp: targets.Exactly, prelim: k == "gdp" || k == "gdp_growth"})
	}
	prev := w.last
	planned := func(k string, v float64, c targets.Comparator) {
		rep.plans = append(rep.plans, genFigure{key: k, value: v, cmp: c})
	}
	about := func() targets.Comparator {
		if w.rng.IntN(3) == 0 {
			return targets.AtLeast
		}
		return targets.About
	}
	half := func(v float64) float64 { return math.Round(v*2) / 2 }
	g := half(trend(y) + w.bias*0.6 + 0.5)
	planned("gdp_growth", g, about())
	planned("gdp", round1(prev["gdp"]*(1+g/100)), targets.About)
	planned("industry_va_growth", half(g+1), about())
	planned("fai_growth", half(g+4), about())
	planned("retail_sales_growth", half(g+2), about())
	planned("budget_revenue_growth", half(g), targets.AtLeast)
	planned("budget_revenue", round2(prev["budget_revenue"]*(1+g/100)), targets.AtLeast)
	planned("local_budget_revenue_growth", half(g), targets.AtLeast)
	planned("local_budget_revenue", round2(prev["local_budget_revenue"]*(1+g/100)), targets.AtLeast)
	planned("disposable_income_growth", half(g+0.5), targets.About)
	planned("urban_disposable_income_growth", half(g), targets.About)
	planned("rural_disposable_income_growth", half(g+1), targets.About)
	planned("cpi", 3, targets.About)
	planned("surveyed_unemployment", 5.5, targets.AtMost)
	planned("air_quality_rate", half(math.Max(prev["air_quality_rate"], 75)), targets.AtLeast)
	planned("air_quality_days", math.Round(math.Max(prev["air_quality_days"], 275)), targets.AtLeast)
	w.advance(y)
	return rep
}

// write renders the report as text and places each figure at its clause.
func (rep genReport) write(region string, y int) (string, []targets.Figure) {
	var b strings.Builder
	var out []targets.Figure
	fmt.Fprintf(&b, "%s%d年政府工作报告\n（Mubiao 合成数据：由 server gen 生成，仅用于性能测量，并非真实报告。）\n\n", region, y)
	fmt.Fprintf(&b, "一、%d年工作回顾\n\n%d年，", y-1, y-1)
	place := func(f genFigure, year int, kind targets.Kind, sep string) {
		in, _ := targets.LookupIndicator(f.key)
		clause := genClause(in, f, kind)
		start := b.Len()
		b.WriteString(clause)
		out = append(out, targets.Figure{Region: region, Year: year, Kind: kind, Indicator: f.key, Value: f.value, Unit: in.Unit,
			Cmp: f.cmp, Preliminary: f.prelim, Quote: clause, Start: start, End: b.Len(), Confidence: 1})
		b.WriteString(sep)
	}
	for i, f := range rep.results {
		sep := "；"
		if i == len(rep.results)-1 {
			sep = "。\n\n"
		}
		place(f, y-1, targets.Reported, sep)
	}
	fmt.Fprintf(&b, "二、%d年主要预期目标\n\n", y)
	for i, f := range rep.plans {
		sep := "；"
		if i == len(rep.plans)-1 {
			sep = "。\n"
		}
		place(f, y, targets.Planned, sep)
	}
	return b.String(), out
}

// genClause words one figure: 地区生产总值增长7.4%（预计）, 8%左右, 控制在5.5%以内.
func genClause(in targets.Indicator, f genFigure, kind targets.Kind) string {
	name := in.Zh
	v := targets.FormatNumber(f.value) + in.Unit
	if kind == targets.Reported {
		s := name
		switch {
		case strings.HasSuffix(name, "增长"):
			s += v
		case !in.HigherIsBetter:
			s += "为" + v
		default:
			s += "达到" + v
		}
		if f.prelim {
			s += "（预计）"
		}
		return s
	}
	worded := targets.WordedTarget(f.value, in.Unit, f.cmp)
	if !in.HigherIsBetter {
		return name + "控制在" + worded
	}
	if strings.HasSuffix(name, "增长") {
		return name + worded
	}
	return name + "达到" + worded
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }
func round2(v float64) float64 { return math.Round(v*100) / 100 }
