package ndarray

// Signed is the set of signed integer element types.
type Signed interface {
	int8 | int16 | int32 | int64 | int
}

// Unsigned is the set of unsigned integer element types.
type Unsigned interface {
	uint8 | uint16 | uint32 | uint64
}

// Integer is the set of integer element types.
type Integer interface {
	Signed | Unsigned
}

// Float is the set of floating-point element types.
type Float interface {
	float32 | float64
}

// Complex is the set of complex element types.
type Complex interface {
	complex64 | complex128
}

// Real is the set of ordered numeric element types: integers and floats.
type Real interface {
	Integer | Float
}

// Number is the set of numeric element types.
type Number interface {
	Real | Complex
}

// Dtype is the set of every element type an Array can hold.
type Dtype interface {
	bool | Number
}

// Type names an element type at run time. Its String method gives the name
// NumPy prints for the dtype ("float64", "int32", "bool", ...).
type Type uint8

// The element types, in NumPy's order.
const (
	Bool Type = iota
	Int8
	Int16
	Int32
	Int64
	Int
	Uint8
	Uint16
	Uint32
	Uint64
	Float32
	Float64
	Complex64
	Complex128
)

var typeNames = [...]string{
	Bool: "bool", Int8: "int8", Int16: "int16", Int32: "int32", Int64: "int64",
	// Go's int is 64 bits on every platform numgo supports, as NumPy's default
	// integer (intp) is; NumPy prints it as int64.
	Int:    "int64",
	Uint8:  "uint8",
	Uint16: "uint16", Uint32: "uint32", Uint64: "uint64",
	Float32: "float32", Float64: "float64", Complex64: "complex64", Complex128: "complex128",
}

var typeSizes = [...]int{
	Bool: 1, Int8: 1, Int16: 2, Int32: 4, Int64: 8, Int: 8,
	Uint8: 1, Uint16: 2, Uint32: 4, Uint64: 8,
	Float32: 4, Float64: 8, Complex64: 8, Complex128: 16,
}

var goTypeNames = [...]string{
	Bool: "bool", Int8: "int8", Int16: "int16", Int32: "int32", Int64: "int64", Int: "int",
	Uint8: "uint8", Uint16: "uint16", Uint32: "uint32", Uint64: "uint64",
	Float32: "float32", Float64: "float64", Complex64: "complex64", Complex128: "complex128",
}

// String returns NumPy's name of the dtype.
func (t Type) String() string {
	if int(t) < len(typeNames) {
		return typeNames[t]
	}
	return "invalid"
}

// GoName returns the name of the Go element type ("int" for Int, where
// String gives NumPy's "int64").
func (t Type) GoName() string {
	if int(t) < len(goTypeNames) {
		return goTypeNames[t]
	}
	return "invalid"
}

// Size returns the size of one element in bytes (NumPy's itemsize).
func (t Type) Size() int { return typeSizes[t] }

// IsComplex reports whether t is a complex type.
func (t Type) IsComplex() bool { return t == Complex64 || t == Complex128 }

// IsFloat reports whether t is a floating-point type.
func (t Type) IsFloat() bool { return t == Float32 || t == Float64 }

// IsInteger reports whether t is an integer type.
func (t Type) IsInteger() bool { return t >= Int8 && t <= Uint64 }

// IsUnsigned reports whether t is an unsigned integer type.
func (t Type) IsUnsigned() bool { return t >= Uint8 && t <= Uint64 }

// TypeOf returns the Type of the element type T.
func TypeOf[T Dtype]() Type {
	var z T
	switch any(z).(type) {
	case bool:
		return Bool
	case int8:
		return Int8
	case int16:
		return Int16
	case int32:
		return Int32
	case int64:
		return Int64
	case int:
		return Int
	case uint8:
		return Uint8
	case uint16:
		return Uint16
	case uint32:
		return Uint32
	case uint64:
		return Uint64
	case float32:
		return Float32
	case float64:
		return Float64
	case complex64:
		return Complex64
	default:
		return Complex128
	}
}
