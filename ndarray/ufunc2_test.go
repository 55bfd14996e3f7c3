package ndarray

import (
	"fmt"
	"runtime"
	"testing"
)

// batch3Case is a case of testdata/ufunc/batch3.json (gen_ufunc2.py):
// Fmod, Divmod, Fix, NanCumProd, Ediff1d or Unwrap with NumPy's results or
// the error it raised.
type batch3Case struct {
	Func string
	Args []*golden // nil for None
	Kw   struct {
		Axis            *int
		Discont, Period *float64
	}
	Outs        []golden
	Error, Kind string
}

// TestBatch3Golden runs the cases of gen_ufunc2.py bit for bit against
// NumPy, in every layout of extraLayouts (the inputs C-ordered, Fortran-
// ordered and reversed along every axis), broadcast where the case's
// shapes broadcast; the ...To forms also into transposed or strided
// destinations and into the inputs themselves (NumPy's out=), with the
// inputs left unchanged otherwise.
func TestBatch3Golden(t *testing.T) {
	var doc struct{ Cases []batch3Case }
	loadGolden(t, "testdata/ufunc/batch3.json", &doc)
	for i, c := range doc.Cases {
		name := fmt.Sprintf("#%d %s(%s%v)", i, c.Func, c.Args[0].Dtype, c.Args[0].Shape)
		switch c.Args[0].Dtype {
		case "int8":
			runBatch3Real[int8](t, name, c)
		case "int16":
			runBatch3Real[int16](t, name, c)
		case "int32":
			runBatch3Real[int32](t, name, c)
		case "int64":
			runBatch3Real[int64](t, name, c)
		case "uint8":
			runBatch3Real[uint8](t, name, c)
		case "uint16":
			runBatch3Real[uint16](t, name, c)
		case "uint32":
			runBatch3Real[uint32](t, name, c)
		case "uint64":
			runBatch3Real[uint64](t, name, c)
		case "float32":
			runBatch3Float[float32](t, name, c)
		case "float64":
			runBatch3Float[float64](t, name, c)
		case "complex64":
			runBatch3Number[complex64](t, name, c)
		case "complex128":
			runBatch3Number[complex128](t, name, c)
		default:
			t.Errorf("%s: no test for dtype %s", name, c.Args[0].Dtype)
		}
	}
}

// batch3Args returns the case's inputs in a layout, nil for None.
func batch3Args[T Dtype](c batch3Case, layout string) []*Array[T] {
	in := make([]*Array[T], len(c.Args))
	for i, g := range c.Args {
		if g != nil {
			in[i] = relayout(goldenAs[T](*g), layout)
		}
	}
	return in
}

// checkBatch3 runs f, which returns the results of a case, and checks
// them (bit for bit) or the error against NumPy's, and that the inputs
// are unchanged.
func checkBatch3[T Dtype](t *testing.T, name string, c batch3Case, in []*Array[T], f func() []*Array[T]) {
	t.Helper()
	before := make([]*Array[T], len(in))
	for i, a := range in {
		if a != nil {
			before[i] = a.Copy()
		}
	}
	var got []*Array[T]
	err := catch(func() { got = f() })
	checkOutcome(t, name, c.Kind, c.Error, err, nil, nil)
	if c.Kind != "" || err != nil {
		return
	}
	if len(got) != len(c.Outs) {
		t.Fatalf("%s: %d results, NumPy has %d", name, len(got), len(c.Outs))
	}
	// Complex products agree with NumPy's to the last bit but where a part
	// cancels: NumPy's scalar loop (its cumprod's) contracts a·c - b·d
	// into a fused multiply-add, whose rounding error is then the part
	// ((3e20+3e20i)·(3e20-3e20i) is 1.8e41+6.4e24i); within an ulp of
	// the modulus.
	var ulps uint64
	if t := TypeOf[T](); t == Complex64 || t == Complex128 {
		ulps = 1
	}
	for k := range got {
		checkUlps(t, fmt.Sprintf("%s[%d]", name, k), got[k], c.Outs[k], ulps)
	}
	for i, a := range in {
		if a != nil && !ArrayEqual(a, before[i], EqualNaN()) {
			t.Errorf("%s: input %d changed to %v", name, i, a)
		}
	}
}

// runBatch3Float runs Fix and Unwrap, and the other functions as
// runBatch3Real does.
func runBatch3Float[T Float](t *testing.T, name string, c batch3Case) {
	for _, layout := range extraLayouts {
		in, name := batch3Args[T](c, layout), name+"/"+layout
		switch c.Func {
		case "fix":
			x := in[0]
			checkBatch3(t, name, c, in, func() []*Array[T] { return []*Array[T]{Fix(x)} })
			checkBatch3(t, name+"/To", c, in, func() []*Array[T] {
				return []*Array[T]{FixTo(transposedDst[T](x.Shape()), x)}
			})
			checkBatch3(t, name+"/To itself", c, nil, func() []*Array[T] {
				y := x.Copy()
				return []*Array[T]{FixTo(y, y)}
			})
		case "unwrap":
			var opts []UnwrapOption
			if c.Kw.Axis != nil {
				opts = append(opts, UnwrapAxis(*c.Kw.Axis))
			}
			if c.Kw.Discont != nil {
				opts = append(opts, Discont(*c.Kw.Discont))
			}
			if c.Kw.Period != nil {
				opts = append(opts, UnwrapPeriod(*c.Kw.Period))
			}
			checkBatch3(t, name, c, in, func() []*Array[T] { return []*Array[T]{Unwrap(in[0], opts...)} })
		default:
			runBatch3Real[T](t, name, c)
			return // runBatch3Real runs every layout
		}
	}
}

// runBatch3Real runs Fmod and Divmod, and the other functions as
// runBatch3Number does.
func runBatch3Real[T Real](t *testing.T, name string, c batch3Case) {
	if c.Func != "fmod" && c.Func != "divmod" {
		runBatch3Number[T](t, name, c)
		return
	}
	for _, layout := range extraLayouts {
		in, name := batch3Args[T](c, layout), name+"/"+layout
		x, y := in[0], in[1]
		shape := broadcastInto("test", nil, x.Shape(), y.Shape())
		// The operands broadcast to the result's shape and copied, to be
		// written over as NumPy's out=(x, y).
		full := func() (*Array[T], *Array[T]) {
			return relayout(x.BroadcastTo(shape...).Copy(), layout), relayout(y.BroadcastTo(shape...).Copy(), layout)
		}
		if c.Func == "fmod" {
			checkBatch3(t, name, c, in, func() []*Array[T] { return []*Array[T]{Fmod(x, y)} })
			checkBatch3(t, name+"/To", c, in, func() []*Array[T] {
				return []*Array[T]{FmodTo(transposedDst[T](shape), x, y)}
			})
			checkBatch3(t, name+"/To x", c, nil, func() []*Array[T] {
				a, b := full()
				return []*Array[T]{FmodTo(a, a, b)}
			})
			continue
		}
		checkBatch3(t, name, c, in, func() []*Array[T] {
			q, r := Divmod(x, y)
			return []*Array[T]{q, r}
		})
		checkBatch3(t, name+"/To", c, in, func() []*Array[T] {
			q, r := DivmodTo(transposedDst[T](shape), transposedDst[T](shape), x, y)
			return []*Array[T]{q, r}
		})
		for _, alias := range []string{"x, y", "y, x", "x, nil", "nil, y"} {
			checkBatch3(t, name+"/To "+alias, c, nil, func() []*Array[T] {
				a, b := full()
				var q, r *Array[T]
				switch alias {
				case "x, y":
					q, r = a, b
				case "y, x":
					q, r = b, a
				case "x, nil":
					q = a
				case "nil, y":
					r = b
				}
				q, r = DivmodTo(q, r, a, b)
				return []*Array[T]{q, r}
			})
		}
	}
}

// runBatch3Number runs NanCumProd and Ediff1d.
func runBatch3Number[T Number](t *testing.T, name string, c batch3Case) {
	for _, layout := range extraLayouts {
		in, name := batch3Args[T](c, layout), name+"/"+layout
		switch c.Func {
		case "nancumprod":
			var opts []ReduceOption
			if c.Kw.Axis != nil {
				opts = append(opts, Axis(*c.Kw.Axis))
			}
			x := in[0]
			checkBatch3(t, name, c, in, func() []*Array[T] { return []*Array[T]{NanCumProd(x, opts...)} })
			if c.Kind != "" {
				continue
			}
			shape := c.Outs[0].Shape
			checkBatch3(t, name+"/To", c, in, func() []*Array[T] {
				return []*Array[T]{NanCumProdTo(transposedDst[T](shape), x, opts...)}
			})
			if len(shape) == 1 {
				checkBatch3(t, name+"/To strided", c, in, func() []*Array[T] {
					return []*Array[T]{NanCumProdTo(Zeros[T](2*shape[0]).Slice("::-2"), x, opts...)}
				})
			}
			if sameShape(shape, x.Shape()) {
				checkBatch3(t, name+"/To itself", c, nil, func() []*Array[T] {
					y := x.Copy()
					return []*Array[T]{NanCumProdTo(y, y, opts...)}
				})
			}
		case "ediff1d":
			var end, begin *Array[T]
			if len(in) > 1 {
				end = in[1]
			}
			if len(in) > 2 {
				begin = in[2]
			}
			checkBatch3(t, name, c, in, func() []*Array[T] { return []*Array[T]{Ediff1d(in[0], end, begin)} })
		default:
			t.Fatalf("%s: no test for %s of %s", name, c.Func, TypeOf[T]())
		}
	}
}

// TestDivmodMatchesItsUfuncs checks Divmod against FloorDivide and
// Remainder on runs longer than the buffer that DivmodTo's results go
// through when the quotient is written over an input, in C and transposed
// layouts, on one goroutine and split over several.
func TestDivmodMatchesItsUfuncs(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(max(2, runtime.GOMAXPROCS(0))))
	x := Sub(Arange[int64](3000), Scalar[int64](1400)).Reshape(30, 100)
	y := Remainder(Arange[int64](3000), Scalar[int64](23)).Reshape(100, 30).T()
	y = Sub(y, Scalar[int64](11)) // zeros and negative divisors among them
	xf, yf := Convert[float64](x), Mul(Convert[float64](y), Scalar(0.375))
	for _, split := range []int{parallelMin, 64} {
		withParallelMin(split, func() {
			checkDivmod(t, fmt.Sprintf("int64/split %d", split), x, y)
			checkDivmod(t, fmt.Sprintf("float64/split %d", split), xf, yf)
			checkDivmod(t, fmt.Sprintf("float64 transposed/split %d", split), xf.T(), yf.T())
		})
	}
}

func checkDivmod[T Real](t *testing.T, name string, x, y *Array[T]) {
	t.Helper()
	wq, wr := FloorDivide(x, y), Remainder(x, y)
	same := func(what string, q, r *Array[T]) {
		t.Helper()
		if !ArrayEqual(q, wq, EqualNaN()) || !ArrayEqual(r, wr, EqualNaN()) {
			t.Errorf("%s: %s differs from FloorDivide and Remainder", name, what)
		}
	}
	q, r := Divmod(x, y)
	same("Divmod", q, r)
	a, b := x.Copy(), y.Copy()
	q, r = DivmodTo(a, b, a, b)
	same("DivmodTo(x, y, x, y)", q, r)
	a, b = x.Copy(), y.Copy()
	q, r = DivmodTo(b, a, a, b)
	same("DivmodTo(y, x, x, y)", q, r)
}
