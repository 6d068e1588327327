// Command server runs Mubiao: the dashboard (serve, the default), document
// ingest (ingest PATH...), re-extraction, accounts (user add NAME) and the
// figure extractor (extract --json FILE...).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "mubiao:", err)
		os.Exit(1)
	}
}

const usage = `usage: server [serve] [-addr :8080] [-db ./data/mubiao.db] [-seed=true]
       server ingest [-db PATH] [-max-mb 20] FILE_OR_FOLDER...   (.txt .html .docx)
       server reextract [-db PATH] [-all]
       server user add [-db PATH] [-display 显示名] NAME | user passwd [-db PATH] NAME
                                              (password from the terminal, or the first line of stdin)
       server user display [-db PATH] NAME 显示名   (how the figures' history names them)
       server backup [-db PATH] NEW_FILE      (a consistent copy, also of a live database)
       server gen [-db ./data/gen.db] [-years 20] [-last YEAR] [-seed 1] [-prefectures N]
                                              (synthetic reports for performance measurement)
       server load [-url http://127.0.0.1:8080] [-c 50] [-d 10s] [-only overview,export]
                                              (latency and throughput of a live server, next to /healthz)
       server extract --json FILE...

Environment: MUBIAO_ADDR, MUBIAO_DB override the defaults of -addr and -db;
MUBIAO_EMBED_ORIGINS, MUBIAO_PUBLIC_URL, MUBIAO_TRUSTED_PROXIES: see the README.`

// run is the whole program with its inputs made explicit, so tests can
// call it: arguments, environment, output streams, and a context whose
// cancellation shuts the server down.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	cmd := "serve"
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		cmd, args = args[0], args[1:]
	}
	err := dispatch(ctx, cmd, args, getenv, stdin, stdout, stderr)
	if errors.Is(err, flag.ErrHelp) {
		// -h asks for help: the flags were printed; the commands follow,
		// and asking is not a failure.
		fmt.Fprintln(stdout, usage)
		return nil
	}
	return err
}

// dispatch runs one subcommand.
func dispatch(ctx context.Context, cmd string, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	switch cmd {
	case "serve":
		return runServe(ctx, args, getenv, stdout, stderr)
	case "ingest":
		return runIngest(ctx, args, getenv, stdout, stderr)
	case "reextract":
		return runReextract(ctx, args, getenv, stdout, stderr)
	case "user":
		return runUser(ctx, args, getenv, stdin, stdout, stderr)
	case "gen":
		return runGen(ctx, args, stdout, stderr)
	case "load":
		return runLoad(ctx, args, stdout, stderr)
	case "backup":
		return runBackup(ctx, args, getenv, stdout, stderr)
	case "extract":
		return runExtract(args, stdout, stderr)
	case "help":
		fmt.Fprintln(stdout, usage)
		return nil
	}
	fmt.Fprintln(stderr, usage)
	return fmt.Errorf("unknown command %q", cmd)
}

func envOr(getenv func(string) string, key, def string) string {
	if v := getenv(key); v != "" {
		return v
	}
	return def
}
