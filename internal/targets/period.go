package targets

import (
	"strconv"
	"strings"
)

// FiveYearPlanName names the five-year plan a period is, "十四五" for
// 2021-2025, and "" for any other period. The first plan ran 1953–1957,
// the second 1958–1962; after three years of adjustment the third began in
// 1966 and every plan since has followed on.
func FiveYearPlanName(period string) string {
	from, to, ok := strings.Cut(period, "-")
	if !ok {
		return ""
	}
	a, err1 := strconv.Atoi(from)
	b, err2 := strconv.Atoi(to)
	if err1 != nil || err2 != nil || b != a+4 {
		return ""
	}
	var n int
	switch {
	case a == 1953 || a == 1958:
		n = (a-1953)/5 + 1
	case a >= 1966 && (a-1966)%5 == 0:
		n = (a-1966)/5 + 3
	default:
		return ""
	}
	digits := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	var s string
	switch {
	case n < 10:
		s = digits[n]
	case n < 20:
		s = "十" + digits[n-10]
	case n < 100:
		s = digits[n/10] + "十" + digits[n%10]
	default:
		return ""
	}
	return s + "五"
}
