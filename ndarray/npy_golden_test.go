package ndarray

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var updateNpy = flag.Bool("update-npy", false,
	"rewrite testdata/npy/from_numgo, for testdata/check_npy_from_numgo.py to check with NumPy")

const fromNumgoDir = "testdata/npy/from_numgo"

// numgoArray names an array numgo writes for NumPy to check: the array of a
// golden file, loaded as Go type Type, after a view written as NumPy
// indexes (".T", "[::-1, 1:]"), so that Python can compute the same view.
type numgoArray struct {
	Name   string `json:"name"`
	Source string `json:"source"`
	Type   string `json:"type"`
	View   string `json:"view"`
}

// numgoNpz names an archive numgo writes for NumPy to check.
type numgoNpz struct {
	File       string       `json:"file"`
	Compressed bool         `json:"compressed"`
	Members    []numgoArray `json:"members"`
}

type numgoFiles struct {
	Npy []numgoArray `json:"npy"`
	Npz []numgoNpz   `json:"npz"`
}

func (typed[T]) named(t *testing.T, a numgoArray) NamedArray {
	src, err := LoadFile[T](filepath.Join(npyDir, a.Source))
	if err != nil {
		t.Fatal(err)
	}
	switch {
	case a.View == ".T":
		src = src.T()
	case a.View != "":
		src = src.Slice(a.View[1 : len(a.View)-1])
	}
	return Named(a.Name, src)
}

// numgoManifest lists what TestWriteGolden writes: every dtype from a
// Fortran-order (big-endian where it has a byte order) file, as is and
// transposed; Go's int; strided, 0-d and empty views; two archives.
func numgoManifest() numgoFiles {
	var m numgoFiles
	for _, dtype := range []string{"bool", "int8", "int16", "int32", "int64", "uint8", "uint16",
		"uint32", "uint64", "float32", "float64", "complex64", "complex128"} {
		src := dtype + "_F_be.npy"
		if _, err := os.Stat(filepath.Join(npyDir, src)); err != nil {
			src = dtype + "_F_le.npy"
		}
		m.Npy = append(m.Npy,
			numgoArray{dtype + ".npy", src, dtype, ""},
			numgoArray{dtype + "_T.npy", src, dtype, ".T"})
	}
	m.Npy = append(m.Npy,
		numgoArray{"int.npy", "int64_C_le.npy", "int", ""},
		numgoArray{"float64_slice.npy", "float64_F_3d_be.npy", "float64", "[::-1, 1:, ::2]"},
		numgoArray{"float32_element.npy", "float32_F_3d.npy", "float32", "[1, 2, 3]"},
		numgoArray{"scalar.npy", "scalar_int32_be.npy", "int32", ""},
		numgoArray{"empty.npy", "empty_int16_3d.npy", "int16", ".T"})
	members := []numgoArray{
		{"x", "float64_C_le.npy", "float64", ""},
		{"y", "int32_F_be.npy", "int32", ".T"},
		{"flags", "bool_C_le.npy", "bool", "[::-1]"},
		{"s", "scalar_float64.npy", "float64", ""},
	}
	m.Npz = []numgoNpz{{"stored.npz", false, members}, {"compressed.npz", true, members}}
	return m
}

// TestWriteGolden writes the files of numgoManifest and compares them with
// those committed in testdata/npy/from_numgo, which
// testdata/check_npy_from_numgo.py has checked with NumPy. With -update-npy
// it rewrites them instead.
func TestWriteGolden(t *testing.T) {
	m := numgoManifest()
	files := map[string][]byte{}
	named := func(a numgoArray) NamedArray { return typesFor(t, a.Type)[0].named(t, a) }
	for _, a := range m.Npy {
		var buf bytes.Buffer
		if err := named(a).array.saveNpy(&buf); err != nil {
			t.Fatal(err)
		}
		files[a.Name] = buf.Bytes()
	}
	for _, z := range m.Npz {
		var arrays []NamedArray
		for _, a := range z.Members {
			arrays = append(arrays, named(a))
		}
		var buf bytes.Buffer
		save := SaveNpz
		if z.Compressed {
			save = SaveNpzCompressed
		}
		if err := save(&buf, arrays...); err != nil {
			t.Fatal(err)
		}
		files[z.File] = buf.Bytes()
	}
	manifest, err := json.MarshalIndent(m, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	files["manifest.json"] = append(manifest, '\n')

	if *updateNpy {
		if err := os.MkdirAll(fromNumgoDir, 0o755); err != nil {
			t.Fatal(err)
		}
		for name, b := range files {
			if err := os.WriteFile(filepath.Join(fromNumgoDir, name), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	if hostBigEndian {
		t.Skip("the committed files are little-endian")
	}
	for name, b := range files {
		want, err := os.ReadFile(filepath.Join(fromNumgoDir, name))
		if err != nil {
			t.Fatalf("%v (run go test -run TestWriteGolden -update-npy)", err)
		}
		if !bytes.Equal(b, want) {
			t.Errorf("%s differs from the file NumPy checked; rerun with -update-npy and testdata/check_npy_from_numgo.py", name)
		}
	}
}
