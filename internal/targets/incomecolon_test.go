package targets

import "testing"

// The urban and rural income named together before a colon are given half
// by half after it (城乡居民人均可支配收入:城镇41280元,增长4.6%;农村…), each
// half by its group's word alone or in full.
func TestIncomeHalvesAfterAColon(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "bare group words, a semicolon between the halves",
			text: "包头市2025年政府工作报告\n2024年,城乡居民人均可支配收入:城镇41280元,增长4.6%;农村18650元,增长6.8%。\n",
			wants: []fig{
				{"包头市", 2024, "", Reported, "urban_disposable_income", 41280, Exactly, ""},
				{"包头市", 2024, "", Reported, "urban_disposable_income_growth", 4.6, Exactly, ""},
				{"包头市", 2024, "", Reported, "rural_disposable_income", 18650, Exactly, ""},
				{"包头市", 2024, "", Reported, "rural_disposable_income_growth", 6.8, Exactly, ""},
			},
		},
		{
			name: "full group words in a list, their rates after",
			text: "铜仁市2024年政府工作报告\n过去一年,城乡居民人均可支配收入分别为:城镇居民38760元、农村居民14320元,分别增长4.1%、7.3%。\n",
			wants: []fig{
				{"铜仁市", 2023, "", Reported, "urban_disposable_income", 38760, Exactly, ""},
				{"铜仁市", 2023, "", Reported, "rural_disposable_income", 14320, Exactly, ""},
				{"铜仁市", 2023, "", Reported, "urban_disposable_income_growth", 4.1, Exactly, ""},
				{"铜仁市", 2023, "", Reported, "rural_disposable_income_growth", 7.3, Exactly, ""},
			},
		},
		{
			name: "rates only, traditional script",
			text: "銅仁市2024年政府工作報告\n過去一年,城鄉居民人均可支配收入:城鎮增長4.1%,農村增長7.3%。\n",
			wants: []fig{
				{"铜仁市", 2023, "", Reported, "urban_disposable_income_growth", 4.1, Exactly, ""},
				{"铜仁市", 2023, "", Reported, "rural_disposable_income_growth", 7.3, Exactly, ""},
			},
		},
		{
			name: "targets given the same way",
			text: "包头市2025年政府工作报告\n今年主要预期目标是:城乡居民人均可支配收入:城镇增长5%左右,农村增长7%左右。\n",
			wants: []fig{
				{"包头市", 2025, "", Planned, "urban_disposable_income_growth", 5, About, ""},
				{"包头市", 2025, "", Planned, "rural_disposable_income_growth", 7, About, ""},
			},
		},
	})
}

// After the residents' income, 其中 gives its halves by their group's word
// alone (其中城镇居民43210元、农村居民20120元), and a half after a semicolon
// follows the other half the sentence before ended on.
func TestIncomeHalvesAfterTheWhole(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{
		{
			name: "其中, levels listed, their rates after",
			text: "湖北省2025年政府工作报告\n一、2024年工作回顾\n全体居民人均可支配收入32456元,增长6.1%,其中城镇居民43210元、农村居民20120元,分别增长5.2%和7.3%。\n",
			wants: []fig{
				{"湖北省", 2024, "", Reported, "disposable_income", 32456, Exactly, ""},
				{"湖北省", 2024, "", Reported, "disposable_income_growth", 6.1, Exactly, ""},
				{"湖北省", 2024, "", Reported, "urban_disposable_income", 43210, Exactly, ""},
				{"湖北省", 2024, "", Reported, "rural_disposable_income", 20120, Exactly, ""},
				{"湖北省", 2024, "", Reported, "urban_disposable_income_growth", 5.2, Exactly, ""},
				{"湖北省", 2024, "", Reported, "rural_disposable_income_growth", 7.3, Exactly, ""},
			},
		},
		{
			name: "the rural half after a semicolon",
			text: "湖北省2025年政府工作报告\n一、2024年工作回顾\n全体居民人均可支配收入32456元,其中城镇居民人均可支配收入43210元,增长5.2%;农村居民20120元,增长7.3%。\n",
			wants: []fig{
				{"湖北省", 2024, "", Reported, "disposable_income", 32456, Exactly, ""},
				{"湖北省", 2024, "", Reported, "urban_disposable_income", 43210, Exactly, ""},
				{"湖北省", 2024, "", Reported, "urban_disposable_income_growth", 5.2, Exactly, ""},
				{"湖北省", 2024, "", Reported, "rural_disposable_income", 20120, Exactly, ""},
				{"湖北省", 2024, "", Reported, "rural_disposable_income_growth", 7.3, Exactly, ""},
			},
		},
		{
			name: "bare group words, traditional script",
			text: "湖北省2025年政府工作報告\n一、2024年工作回顧\n全體居民人均可支配收入32456元,其中城鎮43210元、農村20120元。\n",
			wants: []fig{
				{"湖北省", 2024, "", Reported, "disposable_income", 32456, Exactly, ""},
				{"湖北省", 2024, "", Reported, "urban_disposable_income", 43210, Exactly, ""},
				{"湖北省", 2024, "", Reported, "rural_disposable_income", 20120, Exactly, ""},
			},
		},
	})
}
