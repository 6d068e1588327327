package db

import (
	"fmt"

	"github.com/mubiao/mubiao/internal/targets"
)

// ValueRange is the span a figure of an indicator can sensibly have, in
// the indicator's stored unit. A reviewer's value outside it is a typo
// (1e308, a figure in 元 typed into 亿元), not a reading: stored, it would
// stretch every chart it is on and overflow whatever formats it. The
// spans are wide on purpose: they refuse the impossible, not the unusual.
func ValueRange(in targets.Indicator) (lo, hi float64) {
	if in.Unit == "" { // an "other:" indicator: its unit is not known
		return -1e12, 1e12
	}
	switch in.Class {
	case targets.ClassPercent:
		return -100, 10000 // nothing falls by more than all of it; a small base can grow a hundredfold
	case targets.ClassMoney:
		return -1e7, 1e7 // 1000万亿 (China's GDP is about 130万亿)
	case targets.ClassYuan:
		return -1e8, 1e8 // a per-person amount of 1亿元
	case targets.ClassPeople:
		return -2e9, 2e9
	case targets.ClassVisits:
		return -1e7, 1e7 // 1000亿人次
	case targets.ClassCount:
		return -1e9, 1e9
	}
	return -1e12, 1e12
}

// checkRange refuses a value outside its indicator's span.
func checkRange(in targets.Indicator, v float64) error {
	if lo, hi := ValueRange(in); v < lo || v > hi {
		return fmt.Errorf("%w: value out of range [%g, %g] %s: %g", ErrInvalid, lo, hi, in.Unit, v)
	}
	return nil
}
