package libm

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"
)

// powCase is one [x, y, glibc's pow(x, y)] of testdata/pow.json, each as
// the hex string of its bits.
type powCase [3]string

// values decodes c.
func (c powCase) values(t *testing.T) (x, y, want float64) {
	t.Helper()
	var v [3]float64
	for i, s := range c {
		b, err := strconv.ParseUint(s, 16, 64)
		if err != nil {
			t.Fatal(err)
		}
		v[i] = math.Float64frombits(b)
	}
	return v[0], v[1], v[2]
}

// TestPow holds Pow to glibc's pow (testdata/pow.json, written by
// testdata/gen_libm_pow.py): bit for bit, sign of zero and NaN-ness
// included, where the result is a special value or exact, and within an
// ulp (neighbouring float64s, the largest and Inf, 0 and the smallest
// subnormal too) in each range.
func TestPow(t *testing.T) {
	b, err := os.ReadFile("testdata/pow.json")
	if err != nil {
		t.Fatal(err)
	}
	var data struct {
		Exact  []powCase
		Ranges map[string][]powCase
	}
	if err := json.Unmarshal(b, &data); err != nil {
		t.Fatal(err)
	}
	if len(data.Exact) == 0 || len(data.Ranges) == 0 {
		t.Fatal("no golden data")
	}
	for _, c := range data.Exact {
		x, y, want := c.values(t)
		if got := Pow(x, y); !sameFloat(got, want) {
			t.Errorf("Pow(%v, %v) = %v, glibc %v", x, y, got, want)
		}
	}
	for name, cases := range data.Ranges {
		if len(cases) == 0 {
			t.Errorf("%s: no cases", name)
		}
		for _, c := range cases {
			x, y, want := c.values(t)
			if got := Pow(x, y); !sameFloat(got, want) && math.Nextafter(got, want) != want {
				t.Errorf("%s: Pow(%v, %v) = %v, glibc %v", name, x, y, got, want)
			}
		}
	}
}

// sameFloat reports whether a and b have the same bits, or are both NaN.
func sameFloat(a, b float64) bool {
	return math.Float64bits(a) == math.Float64bits(b) || math.IsNaN(a) && math.IsNaN(b)
}

// BenchmarkPow times Pow and math.Pow on x in [0.5, 2) and y in
// [-10, 10), ns per call.
func BenchmarkPow(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	x, y := make([]float64, 1024), make([]float64, 1024)
	for i := range x {
		x[i], y[i] = 0.5+1.5*r.Float64(), 20*r.Float64()-10
	}
	for _, f := range []struct {
		name string
		pow  func(x, y float64) float64
	}{{"Pow", Pow}, {"math.Pow", math.Pow}} {
		b.Run(f.name, func(b *testing.B) {
			var sum float64
			i := 0
			for b.Loop() {
				sum += f.pow(x[i], y[i])
				i = (i + 1) % len(x)
			}
			if math.IsNaN(sum) {
				b.Fatal("NaN")
			}
		})
	}
}
