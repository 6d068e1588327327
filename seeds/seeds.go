// Package seeds embeds the reports an empty database is filled with on
// first start: the five 株洲市 seed documents, and in more/ further 株洲
// reports of other years (and the 湖南省 digest above them) so the
// dashboard has years to line up and a province to compare targets with,
// and in provinces/ ten whole 2026 provincial reports (上海, 吉林, 宁夏,
// 广东, 江苏, 浙江, 湖南, 西藏, 重庆, 黑龙江), so the comparison across
// provinces and the map show real provinces out of the box. Texts are kept
// verbatim, web-copy noise (下载 / 打印 / 字号, 来源, captions) included:
// reading past it is the extractor's job.
package seeds

import (
	"embed"
	"io/fs"
	"sort"
)

// FS holds the seed documents (*.txt, more/*.txt and provinces/*.txt).
//
//go:embed *.txt more/*.txt provinces/*.txt
var FS embed.FS

// Names lists the seed documents in load order: the five seeds first.
func Names() ([]string, error) {
	var names []string
	for _, pattern := range []string{"*.txt", "more/*.txt", "provinces/*.txt"} {
		m, err := fs.Glob(FS, pattern)
		if err != nil {
			return nil, err
		}
		sort.Strings(m)
		names = append(names, m...)
	}
	return names, nil
}
