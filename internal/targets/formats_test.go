package targets

import (
	"archive/zip"
	"bytes"
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

func docx(t *testing.T, documentXML string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte(documentXML))
	zw.Close()
	return buf.Bytes()
}

func TestReadDocumentFormats(t *testing.T) {
	gbkPage, _ := simplifiedchinese.GBK.NewEncoder().String(`<html><head><meta charset="gbk"><title>株洲市政府工作报告</title><style>p{color:red}</style></head>
<body><script>var x = "地区生产总值增长99%";</script><div class="nav">首页 &gt; 要闻</div>
<p>地区生产总值增长8%左右,</p><p>城镇调查失业率控制在5.5%以内。</p></body></html>`)
	for _, tc := range []struct {
		name  string
		in    []byte
		enc   Encoding
		want  []string
		avoid []string
	}{
		{"report.html", []byte(`<!DOCTYPE html><html><head><title>醴陵市2021年政府工作报告</title></head><body><h1>政府工作报告</h1>
<p>全市地区生产总值增长&nbsp;7.5%。</p><br>粮食产量<b>40万吨</b>以上</body></html>`), "html+utf-8",
			[]string{"醴陵市2021年政府工作报告\n", "\n全市地区生产总值增长 7.5%。\n", "粮食产量40万吨以上"}, nil},
		{"gbk.htm", []byte(gbkPage), "html+gb18030", []string{"株洲市政府工作报告", "地区生产总值增长8%左右,\n城镇调查失业率"}, []string{"99%", "color"}},
		{"report.docx", docx(t, `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>攸县政府工作报告</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">地区生产总值增长</w:t></w:r><w:r><w:t>8%以上</w:t></w:r></w:p></w:body></w:document>`),
			DOCX, []string{"攸县政府工作报告\n地区生产总值增长8%以上\n"}, nil},
		{"plain.txt", []byte("地区生产总值增长8%"), UTF8, []string{"地区生产总值增长8%"}, nil},
	} {
		text, enc, err := ReadDocument(tc.name, tc.in)
		if err != nil || enc != tc.enc {
			t.Errorf("%s: enc %q err %v, want %q", tc.name, enc, err, tc.enc)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: text lacks %q:\n%s", tc.name, w, text)
			}
		}
		for _, a := range tc.avoid {
			if strings.Contains(text, a) {
				t.Errorf("%s: text holds %q from a script or style", tc.name, a)
			}
		}
	}
}

func TestReadDocumentRefusesBrokenFiles(t *testing.T) {
	var bomb bytes.Buffer
	zw := zip.NewWriter(&bomb)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte("<w:document><w:body><w:p><w:t>"))
	w.Write(bytes.Repeat([]byte("增"), (maxDocxXML/3)+10))
	zw.Close()
	for name, in := range map[string][]byte{
		"not-a-zip.docx": []byte("PK\x03\x04 but not really"),
		"no-body.docx": func() []byte {
			var b bytes.Buffer
			z := zip.NewWriter(&b)
			z.Create("x.txt")
			z.Close()
			return b.Bytes()
		}(),
		"bomb.docx":  bomb.Bytes(),
		"empty.html": []byte("<html><body><script>x</script></body></html>"),
		"binary.txt": {0, 1, 2, 3, 0xff, 0xfe, 0},
	} {
		if _, _, err := ReadDocument(name, in); err == nil {
			t.Errorf("%s: accepted", name)
		} else if name == "bomb.docx" && !errors.Is(err, ErrUndecodable) {
			t.Errorf("bomb: %v", err)
		}
	}
}
