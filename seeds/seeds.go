// Package seeds embeds the seed reports that an empty database is filled
// with on first start: 株洲市 and its counties (see README).
package seeds

import "embed"

// FS holds the seed documents (*.txt).
//
//go:embed *.txt
var FS embed.FS
