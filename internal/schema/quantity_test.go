package schema

import (
	"errors"
	"math/big"
	"testing"
)

func TestParseQuantity(t *testing.T) {
	tests := []struct {
		in   string
		want string // exact value as a fraction, "" when the input is invalid
		err  error
	}{
		{"1", "1/1", nil},
		{"500m", "1/2", nil},
		{"1.5Gi", "1610612736/1", nil},
		{"128Mi", "134217728/1", nil},
		{"2k", "2000/1", nil},
		{"1e3", "1000/1", nil},
		{"1E-3", "1/1000", nil},
		{"+1.5", "3/2", nil},
		{"-2", "-2/1", nil},
		{".5", "1/2", nil},
		{"1.", "1/1", nil},
		{"1.G", "1000000000/1", nil},
		{"0.1m", "1/10000", nil},
		{"100n", "1/10000000", nil},
		{"007", "7/1", nil},
		{"1e+2", "100/1", nil},
		{"", "", ErrQuantityEmpty},
		{"lots", "", ErrQuantityFormat},
		{"1.5.2", "", ErrQuantityFormat},
		{"1 Gi", "", ErrQuantityFormat},
		{"1Gb", "", ErrQuantityFormat},
		{"1K", "", ErrQuantitySuffix},
		{"1mi", "", ErrQuantitySuffix},
		{"1e", "", ErrQuantitySuffix},
		{"1Ki5", "", ErrQuantitySuffix},
		{"1e3.5", "", ErrQuantityFormat},
		{"0x10", "", ErrQuantityFormat},
		{"1,5", "", ErrQuantityFormat},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			q, err := ParseQuantity(tt.in)
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("ParseQuantity(%q) error = %v, want %v", tt.in, err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseQuantity(%q): %v", tt.in, err)
			}
			want, _ := new(big.Rat).SetString(tt.want)
			if q.Value == nil || q.Value.Cmp(want) != 0 {
				t.Errorf("ParseQuantity(%q) = %v, want %s", tt.in, q.Value, tt.want)
			}
		})
	}
}

func TestParseQuantityHugeExponent(t *testing.T) {
	q, err := ParseQuantity("1e100000")
	if err != nil {
		t.Fatal(err)
	}
	if q.Value != nil || q.Sign() != 1 {
		t.Errorf("huge exponent: value %v sign %d, want no value and sign 1", q.Value, q.Sign())
	}
}

func FuzzParseQuantity(f *testing.F) {
	for _, s := range []string{"1", "500m", "1.5Gi", "-1e3", "lots", "1.5.2", ".", "+", "1e-999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := ParseQuantity(s)
		if cerr := CheckQuantity(s); (cerr == nil) != (err == nil) {
			t.Fatalf("%q: CheckQuantity says %v, ParseQuantity %v", s, cerr, err)
		}
		if err != nil {
			return
		}
		// Every accepted quantity has an optional sign, then a digit or a dot.
		rest := s
		if rest[0] == '+' || rest[0] == '-' {
			rest = rest[1:]
		}
		if rest != "" && !isDigit(rest[0]) && rest[0] != '.' && q.Suffix != rest {
			t.Fatalf("accepted %q with unexpected start", s)
		}
		if q.Value != nil && q.Negative && q.Value.Sign() > 0 {
			t.Fatalf("%q: negative sign but positive value %v", s, q.Value)
		}
	})
}
