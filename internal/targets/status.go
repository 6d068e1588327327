package targets

import "math"

// Status is the computed verdict on a target against its result.
type Status string

// Statuses, from the target's own wording and the indicator's direction.
const (
	StatusMet     Status = "met"     // 达成
	StatusMissed  Status = "missed"  // 未达成
	StatusOnPar   Status = "on_par"  // 基本持平: short of the target by no more than the tolerance
	StatusPending Status = "pending" // 待公布: a target whose result is not yet due or published
	// StatusNotFound (未找到结果): a target with no result although a later
	// report of the region is stored, so the result should have been read
	// and was not: a gap in the data, not the government's silence.
	StatusNotFound Status = "not_found"
	StatusNoTarget Status = "no_target" // 无目标: a result with no stated target
)

// Zh names a status in Chinese.
func (s Status) Zh() string {
	switch s {
	case StatusMet:
		return "达成"
	case StatusMissed:
		return "未达成"
	case StatusOnPar:
		return "基本持平"
	case StatusPending:
		return "待公布"
	case StatusNotFound:
		return "未找到结果"
	case StatusNoTarget:
		return "无目标"
	}
	return string(s)
}

// En names a status in English.
func (s Status) En() string {
	switch s {
	case StatusMet:
		return "Met"
	case StatusMissed:
		return "Missed"
	case StatusOnPar:
		return "About even"
	case StatusPending:
		return "Pending"
	case StatusNotFound:
		return "Result not found"
	case StatusNoTarget:
		return "No target"
	}
	return string(s)
}

// Tolerance is how far a result may sit from a target and still count as
// 左右 (about) or as 基本持平: half a percentage point for rates, 2% of the
// target for amounts.
func Tolerance(target float64, unit string) float64 {
	if unit == "%" {
		return 0.5
	}
	return math.Abs(target) * 0.02
}

// Assess compares a result with a target. The target's comparator decides
// the rule: 以上 (>=) is met at or above it, 以内 (<=) at or below it, 左右
// (~) within the tolerance or beyond it in the good direction, a plain
// figure (=) as 以上 when higher is better and as 以内 when lower is.
func Assess(target, result *Figure, higherIsBetter bool) Status {
	switch {
	case target == nil && result == nil:
		return ""
	case target == nil:
		return StatusNoTarget
	case result == nil:
		return StatusPending
	}
	t, r := target.Value, result.Value
	tol := Tolerance(t, target.Unit)
	cmp := target.Cmp
	if cmp == Exactly {
		cmp = AtLeast
		if !higherIsBetter {
			cmp = AtMost
		}
	}
	switch cmp {
	case AtLeast:
		return verdict(r >= t, t-r <= tol)
	case AtMost:
		return verdict(r <= t, r-t <= tol)
	default: // About
		if math.Abs(r-t) <= tol {
			return StatusMet
		}
		better := r > t
		if !higherIsBetter {
			better = r < t
		}
		return verdict(better, false)
	}
}

func verdict(met, near bool) Status {
	switch {
	case met:
		return StatusMet
	case near:
		return StatusOnPar
	}
	return StatusMissed
}

// Gap is result minus target, in the indicator's unit.
func Gap(target, result *Figure) (float64, bool) {
	if target == nil || result == nil {
		return 0, false
	}
	return result.Value - target.Value, true
}

// RoundGap rounds a difference of two figures to what their precision
// supports (8.2 − 5.1 is 3.1, not 3.0999999999999996).
func RoundGap(v float64) float64 { return roundTo(v, 4) }
