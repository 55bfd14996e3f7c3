package ndarray

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func (typed[T]) loadNpz(t *testing.T, z *Npz, name string, want golden) {
	a, err := FromNpz[T](z, name)
	if err != nil {
		t.Fatalf("FromNpz[%s](%q): %v", TypeOf[T]().GoName(), name, err)
	}
	checkNpy(t, fmt.Sprintf("%s as %s", name, TypeOf[T]().GoName()), a, want)
}

func TestLoadNpzGolden(t *testing.T) {
	cases := loadNpyCases(t)
	var names []string
	for name := range cases.Npz {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, file := range cases.NpzFiles {
		t.Run(file, func(t *testing.T) {
			path := filepath.Join(npyDir, file)
			z, err := OpenNpz(path)
			if err != nil {
				t.Fatal(err)
			}
			defer z.Close()
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			zb, err := LoadNpz(bytes.NewReader(raw), int64(len(raw)))
			if err != nil {
				t.Fatal(err)
			}
			for _, z := range []*Npz{z, zb} {
				if got := slices.Sorted(slices.Values(z.Names())); !cmp.Equal(got, names) {
					t.Errorf("Names() = %v, want %v", got, names)
				}
				for name, m := range cases.Npz {
					for _, typ := range typesFor(t, m.Dtype) {
						typ.loadNpz(t, z, name, m.golden)
					}
				}
			}
		})
	}
}

func TestNpzRoundTrip(t *testing.T) {
	x := Arange(12.0).Reshape(3, 4)
	y := FromSlice([]int32{1, -2, 3, -4, 5, -6}, 2, 3).T()
	flags := FromSlice([]bool{true, false, true})
	c := Scalar(complex64(1 - 2i))
	for name, save := range map[string]func(*bytes.Buffer, ...NamedArray) error{
		"stored":     func(b *bytes.Buffer, a ...NamedArray) error { return SaveNpz(b, a...) },
		"compressed": func(b *bytes.Buffer, a ...NamedArray) error { return SaveNpzCompressed(b, a...) },
	} {
		var buf bytes.Buffer
		if err := save(&buf, Named("x", x), Named("y", y), Named("flags", flags), Named("dir/c", c)); err != nil {
			t.Fatal(err)
		}
		z, err := LoadNpz(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got := z.Names(); !cmp.Equal(got, []string{"x", "y", "flags", "dir/c"}) {
			t.Errorf("%s: Names() = %v", name, got)
		}
		checkRoundTrip(t, name, z, "x", x)
		checkRoundTrip(t, name, z, "y", y)
		checkRoundTrip(t, name, z, "flags", flags)
		checkRoundTrip(t, name, z, "dir/c", c)
		if err := z.Close(); err != nil {
			t.Errorf("Close of an archive from LoadNpz: %v", err)
		}
	}
}

func checkRoundTrip[T Dtype](t *testing.T, archive string, z *Npz, name string, want *Array[T]) {
	t.Helper()
	got, err := FromNpz[T](z, name)
	if err != nil {
		t.Errorf("%s: FromNpz(%q): %v", archive, name, err)
		return
	}
	if !cmp.Equal(got.Shape(), want.Shape(), cmpopts.EquateEmpty()) || !cmp.Equal(got.ToSlice(), want.ToSlice()) {
		t.Errorf("%s: %q read back as %v %v, want %v %v", archive, name, got.Shape(), got.ToSlice(), want.Shape(), want.ToSlice())
	}
}

func TestNpzErrors(t *testing.T) {
	var buf bytes.Buffer
	if err := SaveNpz(&buf, Named("x", Arange(100.0))); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	open := func(raw []byte) *Npz {
		z, err := LoadNpz(bytes.NewReader(raw), int64(len(raw)))
		if err != nil {
			t.Fatal(err)
		}
		return z
	}

	if _, err := FromNpz[float64](open(good), "y"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("unknown name: %v, want fs.ErrNotExist", err)
	}
	if _, err := FromNpz[int](open(good), "x"); !errors.Is(err, ErrDtype) {
		t.Errorf("wrong dtype: %v, want ErrDtype", err)
	}
	if _, err := LoadNpz(bytes.NewReader(good[:40]), 40); !errors.Is(err, ErrFormat) {
		t.Errorf("truncated archive: %v, want ErrFormat", err)
	}
	if _, err := OpenNpz(filepath.Join(t.TempDir(), "missing.npz")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("OpenNpz of a missing file: %v", err)
	}
	notNpz := filepath.Join(t.TempDir(), "x.npz")
	if err := os.WriteFile(notNpz, []byte("not a zip"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenNpz(notNpz); !errors.Is(err, ErrFormat) {
		t.Errorf("OpenNpz of a non-zip file: %v, want ErrFormat", err)
	}

	// A byte of the data changed: the zip checksum no longer matches.
	bad := bytes.Clone(good)
	i := bytes.Index(bad, []byte("\x00\x00\x00\x00\x00\x00\xf0\x3f")) // the element 1.0
	bad[i+7] = 0x40
	if _, err := FromNpz[float64](open(bad), "x"); !errors.Is(err, ErrFormat) {
		t.Errorf("corrupted member: %v, want ErrFormat", err)
	}

	// A member that is not .npy, and one that claims 2^59 elements.
	buf.Reset()
	zw := zip.NewWriter(&buf)
	for name, data := range map[string][]byte{
		"readme.txt": []byte("hello"),
		"huge.npy":   npyFile("{'descr': '<f8', 'fortran_order': False, 'shape': (576460752303423488,), }", make([]byte, 64)),
	} {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	zw.Close()
	z := open(buf.Bytes())
	if _, err := FromNpz[float64](z, "readme.txt"); !errors.Is(err, ErrFormat) {
		t.Errorf("member that is not .npy: %v, want ErrFormat", err)
	}
	var err error
	if alloc := allocated(func() { _, err = FromNpz[float64](z, "huge") }); alloc > 4*npyChunk {
		t.Errorf("member claiming 2^59 elements: allocated %d bytes", alloc)
	}
	if !errors.Is(err, ErrFormat) {
		t.Errorf("member claiming 2^59 elements: %v, want ErrFormat", err)
	}
}

func TestNamedPanics(t *testing.T) {
	a := Arange(3)
	for name, f := range map[string]func(){
		"empty name":     func() { Named("", a) },
		"nil array":      func() { Named[int]("a", nil) },
		"duplicate name": func() { SaveNpz(&bytes.Buffer{}, Named("a", a), Named("a", Arange(2.0))) },
	} {
		func() {
			defer func() {
				if err, ok := recover().(error); !ok || !errors.Is(err, ErrValue) {
					t.Errorf("%s: recovered %v, want a *ValueError", name, err)
				}
			}()
			f()
		}()
	}
}

func ExampleSaveNpz() {
	var buf bytes.Buffer
	err := SaveNpzCompressed(&buf,
		Named("weights", FromSlice([]float64{0.5, -1, 2}, 3)),
		Named("labels", FromSlice([]int32{1, 0, 1, 1}, 2, 2)))
	if err != nil {
		fmt.Println(err)
		return
	}

	z, err := LoadNpz(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(z.Names())
	labels, err := FromNpz[int32](z, "labels")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(labels.Shape(), labels.ToSlice())
	// Output:
	// [weights labels]
	// [2 2] [1 0 1 1]
}
