package linalg

import (
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/numgo/numgo/ndarray"
)

var einsumSeeds = []string{
	"ij,jk->ik", "bij,bjk->bik", "ii->", "ii->i", "ij->ji", "ii", "i,j", "...ij,...jk->...ik", "ij,jk,kl->il",
	"abc,cd,da->b", " i j , j k -> i k ", "...ii->...i", "i...->...", "", "->", ",i", "Ba,aB", "...",
	"ij,jk", "i->j", "i->ii", "i.j", "i1", "i-j", "...i...", "i>i", "i->i->i", "..i", "i,,j", "->...", "ij->,",
	"\xff", "a...b...c", "-", ">", "....", "A-Z,z->",
}

// FuzzEinsumParse checks that the parser rejects malformed subscripts only
// with a *ndarray.ValueError, and that what it accepts formats back into
// subscripts it parses the same way.
func FuzzEinsumParse(f *testing.F) {
	for _, s := range einsumSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		spec, err := parseEinsum(s)
		if err != nil {
			if !errors.Is(err, ndarray.ErrValue) {
				t.Fatalf("parseEinsum(%q): error %v is not a *ndarray.ValueError", s, err)
			}
			return
		}
		again, err := parseEinsum(spec.String())
		if err != nil {
			t.Fatalf("parseEinsum(%q) = %q, which does not parse: %v", s, spec, err)
		}
		if !slices.Equal(again.inputs, spec.inputs) || again.output != spec.output {
			t.Fatalf("parseEinsum(%q) = %q, which parses as %q", s, spec, again)
		}
		// Binding to as many axes as each term has letters (and one more
		// for an ellipsis) must fit, except for an explicit output that
		// drops the ellipsis.
		ndims := make([]int, len(spec.inputs))
		for i, term := range spec.inputs {
			ndims[i] = len(term)
		}
		err = panicOf(func() { spec.bind(ndims) })
		if err != nil && !errors.Is(err, ndarray.ErrValue) {
			t.Fatalf("bind(%q, %v): panic %v is not a *ndarray.ValueError", s, ndims, err)
		}
	})
}

func TestEinsumParseImplicit(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"ij,jk", "ij,jk->ik"}, {"ba", "ba->ab"}, {"bA", "bA->Ab"}, {"ii", "ii->"}, {"...ij,jk", "...ij,jk->...ik"},
		{"i,i", "i,i->"}, {" i j ", "ij->ij"},
	} {
		spec, err := parseEinsum(c.in)
		if err != nil || spec.String() != c.want {
			t.Errorf("parseEinsum(%q) = %v, %v; want %q", c.in, spec, err, c.want)
		}
	}
}

// TestEinsumPanics checks the typed panics: a *ndarray.ValueError for
// subscripts that are malformed or do not fit the operands, a
// *ndarray.ShapeError for a label whose lengths differ.
func TestEinsumPanics(t *testing.T) {
	a := ndarray.Zeros[float64](2, 3)
	b := ndarray.Zeros[float64](4, 5)
	for _, c := range []struct {
		subs string
		ops  []*ndarray.Array[float64]
		want error
	}{
		{"ij,jk", []*ndarray.Array[float64]{a, b}, ndarray.ErrShape},
		{"i$", []*ndarray.Array[float64]{a}, ndarray.ErrValue},
		{"ijk", []*ndarray.Array[float64]{a}, ndarray.ErrValue},
		{"ij", nil, ndarray.ErrValue},
		{"ij->ii", []*ndarray.Array[float64]{a}, ndarray.ErrValue},
		// Spaces split "->" and "..." as they do in NumPy.
		{"ij- >ji", []*ndarray.Array[float64]{a}, ndarray.ErrValue},
		{". . .j", []*ndarray.Array[float64]{a}, ndarray.ErrValue},
	} {
		err := panicOf(func() { Einsum(c.subs, c.ops...) })
		if !errors.Is(err, c.want) {
			t.Errorf("Einsum(%q): panic %v, want %v", c.subs, err, c.want)
		}
	}
}

// TestEinsumNoAlias checks that Einsum returns a new array where
// numpy.einsum would return a view.
func TestEinsumNoAlias(t *testing.T) {
	a := ndarray.Arange(6.0).Reshape(2, 3)
	r := Einsum("ij->ji", a)
	r.Set(100, 0, 0)
	if a.At(0, 0) != 0 {
		t.Errorf("Einsum(\"ij->ji\") shares memory with its operand")
	}
}

// TestEinsumGemmCalls proves, by counting the calls that reach the product
// kernels (gemmHook), that GEMM-shaped contractions run as whole matrix
// products, one per batch element, and never as element loops: the sizes
// m, n, k of each call must be the contraction's, and the number of
// products the number of batch elements. Operands are also given
// transposed, which the BLAS reads through its flags.
func TestEinsumGemmCalls(t *testing.T) {
	type call struct{ m, n, k int }
	const B, I, J, K = 6, 70, 80, 90 // I*J*K is above smallGemm: the BLAS's gemm
	cases := []struct {
		subs   string
		shapes [][]int
		want   call
		count  int
	}{
		{"ij,jk->ik", [][]int{{I, J}, {J, K}}, call{I, K, J}, 1},
		{"ji,jk->ik", [][]int{{J, I}, {J, K}}, call{I, K, J}, 1},
		{"ij,kj->ik", [][]int{{I, J}, {K, J}}, call{I, K, J}, 1},
		{"ij,jk->ki", [][]int{{I, J}, {J, K}}, call{I, K, J}, 1},
		{"ij,jk", [][]int{{I, J}, {J, K}}, call{I, K, J}, 1},
		{"bij,bjk->bik", [][]int{{B, I, J}, {B, J, K}}, call{I, K, J}, B},
		{"bij,bkj->bik", [][]int{{B, I, J}, {B, K, J}}, call{I, K, J}, B},
		{"bij,bjk->bik", [][]int{{B, 8, 8}, {B, 8, 8}}, call{8, 8, 8}, B}, // the small-matrix kernel
		// x's i and k do not merge in place: a stack of i products of
		// x[i]ᵀ·y, or of x·y[k] for y's k and l; below minSplitWork, a copy.
		{"ijk,jl->ikl", [][]int{{8, 9, 10}, {9, 11}}, call{10, 11, 9}, 8},
		{"ij,kjl->ikl", [][]int{{8, 9}, {3, 9, 11}}, call{8, 11, 9}, 3},
		{"ijk,jl->ikl", [][]int{{8, 4, 5}, {4, 2}}, call{40, 2, 4}, 1},
		{"i,i->", [][]int{{J}, {J}}, call{1, 1, J}, 1},
		{"ij,j->i", [][]int{{I, J}, {J}}, call{I, 1, J}, 1},
	}
	defer func() { gemmHook = nil }()
	for _, c := range cases {
		for _, dt := range []string{"float64", "complex128"} {
			var mu sync.Mutex
			var calls []call
			count := 0
			gemmHook = func(m, n, k, cnt int) {
				mu.Lock()
				defer mu.Unlock()
				calls = append(calls, call{m, n, k})
				count += cnt
			}
			if dt == "float64" {
				ops := make([]*ndarray.Array[float64], len(c.shapes))
				for i, s := range c.shapes {
					ops[i] = ndarray.Ones[float64](s...)
				}
				Einsum(c.subs, ops...)
			} else {
				ops := make([]*ndarray.Array[complex128], len(c.shapes))
				for i, s := range c.shapes {
					ops[i] = ndarray.Ones[complex128](s...)
				}
				Einsum(c.subs, ops...)
			}
			gemmHook = nil
			name := c.subs + "/" + dt
			if count != c.count {
				t.Errorf("%s: %d products in %d calls, want %d", name, count, len(calls), c.count)
			}
			for _, got := range calls {
				if got != c.want {
					t.Errorf("%s: product of sizes %+v, want %+v", name, got, c.want)
					break
				}
			}
		}
	}
}

// TestEinsumSpecCache checks that the cache of parsed subscripts stays
// within its bound when a program makes up new strings, gives the right
// answers from many goroutines at once (run with -race), and never caches
// a malformed string.
func TestEinsumSpecCache(t *testing.T) {
	a := ndarray.Arange(6.0).Reshape(2, 3)
	want := []float64{0, 3, 1, 4, 2, 5}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 2 * maxCachedSpecs {
				subs := "ij->ji" + strings.Repeat(" ", g*2*maxCachedSpecs+i) // spaces are ignored
				if got := Einsum(subs, a).ToSlice(); !slices.Equal(got, want) {
					t.Errorf("Einsum(%q) = %v, want %v", subs, got, want)
					return
				}
			}
		})
	}
	wg.Wait()
	einsumCache.RLock()
	n := len(einsumCache.specs)
	einsumCache.RUnlock()
	if n > maxCachedSpecs {
		t.Errorf("%d cached specs, want at most %d", n, maxCachedSpecs)
	}
	for range 2 {
		if err := panicOf(func() { Einsum("i$", a) }); !errors.Is(err, ndarray.ErrValue) {
			t.Errorf("Einsum(\"i$\"): panic %v, want a *ndarray.ValueError", err)
		}
	}
}
