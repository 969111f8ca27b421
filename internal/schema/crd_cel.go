package schema

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/nix-k8s/nix-k8s/internal/object"
)

// CRD validation rules (x-kubernetes-validations) are CEL expressions. The
// API server evaluates them with the full CEL; this file evaluates the
// subset that field-presence rules use:
//
//	has(self.f)   'key' in self   ! && || == != < <= > >=
//	[e, ...].filter(x, e).size()   ( )   true false 123 'string'
//
// A rule outside the subset does not compile and is not checked (it is
// listed by UncheckedRules).

// celRule is one compiled rule of a CRD schema node.
type celRule struct {
	rule    string
	message string
	expr    celExpr
}

type celExpr interface {
	eval(env celEnv) (any, bool)
}

type celEnv struct {
	self *object.Node
	vars map[string]any
}

// compileCELRule compiles rule, or returns an error when it is outside the
// supported subset.
func compileCELRule(rule string) (celExpr, error) {
	p := &celParser{src: rule}
	p.next()
	e, err := p.or()
	if err != nil {
		return nil, err
	}
	if p.tok != "" {
		return nil, fmt.Errorf("unexpected %q", p.tok)
	}
	return e, nil
}

type celParser struct {
	src   string
	pos   int
	tok   string
	depth int
}

// next reads the next token into p.tok ("" at the end).
func (p *celParser) next() {
	s := p.src
	for p.pos < len(s) && (s[p.pos] == ' ' || s[p.pos] == '\t' || s[p.pos] == '\n') {
		p.pos++
	}
	if p.pos >= len(s) {
		p.tok = ""
		return
	}
	start := p.pos
	c := s[p.pos]
	switch {
	case c == '\'' || c == '"':
		p.pos++
		for p.pos < len(s) && s[p.pos] != c {
			if s[p.pos] == '\\' {
				p.pos++
			}
			p.pos++
		}
		p.pos++
	case isIdentByte(c):
		for p.pos < len(s) && (isIdentByte(s[p.pos]) || isDigit(s[p.pos])) {
			p.pos++
		}
	case isDigit(c):
		for p.pos < len(s) && isDigit(s[p.pos]) {
			p.pos++
		}
	default:
		p.pos++
		if p.pos < len(s) {
			two := s[start : p.pos+1]
			switch two {
			case "&&", "||", "==", "!=", "<=", ">=":
				p.pos++
			}
		}
	}
	if p.pos > len(s) {
		p.pos = len(s)
	}
	p.tok = s[start:p.pos]
}

func isIdentByte(c byte) bool { return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func (p *celParser) expect(tok string) error {
	if p.tok != tok {
		return fmt.Errorf("expected %q, found %q", tok, p.tok)
	}
	p.next()
	return nil
}

type celBinary struct {
	op   string
	l, r celExpr
}

type celNot struct{ e celExpr }

type celHas struct{ field string }

type celLit struct{ v any }

type celVar struct{ name string }

type celSelf struct{}

type celList struct{ items []celExpr }

type celFilter struct {
	list celExpr
	v    string
	pred celExpr
}

type celSize struct{ e celExpr }

func (p *celParser) or() (celExpr, error) {
	l, err := p.and()
	for err == nil && p.tok == "||" {
		p.next()
		var r celExpr
		if r, err = p.and(); err == nil {
			l = celBinary{"||", l, r}
		}
	}
	return l, err
}

func (p *celParser) and() (celExpr, error) {
	l, err := p.cmp()
	for err == nil && p.tok == "&&" {
		p.next()
		var r celExpr
		if r, err = p.cmp(); err == nil {
			l = celBinary{"&&", l, r}
		}
	}
	return l, err
}

func (p *celParser) cmp() (celExpr, error) {
	l, err := p.unary()
	if err != nil {
		return nil, err
	}
	switch p.tok {
	case "==", "!=", "<", "<=", ">", ">=", "in":
		op := p.tok
		p.next()
		r, err := p.unary()
		if err != nil {
			return nil, err
		}
		return celBinary{op, l, r}, nil
	}
	return l, nil
}

func (p *celParser) unary() (celExpr, error) {
	p.depth++
	defer func() { p.depth-- }()
	if p.depth > 100 {
		return nil, fmt.Errorf("rule nests too deeply")
	}
	if p.tok == "!" {
		p.next()
		e, err := p.unary()
		if err != nil {
			return nil, err
		}
		return celNot{e}, nil
	}
	return p.postfix()
}

func (p *celParser) postfix() (celExpr, error) {
	e, err := p.primary()
	for err == nil && p.tok == "." {
		p.next()
		switch p.tok {
		case "size":
			p.next()
			if err = p.expect("("); err == nil {
				err = p.expect(")")
			}
			e = celSize{e}
		case "filter":
			p.next()
			if err = p.expect("("); err != nil {
				return nil, err
			}
			v := p.tok
			if v == "" || !isIdentByte(v[0]) {
				return nil, fmt.Errorf("expected a variable, found %q", v)
			}
			p.next()
			if err = p.expect(","); err != nil {
				return nil, err
			}
			var pred celExpr
			if pred, err = p.or(); err != nil {
				return nil, err
			}
			err = p.expect(")")
			e = celFilter{e, v, pred}
		default:
			return nil, fmt.Errorf("unsupported member %q", p.tok)
		}
	}
	return e, err
}

func (p *celParser) primary() (celExpr, error) {
	tok := p.tok
	switch {
	case tok == "":
		return nil, fmt.Errorf("unexpected end of rule")
	case tok == "(":
		p.next()
		e, err := p.or()
		if err != nil {
			return nil, err
		}
		return e, p.expect(")")
	case tok == "[":
		p.next()
		var items []celExpr
		for p.tok != "]" {
			e, err := p.or()
			if err != nil {
				return nil, err
			}
			items = append(items, e)
			if p.tok == "," {
				p.next()
			} else if p.tok != "]" {
				return nil, fmt.Errorf("expected ',' or ']', found %q", p.tok)
			}
		}
		p.next()
		return celList{items}, nil
	case tok == "has":
		p.next()
		if err := p.expect("("); err != nil {
			return nil, err
		}
		if err := p.expect("self"); err != nil {
			return nil, err
		}
		if err := p.expect("."); err != nil {
			return nil, err
		}
		f := p.tok
		if f == "" || !isIdentByte(f[0]) {
			return nil, fmt.Errorf("expected a field name, found %q", f)
		}
		p.next()
		return celHas{f}, p.expect(")")
	case tok == "self":
		p.next()
		return celSelf{}, nil
	case tok == "true" || tok == "false":
		p.next()
		return celLit{tok == "true"}, nil
	case tok[0] == '\'' || tok[0] == '"':
		if len(tok) < 2 || tok[len(tok)-1] != tok[0] || strings.Contains(tok, "\\") {
			return nil, fmt.Errorf("unsupported string %s", tok)
		}
		p.next()
		return celLit{tok[1 : len(tok)-1]}, nil
	case isDigit(tok[0]):
		n, err := strconv.ParseInt(tok, 10, 64)
		if err != nil {
			return nil, err
		}
		p.next()
		return celLit{n}, nil
	case isIdentByte(tok[0]):
		p.next()
		return celVar{tok}, nil
	}
	return nil, fmt.Errorf("unsupported token %q", tok)
}

func (e celLit) eval(celEnv) (any, bool)      { return e.v, true }
func (e celSelf) eval(env celEnv) (any, bool) { return env.self, true }

func (e celVar) eval(env celEnv) (any, bool) {
	v, ok := env.vars[e.name]
	return v, ok
}

func (e celHas) eval(env celEnv) (any, bool) {
	if env.self == nil || env.self.Kind != object.Map {
		return nil, false
	}
	v := env.self.Get(e.field)
	return v != nil && v.Kind != object.Null, true
}

func (e celNot) eval(env celEnv) (any, bool) {
	v, ok := e.e.eval(env)
	b, isBool := v.(bool)
	return !b, ok && isBool
}

func (e celList) eval(env celEnv) (any, bool) {
	out := make([]any, len(e.items))
	for i, it := range e.items {
		v, ok := it.eval(env)
		if !ok {
			return nil, false
		}
		out[i] = v
	}
	return out, true
}

func (e celFilter) eval(env celEnv) (any, bool) {
	lv, ok := e.list.eval(env)
	l, isList := lv.([]any)
	if !ok || !isList {
		return nil, false
	}
	var out []any
	for _, it := range l {
		vars := map[string]any{e.v: it}
		for k, v := range env.vars {
			if k != e.v {
				vars[k] = v
			}
		}
		keep, ok := e.pred.eval(celEnv{self: env.self, vars: vars})
		b, isBool := keep.(bool)
		if !ok || !isBool {
			return nil, false
		}
		if b {
			out = append(out, it)
		}
	}
	return out, true
}

func (e celSize) eval(env celEnv) (any, bool) {
	v, ok := e.e.eval(env)
	switch x := v.(type) {
	case []any:
		return int64(len(x)), ok
	case string:
		return int64(len([]rune(x))), ok
	}
	return nil, false
}

func (e celBinary) eval(env celEnv) (any, bool) {
	l, ok := e.l.eval(env)
	if !ok {
		return nil, false
	}
	switch e.op {
	case "&&", "||":
		lb, isBool := l.(bool)
		if !isBool {
			return nil, false
		}
		if e.op == "&&" && !lb || e.op == "||" && lb {
			return lb, true
		}
		r, ok := e.r.eval(env)
		rb, isBool := r.(bool)
		return rb, ok && isBool
	}
	r, ok := e.r.eval(env)
	if !ok {
		return nil, false
	}
	switch e.op {
	case "in":
		key, isStr := l.(string)
		m, isMap := r.(*object.Node)
		if !isStr || !isMap || m == nil || m.Kind != object.Map {
			return nil, false
		}
		return m.Field(key) != nil, true
	case "==", "!=":
		eq := false
		switch lv := l.(type) {
		case bool, string, int64:
			eq = lv == r
		default:
			return nil, false
		}
		return eq == (e.op == "=="), true
	}
	li, lok := l.(int64)
	ri, rok := r.(int64)
	if !lok || !rok {
		return nil, false
	}
	switch e.op {
	case "<":
		return li < ri, true
	case "<=":
		return li <= ri, true
	case ">":
		return li > ri, true
	case ">=":
		return li >= ri, true
	}
	return nil, false
}
