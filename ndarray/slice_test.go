package ndarray

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"
)

type sliceCase struct {
	Shape []int
	Spec  string
	Out   *golden
	Error string
	Msg   string
}

func loadSliceCases(t *testing.T) []sliceCase {
	t.Helper()
	var c struct{ Cases []sliceCase }
	loadGolden(t, "testdata/slice/cases.json", &c)
	return c.Cases
}

// TestSliceGolden checks the shape and values of a.Slice(spec) against
// NumPy's a[spec], and that errors are NumPy's.
func TestSliceGolden(t *testing.T) {
	cases := loadSliceCases(t)
	if len(cases) < 60 {
		t.Fatalf("only %d golden cases", len(cases))
	}
	for _, c := range cases {
		base := Arange[int64](int64(checkedSize("test", c.Shape)))
		a := base.Reshape(c.Shape...)
		name := fmt.Sprintf("%v[%s]", shapeString(c.Shape), c.Spec)
		if c.Error != "" {
			want := map[string]error{"IndexError": ErrIndex, "ValueError": ErrValue}[c.Error]
			err := catch(func() { a.Slice(c.Spec) })
			if !errors.Is(err, want) {
				t.Errorf("%s: got %v, want %s %q", name, err, c.Error, c.Msg)
			} else if got := strings.TrimPrefix(err.Error(), "ndarray: Slice: "); got != c.Msg {
				t.Errorf("%s: message %q, NumPy's %q", name, got, c.Msg)
			}
			continue
		}
		r := a.Slice(c.Spec)
		checkArray(t, name, r, *c.Out)
		if r.Size() > 0 && !sharesData(r, base) {
			t.Errorf("%s: result is a copy, want a view", name)
		}
		// The typed form, reached through ParseIndex and String, agrees.
		idx, err := ParseIndex(c.Spec)
		if err != nil {
			t.Errorf("%s: ParseIndex: %v", name, err)
			continue
		}
		strs := make([]string, len(idx))
		for i, x := range idx {
			strs[i] = x.String()
		}
		checkArray(t, name+" via SliceOf", a.SliceOf(idx...), *c.Out)
		checkArray(t, name+" via String", a.Slice(strings.Join(strs, ",")), *c.Out)
	}
}

func TestSliceMalformed(t *testing.T) {
	a := Arange(24).Reshape(2, 3, 4)
	for _, c := range []struct{ spec, msg string }{
		{"1:2:3:4", `invalid index "1:2:3:4" in "1:2:3:4": a slice has at most three parts`},
		{"a", `invalid index "a" in "a": only integers, slices`},
		{"[1]", `invalid index "[1]"`},
		{"99999999999999999999", `invalid index "99999999999999999999" in "99999999999999999999": cannot fit 'int' into an index-sized integer`},
		{"1,,2", `invalid index "" in "1,,2": empty index item`},
		{",", `invalid index ""`},
		{"1.5", `invalid index "1.5"`},
		{"1:x", `invalid index "1:x"`},
		{"0x1", `invalid index "0x1"`},
		{"- 1", `invalid index "- 1"`},
		{"....", `invalid index "...."`},
	} {
		err := catch(func() { a.Slice(c.spec) })
		if !errors.Is(err, ErrIndex) || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("Slice(%q): got %v, want an IndexError containing %q", c.spec, err, c.msg)
		}
		if !strings.HasPrefix(err.Error(), "ndarray: Slice: ") {
			t.Errorf("Slice(%q): %q does not name Slice", c.spec, err)
		}
		_, perr := ParseIndex(c.spec)
		var ie *IndexError
		if !errors.As(perr, &ie) || ie.Op != "ParseIndex" {
			t.Errorf("ParseIndex(%q): got %v, want an *IndexError from ParseIndex", c.spec, perr)
		}
	}
}

func TestSliceOfErrors(t *testing.T) {
	a := Arange(6).Reshape(2, 3)
	for _, c := range []struct {
		name string
		f    func()
		is   error
		msg  string
	}{
		{"step zero", func() { a.SliceOf(Colon, Every(0)) }, ErrValue, "ndarray: SliceOf: slice step cannot be zero"},
		{"out of range", func() { a.SliceOf(I(1), I(-4)) }, ErrIndex, "ndarray: SliceOf: index -4 is out of bounds for axis 1 with size 3"},
		{"too many", func() { a.SliceOf(I(0), Colon, NewAxis, Colon) }, ErrIndex,
			"ndarray: SliceOf: too many indices for array: array is 2-dimensional, but 3 were indexed"},
		{"two ellipses", func() { a.SliceOf(Ellipsis, NewAxis, Ellipsis) }, ErrIndex, "single ellipsis"},
		{"S with two steps", func() { S(1, 2, 3, 4) }, ErrIndex, "ndarray: S: takes at most one step, got 2"},
		{"By on an integer", func() { I(1).By(2) }, ErrIndex, "cannot set a step on the index 1"},
		{"too many dimensions", func() { a.Slice(strings.Repeat("None,", 63)) }, ErrIndex,
			"number of dimensions must be within [0, 64], got 65"},
	} {
		err := catch(c.f)
		if !errors.Is(err, c.is) || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("%s: got %v, want %v containing %q", c.name, err, c.is, c.msg)
		}
	}
}

// TestIndexString checks the constructors through their NumPy spelling.
func TestIndexString(t *testing.T) {
	for _, c := range []struct {
		x    Index
		want string
	}{
		{I(-3), "-3"}, {S(1, -1), "1:-1"}, {S(0, 10, 2), "0:10:2"}, {From(3), "3:"}, {To(5), ":5"},
		{Every(-1), "::-1"}, {From(5).By(-1), "5::-1"}, {To(2).By(3), ":2:3"}, {Colon, ":"},
		{Index{}, ":"}, {Ellipsis, "..."}, {NewAxis, "None"},
	} {
		if got := c.x.String(); got != c.want {
			t.Errorf("String() = %q, want %q", got, c.want)
		}
	}
}

// TestSliceViewAliasesBase checks that a slice is a view: writes through it
// reach the base, and writes to the base show in it.
func TestSliceViewAliasesBase(t *testing.T) {
	base := Arange(20).Reshape(4, 5)
	v := base.Slice("::-2, 1:4")       // rows 3 and 1, columns 1..3
	v.Set(-1, 0, 0)                    // base (3, 1)
	v.Set(-2, 1, -1)                   // base (1, 3)
	v.Slice("..., ::-1").Set(-3, 1, 0) // v (1, 2) = base (1, 3)
	if base.At(3, 1) != -1 || base.At(1, 3) != -3 {
		t.Errorf("writes through a slice did not reach the base: %v", base.ToSlice())
	}
	base.Set(99, 1, 2)
	if v.At(1, 1) != 99 {
		t.Errorf("write to the base does not show in the slice: v.At(1, 1) = %d", v.At(1, 1))
	}
	row := base.SliceOf(I(2))
	row.Fill(7)
	if got := base.Slice("2").ToSlice(); fmt.Sprint(got) != "[7 7 7 7 7]" {
		t.Errorf("Fill through a row view: row 2 of base is %v", got)
	}
	// An empty slice past the end of a stepped view stays inside the data.
	e := Arange(10).Slice("::3").Slice("4:")
	if e.Size() != 0 || len(e.Data()) != 0 {
		t.Errorf("empty slice: size %d, Data %v", e.Size(), e.Data())
	}
}

// FuzzSlice slices a fixed strided array with random specs: any panic must
// be one of the typed errors, a successful result must address only
// elements of the backing slice, and the typed form must agree.
func FuzzSlice(f *testing.F) {
	for _, s := range []string{"", ":", "::-1", "1, ::2", "..., None", "-1:0:-1, 1", "None, ..., 0",
		"1:2:3:4", "a", "[1]", "99999999999999999999", ":99999999999999999999", "::0", "...,...",
		"0,0,0,0", " 5 : -5 : -2 ", "1,", ",", "None:None:-9223372036854775808"} {
		f.Add(s)
	}
	base := Arange(60).Reshape(3, 4, 5)
	a := base.Slice("::-1, 1:, ::2") // shape (3, 3, 3), negative and stepped strides
	f.Fuzz(func(t *testing.T, spec string) {
		var v *Array[int]
		err := catch(func() { v = a.Slice(spec) })
		if err != nil {
			if !errors.Is(err, ErrIndex) && !errors.Is(err, ErrValue) {
				t.Fatalf("Slice(%q) panicked with %T %v", spec, err, err)
			}
			return
		}
		if v.Size() == 0 {
			if v.offset < 0 || v.offset > len(v.data) {
				t.Fatalf("Slice(%q): empty view with offset %d outside data of length %d", spec, v.offset, len(v.data))
			}
			return
		}
		forEachIndex(v.shape, func(idx []int) {
			p := v.offset
			for k, i := range idx {
				p += i * v.strides[k]
			}
			if p < 0 || p >= len(v.data) {
				t.Fatalf("Slice(%q): element %v at %d, outside data of length %d", spec, idx, p, len(v.data))
			}
		})
		idx, perr := ParseIndex(spec)
		if perr != nil {
			t.Fatalf("Slice(%q) succeeded but ParseIndex failed: %v", spec, perr)
		}
		w := a.SliceOf(idx...)
		if !sameShape(v.shape, w.shape) || fmt.Sprint(v.ToSlice()) != fmt.Sprint(w.ToSlice()) {
			t.Fatalf("Slice(%q) and SliceOf(%v) differ", spec, idx)
		}
	})
}

func ExampleArray_Slice() {
	a := Arange(12).Reshape(3, 4)
	fmt.Println(a.Slice("::-1"))
	fmt.Println(a.Slice("1:, ::2"))
	fmt.Println(a.Slice("-1"), a.Slice("..., None").Shape())

	// A slice is a view: writing through it changes a.
	col := a.Slice(":, 1")
	col.Set(-1, 0)
	fmt.Println(a)
	// Output:
	// [[ 8  9 10 11]
	//  [ 4  5  6  7]
	//  [ 0  1  2  3]]
	// [[ 4  6]
	//  [ 8 10]]
	// [ 8  9 10 11] [3 4 1]
	// [[ 0 -1  2  3]
	//  [ 4  5  6  7]
	//  [ 8  9 10 11]]
}

func ExampleArray_SliceOf() {
	a := Arange(24).Reshape(2, 3, 4)
	// NumPy's a[1, ..., 1:-1, None] and a[:, ::-1, 0], with indices computed at run time.
	lo, hi := 1, -1
	fmt.Println(a.SliceOf(I(1), Ellipsis, S(lo, hi), NewAxis).Shape())
	fmt.Println(a.SliceOf(Colon, Every(-1), I(0)))
	// Output:
	// [3 2 1]
	// [[ 8  4  0]
	//  [20 16 12]]
}

func ExampleParseIndex() {
	idx, err := ParseIndex("0, ..., ::-1, None")
	fmt.Println(idx, err)
	_, err = ParseIndex("1:2:3:4")
	fmt.Println(err)
	// Output:
	// [0 ... ::-1 None] <nil>
	// ndarray: ParseIndex: invalid index "1:2:3:4" in "1:2:3:4": a slice has at most three parts, start:stop:step
}

// TestParseHelpers checks the parser's own integer reading and trimming,
// which read short inputs in line, against strconv.ParseInt and
// strings.TrimSpace: signs, 18 and 19 digits, overflow, non-digits, and
// ASCII and Unicode spaces.
func TestParseHelpers(t *testing.T) {
	for _, s := range []string{"0", "-0", "+7", "-", "+", "", "12a", "a1", " 1", "1_000", "0x10", "007",
		"123456789012345678", "-123456789012345678", "1234567890123456789", "9223372036854775807",
		"9223372036854775808", "-9223372036854775809", "99999999999999999999", "١٢"} {
		v, err := parseInt(s)
		w, werr := strconv.ParseInt(s, 10, 0)
		if v != int(w) || (err == nil) != (werr == nil) || errors.Is(err, strconv.ErrRange) != errors.Is(werr, strconv.ErrRange) {
			t.Errorf("parseInt(%q) = %d, %v; strconv.ParseInt gives %d, %v", s, v, err, w, werr)
		}
	}
	for _, s := range []string{"", " ", " \t1 \n", "\v\f\r::2\r", "\u00a05\u2003", "\u2003 \u00a0", "a\u0085", "é ", " é"} {
		if got, want := trimSpace(s), strings.TrimSpace(s); got != want {
			t.Errorf("trimSpace(%q) = %q, want %q", s, got, want)
		}
	}
}
