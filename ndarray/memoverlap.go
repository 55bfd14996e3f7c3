package ndarray

import (
	"cmp"
	"math/bits"
	"slices"
	"unsafe"
)

// Whether two arrays share memory: NumPy's may_share_memory (do the
// address ranges overlap?) and shares_memory (does a byte belong to an
// element of both?).

// MayShareMemory reports whether the memory ranges of a and b overlap,
// like numpy.may_share_memory: the bytes from each one's lowest to its
// highest element. It is cheap and may report true for arrays that share
// no element, as a[::2] and a[1::2]; SharesMemory answers exactly. Empty
// arrays share no memory. a and b may have different element types, as
// a complex array and its RealPart view. MayShareMemory panics with a
// *ValueError for a nil array.
func MayShareMemory[T, U Dtype](a *Array[T], b *Array[U]) bool {
	return mayShareMemory("MayShareMemory", a, b)
}

// mayShareMemory is MayShareMemory for op, which names op in its panic
// for a nil array.
func mayShareMemory[T, U Dtype](op string, a *Array[T], b *Array[U]) bool {
	checkNil(op, a)
	checkNil(op, b)
	if a.Size() == 0 || b.Size() == 0 {
		return false
	}
	alo, ahi := span(a)
	blo, bhi := span(b)
	return alo < bhi && blo < ahi
}

// SharesMemory reports whether an element of a and an element of b have a
// byte in common, like numpy.shares_memory: exactly, so a[::2] and a[1::2]
// share none while a and a.T share all. a and b may have different
// element types, as a complex array and its RealPart view. As NumPy does,
// it solves a bounded linear Diophantine equation in the elements'
// indices, Σ stride·index over both arrays = offset, by a depth-first
// search pruned by bounds and divisibility: immediate for the views that
// slicing makes, but exponential in the number of axes on layouts built to
// be hard (NumPy can then be told to give up with max_work; numgo has no
// such option). SharesMemory panics with a *ValueError for a nil array.
func SharesMemory[T, U Dtype](a *Array[T], b *Array[U]) bool {
	if !mayShareMemory("SharesMemory", a, b) {
		return false
	}
	// Bytes alo + Σ|sa_k|·x_k + p, p < size_a, of a coincide with blo +
	// Σ|sb_k|·y_k + q, q < size_b, of b (x and y counted from each array's
	// lowest element, which makes every stride positive), when
	// Σ|sa_k|·x_k + Σ|sb_k|·(yub_k - y_k) + (p - q + size_b - 1) = bhi - 1 - alo,
	// all unknowns between 0 and their bound.
	var terms []overlapTerm
	terms = appendOverlapTerms(terms, a)
	terms = appendOverlapTerms(terms, b)
	var za T
	var zb U
	terms = append(terms, overlapTerm{1, int(unsafe.Sizeof(za) + unsafe.Sizeof(zb) - 2)})
	alo, _ := span(a)
	_, bhi := span(b)
	return solveOverlap(terms, int(bhi-1-alo))
}

// overlapTerm is coef·x with 0 <= x <= ub in the equation SharesMemory
// solves.
type overlapTerm struct{ coef, ub int }

// appendOverlapTerms appends a term for each axis of a: its stride in
// bytes, made positive, and its extent less one.
func appendOverlapTerms[T Dtype](terms []overlapTerm, a *Array[T]) []overlapTerm {
	var z T
	for k, n := range a.shape {
		terms = append(terms, overlapTerm{abs(a.strides[k]) * int(unsafe.Sizeof(z)), n - 1})
	}
	return terms
}

// solveOverlap reports whether Σ coef·x = b has a solution with every x
// between 0 and its bound, for coefficients >= 0 and b >= 0. Terms of one
// coefficient are merged (x1 + x2 takes every value to ub1 + ub2) and
// searched from the largest coefficient down, each unknown tried only at
// values that leave a remainder the later terms can reach: at most their
// Σ coef·ub, and a multiple of their coefficients' gcd.
func solveOverlap(terms []overlapTerm, b int) bool {
	terms = slices.DeleteFunc(terms, func(t overlapTerm) bool { return t.coef == 0 || t.ub == 0 })
	slices.SortFunc(terms, func(s, t overlapTerm) int { return cmp.Compare(t.coef, s.coef) })
	merged := terms[:0]
	for _, t := range terms {
		if n := len(merged); n > 0 && merged[n-1].coef == t.coef {
			merged[n-1].ub += t.ub
			continue
		}
		merged = append(merged, t)
	}
	if len(merged) == 0 {
		return b == 0
	}
	// reach[i] and div[i] are the sum of coef·ub and the gcd of the
	// coefficients of the terms after i.
	reach, div := make([]int, len(merged)), make([]int, len(merged))
	for i := len(merged) - 2; i >= 0; i-- {
		t := merged[i+1]
		reach[i] = reach[i+1] + t.coef*t.ub
		div[i] = int(gcd(uint64(div[i+1]), uint64(t.coef)))
	}
	return overlapSearch(merged, reach, div, 0, b)
}

// overlapSearch is solveOverlap's search from term i on, for the
// remainder b >= 0.
func overlapSearch(terms []overlapTerm, reach, div []int, i, b int) bool {
	t := terms[i]
	if i == len(terms)-1 {
		return b%t.coef == 0 && b/t.coef <= t.ub
	}
	lo := max(0, ceilDivOverlap(b-reach[i], t.coef))
	hi := min(t.ub, b/t.coef)
	// coef·x ≡ b (mod div[i]) for the later terms to make up the rest.
	g := int(gcd(uint64(t.coef), uint64(div[i])))
	if b%g != 0 {
		return false
	}
	period := div[i] / g
	first := mulModOverlap((b/g)%period, invModOverlap((t.coef/g)%period, period), period)
	for x := lo + ((first-lo%period)%period+period)%period; x <= hi; x += period {
		if overlapSearch(terms, reach, div, i+1, b-t.coef*x) {
			return true
		}
	}
	return false
}

// ceilDivOverlap returns ⌈a/b⌉ for b > 0.
func ceilDivOverlap(a, b int) int {
	q := a / b
	if a%b > 0 {
		q++
	}
	return q
}

// mulModOverlap returns x·y mod m for 0 <= x, y < m, without overflow.
func mulModOverlap(x, y, m int) int {
	hi, lo := bits.Mul64(uint64(x), uint64(y))
	return int(bits.Rem64(hi, lo, uint64(m)))
}

// invModOverlap returns the inverse of x modulo m (x and m coprime, m >=
// 1) by the extended Euclidean algorithm.
func invModOverlap(x, m int) int {
	r0, r1 := m, x
	s0, s1 := 0, 1
	for r1 != 0 {
		q := r0 / r1
		r0, r1 = r1, r0-q*r1
		s0, s1 = s1, s0-q*s1
	}
	return ((s0 % m) + m) % m
}
