package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
)

// webUser is a browser logged in to a live server: cookies, and the
// session's CSRF token for its forms.
type webUser struct {
	t    testing.TB
	base string
	hc   *http.Client
	csrf string
}

func loginAs(t testing.TB, base, name, password string) *webUser {
	t.Helper()
	jar, _ := cookiejar.New(nil)
	u := &webUser{t: t, base: base, hc: &http.Client{Jar: jar, Timeout: time.Minute,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
	doc := u.page("/login")
	token, _ := doc.Find(`[data-testid="login-form"] input[name="csrf"]`).Attr("value")
	resp, err := u.post("/login", url.Values{"csrf": {token}, "name": {name}, "password": {password}})
	if err != nil || resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("login as %s: %v %v", name, err, resp)
	}
	resp.Body.Close()
	u.csrf, _ = u.page("/").Find(`form[action="/logout"] input[name="csrf"]`).Attr("value")
	if u.csrf == "" {
		t.Fatal("no CSRF token after logging in")
	}
	return u
}

func decodeJSON(t testing.TB, resp *http.Response, v any) {
	t.Helper()
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("%s: %d %v", resp.Request.URL, resp.StatusCode, err)
	}
}

func (u *webUser) page(path string) *goquery.Document {
	u.t.Helper()
	resp, err := u.hc.Get(u.base + path)
	if err != nil {
		u.t.Fatal(err)
	}
	defer resp.Body.Close()
	doc, err := goquery.NewDocumentFromReader(resp.Body)
	if err != nil {
		u.t.Fatal(err)
	}
	return doc
}

func (u *webUser) post(path string, form url.Values) (*http.Response, error) {
	req, _ := http.NewRequest(http.MethodPost, u.base+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", u.base)
	return u.hc.Do(req)
}

// upload previews a report and saves it as detected: two requests, the
// second a write transaction per document.
func (u *webUser) upload(name string, text []byte) error {
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	w.WriteField("csrf", u.csrf)
	fw, _ := w.CreateFormFile("files", name)
	fw.Write(text)
	w.Close()
	req, _ := http.NewRequest(http.MethodPost, u.base+"/upload", &body)
	req.Header.Set("Content-Type", w.FormDataContentType())
	req.Header.Set("Origin", u.base)
	resp, err := u.hc.Do(req)
	if err != nil {
		return err
	}
	doc, err := goquery.NewDocumentFromReader(resp.Body)
	resp.Body.Close()
	if err != nil || resp.StatusCode != http.StatusOK {
		return fmt.Errorf("preview of %s: %d %v", name, resp.StatusCode, err)
	}
	form := url.Values{"csrf": {u.csrf}}
	doc.Find(`input[name="token"], input[name="title"], input[name="region"], input[name="year"]`).Each(func(_ int, s *goquery.Selection) {
		n, _ := s.Attr("name")
		v, _ := s.Attr("value")
		form.Add(n, v)
	})
	if len(form["token"]) != 1 {
		return fmt.Errorf("preview of %s offers %d files to save: %s", name, len(form["token"]), doc.Find("main").Text())
	}
	resp, err = u.post("/upload/save", form)
	if err != nil {
		return err
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !bytes.Contains(b, []byte("upload-saved")) {
		return fmt.Errorf("save of %s: %d %.300s", name, resp.StatusCode, b)
	}
	return nil
}

// variant is a seed report made distinct (its own first line), so it is
// stored as a new document rather than found a duplicate.
func variant(t testing.TB, i int) []byte {
	t.Helper()
	seeds, _ := filepath.Glob(filepath.Join("..", "..", "seeds", "*.txt"))
	b, err := os.ReadFile(seeds[i%len(seeds)])
	if err != nil {
		t.Fatal(err)
	}
	return append([]byte("(并发写入测试副本 "+strconv.Itoa(i)+")\n"), b...)
}

// Two people saving at once must both succeed: uploaders, reviewers and
// a CLI ingest in another process write to one live server's database
// while readers browse, and not one request or document fails. Before
// write transactions began IMMEDIATE, a deferred transaction that found
// another writer ahead of it got "database is locked" at once.
func TestConcurrentWritersNeverFail(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a server and a child process")
	}
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "w.db")
	for _, name := range []string{"wang", "li"} {
		if err := run(context.Background(), []string{"user", "add", "-db", dbPath, name}, noEnv, strings.NewReader("correct horse battery\n"), io.Discard, io.Discard); err != nil {
			t.Fatal(err)
		}
	}
	base, _, stop := startServer(t, dbPath)
	defer stop()

	folder := filepath.Join(dir, "cli")
	os.Mkdir(folder, 0o755)
	const cliDocs, uploaders, perUploader, reviewers, perReviewer = 24, 3, 4, 3, 40
	for i := range cliDocs {
		os.WriteFile(filepath.Join(folder, fmt.Sprintf("r%02d.txt", i)), variant(t, 1000+i), 0o644)
	}
	var ids []int64
	resp, err := http.Get(base + "/api/figures?per_page=" + strconv.Itoa(reviewers*perReviewer))
	if err != nil {
		t.Fatal(err)
	}
	var api struct{ Figures []struct{ ID int64 } }
	decodeJSON(t, resp, &api)
	for _, f := range api.Figures {
		ids = append(ids, f.ID)
	}
	if len(ids) < reviewers*perReviewer {
		t.Fatalf("%d figures to review", len(ids))
	}

	var failures atomic.Int64
	var errs sync.Map
	fail := func(who string, err error) {
		failures.Add(1)
		errs.Store(who+": "+err.Error(), true)
	}
	var wg sync.WaitGroup
	done := make(chan struct{})
	// One session per person, shared by their goroutines (several tabs):
	// logins are rate-limited per client.
	up, rv := loginAs(t, base, "wang", "correct horse battery"), loginAs(t, base, "li", "correct horse battery")
	for i := range uploaders {
		u := up
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range perUploader {
				if err := u.upload(fmt.Sprintf("u%d-%d.txt", i, j), variant(t, i*perUploader+j)); err != nil {
					fail("upload", err)
				}
			}
		}()
	}
	for i := range reviewers {
		u := rv
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, id := range ids[i*perReviewer : (i+1)*perReviewer] {
				action := []string{"confirm", "reject"}[id%2]
				resp, err := u.post("/figures/"+strconv.FormatInt(id, 10)+"/review", url.Values{"csrf": {u.csrf}, "action": {action}})
				if err != nil {
					fail("review", err)
					continue
				}
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if resp.StatusCode != http.StatusSeeOther {
					fail("review", fmt.Errorf("%d %.200s", resp.StatusCode, b))
				}
			}
		}()
	}
	var reads atomic.Int64
	for range 4 {
		go func() {
			paths := []string{"/", "/review", "/documents", "/api/figures?per_page=50", "/regions/4302"}
			for i := 0; ; i++ {
				path := paths[i%len(paths)]
				select {
				case <-done:
					return
				default:
				}
				resp, err := http.Get(base + path)
				if err != nil {
					fail("read", err)
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				reads.Add(1)
				if resp.StatusCode != http.StatusOK {
					fail("read "+path, fmt.Errorf("%d", resp.StatusCode))
				}
			}
		}()
	}
	cli := serverProcess("ingest", "-db", dbPath, folder)
	out, err := cli.CombinedOutput()
	if err != nil {
		fail("cli ingest", fmt.Errorf("%v\n%s", err, out))
	}
	wg.Wait()
	close(done)
	if n := failures.Load(); n > 0 {
		var msgs []string
		errs.Range(func(k, _ any) bool { msgs = append(msgs, k.(string)); return len(msgs) < 10 })
		t.Fatalf("%d writes or reads failed, e.g.:\n%s", n, strings.Join(msgs, "\n"))
	}
	if !strings.Contains(string(out), strconv.Itoa(cliDocs)+" ingested") {
		t.Errorf("cli ingest: %s", out)
	}
	var docs struct{ Total int }
	resp, err = http.Get(base + "/api/figures?per_page=1")
	if err != nil {
		t.Fatal(err)
	}
	decodeJSON(t, resp, &docs)
	t.Logf("%d uploads, %d reviews, %d CLI documents, %d reads; %d figures now", uploaders*perUploader, reviewers*perReviewer, cliDocs, reads.Load(), docs.Total)
}
