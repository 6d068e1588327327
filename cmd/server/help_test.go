package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// Asking for help is not a failure: -h (on the server or a subcommand)
// prints the flags and the commands and returns no error, so the
// process exits 0; an unknown command still fails.
func TestHelpExitsCleanly(t *testing.T) {
	for _, args := range [][]string{{"-h"}, {"--help"}, {"ingest", "-h"}, {"extract", "-h"}, {"help"}} {
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), args, noEnv, strings.NewReader(""), &stdout, &stderr)
		if err != nil {
			t.Errorf("%v: %v", args, err)
		}
		if !strings.Contains(stdout.String(), "usage: server") {
			t.Errorf("%v: stdout %q has no usage", args, stdout.String())
		}
		if strings.Contains(stderr.String()+stdout.String(), "help requested") {
			t.Errorf("%v says the help request is an error", args)
		}
	}
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"frobnicate"}, noEnv, strings.NewReader(""), &stdout, &stderr); err == nil {
		t.Error("an unknown command succeeds")
	}
}
