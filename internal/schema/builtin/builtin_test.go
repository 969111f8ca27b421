package builtin

import "testing"

func TestVersionsCoverOfflineRange(t *testing.T) {
	vs := Versions()
	want := map[string]bool{}
	for m := 23; m <= 30; m++ {
		want["1."+itoa(m)] = true
	}
	for _, v := range vs {
		delete(want, v)
		data, ok := Index(v)
		if !ok || len(data) == 0 {
			t.Errorf("Index(%q) missing though listed", v)
		}
		if len(data) >= 5<<20 {
			t.Errorf("embedded index %s is %d bytes, over the 5 MB limit", v, len(data))
		}
	}
	if len(want) > 0 {
		t.Errorf("offline default lacks versions %v (have %v)", want, vs)
	}
	for i := 1; i < len(vs); i++ {
		if minorOf(vs[i-1]) >= minorOf(vs[i]) {
			t.Errorf("Versions not sorted: %v", vs)
		}
	}
	if _, ok := Index("1.99"); ok {
		t.Error("Index(1.99) reported present")
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
