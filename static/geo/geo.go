// Package geo embeds the map boundaries (see build.sh and CODES.md): the
// provinces, the units below each province (PP.json.gz) and each
// province's counties (PP-counties.json.gz), every feature named by its
// NBS division code. Self-hosted, so the map works on an intranet.
package geo

import "embed"

// FS holds the boundary files, gzip-compressed GeoJSON.
//
//go:embed *.json.gz
var FS embed.FS
