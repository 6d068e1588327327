package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"

	"github.com/mubiao/mubiao/internal/targets"
)

// runReextract re-reads stored documents with the current extractor:
// those an older version read, or all of them with -all. Reviewed
// figures keep their decisions.
func runReextract(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("reextract", flag.ContinueOnError)
	fl.SetOutput(stderr)
	dbPath := fl.String("db", envOr(getenv, "MUBIAO_DB", "./data/mubiao.db"), "SQLite database file (env MUBIAO_DB)")
	all := fl.Bool("all", false, "re-read every document, not only those an older extractor read")
	if err := fl.Parse(args); err != nil {
		return err
	}
	store, err := openStore(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer store.Close()
	res, err := store.Reextract(ctx, *all)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Re-extracted %d documents with extractor %s: %d figures, %d of them reviewed and kept as reviewed\n",
		res.Documents, targets.Version, res.Figures, res.Carried)
	return nil
}

// runUser manages the accounts that may write: user add NAME, user
// passwd NAME, user display NAME 显示名 (how the figure pages' history
// names them; the login name is never shown). The password is asked
// twice on a terminal, without echo; from a pipe it is the first line of
// stdin (for scripts).
func runUser(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 || (args[0] != "add" && args[0] != "passwd" && args[0] != "display") {
		return errors.New("user: want 'user add [-display 显示名] NAME', 'user passwd NAME' or 'user display NAME 显示名'")
	}
	verb := args[0]
	fl := flag.NewFlagSet("user "+verb, flag.ContinueOnError)
	fl.SetOutput(stderr)
	dbPath := fl.String("db", envOr(getenv, "MUBIAO_DB", "./data/mubiao.db"), "SQLite database file (env MUBIAO_DB)")
	display := fl.String("display", "", "the name pages show for this reviewer (user add)")
	if err := fl.Parse(args[1:]); err != nil {
		return err
	}
	if verb == "display" {
		if fl.NArg() != 2 {
			return errors.New("user display: want NAME and the name to show")
		}
		return setDisplayName(ctx, *dbPath, fl.Arg(0), fl.Arg(1), stdout)
	}
	if fl.NArg() != 1 {
		return fmt.Errorf("user %s: name one user", verb)
	}
	name := fl.Arg(0)
	password, err := readPassword(stdin, stderr, name)
	if err != nil {
		return err
	}
	store, err := openStore(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer store.Close()
	if verb == "add" {
		if _, err := store.AddUser(ctx, name, password); err != nil {
			return err
		}
		if *display != "" {
			if err := store.SetDisplayName(ctx, name, *display); err != nil {
				return err
			}
		}
		fmt.Fprintf(stdout, "User %s added: they can log in at /login\n", name)
		return nil
	}
	if err := store.SetPassword(ctx, name, password); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Password of %s changed; their sessions are ended\n", name)
	return nil
}

func setDisplayName(ctx context.Context, dbPath, name, display string, stdout io.Writer) error {
	store, err := openStore(ctx, dbPath)
	if err != nil {
		return err
	}
	defer store.Close()
	if err := store.SetDisplayName(ctx, name, display); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s is shown as %q in the figures' history\n", name, display)
	return nil
}

func readPassword(stdin io.Reader, prompt io.Writer, name string) (string, error) {
	if f, ok := stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		fmt.Fprintf(prompt, "Password for %s: ", name)
		a, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(prompt)
		if err != nil {
			return "", err
		}
		fmt.Fprint(prompt, "Again: ")
		b, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(prompt)
		if err != nil {
			return "", err
		}
		if string(a) != string(b) {
			return "", errors.New("the passwords differ")
		}
		return string(a), nil
	}
	line, err := bufio.NewReader(stdin).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return "", err
	}
	line = strings.TrimRight(line, "\r\n")
	if line == "" {
		return "", errors.New("no password on stdin")
	}
	return line, nil
}
