// Package static holds the files the browser loads, embedded in the binary
// so the dashboard and its embeds work on intranets with no internet.
// echarts is kept only gzip-compressed; the server serves the .gz as is to
// clients that accept gzip and inflates it for the rest.
package static

import "embed"

// FS holds css/, js/, vendor/ and the favicon.
//
//go:embed css js vendor favicon.svg
var FS embed.FS

// EchartsPath is the URL path of the self-hosted echarts build (5.6, from
// the npm registry); the version in the name lets it be cached for a year.
const EchartsPath = "/static/vendor/echarts-5.6.0.min.js"
