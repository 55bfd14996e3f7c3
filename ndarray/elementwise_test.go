package ndarray

import (
	"errors"
	"math"
	"runtime"
	"slices"
	"strconv"
	"testing"

	"github.com/numgo/numgo/internal/racecheck"
)

func TestElementwiseGolden(t *testing.T) {
	var c struct {
		X, Z, XBig       golden
		Round, Round32   map[string]golden
		RoundBig         map[string]golden
		Clip, Real, Imag golden
		Angle, Abs       golden
		AngleDeg         golden `json:"angle_deg"`
		AngleDeg64       golden `json:"angle_deg64"`
		Where            struct{ Cond, A, B, Out golden }
		Bcast            struct{ A, B, Add golden }
	}
	loadGolden(t, "testdata/elementwise/cases.json", &c)
	x, z := goldenAs[float64](c.X), goldenAs[complex128](c.Z)
	for d, want := range c.Round {
		n, err := strconv.Atoi(d)
		if err != nil {
			t.Fatal(err)
		}
		checkClose(t, "Round("+d+")", Round(x, n), want, 0, x)
	}
	x32 := Convert[float32](x)
	for d, want := range c.Round32 {
		n, err := strconv.Atoi(d)
		if err != nil {
			t.Fatal(err)
		}
		checkClose(t, "Round[float32]("+d+")", Round(x32, n), want, 0, x32)
	}
	xbig := goldenAs[float64](c.XBig)
	for d, want := range c.RoundBig {
		n, err := strconv.Atoi(d)
		if err != nil {
			t.Fatal(err)
		}
		checkClose(t, "Round("+d+")", Round(xbig, n), want, 0, xbig)
	}
	checkClose(t, "Clip", Clip(x, -1, 2), c.Clip, 0, x)
	checkClose(t, "RealPart", RealPart[float64](z), c.Real, 0, z)
	checkClose(t, "ImagPart", ImagPart[float64](z), c.Imag, 0, z)
	checkClose(t, "Angle", Angle[float64](z), c.Angle, 4, z)
	checkClose(t, "AbsComplex", AbsComplex[float64](z), c.Abs, 4, z)
	checkClose(t, "AngleDeg", AngleDeg[float64](z), c.AngleDeg, 4, z)
	z64 := Convert[complex64](z)
	checkClose(t, "AngleDeg[float32]", AngleDeg[float32](z64), c.AngleDeg64, 4, z64)
	w := c.Where
	checkClose(t, "Where", Where(goldenAs[bool](w.Cond), goldenAs[float64](w.A), goldenAs[float64](w.B)), w.Out, 0, x)
	checkClose(t, "Add broadcast (3,1,4)+(2,1)", Add(goldenAs[float64](c.Bcast.A), goldenAs[float64](c.Bcast.B)), c.Bcast.Add, 0, x)
	checkClose(t, "Add broadcast (2,1)+(3,1,4)", Add(goldenAs[float64](c.Bcast.B), goldenAs[float64](c.Bcast.A)), c.Bcast.Add, 0, x)
}

func TestComplexPartsAreViews(t *testing.T) {
	z := FromSlice([]complex128{1 + 2i, 3 + 4i, 5 + 6i})
	im := ImagPart[float64](reverseLast(z))
	im.Set(-9, 0)
	if z.At(2) != 5-9i {
		t.Errorf("writing ImagPart of a reversed view: z = %v", z.ToSlice())
	}
	if err := catch(func() { RealPart[float32](z) }); !errors.Is(err, ErrValue) {
		t.Errorf("RealPart[float32] of complex128: got %v", err)
	}
}

// TestBroadcastLayouts checks Add on every layout against index arithmetic.
func TestBroadcastLayouts(t *testing.T) {
	base := Arange[float64](4*5*6).Reshape(4, 5, 6)
	others := map[string]*Array[float64]{
		"same":       Arange[float64](120).Reshape(4, 5, 6),
		"transposed": Arange[float64](120).Reshape(6, 5, 4).T(),
		"row":        Arange[float64](6),
		"column":     Arange[float64](5).Reshape(5, 1),
		"reversed":   reverseLast(Arange[float64](6)),
		"scalar":     Scalar(2.5),
		"stepped":    stepLast(Arange[float64](12), 2),
	}
	for name, o := range others {
		for _, a := range []*Array[float64]{base, base.Transpose(2, 0, 1).Copy().Transpose(1, 2, 0)} {
			got := Add(a, o)
			ob := o.BroadcastTo(a.Shape()...)
			forEachIndex(a.Shape(), func(idx []int) {
				if want := a.At(idx...) + ob.At(idx...); got.At(idx...) != want {
					t.Fatalf("%s: Add at %v = %v, want %v", name, idx, got.At(idx...), want)
				}
			})
		}
	}
	if err := catch(func() { Add(base, Arange[float64](4)) }); !errors.Is(err, ErrShape) ||
		err.Error() != "ndarray: Add: operands could not be broadcast together with shapes (4,5,6) (4,)" {
		t.Errorf("Add of (4,5,6) and (4,): got %v", err)
	}
}

// TestParallelMatchesSerial runs large operations with and without the
// goroutine split and requires identical results.
func TestParallelMatchesSerial(t *testing.T) {
	n := 3*parallelMin + 17
	a := Linspace(-3.0, 5.0, n)
	b := reverseLast(Linspace(1.0, 2.0, n))
	par := Mul(Exp(a), b)
	short := Linspace(-3.0, 5.0, parallelMin/4+17) // split as a costly unary op only
	shortExp := Sin(short)
	sum := Sum(a).Item()
	m := a.Slice(":196608").Reshape(192, 1024)
	cols := []*Array[float64]{Sum(m, Axis(0)), Max(m, Axis(0)), Mean(m, Axis(0))}
	saved := parallelMin
	parallelMin = 1 << 62
	defer func() { parallelMin = saved }()
	ser := Mul(Exp(a), b)
	for i, v := range ser.Data() {
		if par.Data()[i] != v {
			t.Fatalf("element %d: parallel %v, serial %v", i, par.Data()[i], v)
		}
	}
	if !ArrayEqual(shortExp, Sin(short)) {
		t.Errorf("Sin of %d elements: parallel and serial results differ", short.Size())
	}
	if s := Sum(a).Item(); s != sum {
		t.Errorf("Sum: parallel %v, serial %v", sum, s)
	}
	for i, ser := range []*Array[float64]{Sum(m, Axis(0)), Max(m, Axis(0)), Mean(m, Axis(0))} {
		if !ArrayEqual(cols[i], ser) {
			t.Errorf("reduction %d along axis 0: parallel and serial results differ", i)
		}
	}
}

// TestOutFormsDoNotAllocate proves the out= forms run without allocating,
// for contiguous inputs and for the views that take other paths: a
// transposed input, a reversed one and every other element; on one
// goroutine, and split over two (with the split threshold lowered, and
// the allocations of the helper goroutines counted too).
func TestOutFormsDoNotAllocate(t *testing.T) {
	if racecheck.Enabled {
		t.Skip("sync.Pool drops items at random under -race")
	}
	t.Run("serial", func(t *testing.T) { testOutFormsAllocs(t, testing.AllocsPerRun) })
	defer runtime.GOMAXPROCS(max(2, runtime.GOMAXPROCS(0)))
	runtime.GOMAXPROCS(max(2, runtime.GOMAXPROCS(0)))
	withParallelMin(64, func() {
		t.Run("split", func(t *testing.T) { testOutFormsAllocs(t, mallocsPerRun) })
	})
}

// mallocsPerRun is testing.AllocsPerRun without its GOMAXPROCS of 1, so
// that a call splits over goroutines: the fewest heap allocations of a run
// of f, after a warm-up run, over runs runs.
func mallocsPerRun(runs int, f func()) float64 {
	f()
	best := uint64(math.MaxUint64)
	for range runs {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		f()
		runtime.ReadMemStats(&after)
		best = min(best, after.Mallocs-before.Mallocs)
	}
	return float64(best)
}

func testOutFormsAllocs(t *testing.T, allocsPerRun func(int, func()) float64) {
	inputs := map[string]*Array[float64]{
		"contiguous": Linspace(0.0, 1.0, 1000).Reshape(10, 100),
		"transposed": Linspace(0.0, 1.0, 1000).Reshape(100, 10).T(),
		"reversed":   Linspace(0.0, 1.0, 1000).Reshape(10, 100).Slice(":, ::-1"),
		"step 2":     Linspace(0.0, 1.0, 2000).Reshape(10, 200).Slice(":, ::2"),
	}
	b := Linspace(1.0, 2.0, 100)
	dst := Zeros[float64](10, 100)
	dst32 := Zeros[float32](10, 100)
	sum := Zeros[float64](100)
	mask := Zeros[bool](10, 100)
	dst2 := Zeros[float64](10, 100)
	exps, exps32 := Arange(-50, 50), Zeros[int32](10, 100)
	axis0 := []ReduceOption{Axis(0)}
	for layout, a := range inputs {
		for name, f := range map[string]func(){
			"AddTo":         func() { AddTo(dst, a, b) },
			"AddTo aliased": func() { AddTo(dst, dst, b) },
			"ExpTo":         func() { ExpTo(dst, a) },
			"SinTo":         func() { SinTo(dst, a) },
			"SqrtTo":        func() { SqrtTo(dst, a) },
			"PowTo":         func() { PowTo(dst, a, b) },
			"LessTo":        func() { LessTo(mask, a, b) },
			"SumTo":         func() { SumTo(sum, a, axis0...) },
			"MaxTo":         func() { MaxTo(sum, a, axis0...) },
			"MeanTo":        func() { MeanTo(sum, a, axis0...) },
			"WhereTo":       func() { WhereTo(dst, mask, a, dst) },
			"CopyTo":        func() { CopyTo(dst, a) },
			"ConvertTo":     func() { ConvertTo(dst32, a) },
			"ClipTo":        func() { ClipTo(dst, a, 0.2, 0.8) },
			"LogaddexpTo":   func() { LogaddexpTo(dst, a, b) },
			"NextafterTo":   func() { NextafterTo(dst, a, b) },
			"FloatPowerTo":  func() { FloatPowerTo(dst, a, b) },
			"SincTo":        func() { SincTo(dst, a) },
			"SpacingTo":     func() { SpacingTo(dst, a) },
			"SignbitTo":     func() { SignbitTo(mask, a) },
			"LdexpTo":       func() { LdexpTo(dst, a, exps) },
			"FrexpTo":       func() { FrexpTo(dst, exps32, a) },
			"ModfTo":        func() { ModfTo(dst, dst2, a) },
			"FmodTo":        func() { FmodTo(dst, a, b) },
			"FixTo":         func() { FixTo(dst, a) },
			"DivmodTo":      func() { DivmodTo(dst, dst2, a, b) },
			"DivmodTo x, y": func() { DivmodTo(dst, dst2, dst, dst2) },
			"NanCumProdTo":  func() { NanCumProdTo(dst, a, axis0...) },
			"CumSumTo":      func() { CumSumTo(dst, a, axis0...) },
			"CumProdTo":     func() { CumProdTo(dst, a, axis0...) },
			"NanCumSumTo":   func() { NanCumSumTo(dst, a, axis0...) },
		} {
			if n := allocsPerRun(20, f); n != 0 {
				t.Errorf("%s of a %s input: %v allocations per run, want 0", name, layout, n)
			}
		}
	}
	a32 := Linspace[float32](0, 1, 1000).Reshape(100, 10).T()
	if n := allocsPerRun(20, func() { ExpTo(dst32, a32) }); n != 0 {
		t.Errorf("ExpTo of a transposed float32 input: %v allocations per run, want 0", n)
	}
	// A 1-d input is its own flattening: NanCumProdTo without an axis
	// allocates nothing either (a flattened n-d input is a new view, or a
	// copy as NumPy's ravel makes).
	rev, strided := Linspace(0.0, 1.0, 100).Slice("::-1"), Zeros[float64](200).Slice("::2")
	if n := allocsPerRun(20, func() { NanCumProdTo(strided, rev) }); n != 0 {
		t.Errorf("NanCumProdTo of a reversed 1-d input: %v allocations per run, want 0", n)
	}
	ints, idst := Arange(1000).Reshape(100, 10).T(), Zeros[int](10, 100)
	if n := allocsPerRun(20, func() { GcdTo(idst, ints, exps); LcmTo(idst, ints, exps) }); n != 0 {
		t.Errorf("GcdTo and LcmTo of a transposed int input: %v allocations per run, want 0", n)
	}
}

func TestAliasedOutput(t *testing.T) {
	a := Arange[float64](9).Reshape(3, 3)
	// a = a + a.T must read a.T before it is overwritten, as NumPy does.
	AddTo(a, a, a.T())
	want := []float64{0, 4, 8, 4, 8, 12, 8, 12, 16}
	for i, v := range a.Data() {
		if v != want[i] {
			t.Fatalf("a += a.T gave %v, want %v", a.Data(), want)
		}
	}
}

// TestShortPathOverlap checks the short path of small contiguous operands
// against a naive reference when the destination overlaps an input with an
// offset (NumPy copies the input first), is the input itself, or is a
// read-only or wrongly shaped array (the general path's panics).
func TestShortPathOverlap(t *testing.T) {
	for _, n := range []int{1, 2, 10, 300} {
		for _, shift := range []int{-1, 1} {
			x := Arange(0.0, float64(n+1), 1.0)
			src := append([]float64(nil), x.Data()...)
			dst, a := x.Slice("1:"), x.Slice(":-1")
			if shift < 0 {
				dst, a = a, dst
			}
			want := make([]float64, n)
			wantSqrt := make([]float64, n)
			for i := range want {
				v := src[i]
				if shift < 0 {
					v = src[i+1]
				}
				want[i] = v + v
				wantSqrt[i] = math.Sqrt(v)
			}
			AddTo(dst, a, a)
			if i := firstDiff(dst.ToSlice(), want); i >= 0 {
				t.Errorf("n=%d shift=%d: AddTo into an overlapping view: element %d is %v, want %v", n, shift, i, dst.At(i), want[i])
			}
			copy(x.Data(), src)
			SqrtTo(dst, a)
			if i := firstDiff(dst.ToSlice(), wantSqrt); i >= 0 {
				t.Errorf("n=%d shift=%d: SqrtTo into an overlapping view: element %d is %v, want %v", n, shift, i, dst.At(i), wantSqrt[i])
			}
		}
		x, y := Arange(0.0, float64(n), 1.0), Full(2.0, n)
		AddTo(x, x, y)
		for i, v := range x.Data() {
			if v != float64(i)+2 {
				t.Fatalf("n=%d: x += 2 gave %v at %d, want %v", n, v, i, float64(i)+2)
			}
		}
		for name, c := range map[string]struct {
			f  func()
			is error
		}{
			"AddTo read-only":    {func() { AddTo(y.BroadcastTo(n), x, y) }, ErrValue},
			"AddTo wrong shape":  {func() { AddTo(Zeros[float64](), x, y) }, ErrShape}, // (n,) does not broadcast to ()
			"SqrtTo wrong shape": {func() { SqrtTo(x, Zeros[float64](n+1)) }, ErrShape},
		} {
			if err := catch(c.f); !errors.Is(err, c.is) {
				t.Errorf("n=%d %s: %v, want %v", n, name, err, c.is)
			}
		}
	}
}

// firstDiff returns the index of the first element where got and want
// differ, or -1.
func firstDiff(got, want []float64) int {
	for i := range got {
		if got[i] != want[i] {
			return i
		}
	}
	return -1
}

// TestSmallResultAllocs pins the allocations of small results and views:
// the array with its shape and strides in one allocation, and the data
// (none when a recycled block serves it, as it may for Exp's 8000 bytes).
func TestSmallResultAllocs(t *testing.T) {
	x, y := Linspace(0.0, 1.0, 10), Linspace(1.0, 2.0, 10)
	e := Linspace(0.0, 1.0, 1000)
	m2, m4, m := Zeros[float64](2, 3), Zeros[float64](2, 3, 4, 5), Zeros[float64](2, 3, 4, 5, 6)
	for name, c := range map[string]struct {
		f    func()
		most float64
	}{
		"Add n=10":           {func() { Add(x, y) }, 2},
		"Zeros n=10":         {func() { Zeros[float64](10) }, 2},
		"Zeros 0-d":          {func() { Zeros[float64]() }, 2},
		"Exp n=1000":         {func() { Exp(e) }, 2},
		"Transpose 2-d view": {func() { m2.T() }, 1},
		"Transpose 4-d view": {func() { m4.T() }, 1},
		"Reshape 1-d to 2-d": {func() { x.Reshape(2, -1) }, 1},
		"Reshape 4-d to 2-d": {func() { m4.Reshape(6, 20) }, 1},
		"Transpose 5-d view": {func() { m.T() }, 2}, // more axes than inlineDims: the layout apart
	} {
		if n := testing.AllocsPerRun(50, c.f); n > c.most {
			t.Errorf("%s: %v allocations per run, want at most %v", name, n, c.most)
		}
	}
}

// TestNanToNumComplex checks each part's replacement against NumPy 1.24's
// np.nan_to_num(z, nan=1, posinf=2, neginf=3), on a transposed view too.
func TestNanToNumComplex(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	z := FromSlice([]complex128{complex(nan, inf), complex(-inf, 2), complex(1, -inf), complex(nan, nan), 3 + 4i, 5})
	want := []complex128{1 + 2i, 3 + 2i, 1 + 3i, 1 + 1i, 3 + 4i, 5}
	if got := NanToNumComplex[float64](z, 1, 2, 3).ToSlice(); !slices.Equal(got, want) {
		t.Errorf("NanToNumComplex = %v, NumPy %v", got, want)
	}
	zt := z.Reshape(2, 3).T()
	if got := NanToNumComplex[float64](zt, 1, 2, 3).ToSlice(); !slices.Equal(got, FromSlice(want).Reshape(2, 3).T().ToSlice()) {
		t.Errorf("NanToNumComplex of a transposed view = %v", got)
	}
	if got := NanToNumComplex[float32](Convert[complex64](z), 1, 2, 3).ToSlice(); !slices.Equal(got, Convert[complex64](FromSlice(want)).ToSlice()) {
		t.Errorf("NanToNumComplex of complex64 = %v", got)
	}
}
