package ndarray

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unsafe"
)

// indexHelpersCase is one case of testdata/gen_indexhelpers.py: NumPy's
// result (Out, Outs; Shares and May for shares_memory) or exception
// (Kind, Error) for Op on arrays of Dtype, the first input taken through
// View; large inputs are zeros given by Shapes.
type indexHelpersCase struct {
	Op     string
	Dtype  string
	In     []golden
	View   string
	N, K   int
	M      *int
	Ndim   int
	Wrap   bool
	Axis   int
	Start  int
	Rows   []int
	Shapes [][]int
	A, B   []string
	Shares bool
	May    bool
	Out    *golden
	Outs   []golden
	Error  string
	Kind   string
}

// indexHelpersRunners runs a case on arrays of the Go type named by its dtype.
var indexHelpersRunners = map[string]func(*testing.T, string, indexHelpersCase){
	"bool": runIndexHelpers[bool], "int8": runIndexHelpers[int8], "int16": runIndexHelpers[int16],
	"int32": runIndexHelpers[int32], "int64": runIndexHelpers[int64], "uint8": runIndexHelpers[uint8],
	"uint16": runIndexHelpers[uint16], "uint32": runIndexHelpers[uint32], "uint64": runIndexHelpers[uint64],
	"float32": runIndexHelpers[float32], "float64": runIndexHelpers[float64],
	"complex64": runIndexHelpers[complex64], "complex128": runIndexHelpers[complex128],
}

func TestIndexHelpersGolden(t *testing.T) {
	var cases []indexHelpersCase
	loadGolden(t, "testdata/indexhelpers/cases.json", &cases)
	counts := map[string]int{}
	for i, c := range cases {
		name := fmt.Sprintf("#%d %s/%s/%s", i, c.Op, c.Dtype, c.View)
		run, ok := indexHelpersRunners[c.Dtype]
		if !ok {
			t.Fatalf("%s: no runner for dtype %s", name, c.Dtype)
		}
		run(t, name, c)
		counts[c.Op]++
		if c.Dtype == "int64" { // Go's int, NumPy's default integer, too
			runIndexHelpers[int](t, name+"/int", c)
		}
	}
	t.Logf("%d cases, by function %v", len(cases), counts)
}

// runIndexHelpers runs c on arrays of T and checks the result or the
// error, that inputs other than FillDiagonal's array are unchanged, and
// that views are views.
func runIndexHelpers[T Dtype](t *testing.T, name string, c indexHelpersCase) {
	t.Helper()
	if c.Op == "shares_memory" {
		checkSharesMemory[T](t, name, c)
		return
	}
	ins := make([]*Array[T], len(c.In))
	for _, shape := range c.Shapes { // large blocks, given by shape
		ins = append(ins, Zeros[T](shape...))
	}
	var before []func() bool // each reports whether an input is unchanged
	for i, g := range c.In {
		ins[i] = goldenAs[T](g)
		if i == 0 {
			ins[0] = manip2View(ins[0], c.View)
		}
		if i > 0 || c.Op != "fill_diagonal" {
			a, s := ins[i], ins[i].ToSlice()
			before = append(before, func() bool { return sameSlice(a.ToSlice(), s) })
		}
	}
	var got *Array[T]
	var idx []*Array[int]
	err := catch(func() { got, idx = callIndexHelpers(c, ins) })
	for i, same := range before {
		if !same() {
			t.Errorf("%s: input %d modified", name, i)
		}
	}
	if erred(t, name, err, c.Kind, c.Error) {
		if c.Op == "fill_diagonal" && c.View == "bcast" && !strings.Contains(fmt.Sprint(err), "read-only") &&
			!strings.Contains(fmt.Sprint(err), "equal length") {
			t.Errorf("%s: got %v, want a read-only error", name, err)
		}
		return
	}
	if c.Outs != nil || idx != nil {
		if len(idx) != len(c.Outs) {
			t.Errorf("%s: %d results, NumPy has %d", name, len(idx), len(c.Outs))
			return
		}
		for k := range idx {
			checkArray(t, fmt.Sprintf("%s[%d]", name, k), idx[k], c.Outs[k])
		}
		return
	}
	checkArray(t, name, got, *c.Out)
	switch c.Op {
	case "flipud", "fliplr", "rollaxis":
		if got.Size() > 0 && !sharesData(got, ins[0]) {
			t.Errorf("%s: result is a copy, want a view", name)
		}
	case "block", "block2":
		for i, a := range ins {
			if got.Size() > 0 && a.Size() > 0 && SharesMemory(got, a) {
				t.Errorf("%s: result shares memory with input %d", name, i)
			}
		}
	}
}

// callIndexHelpers calls c's function: its result is an *Array[T] (for
// FillDiagonal, the array written) or a list of index arrays.
func callIndexHelpers[T Dtype](c indexHelpersCase, ins []*Array[T]) (*Array[T], []*Array[int]) {
	var m []int
	if c.M != nil {
		m = []int{*c.M}
	}
	switch c.Op {
	case "triu_indices":
		return nil, TriuIndices(c.N, c.K, m...)
	case "tril_indices":
		return nil, TrilIndices(c.N, c.K, m...)
	case "triu_indices_from":
		return nil, TriuIndicesFrom(ins[0], c.K)
	case "tril_indices_from":
		return nil, TrilIndicesFrom(ins[0], c.K)
	case "diag_indices":
		return nil, DiagIndices(c.N, c.Ndim)
	case "diag_indices_from":
		return nil, DiagIndicesFrom(ins[0])
	case "fill_diagonal":
		FillDiagonal(ins[0], ins[1], c.Wrap)
		return ins[0], nil
	case "ix_":
		return nil, callIx(ins)
	case "flipud":
		return Flipud(ins[0]), nil
	case "fliplr":
		return Fliplr(ins[0]), nil
	case "rollaxis":
		return ins[0].RollAxis(c.Axis, c.Start), nil
	case "block":
		return Block(ins), nil
	case "block2":
		rows := make([][]*Array[T], len(c.Rows))
		for i, n := range c.Rows {
			rows[i], ins = ins[:n], ins[n:]
		}
		return Block2(rows), nil
	}
	panic("no runner for " + c.Op)
}

// callIx calls Ix on sequences of T, which its constraint limits to the
// integer and bool types: it converts them through any.
func callIx[T Dtype](ins []*Array[T]) []*Array[int] {
	switch seqs := any(ins).(type) {
	case []*Array[bool]:
		return Ix(seqs...)
	case []*Array[int]:
		out := Ix(seqs...)
		for k, r := range out {
			if r.Size() > 0 && !sharesData(r, seqs[k]) {
				panic(fmt.Sprintf("Ix: result %d is a copy of an int sequence, want a view", k))
			}
		}
		return out
	case []*Array[int8]:
		return Ix(seqs...)
	case []*Array[int16]:
		return Ix(seqs...)
	case []*Array[int32]:
		return Ix(seqs...)
	case []*Array[int64]:
		return Ix(seqs...)
	case []*Array[uint8]:
		return Ix(seqs...)
	case []*Array[uint16]:
		return Ix(seqs...)
	case []*Array[uint32]:
		return Ix(seqs...)
	case []*Array[uint64]:
		return Ix(seqs...)
	}
	panic("Ix takes no " + TypeOf[T]().GoName())
}

// indexHelpersTake takes the view of base that gen_indexhelpers.py's
// take names: a NumPy slice, then "T", "real", "imag" (to the float
// type of a complex base) or "bcast" (broadcast to (3,)+shape).
func indexHelpersTake[T Dtype](base *Array[T], spec []string) any {
	v := base
	if spec[0] != "" {
		v = base.Slice(spec[0])
	}
	switch spec[1] {
	case "T":
		return v.T()
	case "bcast":
		return v.BroadcastTo(append([]int{3}, v.shape...)...)
	case "real":
		return RealPart[float64](any(v).(*Array[complex128]))
	case "imag":
		return ImagPart[float64](any(v).(*Array[complex128]))
	}
	return v
}

// checkSharesMemory checks SharesMemory and MayShareMemory on two views
// of one base against NumPy's answers, both ways round.
func checkSharesMemory[T Dtype](t *testing.T, name string, c indexHelpersCase) {
	t.Helper()
	base := goldenAs[T](c.In[0])
	x, y := indexHelpersTake(base, c.A), indexHelpersTake(base, c.B)
	name = fmt.Sprintf("%s %v %v", name, c.A, c.B)
	shares, may := sharesMemoryAny(x, y)
	sharesBack, mayBack := sharesMemoryAny(y, x)
	if shares != c.Shares || sharesBack != c.Shares {
		t.Errorf("%s: SharesMemory %v (%v reversed), NumPy %v", name, shares, sharesBack, c.Shares)
	}
	if may != c.May || mayBack != c.May {
		t.Errorf("%s: MayShareMemory %v (%v reversed), NumPy %v", name, may, mayBack, c.May)
	}
}

// sharesMemoryAny calls SharesMemory and MayShareMemory on an array of
// the test's dtype or a float64 part of a complex128 one, in either place.
func sharesMemoryAny(x, y any) (shares, may bool) {
	switch x := x.(type) {
	case *Array[float64]:
		return sharesMemoryWith(x, y)
	case *Array[float32]:
		return sharesMemoryWith(x, y)
	case *Array[int8]:
		return sharesMemoryWith(x, y)
	case *Array[int64]:
		return sharesMemoryWith(x, y)
	case *Array[int]:
		return sharesMemoryWith(x, y)
	case *Array[complex128]:
		return sharesMemoryWith(x, y)
	}
	panic(fmt.Sprintf("no shares_memory test for %T", x))
}

func sharesMemoryWith[T Dtype](x *Array[T], y any) (shares, may bool) {
	switch y := y.(type) {
	case *Array[float64]:
		return SharesMemory(x, y), MayShareMemory(x, y)
	case *Array[float32]:
		return SharesMemory(x, y), MayShareMemory(x, y)
	case *Array[int8]:
		return SharesMemory(x, y), MayShareMemory(x, y)
	case *Array[int64]:
		return SharesMemory(x, y), MayShareMemory(x, y)
	case *Array[int]:
		return SharesMemory(x, y), MayShareMemory(x, y)
	case *Array[complex128]:
		return SharesMemory(x, y), MayShareMemory(x, y)
	}
	panic(fmt.Sprintf("no shares_memory test for %T", y))
}

// TestIndexHelpersErrorTypes checks the panics' types where the golden
// cases check only kinds, and the argument-count panics numgo adds.
func TestIndexHelpersErrorTypes(t *testing.T) {
	for name, f := range map[string]func(){
		"TriuIndices(3, 0, 1, 2)":   func() { TriuIndices(3, 0, 1, 2) },
		"FillDiagonal(nil)":         func() { FillDiagonal(nil, Scalar(1), false) },
		"Block([nil])":              func() { Block([]*Array[int]{nil}) },
		"Ix(nil)":                   func() { Ix[int](nil) },
		"FillDiagonal(BroadcastTo)": func() { FillDiagonal(Arange(3).BroadcastTo(3, 3), Scalar(1), false) },
	} {
		if err := catch(f); !errors.Is(err, ErrValue) {
			t.Errorf("%s: got %v, want a *ValueError", name, err)
		}
	}
	err := catch(func() { Arange(6).Reshape(2, 3).RollAxis(0, 4) })
	var ae *AxisError
	if !errors.As(err, &ae) || ae.Error() != "ndarray: RollAxis: 'start' arg requires -2 <= start < 3, but 4 was passed in" {
		t.Errorf("RollAxis start 4: got %v", err)
	}
}

// TestSharesMemoryBruteForce compares SharesMemory with the byte sets of
// random strided views (negative and zero strides, empty axes, two
// element types over one buffer), and MayShareMemory with their ranges.
func TestSharesMemoryBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	z := Arange(0, 48).Reshape(48)
	zc := Convert[complex128](z)
	zr := RealPart[float64](zc) // 96 float64 over zc's 48 complex128
	for i := range 3000 {
		a := randomOverlapView(rng, zc)
		var b any = randomOverlapView(rng, zc)
		if i%2 == 1 {
			b = randomOverlapView(rng, zr)
		}
		var shares, may bool
		var want, wantMay bool
		switch b := b.(type) {
		case *Array[complex128]:
			shares, may = SharesMemory(a, b), MayShareMemory(a, b)
			want, wantMay = bruteOverlap(a, b)
		case *Array[float64]:
			shares, may = SharesMemory(a, b), MayShareMemory(a, b)
			want, wantMay = bruteOverlap(a, b)
		}
		if shares != want || may != wantMay {
			t.Fatalf("case %d: a %v %v +%d, b %v: SharesMemory %v MayShareMemory %v, want %v %v",
				i, a.shape, a.strides, a.offset, b, shares, may, want, wantMay)
		}
	}
}

// randomOverlapView returns a random strided view of the 1-d base, of up
// to three axes of up to four elements, strides -7..7.
func randomOverlapView[T Dtype](rng *rand.Rand, base *Array[T]) *Array[T] {
	for {
		nd := 1 + rng.IntN(3)
		shape, strides := make([]int, nd), make([]int, nd)
		lo, hi := 0, 0 // the element offsets reached, relative to the first
		for k := range nd {
			shape[k], strides[k] = rng.IntN(5), rng.IntN(15)-7
			if shape[k] > 0 {
				lo, hi = lo+min(0, strides[k]*(shape[k]-1)), hi+max(0, strides[k]*(shape[k]-1))
			}
		}
		if hi-lo >= len(base.data) {
			continue
		}
		off := -lo + rng.IntN(len(base.data)-(hi-lo))
		return base.view(off, shape, strides)
	}
}

// bruteOverlap reports whether a byte belongs to elements of both a and b,
// and whether their byte ranges (first to last element) overlap.
func bruteOverlap[T, U Dtype](a *Array[T], b *Array[U]) (shares, may bool) {
	sa, sb := overlapBytes(a), overlapBytes(b)
	alo, ahi, blo, bhi := ^uintptr(0), uintptr(0), ^uintptr(0), uintptr(0)
	for p := range sa {
		alo, ahi = min(alo, p), max(ahi, p+1)
		shares = shares || sb[p]
	}
	for p := range sb {
		blo, bhi = min(blo, p), max(bhi, p+1)
	}
	return shares, len(sa) > 0 && len(sb) > 0 && alo < bhi && blo < ahi
}

// overlapBytes returns the addresses of the bytes of a's elements.
func overlapBytes[T Dtype](a *Array[T]) map[uintptr]bool {
	var z T
	size := unsafe.Sizeof(z)
	data := uintptr(unsafe.Pointer(unsafe.SliceData(a.data)))
	set := map[uintptr]bool{}
	walkC(a.shape, func(_ []int, off, st [maxOperands]int, n int) {
		for j := range n {
			addr := data + uintptr(off[0]+j*st[0])*size
			for q := range size {
				set[addr+q] = true
			}
		}
	}, a.layout())
	return set
}

// TestTriIndicesManyRows checks that the triangle indices of an array of
// far more rows than columns cost as much as the result, not the rows.
func TestTriIndicesManyRows(t *testing.T) {
	const n = 1 << 40
	for name, c := range map[string]struct {
		got        []*Array[int]
		rows, cols []int
	}{
		"TriuIndices(2^40, 0, 2)":      {TriuIndices(n, 0, 2), []int{0, 0, 1}, []int{0, 1, 1}},
		"TrilIndices(2^40, 2-2^40, 1)": {TrilIndices(n, 2-n, 1), []int{n - 2, n - 1}, []int{0, 0}},
		"TrilIndices(2^40, -2^41, 3)":  {TrilIndices(n, -2*n, 3), []int{}, []int{}},
	} {
		if !sameSlice(c.got[0].ToSlice(), c.rows) || !sameSlice(c.got[1].ToSlice(), c.cols) {
			t.Errorf("%s: %v %v, want %v %v", name, c.got[0], c.got[1], c.rows, c.cols)
		}
	}
}

// TestTriIndicesHuge checks triangles too big to allocate and triangles of
// few elements in huge arrays (found by the audit: the length of the
// result was summed over every row, which took hours for 2^40 rows of
// elements, and m-k overflowed to an empty triangle): a *ValueError at once, where NumPy raises a MemoryError, and
// the elements otherwise.
func TestTriIndicesHuge(t *testing.T) {
	const n = 1 << 40
	for name, f := range map[string]func(){
		"TriuIndices(2^40, 0)":           func() { TriuIndices(n, 0) },
		"TrilIndices(2^40, 0)":           func() { TrilIndices(n, 0) },
		"TrilIndices(MaxInt, MaxInt, 1)": func() { TrilIndices(maxInt, maxInt, 1) },
		"TriuIndices(MaxInt, MinInt)":    func() { TriuIndices(maxInt, -maxInt-1) },
		"TriuIndices(MaxInt, MinInt, 1)": func() { TriuIndices(maxInt, -maxInt-1, 1) },
		"TrilIndices(1, MaxInt, MaxInt)": func() { TrilIndices(1, maxInt, maxInt) },
	} {
		if err := catch(f); !errors.Is(err, ErrValue) {
			t.Errorf("%s: panic %v, want a ValueError", name, err)
		}
	}
	got := TriuIndices(maxInt, maxInt-3, maxInt)
	if !sameSlice(got[0].ToSlice(), []int{0, 0, 0, 1, 1, 2}) || !sameSlice(got[1].ToSlice(), []int{maxInt - 3, maxInt - 2, maxInt - 1, maxInt - 2, maxInt - 1, maxInt - 1}) {
		t.Errorf("TriuIndices(MaxInt, MaxInt-3, MaxInt) = %v %v", got[0], got[1])
	}
	// Against the rows counted one by one, over small shapes and k.
	for n := -1; n <= 7; n++ {
		for m := -1; m <= 7; m++ {
			for k := -9; k <= 9; k++ {
				for _, upper := range []bool{false, true} {
					var rows, cols []int
					for i := range max(n, 0) {
						for j := range max(m, 0) {
							if upper && j >= i+k || !upper && j <= i+k {
								rows, cols = append(rows, i), append(cols, j)
							}
						}
					}
					got := triIndices("test", n, k, []int{m}, upper)
					if !sameSlice(got[0].ToSlice(), rows) || !sameSlice(got[1].ToSlice(), cols) {
						t.Fatalf("n=%d k=%d m=%d upper=%v: %v %v, want %v %v", n, k, m, upper, got[0], got[1], rows, cols)
					}
				}
			}
		}
	}
}

// TestSharesMemorySubslices checks arrays over overlapping sub-slices of
// one Go slice (FromSlice shares them), and that interleaved views of a
// large array are told apart at once.
func TestSharesMemorySubslices(t *testing.T) {
	buf := make([]float32, 8)
	a, b, c := FromSlice(buf[0:4]), FromSlice(buf[4:8]), FromSlice(buf[3:6])
	for _, tc := range []struct {
		name      string
		x, y      *Array[float32]
		want, may bool
	}{
		{"buf[0:4] buf[4:8]", a, b, false, false},
		{"buf[0:4] buf[3:6]", a, c, true, true},
		{"buf[0:4][::2] buf[1:2]", a.Slice("::2"), FromSlice(buf[1:2]), false, true},
		{"buf[4:8] buf[3:6][::-1]", b, Flip(c), true, true},
		{"buf[0:4] buf[4:4]", a, FromSlice(buf[4:4]), false, false},
	} {
		if got, may := SharesMemory(tc.x, tc.y), MayShareMemory(tc.x, tc.y); got != tc.want || may != tc.may {
			t.Errorf("%s: SharesMemory %v MayShareMemory %v, want %v %v", tc.name, got, may, tc.want, tc.may)
		}
	}
	x := Zeros[float64](64, 64, 64)
	if SharesMemory(x.Slice("::2, :, 1::2"), x.Slice("1::2, :, ::2")) || !SharesMemory(x.Slice("::2"), x.T()) {
		t.Errorf("interleaved views of a 64×64×64 array: wrong answer")
	}
}
