package ndarray

import (
	"errors"
	"fmt"
	"math"
	"testing"

	gold "github.com/numgo/numgo/internal/golden"
)

// windowCases is testdata/gen_window.py's output: NumPy's windows, i0
// and packbits/unpackbits.
type windowCases struct {
	Windows []struct {
		Op   string
		M    int
		Beta any
		Out  golden
	}
	I0 []struct {
		Dtype string
		In    golden
		View  string
		Out   golden
	}
	Bits []struct {
		Op     string
		Dtype  string
		In     int
		View   string
		Axis   *int
		Little bool
		Count  *int
		Out    *golden
		Error  string
		Kind   string
	}
	BitsInputs []golden
}

func loadWindowCases(t *testing.T) windowCases {
	t.Helper()
	var c windowCases
	loadGolden(t, "testdata/window/cases.json", &c)
	return c
}

// windowUlps and kaiserUlps bound numgo's distance from NumPy in the
// windows and in Kaiser and I0: NumPy's cos and exp (its own SIMD kernels
// on these machines) and numgo's libm round differently in the last bit
// (a quarter of the window values differ, by 1 ulp at most, Kaiser's by
// under 3). The windows' sums of nearly opposite terms (0.5 + 0.5·cos
// near the ends) turn an ulp of cos into more ulps of a small result, so
// their distance is counted in ulps of 1 for results below 1.
const (
	windowUlps = 2
	kaiserUlps = 4
)

// windowClose reports whether got is within ulps of want, counted in
// ulps of max(|want|, floor); NaNs match NaNs, infinities themselves.
func windowClose[F Float](got, want F, ulps int, floor float64) bool {
	g, w := float64(got), float64(want)
	switch {
	case math.IsNaN(w) || math.IsNaN(g):
		return math.IsNaN(w) && math.IsNaN(g)
	case math.IsInf(w, 0) || math.IsInf(g, 0):
		return g == w
	}
	eps := 0x1p-52
	if _, ok := any(got).(float32); ok {
		eps = 0x1p-23
	}
	return math.Abs(g-w) <= float64(ulps)*eps*max(math.Abs(w), floor)
}

func TestWindowsGolden(t *testing.T) {
	cases := loadWindowCases(t).Windows
	funcs := map[string]func(int) *Array[float64]{
		"hanning": Hanning, "hamming": Hamming, "blackman": Blackman, "bartlett": Bartlett,
	}
	for _, c := range cases {
		var got *Array[float64]
		name := fmt.Sprintf("%s(%d)", c.Op, c.M)
		if c.Op == "kaiser" {
			beta := gold.Float(c.Beta)
			name = fmt.Sprintf("kaiser(%d, %v)", c.M, beta)
			got = Kaiser(c.M, beta)
		} else {
			got = funcs[c.Op](c.M)
		}
		want := goldenAs[float64](c.Out)
		ulps, floor := windowUlps, 1.0
		if c.Op == "kaiser" { // a ratio of I0s, of any size
			ulps, floor = kaiserUlps, 0
		}
		if !sameShape(got.shape, want.shape) {
			t.Errorf("%s: shape %v, want %v", name, got.shape, want.shape)
			continue
		}
		for i, w := range want.data {
			if g := got.data[i]; !windowClose(g, w, ulps, floor) {
				t.Errorf("%s[%d] = %v, NumPy %v", name, i, g, w)
			}
		}
	}
	t.Logf("%d windows", len(cases))
}

func TestI0Golden(t *testing.T) {
	cases := loadWindowCases(t).I0
	for i, c := range cases {
		name := fmt.Sprintf("#%d i0/%s/%s%v", i, c.Dtype, c.View, c.In.Shape)
		switch c.Dtype {
		case "float64":
			checkI0[float64](t, name, c.In, c.View, c.Out)
		case "float32":
			checkI0[float32](t, name, c.In, c.View, c.Out)
		default:
			t.Fatalf("%s: no runner for dtype %s", name, c.Dtype)
		}
	}
	t.Logf("%d i0 cases", len(cases))
}

// checkI0 runs I0 on the view of in and compares it with want, and checks
// that the input is unchanged and the result a new array.
func checkI0[T Float](t *testing.T, name string, in golden, view string, want golden) {
	t.Helper()
	x := bitsView(goldenAs[T](in), view)
	before := x.ToSlice()
	got := I0(x)
	if !sameSlice(x.ToSlice(), before) {
		t.Errorf("%s: input modified", name)
	}
	if got.Size() > 0 && sharesData(got, x) {
		t.Errorf("%s: result shares memory with the input", name)
	}
	w := goldenAs[T](want)
	if !sameShape(got.shape, w.shape) {
		t.Fatalf("%s: shape %v, want %v", name, got.shape, w.shape)
	}
	for i, wv := range w.data {
		if g := got.data[i]; !windowClose(g, wv, kaiserUlps, 0) {
			t.Errorf("%s[%d] = %v, NumPy %v (of %v)", name, i, g, wv, before[i])
		}
	}
}

// bitsRunners run a bits case on the view of its input in the Go type
// of its dtype: PackBits for every dtype, UnpackBits for "unpack".
var bitsRunners = map[string]bitsRunner{
	"bool": runPackBits[bool], "int8": runPackBits[int8], "int16": runPackBits[int16],
	"int32": runPackBits[int32], "int64": runPackBits[int64], "int": runPackBits[int],
	"uint8": runPackBits[uint8], "uint16": runPackBits[uint16], "uint32": runPackBits[uint32],
	"uint64": runPackBits[uint64], "unpack": runUnpackBits,
}

// A bitsRunner returns the result and whether the input is unchanged.
type bitsRunner func(in golden, view string, opts []BitsOption) (*Array[uint8], bool)

func runPackBits[T Integer | bool](in golden, view string, opts []BitsOption) (*Array[uint8], bool) {
	x := bitsView(goldenAs[T](in), view)
	before := x.ToSlice()
	out := PackBits(x, opts...)
	return out, sameSlice(x.ToSlice(), before)
}

func runUnpackBits(in golden, view string, opts []BitsOption) (*Array[uint8], bool) {
	x := bitsView(goldenAs[uint8](in), view)
	before := x.ToSlice()
	out := UnpackBits(x, opts...)
	return out, sameSlice(x.ToSlice(), before)
}

func TestBitsGolden(t *testing.T) {
	all := loadWindowCases(t)
	counts := map[string]int{}
	for i, c := range all.Bits {
		name := fmt.Sprintf("#%d %s/%s/%s axis=%v little=%v", i, c.Op, c.Dtype, c.View, bitsAxisString(c.Axis), c.Little)
		if c.Count != nil {
			name += fmt.Sprintf(" count=%d", *c.Count)
		}
		var opts []BitsOption
		if c.Axis != nil {
			opts = append(opts, BitsAxis(*c.Axis))
		}
		if c.Little {
			opts = append(opts, BitOrderLittle())
		}
		if c.Count != nil {
			opts = append(opts, BitCount(*c.Count))
		}
		dtypes := []string{c.Dtype}
		switch {
		case c.Op == "unpackbits":
			dtypes = []string{"unpack"}
		case c.Dtype == "int64": // Go's int, too
			dtypes = append(dtypes, "int")
		}
		for _, dt := range dtypes {
			run, ok := bitsRunners[dt]
			if !ok {
				t.Fatalf("%s: no runner for dtype %s", name, dt)
			}
			var got *Array[uint8]
			var same bool
			err := catch(func() { got, same = run(all.BitsInputs[c.In], c.View, opts) })
			if erred(t, name, err, c.Kind, c.Error) {
				continue
			}
			if !same {
				t.Errorf("%s: input modified", name)
			}
			// Compared here, not by checkResult's cmp.Diff: thousands of
			// diffs would take a second.
			if want := goldenAs[uint8](*c.Out); !sameShape(got.shape, want.shape) || !sameSlice(got.ToSlice(), want.data) {
				t.Errorf("%s: got %v, NumPy %v", name, got, want)
			}
			counts[c.Op]++
		}
	}
	t.Logf("%d cases, runs by op %v", len(all.Bits), counts)
}

// bitsView takes the view of a that gen_window.py names, through the
// slicing parser (applyView's reversal is not for empty arrays).
func bitsView[T Dtype](a *Array[T], view string) *Array[T] {
	if view == "rev" {
		return a.Slice("..., ::-1")
	}
	return applyView(a, view)
}

func bitsAxisString(p *int) string {
	if p == nil {
		return "none"
	}
	return fmt.Sprint(*p)
}

// TestWindowBitsPanics checks what the golden cases cannot hold: bad arguments
// panic with typed errors and allocate nothing.
func TestWindowBitsPanics(t *testing.T) {
	for _, c := range []struct {
		name string
		f    func()
		want error
	}{
		{"Hanning(2^60)", func() { Hanning(1 << 60) }, ErrValue}, // NumPy's "array is too big"
		{"Kaiser(2^60)", func() { Kaiser(1<<60, 5) }, ErrValue},
		{"UnpackBits count 2^60", func() { UnpackBits(Zeros[uint8](2), BitCount(1<<60)) }, ErrValue},
		{"UnpackBits count -17", func() { UnpackBits(Zeros[uint8](2), BitCount(-17)) }, ErrValue},
		{"PackBits with BitCount", func() { PackBits(FromSlice([]bool{true}), BitCount(3)) }, ErrValue},
		{"PackBits(nil)", func() { PackBits[int](nil) }, ErrValue},
		{"UnpackBits(nil)", func() { UnpackBits(nil) }, ErrValue},
		{"I0(nil)", func() { I0[float64](nil) }, ErrValue},
	} {
		if err := catch(c.f); !errors.Is(err, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, err, c.want)
		}
	}
}

// TestBitsRoundTrip unpacks what PackBits packed along every axis of a
// broadcast (stride 0) and a stepped view, in both bit orders.
func TestBitsRoundTrip(t *testing.T) {
	base := FromSlice([]bool{true, false, true, true, false, false, true, false, true, true, false, true}, 3, 4)
	for _, a := range []*Array[bool]{base.Slice(":1").BroadcastTo(9, 4), base.Slice("::2, ::-3")} {
		for axis := range a.Ndim() {
			for _, little := range []bool{false, true} {
				opts := []BitsOption{BitsAxis(axis)}
				if little {
					opts = append(opts, BitOrderLittle())
				}
				n := a.Shape()[axis]
				back := UnpackBits(PackBits(a, opts...), append(opts, BitCount(n))...)
				if !ArrayEqual(back, Convert[uint8](a)) {
					t.Errorf("shape %v axis %d little %v: round trip gives %v, want %v", a.Shape(), axis, little, back, a)
				}
			}
		}
	}
}
