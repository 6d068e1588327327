package targets

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"golang.org/x/net/html"
)

// The formats ReadDocument reads besides plain text.
const (
	HTML Encoding = "html"
	DOCX Encoding = "docx"
)

// maxDocxXML bounds the unpacked text part of a .docx: a zip bomb is
// refused, not inflated.
const maxDocxXML = 64 << 20

// ReadDocument turns a file into the text Mubiao stores: .docx by its
// paragraphs, .html by its visible text in reading order, anything else
// decoded as text (UTF-8, UTF-16, GB18030). The encoding says what it
// was: a text encoding, or "html+<encoding>", or "docx".
func ReadDocument(name string, b []byte) (string, Encoding, error) {
	switch ext := strings.ToLower(path.Ext(name)); {
	case ext == ".docx" || bytes.HasPrefix(b, []byte("PK\x03\x04")):
		return readDocx(b)
	case ext == ".html" || ext == ".htm" || ext == ".xhtml" || looksLikeHTML(b):
		s, enc, err := Decode(b)
		if err != nil {
			return "", "", err
		}
		text, err := htmlText(s)
		return text, HTML + "+" + enc, err
	}
	return Decode(b)
}

func looksLikeHTML(b []byte) bool {
	head := strings.ToLower(strings.TrimSpace(string(b[:min(len(b), 512)])))
	head = strings.TrimPrefix(head, "\ufeff")
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html")
}

// blockTags end a line of text: a web copy's paragraphs, headings, list
// items and table rows become lines, as the extractor reads them.
var blockTags = map[string]bool{"p": true, "div": true, "br": true, "li": true, "tr": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "section": true, "article": true, "header": true, "footer": true, "table": true,
	"ul": true, "ol": true, "blockquote": true, "title": true, "td": true, "hr": true, "pre": true, "dd": true, "dt": true}

// skipTags hold no reading text.
var skipTags = map[string]bool{"script": true, "style": true, "noscript": true, "template": true, "svg": true, "iframe": true, "object": true}

// htmlText is an HTML page's text: the title first, then the body's text
// with a line per block, scripts and styles dropped, entities decoded.
func htmlText(s string) (string, error) {
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	skip := 0
	newline := func() {
		str := b.String()
		if len(str) > 0 && !strings.HasSuffix(str, "\n") {
			b.WriteByte('\n')
		}
	}
	for {
		switch z.Next() {
		case html.ErrorToken:
			if err := z.Err(); err != io.EOF {
				return "", err
			}
			out := strings.TrimSpace(b.String())
			if out == "" {
				return "", errors.New("the HTML page has no text")
			}
			return out + "\n", nil
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if skipTags[tag] && z.Token().Type == html.StartTagToken {
				skip++
			}
			if blockTags[tag] {
				newline()
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if skipTags[tag] && skip > 0 {
				skip--
			}
			if blockTags[tag] {
				newline()
			}
		case html.TextToken:
			if skip > 0 {
				continue
			}
			t := strings.Join(strings.Fields(string(z.Text())), " ")
			if t != "" {
				b.WriteString(t)
			}
		}
	}
}

// readDocx reads a Word document's paragraphs from word/document.xml:
// one line per paragraph, tabs and line breaks kept.
func readDocx(b []byte) (string, Encoding, error) {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return "", "", fmt.Errorf("%w: not a .docx (zip) file: %v", ErrUndecodable, err)
	}
	var part *zip.File
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			part = f
		}
	}
	if part == nil {
		return "", "", fmt.Errorf("%w: a zip file without word/document.xml is not a .docx", ErrUndecodable)
	}
	rc, err := part.Open()
	if err != nil {
		return "", "", err
	}
	defer rc.Close()
	lr := &io.LimitedReader{R: rc, N: maxDocxXML + 1}
	dec := xml.NewDecoder(lr)
	var out strings.Builder
	inText := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			if lr.N <= 0 {
				return "", "", fmt.Errorf("%w: the .docx text is larger than %d MB", ErrUndecodable, maxDocxXML>>20)
			}
			return "", "", fmt.Errorf("%w: broken .docx: %v", ErrUndecodable, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "t":
				inText = true
			case "tab":
				out.WriteByte('\t')
			case "br", "cr":
				out.WriteByte('\n')
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				out.WriteByte('\n')
			}
		case xml.CharData:
			if inText {
				out.Write(t)
			}
		}
	}
	text := out.String()
	if strings.TrimSpace(text) == "" {
		return "", "", errors.New("the .docx has no text")
	}
	return text, DOCX, nil
}
