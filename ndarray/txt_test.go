package ndarray

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	gold "github.com/numgo/numgo/internal/golden"
)

// txtCases is testdata/txt/cases.json, written by testdata/gen_txt.py.
type txtCases struct {
	Save []txtSaveCase `json:"save"`
	Load []txtLoadCase `json:"load"`
}

type txtSaveCase struct {
	In        golden          `json:"in"`
	View      string          `json:"view"`
	Fmt       json.RawMessage `json:"fmt"` // a string or a list of them
	Delimiter *string         `json:"delimiter"`
	Newline   *string         `json:"newline"`
	Header    *string         `json:"header"`
	Footer    *string         `json:"footer"`
	Comments  *string         `json:"comments"`
	Out       *string         `json:"out"`
	Error     string          `json:"error"`
	Kind      string          `json:"kind"`
}

type txtLoadCase struct {
	Text      string          `json:"text"`
	Dtype     string          `json:"dtype"`
	Delimiter *string         `json:"delimiter"`
	Comments  json.RawMessage `json:"comments"` // absent, null, a string or a list
	Skiprows  *int            `json:"skiprows"`
	Usecols   *[]int          `json:"usecols"`
	MaxRows   *int            `json:"max_rows"`
	Ndmin     *int            `json:"ndmin"`
	Out       *golden         `json:"out"`
	Numpy     *golden         `json:"numpy"`
	Deviation bool            `json:"deviation"`
	Error     string          `json:"error"`
	Kind      string          `json:"kind"`
}

func loadTxtCases(t *testing.T) txtCases {
	t.Helper()
	var c txtCases
	loadGolden(t, "testdata/txt/cases.json", &c)
	return c
}

func (c txtSaveCase) options(t *testing.T) []TxtOption {
	var opts []TxtOption
	if len(c.Fmt) > 0 {
		var one string
		var list []string
		if json.Unmarshal(c.Fmt, &one) == nil {
			opts = append(opts, Fmt(one))
		} else if err := json.Unmarshal(c.Fmt, &list); err == nil {
			opts = append(opts, ColumnFmt(list...))
		} else {
			t.Fatalf("fmt %s: %v", c.Fmt, err)
		}
	}
	for _, o := range []struct {
		v   *string
		opt func(string) TxtOption
	}{{c.Delimiter, Delimiter}, {c.Newline, Newline}, {c.Header, Header}, {c.Footer, Footer}, {c.Comments, func(s string) TxtOption { return Comments(s) }}} {
		if o.v != nil {
			opts = append(opts, o.opt(*o.v))
		}
	}
	return opts
}

// options builds the case's options; an option that panics on its own
// value (SkipRows(-1)) panics here, inside the caller's catch.
func (c txtLoadCase) options(t *testing.T) []TxtOption {
	var opts []TxtOption
	if c.Delimiter != nil {
		opts = append(opts, Delimiter(*c.Delimiter))
	}
	switch s := string(c.Comments); {
	case s == "":
	case s == "null":
		opts = append(opts, Comments())
	case strings.HasPrefix(s, "["):
		var list []string
		if err := json.Unmarshal(c.Comments, &list); err != nil {
			t.Fatal(err)
		}
		opts = append(opts, Comments(list...))
	default:
		var one string
		if err := json.Unmarshal(c.Comments, &one); err != nil {
			t.Fatal(err)
		}
		opts = append(opts, Comments(one))
	}
	if c.Skiprows != nil {
		opts = append(opts, SkipRows(*c.Skiprows))
	}
	if c.Usecols != nil {
		opts = append(opts, UseCols(*c.Usecols...))
	}
	if c.MaxRows != nil {
		opts = append(opts, MaxRows(*c.MaxRows))
	}
	if c.Ndmin != nil {
		opts = append(opts, NdMin(*c.Ndmin))
	}
	return opts
}

// txtRunners run one golden case for the dtype that names them.
var txtRunners = map[string]struct {
	save func(*testing.T, string, txtSaveCase)
	load func(*testing.T, string, txtLoadCase)
}{
	"bool":       {saveTxtCase[bool], loadTxtCase[bool]},
	"int8":       {saveTxtCase[int8], loadTxtCase[int8]},
	"int32":      {saveTxtCase[int32], loadTxtCase[int32]},
	"int64":      {saveTxtCase[int64], loadTxtCase[int64]},
	"uint8":      {saveTxtCase[uint8], loadTxtCase[uint8]},
	"uint64":     {saveTxtCase[uint64], loadTxtCase[uint64]},
	"float32":    {saveTxtCase[float32], loadTxtCase[float32]},
	"float64":    {saveTxtCase[float64], loadTxtCase[float64]},
	"complex64":  {saveTxtCase[complex64], loadTxtCase[complex64]},
	"complex128": {saveTxtCase[complex128], loadTxtCase[complex128]},
}

func TestSaveTxtGolden(t *testing.T) {
	cases := loadTxtCases(t).Save
	if len(cases) < 150 {
		t.Fatalf("only %d save cases", len(cases))
	}
	for i, c := range cases {
		run, ok := txtRunners[c.In.Dtype]
		if !ok {
			t.Fatalf("#%d: no runner for %s", i, c.In.Dtype)
		}
		run.save(t, fmt.Sprintf("#%d %s/%s fmt=%s", i, c.In.Dtype, c.View, c.Fmt), c)
	}
}

func saveTxtCase[T Dtype](t *testing.T, name string, c txtSaveCase) {
	t.Helper()
	a := applyView(FromSlice(gold.Values[T](c.In.Data), c.In.Shape...), c.View)
	before := a.Copy()
	var buf bytes.Buffer
	var err error
	pan := catch(func() { err = SaveTxt(&buf, a, c.options(t)...) })
	if !cmp.Equal(a.ToSlice(), before.ToSlice(), sameFloats, cmpopts.EquateEmpty()) {
		t.Errorf("%s: SaveTxt changed its input", name)
	}
	switch c.Kind {
	case "":
		if pan != nil || err != nil {
			t.Errorf("%s: panic %v, error %v; want %q", name, pan, err, *c.Out)
		} else if buf.String() != *c.Out {
			t.Errorf("%s:\n got %q\nwant %q", name, buf.String(), *c.Out)
		}
	case "data":
		if !errors.Is(err, ErrValue) || !strings.Contains(err.Error(), c.Error) {
			t.Errorf("%s: error %v (panic %v), want an ErrValue error containing %q", name, err, pan, c.Error)
		}
	default:
		want := map[string]error{"shape": ErrShape, "value": ErrValue}[c.Kind]
		if !errors.Is(pan, want) {
			t.Errorf("%s: panic %v (error %v), want %s error %q", name, pan, err, c.Kind, c.Error)
		} else if strings.HasPrefix(c.Error, "Expected") || strings.HasPrefix(c.Error, "fmt has") || strings.HasPrefix(c.Error, "Mismatch") {
			if !strings.HasSuffix(pan.Error(), c.Error) {
				t.Errorf("%s: panic %q, want NumPy's %q", name, pan, c.Error)
			}
		}
	}
}

func TestLoadTxtGolden(t *testing.T) {
	cases := loadTxtCases(t).Load
	if len(cases) < 200 {
		t.Fatalf("only %d load cases", len(cases))
	}
	for i, c := range cases {
		run, ok := txtRunners[c.Dtype]
		if !ok {
			t.Fatalf("#%d: no runner for %s", i, c.Dtype)
		}
		run.load(t, fmt.Sprintf("#%d %s %q", i, c.Dtype, c.Text), c)
	}
}

func loadTxtCase[T Dtype](t *testing.T, name string, c txtLoadCase) {
	t.Helper()
	var a *Array[T]
	var err error
	pan := catch(func() { a, err = LoadTxt[T](strings.NewReader(c.Text), c.options(t)...) })
	switch c.Kind {
	case "":
		if pan != nil || err != nil {
			t.Errorf("%s: panic %v, error %v", name, pan, err)
			return
		}
		want := FromSlice(gold.Values[T](c.Out.Data), c.Out.Shape...)
		if !cmp.Equal(a.Shape(), want.Shape(), cmpopts.EquateEmpty()) ||
			!cmp.Equal(a.ToSlice(), want.ToSlice(), sameFloats, cmpopts.EquateEmpty()) {
			t.Errorf("%s:\n got %v %v\nwant %v %v", name, a.Shape(), a.ToSlice(), want.Shape(), want.ToSlice())
		}
	case "format":
		if pan != nil || !errors.Is(err, ErrFormat) {
			t.Errorf("%s: panic %v, error %v; want a TxtError like %q", name, pan, err, c.Error)
		} else if !c.Deviation && err.Error() != "ndarray: LoadTxt: "+c.Error {
			t.Errorf("%s:\n got %q\nwant NumPy's %q", name, err, c.Error)
		}
	case "value":
		if !errors.Is(pan, ErrValue) {
			t.Errorf("%s: panic %v, error %v; want a ValueError like %q", name, pan, err, c.Error)
		}
	default:
		t.Fatalf("%s: unknown kind %q", name, c.Kind)
	}
}

// TestLoadTxtReadsGoInt checks that Go's int reads as NumPy's int64.
func TestLoadTxtReadsGoInt(t *testing.T) {
	a, err := LoadTxt[int](strings.NewReader("1 -2\n3 9223372036854775807\n"))
	if err != nil {
		t.Fatal(err)
	}
	if want := []int{1, -2, 3, 9223372036854775807}; !cmp.Equal(a.ToSlice(), want) || !cmp.Equal(a.Shape(), []int{2, 2}) {
		t.Errorf("got %v %v", a.Shape(), a.ToSlice())
	}
	if _, err := LoadTxt[int](strings.NewReader("1 x\n")); err == nil ||
		err.Error() != "ndarray: LoadTxt: could not convert string 'x' to int64 at row 0, column 2." {
		t.Errorf("error %v", err)
	}
}

// TestTxtOptionMisuse checks that an option given to the function it does
// not serve panics instead of being ignored.
func TestTxtOptionMisuse(t *testing.T) {
	a := FromSlice([]float64{1, 2}, 2)
	for _, c := range []struct {
		name string
		f    func()
	}{
		{"SaveTxt SkipRows", func() { SaveTxt(io.Discard, a, SkipRows(1)) }},
		{"SaveTxt two comments", func() { SaveTxt(io.Discard, a, Comments("#", "%")) }},
		{"SaveTxt no formats", func() { SaveTxt(io.Discard, a, ColumnFmt()) }},
		{"SaveTxt %s", func() { SaveTxt(io.Discard, a, Fmt("%s")) }},
		{"SaveTxt %*d", func() { SaveTxt(io.Discard, a, Fmt("%*d")) }},
		{"LoadTxt Fmt", func() { LoadTxt[float64](strings.NewReader("1"), Fmt("%d")) }},
		{"LoadTxt Header", func() { LoadTxt[float64](strings.NewReader("1"), Header("h")) }},
		{"NdMin(-1)", func() { NdMin(-1) }},
		{"LoadTxt invalid UTF-8 delimiter", func() { LoadTxt[float64](strings.NewReader("1\xff2"), Delimiter("\xff")) }},
		{"LoadTxt empty delimiter", func() { LoadTxt[float64](strings.NewReader("1"), Delimiter("")) }},
		// Found by the audit: NumPy 1.24 refuses a lone one-character comment
		// marker that is a newline, or whitespace where fields split at
		// whitespace.
		{"LoadTxt comment \\n", func() { LoadTxt[float64](strings.NewReader("1"), Comments("\n")) }},
		{"LoadTxt comment \\r", func() { LoadTxt[float64](strings.NewReader("1"), Comments("\r"), Delimiter(",")) }},
		{"LoadTxt comment space", func() { LoadTxt[float64](strings.NewReader("1 2"), Comments(" ")) }},
		{"LoadTxt comment tab", func() { LoadTxt[float64](strings.NewReader("1 2"), Comments("\t")) }},
		{"LoadTxt comment U+3000", func() { LoadTxt[float64](strings.NewReader("1 2"), Comments("\u3000")) }},
		{"LoadTxt comment U+001C", func() { LoadTxt[float64](strings.NewReader("1 2"), Comments("\x1c")) }},
	} {
		if err := catch(c.f); !errors.Is(err, ErrValue) {
			t.Errorf("%s: panic %v, want a ValueError", c.name, err)
		}
	}
}

type txtFailing struct{ after int }

var errTxtIO = errors.New("txt test: I/O failure")

func (f *txtFailing) Write(p []byte) (int, error) { return 0, errTxtIO }

func (f *txtFailing) Read(p []byte) (int, error) {
	if f.after <= 0 {
		return 0, errTxtIO
	}
	n := min(len(p), f.after)
	for i := range n {
		p[i] = "1 2\n"[i%4]
	}
	f.after -= n
	return n, nil
}

func TestTxtIOErrors(t *testing.T) {
	a := Arange(6.0).Reshape(2, 3)
	if err := SaveTxt(&txtFailing{}, a, Header("h")); !errors.Is(err, errTxtIO) {
		t.Errorf("SaveTxt to a failing writer: %v", err)
	}
	// The reader gives "1 2\n1 2\n1 ", then the error: a short last row
	// must not hide it.
	if _, err := LoadTxt[float64](&txtFailing{after: 10}); !errors.Is(err, errTxtIO) {
		t.Errorf("LoadTxt from a failing reader: %v", err)
	}
	if _, err := LoadTxtFile[float64](filepath.Join(t.TempDir(), "missing.txt")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("LoadTxtFile of a missing file: %v", err)
	}
	if err := SaveTxtFile(filepath.Join(t.TempDir(), "no", "dir.txt"), a); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("SaveTxtFile into a missing directory: %v", err)
	}
}

func TestTxtFileRoundTrip(t *testing.T) {
	name := filepath.Join(t.TempDir(), "a.txt")
	a := FromSlice([]complex128{1 + 2i, -3.5 - 1e-300i, 0, 4}, 2, 2).T()
	if err := SaveTxtFile(name, a, Delimiter(",")); err != nil {
		t.Fatal(err)
	}
	b, err := LoadTxtFile[complex128](name, Delimiter(","))
	if err != nil {
		t.Fatal(err)
	}
	if !cmp.Equal(b.Shape(), a.Shape()) || !cmp.Equal(b.ToSlice(), a.ToSlice(), sameFloats) {
		t.Errorf("got %v, want %v", b, a)
	}
}

// TestLoadTxtLongLine checks that a line longer than bufio's default token
// limit reads.
func TestLoadTxtLongLine(t *testing.T) {
	text := strings.Repeat("1.5 ", 100000) + "\n"
	a, err := LoadTxt[float64](strings.NewReader(text))
	if err != nil || a.Size() != 100000 {
		t.Fatalf("got %v, %v", a.Shape(), err)
	}
}

// TestLoadTxtLineEndsAcrossReads reads "\r\n" line ends split between two
// reads, where the scanner must wait for the byte after "\r".
func TestLoadTxtLineEndsAcrossReads(t *testing.T) {
	const text = "1 2\r\n3 4\r5 6\n\r\n7 8\r"
	a, err := LoadTxt[int64](iotest.OneByteReader(strings.NewReader(text)))
	if err != nil {
		t.Fatal(err)
	}
	if want := []int64{1, 2, 3, 4, 5, 6, 7, 8}; !cmp.Equal(a.Shape(), []int{4, 2}) || !cmp.Equal(a.ToSlice(), want) {
		t.Errorf("got %v %v, want [4 2] %v", a.Shape(), a.ToSlice(), want)
	}
}

// TestLoadTxtWhitespaceComments checks the comment markers NumPy 1.24 takes
// beside the whitespace it refuses alone (found by the audit): a space
// among several markers, a longer marker starting with a tab, a space with
// a delimiter.
func TestLoadTxtWhitespaceComments(t *testing.T) {
	for _, c := range []struct {
		text string
		opts []TxtOption
		want []float64
	}{
		{"1 2\n3 4\n", []TxtOption{Comments(" ", "#")}, []float64{1, 3}},
		{"1\tx 2\n3\n", []TxtOption{Comments("\tx")}, []float64{1, 3}},
		{"1,2 3\n3,4\n", []TxtOption{Comments(" "), Delimiter(",")}, []float64{1, 2, 3, 4}},
	} {
		got, err := LoadTxt[float64](strings.NewReader(c.text), c.opts...)
		if err != nil || !slices.Equal(got.ToSlice(), c.want) {
			t.Errorf("LoadTxt(%q) = %v, %v; want %v", c.text, got, err, c.want)
		}
	}
}
