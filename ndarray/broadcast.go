package ndarray

import "strings"

// BroadcastShapes returns the shape that arrays of the given shapes
// broadcast to, by NumPy's rule: shapes are aligned at their last axis, and
// along each axis the extents must be equal or 1 (a missing axis counts as
// 1). It panics with a *ShapeError if they do not broadcast.
func BroadcastShapes(shapes ...[]int) []int {
	return broadcastShapes("BroadcastShapes", shapes...)
}

func broadcastShapes(op string, shapes ...[]int) []int {
	return broadcastInto(op, make([]int, 0, maxDims), shapes...)
}

// broadcastInto appends the broadcast shape of shapes to out (which has
// room for it when its capacity is maxDims, so nothing is allocated).
func broadcastInto(op string, out []int, shapes ...[]int) []int {
	nd := 0
	for _, s := range shapes {
		nd = max(nd, len(s))
	}
	for range nd {
		out = append(out, 1)
	}
	for _, s := range shapes {
		pad := nd - len(s)
		for k, n := range s {
			switch o := out[pad+k]; {
			case o == n || n == 1:
			case o == 1:
				out[pad+k] = n
			default:
				strs := make([]string, len(shapes))
				for i, s := range shapes {
					strs[i] = shapeString(s)
				}
				panicShape(op, "operands could not be broadcast together with shapes %s", strings.Join(strs, " "))
			}
		}
	}
	return out
}

// broadcastStrides returns a's strides for a loop over shape, which a's
// shape must broadcast to: 0 along the axes a lacks or has of length 1.
func broadcastStrides(op string, aShape, aStrides, shape []int) []int {
	return broadcastStridesInto(op, make([]int, len(shape)), aShape, aStrides, shape)
}

// broadcastStridesInto is broadcastStrides writing into strides, which has
// len(shape) elements.
func broadcastStridesInto(op string, strides, aShape, aStrides, shape []int) []int {
	pad := len(shape) - len(aShape)
	if pad < 0 {
		panicShape(op, "could not broadcast input array from shape %s into shape %s",
			shapeString(aShape), shapeString(shape))
	}
	for k := range pad {
		strides[k] = 0
	}
	for k, n := range aShape {
		switch {
		case n == shape[pad+k]:
			strides[pad+k] = aStrides[k]
		case n == 1:
			strides[pad+k] = 0
		default:
			panicShape(op, "could not broadcast input array from shape %s into shape %s",
				shapeString(aShape), shapeString(shape))
		}
	}
	return strides
}

// broadcastTo returns a view of a with the given shape.
func (a *Array[T]) broadcastTo(op string, shape []int) *Array[T] {
	if sameShape(a.shape, shape) {
		return a
	}
	return a.view(a.offset, append([]int{}, shape...), broadcastStrides(op, a.shape, a.strides, shape))
}

// BroadcastTo returns a view of a broadcast to shape, NumPy's broadcast_to:
// axes that a lacks or has of length 1 get stride 0, so every element along
// them is the same memory. The result shares memory with a and is read-only,
// and so is every view taken of it (a slice, reshape or transpose), even one
// without zero strides: writing to them panics with a *ValueError, as in
// NumPy. BroadcastTo panics with a *ShapeError if a's shape does not
// broadcast to shape.
func (a *Array[T]) BroadcastTo(shape ...int) *Array[T] {
	checkedSize("BroadcastTo", shape)
	b := a.view(a.offset, append([]int{}, shape...), broadcastStrides("BroadcastTo", a.shape, a.strides, shape))
	b.readOnly = true
	return b
}

// BroadcastArrays returns views of the arrays broadcast to their common
// shape, like numpy.broadcast_arrays. The results share memory with the inputs.
func BroadcastArrays[T Dtype](arrays ...*Array[T]) []*Array[T] {
	shapes := make([][]int, len(arrays))
	for i, a := range arrays {
		shapes[i] = a.shape
	}
	shape := broadcastShapes("BroadcastArrays", shapes...)
	out := make([]*Array[T], len(arrays))
	for i, a := range arrays {
		out[i] = a.BroadcastTo(shape...)
	}
	return out
}

func sameShape(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
