package targets

import (
	"slices"
	"strings"
	"testing"
)

// A division list out of code order still resolves every code (it is
// sorted on load), namesakes of one level keep their file order, and
// the scan tables hold each name's first two runes and lengths once.
func TestGazetteerLoadsAListOutOfOrder(t *testing.T) {
	const list = "code,name,level,parent\n" +
		"43,湖南省,province,\n" +
		"4302,株洲市,prefecture,43\n" +
		"430281,醴陵市,county,4302\n" +
		"11,北京市,province,\n" +
		"430211,天元区,county,4302\n" +
		"110105,朝阳区,county,11\n" +
		"220104,朝阳区,county,22\n" +
		"22,吉林省,province,\n"
	g, err := loadGazetteer(list)
	if err != nil {
		t.Fatal(err)
	}
	for _, code := range []string{"0", "11", "43", "4302", "430211", "430281", "110105", "220104"} {
		if r, ok := g.ByCode(code); !ok || r.Code != code {
			t.Errorf("ByCode(%s) = %+v, %v", code, r, ok)
		}
	}
	if _, ok := g.ByCode("4303"); ok {
		t.Error("ByCode found a code the list lacks")
	}
	all := g.All()
	if len(all) != 9 || !slices.IsSortedFunc(all, func(a, b Region) int { return strings.Compare(a.Code, b.Code) }) {
		t.Errorf("All() = %v, want 9 units in code order", all)
	}
	if p, ok := g.Parent(Region{ParentCode: "4302"}); !ok || p.Name != "株洲市" {
		t.Errorf("Parent = %+v", p)
	}
	if r, _ := g.Resolve("朝阳区", ""); r.Code != "110105" {
		t.Errorf("Resolve(朝阳区) = %s, want the first namesake 110105", r.Code)
	}
	if r, _ := g.Resolve("朝阳区", "22"); r.Code != "220104" {
		t.Errorf("Resolve(朝阳区, 22) = %s, want the one under the hint", r.Code)
	}
	if r, _ := g.Resolve("株洲", ""); r.Code != "4302" {
		t.Errorf("Resolve(株洲) = %s, want the short name read", r.Code)
	}
	// 株洲市 (3), 株洲 (2): both lengths under 株, longest first, once.
	if got := g.lens.get('株').values(); !slices.Equal(got, []uint32{3, 2}) {
		t.Errorf("lengths under 株 = %v", got)
	}
	// 朝阳区 twice and 朝阳 (its short name) twice: one second character.
	if got := g.seconds.get('朝').values(); !slices.Equal(got, []uint32{'阳'}) {
		t.Errorf("seconds under 朝 = %v", got)
	}
	// 湖南省, 湖南 and every other first rune's seconds are sorted.
	for _, r := range "湖株醴天北吉朝全" {
		if ss := g.seconds.get(r).values(); !slices.IsSorted(ss) || len(ss) == 0 {
			t.Errorf("seconds under %c = %v", r, ss)
		}
	}
	rs := []rune("今年醴陵市地区生产总值")
	if m, ok := g.FindAt(rs, 2, false, ""); !ok || m.Region.Code != "430281" || m.End != 5 {
		t.Errorf("FindAt = %+v, %v", m, ok)
	}
}

func TestGazetteerRefusesAMalformedList(t *testing.T) {
	for _, list := range []string{
		"code,name,level,parent\n43,\"湖南省\",province,\n",
		"code,name,level,parent\n43,湖南省\n",
		"code,name,level,parent\n43,,province,\n",
		"code,name,level,parent\n4302,株洲市,prefecture,43,extra\n",
	} {
		if _, err := loadGazetteer(list); err == nil {
			t.Errorf("loadGazetteer(%q) accepted it", list)
		}
	}
}

// Banners go by contracted names in reports and the news; each resolves
// to its unit, and a banner whose name is short already keeps it.
func TestBannerShortNames(t *testing.T) {
	g := Regions()
	for short, code := range map[string]string{
		"科右前旗": "152221", "科左中旗": "150521", "科左后旗": "150522", "察右前旗": "150926", "察右后旗": "150928",
		"喀左县": "211324", "土左旗": "150121", "土右旗": "150221", "新左旗": "150726", "新右旗": "150727", "阿左旗": "152921",
		"阿右旗": "152922", "达茂旗": "150223", "达茂联合旗": "150223", "鄂温克旗": "150724", "鄂伦春旗": "150723", "莫力达瓦旗": "150722",
	} {
		if r, ok := g.Resolve(short, ""); !ok || r.Code != code {
			t.Errorf("Resolve(%s) = %s %s, %v; want %s", short, r.Code, r.Name, ok, code)
		}
	}
	for _, notAName := range []string{"巴左旗", "巴右旗", "翼城"} {
		if r, ok := g.Resolve(notAName, ""); ok && r.Code != "141022" {
			t.Errorf("Resolve(%s) = %s %s", notAName, r.Code, r.Name)
		}
	}
}
