package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"text/tabwriter"
	"time"
)

// A load run measures a live server the way the README reports it: each
// scenario is driven by -c concurrent clients for -d, and /healthz is
// measured in the same run, so the ratio of a view to /healthz says what
// the view costs on this machine, whatever else the machine is doing.
//
// Scenario URLs are templates: {region} is a region with figures, {scope}
// a region with regions below it, {year} a year with figures and
// {indicator} a headline indicator, drawn at random per request, so a run
// measures a mix of cached and uncached pages, not one page from cache.
var loadScenarios = []struct{ name, path string }{
	{"healthz", "/healthz"},
	{"overview", "/?region={region}&year={year}"},
	{"indicator", "/indicators/{indicator}?region={region}"},
	{"indicator-across", "/indicators/{indicator}?year={year}&level=county"},
	{"compare", "/compare?scope={scope}&year={year}"},
	{"export", "/export/figures.csv?region={region}"},
	{"api", "/api/figures?region={region}&per_page=1000"},
}

func runLoad(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("load", flag.ContinueOnError)
	fl.SetOutput(stderr)
	base := fl.String("url", "http://127.0.0.1:8080", "server to measure")
	clients := fl.Int("c", 50, "concurrent clients")
	dur := fl.Duration("d", 10*time.Second, "duration of each scenario")
	only := fl.String("only", "", "comma-separated scenario names (default: all)")
	seed := fl.Uint64("seed", 1, "seed for the random choice of regions and years")
	hot := fl.Int("hot", 0, "draw from only this many regions (and scopes) and the 3 latest years: a working set the page cache holds (0: everything, mostly uncached)")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if *clients < 1 || *dur <= 0 {
		return errors.New("load: -c and -d must be positive")
	}
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: *clients}}
	vars, err := askVars(ctx, client, *base)
	if err != nil {
		return err
	}
	if *hot > 0 {
		vars.regions = vars.regions[:min(*hot, len(vars.regions))]
		vars.scopes = vars.scopes[:min(*hot, len(vars.scopes))]
		vars.years = vars.years[:min(3, len(vars.years))]
	}
	fmt.Fprintf(stdout, "%s: %d regions, %d scopes, years %d–%d; %d clients, %s per scenario\n\n",
		*base, len(vars.regions), len(vars.scopes), vars.years[len(vars.years)-1], vars.years[0], *clients, *dur)
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "scenario\trequests\terrors\treq/s\tp50 ms\tp90 ms\tp99 ms\tmax ms\tMB/s\tp99 ÷ healthz\treq/s ÷ healthz\t")
	var health loadResult
	for i, sc := range loadScenarios {
		if *only != "" && sc.name != "healthz" && !slices.Contains(strings.Split(*only, ","), sc.name) {
			continue
		}
		rng := rand.New(rand.NewPCG(*seed, uint64(i)))
		r := drive(ctx, client, *base, sc.path, vars, rng, *clients, *dur)
		if sc.name == "healthz" {
			health = r
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.0f\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%.3f\t\n", sc.name, r.n, r.errors, r.rps(),
			ms(r.q(0.5)), ms(r.q(0.9)), ms(r.q(0.99)), ms(r.q(1)), r.mbps(),
			float64(r.q(0.99))/float64(max(health.q(0.99), 1)), r.rps()/max(health.rps(), 1e-9))
		if ctx.Err() != nil {
			break
		}
	}
	return tw.Flush()
}

type loadVars struct {
	regions, scopes, indicators []string
	years                       []int
}

func (v loadVars) fill(tmpl string, rng *rand.Rand) string {
	pick := func(s []string) string { return url.QueryEscape(s[rng.IntN(len(s))]) }
	r := strings.NewReplacer("{region}", pick(v.regions), "{scope}", pick(v.scopes), "{indicator}", pick(v.indicators),
		"{year}", fmt.Sprint(v.years[rng.IntN(len(v.years))]))
	return r.Replace(tmpl)
}

// askVars asks the server what it holds, through its public API.
func askVars(ctx context.Context, client *http.Client, base string) (loadVars, error) {
	var v loadVars
	var regions struct {
		Regions []struct {
			Code    string `json:"code"`
			Parent  string `json:"parent_code"`
			Figures int    `json:"figures"`
		} `json:"regions"`
	}
	if err := getJSON(ctx, client, base+"/api/regions", &regions); err != nil {
		return v, err
	}
	parents := map[string]bool{}
	for _, r := range regions.Regions {
		if r.Figures > 0 {
			v.regions = append(v.regions, r.Code)
			parents[r.Parent] = true
		}
	}
	for p := range parents {
		if p != "" {
			v.scopes = append(v.scopes, p)
		}
	}
	slices.Sort(v.scopes)
	var inds struct {
		Indicators []struct {
			Key      string `json:"key"`
			Headline bool   `json:"headline"`
			Figures  int    `json:"figures"`
		} `json:"indicators"`
	}
	if err := getJSON(ctx, client, base+"/api/indicators", &inds); err != nil {
		return v, err
	}
	for _, in := range inds.Indicators {
		if in.Headline && in.Figures > 0 {
			v.indicators = append(v.indicators, in.Key)
		}
	}
	var years struct {
		Years []int `json:"years"`
	}
	if err := getJSON(ctx, client, base+"/api/years", &years); err != nil {
		return v, err
	}
	v.years = years.Years
	if len(v.regions) == 0 || len(v.scopes) == 0 || len(v.indicators) == 0 || len(v.years) == 0 {
		return v, fmt.Errorf("load: %s holds no figures to measure (run 'server gen' and serve its database)", base)
	}
	return v, nil
}

func getJSON(ctx context.Context, client *http.Client, u string, into any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	resp, err := client.Do(req)
	if err != nil {
		return fmt.Errorf("load: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("load: %s: %s", u, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(into)
}

type loadResult struct {
	n, errors int
	bytes     int64
	elapsed   time.Duration
	lat       []time.Duration // sorted
}

func (r loadResult) rps() float64  { return float64(r.n) / r.elapsed.Seconds() }
func (r loadResult) mbps() float64 { return float64(r.bytes) / 1e6 / r.elapsed.Seconds() }

func (r loadResult) q(p float64) time.Duration {
	if len(r.lat) == 0 {
		return 0
	}
	i := int(p*float64(len(r.lat))+0.5) - 1
	return r.lat[min(max(i, 0), len(r.lat)-1)]
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// drive runs clients in a closed loop for d: each sends its next request
// when the last one's body is read, as a browser tab would.
func drive(ctx context.Context, client *http.Client, base, tmpl string, vars loadVars, rng *rand.Rand, clients int, d time.Duration) loadResult {
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	var mu sync.Mutex
	var res loadResult
	// Each client has its own generator (rand.Rand is not safe to share).
	seeds := make([]uint64, clients)
	for i := range seeds {
		seeds[i] = rng.Uint64()
	}
	start := time.Now()
	var wg sync.WaitGroup
	for i := range clients {
		wg.Go(func() {
			r := rand.New(rand.NewPCG(seeds[i], 7))
			var lat []time.Duration
			var n, errs int
			var bytes int64
			for ctx.Err() == nil {
				t0 := time.Now()
				b, err := fetch(ctx, client, base+vars.fill(tmpl, r))
				if ctx.Err() != nil {
					break // cut off by the end of the run: not a measurement
				}
				lat = append(lat, time.Since(t0))
				n++
				bytes += b
				if err != nil {
					errs++
				}
			}
			mu.Lock()
			res.n += n
			res.errors += errs
			res.bytes += bytes
			res.lat = append(res.lat, lat...)
			mu.Unlock()
		})
	}
	wg.Wait()
	res.elapsed = time.Since(start)
	slices.Sort(res.lat)
	return res
}

func fetch(ctx context.Context, client *http.Client, u string) (int64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return 0, err
	}
	req.Header.Set("Accept-Encoding", "gzip")
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	n, err := io.Copy(io.Discard, resp.Body)
	if err == nil && resp.StatusCode != http.StatusOK {
		err = fmt.Errorf("%s: %s", u, resp.Status)
	}
	return n, err
}
