// Package static holds the files the browser loads, embedded in the binary
// so the dashboard and its embeds work on intranets with no internet.
// The echarts build (made by echarts-build/build.sh, only the parts
// Mubiao draws with) is kept only compressed, as .br and .gz; the server
// sends whichever the client accepts and inflates the .gz for the rest.
//
// Pages link every asset by Path, whose URL carries a hash of the
// content: a changed file gets a new URL, so each URL can be cached for
// a year without ever serving a stale file.
package static

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"path"
	"strings"
	"sync"
)

// FS holds css/, js/, vendor/ and the favicon.
//
//go:embed css js vendor favicon.svg
var FS embed.FS

// Echarts is the name of the self-hosted echarts build (5.6 from the npm
// registry, see echarts-build/), for Path; EchartsMap is the same with
// the map series, which only the map's pages load (the map code is about
// 11 KB of every chart page otherwise).
const (
	Echarts    = "vendor/echarts-mubiao-5.6.0.min.js"
	EchartsMap = "vendor/echarts-mubiao-map-5.6.0.min.js"
)

// Asset is one embedded file under its logical name (css/app.css), with
// the forms it is stored in.
type Asset struct {
	Name string
	Hash string // of the stored bytes, hex, 10 digits
	// Plain is the file as stored uncompressed, nil when it is kept only
	// compressed; Gzip and Brotli are its precompressed forms, if any.
	Plain, Gzip, Brotli []byte
}

var (
	once   sync.Once
	assets map[string]*Asset
)

// load indexes the embedded files once, on first use (not at package
// load: a command that serves no page never pays for hashing them).
func load() {
	assets = map[string]*Asset{}
	_ = fs.WalkDir(FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := FS.ReadFile(p)
		if err != nil {
			return err
		}
		var form *[]byte
		a := func(n string) *Asset {
			if assets[n] == nil {
				assets[n] = &Asset{Name: n}
			}
			return assets[n]
		}
		switch {
		case strings.HasSuffix(p, ".gz"):
			form = &a(strings.TrimSuffix(p, ".gz")).Gzip
		case strings.HasSuffix(p, ".br"):
			form = &a(strings.TrimSuffix(p, ".br")).Brotli
		default:
			form = &a(p).Plain
		}
		*form = b
		return nil
	})
	for _, a := range assets {
		h := sha256.New()
		for _, b := range [][]byte{a.Plain, a.Gzip, a.Brotli} {
			h.Write(b)
		}
		a.Hash = hex.EncodeToString(h.Sum(nil))[:10]
	}
}

// Lookup finds an asset by its logical name (css/app.css).
func Lookup(name string) (*Asset, bool) {
	once.Do(load)
	a, ok := assets[name]
	return a, ok
}

// Path is the URL path of an asset with its content hash in the name:
// /static/css/app.3f2a1b9c0d.css. An unknown name keeps its plain path.
func Path(name string) string {
	a, ok := Lookup(name)
	if !ok {
		return "/static/" + name
	}
	ext := path.Ext(name)
	return "/static/" + strings.TrimSuffix(name, ext) + "." + a.Hash + ext
}

// Resolve turns a requested name into the asset and whether the request
// named its current hash (css/app.3f2a1b9c0d.css); a name without a hash
// (css/app.css, as other sites link embed-host.js) resolves too.
func Resolve(name string) (a *Asset, hashed bool, ok bool) {
	if a, ok := Lookup(name); ok {
		return a, false, true
	}
	ext := path.Ext(name)
	stem := strings.TrimSuffix(name, ext)
	dot := strings.LastIndexByte(stem, '.')
	if dot < 0 {
		return nil, false, false
	}
	a, ok = Lookup(stem[:dot] + ext)
	if !ok {
		return nil, false, false
	}
	return a, stem[dot+1:] == a.Hash, true
}
