package pages

import "github.com/mubiao/mubiao/views/layout"

// Statement is one document's statement of a cell's result: an entry of
// its history. First is the result as first reported, Final the latest
// final one, Shown the one the view judges on.
type Statement struct {
	FigureRef
	First, Final, Shown bool
}

// BasisSummary is what the basis switch changes on a view: its basis
// ("" most certain, first, final), the results revised (first stated as
// one number, later as another), those of them with a target (whose
// verdict the basis can change), and the targets whose result is an
// estimate only (no verdict on the final basis).
type BasisSummary struct {
	Basis         string
	Revised       int
	RevisedJudged int
	EstimateOnly  int
}

// BasisOptions is the picker of the result verdicts are judged on.
func BasisOptions(p layout.Page, basis string) []Option {
	return []Option{
		{Value: "", Label: p.T("最可靠的结果(默认)", "The most certain result (default)"), Selected: basis == ""},
		{Value: "first", Label: p.T("首次公布的结果(常为预计数)", "The result as first reported (often an estimate)"), Selected: basis == "first"},
		{Value: "final", Label: p.T("最终结果(不含预计数)", "The final result (no estimates)"), Selected: basis == "final"},
	}
}

// BasisName says which result verdicts and hit rates were computed on.
func BasisName(p layout.Page, basis string) string {
	switch basis {
	case "first":
		return p.T("判定和命中率按首次公布的结果计算(次年报告里的预计数,如有)。", "Verdicts and hit rates computed on each result as first reported (the next report's estimate, where there is one).")
	case "final":
		return p.T("判定和命中率按最终结果计算;只有预计数的目标算作待公布。", "Verdicts and hit rates computed on the final results; a target with only an estimate counts as pending.")
	}
	return p.T("判定和命中率按每个目标最可靠的结果计算:最终数优先于预计数。", "Verdicts and hit rates computed on each target's most certain result: a final figure over an estimate.")
}

// BasisEffect says whether the basis matters on this view: how many
// results were revised and how many are estimates only, or that neither
// happens here and every basis gives the same verdicts.
func BasisEffect(p layout.Page, s BasisSummary) string {
	if s.Revised == 0 && s.EstimateOnly == 0 {
		return p.T("这里没有修订过的结果,也没有只凭预计数判定的目标:三种依据判定相同。", "No result here was revised, and no target is judged on an estimate alone: every basis gives the same verdicts.")
	}
	out := ""
	switch {
	case s.Revised > 0 && s.RevisedJudged == s.Revised:
		out = p.T(Itoa(s.Revised)+" 个结果先后公布过不同的数字(如预计数后来改为最终数):判定按所选的依据计算。", Itoa(s.Revised)+" results were stated as different numbers over time (an estimate later made final): they are judged on the basis chosen. ")
	case s.RevisedJudged > 0:
		out = p.T(Itoa(s.Revised)+" 个结果先后公布过不同的数字(如预计数后来改为最终数),其中 "+Itoa(s.RevisedJudged)+" 个有目标,按所选的依据判定。", Itoa(s.Revised)+" results were stated as different numbers over time (an estimate later made final); the verdicts of the "+Itoa(s.RevisedJudged)+" with a target follow the basis. ")
	case s.Revised > 0:
		out = p.T(Itoa(s.Revised)+" 个结果先后公布过不同的数字(如预计数后来改为最终数),都没有对应的目标,判定不受依据影响。", Itoa(s.Revised)+" results were stated as different numbers over time (an estimate later made final); none has a target, so no verdict depends on the basis. ")
	}
	if s.EstimateOnly > 0 {
		out += p.T(Itoa(s.EstimateOnly)+" 个目标的结果只有预计数:按最终结果判定时算作待公布。", Itoa(s.EstimateOnly)+" targets have only an estimate for a result: on the final basis they are pending.")
	}
	return out
}
