package ndarray

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// FuzzLoad feeds Load arbitrary bytes, as the dtype the header names and as
// float64, from a reader of known length and from a stream. Load must
// return an array or an ErrFormat/ErrDtype error, never panic, allocate
// only in proportion to the input, and what it returns must survive Save
// and Load unchanged. The seeds are the golden files, truncations of them
// and the hostile inputs of TestLoadHostile.
func FuzzLoad(f *testing.F) {
	files, err := filepath.Glob(filepath.Join(npyDir, "*.npy"))
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range files {
		raw, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
		for _, n := range []int{9, 20, 60, len(raw) - 1} {
			if n > 0 && n < len(raw) {
				f.Add(raw[:n])
			}
		}
	}
	for _, raw := range hostileNpy() {
		f.Add(raw)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		typed[float64]{}.fuzz(t, data)
		if h, err := readHeader(bytes.NewReader(data)); err == nil {
			for _, typ := range testers[descrName(h.descr)] {
				typ.fuzz(t, data)
			}
		}
	})
}

func (typed[T]) fuzz(t *testing.T, data []byte) {
	for how, r := range npyReaders(data) {
		var a *Array[T]
		var err error
		alloc := allocated(func() { a, err = Load[T](r) })
		if limit := uint64(4*len(data) + 3*npyChunk); alloc > limit {
			t.Fatalf("Load[%s] from %s allocated %d bytes for %d bytes of input", TypeOf[T]().GoName(), how, alloc, len(data))
		}
		if err != nil {
			if !errors.Is(err, ErrFormat) && !errors.Is(err, ErrDtype) {
				t.Fatalf("Load[%s] from %s: error %v is neither ErrFormat nor ErrDtype", TypeOf[T]().GoName(), how, err)
			}
			continue
		}
		var buf bytes.Buffer
		if err := Save(&buf, a); err != nil {
			t.Fatal(err)
		}
		b, err := Load[T](&buf)
		if err != nil {
			t.Fatalf("Load[%s] of what Save wrote: %v", TypeOf[T]().GoName(), err)
		}
		if !cmp.Equal(a.Shape(), b.Shape()) || !cmp.Equal(a.ToSlice(), b.ToSlice(), sameFloats, cmpopts.EquateEmpty()) {
			t.Fatalf("Save and Load changed %v %v into %v %v", a.Shape(), a.ToSlice(), b.Shape(), b.ToSlice())
		}
	}
}
