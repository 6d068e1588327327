// Package seeds embeds the reports an empty database is filled with on
// first start: the five 株洲市 seed documents, and in more/ further 株洲
// reports of other years (and the 湖南省 digest above them) so the
// dashboard has years to line up and a province to compare targets with.
// Texts are kept verbatim, web-copy noise included.
package seeds

import (
	"embed"
	"io/fs"
	"sort"
)

// FS holds the seed documents (*.txt and more/*.txt).
//
//go:embed *.txt more/*.txt
var FS embed.FS

// Names lists the seed documents in load order: the five seeds first.
func Names() ([]string, error) {
	var names []string
	for _, pattern := range []string{"*.txt", "more/*.txt"} {
		m, err := fs.Glob(FS, pattern)
		if err != nil {
			return nil, err
		}
		sort.Strings(m)
		names = append(names, m...)
	}
	return names, nil
}
