package ndarray

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"
)

// TxtError reports text that LoadTxt cannot read as an array: a value that
// does not parse as the dtype, rows of different lengths, a column index
// out of range. Its message is NumPy's, e.g. "could not convert string
// 'x' to float64 at row 0, column 2." (rows counted from 0 among the data
// rows, columns from 1, as NumPy words it). It matches ErrFormat.
type TxtError struct {
	Msg string
}

// Error returns the message, prefixed with the package and LoadTxt.
func (e *TxtError) Error() string { return "ndarray: LoadTxt: " + e.Msg }

// Is reports whether target is ErrFormat.
func (e *TxtError) Is(target error) bool { return target == ErrFormat }

// LoadTxt reads an array of T from text, as numpy.loadtxt(r, dtype=T)
// does: one row per line, fields split at runs of whitespace or at each
// Delimiter, text from a Comments marker ("#" by default) to the end of
// the line ignored, lines without fields skipped. Options: Delimiter,
// Comments, SkipRows, UseCols, MaxRows, NdMin. Lines end at "\n", "\r\n"
// or "\r", as in a file numpy.loadtxt opens by name; the text is UTF-8.
//
// Fields are parsed as NumPy 1.24 parses them, with surrounding whitespace
// ignored: floats in decimal with an optional exponent, or inf, infinity,
// nan with a sign, in any case (no hexadecimal, no "_"); float32 is read as
// float64 and rounded, as NumPy does; complex as "1+2j", "-2.5j", "3",
// optionally in parentheses "(1-2j)"; bool as an integer, nonzero being
// true. Integer dtypes read integers exactly; NumPy 1.24 also reads a
// float there and truncates it toward zero (deprecated since 1.23), which
// LoadTxt does too, but where NumPy wraps or gives an undefined value for
// an integer or float out of the dtype's range (300 as uint8 gives 44,
// -1 as uint8 255) LoadTxt returns an error.
//
// The shape follows NumPy: a 2-d array (rows, columns), squeezed of
// length-1 axes (one row gives a 1-d array, one value a 0-d array) unless
// NdMin asks for more. Input without data gives an empty array and a nil
// error, where NumPy also warns "loadtxt: input contained no data": of
// shape (0,), or (0, k) with UseCols of k ≠ 1 columns, (0, 1) with
// NdMin(2).
//
// LoadTxt returns a *TxtError (errors.Is(err, ErrFormat)) for text that
// does not fit T or has rows of different lengths, and r's error
// otherwise. Memory grows with the text read, never beyond a small multiple
// of it.
//
// LoadTxt panics with a *ValueError for an option it does not take or an
// invalid one: a Delimiter that is not one character or is a newline or a
// comment marker, an empty comment marker, a lone one-character marker
// that is a newline or, without a Delimiter, whitespace.
func LoadTxt[T Dtype](r io.Reader, opts ...TxtOption) (*Array[T], error) {
	c := txtOptions("LoadTxt", false, opts)
	parse := txtParser[T]()
	delim, _ := utf8.DecodeRuneInString(c.delim)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), math.MaxInt)
	sc.Split(splitTxtLines)
	var data []T
	var fields []string
	lines, rows, ncols := 0, 0, -1
	for (c.maxRows < 0 || rows < c.maxRows) && sc.Scan() {
		lines++
		if lines <= c.skipRows {
			continue
		}
		line := sc.Text()
		for _, m := range c.comments {
			if i := strings.Index(line, m); i >= 0 {
				line = line[:i]
			}
		}
		fields = txtFields(fields[:0], line, delim, c.hasDelim)
		if len(fields) == 0 {
			continue
		}
		var err error
		if data, err = appendTxtRow(data, fields, &c, &ncols, rows, parse); err != nil {
			if ioErr := sc.Err(); ioErr != nil {
				// The row was cut short by the failed read: report that.
				err = fmt.Errorf("ndarray: LoadTxt: reading: %w", ioErr)
			}
			return nil, err
		}
		rows++
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ndarray: LoadTxt: reading: %w", err)
	}
	shape := []int{rows, ncols}
	switch {
	case c.hasCols:
		shape[1] = len(c.useCols)
	case rows == 0:
		shape = []int{0}
	}
	shape = txtNdMin(shape, c.ndmin)
	if data == nil {
		data = []T{}
	}
	return &Array[T]{data: data, shape: shape, strides: cStrides(shape)}, nil
}

// appendTxtRow appends to data the values of the fields of data row row
// that c selects, checking their number against ncols, which the first row
// sets when c has no UseCols.
func appendTxtRow[T Dtype](data []T, fields []string, c *txtConfig, ncols *int, row int, parse func(string) (T, bool)) ([]T, error) {
	convert := func(k int) error {
		v, ok := parse(fields[k])
		if !ok {
			return &TxtError{fmt.Sprintf("could not convert string %s to %s at row %d, column %d.",
				pyStrRepr(fields[k]), TypeOf[T](), row, k+1)}
		}
		data = append(data, v)
		return nil
	}
	if !c.hasCols {
		if *ncols < 0 {
			*ncols = len(fields)
		} else if len(fields) != *ncols {
			return data, &TxtError{fmt.Sprintf("the number of columns changed from %d to %d at row %d; use `usecols` to select a subset and avoid this error",
				*ncols, len(fields), row+1)}
		}
		for k := range fields {
			if err := convert(k); err != nil {
				return data, err
			}
		}
		return data, nil
	}
	for _, k := range c.useCols {
		if k < -len(fields) || k >= len(fields) {
			return data, &TxtError{fmt.Sprintf("invalid column index %d at row %d with %d columns", k, row+1, len(fields))}
		}
	}
	for _, k := range c.useCols {
		if k < 0 {
			k += len(fields)
		}
		if err := convert(k); err != nil {
			return data, err
		}
	}
	return data, nil
}

// LoadTxtFile reads an array of T from the named text file; see LoadTxt.
// Unlike numpy.loadtxt it does not decompress a name ending in ".gz".
func LoadTxtFile[T Dtype](name string, opts ...TxtOption) (*Array[T], error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return LoadTxt[T](f, opts...)
}

// txtNdMin applies numpy.loadtxt's ndmin to the shape read: drop length-1
// axes if there are more than ndmin, then add axes up to ndmin, a 1-d
// array becoming a column.
func txtNdMin(shape []int, ndmin int) []int {
	if len(shape) > ndmin {
		kept := shape[:0]
		for _, n := range shape {
			if n != 1 {
				kept = append(kept, n)
			}
		}
		shape = kept
	}
	switch {
	case len(shape) >= ndmin:
		return shape
	case ndmin == 1:
		return []int{1}
	case len(shape) == 0:
		return []int{1, 1}
	}
	return []int{shape[0], 1}
}

// splitTxtLines is a bufio.SplitFunc for lines ended by "\n", "\r\n" or
// "\r" (Python's universal newlines), without their ends.
func splitTxtLines(data []byte, atEOF bool) (int, []byte, error) {
	i := bytes.IndexAny(data, "\r\n")
	switch {
	case i < 0 && atEOF && len(data) > 0:
		return len(data), data, nil
	case i < 0:
		return 0, nil, nil
	case data[i] == '\n':
		return i + 1, data[:i], nil
	case i+1 < len(data) && data[i+1] == '\n':
		return i + 2, data[:i], nil
	case i+1 < len(data) || atEOF:
		return i + 1, data[:i], nil
	}
	return 0, nil, nil // a "\r" at the end of the buffer: is "\n" next?
}

// txtFields appends the fields of line to fields: the runs between
// whitespace when !hasDelim, else the pieces between delimiters (none for
// an empty line).
func txtFields(fields []string, line string, delim rune, hasDelim bool) []string {
	if !hasDelim {
		for {
			line = strings.TrimLeftFunc(line, pyIsSpace)
			if line == "" {
				return fields
			}
			end := strings.IndexFunc(line, pyIsSpace)
			if end < 0 {
				return append(fields, line)
			}
			fields, line = append(fields, line[:end]), line[end:]
		}
	}
	if line == "" {
		return fields
	}
	for {
		end := strings.IndexRune(line, delim)
		if end < 0 {
			return append(fields, line)
		}
		fields, line = append(fields, line[:end]), line[end+utf8.RuneLen(delim):]
	}
}

// pyIsSpace is Python's str.isspace for one character, which NumPy's
// tokenizer uses: Unicode's White_Space and the separators U+001C..U+001F.
func pyIsSpace(r rune) bool { return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f) }

// pyStrRepr quotes s as Python's repr of a str does, as NumPy's messages
// show fields.
func pyStrRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	b := []byte{quote}
	for _, r := range s {
		switch {
		case r == '\\' || r == rune(quote):
			b = append(b, '\\', byte(r))
		case r == '\t':
			b = append(b, `\t`...)
		case r == '\n':
			b = append(b, `\n`...)
		case r == '\r':
			b = append(b, `\r`...)
		case r < 0x7f && r >= 0x20 || r > 0x7f && unicode.IsPrint(r):
			b = utf8.AppendRune(b, r)
		case r <= 0xff:
			b = fmt.Appendf(b, `\x%02x`, r)
		case r <= 0xffff:
			b = fmt.Appendf(b, `\u%04x`, r)
		default:
			b = fmt.Appendf(b, `\U%08x`, r)
		}
	}
	return string(append(b, quote))
}
