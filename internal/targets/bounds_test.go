package targets

import (
	"strings"
	"testing"
)

// A document without sentence ends (one 20 MB line) was read as one
// sentence and the parser held every number in it at once: 1.3 GB for
// 20 MB in the CLI. Overlong sentences are cut at a clause mark, so the
// figures in such a line are still found, each once, with its quote.
func TestRunOnLineIsReadInBoundedSentences(t *testing.T) {
	clause := "全市地区生产总值增长8%左右,"
	line := "2021年1月10日在株洲市第十五届人民代表大会第六次会议上 株洲市政府工作报告 今年主要预期目标是:" +
		strings.Repeat(clause, 3*maxSentenceRunes/len([]rune(clause)))
	figs := Extract(line)
	n := 0
	for _, f := range figs {
		if f.Indicator == "gdp_growth" {
			n++
			if !strings.Contains(f.Quote, "增长8%左右") || len([]rune(f.Quote)) > maxSentenceRunes {
				t.Fatalf("quote %q", f.Quote)
			}
		}
	}
	if n == 0 {
		t.Fatal("no figure read from a run-on line")
	}
	for _, tc := range []struct {
		text      string
		end, next int
	}{
		{strings.Repeat("增", maxSentenceRunes-10) + "," + strings.Repeat("长", 9), maxSentenceRunes - 10, maxSentenceRunes - 9},
		{strings.Repeat("增", maxSentenceRunes), maxSentenceRunes, maxSentenceRunes}, // no mark: cut at the bound, nothing skipped
	} {
		rs := []rune(tc.text)
		if end, next := cutSentence(rs, 0, len(rs)); end != tc.end || next != tc.next {
			t.Errorf("cutSentence = %d, %d, want %d, %d", end, next, tc.end, tc.next)
		}
	}
}

// 不少于 and 至少 bound a target from below, 不多于 from above: the verdict
// is read from the target's own wording.
func TestBoundWordsNotLessNotMore(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "不少于 days and 至少 a rate",
			text: "襄阳市2025年政府工作报告\n二、2025年主要目标\n" +
				"空气质量优良天数不少于290天，地区生产总值至少增长6%，城镇调查失业率不多于5.5%。\n",
			wants: []fig{
				{"襄阳市", 2025, "", Planned, "air_quality_days", 290, AtLeast, ""},
				{"襄阳市", 2025, "", Planned, "gdp_growth", 6, AtLeast, ""},
				{"襄阳市", 2025, "", Planned, "surveyed_unemployment", 5.5, AtMost, ""},
			},
		},
	})
}
