package ndarray

import (
	"errors"
	"slices"
	"testing"
)

type broadcastCase struct {
	Shapes [][]int `json:"shapes"`
	Out    []int   `json:"out"`
	Error  string  `json:"error"`
}

func loadBroadcastCases(tb testing.TB) []broadcastCase {
	var cases []broadcastCase
	loadGolden(tb, "testdata/broadcast/cases.json", &cases)
	return cases
}

// TestBroadcastGolden checks random shapes against NumPy: np.add's result
// shape or error text for pairs, np.broadcast_shapes for triples.
func TestBroadcastGolden(t *testing.T) {
	for _, c := range loadBroadcastCases(t) {
		var got []int
		err := catch(func() {
			if len(c.Shapes) == 2 {
				got = Add(Zeros[float64](c.Shapes[0]...), Zeros[float64](c.Shapes[1]...)).Shape()
			} else {
				got = BroadcastShapes(c.Shapes...)
			}
		})
		switch {
		case c.Error != "" && !errors.Is(err, ErrShape):
			t.Errorf("%v: got %v, %v; NumPy raises %q", c.Shapes, got, err, c.Error)
		case c.Error != "" && len(c.Shapes) == 2 && err.Error() != "ndarray: Add: "+c.Error:
			t.Errorf("%v: error %q, NumPy's %q", c.Shapes, err, c.Error)
		case c.Error == "" && (err != nil || !slices.Equal(got, c.Out)):
			t.Errorf("%v: got %v, %v; NumPy gives %v", c.Shapes, got, err, c.Out)
		}
	}
}

// TestBroadcastToDestination checks against NumPy the ...To forms into
// destinations of random shapes, to which NumPy's out= broadcasts the
// inputs: AddTo of a = 1, 2, ... and b = 10, 20, ..., NegativeTo of a and
// DivmodTo of a and b; the values, or the error's text.
func TestBroadcastToDestination(t *testing.T) {
	var cases []struct {
		Op     string
		Shapes [][]int
		Out    []float64
		Error  string
	}
	loadGolden(t, "testdata/broadcast/out.json", &cases)
	counted := func(shape []int, scale float64) *Array[float64] {
		a := Arange(1.0, float64(refSize(shape)+1), 1.0).Reshape(shape...)
		return Mul(a, Scalar(scale))
	}
	for _, c := range cases {
		var got []float64
		op := map[string]string{"add": "Add", "negative": "Negative", "divmod": "Divmod"}[c.Op]
		err := catch(func() {
			a, dst := counted(c.Shapes[0], 1), Zeros[float64](c.Shapes[len(c.Shapes)-1]...)
			switch c.Op {
			case "add":
				got = AddTo(dst, a, counted(c.Shapes[1], 10)).ToSlice()
			case "negative":
				got = NegativeTo(dst, a).ToSlice()
			case "divmod":
				q, r := DivmodTo(Zeros[float64](c.Shapes[2]...), dst, a, counted(c.Shapes[1], 10))
				got = append(q.ToSlice(), r.ToSlice()...)
			}
		})
		switch {
		case c.Error != "" && (err == nil || err.Error() != "ndarray: "+op+": "+c.Error):
			t.Errorf("%s%v: error %v, NumPy's %q", op, c.Shapes, err, c.Error)
		case c.Error == "" && err != nil:
			t.Errorf("%s%v: %v; NumPy gives %v", op, c.Shapes, err, c.Out)
		case c.Error == "" && !slices.Equal(got, c.Out):
			t.Errorf("%s%v = %v; NumPy gives %v", op, c.Shapes, got, c.Out)
		}
	}
}

// numpyRule is NumPy's broadcasting rule as its multi-iterator applies
// it, axis by axis (broadcastArgs, whose messages TestManip2Golden ties to
// NumPy's), an order apart from broadcastInto's, which takes the shapes
// one by one: shapes aligned at the last axis, extents equal or 1, a
// missing axis counting as 1.
func numpyRule(shapes [][]int) (out []int, ok bool) {
	err := catch(func() { out = broadcastArgs("numpyRule", shapes...) })
	return out, err == nil
}

// FuzzBroadcast decodes two or three shapes from the input and checks that
// BroadcastShapes and Add follow NumPy's rule: the same shape, or a
// *ShapeError when the rule has none. The seeds are the golden cases.
func FuzzBroadcast(f *testing.F) {
	for _, c := range loadBroadcastCases(f) {
		var seed []byte
		for _, s := range c.Shapes {
			seed = append(seed, byte(len(s)))
			for _, n := range s {
				seed = append(seed, byte(n))
			}
		}
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		// Each shape is a length byte (mod 6) followed by its extents
		// (mod 5, so that 0, 1 and clashes are common).
		var shapes [][]int
		for len(data) > 0 && len(shapes) < 3 {
			nd := int(data[0]) % 6
			data = data[1:]
			s := make([]int, 0, nd)
			for ; nd > 0 && len(data) > 0; nd-- {
				s = append(s, int(data[0])%5)
				data = data[1:]
			}
			shapes = append(shapes, s)
		}
		want, ok := numpyRule(shapes)
		var got, sum []int
		err := catch(func() {
			got = BroadcastShapes(shapes...)
			if len(shapes) == 2 {
				sum = Add(Zeros[int8](shapes[0]...), Zeros[int8](shapes[1]...)).Shape()
			}
		})
		switch {
		case !ok && !errors.Is(err, ErrShape):
			t.Fatalf("%v: got %v, %v; NumPy's rule fails", shapes, got, err)
		case ok && (err != nil || !slices.Equal(got, want)):
			t.Fatalf("%v: got %v, %v; NumPy's rule gives %v", shapes, got, err, want)
		case ok && len(shapes) == 2 && !slices.Equal(sum, want):
			t.Fatalf("%v: Add has shape %v, want %v", shapes, sum, want)
		}
	})
}
