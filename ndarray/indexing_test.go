package ndarray

import (
	"errors"
	"fmt"
	"testing"
)

// runIndexing runs the indexing ops of gen_manip.py; it returns nil for
// other ops. SetMask and Put write into the (possibly strided) input view,
// which is then compared with NumPy's result.
func runIndexing[T Dtype](c manipCase, ins []*Array[T]) []any {
	switch c.Op {
	case "nonzero":
		var out []any
		for _, idx := range Nonzero(ins[0]) {
			out = append(out, idx)
		}
		return out
	case "argwhere":
		return []any{ArgWhere(ins[0])}
	case "take":
		return []any{Take(ins[0], goldenAs[int](c.In[1]), c.axisArg()...)}
	case "take_along_axis":
		return []any{TakeAlongAxis(ins[0], goldenAs[int](c.In[1]), *c.Axis)}
	case "mask":
		return []any{ins[0].Mask(goldenAs[bool](c.In[1]))}
	case "set_mask":
		ins[0].SetMask(goldenAs[bool](c.In[1]), goldenAs[T](c.In[2]))
		return []any{ins[0]}
	case "put":
		Put(ins[0], goldenAs[int](c.In[1]), goldenAs[T](c.In[2]))
		return []any{ins[0]}
	}
	return nil
}

func TestNonzeroZeroD(t *testing.T) {
	if err := catch(func() { Nonzero(Scalar(1.0)) }); !errors.Is(err, ErrValue) {
		t.Errorf("Nonzero of a 0-d array: %v, want a value error", err)
	}
}

func TestSetMaskAliasedValues(t *testing.T) {
	// Values that are a reversed view of the target are read before the
	// target is written, as NumPy copies overlapping operands.
	a := FromSlice([]int{1, 2, 3, 4})
	mask := FromSlice([]bool{true, true, true, true})
	a.SetMask(mask, Flip(a))
	if got := a.ToSlice(); fmt.Sprint(got) != "[4 3 2 1]" {
		t.Errorf("a[mask] = a[::-1]: got %v, want [4 3 2 1]", got)
	}
}

func TestPutSelfAliased(t *testing.T) {
	// NumPy reads indices that are the target before writing:
	// a = [2 0 1]; np.put(a, a, [5, 6, 7]) gives [6 7 5].
	a := FromSlice([]int{2, 0, 1})
	Put(a, a, FromSlice([]int{5, 6, 7}))
	if got := fmt.Sprint(a.ToSlice()); got != "[6 7 5]" {
		t.Errorf("Put(a, a, v): got %s, want [6 7 5]", got)
	}
}

func TestWriteToBroadcastPanics(t *testing.T) {
	b := FromSlice([]int{1, 2}).BroadcastTo(3, 2)
	if err := catch(func() { Put(b, FromSlice([]int{0}), FromSlice([]int{9})) }); !errors.Is(err, ErrValue) {
		t.Errorf("Put into a broadcast view: %v, want a value error", err)
	}
	if err := catch(func() { b.SetMask(Full(true, 3, 2), Scalar(9)) }); !errors.Is(err, ErrValue) {
		t.Errorf("SetMask on a broadcast view: %v, want a value error", err)
	}
}

func ExampleNonzero() {
	a := FromSlice([]int{0, 5, 0, 7, 8, 0}, 2, 3)
	idx := Nonzero(a)
	fmt.Println(idx[0].ToSlice(), idx[1].ToSlice())
	fmt.Println(ArgWhere(a).Shape(), ArgWhere(a).ToSlice())
	// Output:
	// [0 1 1] [1 0 1]
	// [3 2] [0 1 1 0 1 1]
}

func ExampleTake() {
	a := FromSlice([]int{10, 11, 12, 13, 14, 15}, 2, 3)
	fmt.Println(Take(a, FromSlice([]int{2, 0}), 1).ToSlice())
	fmt.Println(Take(a, FromSlice([]int{-1, 0})).ToSlice())
	// Output:
	// [12 10 15 13]
	// [15 10]
}

func ExampleArray_Mask() {
	a := FromSlice([]float64{-1, 2, -3, 4})
	neg := Less(a, Scalar(0.0))
	fmt.Println(a.Mask(neg).ToSlice())
	a.SetMask(neg, Scalar(0.0))
	fmt.Println(a.ToSlice())
	// Output:
	// [-1 -3]
	// [0 2 0 4]
}

func BenchmarkTakeFlat(b *testing.B) {
	x := benchMatrix().Ravel()
	idx := Zeros[int](x.Size())
	for i := range idx.data {
		idx.data[i] = i * 7919 % x.Size()
	}
	for b.Loop() {
		Take(x, idx)
	}
}

func BenchmarkMask(b *testing.B) {
	x := benchMatrix().Ravel()
	mask := Greater(x, Scalar(0.0))
	for b.Loop() {
		x.Mask(mask)
	}
}
