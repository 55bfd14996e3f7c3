package golden

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
)

func decode(t *testing.T, s string, useNumber bool) Array {
	t.Helper()
	d := json.NewDecoder(strings.NewReader(s))
	if useNumber {
		d.UseNumber()
	}
	var a Array
	if err := d.Decode(&a); err != nil {
		t.Fatal(err)
	}
	return a
}

func TestValues(t *testing.T) {
	for _, useNumber := range []bool{false, true} {
		a := decode(t, `{"dtype": "float64", "shape": [4], "data": [1.5, "nan", "inf", "-inf"]}`, useNumber)
		f := Values[float64](a.Data)
		if f[0] != 1.5 || !math.IsNaN(f[1]) || !math.IsInf(f[2], 1) || !math.IsInf(f[3], -1) {
			t.Errorf("useNumber %v: float64 %v", useNumber, f)
		}
		c := Values[complex64](decode(t, `{"data": [[1, -2], 3, ["nan", 0.5]]}`, useNumber).Data)
		if c[0] != complex(1, -2) || c[1] != 3 || !math.IsNaN(float64(real(c[2]))) || imag(c[2]) != 0.5 {
			t.Errorf("useNumber %v: complex64 %v", useNumber, c)
		}
		b := Values[bool](decode(t, `{"data": [true, false]}`, useNumber).Data)
		if !b[0] || b[1] {
			t.Errorf("useNumber %v: bool %v", useNumber, b)
		}
		i := Values[int8](decode(t, `{"data": [-128, 127]}`, useNumber).Data)
		if i[0] != -128 || i[1] != 127 {
			t.Errorf("useNumber %v: int8 %v", useNumber, i)
		}
	}
	// Above 2^53 only json.Number is exact.
	u := Values[uint64](decode(t, `{"data": [18446744073709551615]}`, true).Data)
	if u[0] != math.MaxUint64 {
		t.Errorf("uint64 %v", u)
	}
	i := Values[int64](decode(t, `{"data": [-9223372036854775807]}`, true).Data)
	if i[0] != -math.MaxInt64 {
		t.Errorf("int64 %v", i)
	}
}

func TestBadValuesPanic(t *testing.T) {
	for _, v := range []any{"x", true, []any{1.0}, 1.5} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Value[int](%#v) did not panic", v)
				}
			}()
			Value[int](v)
		}()
	}
}
