package db

import (
	"context"
	"testing"
)

// A zone named by a district's short name is stored under that district
// when the report is of the district's province (鄞州经开区 in a 宁波
// report), and on its own when the district is another province's
// (东湖高新区 in a 武汉 report is not 南昌's 东湖区).
func TestZoneParentFollowsTheReportsProvince(t *testing.T) {
	ctx := context.Background()
	d := MustOpenDB(t)
	for name, text := range map[string]string{
		"yinzhou.txt": "宁波市鄞州区2025年政府工作报告\n一、2024年工作回顾\n鄞州经开区规模以上工业增加值增长8.2%。\n",
		"wuhan.txt":   "武汉市2025年政府工作报告\n一、2024年工作回顾\n东湖高新区规模以上工业增加值增长9.1%。\n",
	} {
		if _, err := d.Ingest(ctx, name, []byte(text)); err != nil {
			t.Fatal(err)
		}
	}
	for zone, want := range map[string]string{"鄞州经开区": "330212", "东湖高新区": ""} {
		var parent string
		err := d.sql.QueryRowContext(ctx, `SELECT COALESCE(p.code, '') FROM regions r LEFT JOIN regions p ON p.id = r.parent_id WHERE r.name = ?`, zone).Scan(&parent)
		if err != nil {
			t.Fatalf("%s: %v", zone, err)
		}
		if parent != want {
			t.Errorf("%s stored under %q, want %q", zone, parent, want)
		}
	}
}
