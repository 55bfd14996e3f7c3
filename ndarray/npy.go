package ndarray

// numgo reads and writes .npy itself rather than through
// codeberg.org/sbinet/npyio (v0.14.0 was evaluated), because that reader
// allocates a slice of the header's element count before reading any data
// (a header claiming 2^60 elements is an allocation, not an error), reads a
// version 2.0 header length of up to 4 GiB in one allocation, slices the
// header at positions it has not checked (malformed headers panic),
// rejects format version 3.0, and panics on object arrays. It also brings
// in gopickle and golang.org/x/text. The format is small
// (numpy/lib/format.py); the reader here is written for hostile input.

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"os"
	"strings"
	"unsafe"
)

// npyChunk is the number of bytes read or staged at a time when the total
// is not known in advance: memory then grows only with data actually read.
const npyChunk = 1 << 20

// Save writes a to w in NumPy's .npy format, as numpy.save does: format
// version 1.0, the machine's byte order,
// and the elements in C order whatever a's strides (a transposed or sliced
// view is written as its values, like a copy). Go's int is written as
// int64 ("<i8"). The bytes are exactly those np.save writes for a C-order
// copy of a. Save returns the error of w.
func Save[T Dtype](w io.Writer, a *Array[T]) error {
	if _, err := w.Write(encodeHeader(npyDescr[T](), a.shape)); err != nil {
		return err
	}
	switch {
	case a.Size() == 0:
		// Empty arrays have no data; their strides may be anything.
		return nil
	case a.IsContiguous():
		_, err := w.Write(asBytes(a.Data()))
		return err
	}
	return writeStrided(w, a)
}

// writeStrided writes the elements of a non-contiguous a in C order,
// staging them in a bounded buffer rather than copying the whole array.
func writeStrided[T Dtype](w io.Writer, a *Array[T]) error {
	var z T
	buf := make([]T, 0, min(a.Size(), npyChunk/int(unsafe.Sizeof(z))))
	flush := func() error {
		_, err := w.Write(asBytes(buf))
		buf = buf[:0]
		return err
	}
	nd := len(a.shape)
	n, s := a.shape[nd-1], a.strides[nd-1]
	idx := make([]int, nd-1)
	off := a.offset
	for {
		for j := 0; j < n; {
			m := min(n-j, cap(buf)-len(buf))
			for t := range m {
				buf = append(buf, a.data[off+(j+t)*s])
			}
			j += m
			if len(buf) == cap(buf) {
				if err := flush(); err != nil {
					return err
				}
			}
		}
		// Advance the index of the outer axes as an odometer, last axis fastest.
		k := nd - 2
		for ; k >= 0; k-- {
			idx[k]++
			off += a.strides[k]
			if idx[k] < a.shape[k] {
				break
			}
			off -= idx[k] * a.strides[k]
			idx[k] = 0
		}
		if k < 0 {
			break
		}
	}
	return flush()
}

// SaveFile writes a to the named file in .npy format, creating or
// truncating it, as numpy.save(name, a) does (numgo adds no ".npy" suffix).
// It returns the error of creating, writing or closing the file.
func SaveFile[T Dtype](name string, a *Array[T]) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := Save(f, a); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// Load reads one .npy array from r, as numpy.load does, and leaves r just
// after it (so arrays written one after another read back in turn). It
// reads format versions 1.0, 2.0 and 3.0, either byte order (swapping to
// the machine's), and Fortran-order data, which it returns as a Fortran-
// contiguous array over the data read, as NumPy does (AsContiguous makes a
// C-order copy). A file of int64 ("<i8") loads as int64 or as int.
//
// The file's dtype must be T's: otherwise Load returns a *DtypeError
// (errors.Is(err, ErrDtype)) naming both, e.g. "file holds <f4 (float32),
// asked for float64"; convert after loading with Convert. Object arrays and
// the dtypes numgo lacks (float16, strings, structured, datetime) are
// reported the same way. A malformed or truncated file returns a
// *FormatError (errors.Is(err, ErrFormat)), and an I/O failure the reader's
// error. Memory grows only with the data actually present: a header is
// checked against r's length when r is a *bytes.Reader, *bytes.Buffer,
// *strings.Reader or a regular *os.File; from any other reader the
// elements are read in chunks of at most 1 MiB, so a header claiming 2^60
// elements fails at the end of the data, not in make.
func Load[T Dtype](r io.Reader) (*Array[T], error) {
	h, err := readHeader(r)
	if err != nil {
		return nil, err
	}
	return loadData[T](r, h, remaining(r))
}

// LoadFile reads the .npy array in the named file; see Load.
func LoadFile[T Dtype](name string) (*Array[T], error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Load[T](f)
}

// remaining returns how many bytes r holds from its current position, or
// -1 when that cannot be known without reading. Only readers whose length
// is a fact, not a claim, are asked: the in-memory readers of the standard
// library and files. A reader of another type could report any length, and
// Load would allocate what it claims before finding the data missing.
func remaining(r io.Reader) int64 {
	switch r := r.(type) {
	case *bytes.Reader:
		return int64(r.Len())
	case *bytes.Buffer:
		return int64(r.Len())
	case *strings.Reader:
		return int64(r.Len())
	case *os.File:
		cur, err := r.Seek(0, io.SeekCurrent)
		if err != nil {
			return -1 // a pipe or a terminal
		}
		fi, err := r.Stat()
		if err != nil || !fi.Mode().IsRegular() {
			return -1
		}
		return fi.Size() - cur
	}
	return -1
}

// loadData reads the h.n elements that follow header h. avail is the number
// of bytes r holds, or -1 if unknown.
func loadData[T Dtype](r io.Reader, h npyHeader, avail int64) (*Array[T], error) {
	var z T
	if want := npyDescr[T](); h.kind != want[1] || h.size != int(unsafe.Sizeof(z)) {
		got := h.descr + " (" + descrName(h.descr) + ")"
		if h.kind == 0 {
			got = h.descr + " (" + descrName(h.descr) + ", not supported by numgo)"
		}
		return nil, &DtypeError{Want: TypeOf[T](), Got: got}
	}
	nbytes := int64(h.n) * int64(h.size)
	if avail >= 0 && avail < nbytes {
		return nil, formatErr("shape %s of %s needs %d bytes of data, the file holds %d",
			reprShape(h.shape), h.descr, nbytes, avail)
	}
	// With the size known to cover the data, allocate it all at once;
	// otherwise grow as data arrives, never beyond twice what has been read.
	// Every element is read before the slice is returned, so it need not be
	// zeroed. The sized path reads everything in one ReadFull and swaps
	// after: measured, that beats reading 256 KiB pieces and swapping each
	// while in cache, as the large copy takes memmove's fastest path.
	first := h.n
	if avail < 0 {
		first = min(h.n, npyChunk/h.size)
	}
	data := uninitData[T](first)[:0]
	for len(data) < h.n {
		if len(data) == cap(data) {
			grown := uninitData[T](len(data) + min(h.n-len(data), len(data)))
			data = grown[:copy(grown, data)]
		}
		m := len(data)
		data = data[:cap(data)]
		if err := readElems(r, data[m:], m, h); err != nil {
			return nil, err
		}
	}
	strides := cStrides(h.shape)
	if h.fortran {
		strides = fStrides(h.shape)
	}
	return &Array[T]{data: data, shape: h.shape, strides: strides}, nil
}

// readElems fills dst, elements done.. of the file, from r, and makes them
// valid Go values of the machine's byte order.
func readElems[T Dtype](r io.Reader, dst []T, done int, h npyHeader) error {
	b := asBytes(dst)
	n, err := io.ReadFull(r, b)
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return formatErr("file ends after %d of the %d elements of shape %s",
			done+n/h.size, h.n, reprShape(h.shape))
	}
	if err != nil {
		return fmt.Errorf("ndarray: reading .npy data: %w", err)
	}
	if h.swap {
		swapBytes(b, h.size, h.kind == 'c')
	}
	if h.kind == 'b' {
		// Go's bool must be the byte 0 or 1; NumPy reads any nonzero byte as True.
		for i, c := range b {
			if c > 1 {
				b[i] = 1
			}
		}
	}
	return nil
}

// fStrides returns the Fortran-order (column-major) strides of shape.
func fStrides(shape []int) []int {
	strides := make([]int, len(shape))
	s := 1
	for k, n := range shape {
		strides[k] = s
		if n > 1 {
			s *= n
		}
	}
	return strides
}

// asBytes returns the memory of s as bytes. The result shares memory with s.
func asBytes[T Dtype](s []T) []byte {
	var z T
	return unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s))), len(s)*int(unsafe.Sizeof(z)))
}

// swapBytes reverses the byte order of each element of b, of size bytes,
// in place; a complex element is two floats, each swapped on its own.
func swapBytes(b []byte, size int, pairs bool) {
	if pairs {
		size /= 2
	}
	switch size {
	case 2:
		reverseEach(b, bits.ReverseBytes16)
	case 4:
		reverseEach(b, bits.ReverseBytes32)
	case 8:
		reverseEach(b, bits.ReverseBytes64)
	}
}

// reverseEach applies rev to each U in b, whose length is a multiple of U's
// size; b is an array's data, so it is aligned for U.
func reverseEach[U uint16 | uint32 | uint64](b []byte, rev func(U) U) {
	u := unsafe.Slice((*U)(unsafe.Pointer(unsafe.SliceData(b))), len(b)/int(unsafe.Sizeof(U(0))))
	for i, v := range u {
		u[i] = rev(v)
	}
}
