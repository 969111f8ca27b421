package object

import (
	"reflect"
	"testing"
)

func TestFromGoToGoRoundTrip(t *testing.T) {
	in := map[string]any{
		"b": []any{int64(1), 1.5, "x", true, nil},
		"a": map[string]any{"z": "1", "y": false},
	}
	n, err := FromGo(in)
	if err != nil {
		t.Fatal(err)
	}
	// Members are sorted, so the encoding is deterministic.
	if got, want := string(n.JSON()), `{"a":{"y":false,"z":"1"},"b":[1,1.5,"x",true,null]}`; got != want {
		t.Errorf("JSON %s, want %s", got, want)
	}
	if got := n.ToGo(); !reflect.DeepEqual(got, in) {
		t.Errorf("ToGo = %#v, want %#v", got, in)
	}
	if _, err := FromGo(struct{}{}); err == nil {
		t.Error("FromGo accepted a struct")
	}
}

func TestNodeAccessors(t *testing.T) {
	n := NewMap().Set("kind", NewString("ConfigMap")).Set("data", NewMap().Set("k", NewString("v")))
	n.Set("kind", NewString("Secret")) // replaces in place
	if len(n.Fields) != 2 || n.GetString("kind") != "Secret" {
		t.Fatalf("Set did not replace: %s", n.JSON())
	}
	if n.Lookup("data", "k").Str != "v" || n.Lookup("data", "missing") != nil || n.Lookup("kind", "x") != nil {
		t.Error("Lookup")
	}
	c := n.Clone()
	c.Lookup("data").Set("k", NewString("changed"))
	if n.Lookup("data", "k").Str != "v" {
		t.Error("Clone shares nodes with the original")
	}
	if i, ok := NewFloat(80).IntValue(); !ok || i != 80 {
		t.Error("80.0 is an integer value")
	}
	if _, ok := NewFloat(80.5).IntValue(); ok {
		t.Error("80.5 is not an integer value")
	}
	if got := string(NewString("a\"<b>\n").JSON()); got != `"a\"\u003cb\u003e\n"` {
		t.Errorf("string JSON %s", got)
	}
	if (Pos{}).String() != "-" || (Pos{File: "f", Line: 2, Col: 3}).String() != "f:2:3" {
		t.Error("Pos.String")
	}
}
