package targets

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// ErrUndecodable is returned for bytes that are not text in any encoding
// Mubiao reads (UTF-8, UTF-16 with a BOM, GB18030/GBK).
var ErrUndecodable = errors.New("not text in UTF-8, UTF-16 or GB18030")

// Encoding names the encoding a document was decoded from.
type Encoding string

// The encodings Decode detects.
const (
	UTF8    Encoding = "utf-8"
	UTF8BOM Encoding = "utf-8-bom"
	UTF16LE Encoding = "utf-16le"
	UTF16BE Encoding = "utf-16be"
	GB18030 Encoding = "gb18030"
)

// Decode detects the encoding of a document and returns its text as UTF-8.
// Detection never guesses silently: bytes that are valid in none of the
// encodings, or that hold NUL bytes or control characters as binary files
// do, are an error.
func Decode(b []byte) (string, Encoding, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		s := b[3:]
		if !utf8.Valid(s) {
			return "", "", fmt.Errorf("%w: invalid UTF-8 after a UTF-8 byte-order mark", ErrUndecodable)
		}
		return checkText(string(s), UTF8BOM)
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return decodeUTF16(b)
	}
	if utf8.Valid(b) {
		return checkText(string(b), UTF8)
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(b)
	if err != nil || bytes.ContainsRune(out, utf8.RuneError) {
		return "", "", fmt.Errorf("%w: invalid UTF-8 and invalid GB18030", ErrUndecodable)
	}
	return checkText(string(out), GB18030)
}

func decodeUTF16(b []byte) (string, Encoding, error) {
	if len(b)%2 != 0 {
		return "", "", fmt.Errorf("%w: UTF-16 with an odd number of bytes", ErrUndecodable)
	}
	enc := UTF16LE
	u := make([]uint16, 0, len(b)/2-1)
	for i := 2; i+1 < len(b); i += 2 {
		if b[0] == 0xFF {
			u = append(u, uint16(b[i])|uint16(b[i+1])<<8)
		} else {
			enc = UTF16BE
			u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
		}
	}
	rs := utf16.Decode(u)
	for _, r := range rs {
		if r == utf8.RuneError {
			return "", "", fmt.Errorf("%w: invalid UTF-16 surrogates", ErrUndecodable)
		}
	}
	return checkText(string(rs), enc)
}

// checkText refuses binary data that happens to decode: NUL bytes and a
// high share of control characters.
func checkText(s string, enc Encoding) (string, Encoding, error) {
	ctrl := 0
	for _, r := range s {
		if r == 0 {
			return "", "", fmt.Errorf("%w: holds NUL bytes (a binary file?)", ErrUndecodable)
		}
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
			ctrl++
		}
	}
	if ctrl > 8 && ctrl*100 > len(s) {
		return "", "", fmt.Errorf("%w: too many control characters (a binary file?)", ErrUndecodable)
	}
	return s, enc, nil
}
