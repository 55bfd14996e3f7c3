package ndarray

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// refArray is the reference model of an array for TestViewChains: its
// shape and, for each element in C order, its expected value and its
// position in buf, the backing slice the numgo array must read. Every
// operation is modelled by index arithmetic on explicit element lists
// (an output index maps to an input index), independently of numgo's
// strides, offsets and reshape rules.
type refArray struct {
	shape    []int
	vals     []int
	pos      []int
	buf      []int
	readOnly bool // a BroadcastTo view or a view of one
}

func refSize(shape []int) int {
	n := 1
	for _, d := range shape {
		n *= d
	}
	return n
}

// flat returns the C-order position of idx in shape.
func flat(shape, idx []int) int {
	p := 0
	for k, i := range idx {
		p = p*shape[k] + i
	}
	return p
}

// gather returns the model of shape whose element at out is m's element at
// src(out).
func (m *refArray) gather(shape []int, src func(out []int) []int) *refArray {
	r := &refArray{shape: shape, buf: m.buf, readOnly: m.readOnly}
	forEachIndex(shape, func(out []int) {
		j := flat(m.shape, src(out))
		r.vals = append(r.vals, m.vals[j])
		r.pos = append(r.pos, m.pos[j])
	})
	return r
}

// writable reports whether numgo allows writes: not to a broadcast view or
// any view of one (NumPy's read-only flag, inherited by views), and never
// where two elements share a position.
func (m *refArray) writable() bool {
	if m.readOnly {
		return false
	}
	seen := map[int]bool{}
	for _, p := range m.pos {
		if seen[p] {
			return false
		}
		seen[p] = true
	}
	return true
}

// viewStrides reports whether m's positions follow a strided layout, which
// is when NumPy's reshape can return a view: pos = pos[0] + Σ idx[k]*s[k]
// for some strides s, found from the unit steps and then checked on every
// element.
func (m *refArray) viewStrides() bool {
	if len(m.pos) == 0 {
		return true
	}
	s := make([]int, len(m.shape))
	for k, n := range m.shape {
		if n > 1 {
			e := make([]int, len(m.shape))
			e[k] = 1
			s[k] = m.pos[flat(m.shape, e)] - m.pos[0]
		}
	}
	ok := true
	forEachIndex(m.shape, func(idx []int) {
		p := m.pos[0]
		for k, i := range idx {
			p += i * s[k]
		}
		ok = ok && p == m.pos[flat(m.shape, idx)]
	})
	return ok
}

// contiguous reports whether m's positions are consecutive in C order and
// in Fortran order, NumPy's C_CONTIGUOUS and F_CONTIGUOUS flags.
func (m *refArray) contiguous() (c, f bool) {
	c, f = true, true
	i := 0
	forEachIndex(m.shape, func(idx []int) {
		c = c && m.pos[i] == m.pos[0]+i
		rev := slices.Clone(idx)
		slices.Reverse(rev)
		shape := slices.Clone(m.shape)
		slices.Reverse(shape)
		f = f && m.pos[flat(m.shape, idx)] == m.pos[0]+flat(shape, rev)
		i++
	})
	return c, f
}

// refSelect returns the positions along an axis of length n that Python's
// slicing range(n)[start:stop:step] selects, in order, with nil for an
// omitted bound. It filters all positions by the definition instead of
// computing a length, as numgo does.
func refSelect(n int, start, stop *int, step int) []int {
	norm := func(b *int, omitted int) int {
		if b == nil {
			return omitted
		}
		if *b < 0 {
			return *b + n
		}
		return *b
	}
	var sel []int
	if step > 0 {
		lo, hi := max(norm(start, 0), 0), norm(stop, n)
		for i := range n {
			if i >= lo && i < hi && (i-lo)%step == 0 {
				sel = append(sel, i)
			}
		}
		return sel
	}
	hi, lo := min(norm(start, n-1), n-1), norm(stop, -1)
	for i := n - 1; i >= 0; i-- {
		if i <= hi && i > lo && (hi-i)%(-step) == 0 {
			sel = append(sel, i)
		}
	}
	return sel
}

// step is one operation of a chain: its description, what numgo does and
// what the model does. apply reports whether the result must share the
// input's memory; model returns nil when apply returns a copy, and run
// then rebuilds the model over the copy.
type step struct {
	name  string
	apply func(a *Array[int]) *Array[int]
	model func(m *refArray) *refArray
}

func TestViewChains(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	chains := 3000
	if testing.Short() {
		chains = 300
	}
	// seen counts the operations drawn and the outcomes checked, so that a
	// generator that stops producing some case fails the test.
	seen := map[string]int{}
	for c := range chains {
		shape := make([]int, rng.IntN(5))
		for k := range shape {
			shape[k] = 1 + rng.IntN(4)
			if rng.IntN(20) == 0 {
				shape[k] = 0
			}
		}
		data := make([]int, refSize(shape))
		m := &refArray{shape: shape, buf: data}
		for i := range data {
			data[i] = 1000 + i
			m.vals = append(m.vals, data[i])
			m.pos = append(m.pos, i)
		}
		a := FromSlice(data, shape...)
		trail := []string{fmt.Sprintf("FromSlice(shape %v)", shape)}
		for range 1 + rng.IntN(6) {
			s := randomStep(rng, m)
			trail = append(trail, s.name)
			where := fmt.Sprintf("chain %d: %s", c, strings.Join(trail, "."))
			var r *Array[int]
			if err := catch(func() { r = s.apply(a) }); err != nil {
				t.Fatalf("%s: panicked: %v", where, err)
			}
			next := s.model(m)
			seen[s.name[:strings.IndexAny(s.name, "([")]]++
			if next == nil { // a copy: the model continues over the new data
				seen["reshape copy"]++
				if sharesData(r, a) {
					t.Fatalf("%s: numgo returned a view where NumPy copies", where)
				}
				next = &refArray{shape: r.Shape(), vals: m.vals, buf: r.data}
				for i := range m.vals {
					next.pos = append(next.pos, i)
				}
			}
			if !next.writable() {
				seen["read-only"]++
			} else if len(next.pos) == 0 {
				seen["empty"]++
			}
			checkModel(t, where, r, next, rng)
			a, m = r, next
			if len(m.pos) == 0 && rng.IntN(2) == 0 {
				break // the rest of a chain over an empty array tests little
			}
		}
	}
	t.Logf("operations and outcomes checked: %v", seen)
	for _, k := range []string{"Slice", "Transpose", "Reshape", "BroadcastTo", "ExpandDims", "Squeeze",
		"SwapAxes", "MoveAxis", "Diagonal", "reshape copy", "read-only", "empty"} {
		if seen[k] < chains/100 {
			t.Errorf("only %d chains reached %s", seen[k], k)
		}
	}
}

// checkModel compares r with the model m: shape, memory, every element,
// and that a write through r lands at the model's position (or panics
// when r is a broadcast view).
func checkModel(t *testing.T, where string, r *Array[int], m *refArray, rng *rand.Rand) {
	t.Helper()
	if !slices.Equal(r.Shape(), m.shape) {
		t.Fatalf("%s: shape %v, model %v", where, r.Shape(), m.shape)
	}
	if len(m.pos) == 0 {
		return
	}
	if &r.data[0] != &m.buf[0] {
		t.Fatalf("%s: result does not share the model's memory (a copy where NumPy returns a view)", where)
	}
	i := 0
	forEachIndex(m.shape, func(idx []int) {
		if got := r.At(idx...); got != m.vals[i] {
			t.Fatalf("%s: At%v = %d, model %d", where, idx, got, m.vals[i])
		}
		i++
	})
	// ToSlice copies through the iteration engine, which merges and
	// reorders the axes: another path to every element than At.
	if got := r.ToSlice(); !slices.Equal(got, m.vals) {
		t.Fatalf("%s: ToSlice = %v, model %v", where, got, m.vals)
	}
	if c, f := m.contiguous(); r.IsContiguous() != c || r.IsFortranContiguous() != f {
		t.Fatalf("%s: IsContiguous %v, IsFortranContiguous %v; model %v, %v (strides %v)",
			where, r.IsContiguous(), r.IsFortranContiguous(), c, f, r.Strides())
	}
	j := rng.IntN(len(m.pos))
	idx := make([]int, len(m.shape))
	for k, rest := len(m.shape)-1, j; k >= 0; k-- {
		idx[k], rest = rest%m.shape[k], rest/m.shape[k]
	}
	if !m.writable() {
		if err := catch(func() { r.Set(-1, idx...) }); !errors.Is(err, ErrValue) {
			t.Fatalf("%s: Set on a broadcast view: got %v, want ErrValue", where, err)
		}
		return
	}
	before := slices.Clone(m.buf)
	r.Set(-1, idx...)
	before[m.pos[j]] = -1
	if !slices.Equal(before, m.buf) {
		t.Fatalf("%s: Set(-1, %v) did not change exactly the base element at %d", where, idx, m.pos[j])
	}
	m.buf[m.pos[j]] = m.vals[j]
}

// randomStep draws an operation that is legal for the model's shape.
func randomStep(rng *rand.Rand, m *refArray) step {
	nd := len(m.shape)
	for {
		switch rng.IntN(9) {
		case 0, 1:
			return randomSlice(rng, m)
		case 2:
			perm := rng.Perm(nd)
			if rng.IntN(4) == 0 {
				perm = nil // Transpose() reverses the axes
				for k := nd - 1; k >= 0; k-- {
					perm = append(perm, k)
				}
				return step{"Transpose()", func(a *Array[int]) *Array[int] { return a.Transpose() }, transposeModel(perm)}
			}
			return step{fmt.Sprintf("Transpose%v", perm), func(a *Array[int]) *Array[int] { return a.Transpose(perm...) }, transposeModel(perm)}
		case 3:
			return randomReshape(rng, m)
		case 4:
			if refSize(m.shape) > 200 || nd > 5 {
				continue
			}
			return randomBroadcast(rng, m)
		case 5:
			if nd > 5 {
				continue
			}
			return randomExpandDims(rng, m)
		case 6:
			return randomSqueeze(rng, m)
		case 7:
			if nd == 0 {
				continue
			}
			i, j := rng.IntN(2*nd)-nd, rng.IntN(2*nd)-nd
			perm := identityPerm(nd)
			perm[(i+nd)%nd], perm[(j+nd)%nd] = perm[(j+nd)%nd], perm[(i+nd)%nd]
			if rng.IntN(2) == 0 {
				return step{fmt.Sprintf("SwapAxes(%d, %d)", i, j), func(a *Array[int]) *Array[int] { return a.SwapAxes(i, j) }, transposeModel(perm)}
			}
			src, dst := (i+nd)%nd, (j+nd)%nd
			var rest []int
			for k := range nd {
				if k != src {
					rest = append(rest, k)
				}
			}
			perm = slices.Insert(rest, dst, src)
			return step{fmt.Sprintf("MoveAxis(%d, %d)", i, j), func(a *Array[int]) *Array[int] { return a.MoveAxis(i, j) }, transposeModel(perm)}
		case 8:
			if nd < 2 {
				continue
			}
			return randomDiagonal(rng, m)
		}
	}
}

func transposeModel(perm []int) func(m *refArray) *refArray {
	return func(m *refArray) *refArray {
		shape := make([]int, len(perm))
		for k, p := range perm {
			shape[k] = m.shape[p]
		}
		in := make([]int, len(perm))
		return m.gather(shape, func(out []int) []int {
			for k, p := range perm {
				in[p] = out[k]
			}
			return in
		})
	}
}

// randomSlice draws a valid basic-slicing spec and its model: per output
// axis either a new axis or an input axis with its selected positions, and
// a fixed position for each input axis that an integer drops.
func randomSlice(rng *rand.Rand, m *refArray) step {
	nd := len(m.shape)
	indexed := rng.IntN(nd + 1)
	ellipsisAt := -1
	if rng.IntN(3) == 0 {
		ellipsisAt = rng.IntN(indexed + 1)
	}
	// Items consumed before the ellipsis take the leading axes, the others
	// the trailing ones.
	axisOf := func(i int) int {
		if ellipsisAt >= 0 && i >= ellipsisAt {
			return nd - indexed + i
		}
		return i
	}
	var items []string
	type outAxis struct {
		src int   // input axis, or -1 for a new axis
		sel []int // selected positions of src
	}
	var outs []outAxis
	fixed := make([]int, nd)
	newAxes := func() {
		for rng.IntN(6) == 0 && len(outs) < 8 {
			items = append(items, []string{"None", "newaxis"}[rng.IntN(2)])
			outs = append(outs, outAxis{src: -1})
		}
	}
	bound := func(n int) (*int, string) {
		switch rng.IntN(5) {
		case 0:
			return nil, ""
		case 1:
			return nil, "None"
		}
		b := rng.IntN(2*n+3) - n - 1
		return &b, fmt.Sprint(b)
	}
	covered := 0
	for i := 0; i <= indexed; i++ {
		if i == ellipsisAt {
			newAxes()
			items = append(items, "...")
			for k := i; k < nd-indexed+i; k++ {
				outs = append(outs, outAxis{k, identityPerm(m.shape[k])})
			}
		}
		newAxes()
		if i == indexed {
			break
		}
		k := axisOf(i)
		covered = k + 1
		n := m.shape[k]
		if n > 0 && rng.IntN(3) == 0 {
			fixed[k] = rng.IntN(2*n) - n
			items = append(items, fmt.Sprint(fixed[k]))
			if fixed[k] < 0 {
				fixed[k] += n
			}
			continue
		}
		start, s1 := bound(n)
		stop, s2 := bound(n)
		st, s3 := 1, ""
		if rng.IntN(2) == 0 {
			for st == 0 || s3 == "" {
				st = rng.IntN(9) - 4
				s3 = ":" + fmt.Sprint(st)
			}
		}
		items = append(items, s1+":"+s2+s3)
		outs = append(outs, outAxis{k, refSelect(n, start, stop, st)})
	}
	if ellipsisAt < 0 {
		for k := covered; k < nd; k++ {
			outs = append(outs, outAxis{k, identityPerm(m.shape[k])})
		}
	}
	spec := strings.Join(items, []string{",", ", ", " ,  "}[rng.IntN(3)])
	model := func(m *refArray) *refArray {
		shape := make([]int, len(outs))
		for j, o := range outs {
			shape[j] = 1
			if o.src >= 0 {
				shape[j] = len(o.sel)
			}
		}
		in := make([]int, nd)
		return m.gather(shape, func(out []int) []int {
			copy(in, fixed)
			for j, o := range outs {
				if o.src >= 0 {
					in[o.src] = o.sel[out[j]]
				}
			}
			return in
		})
	}
	return step{fmt.Sprintf("Slice(%q)", spec), func(a *Array[int]) *Array[int] { return a.Slice(spec) }, model}
}

// randomReshape draws a shape of the same size, perhaps with one -1. The
// model keeps the C-order element list, and is a view exactly when the
// positions follow a strided layout; otherwise it returns nil for a copy.
func randomReshape(rng *rand.Rand, m *refArray) step {
	size := refSize(m.shape)
	var shape []int
	if size == 0 {
		shape = []int{0}
		for range rng.IntN(3) {
			shape = slices.Insert(shape, rng.IntN(len(shape)+1), rng.IntN(3))
		}
	} else {
		rest := size
		for range rng.IntN(4) {
			var divs []int
			for d := 1; d <= rest; d++ {
				if rest%d == 0 {
					divs = append(divs, d)
				}
			}
			d := divs[rng.IntN(len(divs))]
			shape = append(shape, d)
			rest /= d
		}
		shape = append(shape, rest)
		rng.Shuffle(len(shape), func(i, j int) { shape[i], shape[j] = shape[j], shape[i] })
	}
	arg := slices.Clone(shape)
	if size > 0 && rng.IntN(3) == 0 {
		arg[rng.IntN(len(arg))] = -1
	}
	model := func(m *refArray) *refArray {
		r := &refArray{shape: shape, vals: m.vals, pos: m.pos, buf: m.buf, readOnly: m.readOnly}
		if !r.viewStrides() {
			return nil
		}
		return r
	}
	return step{fmt.Sprintf("Reshape%v", arg), func(a *Array[int]) *Array[int] { return a.Reshape(arg...) }, model}
}

func randomBroadcast(rng *rand.Rand, m *refArray) step {
	var shape []int
	for range rng.IntN(3) {
		shape = append(shape, 1+rng.IntN(3))
	}
	pad := len(shape)
	for _, n := range m.shape {
		if n == 1 {
			n = 1 + rng.IntN(3)
		}
		shape = append(shape, n)
	}
	model := func(m *refArray) *refArray {
		in := make([]int, len(m.shape))
		r := m.gather(shape, func(out []int) []int {
			for k, n := range m.shape {
				in[k] = 0
				if n > 1 {
					in[k] = out[pad+k]
				}
			}
			return in
		})
		r.readOnly = true
		return r
	}
	return step{fmt.Sprintf("BroadcastTo%v", shape), func(a *Array[int]) *Array[int] { return a.BroadcastTo(shape...) }, model}
}

func randomExpandDims(rng *rand.Rand, m *refArray) step {
	nd := len(m.shape) + 1 + rng.IntN(2)
	positions := rng.Perm(nd)[:nd-len(m.shape)]
	axes := make([]int, len(positions))
	for i, p := range positions {
		axes[i] = p
		if rng.IntN(2) == 0 {
			axes[i] -= nd
		}
	}
	model := func(m *refArray) *refArray {
		var shape, keep []int
		for k := range nd {
			if slices.Contains(positions, k) {
				shape = append(shape, 1)
				continue
			}
			shape = append(shape, m.shape[len(keep)])
			keep = append(keep, k)
		}
		in := make([]int, len(keep))
		return m.gather(shape, func(out []int) []int {
			for i, k := range keep {
				in[i] = out[k]
			}
			return in
		})
	}
	return step{fmt.Sprintf("ExpandDims%v", axes), func(a *Array[int]) *Array[int] { return a.ExpandDims(axes...) }, model}
}

func randomSqueeze(rng *rand.Rand, m *refArray) step {
	var ones, axes []int
	for k, n := range m.shape {
		if n == 1 {
			ones = append(ones, k)
		}
	}
	drop := ones
	if len(ones) > 0 && rng.IntN(2) == 0 {
		drop = nil
		for _, k := range ones {
			if rng.IntN(2) == 0 {
				drop = append(drop, k)
				axes = append(axes, k-len(m.shape)*rng.IntN(2))
			}
		}
		if len(axes) == 0 { // Squeeze() drops every axis of length 1
			drop = ones
		}
	}
	model := func(m *refArray) *refArray {
		shape := []int{}
		for k, n := range m.shape {
			if !slices.Contains(drop, k) {
				shape = append(shape, n)
			}
		}
		in := make([]int, len(m.shape))
		return m.gather(shape, func(out []int) []int {
			j := 0
			for k := range m.shape {
				in[k] = 0
				if !slices.Contains(drop, k) {
					in[k] = out[j]
					j++
				}
			}
			return in
		})
	}
	return step{fmt.Sprintf("Squeeze%v", axes), func(a *Array[int]) *Array[int] { return a.Squeeze(axes...) }, model}
}

func randomDiagonal(rng *rand.Rand, m *refArray) step {
	nd := len(m.shape)
	off := rng.IntN(5) - 2
	ax1, ax2 := 0, 1
	var axes []int
	if rng.IntN(2) == 0 {
		p := rng.Perm(nd)
		ax1, ax2 = p[0], p[1]
		axes = []int{ax1 - nd*rng.IntN(2), ax2 - nd*rng.IntN(2)}
	}
	model := func(m *refArray) *refArray {
		// The diagonal holds (i+max(0,-off), i+max(0,off)) while both are
		// inside their axes.
		d1, d2 := max(0, -off), max(0, off)
		n := 0
		for n+d1 < m.shape[ax1] && n+d2 < m.shape[ax2] {
			n++
		}
		var shape, others []int
		for k, e := range m.shape {
			if k != ax1 && k != ax2 {
				shape = append(shape, e)
				others = append(others, k)
			}
		}
		shape = append(shape, n)
		in := make([]int, nd)
		return m.gather(shape, func(out []int) []int {
			for j, k := range others {
				in[k] = out[j]
			}
			i := out[len(out)-1]
			in[ax1], in[ax2] = i+d1, i+d2
			return in
		})
	}
	return step{fmt.Sprintf("Diagonal(%d, %v)", off, axes), func(a *Array[int]) *Array[int] { return a.Diagonal(off, axes...) }, model}
}

// TestSliceWriteThroughView is the named case of the property above: a
// chain of slices and view operations writes into the base.
func TestSliceWriteThroughView(t *testing.T) {
	base := Arange(24)
	v := base.Reshape(2, 3, 4).Slice("::-1, 1:, ::-2").T().Slice("None, 0") // base[(1-j)*12 + (1+i)*4 + 3]
	v.Set(-9, 0, 1, 0)
	if base.At(12+8+3) != -9 {
		t.Errorf("write through Reshape.Slice.T.Slice did not reach base[23]: %v", base.ToSlice())
	}
}
