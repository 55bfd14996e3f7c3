package ndarray

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
)

// NamedArray is an array of any element type with the name it is stored
// under in an .npz archive. Named makes one.
type NamedArray struct {
	name  string
	array npySaver
}

// npySaver lets SaveNpz write arrays of different element types in one call.
type npySaver interface {
	saveNpy(w io.Writer) error
}

func (a *Array[T]) saveNpy(w io.Writer) error { return Save(w, a) }

// Named pairs a with the name it gets in an .npz archive, the keyword of
// numpy.savez(file, name=a). It does not copy a. Named panics with a
// *ValueError if name is empty or a is nil.
func Named[T Dtype](name string, a *Array[T]) NamedArray {
	if name == "" {
		panicValue("Named", "an array in an .npz archive needs a non-empty name")
	}
	if a == nil {
		panicValue("Named", "array %q is nil", name)
	}
	return NamedArray{name: name, array: a}
}

// SaveNpz writes the arrays to w as an uncompressed .npz archive, as
// numpy.savez does: a zip file with one member "<name>.npy" per array, each
// written by Save. Arrays of different element types mix freely:
//
//	err := SaveNpz(w, Named("x", x), Named("labels", labels))
//
// SaveNpz returns the error of w. It panics with a *ValueError if two
// arrays have the same name.
func SaveNpz(w io.Writer, arrays ...NamedArray) error {
	return saveNpz(w, zip.Store, arrays)
}

// SaveNpzCompressed is SaveNpz with each member deflated, as
// numpy.savez_compressed does.
func SaveNpzCompressed(w io.Writer, arrays ...NamedArray) error {
	return saveNpz(w, zip.Deflate, arrays)
}

func saveNpz(w io.Writer, method uint16, arrays []NamedArray) error {
	seen := make(map[string]bool, len(arrays))
	for _, a := range arrays {
		if seen[a.name] {
			panicValue("SaveNpz", "two arrays are named %q", a.name)
		}
		seen[a.name] = true
	}
	zw := zip.NewWriter(w)
	for _, a := range arrays {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: a.name + ".npy", Method: method})
		if err != nil {
			return err
		}
		if err := a.array.saveNpy(fw); err != nil {
			return err
		}
	}
	return zw.Close()
}

// Npz is an .npz archive open for reading, like the NpzFile numpy.load
// returns: Names lists its arrays and FromNpz reads one, decompressing it
// if it was deflated. Members are read on demand, so an Npz may be used by
// several goroutines at once.
type Npz struct {
	files  map[string]*zip.File
	names  []string
	closer io.Closer
}

// LoadNpz opens the .npz archive held by r, of size bytes. It reads only
// the zip directory; arrays are read by FromNpz. It returns a *FormatError
// if r is not a zip archive.
func LoadNpz(r io.ReaderAt, size int64) (*Npz, error) {
	zr, err := zip.NewReader(r, size)
	// Member names with ".." are harmless here: nothing is extracted to disk.
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, formatErr("not an .npz (zip) archive: %v", err)
	}
	z := &Npz{files: make(map[string]*zip.File, len(zr.File))}
	for _, f := range zr.File {
		name := strings.TrimSuffix(f.Name, ".npy")
		if _, dup := z.files[name]; !dup {
			z.files[name] = f
			z.names = append(z.names, name)
		}
	}
	return z, nil
}

// OpenNpz opens the named .npz file; see LoadNpz. Close the result when
// done with it.
func OpenNpz(name string) (*Npz, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	z, err := LoadNpz(f, st.Size())
	if err != nil {
		f.Close()
		return nil, err
	}
	z.closer = f
	return z, nil
}

// Close closes the file opened by OpenNpz; for an archive from LoadNpz it
// does nothing.
func (z *Npz) Close() error {
	if z.closer == nil {
		return nil
	}
	return z.closer.Close()
}

// Names returns the names of the arrays in z in archive order, without
// the ".npy" of the member names, as NpzFile.files.
func (z *Npz) Names() []string { return append([]string{}, z.names...) }

// FromNpz reads the array called name from z, as npz[name] does in NumPy.
// Errors are those of Load, with the zip checksum verified; an unknown name
// returns an error matching fs.ErrNotExist.
func FromNpz[T Dtype](z *Npz, name string) (*Array[T], error) {
	f, ok := z.files[name]
	if !ok {
		return nil, fmt.Errorf("ndarray: FromNpz: no array %q in the archive: %w", name, fs.ErrNotExist)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, formatErr("npz member %q: %v", f.Name, err)
	}
	defer rc.Close()
	h, err := readHeader(rc)
	if err != nil {
		return nil, fmt.Errorf("npz member %q: %w", f.Name, err)
	}
	// The sizes in a zip directory are claims, not facts: read in chunks.
	a, err := loadData[T](rc, h, -1)
	if err != nil {
		return nil, fmt.Errorf("npz member %q: %w", f.Name, err)
	}
	// The zip reader checks the CRC only on reaching the end of the member.
	if _, err := io.Copy(io.Discard, rc); err != nil {
		return nil, formatErr("npz member %q: %v", f.Name, err)
	}
	return a, nil
}
