package pages

import (
	"path"
	"strings"
	"time"
)

// beijing is China Standard Time. It has had no daylight saving since
// 1991, so a fixed zone is exact and needs no tz database on the server
// (intranet machines often lack one).
var beijing = time.FixedZone("CST", 8*3600)

// LocalTime writes a stored UTC time (RFC 3339) as readers in China read
// the clock: 2026-12-01 18:00 (北京时间), not 2026-12-01T10:00:19Z.
func LocalTime(lang, stamp string) string {
	t, err := time.Parse(time.RFC3339, stamp)
	if err != nil {
		return stamp
	}
	s := t.In(beijing).Format("2006-01-02 15:04")
	if lang == "en" {
		return s + " (Beijing time)"
	}
	return s + "(北京时间)"
}

// LocalDate is a stored UTC time's day in Beijing time: 2026-12-01.
func LocalDate(stamp string) string {
	t, err := time.Parse(time.RFC3339, stamp)
	if err != nil {
		return stamp
	}
	return t.In(beijing).Format("2006-01-02")
}

// SourceLabel is where a document came from as the public may see it:
// the URL it was fetched from, or the file's name; never the path of the
// file on the server that ingested it.
func SourceLabel(source string) string {
	if strings.HasPrefix(source, "http://") || strings.HasPrefix(source, "https://") {
		return source
	}
	return path.Base(strings.ReplaceAll(source, `\`, "/"))
}

// SourceURL is the source's link when it is a web address.
func SourceURL(source string) string {
	if strings.HasPrefix(source, "http://") || strings.HasPrefix(source, "https://") {
		return source
	}
	return ""
}
