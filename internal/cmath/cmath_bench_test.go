package cmath

import (
	"math/cmplx"
	"math/rand/v2"
	"testing"
)

// BenchmarkFuncs times each function beside math/cmplx's on ordinary
// arguments (parts uniform in [-4, 4]), for an A/B in one run.
func BenchmarkFuncs(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	zs := make([]complex128, 1024)
	for i := range zs {
		zs[i] = complex(r.Float64()*8-4, r.Float64()*8-4)
	}
	pairs := []struct {
		name      string
		ours, std func(complex128) complex128
	}{
		{"Exp", Exp, cmplx.Exp}, {"Log", Log, cmplx.Log}, {"Log10", Log10, cmplx.Log10},
		{"Sqrt", Sqrt, cmplx.Sqrt}, {"Sin", Sin, cmplx.Sin}, {"Cos", Cos, cmplx.Cos},
		{"Tan", Tan, cmplx.Tan}, {"Sinh", Sinh, cmplx.Sinh}, {"Cosh", Cosh, cmplx.Cosh},
		{"Tanh", Tanh, cmplx.Tanh}, {"Asin", Asin, cmplx.Asin}, {"Acos", Acos, cmplx.Acos},
		{"Atan", Atan, cmplx.Atan}, {"Asinh", Asinh, cmplx.Asinh}, {"Acosh", Acosh, cmplx.Acosh},
		{"Atanh", Atanh, cmplx.Atanh},
		{"Pow", func(z complex128) complex128 { return Pow(z, 1.5-0.5i) },
			func(z complex128) complex128 { return cmplx.Pow(z, 1.5-0.5i) }},
	}
	var sink complex128
	for _, p := range pairs {
		for _, impl := range []struct {
			name string
			f    func(complex128) complex128
		}{{"cmath", p.ours}, {"cmplx", p.std}} {
			b.Run(p.name+"/"+impl.name, func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					sink += impl.f(zs[i&1023])
				}
			})
		}
	}
	_ = sink
}
