package ndarray

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"strconv"
	"strings"
	"unsafe"
)

// The .npy header, as numpy/lib/format.py defines it: the magic string, a
// version, a little-endian header length (2 bytes in version 1.0, 4 in 2.0
// and 3.0) and a Python dict literal with exactly the keys 'descr',
// 'fortran_order' and 'shape', padded with spaces and a newline so that the
// data starts on a 64-byte boundary.
const (
	npyMagic = "\x93NUMPY"
	// npyAlign is NumPy's ARRAY_ALIGN.
	npyAlign = 64
	// npyGrowthDigits is NumPy's GROWTH_AXIS_MAX_DIGITS: np.save leaves
	// room for the growing axis' extent to be rewritten in place. numgo
	// pads the same way so that its files are byte for byte NumPy's.
	npyGrowthDigits = 21
	// npyMaxHeader bounds the header length read. NumPy refuses more than
	// 10000 bytes by default; numgo allows more (a 64-d shape of large
	// extents needs ~1500) but never reads an unbounded header.
	npyMaxHeader = 1 << 16
	// npyMaxDepth bounds the nesting of the header literal, so a hostile
	// header of many brackets cannot exhaust the stack.
	npyMaxDepth = 16
)

// hostBigEndian records the byte order of the machine, which is the order
// numgo writes and the order in which element bytes sit in memory.
var hostBigEndian = binary.NativeEndian.Uint16([]byte{0, 1}) == 1

// npyHeader is a parsed .npy header.
type npyHeader struct {
	descr   string // as written, e.g. "<f8"
	kind    byte   // 'b', 'i', 'u', 'f', 'c'; 0 if the dtype is not one numgo has
	size    int    // bytes per element
	swap    bool   // the data's byte order differs from the host's
	fortran bool
	shape   []int
	n       int // number of elements
}

func formatErr(format string, args ...any) error {
	return &FormatError{Msg: fmt.Sprintf(format, args...)}
}

// readHeader reads the magic string, version and header of a .npy stream,
// leaving r at the first byte of the data. It reads the header in bounded
// steps, so a length field that promises more than r holds costs no memory.
func readHeader(r io.Reader) (npyHeader, error) {
	var pre [12]byte
	if err := readFull(r, pre[:8], "magic string"); err != nil {
		return npyHeader{}, err
	}
	if string(pre[:6]) != npyMagic {
		return npyHeader{}, formatErr("the magic string is not %q: not a .npy file", npyMagic)
	}
	major, minor := pre[6], pre[7]
	var hlen int
	switch {
	case major == 1 && minor == 0:
		if err := readFull(r, pre[8:10], "header length"); err != nil {
			return npyHeader{}, err
		}
		hlen = int(binary.LittleEndian.Uint16(pre[8:10]))
	case (major == 2 || major == 3) && minor == 0:
		if err := readFull(r, pre[8:12], "header length"); err != nil {
			return npyHeader{}, err
		}
		n := binary.LittleEndian.Uint32(pre[8:12])
		if n > npyMaxHeader {
			return npyHeader{}, formatErr("header length %d exceeds the limit of %d bytes", n, npyMaxHeader)
		}
		hlen = int(n)
	default:
		return npyHeader{}, formatErr("unsupported format version %d.%d (numgo reads 1.0, 2.0 and 3.0)", major, minor)
	}
	text, err := io.ReadAll(io.LimitReader(r, int64(hlen)))
	if err != nil {
		return npyHeader{}, fmt.Errorf("ndarray: reading .npy header: %w", err)
	}
	if len(text) < hlen {
		return npyHeader{}, formatErr("file ends inside the header (%d of %d bytes)", len(text), hlen)
	}
	return parseHeader(text)
}

// readFull reads len(b) bytes, reporting a short read as a *FormatError
// naming what was being read.
func readFull(r io.Reader, b []byte, what string) error {
	_, err := io.ReadFull(r, b)
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return formatErr("file ends inside the %s", what)
	}
	if err != nil {
		return fmt.Errorf("ndarray: reading .npy %s: %w", what, err)
	}
	return nil
}

// parseHeader parses the header dict, as numpy.lib.format.read_array_header does.
func parseHeader(text []byte) (npyHeader, error) {
	p := pyParser{s: string(text)}
	v, err := p.parse()
	if err != nil {
		return npyHeader{}, err
	}
	d, ok := v.(pyDict)
	if !ok {
		return npyHeader{}, formatErr("header is not a dict: %q", clip(p.s))
	}
	if len(d) != 3 || d["descr"] == nil || d["fortran_order"] == nil || d["shape"] == nil {
		return npyHeader{}, formatErr("header does not contain exactly the keys 'descr', 'fortran_order' and 'shape': %q", clip(p.s))
	}
	var h npyHeader
	switch descr := d["descr"].(type) {
	case string:
		h.descr = descr
		h.kind, h.size, h.swap = parseDescr(descr)
	case pyList:
		h.descr = "structured dtype"
	default:
		return npyHeader{}, formatErr("'descr' is not a dtype string: %q", clip(p.s))
	}
	if h.fortran, ok = d["fortran_order"].(bool); !ok {
		return npyHeader{}, formatErr("'fortran_order' is not a bool: %q", clip(p.s))
	}
	shape, ok := d["shape"].(pyTuple)
	if !ok {
		return npyHeader{}, formatErr("'shape' is not a tuple: %q", clip(p.s))
	}
	if len(shape) > maxDims {
		return npyHeader{}, formatErr("shape has %d dimensions, more than the maximum %d", len(shape), maxDims)
	}
	h.shape = make([]int, len(shape))
	h.n = 1
	overflow, zero := false, false
	for k, e := range shape {
		n, ok := e.(int)
		if !ok || n < 0 {
			return npyHeader{}, formatErr("'shape' holds %v, not a non-negative int", e)
		}
		h.shape[k] = n
		zero = zero || n == 0
		hi, lo := bits.Mul64(uint64(h.n), uint64(n))
		overflow = overflow || hi != 0 || lo > uint64(maxInt)
		h.n = int(lo)
	}
	if overflow && !zero {
		// A zero extent makes an empty array however large the others are,
		// as in NumPy; only a product that does not fit int is an error.
		return npyHeader{}, formatErr("the product of shape %s overflows int", reprShape(h.shape))
	}
	if h.kind != 0 && h.n > maxInt/h.size {
		return npyHeader{}, formatErr("shape %s of %s needs more than %d bytes", reprShape(h.shape), h.descr, maxInt)
	}
	return h, nil
}

// clip shortens header text quoted in an error message.
func clip(s string) string {
	if len(s) > 200 {
		return s[:200] + "..."
	}
	return s
}

// parseDescr decodes a dtype string such as "<f8". For a dtype numgo has no
// element type for (float16, strings, objects, ...) kind is 0.
func parseDescr(descr string) (kind byte, size int, swap bool) {
	if len(descr) < 3 {
		return 0, 0, false
	}
	order, kind := descr[0], descr[1]
	size, err := strconv.Atoi(descr[2:])
	if err != nil {
		return 0, 0, false
	}
	switch {
	case kind == 'b' && size == 1,
		(kind == 'i' || kind == 'u') && (size == 1 || size == 2 || size == 4 || size == 8),
		kind == 'f' && (size == 4 || size == 8),
		kind == 'c' && (size == 8 || size == 16):
	default:
		return 0, 0, false
	}
	switch order {
	case '<':
		return kind, size, hostBigEndian && size > 1
	case '>':
		return kind, size, !hostBigEndian && size > 1
	case '|', '=':
		return kind, size, false
	}
	return 0, 0, false
}

// descrName returns NumPy's name of a dtype string, for messages: "<f4"
// gives "float32", "|O" gives "object".
func descrName(descr string) string {
	if len(descr) < 2 {
		return "unknown"
	}
	kind := descr[1]
	if size, err := strconv.Atoi(descr[2:]); err == nil {
		switch nbits := strconv.Itoa(8 * size); kind {
		case 'b':
			return "bool"
		case 'i':
			return "int" + nbits
		case 'u':
			return "uint" + nbits
		case 'f':
			return "float" + nbits
		case 'c':
			return "complex" + nbits
		}
	}
	switch kind {
	case 'O':
		return "object: pickled Python objects"
	case 'U':
		return "str"
	case 'S':
		return "bytes"
	case 'V':
		return "void"
	case 'M':
		return "datetime64"
	case 'm':
		return "timedelta64"
	}
	return "unknown"
}

// npyDescr returns the dtype string numgo writes for T: the host's byte
// order, NumPy's kind letter and the element size. Go's int is written as
// the integer of its size ("<i8" on 64-bit machines), as NumPy's intp.
func npyDescr[T Dtype]() string {
	var z T
	size := int(unsafe.Sizeof(z))
	order := "<"
	switch {
	case size == 1:
		order = "|"
	case hostBigEndian:
		order = ">"
	}
	return order + string(kindOf(TypeOf[T]())) + strconv.Itoa(size)
}

// kindOf returns NumPy's kind letter of t.
func kindOf(t Type) byte {
	switch {
	case t == Bool:
		return 'b'
	case t.IsUnsigned():
		return 'u'
	case t.IsInteger():
		return 'i'
	case t.IsFloat():
		return 'f'
	}
	return 'c'
}

// encodeHeader returns the magic string, version, length and header of a
// C-order array of shape, laid out exactly as NumPy 1.24's np.save writes it:
// sorted keys, growth padding, spaces and a newline up to a 64-byte boundary.
// Version 1.0's 16-bit length always suffices: with at most maxDims axes the
// header stays under 2 KiB.
func encodeHeader(descr string, shape []int) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "{'descr': '%s', 'fortran_order': False, 'shape': %s, }", descr, reprShape(shape))
	if len(shape) > 0 {
		b.WriteString(strings.Repeat(" ", max(0, npyGrowthDigits-len(strconv.Itoa(shape[0])))))
	}
	const prefix = len(npyMagic) + 4 // magic, version 1.0, 16-bit length
	hlen := b.Len() + 1
	pad := npyAlign - (prefix+hlen)%npyAlign
	out := make([]byte, 0, prefix+hlen+pad)
	out = append(out, npyMagic...)
	out = append(out, 1, 0)
	out = binary.LittleEndian.AppendUint16(out, uint16(hlen+pad))
	out = append(out, b.String()...)
	out = append(out, strings.Repeat(" ", pad)...)
	return append(out, '\n')
}

// reprShape formats shape as Python's repr of a tuple: (2, 3), (3,), ().
func reprShape(shape []int) string {
	if len(shape) == 1 {
		return "(" + strconv.Itoa(shape[0]) + ",)"
	}
	return tupleString(shape)
}

// The values of a header literal: string, int, bool, nil (None), pyTuple,
// pyList and pyDict.
type (
	pyTuple []any
	pyList  []any
	pyDict  map[string]any
)

// pyParser parses the subset of Python literals that .npy headers use, as
// ast.literal_eval would: dicts with string keys, tuples, lists, strings,
// decimal integers (with Python 2's L suffix, which old files carry),
// True, False and None.
type pyParser struct {
	s     string
	i     int
	depth int
}

func (p *pyParser) parse() (any, error) {
	v, err := p.value()
	if err != nil {
		return nil, err
	}
	p.space()
	if p.i != len(p.s) {
		return nil, p.fail("unexpected text after the header dict")
	}
	return v, nil
}

func (p *pyParser) fail(what string) error {
	return formatErr("header: %s at byte %d: %q", what, p.i, clip(p.s))
}

func (p *pyParser) space() {
	for p.i < len(p.s) && strings.IndexByte(" \t\r\n", p.s[p.i]) >= 0 {
		p.i++
	}
}

func (p *pyParser) value() (any, error) {
	p.space()
	if p.i == len(p.s) {
		return nil, p.fail("unexpected end")
	}
	switch c := p.s[p.i]; {
	case c == '{' || c == '(' || c == '[':
		return p.container(c)
	case c == '\'' || c == '"':
		return p.str(c)
	case c == '-' || c == '+' || c >= '0' && c <= '9':
		return p.integer()
	}
	for _, w := range [...]struct {
		word string
		v    any
	}{{"True", true}, {"False", false}, {"None", nil}} {
		if strings.HasPrefix(p.s[p.i:], w.word) {
			p.i += len(w.word)
			return w.v, nil
		}
	}
	return nil, p.fail("unexpected character")
}

// container parses a dict, tuple or list opened by open.
func (p *pyParser) container(open byte) (any, error) {
	if p.depth++; p.depth > npyMaxDepth {
		return nil, p.fail("nesting too deep")
	}
	defer func() { p.depth-- }()
	end := byte(')')
	switch open {
	case '{':
		end = '}'
	case '[':
		end = ']'
	}
	p.i++
	var items []any
	dict := pyDict{}
	commas := 0
	for {
		p.space()
		if p.i < len(p.s) && p.s[p.i] == end {
			p.i++
			break
		}
		if len(items)+len(dict) > commas {
			return nil, p.fail("missing comma")
		}
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		if open == '{' {
			key, ok := v.(string)
			if !ok {
				return nil, p.fail("dict key is not a string")
			}
			if p.space(); p.i >= len(p.s) || p.s[p.i] != ':' {
				return nil, p.fail("missing colon")
			}
			p.i++
			if v, err = p.value(); err != nil {
				return nil, err
			}
			if _, dup := dict[key]; dup {
				return nil, p.fail("repeated key")
			}
			dict[key] = v
		} else {
			items = append(items, v)
		}
		if p.space(); p.i < len(p.s) && p.s[p.i] == ',' {
			p.i++
			commas++
		}
	}
	switch open {
	case '{':
		return dict, nil
	case '[':
		return pyList(items), nil
	}
	if len(items) == 1 && commas == 0 {
		return items[0], nil // (x) is x in Python, not a tuple
	}
	return pyTuple(items), nil
}

// str parses a quoted string. Escapes keep the escaped character: dtype
// strings never need more.
func (p *pyParser) str(quote byte) (string, error) {
	var b strings.Builder
	for p.i++; p.i < len(p.s); p.i++ {
		switch c := p.s[p.i]; c {
		case quote:
			p.i++
			return b.String(), nil
		case '\\':
			if p.i++; p.i == len(p.s) {
				return "", p.fail("unterminated string")
			}
			b.WriteByte(p.s[p.i])
		default:
			b.WriteByte(c)
		}
	}
	return "", p.fail("unterminated string")
}

func (p *pyParser) integer() (int, error) {
	start := p.i
	if p.s[p.i] == '-' || p.s[p.i] == '+' {
		p.i++
	}
	for p.i < len(p.s) && p.s[p.i] >= '0' && p.s[p.i] <= '9' {
		p.i++
	}
	n, err := strconv.Atoi(p.s[start:p.i])
	if err != nil {
		return 0, p.fail("integer out of range or malformed")
	}
	if p.i < len(p.s) && p.s[p.i] == 'L' {
		p.i++
	}
	return n, nil
}
