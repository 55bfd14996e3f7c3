package fft

import (
	"encoding/json"
	"fmt"
	"math"
	"math/cmplx"
	"os"
	"testing"

	"github.com/numgo/numgo/ndarray"
)

// golden is fft/testdata/golden.json, written by testdata/gen_fft.py from
// NumPy.
type golden struct {
	Numpy string
	Cases []goldenCase
	Freqs []struct {
		Func string
		N    int
		D    float64
		Out  []float64
	}
	Shifts []struct {
		Func  string
		Shape []int
		Axes  []int
		Out   []int
	}
}

type goldenCase struct {
	Func      string
	Shape     []int
	Kind      string
	Transpose bool
	Kw        struct {
		N    *int
		Axis *int
		S    []int
		Axes []int
		Norm string
	}
	OutShape []int `json:"out_shape"`
	Complex  bool
	Idx      []int
	Re, Im   []float64
	Scale    float64
}

func (c *goldenCase) String() string {
	s := fmt.Sprintf("%s(%s%v", c.Func, c.Kind, c.Shape)
	if c.Transpose {
		s += ".T"
	}
	if c.Kw.N != nil {
		s += fmt.Sprintf(",n=%d", *c.Kw.N)
	}
	if c.Kw.Axis != nil {
		s += fmt.Sprintf(",axis=%d", *c.Kw.Axis)
	}
	if c.Kw.S != nil {
		s += fmt.Sprintf(",s=%v", c.Kw.S)
	}
	if c.Kw.Axes != nil {
		s += fmt.Sprintf(",axes=%v", c.Kw.Axes)
	}
	if c.Kw.Norm != "" {
		s += ",norm=" + c.Kw.Norm
	}
	return s + ")"
}

func loadGolden(t *testing.T) *golden {
	t.Helper()
	b, err := os.ReadFile("testdata/golden.json")
	if err != nil {
		t.Fatal(err)
	}
	var g golden
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	return &g
}

// inputData returns element k of gen_fft.py's inputs: exact rationals, so
// Go and NumPy start from the same bits.
func inputData(size int) (re, im []float64, ints []int64) {
	re, im, ints = make([]float64, size), make([]float64, size), make([]int64, size)
	for k := range size {
		re[k] = float64(k*7919%1009)/1009 - 0.5
		im[k] = float64(k*104729%1013)/1013 - 0.5
		ints[k] = int64(k*7919%1009 - 504)
	}
	return re, im, ints
}

func (c *goldenCase) options() []Option {
	var o []Option
	if c.Kw.N != nil {
		o = append(o, N(*c.Kw.N))
	}
	if c.Kw.Axis != nil {
		o = append(o, Axis(*c.Kw.Axis))
	}
	if c.Kw.S != nil {
		o = append(o, S(c.Kw.S...))
	}
	if c.Kw.Axes != nil {
		o = append(o, Axes(c.Kw.Axes...))
	}
	switch c.Kw.Norm {
	case "ortho":
		o = append(o, Norm(Ortho))
	case "forward":
		o = append(o, Norm(Forward))
	case "backward":
		o = append(o, Norm(Backward))
	}
	return o
}

// view returns the input array, transposed (a strided view) if the case
// says so.
func view[T ndarray.Dtype](c *goldenCase, data []T) *ndarray.Array[T] {
	a := ndarray.FromSlice(data, c.Shape...)
	if c.Transpose {
		a = a.Transpose()
	}
	return a
}

// realFunc and complexFunc name the transforms by NumPy's names, in the
// precision P of the output, so one table serves float64 and float32.
type transforms[R ndarray.Float, C ndarray.Complex] struct {
	fromComplex map[string]func(a *ndarray.Array[C], o []Option) any
	fromReal    map[string]func(a *ndarray.Array[R], o []Option) any
}

// outShape gives dst's shape for the ...To forms.
func toForms[R ndarray.Float, C ndarray.Complex](shape []int) transforms[R, C] {
	zc := func() *ndarray.Array[C] { return ndarray.Zeros[C](shape...) }
	zr := func() *ndarray.Array[R] { return ndarray.Zeros[R](shape...) }
	return transforms[R, C]{
		fromComplex: map[string]func(a *ndarray.Array[C], o []Option) any{
			"fft":    func(a *ndarray.Array[C], o []Option) any { return FFTTo(zc(), a, o...) },
			"ifft":   func(a *ndarray.Array[C], o []Option) any { return IFFTTo(zc(), a, o...) },
			"irfft":  func(a *ndarray.Array[C], o []Option) any { return IRFFTTo(zr(), a, o...) },
			"hfft":   func(a *ndarray.Array[C], o []Option) any { return HFFTTo(zr(), a, o...) },
			"fftn":   func(a *ndarray.Array[C], o []Option) any { return FFTNTo(zc(), a, o...) },
			"ifftn":  func(a *ndarray.Array[C], o []Option) any { return IFFTNTo(zc(), a, o...) },
			"fft2":   func(a *ndarray.Array[C], o []Option) any { return FFT2To(zc(), a, o...) },
			"ifft2":  func(a *ndarray.Array[C], o []Option) any { return IFFT2To(zc(), a, o...) },
			"irfftn": func(a *ndarray.Array[C], o []Option) any { return IRFFTNTo(zr(), a, o...) },
			"irfft2": func(a *ndarray.Array[C], o []Option) any { return IRFFT2To(zr(), a, o...) },
		},
		fromReal: map[string]func(a *ndarray.Array[R], o []Option) any{
			"fft":   func(a *ndarray.Array[R], o []Option) any { return FFTTo(zc(), a, o...) },
			"fftn":  func(a *ndarray.Array[R], o []Option) any { return FFTNTo(zc(), a, o...) },
			"fft2":  func(a *ndarray.Array[R], o []Option) any { return FFT2To(zc(), a, o...) },
			"rfft":  func(a *ndarray.Array[R], o []Option) any { return RFFTTo(zc(), a, o...) },
			"ihfft": func(a *ndarray.Array[R], o []Option) any { return IHFFTTo(zc(), a, o...) },
			"rfftn": func(a *ndarray.Array[R], o []Option) any { return RFFTNTo(zc(), a, o...) },
			"rfft2": func(a *ndarray.Array[R], o []Option) any { return RFFT2To(zc(), a, o...) },
		},
	}
}

// run64 calls the float64 API the way a user does: FFT(a, opts...).
func run64(c *goldenCase) any {
	re, im, ints := inputData(sizeOf(c.Shape))
	o := c.options()
	switch c.Kind {
	case "int64":
		a := view(c, ints)
		switch c.Func {
		case "fft":
			return FFT(a, o...)
		case "fft2":
			return FFT2(a, o...)
		case "rfft":
			return RFFT(a, o...)
		case "irfft":
			return IRFFT(a, o...)
		}
	case "float64":
		a := view(c, re)
		switch c.Func {
		case "fftn":
			return FFTN(a, o...)
		case "rfft":
			return RFFT(a, o...)
		case "ihfft":
			return IHFFT(a, o...)
		case "rfftn":
			return RFFTN(a, o...)
		case "rfft2":
			return RFFT2(a, o...)
		}
	case "complex128":
		z := make([]complex128, len(re))
		for k := range z {
			z[k] = complex(re[k], im[k])
		}
		a := view(c, z)
		switch c.Func {
		case "fft":
			return FFT(a, o...)
		case "ifft":
			return IFFT(a, o...)
		case "irfft":
			return IRFFT(a, o...)
		case "hfft":
			return HFFT(a, o...)
		case "fftn":
			return FFTN(a, o...)
		case "ifftn":
			return IFFTN(a, o...)
		case "fft2":
			return FFT2(a, o...)
		case "ifft2":
			return IFFT2(a, o...)
		case "irfftn":
			return IRFFTN(a, o...)
		case "irfft2":
			return IRFFT2(a, o...)
		}
	}
	panic("no Go call for " + c.String())
}

// run32 calls the ...To forms with single-precision input and output.
func run32(c *goldenCase) any {
	re, im, ints := inputData(sizeOf(c.Shape))
	f := toForms[float32, complex64](c.OutShape)
	switch c.Kind {
	case "complex128":
		z := make([]complex64, len(re))
		for k := range z {
			z[k] = complex(float32(re[k]), float32(im[k]))
		}
		return f.fromComplex[c.Func](view(c, z), c.options())
	case "float64":
		x := make([]float32, len(re))
		for k := range x {
			x[k] = float32(re[k])
		}
		return f.fromReal[c.Func](view(c, x), c.options())
	default:
		x := make([]float32, len(ints))
		for k := range x {
			x[k] = float32(ints[k])
		}
		if g, ok := f.fromReal[c.Func]; ok {
			return g(view(c, x), c.options())
		}
		z := make([]complex64, len(ints))
		for k := range z {
			z[k] = complex(x[k], 0)
		}
		return f.fromComplex[c.Func](view(c, z), c.options())
	}
}

func sizeOf(shape []int) int {
	n := 1
	for _, d := range shape {
		n *= d
	}
	return n
}

// flatten returns the shape and the elements of a result as complex128.
func flatten(r any) ([]int, []complex128) {
	switch a := r.(type) {
	case *ndarray.Array[complex128]:
		return a.Shape(), a.ToSlice()
	case *ndarray.Array[complex64]:
		return a.Shape(), ndarray.Convert[complex128](a).ToSlice()
	case *ndarray.Array[float64]:
		return a.Shape(), ndarray.Convert[complex128](a).ToSlice()
	case *ndarray.Array[float32]:
		return a.Shape(), ndarray.Convert[complex128](a).ToSlice()
	}
	panic(fmt.Sprintf("unexpected result %T", r))
}

// transformLen is the largest transform length of a case, for the
// log2(n) growth of rounding errors.
func (c *goldenCase) transformLen() int {
	n := 1
	for _, d := range c.Shape {
		n = max(n, d)
	}
	for _, d := range c.OutShape {
		n = max(n, d)
	}
	if c.Kw.N != nil {
		n = max(n, *c.Kw.N)
	}
	return n
}

// check compares a result with NumPy's: every sampled element within
// ulps·eps·(1+log2 n) of the largest output magnitude.
func check(t *testing.T, c *goldenCase, r any, eps, ulps float64) {
	t.Helper()
	shape, got := flatten(r)
	if fmt.Sprint(shape) != fmt.Sprint(c.OutShape) {
		t.Errorf("%v: shape %v, NumPy %v", c, shape, c.OutShape)
		return
	}
	if _, isReal := r.(interface{ Dtype() ndarray.Type }); isReal && !c.Complex {
		if dt := r.(interface{ Dtype() ndarray.Type }).Dtype(); dt.IsComplex() {
			t.Errorf("%v: complex result, NumPy's is real", c)
		}
	}
	tol := ulps * eps * (1 + math.Log2(float64(c.transformLen()))) * math.Max(c.Scale, 1e-300)
	for i, k := range c.Idx {
		want := complex(c.Re[i], c.Im[i])
		if d := cmplx.Abs(got[k] - want); d > tol || math.IsNaN(d) {
			t.Errorf("%v: [%d] = %v, NumPy %v (|diff| %.3g > tol %.3g)", c, k, got[k], want, d, tol)
			return
		}
	}
}

func TestGolden(t *testing.T) {
	g := loadGolden(t)
	t.Logf("golden data from NumPy %s, %d cases, backend %s", g.Numpy, len(g.Cases), Backend())
	for i := range g.Cases {
		c := &g.Cases[i]
		check(t, c, run64(c), 0x1p-52, 4)
	}
}

// TestGoldenSingle runs the same cases through the ...To forms in float32:
// the input is rounded to float32, so the tolerance is float32's epsilon.
func TestGoldenSingle(t *testing.T) {
	g := loadGolden(t)
	for i := range g.Cases {
		c := &g.Cases[i]
		check(t, c, run32(c), 0x1p-23, 4)
	}
}

func TestGoldenFreq(t *testing.T) {
	g := loadGolden(t)
	for _, c := range g.Freqs {
		var got []float64
		if c.Func == "fftfreq" {
			got = FFTFreq(c.N, c.D).ToSlice()
		} else {
			got = RFFTFreq(c.N, c.D).ToSlice()
		}
		if fmt.Sprint(got) != fmt.Sprint(c.Out) {
			t.Errorf("%s(%d, %g) = %v, NumPy %v", c.Func, c.N, c.D, got, c.Out)
		}
	}
}

func TestGoldenShift(t *testing.T) {
	g := loadGolden(t)
	for _, c := range g.Shifts {
		data := make([]int, sizeOf(c.Shape))
		for k := range data {
			data[k] = k
		}
		a := ndarray.FromSlice(data, c.Shape...)
		var got *ndarray.Array[int]
		if c.Func == "fftshift" {
			got = FFTShift(a, c.Axes...)
		} else {
			got = IFFTShift(a, c.Axes...)
		}
		if fmt.Sprint(got.ToSlice()) != fmt.Sprint(c.Out) || fmt.Sprint(got.Shape()) != fmt.Sprint(c.Shape) {
			t.Errorf("%s(%v, axes=%v) = %v, NumPy %v", c.Func, c.Shape, c.Axes, got.ToSlice(), c.Out)
		}
	}
}

// TestGoldenMeasure runs a third of the cases of up to 128 points with
// plans made by FFTW_MEASURE (under FFTW; the pure-Go engine ignores the
// effort), whose algorithms differ from FFTW_ESTIMATE's; measuring them
// all would take half a minute.
func TestGoldenMeasure(t *testing.T) {
	g := loadGolden(t)
	defer SetPlannerEffort(SetPlannerEffort(Measure))
	for i := range g.Cases {
		if c := &g.Cases[i]; i%3 == 0 && c.transformLen() <= 128 {
			check(t, c, run64(c), 0x1p-52, 4)
			check(t, c, run32(c), 0x1p-23, 4)
		}
	}
}
