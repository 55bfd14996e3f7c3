package ndarray

import (
	"fmt"
	"strconv"
	"strings"
)

// Printing follows numpy/core/arrayprint.py (NumPy 1.24) with its default
// options: precision 8, threshold 1000, edgeitems 3, linewidth 75,
// floatmode "maxprec", suppress false. The elements that will be shown are
// gathered first (only the corners when the array is summarised), all of
// them are formatted with one formatter chosen once for the dtype, and the
// words are laid out by a port of NumPy's _formatArray.
const (
	printThreshold = 1000 // arrays with more elements are summarised
	printEdgeItems = 3    // elements kept at each end of a summarised axis
	printLineWidth = 75   // maximum line length, wrapped as NumPy wraps
)

// String returns a as NumPy's str(a) prints it with the default print
// options: "[[0 1 2]\n [3 4 5]]" for a 2×3 int array, "[0.   0.25 0.5 ]"
// for floats (the shortest digits that round-trip, at most 8 after the
// point, padded to a common width), scientific notation when the magnitudes
// call for it, lines wrapped at 75 characters, and "..." in place of the
// middle of every long axis when a has more than 1000 elements. A 0-d array
// prints as its scalar ("5", "0.1", "(1+2j)") and an empty array as "[]".
// The output is the same for a view as for a contiguous copy of it.
// String never panics.
func (a *Array[T]) String() string {
	if len(a.shape) == 0 {
		return formatWords([]T{a.data[a.offset]}, true)[0]
	}
	if a.Size() == 0 {
		return "[]"
	}
	vals, p := a.printed()
	p.words = formatWords(vals, false)
	return p.layout(" ", " ", printLineWidth)
}

// Repr returns a as NumPy's repr(a) prints it: "array([1, 2, 3])",
// elements separated by commas and laid out as String lays them out, with
// the dtype appended where the values do not imply it (NumPy's default
// int64, float64, complex128 and bool are implied):
// "array([1., 2.], dtype=float32)", "array([], shape=(2, 0), dtype=int64)".
// Unlike String, a 0-d array prints its element as an array element:
// "array(1.)". Repr never panics.
func (a *Array[T]) Repr() string {
	t := TypeOf[T]()
	implied := (t == Int || t == Int64 || t == Float64 || t == Complex128 || t == Bool) && a.Size() > 0
	suffix := ","
	if implied {
		suffix = ")"
	}
	var list string
	switch {
	case len(a.shape) == 0:
		// A single element needs no padding; only bool's " True" has it.
		list = strings.TrimSpace(formatWords([]T{a.data[a.offset]}, false)[0])
	case a.Size() > 0:
		vals, p := a.printed()
		p.words = formatWords(vals, false)
		list = p.layout(", ", strings.Repeat(" ", len("array(")+1), printLineWidth-len(suffix))
	case len(a.shape) == 1:
		list = "[]"
	default:
		list = "[], shape=" + tupleString(a.shape)
	}
	s := "array(" + list + suffix
	if implied {
		return s
	}
	// The dtype goes on a line of its own if it would pass the line width.
	dtype := "dtype=" + t.String() + ")"
	if last := len(s) - (strings.LastIndexByte(s, '\n') + 1); last+1+len(dtype) > printLineWidth {
		return s + "\n" + strings.Repeat(" ", len("array(")) + dtype
	}
	return s + " " + dtype
}

// Format implements fmt.Formatter. The verbs %v and %s print String(). The
// verbs %d, %b, %o, %x and %X for integer arrays, %e, %E, %f, %F, %g and %G
// for float and complex arrays and %t for bool arrays format every element
// as fmt formats a Go value of the element type, with the flags, width and
// precision given, right-aligned to a common width inside the same brackets,
// wrapping and summary as String: fmt.Sprintf("%.2f", a) gives
// "[0.00 0.25 0.50]". Another verb prints "%!verb(*ndarray.Array[T]=...)"
// as fmt does for a verb that does not fit its operand. Format never panics.
func (a *Array[T]) Format(f fmt.State, verb rune) {
	if verb == 'v' || verb == 's' {
		// Errors from the writer are fmt's to handle; it ignores them too.
		_, _ = f.Write([]byte(a.String()))
		return
	}
	if !verbFits(TypeOf[T](), verb) {
		fmt.Fprintf(f, "%%!%c(*ndarray.Array[%s]=%s)", verb, TypeOf[T]().GoName(), a.String())
		return
	}
	spec := fmt.FormatString(f, verb)
	if len(a.shape) == 0 {
		fmt.Fprintf(f, spec, a.data[a.offset])
		return
	}
	if a.Size() == 0 {
		_, _ = f.Write([]byte("[]"))
		return
	}
	vals, p := a.printed()
	p.words = make([]string, len(vals))
	for i, v := range vals {
		p.words[i] = fmt.Sprintf(spec, v)
	}
	alignRight(p.words)
	_, _ = f.Write([]byte(p.layout(" ", " ", printLineWidth)))
}

// verbFits reports whether Format formats each element of type t with verb.
func verbFits(t Type, verb rune) bool {
	switch {
	case t == Bool:
		return verb == 't'
	case t.IsInteger():
		return strings.ContainsRune("bdoxX", verb)
	default:
		return strings.ContainsRune("eEfFgG", verb)
	}
}

// A printer lays out the formatted elements that an array shows: the whole
// array, or its corners when it is summarised.
type printer struct {
	sep     string   // between elements: " " for str, ", " for repr
	words   []string // the shown elements, formatted, in C order
	kept    []int    // the extents of the shown sub-array
	summary []bool   // whether an axis shows "..." between its two edges
}

// printed returns the elements of a that String shows, in C order, and a
// printer for their layout. An array of more than printThreshold elements
// keeps only printEdgeItems at each end of each longer axis, as NumPy's
// _leading_trailing does; the formatter then sees only those, as NumPy's.
func (a *Array[T]) printed() ([]T, *printer) {
	nd := len(a.shape)
	summarise := a.Size() > printThreshold
	p := &printer{kept: make([]int, nd), summary: make([]bool, nd)}
	idx := make([][]int, nd) // the indices kept along each axis
	n := 1
	for k, m := range a.shape {
		if summarise && m > 2*printEdgeItems {
			p.summary[k] = true
			for i := range printEdgeItems {
				idx[k] = append(idx[k], i)
			}
			for i := m - printEdgeItems; i < m; i++ {
				idx[k] = append(idx[k], i)
			}
		} else {
			for i := range m {
				idx[k] = append(idx[k], i)
			}
		}
		p.kept[k] = len(idx[k])
		n *= p.kept[k]
	}
	vals := make([]T, 0, n)
	pos := make([]int, nd) // an odometer over the kept indices
	for {
		off := a.offset
		for k, i := range pos {
			off += idx[k][i] * a.strides[k]
		}
		vals = append(vals, a.data[off])
		k := nd - 1
		for ; k >= 0; k-- {
			if pos[k]++; pos[k] < p.kept[k] {
				break
			}
			pos[k] = 0
		}
		if k < 0 {
			return vals, p
		}
	}
}

// layout returns the words in brackets, separated by sep, one line per
// row, wrapped at width and indented by hang, as NumPy's _formatArray. The
// indent is one space for the bracket plus the width of any prefix before
// it ("array(").
func (p *printer) layout(sep, hang string, width int) string {
	p.sep = sep
	return p.recurse(0, 0, hang, width)
}

// recurse formats the sub-array along axis starting at word pos. hang is
// the indentation of continuation lines and width the room left on a line,
// both shrinking by one per bracket level as in NumPy.
func (p *printer) recurse(axis, pos int, hang string, width int) string {
	if axis == len(p.kept) {
		return p.words[pos]
	}
	stride := 1
	for _, m := range p.kept[axis+1:] {
		stride *= m
	}
	n := p.kept[axis]
	// NumPy walks the leading items, then "...", then the trailing items
	// down to the last one, which is formatted apart because the line
	// width it may use differs (no separator follows it).
	lead, trail := 0, n
	if p.summary[axis] {
		lead, trail = printEdgeItems, printEdgeItems
	}
	item := func(i int) string { return p.recurse(axis+1, pos+i*stride, hang+" ", width-1) }
	var s strings.Builder
	if axis == len(p.kept)-1 {
		// The room for an element leaves space for the closing bracket
		// or the separator's comma.
		elemWidth := width - max(len(strings.TrimRight(p.sep, " ")), 1)
		line := hang
		for i := range lead {
			line = extendLine(&s, line, item(i), elemWidth, hang) + p.sep
		}
		if p.summary[axis] {
			line = extendLine(&s, line, "...", elemWidth, hang) + p.sep
		}
		for i := trail; i > 1; i-- {
			line = extendLine(&s, line, item(n-i), elemWidth, hang) + p.sep
		}
		line = extendLine(&s, line, item(n-1), elemWidth, hang)
		s.WriteString(line)
	} else {
		// Blocks of ≥3-d arrays are set apart by blank lines, one fewer
		// than the number of axes left.
		sep := strings.TrimRight(p.sep, " ") + strings.Repeat("\n", len(p.kept)-axis-1)
		for i := range lead {
			s.WriteString(hang + item(i) + sep)
		}
		if p.summary[axis] {
			s.WriteString(hang + "..." + sep)
		}
		for i := trail; i > 1; i-- {
			s.WriteString(hang + item(n-i) + sep)
		}
		s.WriteString(hang + item(n-1))
	}
	return "[" + s.String()[len(hang):] + "]"
}

// extendLine appends word to line, first moving line to s and starting a
// new one at indent if the word would pass width, as NumPy's _extendLine:
// a line that holds no word yet is never wrapped, since that would not help.
func extendLine(s *strings.Builder, line, word string, width int, indent string) string {
	if len(line)+len(word) > width && len(line) > len(indent) {
		s.WriteString(strings.TrimRight(line, " "))
		s.WriteByte('\n')
		line = indent
	}
	return line + word
}

// formatWords formats vals as NumPy prints the elements of one array: to a
// common width, with one formatter fitted to all of them. With scalar set
// it formats a 0-d array's only element as NumPy's str of a scalar does.
// The type switch runs once per array, not once per element.
func formatWords[T Dtype](vals []T, scalar bool) []string {
	switch v := any(vals).(type) {
	case []bool:
		return boolWords(v, scalar)
	case []float32:
		return floatWords(widen(v), 32, scalar)
	case []float64:
		return floatWords(v, 64, scalar)
	case []complex64:
		re, im := make([]float64, len(v)), make([]float64, len(v))
		for i, z := range v {
			re[i], im[i] = float64(real(z)), float64(imag(z))
		}
		return complexWords(re, im, 32, scalar)
	case []complex128:
		re, im := make([]float64, len(v)), make([]float64, len(v))
		for i, z := range v {
			re[i], im[i] = real(z), imag(z)
		}
		return complexWords(re, im, 64, scalar)
	case []int8:
		return intWords(v)
	case []int16:
		return intWords(v)
	case []int32:
		return intWords(v)
	case []int64:
		return intWords(v)
	case []int:
		return intWords(v)
	case []uint8:
		return uintWords(v)
	case []uint16:
		return uintWords(v)
	case []uint32:
		return uintWords(v)
	case []uint64:
		return uintWords(v)
	}
	panic("ndarray: unreachable: no formatter for " + TypeOf[T]().String())
}

func widen(v []float32) []float64 {
	w := make([]float64, len(v))
	for i, x := range v {
		w[i] = float64(x)
	}
	return w
}

// boolWords pads True to the width of False, except in a 0-d array, as
// NumPy's BoolFormat.
func boolWords(v []bool, scalar bool) []string {
	t := " True"
	if scalar {
		t = "True"
	}
	w := make([]string, len(v))
	for i, b := range v {
		w[i] = "False"
		if b {
			w[i] = t
		}
	}
	return w
}

func intWords[I Signed](v []I) []string {
	w := make([]string, len(v))
	for i, x := range v {
		w[i] = strconv.FormatInt(int64(x), 10)
	}
	return alignRight(w)
}

func uintWords[U Unsigned](v []U) []string {
	w := make([]string, len(v))
	for i, x := range v {
		w[i] = strconv.FormatUint(uint64(x), 10)
	}
	return alignRight(w)
}

// alignRight right-aligns the words to the width of the longest, in place.
func alignRight(w []string) []string {
	width := 0
	for _, s := range w {
		width = max(width, len(s))
	}
	for i, s := range w {
		if len(s) < width {
			w[i] = strings.Repeat(" ", width-len(s)) + s
		}
	}
	return w
}
