package schema

import (
	"testing"

	"github.com/nix-k8s/nix-k8s/internal/object"
)

func TestSharedCRDRulesCompile(t *testing.T) {
	v := builtinValidator(t)
	if u := v.UncheckedRules(); len(u) != 0 {
		t.Errorf("%d rules of the shared CRDs are outside the supported CEL subset: %v", len(u), u)
	}
}

func TestCELSubset(t *testing.T) {
	self := &object.Node{Kind: object.Map}
	self.Set("a", object.NewString("x")).Set("b", object.NewInt(1)).Set("n", object.NewNull())
	tests := []struct {
		rule string
		want bool
	}{
		{"has(self.a)", true},
		{"has(self.z)", false},
		{"has(self.n)", false},
		{"!has(self.a)", false},
		{"has(self.a) && has(self.b)", true},
		{"has(self.z) || has(self.b)", true},
		{"has(self.a) != has(self.b)", false},
		{"has(self.a) == has(self.z)", false},
		{"'a' in self", true},
		{"!('z' in self) && !('q' in self)", true},
		{"[has(self.a),has(self.b),has(self.z)].filter(x,x==true).size() == 2", true},
		{"[has(self.a),has(self.b)].filter(x, x == true).size() <= 1", false},
		{"(has(self.a) && !has(self.z)) || (!has(self.a) && has(self.z))", true},
		{"[1, 2, 3].size() > 2", true},
		{"true && !false", true},
	}
	for _, tt := range tests {
		e, err := compileCELRule(tt.rule)
		if err != nil {
			t.Errorf("compile %q: %v", tt.rule, err)
			continue
		}
		got, ok := e.eval(celEnv{self: self})
		if b, isBool := got.(bool); !ok || !isBool || b != tt.want {
			t.Errorf("%q = %v (ok=%t), want %t", tt.rule, got, ok, tt.want)
		}
	}
	for _, bad := range []string{"self.a == 'x'", "self.items.all(i, i > 0)", "has(self.a", "size(self.a) > 1", "a ? b : c", ""} {
		if _, err := compileCELRule(bad); err == nil {
			t.Errorf("%q compiled; it is outside the subset and must be reported unchecked", bad)
		}
	}
}

func FuzzCompileCELRule(f *testing.F) {
	for _, s := range []string{"has(self.a) || has(self.b)", "[has(self.a),has(self.b)].filter(x,x==true).size() <= 1", "!('k' in self)", "(", "'unterminated"} {
		f.Add(s)
	}
	self := &object.Node{Kind: object.Map}
	self.Set("a", object.NewBool(true))
	f.Fuzz(func(t *testing.T, rule string) {
		e, err := compileCELRule(rule)
		if err != nil {
			return
		}
		e.eval(celEnv{self: self}) // must not panic
	})
}
