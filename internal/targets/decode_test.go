package targets

import (
	"errors"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding/simplifiedchinese"
)

func TestDecode(t *testing.T) {
	const text = "地区生产总值增长8%以上。"
	u16 := utf16.Encode([]rune(text))
	le := []byte{0xFF, 0xFE}
	be := []byte{0xFE, 0xFF}
	for _, u := range u16 {
		le = append(le, byte(u), byte(u>>8))
		be = append(be, byte(u>>8), byte(u))
	}
	gbk, _ := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(text))
	tests := []struct {
		name string
		in   []byte
		enc  Encoding
	}{
		{"utf-8", []byte(text), UTF8},
		{"utf-8 bom", append([]byte{0xEF, 0xBB, 0xBF}, text...), UTF8BOM},
		{"utf-16le", le, UTF16LE},
		{"utf-16be", be, UTF16BE},
		{"gbk", gbk, GB18030},
	}
	for _, tt := range tests {
		got, enc, err := Decode(tt.in)
		if err != nil || got != text || enc != tt.enc {
			t.Errorf("%s: Decode = %q, %s, %v; want %q, %s", tt.name, got, enc, err, text, tt.enc)
		}
	}
}

func TestDecodeRefusesBinary(t *testing.T) {
	for name, in := range map[string][]byte{
		"nul":        {'a', 0, 'b'},
		"png":        {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D},
		"odd utf-16": {0xFF, 0xFE, 0x41},
		"bad bom":    {0xEF, 0xBB, 0xBF, 0xFF, 0xFF},
	} {
		if _, _, err := Decode(in); !errors.Is(err, ErrUndecodable) {
			t.Errorf("%s: err = %v, want ErrUndecodable", name, err)
		}
	}
}
