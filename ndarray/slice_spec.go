package ndarray

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Index is one item of a basic-slicing expression, the Go form of what goes
// between the commas of NumPy's a[...]: an integer (I), a slice start:stop:step
// (S, From, To, Every, Colon, and By to add a step), Ellipsis or NewAxis.
// SliceOf takes a list of them; ParseIndex builds one from NumPy's syntax.
// The zero Index is Colon, the whole axis.
type Index struct {
	kind indexKind
	// start is the integer of an integer index; start, stop and step are
	// the bounds of a slice, each used only if its has flag is set, which
	// plays the part of Python's None.
	start, stop, step          int
	hasStart, hasStop, hasStep bool
}

type indexKind uint8

const (
	sliceIndex indexKind = iota // first, so that the zero Index is ":"
	intIndex
	ellipsisIndex
	newAxisIndex
)

var (
	// Colon is the slice ":", taking a whole axis.
	Colon = Index{}
	// Ellipsis is "...", standing for as many whole axes as the other
	// items leave unindexed. An index may hold at most one.
	Ellipsis = Index{kind: ellipsisIndex}
	// NewAxis is NumPy's newaxis (None in an index): it inserts an axis of
	// length 1.
	NewAxis = Index{kind: newAxisIndex}
)

// I returns the integer index i, which selects one position and drops the
// axis, like a[i] in NumPy. A negative i counts from the end.
func I(i int) Index { return Index{kind: intIndex, start: i} }

// S returns the slice start:stop, or start:stop:step with a step, like NumPy's
// a[start:stop:step]. Negative bounds count from the end, and bounds outside
// the axis are clipped as Python clips them. S panics with an *IndexError if
// it is given more than one step.
func S(start, stop int, step ...int) Index {
	x := Index{start: start, stop: stop, hasStart: true, hasStop: true}
	switch len(step) {
	case 0:
	case 1:
		x.step, x.hasStep = step[0], true
	default:
		panicIndex("S", "takes at most one step, got %d", len(step))
	}
	return x
}

// From returns the slice "start:", from start to the end of the axis.
func From(start int) Index { return Index{start: start, hasStart: true} }

// To returns the slice ":stop", from the beginning of the axis to stop.
func To(stop int) Index { return Index{stop: stop, hasStop: true} }

// Every returns the slice "::step": every step-th element of the axis, in
// reverse order if step is negative (Every(-1) reverses the axis).
func Every(step int) Index { return Index{step: step, hasStep: true} }

// By returns the slice x with its step set to step: From(5).By(-1) is
// "5::-1". By panics with an *IndexError if x is not a slice.
func (x Index) By(step int) Index {
	if x.kind != sliceIndex {
		panicIndex("By", "cannot set a step on the index %s, which is not a slice", x)
	}
	x.step, x.hasStep = step, true
	return x
}

// String returns x in NumPy's syntax: "3", "1:-1", "::-1", ":", "...", "None".
func (x Index) String() string {
	switch x.kind {
	case intIndex:
		return strconv.Itoa(x.start)
	case ellipsisIndex:
		return "..."
	case newAxisIndex:
		return "None"
	}
	var b strings.Builder
	if x.hasStart {
		b.WriteString(strconv.Itoa(x.start))
	}
	b.WriteByte(':')
	if x.hasStop {
		b.WriteString(strconv.Itoa(x.stop))
	}
	if x.hasStep {
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(x.step))
	}
	return b.String()
}

// ParseIndex parses a basic-slicing expression in NumPy's syntax, what goes
// between the brackets of a[...]: comma-separated items, each an integer,
// a slice start:stop:step with any part omitted (or None), "...", or "None"
// or "newaxis". Spaces around items and parts are allowed, as is a trailing
// comma; the empty string is the empty index, which selects the whole array.
// Integers in slice bounds that overflow int are clipped, as Python clips
// them. ParseIndex returns an *IndexError naming the bad item if spec is
// malformed; it does not know the array, so items that do not fit one are
// reported by SliceOf.
func ParseIndex(spec string) ([]Index, error) {
	idx, err := parseIndexInto("ParseIndex", spec, nil)
	if err != nil {
		return nil, err
	}
	return idx, nil
}

// parseIndexInto is ParseIndex reporting errors under the name op,
// appending the items to idx. It returns the concrete error type so that
// Slice can panic with it. The specs are short, so it scans them byte by
// byte: strings.Cut, Count and strconv.ParseInt cost more in calls than
// in work on a few bytes (they were most of Slice's time).
func parseIndexInto(op, spec string, idx []Index) ([]Index, *IndexError) {
	if strings.TrimSpace(spec) == "" {
		return idx, nil
	}
	start := 0
	for i := 0; i <= len(spec); i++ {
		if i < len(spec) && spec[i] != ',' {
			continue
		}
		item, more := trimSpace(spec[start:i]), i < len(spec)
		start = i + 1
		// A trailing comma is allowed, as in Python's a[1,].
		if item == "" && !more && len(idx) > 0 {
			break
		}
		x, err := parseItem(item)
		if err != nil {
			return nil, &IndexError{Op: op, Msg: fmt.Sprintf("invalid index %q in %q: %v", item, spec, err)}
		}
		idx = append(idx, x)
	}
	return idx, nil
}

var (
	errEmptyItem    = errors.New("empty index item")
	errSliceParts   = errors.New("a slice has at most three parts, start:stop:step")
	errNotAnInteger = errors.New("only integers, slices (`:`), ellipsis (`...`) and None or newaxis are valid indices")
	errIntTooLarge  = errors.New("cannot fit 'int' into an index-sized integer")
)

// parseItem parses one comma-separated item, already trimmed.
func parseItem(item string) (Index, error) {
	switch item {
	case "":
		return Index{}, errEmptyItem
	case "...":
		return Ellipsis, nil
	case "None", "newaxis":
		return NewAxis, nil
	}
	// colon[k] is the end of part k: the position of its colon, or len(item).
	colon := [3]int{len(item), len(item), len(item)}
	n := 0
	for i := 0; i < len(item); i++ {
		if item[i] == ':' {
			if n == 2 {
				return Index{}, errSliceParts
			}
			colon[n] = i
			n++
		}
	}
	if n == 0 {
		i, err := parseInt(item)
		if errors.Is(err, strconv.ErrRange) {
			return Index{}, errIntTooLarge
		}
		if err != nil {
			return Index{}, errNotAnInteger
		}
		return I(i), nil
	}
	var x Index
	vals := [3]*int{&x.start, &x.stop, &x.step}
	has := [3]*bool{&x.hasStart, &x.hasStop, &x.hasStep}
	from := 0
	for k := range n + 1 {
		p := trimSpace(item[from:colon[k]])
		from = colon[k] + 1
		if p == "" || p == "None" {
			continue
		}
		v, err := parseInt(p)
		// Python clips slice bounds that do not fit an index-sized
		// integer instead of rejecting them; ParseInt has already
		// clipped v to the int range.
		if err != nil && !errors.Is(err, strconv.ErrRange) {
			return Index{}, errNotAnInteger
		}
		*vals[k], *has[k] = v, true
	}
	return x, nil
}

// trimSpace is strings.TrimSpace with the ASCII spaces trimmed in line;
// only a string that then starts or ends with a non-ASCII byte goes to
// strings.TrimSpace, for the Unicode spaces.
func trimSpace(s string) string {
	for len(s) > 0 && asciiSpace(s[0]) {
		s = s[1:]
	}
	for len(s) > 0 && asciiSpace(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	if len(s) > 0 && (s[0] >= utf8.RuneSelf || s[len(s)-1] >= utf8.RuneSelf) {
		return strings.TrimSpace(s)
	}
	return s
}

// asciiSpace reports whether c is one of the ASCII spaces strings.TrimSpace trims.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// parseInt parses a decimal integer with an optional sign. On overflow it
// returns the nearest int and an error matching strconv.ErrRange. Up to 18
// digits, which cannot overflow, it reads them itself; anything else
// (longer, or not an integer) goes to strconv.ParseInt.
func parseInt(s string) (int, error) {
	d := s
	if len(d) > 0 && (d[0] == '+' || d[0] == '-') {
		d = d[1:]
	}
	if len(d) > 0 && len(d) <= 18 {
		v, ok := 0, true
		for i := 0; i < len(d) && ok; i++ {
			c := d[i] - '0'
			ok = c <= 9
			v = v*10 + int(c)
		}
		if ok {
			if s[0] == '-' {
				v = -v
			}
			return v, nil
		}
	}
	v, err := strconv.ParseInt(s, 10, 0)
	return int(v), err
}
