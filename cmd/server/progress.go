package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"golang.org/x/term"
)

// progress reports an ingest as it goes. On a terminal it redraws one
// status line — a bar, documents done of all, figures, speed — and prints
// only failures above it; elsewhere (a log, a pipe, CI) it prints one
// plain line per document, which a log keeps and a script can read.
type progress struct {
	w      io.Writer
	tty    bool
	total  int
	done   int
	bytes  int64
	figs   int
	start  time.Time
	last   time.Time
	drawn  bool
	now    func() time.Time
	width  int
	prefix string
}

func newProgress(w io.Writer, total int) *progress {
	p := &progress{w: w, total: total, now: time.Now, width: 28}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.tty = true
	}
	p.start = p.now()
	return p
}

// line prints a line about one document: always in plain mode, on a
// terminal only when it matters (a failure), above the status line.
func (p *progress) line(important bool, format string, args ...any) {
	if p.tty && !important {
		return
	}
	if p.tty && p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
	}
	fmt.Fprintf(p.w, format+"\n", args...)
	p.drawn = false
}

// step records one document handled and redraws the status line, at most
// ten times a second (and always for the last document).
func (p *progress) step(size int64, figures int) {
	p.done++
	p.bytes += size
	p.figs += figures
	if !p.tty {
		return
	}
	now := p.now()
	if p.done < p.total && now.Sub(p.last) < 100*time.Millisecond {
		return
	}
	p.last = now
	fmt.Fprint(p.w, "\r\033[K"+p.status(now))
	p.drawn = true
}

func (p *progress) status(now time.Time) string {
	filled := p.width
	if p.total > 0 {
		filled = p.width * p.done / p.total
	}
	secs := now.Sub(p.start).Seconds()
	speed := ""
	if secs > 0 {
		speed = fmt.Sprintf(" · %.1f docs/s · %.2f MB/s", float64(p.done)/secs, float64(p.bytes)/secs/1e6)
	}
	return fmt.Sprintf("[%s%s] %d/%d documents · %d figures%s",
		strings.Repeat("█", filled), strings.Repeat("░", p.width-filled), p.done, p.total, p.figs, speed)
}

// finish ends the status line so the summary starts on its own line.
func (p *progress) finish() {
	if p.tty && p.drawn {
		fmt.Fprintln(p.w)
		p.drawn = false
	}
}
