package targets

import "testing"

// A line that ends on a unit's name after a year (2020年湖南) leaves nothing
// after the name to look at: the reader goes on, it does not fail.
func TestANameEndingALine(t *testing.T) {
	if _, ok := Regions().FindAt([]rune("湖南"), 2, true, ""); ok {
		t.Error("a name found past the end of the text")
	}
	a := Analyze("要点都在这里了!\n2020年湖南\n交答卷!\n经济增长:地区生产总值增长3.8%\n")
	if a.Err != nil {
		t.Fatal(a.Err)
	}
	if !has(a.Figures, fig{"湖南省", 2020, "", Reported, "gdp_growth", 3.8, Exactly, ""}) {
		t.Errorf("got %v, want 湖南省's 2020 growth", a.Figures)
	}
}
