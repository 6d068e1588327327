package web

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The figures API writes its JSON by appending, field by field: encoding
// it by reflection was a quarter of the CPU of a page of 1,000 figures.
// The bytes are encoding/json's for the same value (HTML-safe escapes,
// U+2028/U+2029 escaped, invalid UTF-8 as U+FFFD, numbers as it formats
// them); TestFiguresJSONIsEncodingJSONs holds them to it.

// appendJSON appends the page as encoding/json's Encoder writes it,
// newline included.
func (p *apiFigures) appendJSON(b []byte) []byte {
	b = append(b, `{"total":`...)
	b = strconv.AppendInt(b, int64(p.Total), 10)
	if p.Page != 0 {
		b = append(b, `,"page":`...)
		b = strconv.AppendInt(b, int64(p.Page), 10)
	}
	if p.After != 0 {
		b = append(b, `,"after":`...)
		b = strconv.AppendInt(b, p.After, 10)
	}
	b = append(b, `,"per_page":`...)
	b = strconv.AppendInt(b, int64(p.PerPage), 10)
	b = append(b, `,"figures":`...)
	if p.Figures == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range p.Figures {
			if i > 0 {
				b = append(b, ',')
			}
			b = p.Figures[i].appendJSON(b)
		}
		b = append(b, ']')
	}
	b = append(b, `,"next":`...)
	b = appendJSONString(b, p.Next)
	return append(b, "}\n"...)
}

func (f *apiFigure) appendJSON(b []byte) []byte {
	b = append(b, `{"id":`...)
	b = strconv.AppendInt(b, f.ID, 10)
	b = appendField(b, "region", f.Region)
	b = appendField(b, "region_code", f.RegionCode)
	b = appendField(b, "level", f.Level)
	b = append(b, `,"year":`...)
	b = strconv.AppendInt(b, int64(f.Year), 10)
	b = appendField(b, "period", f.Period)
	b = appendField(b, "kind", f.Kind)
	b = appendField(b, "indicator", f.Indicator)
	b = appendField(b, "indicator_zh", f.IndicatorZh)
	b = append(b, `,"value":`...)
	b = appendJSONFloat(b, float64(f.Value))
	b = appendField(b, "unit", f.Unit)
	b = appendField(b, "cmp", f.Cmp)
	b = append(b, `,"preliminary":`...)
	b = strconv.AppendBool(b, f.Preliminary)
	b = appendField(b, "value_text", f.ValueText)
	b = appendField(b, "quote", f.Quote)
	b = append(b, `,"document_id":`...)
	b = strconv.AppendInt(b, f.DocumentID, 10)
	b = appendField(b, "document_title", f.DocumentTitle)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(f.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(f.End), 10)
	b = append(b, `,"confidence":`...)
	b = appendJSONFloat(b, float64(f.Confidence))
	b = appendField(b, "review_status", f.ReviewStatus)
	b = appendField(b, "status", f.Status)
	b = appendField(b, "source_url", f.SourceURL)
	return append(b, '}')
}

// appendField appends ,"name":"value" (names are plain ASCII).
func appendField(b []byte, name, v string) []byte {
	b = append(b, ',', '"')
	b = append(b, name...)
	b = append(b, '"', ':')
	return appendJSONString(b, v)
}

// appendJSONFloat formats as encoding/json does (the shortest form that
// reads back; exponents outside [1e-6, 1e21)), and a value that is not
// finite as null, as finite does.
func appendJSONFloat(b []byte, f float64) []byte {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return append(b, "null"...)
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// e-09 → e-9, as encoding/json writes it
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

const hexDigits = "0123456789abcdef"

// replacement is how this build's encoding/json writes invalid UTF-8:
// Go 1.27's as the character U+FFFD itself, older ones as the escape
// \ufffd (the module builds with both).
var replacement = func() string {
	b, _ := json.Marshal("\xff")
	return string(b[1 : len(b)-1])
}()

// plain marks the bytes copied as they are: not '"', '\\', a control or
// an HTML-significant ASCII byte. Bytes of multi-byte characters are
// plain here; whether a string's are valid is asked once.
var plain = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()

// appendJSONString quotes s as encoding/json does with HTML escaping on.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	// Most strings are valid UTF-8 without U+2028/U+2029: then only
	// ASCII bytes can need escaping.
	wide := !utf8.ValidString(s) || strings.Contains(s, "\u2028") || strings.Contains(s, "\u2029")
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf || !wide {
			if plain[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, replacement...)
			start = i + size
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			start = i + size
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
