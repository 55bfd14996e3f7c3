package ndarray

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

// SaveTxt writes a 1-d or 2-d array to w as text, as numpy.savetxt does:
// one line per row (a 1-d array is written as a column, one element per
// line), each value formatted by Fmt or ColumnFmt (default "%.18e") and
// separated by Delimiter (default " "), each line ended by Newline
// (default "\n"), with an optional Header and Footer whose lines start
// with the Comments prefix (default "# "). Complex numbers are written as
// " (re+imj)" with the format applied to both parts, and "+-" made "-", as
// NumPy does. The bytes are those np.savetxt writes for the same options;
// a transposed or sliced view is written as its values.
//
// SaveTxt returns the error of w, or an error wrapping ErrValue (a
// *ValueError naming the row and column) when a value cannot be
// formatted: NaN or infinity with %d.
//
// SaveTxt panics with a *ShapeError if a is not 1-d or 2-d, and with a
// *ValueError if the formats do not fit the array: a format it does not
// support, a number of conversions other than the number of values in a
// row, a list of formats not one per column, or %o/%x for floats.
func SaveTxt[T Dtype](w io.Writer, a *Array[T], opts ...TxtOption) error {
	const op = "SaveTxt"
	c := txtOptions(op, true, opts)
	nd := a.Ndim()
	if nd != 1 && nd != 2 {
		panic(&ShapeError{Op: op, Msg: fmt.Sprintf("Expected 1D or 2D array, got %dD array instead", nd)})
	}
	rows, cols, rs, cs := a.shape[0], 1, a.strides[0], 0
	if nd == 2 {
		cols, cs = a.shape[1], a.strides[1]
	}
	isComplex := TypeOf[T]().IsComplex()
	rowFmt := txtRowFormat(op, c, cols, isComplex)
	f := parseTxtFormat(op, rowFmt)
	perRow := cols
	if isComplex {
		perRow *= 2
	}
	if len(f.convs) != perRow {
		msg := "not enough arguments for format string"
		if len(f.convs) < perRow {
			msg = "not all arguments converted during string formatting"
		}
		panic(&ValueError{Op: op, Msg: msg})
	}
	if !TypeOf[T]().IsInteger() && TypeOf[T]() != Bool {
		for _, cv := range f.convs {
			if strings.IndexByte("oxX", cv.verb) >= 0 {
				panic(&ValueError{Op: op, Msg: fmt.Sprintf("Mismatch between array dtype ('%s') and format specifier ('%s')",
					TypeOf[T](), rowFmt)})
			}
		}
	}

	bw := bufio.NewWriter(w)
	if c.header != "" {
		bw.WriteString(c.prefix + strings.ReplaceAll(c.header, "\n", "\n"+c.prefix) + c.newline)
	}
	value := txtValueOf[T]()
	vals := make([]txtValue, perRow)
	var line []byte
	for i := range rows {
		off := a.offset + i*rs
		for j := range cols {
			v := value(a.data[off+j*cs])
			if isComplex {
				vals[2*j], vals[2*j+1] = v[0], v[1]
			} else {
				vals[j] = v[0]
			}
		}
		line = line[:0]
		for k := range f.convs {
			line = append(line, f.convs[k].lit...)
			var err error
			if line, err = appendTxtValue(line, &f.convs[k], vals[k]); err != nil {
				col := k
				if isComplex {
					col /= 2
				}
				bw.Flush() // the rows before, as NumPy has written them
				return &ValueError{Op: op, Msg: fmt.Sprintf("%v at row %d, column %d", err, i, col)}
			}
		}
		line = append(append(line, f.tail...), c.newline...)
		if isComplex {
			line = bytes.ReplaceAll(line, []byte("+-"), []byte("-"))
		}
		if _, err := bw.Write(line); err != nil {
			return err
		}
	}
	if c.footer != "" {
		bw.WriteString(c.prefix + strings.ReplaceAll(c.footer, "\n", "\n"+c.prefix) + c.newline)
	}
	return bw.Flush()
}

// SaveTxtFile writes a as text to the named file, creating or truncating
// it; see SaveTxt. Unlike numpy.savetxt it does not gzip a name ending in
// ".gz".
func SaveTxtFile[T Dtype](name string, a *Array[T], opts ...TxtOption) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := SaveTxt(f, a, opts...); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// txtRowFormat builds the format of a whole row as numpy.savetxt does:
// ColumnFmt's formats are joined by the delimiter; a Fmt with a single % is
// repeated for every column (as " (f+fj)" for complex arrays); one with
// more % signs is the row format itself. NumPy counts the % characters, so
// "%%" counts as two.
func txtRowFormat(op string, c txtConfig, cols int, isComplex bool) string {
	if c.perColumn {
		if len(c.fmts) != cols {
			quoted := make([]string, len(c.fmts))
			for i, s := range c.fmts {
				quoted[i] = "'" + s + "'"
			}
			panic(&ValueError{Op: op, Msg: "fmt has wrong shape.  [" + strings.Join(quoted, ", ") + "]"})
		}
		return strings.Join(c.fmts, c.delim)
	}
	f := c.fmts[0]
	switch n := strings.Count(f, "%"); {
	case n == 1 && cols == 0:
		return ""
	case n == 1:
		one := f
		if isComplex {
			one = " (" + f + "+" + f + "j)"
		}
		return strings.Repeat(one+c.delim, cols-1) + one
	case (isComplex && n != 2*cols) || (!isComplex && n != cols):
		panic(&ValueError{Op: op, Msg: "fmt has wrong number of % formats:  " + f})
	}
	return f
}

// txtValueOf returns the function that turns an element of type T into the
// values its conversions format: one, or two (real and imaginary part) for
// complex types.
func txtValueOf[T Dtype]() func(T) [2]txtValue {
	var conv any
	switch any(*new(T)).(type) {
	case bool:
		conv = func(v bool) [2]txtValue {
			if v {
				return [2]txtValue{{isInt: true, mag: 1, f: 1}}
			}
			return [2]txtValue{{isInt: true}}
		}
	case int:
		conv = txtSigned[int]
	case int8:
		conv = txtSigned[int8]
	case int16:
		conv = txtSigned[int16]
	case int32:
		conv = txtSigned[int32]
	case int64:
		conv = txtSigned[int64]
	case uint8:
		conv = txtUnsigned[uint8]
	case uint16:
		conv = txtUnsigned[uint16]
	case uint32:
		conv = txtUnsigned[uint32]
	case uint64:
		conv = txtUnsigned[uint64]
	case float32:
		conv = func(v float32) [2]txtValue { return [2]txtValue{{f: float64(v)}} }
	case float64:
		conv = func(v float64) [2]txtValue { return [2]txtValue{{f: v}} }
	case complex64:
		conv = func(v complex64) [2]txtValue {
			return [2]txtValue{{f: float64(real(v))}, {f: float64(imag(v))}}
		}
	case complex128:
		conv = func(v complex128) [2]txtValue { return [2]txtValue{{f: real(v)}, {f: imag(v)}} }
	}
	return conv.(func(T) [2]txtValue)
}

func txtSigned[T Signed](v T) [2]txtValue {
	x := int64(v)
	mag := uint64(x)
	if x < 0 {
		mag = -mag
	}
	return [2]txtValue{{isInt: true, neg: x < 0, mag: mag, f: float64(x)}}
}

func txtUnsigned[T Unsigned](v T) [2]txtValue {
	return [2]txtValue{{isInt: true, mag: uint64(v), f: float64(uint64(v))}}
}
