package targets

import "testing"

// A result after a bounded target may take the target's own verb (预期控制在
// 5.5%以内,实际控制在5.1%; 稳定在, 维持在): the clause names no subject of its
// own, so it carries on the target's.
func TestResultWithTheTargetsVerb(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "实际控制在 after 预期控制在",
			text: "衡南县2024年政府工作报告\n一、2023年工作回顾\n城镇调查失业率预期控制在5.5%以内,实际控制在5.1%。\n",
			wants: []fig{
				{"衡南县", 2023, "", Planned, "surveyed_unemployment", 5.5, AtMost, ""},
				{"衡南县", 2023, "", Reported, "surveyed_unemployment", 5.1, Exactly, ""},
			},
		},
		{
			name: "with its own bound, and a second pair after it",
			text: "沅陵县2023年政府工作报告\n2022年,居民消费价格涨幅预期控制在3%左右,实际控制在2%以内;城镇登记失业率预期控制在4.5%以内,实际维持在3.8%。\n",
			wants: []fig{
				{"沅陵县", 2022, "", Planned, "cpi", 3, About, ""},
				{"沅陵县", 2022, "", Reported, "cpi", 2, AtMost, ""},
				{"沅陵县", 2022, "", Planned, "registered_unemployment", 4.5, AtMost, ""},
				{"沅陵县", 2022, "", Reported, "registered_unemployment", 3.8, Exactly, ""},
			},
		},
		{
			name: "traditional script",
			text: "台山市2024年政府工作報告\n一、2023年工作回顧\n城鎮調查失業率預期控制在5.5%以內,實際控制在4.9%。\n",
			wants: []fig{
				{"台山市", 2023, "", Planned, "surveyed_unemployment", 5.5, AtMost, ""},
				{"台山市", 2023, "", Reported, "surveyed_unemployment", 4.9, Exactly, ""},
			},
		},
		{
			name: "a clause naming its own subject is not carried",
			text: "衡南县2024年政府工作报告\n一、2023年工作回顾\n城镇调查失业率预期控制在5.5%以内,实际为5.1%,能耗总量控制在120万吨标准煤。\n",
			wants: []fig{
				{"衡南县", 2023, "", Planned, "surveyed_unemployment", 5.5, AtMost, ""},
				{"衡南县", 2023, "", Reported, "surveyed_unemployment", 5.1, Exactly, ""},
			},
		},
	})
}
