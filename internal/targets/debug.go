package targets

import (
	"fmt"
	"os"
)

var debugOn = os.Getenv("MUBIAO_DEBUG") != ""

func debugf(format string, args ...any) { fmt.Fprintf(os.Stderr, format, args...) }
