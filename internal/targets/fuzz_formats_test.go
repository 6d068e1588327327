package targets

import (
	"archive/zip"
	"bytes"
	"testing"
	"unicode/utf8"
)

// FuzzReadDocument feeds any bytes to the readers of every format a
// document may come in (.txt in any encoding, .html, .docx): no panic,
// and what is accepted is valid UTF-8 text.
func FuzzReadDocument(f *testing.F) {
	var docx bytes.Buffer
	zw := zip.NewWriter(&docx)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte(`<w:document><w:body><w:p><w:r><w:t>地区生产总值增长8%左右</w:t></w:r></w:p></w:body></w:document>`))
	zw.Close()
	for _, s := range []struct {
		ext string
		b   []byte
	}{
		{".docx", docx.Bytes()},
		{".docx", []byte("PK\x03\x04 not a zip")},
		{".html", []byte(`<html><head><script>x()</script><style>p{}</style></head><body><p>增长<b>7.4%</b></p></body></html>`)},
		{".html", []byte("<p>unterminated <div")},
		{".txt", []byte("\xef\xbb\xbf地区生产总值增长7.4%")},
		{".txt", []byte("\xff\xfe\x30\x57\x3a\x53")},
		{".txt", []byte("\xb5\xd8\xc7\xf8\xc9\xfa\xb2\xfa")}, // GBK
		{".txt", []byte{0, 1, 2, 3, 0xff}},
	} {
		f.Add(s.ext, s.b)
	}
	f.Fuzz(func(t *testing.T, ext string, b []byte) {
		text, _, err := ReadDocument("doc"+ext, b)
		if err == nil && !utf8.ValidString(text) {
			t.Fatalf("ReadDocument(%q) accepted invalid UTF-8 %q", ext, text)
		}
	})
}

// FuzzDecode is the encoding detector alone, on any bytes.
func FuzzDecode(f *testing.F) {
	for _, b := range []string{"增长8%", "\xef\xbb\xbf", "\xfe\xff\x00a", "\xb5\xd8\xc7\xf8", "\x00\x00\x00"} {
		f.Add([]byte(b))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		text, _, err := Decode(b)
		if err == nil && !utf8.ValidString(text) {
			t.Fatalf("Decode accepted invalid UTF-8 %q", text)
		}
	})
}
