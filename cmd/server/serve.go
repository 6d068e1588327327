package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"go/version"
	"io"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"runtime/debug"
	"time"

	"github.com/mubiao/mubiao/internal/db"
	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/internal/web"
)

// defaultMemoryLimit keeps a server on two million figures under 300 MB
// resident (see the README's Performance section).
const defaultMemoryLimit = 200 << 20

func runServe(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", envOr(getenv, "MUBIAO_ADDR", ":8080"), "listen address (env MUBIAO_ADDR)")
	dbPath := fs.String("db", envOr(getenv, "MUBIAO_DB", "./data/mubiao.db"), "SQLite database file (env MUBIAO_DB)")
	seed := fs.Bool("seed", true, "load the embedded seed reports into an empty database")
	if err := fs.Parse(args); err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	warnOldGo(log, runtime.Version())
	// A soft memory limit, unless GOMEMLIMIT sets one: the collector works
	// harder as the heap nears it, so bursts of large pages and exports do
	// not leave the process holding garbage (measured: 378 MB resident
	// after a load run without it). It is soft: a need beyond it is met.
	if getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
	var cfg web.Config
	var err error
	if cfg.EmbedOrigins, err = web.ParseOrigins(getenv("MUBIAO_EMBED_ORIGINS")); err != nil {
		return fmt.Errorf("MUBIAO_EMBED_ORIGINS: %w", err)
	}
	if cfg.PublicURL, err = web.ParsePublicURL(getenv("MUBIAO_PUBLIC_URL")); err != nil {
		return fmt.Errorf("MUBIAO_PUBLIC_URL: %w", err)
	}
	if cfg.TrustedProxies, err = web.ParseCIDRs(getenv("MUBIAO_TRUSTED_PROXIES")); err != nil {
		return fmt.Errorf("MUBIAO_TRUSTED_PROXIES: %w", err)
	}
	store, err := openStore(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer store.Close()
	if *seed {
		if err := loadSeeds(ctx, store, stdout); err != nil {
			return err
		}
	}
	// Documents read by an older extractor are read again, so the dashboard
	// shows what the current rules find.
	if re, err := store.Reextract(ctx, false); err != nil {
		return err
	} else if re.Documents > 0 {
		fmt.Fprintf(stdout, "Re-extracted %d documents with extractor %s (%d figures, %d reviewed ones kept as reviewed)\n",
			re.Documents, targets.Version, re.Figures, re.Carried)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", *addr, err)
	}
	srv := &http.Server{
		Handler:           web.NewServer(store, log, cfg),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      120 * time.Second,
		IdleTimeout:       120 * time.Second,
	}
	fmt.Fprintf(stdout, "Mubiao listening on http://%s (database %s)\n", displayAddr(ln.Addr()), *dbPath)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	fmt.Fprintln(stdout, "Mubiao stopped")
	return nil
}

// approvedGo is the oldest Go the server should be built with: earlier
// standard libraries have known holes on paths the server calls
// (net/http, multipart on the login form, crypto/tls, crypto/x509).
const approvedGo = "go1.27.3"

// warnOldGo says so at start-up when the binary was built with an older
// Go (a machine with GOTOOLCHAIN=local ignores go.mod's toolchain line).
// Development builds ("devel …") are not judged.
func warnOldGo(log *slog.Logger, running string) bool {
	if !version.IsValid(running) || version.Compare(running, approvedGo) >= 0 {
		return false
	}
	log.Warn("built with an older Go than approved: rebuild with GOTOOLCHAIN="+approvedGo+" for the standard library's security fixes",
		"running", running, "approved", approvedGo)
	return true
}

// displayAddr turns a wildcard listen address into one a browser can open.
func displayAddr(a net.Addr) string {
	if ta, ok := a.(*net.TCPAddr); ok && (ta.IP == nil || ta.IP.IsUnspecified()) {
		return fmt.Sprintf("localhost:%d", ta.Port)
	}
	return a.String()
}

func openStore(ctx context.Context, path string) (*db.DB, error) {
	store, err := db.Open(ctx, path)
	if err != nil {
		return nil, err
	}
	if err := store.SyncIndicators(ctx); err != nil {
		store.Close()
		return nil, err
	}
	return store, nil
}
