package db

import (
	"reflect"
	"testing"
)

// splitJSONArray splits at the top level only, past strings holding
// brackets, commas, escaped quotes and backslashes, and refuses what is not
// a whole array.
func TestSplitJSONArray(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{`[]`, nil},
		{`[1]`, []string{`1`}},
		{`["a,b",null,[1,"x]"],{"k":[2,3]}]`, []string{`"a,b"`, `null`, `[1,"x]"]`, `{"k":[2,3]}`}},
		{`["say \"hi\", then","back\\",2]`, []string{`"say \"hi\", then"`, `"back\\"`, `2`}},
	} {
		got, err := splitJSONArray([]byte(c.in))
		if err != nil {
			t.Errorf("%s: %v", c.in, err)
			continue
		}
		var s []string
		for _, g := range got {
			s = append(s, string(g))
		}
		if !reflect.DeepEqual(s, c.want) {
			t.Errorf("%s: got %q, want %q", c.in, s, c.want)
		}
	}
	for _, bad := range []string{``, `[`, `x`, `["open]`, `[[1]`, `[1]]`, `{"a":1}`} {
		if _, err := splitJSONArray([]byte(bad)); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}
