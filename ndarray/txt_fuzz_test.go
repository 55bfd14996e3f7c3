package ndarray

import (
	"bytes"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// FuzzLoadTxt feeds LoadTxt arbitrary text, as several dtypes and under
// several option sets chosen by opt. LoadTxt must return an array or an
// ErrFormat error, never panic, allocate only in proportion to the text,
// and what it reads must come back unchanged through SaveTxt and LoadTxt.
// The seeds are the golden texts of testdata/txt/cases.json, besides the
// corpus in testdata/fuzz/FuzzLoadTxt.
func FuzzLoadTxt(f *testing.F) {
	var cases txtCases
	loadGolden(f, "testdata/txt/cases.json", &cases)
	for i, c := range cases.Load {
		f.Add([]byte(c.Text), uint8(i))
	}
	f.Fuzz(func(t *testing.T, data []byte, opt uint8) {
		opts := txtFuzzOptions(opt)
		fuzzLoadTxt[float64](t, data, opts)
		fuzzLoadTxt[float32](t, data, opts)
		fuzzLoadTxt[int64](t, data, opts)
		fuzzLoadTxt[uint8](t, data, opts)
		fuzzLoadTxt[bool](t, data, opts)
		fuzzLoadTxt[complex128](t, data, opts)
	})
}

// txtFuzzOptions picks LoadTxt's options from the bits of opt: the
// delimiter, the comment markers, columns and rows.
func txtFuzzOptions(opt uint8) []TxtOption {
	var opts []TxtOption
	switch opt & 3 {
	case 1:
		opts = append(opts, Delimiter(","))
	case 2:
		opts = append(opts, Delimiter(" "))
	case 3:
		opts = append(opts, Delimiter("\t"))
	}
	if opt&4 != 0 {
		opts = append(opts, Comments("//", "%", "#"))
	}
	switch opt >> 3 & 3 {
	case 1:
		opts = append(opts, UseCols(0, -1, 0))
	case 2:
		opts = append(opts, SkipRows(1), MaxRows(3))
	case 3:
		opts = append(opts, UseCols())
	}
	return append(opts, NdMin(int(opt>>5)%3))
}

func fuzzLoadTxt[T Dtype](t *testing.T, data []byte, opts []TxtOption) {
	name := TypeOf[T]().GoName()
	var a *Array[T]
	var err error
	// Each field is at least one byte and a separator, and becomes at
	// most 16 bytes (3 times over with UseCols(0, -1, 0)), in a slice
	// that append at most doubles; the scanner's buffer and the line as
	// a string cost a few times the longest line.
	alloc := allocated(func() { a, err = LoadTxt[T](bytes.NewReader(data), opts...) })
	if limit := uint64(64*len(data) + 1<<16); alloc > limit {
		t.Fatalf("LoadTxt[%s] allocated %d bytes for %d bytes of text", name, alloc, len(data))
	}
	if err != nil {
		if !errors.Is(err, ErrFormat) {
			t.Fatalf("LoadTxt[%s]: error %v is not ErrFormat", name, err)
		}
		return
	}
	if a.Size() == 0 {
		return
	}
	// Save the values as a 2-d array and read them back.
	b := a.Reshape(1, -1)
	if a.Ndim() == 2 {
		b = a
	}
	var fmtOpt []TxtOption
	if k := TypeOf[T](); k.IsInteger() || k == Bool {
		fmtOpt = append(fmtOpt, Fmt("%d"))
	}
	var buf bytes.Buffer
	if err := SaveTxt(&buf, b, fmtOpt...); err != nil {
		t.Fatalf("SaveTxt[%s] of %v: %v", name, b, err)
	}
	c, err := LoadTxt[T](bytes.NewReader(buf.Bytes()), NdMin(2))
	if err != nil {
		t.Fatalf("LoadTxt[%s] of what SaveTxt wrote, %q: %v", name, buf.String(), err)
	}
	if !cmp.Equal(b.Shape(), c.Shape()) || !cmp.Equal(b.ToSlice(), c.ToSlice(), sameFloats, cmpopts.EquateEmpty()) {
		t.Fatalf("SaveTxt and LoadTxt[%s] changed %v %v into %v %v (text %q)", name, b.Shape(), b.ToSlice(), c.Shape(), c.ToSlice(), buf.String())
	}
}
