package pages

import "github.com/mubiao/mubiao/views/layout"

// ReadingView says, in the page's language, why a figure was read as it
// was: "读作 2025年 实际 · 湖南省", the part of the report it came from,
// and what decided each side of the reading.
type ReadingView struct {
	Known   bool   // the figure carries a reading (figures read before it was kept do not)
	ReadAs  string // 2025年 实际 · 湖南省
	Part    string // 一、2025年和“十四五”时期工作回顾 › 过去的一年
	Time    string
	Kind    string
	Subject string
	Bound   string
}

// BasisText names what decided one side of a reading.
func BasisText(p layout.Page, basis string) string {
	switch basis {
	case "part":
		return p.T("所在部分的标题或开头语", "the heading or opening words of its part")
	case "sentence":
		return p.T("句中写明的年份或用词", "a year or words in the sentence itself")
	case "deadline":
		return p.T("句中的期限(到…年)", "a deadline in the sentence (by …)")
	case "column":
		return p.T("表格的列标题(如“2024年完成”“2025年目标”)", "a table's column heading (such as 2024 actual, 2025 target)")
	case "start":
		return p.T("“由…到…”的起点", "the start of a from–to statement")
	case "report":
		return p.T("只有报告日期(未识别出章节,请核对)", "the report's date only (no part recognised: check it)")
	case "own":
		return p.T("报告所属地区", "the report's own region")
	case "named":
		return p.T("指标前点名的地区", "a unit named right before the indicator")
	case "clause":
		return p.T("分句开头的地区", "a unit opening the clause")
	case "carried":
		return p.T("沿用前一分句的主语", "the subject of the clause before")
	case "exact":
		return p.T("原文数值", "the number as written")
	case "threshold":
		return p.T("门槛(突破、迈上…台阶):实际值可能更高", "a threshold crossed (the actual value may be higher)")
	case "approx":
		return p.T("约数(近、约)", "an approximation (nearly, about)")
	case "range":
		return p.T("区间,取下限", "a range, read as its lower bound")
	}
	return p.T("未知", "unknown")
}
