package targets

import "testing"

// A count written after its own noun in a list (规上工业企业85家、…) is
// that noun's, not the next item's; a 新增 that opens the list counts each
// item's additions, unless the item gives its total (总数达…).
func TestCountsInAListOfItems(t *testing.T) {
	checkOnlyTheseFigures(t, []readingCase{{
		name: "新增 over three items, only the second a catalogue measure",
		text: "2025年醴陵市政府工作报告\n一、2024年工作回顾\n全年新增规上工业企业85家、高新技术企业60家、专精特新企业20家。\n",
		wants: []fig{
			{"醴陵市", 2024, "", Reported, "hitech_enterprises_new", 60, Exactly, ""},
		},
	}, {
		name: "traditional script, a qualifier before the measure",
		text: "2025年攸縣政府工作報告\n一、2024年工作回顧\n新增規上工業企業12家、國家高新技術企業9家。\n",
		wants: []fig{
			{"攸县", 2024, "", Reported, "hitech_enterprises_new", 9, Exactly, ""},
		},
	}, {
		name: "the item gives the stock",
		text: "2025年醴陵市政府工作报告\n一、2024年工作回顾\n新增市场主体1.2万户、高新技术企业总数达600家。\n",
		wants: []fig{
			{"醴陵市", 2024, "", Reported, "market_entities_new", 12000, Exactly, ""},
			{"醴陵市", 2024, "", Reported, "hitech_enterprises", 600, Exactly, ""},
		},
	}, {
		name: "no 新增: the stock, and the count before it stays its own noun's",
		text: "2025年醴陵市政府工作报告\n一、2024年工作回顾\n规上工业企业850家、高新技术企业360家。\n",
		wants: []fig{
			{"醴陵市", 2024, "", Reported, "hitech_enterprises", 360, Exactly, ""},
		},
	}})
}
