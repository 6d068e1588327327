// Package targets holds Mubiao's domain: documents, figures, indicators,
// regions and periods, and the engine that extracts quantitative targets
// (planned) and results (reported) from government work reports.
//
// It imports only the standard library and golang.org/x/text, so every
// adapter (SQLite, HTTP, templates) can depend on it and not the reverse.
package targets
