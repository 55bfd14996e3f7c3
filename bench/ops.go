package bench

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/numgo/numgo/fft"
	"github.com/numgo/numgo/linalg"
	"github.com/numgo/numgo/ndarray"
)

// ErrNotYet is returned by Setup for a case whose numgo API does not exist
// yet (or has no out= form): the table shows "not yet" for numgo.
var ErrNotYet = errors.New("numgo: not yet")

// A setupFunc prepares a case's inputs and returns one call of the operation.
type setupFunc func(c Case) (run func(), err error)

// sink keeps results alive so that no call is optimised away.
var sink any

// registry maps an op and a dtype of cases.json to numgo's implementation.
// Add an entry when the API lands; a case without one is "not yet".
var registry = map[string]map[string]setupFunc{
	"zeros": {
		"float64": creation(func(sh []int) *ndarray.Array[float64] { return ndarray.Zeros[float64](sh...) }),
	},
	"full": {
		"float64": creation(func(sh []int) *ndarray.Array[float64] { return ndarray.Full(1.5, sh...) }),
	},
	"arange": {
		"float64": creation(func(sh []int) *ndarray.Array[float64] { return ndarray.Arange(0.0, float64(sh[0]), 1.0) }),
	},
	"linspace": {
		"float64": creation(func(sh []int) *ndarray.Array[float64] { return ndarray.Linspace(0.0, 1.0, sh[0]) }),
	},
	"copy": {
		"float64": view(func(a *ndarray.Array[float64], _ Case) *ndarray.Array[float64] { return a.Copy() }),
	},
	"astype": {"float64": astype},

	"add": {
		"float64":    binary(ndarray.Add[float64], ndarray.AddTo[float64]),
		"float32":    binary(ndarray.Add[float32], ndarray.AddTo[float32]),
		"complex128": binary(ndarray.Add[complex128], ndarray.AddTo[complex128]),
	},
	"sub": {"float64": binary(ndarray.Sub[float64], ndarray.SubTo[float64])},
	"mul": {
		"float64": binary(ndarray.Mul[float64], ndarray.MulTo[float64]),
		"float32": binary(ndarray.Mul[float32], ndarray.MulTo[float32]),
	},
	"div":     {"float64": binary(ndarray.Div[float64], ndarray.DivTo[float64])},
	"maximum": {"float64": binary(ndarray.Maximum[float64], ndarray.MaximumTo[float64])},
	"pow":     {"float64": binary(ndarray.Pow[float64], ndarray.PowTo[float64])},
	"greater": {"float64": binary(ndarray.Greater[float64], ndarray.GreaterTo[float64])},

	"exp": {
		"float64": unary(ndarray.Exp[float64], ndarray.ExpTo[float64]),
		"float32": unary(ndarray.Exp[float32], ndarray.ExpTo[float32]),
	},
	"log":  {"float64": unary(ndarray.Log[float64], ndarray.LogTo[float64])},
	"sin":  {"float64": unary(ndarray.Sin[float64], ndarray.SinTo[float64])},
	"cos":  {"float64": unary(ndarray.Cos[float64], ndarray.CosTo[float64])},
	"tanh": {"float64": unary(ndarray.Tanh[float64], ndarray.TanhTo[float64])},
	"sqrt": {
		"float64": unary(ndarray.Sqrt[float64], ndarray.SqrtTo[float64]),
		"float32": unary(ndarray.Sqrt[float32], ndarray.SqrtTo[float32]),
	},

	"sum": {
		"float64": reduce(ndarray.Sum[float64], ndarray.SumTo[float64]),
		"float32": reduce(ndarray.Sum[float32], ndarray.SumTo[float32]),
	},
	"mean":   {"float64": reduce(ndarray.Mean[float64], ndarray.MeanTo[float64])},
	"max":    {"float64": reduce(ndarray.Max[float64], ndarray.MaxTo[float64])},
	"std":    {"float64": reduce(ndarray.Std[float64], nil)},
	"argmax": {"float64": reduce(ndarray.ArgMax[float64], nil)},
	"cumsum": {"float64": reduce(ndarray.CumSum[float64], nil)},

	"transpose": {
		"float64": view(func(a *ndarray.Array[float64], _ Case) *ndarray.Array[float64] { return a.T() }),
	},
	"reshape": {
		"float64": view(func(a *ndarray.Array[float64], c Case) *ndarray.Array[float64] { return a.Reshape(c.Args.Shape...) }),
	},
	"slice": {"float64": slicing},
	"swapaxes_copy": {
		"float64": view(func(a *ndarray.Array[float64], c Case) *ndarray.Array[float64] {
			return a.SwapAxes(c.Args.Axis1, c.Args.Axis2).Copy()
		}),
	},

	"concatenate": {"float64": joining(ndarray.Concatenate[float64])},
	"stack":       {"float64": joining(ndarray.Stack[float64])},

	"sort": {
		"float64": sorting(ndarray.Sort[float64]),
		"float32": sorting(ndarray.Sort[float32]),
		"int64":   sorting(ndarray.Sort[int64]),
	},
	"argsort": {"float64": sorting(ndarray.ArgSort[float64])},

	"matmul": {
		"float64":    binary(linalg.Matmul[float64], linalg.MatmulTo[float64]),
		"float32":    binary(linalg.Matmul[float32], linalg.MatmulTo[float32]),
		"complex128": binary(linalg.Matmul[complex128], linalg.MatmulTo[complex128]),
	},
	"gram": {
		"float64": unary(func(a *ndarray.Array[float64]) *ndarray.Array[float64] { return linalg.Matmul(a.T(), a) }, nil),
	},
	"dot":       {"float64": binary(linalg.Dot[float64], nil)},
	"outer":     {"float64": binary(linalg.Outer[float64], nil)},
	"tensordot": {"float64": tensordot},
	"einsum":    {"float64": einsum},

	"inv": {"float64": decomposition(func(ops []*ndarray.Array[float64]) (err error) {
		sink, err = linalg.Inv(ops[0])
		return err
	})},
	"solve": {"float64": decomposition(func(ops []*ndarray.Array[float64]) (err error) {
		sink, err = linalg.Solve(ops[0], ops[1])
		return err
	})},
	"det": {"float64": decomposition(func(ops []*ndarray.Array[float64]) error {
		sink = linalg.Det(ops[0])
		return nil
	})},
	"svd": {"float64": decomposition(func(ops []*ndarray.Array[float64]) (err error) {
		_, sink, _, err = linalg.SVD(ops[0])
		return err
	})},
	"eigh": {"float64": decomposition(func(ops []*ndarray.Array[float64]) (err error) {
		sink, _, err = linalg.Eigh(ops[0])
		return err
	})},
	"qr": {"float64": decomposition(func(ops []*ndarray.Array[float64]) error {
		sink, _ = linalg.QR(ops[0])
		return nil
	})},
	"cholesky": {"float64": decomposition(func(ops []*ndarray.Array[float64]) (err error) {
		sink, err = linalg.Cholesky(ops[0])
		return err
	})},

	"save": {"float64": save[float64]},
	"load": {"float64": load[float64], "float32": load[float32]},

	"fft":   {"complex128": transform(fft.FFT[complex128], fft.FFTTo[complex128, complex128])},
	"ifft":  {"complex128": transform(fft.IFFT[complex128], fft.IFFTTo[complex128, complex128])},
	"rfft":  {"float64": transform(fft.RFFT[float64], fft.RFFTTo[complex128, float64])},
	"irfft": {"complex128": transform(fft.IRFFT[complex128], fft.IRFFTTo[float64, complex128])},
	"fft2":  {"complex128": transform(fft.FFT2[complex128], fft.FFT2To[complex128, complex128])},
	"rfft2": {"float64": transform(fft.RFFT2[float64], fft.RFFT2To[complex128, float64])},
}

// Implemented reports whether numgo has an implementation of the case's op
// and dtype.
func Implemented(c Case) bool {
	return registry[c.Op][c.Dtype] != nil
}

// Setup prepares the case on numgo and returns a function that performs one
// call of it. It returns ErrNotYet if numgo lacks the API, and an error if
// the first call panics.
func Setup(c Case) (run func(), err error) {
	f := registry[c.Op][c.Dtype]
	if f == nil {
		return nil, ErrNotYet
	}
	defer func() {
		if r := recover(); r != nil {
			run, err = nil, fmt.Errorf("numgo: %s panics: %v", c.Name, r)
		}
	}()
	run, err = f(c)
	if err == nil {
		run() // a first call: it panics here, not inside the benchmark loop
	}
	return run, err
}

func creation[T ndarray.Dtype](f func(shape []int) *ndarray.Array[T]) setupFunc {
	return func(c Case) (func(), error) {
		if c.Out {
			return nil, ErrNotYet
		}
		shape := c.Shapes[0]
		return func() { sink = f(shape) }, nil
	}
}

// view covers one-operand operations without an out= form (views, copies).
func view[T ndarray.Dtype](f func(a *ndarray.Array[T], c Case) *ndarray.Array[T]) setupFunc {
	return func(c Case) (func(), error) {
		if c.Out {
			return nil, ErrNotYet
		}
		a := operands[T](c)[0]
		return func() { sink = f(a, c) }, nil
	}
}

// slicing times a.SliceOf with the index parsed once, as numpy_bench.py
// builds its key tuple once: both sides time the slicing, not the parsing
// of the spec (a.Slice(spec) adds about 50 ns for "::2, ::-1").
func slicing(c Case) (func(), error) {
	if c.Out {
		return nil, ErrNotYet
	}
	idx, err := ndarray.ParseIndex(c.Args.Spec)
	if err != nil {
		return nil, err
	}
	a := operands[float64](c)[0]
	return func() { sink = a.SliceOf(idx...) }, nil
}

func astype(c Case) (func(), error) {
	if c.Args.To != "float32" || c.Out {
		return nil, ErrNotYet
	}
	a := operands[float64](c)[0]
	return func() { sink = ndarray.Convert[float32](a) }, nil
}

func binary[T, R ndarray.Dtype](f func(a, b *ndarray.Array[T]) *ndarray.Array[R],
	to func(dst *ndarray.Array[R], a, b *ndarray.Array[T]) *ndarray.Array[R]) setupFunc {
	return func(c Case) (func(), error) {
		ops := operands[T](c)
		a, b := ops[0], ops[1]
		if !c.Out {
			return func() { sink = f(a, b) }, nil
		}
		if to == nil {
			return nil, ErrNotYet
		}
		dst := ndarray.Empty[R](f(a, b).Shape()...)
		return func() { sink = to(dst, a, b) }, nil
	}
}

func unary[T, R ndarray.Dtype](f func(a *ndarray.Array[T]) *ndarray.Array[R],
	to func(dst *ndarray.Array[R], a *ndarray.Array[T]) *ndarray.Array[R]) setupFunc {
	return func(c Case) (func(), error) {
		a := operands[T](c)[0]
		if !c.Out {
			return func() { sink = f(a) }, nil
		}
		if to == nil {
			return nil, ErrNotYet
		}
		dst := ndarray.Empty[R](f(a).Shape()...)
		return func() { sink = to(dst, a) }, nil
	}
}

// joining covers Concatenate and Stack of all the operands along Args.Axis.
func joining[T ndarray.Dtype](f func(arrays []*ndarray.Array[T], axis int) *ndarray.Array[T]) setupFunc {
	return func(c Case) (func(), error) {
		if c.Out || c.Args.Axis == nil {
			return nil, ErrNotYet
		}
		ops, axis := operands[T](c), *c.Args.Axis
		return func() { sink = f(ops, axis) }, nil
	}
}

// sorting covers Sort and ArgSort along Args.Axis (default the last, as NumPy).
func sorting[T, R ndarray.Dtype](f func(a *ndarray.Array[T], opts ...ndarray.SortOption) *ndarray.Array[R]) setupFunc {
	return func(c Case) (func(), error) {
		if c.Out {
			return nil, ErrNotYet
		}
		a := operands[T](c)[0]
		var opts []ndarray.SortOption
		if c.Args.Axis != nil {
			opts = append(opts, ndarray.SortAxis(*c.Args.Axis))
		}
		return func() { sink = f(a, opts...) }, nil
	}
}

func tensordot(c Case) (func(), error) {
	if c.Out || len(c.Args.Axes) != 2 {
		return nil, ErrNotYet
	}
	ops := operands[float64](c)
	a, b, axA, axB := ops[0], ops[1], c.Args.Axes[0], c.Args.Axes[1]
	return func() { sink = linalg.Tensordot(a, b, axA, axB) }, nil
}

// einsum runs numgo's one Einsum for both of NumPy's modes (optimize=False
// and True): numgo always contracts pairwise through GEMM.
func einsum(c Case) (func(), error) {
	if c.Out {
		return nil, ErrNotYet
	}
	ops, spec := operands[float64](c), c.Args.Spec
	return func() { sink = linalg.Einsum(spec, ops...) }, nil
}

// reduce covers reductions; to is nil where numgo has no out= form.
func reduce[T, R ndarray.Dtype](f func(a *ndarray.Array[T], opts ...ndarray.ReduceOption) *ndarray.Array[R],
	to func(dst *ndarray.Array[R], a *ndarray.Array[T], opts ...ndarray.ReduceOption) *ndarray.Array[R]) setupFunc {
	return func(c Case) (func(), error) {
		a := operands[T](c)[0]
		var opts []ndarray.ReduceOption
		if c.Args.Axis != nil {
			opts = append(opts, ndarray.Axis(*c.Args.Axis))
		}
		if !c.Out {
			return func() { sink = f(a, opts...) }, nil
		}
		if to == nil {
			return nil, ErrNotYet
		}
		dst := ndarray.Empty[R](f(a, opts...).Shape()...)
		return func() { sink = to(dst, a, opts...) }, nil
	}
}

// decomposition covers the numpy.linalg routines: f runs the routine on the
// operands, the first made well-conditioned as numpy_bench.py makes it.
func decomposition(f func(ops []*ndarray.Array[float64]) error) setupFunc {
	return func(c Case) (func(), error) {
		if c.Out {
			return nil, ErrNotYet
		}
		ops := operands[float64](c)
		ops[0] = wellConditioned(ops[0], c.Op)
		if err := f(ops); err != nil {
			return nil, err
		}
		return func() { _ = f(ops) }, nil
	}
}

// wellConditioned returns a matrix (or stack) the routine accepts: symmetric
// for eigh, symmetric positive definite for cholesky, otherwise diagonally
// dominant; scaled by 1/n so that det stays finite. numpy_bench.py's
// well_conditioned builds the same.
func wellConditioned(a *ndarray.Array[float64], op string) *ndarray.Array[float64] {
	nd := a.Ndim()
	n := float64(a.Shape()[nd-1])
	at := a.SwapAxes(nd-2, nd-1)
	nI := ndarray.Mul(ndarray.Eye[float64](a.Shape()[nd-1]), ndarray.Scalar(n))
	switch op {
	case "eigh":
		return ndarray.Div(ndarray.Add(a, at), ndarray.Scalar(2.0))
	case "cholesky":
		return ndarray.Div(ndarray.Add(linalg.Matmul(a, at), nI), ndarray.Scalar(n))
	}
	return ndarray.Div(ndarray.Add(a, nI), ndarray.Scalar(n))
}

// save writes the array as .npy into a fresh in-memory buffer, as
// np.save(io.BytesIO(), a) does on the NumPy side.
func save[T ndarray.Dtype](c Case) (func(), error) {
	if c.Out {
		return nil, ErrNotYet
	}
	a := operands[T](c)[0]
	return func() {
		var buf bytes.Buffer
		if err := ndarray.Save(&buf, a); err != nil {
			panic(err)
		}
		sink = buf.Len()
	}, nil
}

// load reads the array back from .npy bytes in memory, as
// np.load(io.BytesIO(data)) does.
func load[T ndarray.Dtype](c Case) (func(), error) {
	if c.Out {
		return nil, ErrNotYet
	}
	var buf bytes.Buffer
	if err := ndarray.Save(&buf, operands[T](c)[0]); err != nil {
		return nil, err
	}
	data := buf.Bytes()
	return func() {
		a, err := ndarray.Load[T](bytes.NewReader(data))
		if err != nil {
			panic(err)
		}
		sink = a
	}, nil
}

// transform covers the FFTs, with NumPy's defaults (last axis or axes, n of the input).
func transform[T, R ndarray.Dtype](f func(a *ndarray.Array[T], opts ...fft.Option) *ndarray.Array[R],
	to func(dst *ndarray.Array[R], a *ndarray.Array[T], opts ...fft.Option) *ndarray.Array[R]) setupFunc {
	return func(c Case) (func(), error) {
		a := operands[T](c)[0]
		run := func() { sink = f(a) }
		if c.Out {
			dst := ndarray.Empty[R](f(a).Shape()...)
			run = func() { sink = to(dst, a) }
		}
		if !c.Args.Measure {
			return run, nil
		}
		// FFTW_MEASURE plans once per layout, for seconds at large n: plan
		// here, so that the timed calls find the plan cached, and leave
		// the other cases on the default effort.
		measured := func() {
			prev := fft.SetPlannerEffort(fft.Measure)
			defer fft.SetPlannerEffort(prev)
			run()
		}
		measured()
		return measured, nil
	}
}
