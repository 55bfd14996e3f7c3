package ndarray

import (
	"errors"
	"strconv"
	"testing"
)

func TestElementwiseGolden(t *testing.T) {
	var c struct {
		X, Z             golden
		Round            map[string]golden
		Clip, Real, Imag golden
		Angle, Abs       golden
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
	checkClose(t, "Clip", Clip(x, -1, 2), c.Clip, 0, x)
	checkClose(t, "RealPart", RealPart[float64](z), c.Real, 0, z)
	checkClose(t, "ImagPart", ImagPart[float64](z), c.Imag, 0, z)
	checkClose(t, "Angle", Angle[float64](z), c.Angle, 4, z)
	checkClose(t, "AbsComplex", AbsComplex[float64](z), c.Abs, 4, z)
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
	if s := Sum(a).Item(); s != sum {
		t.Errorf("Sum: parallel %v, serial %v", sum, s)
	}
	for i, ser := range []*Array[float64]{Sum(m, Axis(0)), Max(m, Axis(0)), Mean(m, Axis(0))} {
		if !ArrayEqual(cols[i], ser) {
			t.Errorf("reduction %d along axis 0: parallel and serial results differ", i)
		}
	}
}

// TestOutFormsDoNotAllocate proves the out= forms run without allocating.
func TestOutFormsDoNotAllocate(t *testing.T) {
	a := Linspace(0.0, 1.0, 1000).Reshape(10, 100)
	b := Linspace(1.0, 2.0, 100)
	dst := Zeros[float64](10, 100)
	sum := Zeros[float64](100)
	mask := Zeros[bool](10, 100)
	axis0 := []ReduceOption{Axis(0)}
	for name, f := range map[string]func(){
		"AddTo":         func() { AddTo(dst, a, b) },
		"AddTo aliased": func() { AddTo(dst, dst, b) },
		"ExpTo":         func() { ExpTo(dst, a) },
		"LessTo":        func() { LessTo(mask, a, b) },
		"SumTo":         func() { SumTo(sum, a, axis0...) },
		"MaxTo":         func() { MaxTo(sum, a, axis0...) },
		"MeanTo":        func() { MeanTo(sum, a, axis0...) },
		"WhereTo":       func() { WhereTo(dst, mask, a, dst) },
	} {
		if n := testing.AllocsPerRun(20, f); n != 0 {
			t.Errorf("%s: %v allocations per run, want 0", name, n)
		}
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
