package ndarray

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Sentinel errors matched with errors.Is. A programmer's mistake panics with
// one of the typed errors below, each of which matches one sentinel; what
// depends on data or the outside world (a bad .npy file) returns an error.
var (
	// ErrShape is matched by a *ShapeError: shapes that do not broadcast,
	// a reshape to the wrong size, sizes that overflow int.
	ErrShape = errors.New("ndarray: shape error")
	// ErrAxis is matched by an *AxisError: an axis out of range or repeated.
	ErrAxis = errors.New("ndarray: axis error")
	// ErrIndex is matched by an *IndexError: an index out of range or of the
	// wrong count, a malformed slice specification.
	ErrIndex = errors.New("ndarray: index error")
	// ErrValue is matched by a *ValueError: an argument whose value is not
	// allowed (a zero step, writing to a broadcast view, ...).
	ErrValue = errors.New("ndarray: value error")
	// ErrFormat is matched by errors from reading a malformed .npy or .npz file
	// or text that LoadTxt cannot read (*TxtError).
	ErrFormat = errors.New("ndarray: malformed file")
	// ErrDtype is returned when a file holds another dtype than the one asked for.
	ErrDtype = errors.New("ndarray: dtype mismatch")
)

// ShapeError reports shapes that do not fit an operation.
type ShapeError struct {
	Op  string // the operation, e.g. "Add"
	Msg string // NumPy's wording, e.g. "operands could not be broadcast together with shapes (2,3) (4,)"
}

// Error returns the message, prefixed with the package and the operation.
func (e *ShapeError) Error() string { return "ndarray: " + e.Op + ": " + e.Msg }

// Is reports whether target is ErrShape.
func (e *ShapeError) Is(target error) bool { return target == ErrShape }

// AxisError reports an axis out of range for an array of Ndim dimensions.
type AxisError struct {
	Op   string
	Axis int
	Ndim int
	Arg  string // the argument at fault, named before the text as NumPy does ("source"), if any
	Msg  string // set instead of the default text for other axis mistakes
}

// Error returns the message, prefixed with the package and the operation.
func (e *AxisError) Error() string {
	if e.Msg != "" {
		return "ndarray: " + e.Op + ": " + e.Msg
	}
	arg := ""
	if e.Arg != "" {
		arg = e.Arg + ": "
	}
	return fmt.Sprintf("ndarray: %s: %saxis %d is out of bounds for array of dimension %d", e.Op, arg, e.Axis, e.Ndim)
}

// Is reports whether target is ErrAxis.
func (e *AxisError) Is(target error) bool { return target == ErrAxis }

// IndexError reports an index out of range or an index expression that does
// not fit the array.
type IndexError struct {
	Op  string
	Msg string
}

// Error returns the message, prefixed with the package and the operation.
func (e *IndexError) Error() string { return "ndarray: " + e.Op + ": " + e.Msg }

// Is reports whether target is ErrIndex.
func (e *IndexError) Is(target error) bool { return target == ErrIndex }

// ValueError reports an argument whose value is not allowed.
type ValueError struct {
	Op  string
	Msg string
}

// Error returns the message, prefixed with the package and the operation.
func (e *ValueError) Error() string { return "ndarray: " + e.Op + ": " + e.Msg }

// Is reports whether target is ErrValue.
func (e *ValueError) Is(target error) bool { return target == ErrValue }

// FormatError reports a malformed .npy or .npz file.
type FormatError struct {
	Msg string
}

// Error returns the message, prefixed with the package.
func (e *FormatError) Error() string { return "ndarray: malformed npy data: " + e.Msg }

// Is reports whether target is ErrFormat.
func (e *FormatError) Is(target error) bool { return target == ErrFormat }

// DtypeError reports that a file holds another dtype than the one requested.
type DtypeError struct {
	Want Type   // the element type asked for
	Got  string // the dtype descriptor found, e.g. "<f4"
}

// Error returns the message, prefixed with the package.
func (e *DtypeError) Error() string {
	return fmt.Sprintf("ndarray: dtype mismatch: file holds %s, asked for %s", e.Got, e.Want.GoName())
}

// Is reports whether target is ErrDtype.
func (e *DtypeError) Is(target error) bool { return target == ErrDtype }

// shapeString formats a shape as NumPy does inside messages: (2,3), (4,), ().
func shapeString(shape []int) string {
	var b strings.Builder
	b.WriteByte('(')
	for i, n := range shape {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Itoa(n))
	}
	if len(shape) == 1 {
		b.WriteByte(',')
	}
	b.WriteByte(')')
	return b.String()
}

// tupleString formats a shape as Python prints a tuple: (2, 3), (4,), ().
func tupleString(shape []int) string {
	if len(shape) == 1 {
		return shapeString(shape)
	}
	return strings.ReplaceAll(shapeString(shape), ",", ", ")
}

func panicShape(op, format string, args ...any) {
	panic(&ShapeError{Op: op, Msg: fmt.Sprintf(format, args...)})
}

func panicIndex(op, format string, args ...any) {
	panic(&IndexError{Op: op, Msg: fmt.Sprintf(format, args...)})
}

func panicValue(op, format string, args ...any) {
	panic(&ValueError{Op: op, Msg: fmt.Sprintf(format, args...)})
}

// checkNil panics with a *ValueError if a is a nil *Array, which would
// otherwise surface as a nil-pointer dereference deep inside op.
func checkNil[T Dtype](op string, a *Array[T]) {
	if a == nil {
		panicNil[T](op)
	}
}

// panicNil is checkNil's panic, apart so that checkNil inlines.
func panicNil[T Dtype](op string) {
	panicValue(op, "argument is a nil *Array[%s]", TypeOf[T]().GoName())
}

// normAxis returns axis counted from the front for an array of ndim
// dimensions, panicking with NumPy's message when it is out of range.
func normAxis(op string, axis, ndim int) int {
	if axis < -ndim || axis >= ndim {
		panic(&AxisError{Op: op, Axis: axis, Ndim: ndim})
	}
	if axis < 0 {
		axis += ndim
	}
	return axis
}

// normAxisArg is normAxis for an operation with several axis arguments,
// whose message names the argument as NumPy's does ("source: axis 5 is
// out of bounds ...").
func normAxisArg(op, arg string, axis, ndim int) int {
	if axis < -ndim || axis >= ndim {
		panic(&AxisError{Op: op, Axis: axis, Ndim: ndim, Arg: arg})
	}
	return normAxis(op, axis, ndim)
}

// normAxes normalises a list of axes and panics on a repeated one.
func normAxes(op string, axes []int, ndim int) []int {
	return appendNormAxes(make([]int, 0, len(axes)), op, axes, ndim)
}

// appendNormAxes is normAxes appending to dst, which may be a stack buffer.
func appendNormAxes(dst []int, op string, axes []int, ndim int) []int {
	seen := uint64(0)
	for _, ax := range axes {
		a := normAxis(op, ax, ndim)
		if seen&(1<<a) != 0 {
			panic(&AxisError{Op: op, Axis: ax, Ndim: ndim, Msg: "repeated axis"})
		}
		seen |= 1 << a
		dst = append(dst, a)
	}
	return dst
}
