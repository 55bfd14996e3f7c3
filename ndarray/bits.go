package ndarray

// Packing bits into bytes and back: numpy.packbits and numpy.unpackbits.

// BitsOption configures PackBits and UnpackBits: BitsAxis, BitOrderLittle
// and, for UnpackBits, BitCount. Later options override earlier ones.
type BitsOption struct {
	axis     int
	axisSet  bool
	little   bool
	count    int
	countSet bool
}

// BitsAxis packs or unpacks along axis (negative counts from the end),
// NumPy's axis=k. Without it PackBits and UnpackBits work on the
// flattened array, NumPy's default axis=None.
func BitsAxis(axis int) BitsOption { return BitsOption{axis: axis, axisSet: true} }

// BitOrderLittle orders the bits of each byte from the least significant
// one, NumPy's bitorder='little': the first element packs into bit 0.
// Without it the first element is bit 7, the most significant,
// bitorder='big'.
func BitOrderLittle() BitsOption { return BitsOption{little: true} }

// BitCount sets the number of bits UnpackBits gives along the axis,
// NumPy's count=: the first count bits, padded with zeros if count is
// more than 8 times the input's length; a negative count drops -count
// bits from the end.
func BitCount(count int) BitsOption { return BitsOption{count: count, countSet: true} }

// bitsOptions merges opts.
func bitsOptions(opts []BitsOption) BitsOption {
	var c BitsOption
	for _, o := range opts {
		if o.axisSet {
			c.axis, c.axisSet = o.axis, true
		}
		if o.countSet {
			c.count, c.countSet = o.count, true
		}
		c.little = c.little || o.little
	}
	return c
}

// bitsSource returns the array and axis that PackBits and UnpackBits work
// along: a flattened and 0 without BitsAxis, and a 0-d a taken as 1-d, as
// NumPy's PyArray_CheckAxis does.
func bitsSource[T Dtype](op string, a *Array[T], c BitsOption) (*Array[T], int) {
	a = atLeast1d(op, a)
	if !c.axisSet {
		return a.Ravel(), 0
	}
	return a, normAxis(op, c.axis, a.Ndim())
}

// PackBits packs the elements of a into the bits of uint8s along the
// axis given by BitsAxis, or of a flattened, like numpy.packbits: each
// non-zero element (true for bool) sets one bit, eight elements to a
// byte, the first in the most significant bit (the least with
// BitOrderLittle), the last byte padded with zero bits. The result has
// a's shape with ceil(n/8) for the axis's length n (1-d without BitsAxis;
// a 0-d a counts as 1-d). PackBits panics with an *AxisError for an axis
// out of range and a *ValueError if given BitCount.
func PackBits[T Integer | bool](a *Array[T], opts ...BitsOption) *Array[uint8] {
	const op = "PackBits"
	c := bitsOptions(opts)
	if c.countSet {
		panicValue(op, "BitCount applies to UnpackBits only")
	}
	src, axis := bitsSource(op, a, c)
	n, st := src.shape[axis], src.strides[axis]
	shape := append([]int(nil), src.shape...)
	shape[axis] = (n + 7) / 8
	out := emptyArray[uint8](op, shape)
	dst := out.strides[axis]
	var zero T
	eachLane(src.shape, axis, func(off [maxOperands]int) {
		di, si := off[0], off[1]
		for j := 0; j < n; j += 8 {
			var b uint8
			for k := range min(8, n-j) {
				if src.data[si] != zero {
					b |= packBitMask(k, c.little)
				}
				si += st
			}
			out.data[di] = b
			di += dst
		}
	}, out.layout(), src.layout())
	return out
}

// UnpackBits unpacks the bits of a's bytes along the axis given by
// BitsAxis, or of a flattened, into elements 0 or 1, like
// numpy.unpackbits: byte x gives 8 elements, its most significant bit
// first (its least with BitOrderLittle). The result has a's shape with
// 8n for the axis's length n (1-d without BitsAxis; a 0-d a counts as
// 1-d), or BitCount's count. Where a is empty, bits beyond its 8n are
// zeros (NumPy 1.24 leaves them uninitialized). UnpackBits panics with an
// *AxisError for an axis out of range and a *ValueError if a negative
// count asks to drop more than 8n bits or the result is too large to
// allocate.
func UnpackBits(a *Array[uint8], opts ...BitsOption) *Array[uint8] {
	const op = "UnpackBits"
	c := bitsOptions(opts)
	src, axis := bitsSource(op, a, c)
	n, st := src.shape[axis], src.strides[axis]
	m := 8 * n
	switch {
	case c.countSet && c.count >= 0:
		m = c.count
	case c.countSet && m+c.count < 0:
		panicValue(op, "-count larger than number of elements")
	case c.countSet:
		m += c.count
	}
	shape := append([]int(nil), src.shape...)
	shape[axis] = m
	out := emptyArray[uint8](op, shape)
	dst := out.strides[axis]
	bits := min(m, 8*n) // the bits taken from a; the rest pad with zeros
	eachLane(src.shape, axis, func(off [maxOperands]int) {
		di, si := off[0], off[1]
		for i := 0; i < bits; i += 8 {
			x := src.data[si]
			for k := range min(8, bits-i) {
				out.data[di] = min(x&packBitMask(k, c.little), 1)
				di += dst
			}
			si += st
		}
		for range m - bits {
			out.data[di] = 0
			di += dst
		}
	}, out.layout(), src.layout())
	return out
}

// packBitMask returns the mask of the k-th bit of a byte in the bit order:
// from the most significant bit, or from the least if little.
func packBitMask(k int, little bool) uint8 {
	if little {
		return 1 << k
	}
	return 0x80 >> k
}
