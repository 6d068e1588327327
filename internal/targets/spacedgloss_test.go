package targets

import "testing"

// A pinyin gloss of a word, its syllables apart (生产(shēng chǎn)), is
// dropped like one of a character (收(shōu)), so the indicator is read;
// brackets with other words in them stay.
func TestSpacedPinyinGloss(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "gloss of two syllables inside 地区生产总值",
			text: "炎陵县2019年政府工作报告\n2018年,全县地区生产(shēng chǎn)总值增长8.1%,税(shuì)收收入增长9%。\n",
			wants: []fig{
				{"炎陵县", 2018, "", Reported, "gdp_growth", 8.1, Exactly, ""},
				{"炎陵县", 2018, "", Reported, "tax_revenue_growth", 9, Exactly, ""},
			},
		},
		{
			name: "gloss of three syllables",
			text: "炎陵县2019年政府工作报告\n2018年,全县固定资产投资(tóu zī é)增长12%。\n",
			wants: []fig{
				{"炎陵县", 2018, "", Reported, "fai_growth", 12, Exactly, ""},
			},
		},
	})
	for _, tt := range []struct{ in, want string }{
		{"生产(shēng chǎn)总值", "生产总值"},
		{"项目(ppp 项目)", "项目(ppp项目)"},
		{"企业(a b c d e f)", "企业(abcdef)"},
		{"生产(shēng chǎn zǒng zhí)总值", "生产总值"},
		{"指标(ab 12)", "指标(ab12)"},
	} {
		if got := Normalize(tt.in).String(); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
