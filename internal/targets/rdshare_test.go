package targets

import "testing"

// R&D spending as a share of output is one indicator however a report puts
// its parts together.
func TestRDShareWordings(t *testing.T) {
	checkReading(t, []readingCase{
		{
			name: "研究与试验发展经费支出 over 生产总值, a target",
			text: "嘉兴市2021年政府工作报告\n二、2021年主要目标\n" +
				"研究与试验发展经费支出占生产总值比重达到3.4%。\n",
			wants: []fig{{"嘉兴市", 2021, "", Planned, "rd_intensity", 3.4, Exactly, ""}},
		},
		{
			name: "R&D经费投入 相当于 GDP 的比例, a result",
			text: "芜湖市2024年政府工作报告\n一、2023年工作回顾\n" +
				"全社会R&D经费投入相当于GDP的比例提高到3.1%。\n",
			wants: []fig{{"芜湖市", 2023, "", Reported, "rd_intensity", 3.1, Exactly, ""}},
		},
		{
			name: "研发经费支出 over 地区生产总值 的比重, 以上",
			text: "常州市2025年政府工作报告\n二、2025年主要目标\n" +
				"研发经费支出占地区生产总值的比重保持在3.5%以上。\n",
			wants: []fig{{"常州市", 2025, "", Planned, "rd_intensity", 3.5, AtLeast, ""}},
		},
	})
}
