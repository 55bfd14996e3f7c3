package ndarray

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	gold "github.com/numgo/numgo/internal/golden"
)

// npyCase is one file written by testdata/gen_npy.py and what NumPy put in it.
type npyCase struct {
	golden
	File    string `json:"file"`
	Descr   string `json:"descr"`
	Fortran bool   `json:"fortran"`
	Version []int  `json:"version"`
}

type npyCases struct {
	Cases       []npyCase `json:"cases"`
	Unsupported []struct {
		File  string `json:"file"`
		Descr string `json:"descr"`
	} `json:"unsupported"`
	Npz map[string]struct {
		golden
		Descr string `json:"descr"`
	} `json:"npz"`
	NpzFiles []string `json:"npz_files"`
}

const npyDir = "testdata/npy"

func loadNpyCases(t testing.TB) npyCases {
	t.Helper()
	var c npyCases
	loadGolden(t, filepath.Join(npyDir, "cases.json"), &c)
	return c
}

// streamReader hides the Len and Seek methods of a reader, so Load must
// read without knowing how much data there is, as from a pipe or socket.
type streamReader struct{ io.Reader }

// npyReaders returns the ways a test reads a file's bytes: from a
// bytes.Reader, whose length Load checks the header against, from an
// io.SectionReader, a reader type whose length Load does not ask, and as a
// stream. LoadFile's tests cover files.
func npyReaders(raw []byte) map[string]io.Reader {
	return map[string]io.Reader{
		"bytes":   bytes.NewReader(raw),
		"section": io.NewSectionReader(bytes.NewReader(raw), 0, int64(len(raw))),
		"stream":  streamReader{bytes.NewReader(raw)},
	}
}

func TestLoadGolden(t *testing.T) {
	for _, c := range loadNpyCases(t).Cases {
		t.Run(c.File, func(t *testing.T) {
			for _, typ := range typesFor(t, c.Dtype) {
				typ.loadCase(t, c)
			}
		})
	}
}

// typed[T] runs the generic tests for element type T; testers lists the Go
// element types that hold each NumPy dtype.
type typed[T Dtype] struct{}

type tester interface {
	loadCase(t *testing.T, c npyCase)
	loadNpz(t *testing.T, z *Npz, name string, want golden)
	fuzz(t *testing.T, data []byte)
	named(t *testing.T, a numgoArray) NamedArray
}

var testers = map[string][]tester{
	"bool": {typed[bool]{}}, "int8": {typed[int8]{}}, "int16": {typed[int16]{}},
	"int32": {typed[int32]{}}, "int64": {typed[int64]{}, typed[int]{}},
	"uint8": {typed[uint8]{}}, "uint16": {typed[uint16]{}}, "uint32": {typed[uint32]{}},
	"uint64": {typed[uint64]{}}, "float32": {typed[float32]{}}, "float64": {typed[float64]{}},
	"complex64": {typed[complex64]{}}, "complex128": {typed[complex128]{}},
	"int": {typed[int]{}}, // Go's own name, for numgoManifest
}

func typesFor(t *testing.T, dtype string) []tester {
	t.Helper()
	ts, ok := testers[dtype]
	if !ok {
		t.Fatalf("unknown dtype %q", dtype)
	}
	return ts
}

// matrixFile matches the files of the dtype × order × byte order matrix.
var matrixFile = regexp.MustCompile(`^([a-z0-9]+)_[CF]_(le|be)\.npy$`)

// loadCase loads c's file as T by each reader, compares the values with
// NumPy's, and checks that Save writes what np.save writes for the same
// values in C order and little-endian.
func (typed[T]) loadCase(t *testing.T, c npyCase) {
	path := filepath.Join(npyDir, c.File)
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := LoadFile[T](path)
	if err != nil {
		t.Fatalf("LoadFile[%s]: %v", TypeOf[T]().GoName(), err)
	}
	name := fmt.Sprintf("%s as %s", c.File, TypeOf[T]().GoName())
	checkNpy(t, name, a, c.golden)
	if c.Fortran && a.Ndim() > 1 && (!a.IsFortranContiguous() || a.IsContiguous()) {
		t.Errorf("%s: strides %v, want Fortran order", name, a.Strides())
	}
	for how, r := range npyReaders(raw) {
		b, err := Load[T](r)
		if err != nil {
			t.Fatalf("%s from %s: %v", name, how, err)
		}
		checkNpy(t, name+" from "+how, b, c.golden)
	}

	var buf bytes.Buffer
	if err := Save(&buf, a); err != nil {
		t.Fatal(err)
	}
	back, err := Load[T](&buf)
	if err != nil {
		t.Fatalf("%s: loading what Save wrote: %v", name, err)
	}
	checkNpy(t, name+" after Save and Load", back, c.golden)

	if hostBigEndian {
		return
	}
	want := ""
	switch m := matrixFile.FindStringSubmatch(c.File); {
	case m != nil:
		want = m[1] + "_C_le.npy"
	case c.Descr[0] != '>' && !c.Fortran && c.Version == nil:
		want = c.File
	default:
		return
	}
	wantRaw, err := os.ReadFile(filepath.Join(npyDir, want))
	if err != nil {
		t.Fatal(err)
	}
	buf.Reset()
	if err := Save(&buf, a); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), wantRaw) {
		t.Errorf("%s: Save wrote\n%q\nnp.save wrote %s:\n%q", name, buf.Bytes(), want, wantRaw)
	}
}

// checkNpy compares got with NumPy's want bit for bit, but for NaN payloads:
// dtype, shape, values, the sign of zeros, and NaNs in complex parts too.
func checkNpy[T Dtype](t *testing.T, name string, got *Array[T], want golden) {
	t.Helper()
	if got.Dtype().String() != want.Dtype {
		t.Errorf("%s: dtype %v, want %s", name, got.Dtype(), want.Dtype)
	}
	if !cmp.Equal(got.Shape(), want.Shape, cmpopts.EquateEmpty()) {
		t.Errorf("%s: shape %v, want %v", name, got.Shape(), want.Shape)
		return
	}
	w := make([]T, len(want.Data))
	for i, v := range want.Data {
		w[i] = gold.Value[T](v)
	}
	if diff := cmp.Diff(w, got.ToSlice(), sameFloats, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("%s: values differ from NumPy (-numpy +numgo):\n%s", name, diff)
	}
}

func sameFloat(x, y float64) bool {
	return x == y && math.Signbit(x) == math.Signbit(y) || math.IsNaN(x) && math.IsNaN(y)
}

// sameFloats makes cmp compare floats and complex parts with sameFloat.
var sameFloats = cmp.Options{
	cmp.Comparer(sameFloat),
	cmp.Comparer(func(x, y float32) bool { return sameFloat(float64(x), float64(y)) }),
	cmp.Comparer(func(x, y complex128) bool { return sameFloat(real(x), real(y)) && sameFloat(imag(x), imag(y)) }),
	cmp.Comparer(func(x, y complex64) bool {
		return sameFloat(float64(real(x)), float64(real(y))) && sameFloat(float64(imag(x)), float64(imag(y)))
	}),
}

func TestLoadDtypeMismatch(t *testing.T) {
	for _, c := range []struct {
		file string
		load func(string) error
		msg  string
	}{
		{"float32_C_le.npy", loadErr[float64], "file holds <f4 (float32), asked for float64"},
		{"float64_C_be.npy", loadErr[float32], "file holds >f8 (float64), asked for float32"},
		{"int64_C_le.npy", loadErr[int32], "file holds <i8 (int64), asked for int32"},
		{"int32_C_le.npy", loadErr[int], "file holds <i4 (int32), asked for int"},
		{"uint8_C_le.npy", loadErr[int8], "file holds |u1 (uint8), asked for int8"},
		{"bool_C_le.npy", loadErr[uint8], "file holds |b1 (bool), asked for uint8"},
		{"complex64_F_le.npy", loadErr[complex128], "file holds <c8 (complex64), asked for complex128"},
	} {
		err := c.load(filepath.Join(npyDir, c.file))
		var de *DtypeError
		if !errors.Is(err, ErrDtype) || !errors.As(err, &de) {
			t.Errorf("%s: error %v, want a *DtypeError", c.file, err)
			continue
		}
		if !strings.Contains(err.Error(), c.msg) {
			t.Errorf("%s: error %q, want it to contain %q", c.file, err, c.msg)
		}
	}
}

func loadErr[T Dtype](path string) error {
	_, err := LoadFile[T](path)
	return err
}

func TestLoadUnsupported(t *testing.T) {
	for _, c := range loadNpyCases(t).Unsupported {
		err := loadErr[float64](filepath.Join(npyDir, c.File))
		if !errors.Is(err, ErrDtype) || !strings.Contains(err.Error(), c.Descr) ||
			!strings.Contains(err.Error(), "not supported by numgo") {
			t.Errorf("%s: error %v, want a *DtypeError naming %s as not supported", c.File, err, c.Descr)
		}
	}
}

// npyFile returns a version 1.0 file with the given header text and data.
func npyFile(header string, data []byte) []byte {
	b := []byte(npyMagic + "\x01\x00")
	b = append(b, byte(len(header)), byte(len(header)>>8))
	return append(append(b, header...), data...)
}

// hostileNpy returns malformed and hostile inputs, each of which Load must
// reject with a *FormatError without panicking or allocating much.
func hostileNpy() map[string][]byte {
	f8 := func(shape string) string {
		return "{'descr': '<f8', 'fortran_order': False, 'shape': " + shape + ", }\n"
	}
	return map[string][]byte{
		"empty":               {},
		"bad magic":           []byte("\x93NUMPX\x01\x00\x10\x00{}"),
		"version 4.0":         []byte(npyMagic + "\x04\x00\x10\x00\x00\x00"),
		"version 1.1":         []byte(npyMagic + "\x01\x01\x10\x00"),
		"cut in length":       []byte(npyMagic + "\x01\x00\x10"),
		"cut in header":       npyFile(f8("(3,)"), nil)[:30],
		"v2 header too long":  []byte(npyMagic + "\x02\x00\xff\xff\xff\xff{'descr"),
		"v3 header missing":   []byte(npyMagic + "\x03\x00\x00\xf0\x00\x00{'descr"),
		"not a dict":          npyFile("[1, 2]\n", nil),
		"missing key":         npyFile("{'descr': '<f8', 'shape': (2,)}", nil),
		"extra key":           npyFile("{'descr': '<f8', 'fortran_order': False, 'shape': (2,), 'x': 1}", nil),
		"repeated key":        npyFile("{'descr': '<f8', 'descr': '<f8', 'fortran_order': False}", nil),
		"non-string key":      npyFile("{1: '<f8'}", nil),
		"shape list":          npyFile(f8("[2, 3]"), nil),
		"shape negative":      npyFile(f8("(-1,)"), nil),
		"shape not int":       npyFile(f8("('a',)"), nil),
		"shape int":           npyFile(f8("3"), nil),
		"shape overflows":     npyFile(f8("(4611686018427387904, 4)"), nil),
		"bytes overflow":      npyFile(f8("(2305843009213693952,)"), nil),
		"2^59 elements":       npyFile(f8("(576460752303423488,)"), make([]byte, 64)),
		"2^40 elements":       npyFile(f8("(1048576, 1048576)"), make([]byte, 3<<20)),
		"65 dims":             npyFile(f8("("+strings.Repeat("1, ", 65)+")"), make([]byte, 8)),
		"huge int literal":    npyFile(f8("(99999999999999999999999,)"), nil),
		"fortran not bool":    npyFile("{'descr': '<f8', 'fortran_order': 'yes', 'shape': ()}", nil),
		"descr not string":    npyFile("{'descr': 42, 'fortran_order': False, 'shape': ()}", nil),
		"deep nesting":        npyFile("{'descr': "+strings.Repeat("(", 10000), nil),
		"unterminated string": npyFile("{'descr': '<f8", nil),
		"dangling escape":     npyFile("{'descr': '<f8\\", nil),
		"missing comma":       npyFile("{'descr': '<f8' 'fortran_order': False, 'shape': ()}", nil),
		"missing colon":       npyFile("{'descr' '<f8', 'fortran_order': False, 'shape': ()}", nil),
		"trailing text":       npyFile(f8("()")+" x", make([]byte, 8)),
		"bad character":       npyFile("{'descr': <f8}", nil),
		"truncated data":      npyFile(f8("(3,)"), make([]byte, 20)),
		"truncated 0-d":       npyFile(f8("()"), make([]byte, 7)),
	}
}

func TestLoadHostile(t *testing.T) {
	for name, raw := range hostileNpy() {
		for how := range npyReaders(raw) {
			var err error
			alloc := allocated(func() {
				_, err = Load[float64](npyReaders(raw)[how])
			})
			if !errors.Is(err, ErrFormat) {
				t.Errorf("%s from %s: error %v, want a *FormatError", name, how, err)
			} else if how == "stream" {
				t.Logf("%s: %v", name, err)
			}
			if limit := uint64(4*len(raw) + 3*npyChunk); alloc > limit {
				t.Errorf("%s from %s: allocated %d bytes for a %d-byte file", name, how, alloc, len(raw))
			}
		}
	}
}

// allocated returns the bytes allocated while f runs.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// lyingReader claims to hold more bytes than its reader does, or fewer
// when more is negative.
type lyingReader struct {
	*bytes.Reader
	more int
}

func (r lyingReader) Len() int { return r.Reader.Len() + r.more }

// TestLoadLyingLength reads from readers whose Len is wrong. Load does not
// believe the Len of a reader type it does not know, so a reader claiming
// less than it holds loads in full, and one claiming exabytes behind a
// header that asks for them allocates only as the data arrives.
func TestLoadLyingLength(t *testing.T) {
	raw := npyFile("{'descr': '<f8', 'fortran_order': False, 'shape': (1000,), }", make([]byte, 8000))
	if a, err := Load[float64](lyingReader{bytes.NewReader(raw), -1}); err != nil || a.Size() != 1000 {
		t.Errorf("Len one byte short: got %v, %v; want the 1000 elements", a, err)
	}
	huge := npyFile("{'descr': '<f8', 'fortran_order': False, 'shape': (576460752303423488,), }", make([]byte, 8000))
	var err error
	alloc := allocated(func() {
		_, err = Load[float64](lyingReader{bytes.NewReader(huge), math.MaxInt - len(huge)})
	})
	if !errors.Is(err, ErrFormat) || !strings.Contains(err.Error(), "file ends after 1000 of the") {
		t.Errorf("2^59 elements behind a Len of MaxInt: error %v, want a *FormatError saying the file ends", err)
	}
	if limit := uint64(4*len(huge) + 3*npyChunk); alloc > limit {
		t.Errorf("2^59 elements behind a Len of MaxInt: allocated %d bytes for a %d-byte file", alloc, len(huge))
	}
}

// TestLoadSwapChunks loads big-endian files, and a bool file whose nonzero
// bytes are not all 1, of more elements than a stream's first chunk
// (npyChunk) holds, from each reader: every chunk must be converted, and
// converted only once. The bytes are written by encoding/binary as the
// format defines them.
func TestLoadSwapChunks(t *testing.T) {
	const n = npyChunk + 1000
	header := func(descr string) string {
		return fmt.Sprintf("{'descr': '%s', 'fortran_order': False, 'shape': (%d,), }", descr, n)
	}
	f8 := make([]byte, 0, 8*n)
	c8 := make([]byte, 0, 8*n)
	i2 := make([]byte, 0, 2*n)
	b1 := make([]byte, 0, n)
	wantF8 := make([]float64, n)
	wantC8 := make([]complex64, n)
	wantI2 := make([]int16, n)
	wantB1 := make([]bool, n)
	for i := range n {
		wantF8[i] = float64(i) + 0.5
		f8 = binary.BigEndian.AppendUint64(f8, math.Float64bits(wantF8[i]))
		wantC8[i] = complex(float32(i), -float32(i))
		c8 = binary.BigEndian.AppendUint32(c8, math.Float32bits(real(wantC8[i])))
		c8 = binary.BigEndian.AppendUint32(c8, math.Float32bits(imag(wantC8[i])))
		wantI2[i] = int16(i*7 - 30000)
		i2 = binary.BigEndian.AppendUint16(i2, uint16(wantI2[i]))
		b1 = append(b1, byte(i%3*100))
		wantB1[i] = i%3 != 0
	}
	files := map[string][]byte{
		">f8": npyFile(header(">f8"), f8),
		">c8": npyFile(header(">c8"), c8),
		">i2": npyFile(header(">i2"), i2),
		"|b1": npyFile(header("|b1"), b1),
	}
	for how := range npyReaders(nil) {
		checkLoad(t, how, files[">f8"], wantF8)
		checkLoad(t, how, files[">c8"], wantC8)
		checkLoad(t, how, files[">i2"], wantI2)
		checkLoad(t, how, files["|b1"], wantB1)
	}
}

func checkLoad[T Dtype](t *testing.T, how string, raw []byte, want []T) {
	t.Helper()
	a, err := Load[T](npyReaders(raw)[how])
	if err != nil {
		t.Fatalf("%s from %s: %v", TypeOf[T]().GoName(), how, err)
	}
	got := a.ToSlice()
	if len(got) != len(want) {
		t.Fatalf("%s from %s: %d elements, want %d", TypeOf[T]().GoName(), how, len(got), len(want))
	}
	for i, v := range got {
		if v != want[i] {
			t.Errorf("%s from %s: element %d is %v, want %v", TypeOf[T]().GoName(), how, i, v, want[i])
			return
		}
	}
}

func TestLoadOddHeaders(t *testing.T) {
	data := []byte{1, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0}
	for name, header := range map[string]string{
		"double quotes":   `{"descr": "<i8", "fortran_order": False, "shape": (2,)}`,
		"python 2 long":   "{'descr': '<i8', 'fortran_order': False, 'shape': (2L,)}",
		"no spaces":       "{'descr':'<i8','fortran_order':False,'shape':(2,)}",
		"parenthesised":   "{'descr': ('<i8'), 'fortran_order': False, 'shape': (2,)}",
		"native order":    "{'descr': '=i8', 'fortran_order': False, 'shape': (+2,)}\n\t",
		"escaped string":  `{'descr': '<\i8', 'fortran_order': False, 'shape': (2,)}`,
		"fortran 1-d":     "{'descr': '<i8', 'fortran_order': True, 'shape': (2,)}",
		"tabs and return": "{\t'descr': '<i8',\r\n 'fortran_order': False, 'shape': (2,)}",
	} {
		a, err := Load[int64](bytes.NewReader(npyFile(header, data)))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if got := a.ToSlice(); !cmp.Equal(got, []int64{1, 2}) || !cmp.Equal(a.Shape(), []int{2}) {
			t.Errorf("%s: got %v of shape %v, want [1 2] of shape (2,)", name, got, a.Shape())
		}
	}
}

func TestLoadBoolNonzero(t *testing.T) {
	raw := npyFile("{'descr': '|b1', 'fortran_order': False, 'shape': (4,), }", []byte{0, 1, 2, 255})
	a, err := Load[bool](bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := a.ToSlice(), []bool{false, true, true, true}; !cmp.Equal(got, want) {
		t.Errorf("got %v, want %v (NumPy reads any nonzero byte as True)", got, want)
	}
	// Go's == on bools compares bytes: a stored 2 would differ from true.
	if a.At(2) != true || a.At(3) != true {
		t.Errorf("bytes 2 and 255 did not become true")
	}
}

func TestLoadSequential(t *testing.T) {
	var buf bytes.Buffer
	if err := Save(&buf, Arange(5)); err != nil {
		t.Fatal(err)
	}
	if err := Save(&buf, Linspace(0.0, 1.0, 3)); err != nil {
		t.Fatal(err)
	}
	r := streamReader{&buf}
	a, err := Load[int](r)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Load[float64](r)
	if err != nil {
		t.Fatal(err)
	}
	if !cmp.Equal(a.ToSlice(), []int{0, 1, 2, 3, 4}) || !cmp.Equal(b.ToSlice(), []float64{0, 0.5, 1}) {
		t.Errorf("read %v and %v back", a.ToSlice(), b.ToSlice())
	}
	if _, err := Load[int](r); !errors.Is(err, ErrFormat) {
		t.Errorf("third Load: %v, want a *FormatError at the end of the stream", err)
	}
}

// TestSaveLayouts writes views of every layout and reads back their values
// in C order.
func TestSaveLayouts(t *testing.T) {
	base := Arange(24.0).Reshape(2, 3, 4)
	big := Arange(700*600).Reshape(700, 600) // larger than one staging chunk
	for _, c := range []struct {
		name string
		a    *Array[float64]
	}{
		{"contiguous", base},
		{"transposed", base.T()},
		{"negative steps", base.Slice("::-1, :, ::-2")},
		{"stepped", base.Slice(":, 1:, ::3")},
		{"broadcast", Arange(3.0).BroadcastTo(4, 3)},
		{"0-d", Scalar(2.5)},
		{"0-d view", base.Slice("1, 2, 3")},
		{"empty", base.Slice(":, 2:2")},
		{"empty transposed", Zeros[float64](4, 3, 0).T()}, // not C-contiguous by its strides
		{"big transposed", Convert[float64](big).T()},
	} {
		var buf bytes.Buffer
		if err := Save(&buf, c.a); err != nil {
			t.Fatal(err)
		}
		got, err := Load[float64](streamReader{&buf})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !cmp.Equal(got.Shape(), c.a.Shape(), cmpopts.EquateEmpty()) || !got.IsContiguous() ||
			!cmp.Equal(got.ToSlice(), c.a.ToSlice(), cmpopts.EquateEmpty()) {
			t.Errorf("%s: read back shape %v %v, want %v %v", c.name, got.Shape(), got.ToSlice(), c.a.Shape(), c.a.ToSlice())
		}
	}
}

// failWriter fails after n bytes.
type failWriter struct{ n int }

var errWrite = errors.New("disk full")

func (w *failWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		return w.n, errWrite
	}
	w.n -= len(p)
	return len(p), nil
}

func TestSaveWriteError(t *testing.T) {
	a := Arange(1<<18).Reshape(512, 512)
	for _, v := range []*Array[int]{a, a.T()} {
		for _, n := range []int{0, 100, 1 << 20} {
			if err := Save(&failWriter{n}, v); !errors.Is(err, errWrite) {
				t.Errorf("failing after %d bytes: error %v, want the writer's", n, err)
			}
		}
	}
	if err := SaveFile(filepath.Join(t.TempDir(), "no", "such", "dir.npy"), a); err == nil {
		t.Errorf("SaveFile into a missing directory succeeded")
	}
	if _, err := LoadFile[int](filepath.Join(t.TempDir(), "missing.npy")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("LoadFile of a missing file: %v", err)
	}
}

func TestSaveFileRoundTrip(t *testing.T) {
	name := filepath.Join(t.TempDir(), "a.npy")
	a := FromSlice([]complex64{1 + 2i, 3, -4i, 5 - 6i}, 2, 2).T()
	if err := SaveFile(name, a); err != nil {
		t.Fatal(err)
	}
	got, err := LoadFile[complex64](name)
	if err != nil {
		t.Fatal(err)
	}
	if !cmp.Equal(got.ToSlice(), []complex64{1 + 2i, -4i, 3, 5 - 6i}) {
		t.Errorf("got %v", got.ToSlice())
	}
}

func ExampleSave() {
	a := Arange(6).Reshape(2, 3)
	var buf bytes.Buffer
	if err := Save(&buf, a.T()); err != nil { // a view is written in C order
		fmt.Println(err)
		return
	}
	b, err := Load[int](&buf)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.Shape(), b.ToSlice())

	buf.Reset()
	Save(&buf, Linspace(0.0, 1.0, 5))
	_, err = Load[float32](&buf)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrDtype))
	// Output:
	// [3 2] [0 3 1 4 2 5]
	// ndarray: dtype mismatch: file holds <f8 (float64), asked for float32
	// true
}

// BenchmarkNpy measures Save and Load of 2^20 float64 (8 MiB), contiguous
// and transposed, from memory and as a stream.
func BenchmarkNpy(b *testing.B) {
	a := Arange(float64(1<<20)).Reshape(1024, 1024)
	var buf bytes.Buffer
	for name, v := range map[string]*Array[float64]{"contiguous": a, "transposed": a.T()} {
		b.Run("Save/"+name, func(b *testing.B) {
			b.SetBytes(8 << 20)
			for b.Loop() {
				buf.Reset()
				if err := Save(&buf, v); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	raw := bytes.Clone(buf.Bytes())
	for how := range npyReaders(raw) {
		b.Run("Load/"+how, func(b *testing.B) {
			b.SetBytes(8 << 20)
			for b.Loop() {
				if _, err := Load[float64](npyReaders(raw)[how]); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
