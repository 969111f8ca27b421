package schema

import (
	"errors"
	"math/big"
	"strconv"
	"strings"
)

// Quantity errors, worded like the API server's.
var (
	ErrQuantityEmpty  = errors.New("quantities must not be empty")
	ErrQuantityFormat = errors.New("quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'")
	ErrQuantitySuffix = errors.New("unable to parse quantity's suffix")
)

// Quantity is a parsed resource quantity ("500m", "1.5Gi", "1e3").
type Quantity struct {
	Negative bool
	// Value is the exact value; nil when the exponent is too large to
	// compute it (|exponent| > 1000), which the API server also accepts.
	Value *big.Rat
	// Suffix is the unit suffix as written ("Mi", "m", "e3", "").
	Suffix string
}

// Sign returns -1, 0 or 1; 1 or -1 when the value was not computed.
func (q Quantity) Sign() int {
	if q.Value != nil {
		return q.Value.Sign()
	}
	if q.Negative {
		return -1
	}
	return 1
}

// ParseQuantity parses s with the grammar of Kubernetes' resource.Quantity:
//
//	quantity  ::= [sign] number suffix
//	number    ::= digits | digits "." [digits] | "." digits
//	suffix    ::= "" | binarySI | decimalSI | ("e"|"E") signed-integer
//	binarySI  ::= Ki | Mi | Gi | Ti | Pi | Ei
//	decimalSI ::= n | u | m | k | M | G | T | P | E
//
// It accepts exactly what the API server accepts, including its quirks
// ("1.G", a bare sign or suffix reads as zero).
func ParseQuantity(s string) (Quantity, error) {
	q, num, denom, exp, base, err := parseQuantitySyntax(s)
	if err != nil || exp > 1000 || exp < -1000 {
		return q, err
	}
	digits := strings.TrimLeft(num+denom, "0")
	if digits == "" {
		digits = "0"
	}
	v, ok := new(big.Int).SetString(digits, 10)
	if !ok {
		return Quantity{}, ErrQuantityFormat
	}
	r := new(big.Rat).SetInt(v)
	r.Quo(r, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(len(denom))), nil)))
	scale := new(big.Int).Exp(big.NewInt(base), big.NewInt(abs64(exp)), nil)
	if exp >= 0 {
		r.Mul(r, new(big.Rat).SetInt(scale))
	} else {
		r.Quo(r, new(big.Rat).SetInt(scale))
	}
	if q.Negative {
		r.Neg(r)
	}
	q.Value = r
	return q, nil
}

// CheckQuantity reports whether s is a valid quantity without computing
// its value.
func CheckQuantity(s string) error {
	_, _, _, _, _, err := parseQuantitySyntax(s)
	return err
}

// parseQuantitySyntax splits s into sign, integer digits, fraction digits
// and suffix (as base and exponent), checking the grammar.
func parseQuantitySyntax(s string) (q Quantity, num, denom string, exp, base int64, err error) {
	if s == "" {
		return Quantity{}, "", "", 0, 0, ErrQuantityEmpty
	}
	pos, end := 0, len(s)
	switch s[0] {
	case '-':
		q.Negative = true
		pos++
	case '+':
		pos++
	}
	start := pos
	for pos < end && isDigit(s[pos]) {
		pos++
	}
	num = s[start:pos]
	if pos < end && s[pos] == '.' {
		pos++
		ds := pos
		for pos < end && isDigit(s[pos]) {
			pos++
		}
		denom = s[ds:pos]
	}
	suffixStart := pos
	for pos < end && strings.IndexByte("eEinumkKMGTP", s[pos]) >= 0 {
		pos++
	}
	if pos < end && (s[pos] == '-' || s[pos] == '+') {
		pos++
	}
	for pos < end && isDigit(s[pos]) {
		pos++
	}
	if pos < end {
		return Quantity{}, "", "", 0, 0, ErrQuantityFormat
	}
	q.Suffix = s[suffixStart:]
	b, e, ok := quantitySuffix(q.Suffix)
	if !ok {
		return Quantity{}, "", "", 0, 0, ErrQuantitySuffix
	}
	return q, num, denom, e, b, nil
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func abs64(i int64) int64 {
	if i < 0 {
		return -i
	}
	return i
}

// quantitySuffix returns the base and exponent a suffix stands for.
func quantitySuffix(s string) (base, exp int64, ok bool) {
	switch s {
	case "":
		return 10, 0, true
	case "n":
		return 10, -9, true
	case "u":
		return 10, -6, true
	case "m":
		return 10, -3, true
	case "k":
		return 10, 3, true
	case "M":
		return 10, 6, true
	case "G":
		return 10, 9, true
	case "T":
		return 10, 12, true
	case "P":
		return 10, 15, true
	case "E":
		return 10, 18, true
	case "Ki":
		return 2, 10, true
	case "Mi":
		return 2, 20, true
	case "Gi":
		return 2, 30, true
	case "Ti":
		return 2, 40, true
	case "Pi":
		return 2, 50, true
	case "Ei":
		return 2, 60, true
	}
	if len(s) > 1 && (s[0] == 'e' || s[0] == 'E') {
		e, err := strconv.ParseInt(s[1:], 10, 64)
		if err != nil {
			return 0, 0, false
		}
		return 10, int64(int32(e)), true
	}
	return 0, 0, false
}
