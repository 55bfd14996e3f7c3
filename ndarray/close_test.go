package ndarray

import (
	"math"
	"testing"
)

func TestIsClose(t *testing.T) {
	inf := math.Inf(1)
	a := FromSlice([]float64{1.0, 1e-9, math.NaN(), inf, -inf, 1e10, 100.0, 0.0})
	b := FromSlice([]float64{1.0 + 1e-6, 0.0, math.NaN(), inf, inf, 1.00001e10, 100.002, 1e-8})
	// Expected values printed by NumPy 1.24: np.isclose(a, b), with
	// equal_nan=True, and with rtol=1e-3, atol=0.
	for _, c := range []struct {
		name string
		opts []CloseOption
		want []bool
	}{
		{"default", nil, []bool{true, true, false, true, false, true, false, true}},
		{"equal_nan", []CloseOption{EqualNaN()}, []bool{true, true, true, true, false, true, false, true}},
		{"rtol=1e-3,atol=0", []CloseOption{RTol(1e-3), ATol(0)}, []bool{true, false, false, true, false, true, true, false}},
	} {
		got := IsClose(a, b, c.opts...).ToSlice()
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("IsClose %s = %v, NumPy gives %v", c.name, got, c.want)
				break
			}
		}
	}
	if AllClose(a, b) || !AllClose(a.Slice(":2"), b.Slice(":2")) {
		t.Errorf("AllClose disagrees with IsClose")
	}
	if !ArrayEqual(Arange(3), Arange(3)) || ArrayEqual(Arange(3), Arange(4)) || ArrayEqual(a, a) {
		t.Errorf("ArrayEqual: shapes and NaN (never equal) as NumPy")
	}
}

// TestArrayEqualNaN checks ArrayEqual's equal_nan against NumPy 1.24's
// np.array_equal: False, True, True, False.
func TestArrayEqualNaN(t *testing.T) {
	nan := math.NaN()
	a := FromSlice([]float64{1, nan})
	z := FromSlice([]complex128{complex(nan, 1)})
	for _, c := range []struct {
		name      string
		got, want bool
	}{
		{"[1 NaN] == [1 NaN]", ArrayEqual(a, a.Copy()), false},
		{"[1 NaN] == [1 NaN], EqualNaN", ArrayEqual(a, a.Copy(), EqualNaN()), true},
		{"[NaN+1i] == [1+NaN i], EqualNaN", ArrayEqual(z, FromSlice([]complex128{complex(1, nan)}), EqualNaN()), true},
		{"[NaN 1] == [1 NaN], EqualNaN", ArrayEqual(FromSlice([]float64{nan, 1}), FromSlice([]float64{1, nan}), EqualNaN()), false},
	} {
		if c.got != c.want {
			t.Errorf("ArrayEqual %s = %v, NumPy %v", c.name, c.got, c.want)
		}
	}
}
