package targets

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"地區生產總值增長８．５％", "地区生产总值增长8.5%"},
		{"地方生產(chǎn)總值59億元", "地方生产总值59亿元"},
		{"年均增长2\n0.6%", "年均增长20.6%"},
		{"社会消费品零售总额增长10%，居民消费价格", "社会消费品零售总额增长10%,居民消费价格"},
		{"人 均可 支 配收入,预 计 分别 增 长", "人均可支配收入,预计分别增长"},
		{"全市R&D[3]经费占比达2.33%", "全市R&D经费占比达2.33%"},
		{"全市高新技术企业\n突破700家", "全市高新技术企业突破700家"},
		{"增长8%。\n\n二、工作安排", "增长8%。\n二、工作安排"},
		{"农业增加值增长3%vzT\n工业增加值", "农业增加值增长3%\n工业增加值"},
		{"三次产业结构调整为9.8:\n40.3:49.9", "三次产业结构调整为9.8:40.3:49.9"},
		{"指标\t2025年\t增长%\n\t各位代表:", "指标|2025年|增长%\n各位代表:"},
		{"主要指标如下:\n指标 ｜ 2025年 ｜ 增长%\n地区生产总值 ｜ 3120亿元 ｜ 5.2\n全年", "主要指标如下:\n指标|2025年|增长%\n地区生产总值|3120亿元|5.2\n全年"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in).String(); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// Every working rune maps back to the original bytes it came from.
func TestNormalizeOffsets(t *testing.T) {
	in := "\ufeff地區 生產\n總值增長\n9.5 %（預計）"
	tx := Normalize(in)
	for i := range tx.R {
		r, _ := utf8.DecodeRuneInString(in[tx.Off[i]:])
		if f := foldRune(r, t2sTable()); f != tx.R[i] {
			t.Errorf("rune %d = %q, but original at %d is %q", i, tx.R[i], tx.Off[i], r)
		}
	}
	q, s, e := tx.Span(0, len(tx.R))
	if q != in[s:e] || !strings.HasSuffix(in, q) {
		t.Errorf("Span = %q (%d:%d)", q, s, e)
	}
}

func TestToSimplified(t *testing.T) {
	if got := ToSimplified("岳陽市經濟開發區"); got != "岳阳市经济开发区" {
		t.Errorf("ToSimplified = %q", got)
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"地區生產總值\n增長8.5％", "a\n\nb", "(chǎn)[3]①vzT", "\xff\xfe", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tx := Normalize(s)
		if len(tx.R) != len(tx.Off) || len(tx.R) != len(tx.Len) {
			t.Fatal("map lengths differ")
		}
		prev := int32(-1)
		for i := range tx.R {
			if tx.Off[i] <= prev || int(tx.Off[i]+tx.Len[i]) > len(s) {
				t.Fatalf("offset %d (%d+%d) out of order or range in %q", i, tx.Off[i], tx.Len[i], s)
			}
			prev = tx.Off[i]
		}
	})
}

// A copy cut every N characters whatever their width: the lines are one
// length in characters, not in display columns (digits are narrow), and
// a break between a name and its number is a wrap all the same.
func TestNormalizeJoinsWrapsByCharacters(t *testing.T) {
	paras := []string{
		"过去一年，在市委、市政府和旗委的坚强领导下，全旗上下高效统筹疫情防控和经济社会发展，较好完成了旗十八届人大二次会议确定的目标任务。",
		"全旗地区生产总值完成1938.6亿元，增长6.1%；一般公共预算收入完成278.3亿元，增长28.6%；规模以上工业增加值增长7.9%；固定资产投资增长25.3%；社会消费品零售总额完成98.7亿元，下降2.1%；城乡常住居民人均可支配收入分别达到56217元和25106元，分别增长4.8%和6.2%。",
		"煤炭产量完成2.8亿吨，增长3.2%；电力装机容量达到1362万千瓦，新增风光新能源装机120万千瓦；化工产品产量达到1010万吨，增长12.5%；全年引进项目46个，总投资达到1288.5亿元。",
		"新增城镇就业4210人，城镇登记失业率控制在3.2%以内；新建改扩建学校13所，新增学位6300个；空气质量优良天数比例达到88.5%，森林覆盖率达到33.2%。",
		"我们坚持把发展经济的着力点放在实体经济上，推动传统产业高端化智能化绿色化改造，加快培育壮大新兴产业，构建现代化产业体系，全力以赴稳增长促改革调结构惠民生防风险保稳定，各项事业取得新的进展。",
		"全旗规模以上工业增加值增长7.9%，高于全市平均水平2.1个百分点，一般公共预算收入完成278.3亿元，增长28.6%，各项事业取得新的进展。",
	}
	for _, n := range []int{33, 36, 41} {
		var b strings.Builder
		b.WriteString("2023年准格尔旗政府工作报告\n一、2022年工作回顾\n")
		for _, p := range paras {
			rs := []rune(p)
			for i := 0; i < len(rs); i += n {
				b.WriteString(string(rs[i:min(len(rs), i+n)]) + "\n")
			}
		}
		// A break right after ; may stay: the sentence ends there anyway.
		got := strings.ReplaceAll(Normalize(b.String()).String(), ";\n", ";")
		for _, p := range paras {
			if !strings.Contains(got, Normalize(p).String()) {
				t.Errorf("cut every %d characters, a paragraph is not whole again:\n%s\nin\n%s", n, Normalize(p).String(), got)
			}
		}
	}
}
