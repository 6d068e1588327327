package targets

import "testing"

// A 预计 opening a sentence marks its figures up to the full stop, past a
// line break (and a page number) that cuts the sentence after a clause in a
// PDF or web copy; a sentence that has ended, or a heading, stops it.
func TestEstimateReachesPastALineBreak(t *testing.T) {
	cases := []struct {
		name, text string
		prelim     map[string]bool
	}{
		{
			name:   "a break after a semicolon, with a page number",
			text:   "瑞安市2023年政府工作报告\n一、2022年工作回顾\n预计全年实现地区生产总值1380亿元,增长4.1%;规上工业增加值增长7%;\n- 2 -\n固定资产投资增长11.5%;社会消费品零售总额增长3%。\n",
			prelim: map[string]bool{"gdp": true, "gdp_growth": true, "industry_va_growth": true, "fai_growth": true, "retail_sales_growth": true},
		},
		{
			name:   "a break after a comma",
			text:   "瑞安市2023年政府工作报告\n一、2022年工作回顾\n预计全年地区生产总值增长4.1%,\n一般公共预算收入增长5.2%。\n",
			prelim: map[string]bool{"gdp_growth": true, "budget_revenue_growth": true},
		},
		{
			name:   "a sentence that ended",
			text:   "瑞安市2023年政府工作报告\n一、2022年工作回顾\n预计全年地区生产总值增长4.1%。\n一般公共预算收入增长5.2%。\n",
			prelim: map[string]bool{"gdp_growth": true, "budget_revenue_growth": false},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := map[string]bool{}
			for _, f := range Extract(c.text) {
				got[f.Indicator] = f.Preliminary
			}
			for key, want := range c.prelim {
				p, ok := got[key]
				if !ok {
					t.Errorf("no %s read", key)
				} else if p != want {
					t.Errorf("%s preliminary %v, want %v", key, p, want)
				}
			}
		})
	}
}
