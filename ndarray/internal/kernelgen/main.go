// Command kernelgen writes ndarray's element-wise kernels (kernels_gen.go).
//
// NumPy declares its ufuncs in one table and generates a typed inner loop
// per dtype; kernelgen does the same for Go. Each ufunc below lists, per
// family of element types, the expression for one element (x, and y for
// binary ufuncs). Every kernel gets a unit-stride loop, loops for a scalar
// (stride 0) operand and a general strided loop, so the compiler sees a
// plain loop with the expression inlined and no call per element.
//
// Run it with go generate in ndarray.
package main

import (
	"bytes"
	"fmt"
	"go/format"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/template"
)

// A family is a set of element types sharing one kernel expression.
type family struct {
	constraint string   // the type constraint of the kernel's T
	types      []string // the Go types it covers, for the ufunc's table
}

var families = map[string]family{
	"Bool":     {"bool", []string{"bool"}},
	"Signed":   {"Signed", []string{"int8", "int16", "int32", "int64", "int"}},
	"Unsigned": {"Unsigned", []string{"uint8", "uint16", "uint32", "uint64"}},
	"Integer":  {"Integer", []string{"int8", "int16", "int32", "int64", "int", "uint8", "uint16", "uint32", "uint64"}},
	"Float":    {"Float", []string{"float32", "float64"}},
	"Complex":  {"Complex", []string{"complex64", "complex128"}},
	// One complex type, where NumPy computes complex64 in single precision
	// with roundings of its own (internal/cmath's ...f functions).
	"Complex64":  {"complex64", []string{"complex64"}},
	"Complex128": {"complex128", []string{"complex128"}},
	"Real":       {"Real", []string{"int8", "int16", "int32", "int64", "int", "uint8", "uint16", "uint32", "uint64", "float32", "float64"}},
	"Number":     {"Number", []string{"int8", "int16", "int32", "int64", "int", "uint8", "uint16", "uint32", "uint64", "float32", "float64", "complex64", "complex128"}},
	"Dtype":      {"Dtype", []string{"bool", "int8", "int16", "int32", "int64", "int", "uint8", "uint16", "uint32", "uint64", "float32", "float64", "complex64", "complex128"}},
}

// A ufunc is one row of the table.
type ufunc struct {
	Name   string   // NumPy's name, e.g. "floor_divide"
	GoName string   // the exported Go name, e.g. "FloorDivide"
	Cons   string   // the constraint of the exported function's T
	Binary bool     // two operands, else one
	Result string   // the result's element type whatever T is ("bool"), or "" for T
	Method bool     // also a method of Array, for chaining
	Doc    string   // what the ufunc computes, completing "X returns ..."
	exprs  []string // alternating family name and expression of x (and y)
}

var ufuncs = []ufunc{
	{"add", "Add", "Dtype", true, "", true, "the element-wise sum of a and b. For bool arrays it is logical or",
		[]string{"Bool", "x || y", "Number", "x + y"}},
	{"subtract", "Sub", "Number", true, "", true, "the element-wise difference a - b", []string{"Number", "x - y"}},
	{"multiply", "Mul", "Dtype", true, "", true, "the element-wise product of a and b. For bool arrays it is logical and",
		[]string{"Bool", "x && y", "Real", "x * y",
			"Complex128", "T(cmath.Mul(complex128(x), complex128(y)))", "Complex64", "T(cmath.Mulf(complex64(x), complex64(y)))"}},
	{"divide", "Div", "Float | Complex", true, "", true,
		"the element-wise quotient a / b (NumPy's true division; convert integers with Convert first)",
		[]string{"Float", "x / y",
			"Complex128", "T(cmath.Div(complex128(x), complex128(y)))", "Complex64", "T(cmath.Divf(complex64(x), complex64(y)))"}},
	{"floor_divide", "FloorDivide", "Real", true, "", false,
		"the element-wise floor of a / b. Integer division by zero gives 0, as in NumPy",
		[]string{"Integer", "floorDivInt(x, y)", "Float", "floorDivFloat(x, y)"}},
	{"remainder", "Remainder", "Real", true, "", false,
		"the element-wise remainder of floor division, with the sign of the divisor as Python's % (unlike math.Remainder and Go's %). Integer remainder by zero gives 0",
		[]string{"Integer", "remInt(x, y)", "Float", "remFloat(x, y)"}},
	{"fmod", "Fmod", "Real", true, "", false,
		"the element-wise remainder of truncated division, with the sign of the dividend as C's fmod (Go's % and math.Mod; unlike Remainder). Integer fmod by zero gives 0, as NumPy's; float results are exact, so float32 ones are fmodf's",
		[]string{"Integer", "intFmod(x, y)", "Float", "floatFmod(x, y)"}},
	{"power", "Pow", "Number", true, "", true,
		"a raised to the power b, element-wise. Integer powers wrap around; a negative integer exponent panics with a *ValueError, as NumPy raises",
		[]string{"Integer", "powInt(x, y)", "Float", "T(libm.Pow(float64(x), float64(y)))",
			"Complex128", "T(cmath.Pow(complex128(x), complex128(y)))", "Complex64", "T(cmath.Powf(complex64(x), complex64(y)))"}},
	{"maximum", "Maximum", "Real | bool", true, "", false,
		"the element-wise maximum of a and b; a NaN in either gives NaN", []string{"Bool", "x || y", "Integer", "max(x, y)", "Float", "maximum(x, y)"}},
	{"minimum", "Minimum", "Real | bool", true, "", false,
		"the element-wise minimum of a and b; a NaN in either gives NaN", []string{"Bool", "x && y", "Integer", "min(x, y)", "Float", "minimum(x, y)"}},
	{"fmax", "FMax", "Real | bool", true, "", false,
		"the element-wise maximum of a and b, ignoring a NaN unless both are NaN", []string{"Bool", "x || y", "Integer", "max(x, y)", "Float", "fmax(x, y)"}},
	{"fmin", "FMin", "Real | bool", true, "", false,
		"the element-wise minimum of a and b, ignoring a NaN unless both are NaN", []string{"Bool", "x && y", "Integer", "min(x, y)", "Float", "fmin(x, y)"}},
	{"hypot", "Hypot", "Float", true, "", false, "sqrt(a*a + b*b) element-wise, without undue overflow",
		[]string{"Float", "T(math.Hypot(float64(x), float64(y)))"}},
	{"arctan2", "Arctan2", "Float", true, "", false, "the element-wise arc tangent of a/b in radians, using the signs of both to pick the quadrant",
		[]string{"Float", "T(libm.Atan2(float64(x), float64(y)))"}},
	{"copysign", "Copysign", "Float", true, "", false, "the magnitude of a with the sign of b, element-wise",
		[]string{"Float", "T(math.Copysign(float64(x), float64(y)))"}},
	{"logaddexp", "Logaddexp", "Float", true, "", false,
		"log(exp(a) + exp(b)) element-wise without overflow, as NumPy's npy_logaddexp computes it in T: a + log(2) where a == b, else the larger plus log1p(exp(-|a-b|))",
		[]string{"Float", "logaddexp(x, y)"}},
	{"logaddexp2", "Logaddexp2", "Float", true, "", false,
		"log2(2**a + 2**b) element-wise without overflow, as NumPy's npy_logaddexp2 computes it in T: a + 1 where a == b, else the larger plus log2(1 + 2**-|a-b|)",
		[]string{"Float", "logaddexp2(x, y)"}},
	{"heaviside", "Heaviside", "Float", true, "", false,
		"the Heaviside step function of a element-wise: 0 where a < 0, b where a == 0, 1 where a > 0 and NaN where a is NaN",
		[]string{"Float", "heaviside(x, y)"}},
	{"nextafter", "Nextafter", "Float", true, "", false,
		"the next number of T after a toward b, element-wise, in T's own precision (float32 steps by float32's spacing); b where a == b, as C's nextafter (Go's math.Nextafter returns a)",
		[]string{"Float", "nextafter(x, y)"}},
	{"float_power", "FloatPower", "Real", true, "float64", false,
		"a raised to the power b element-wise in float64 whatever T is, as numpy.float_power computes: integers do not wrap around and a negative integer exponent is no error, unlike Pow; a negative base with a non-integer exponent gives NaN. For complex numbers use Pow of complex128 arrays",
		[]string{"Real", "libm.Pow(float64(x), float64(y))"}},
	{"bitwise_and", "BitwiseAnd", "Integer | bool", true, "", false, "the element-wise bitwise and of a and b",
		[]string{"Bool", "x && y", "Integer", "x & y"}},
	{"bitwise_or", "BitwiseOr", "Integer | bool", true, "", false, "the element-wise bitwise or of a and b",
		[]string{"Bool", "x || y", "Integer", "x | y"}},
	{"bitwise_xor", "BitwiseXor", "Integer | bool", true, "", false, "the element-wise bitwise exclusive or of a and b",
		[]string{"Bool", "x != y", "Integer", "x ^ y"}},
	{"left_shift", "LeftShift", "Integer", true, "", false,
		"a shifted left by b bits, element-wise; shifts by a negative count or by the width or more give 0",
		[]string{"Integer", "shiftLeft(x, y)"}},
	{"right_shift", "RightShift", "Integer", true, "", false,
		"a shifted right by b bits (arithmetic for signed types), element-wise; shifts by a negative count or by the width or more give 0, or -1 for negative a",
		[]string{"Integer", "shiftRight(x, y)"}},
	{"gcd", "Gcd", "Integer", true, "", false,
		"the element-wise greatest common divisor of |a| and |b|, 0 for two zeros; as NumPy's, the magnitude of the most negative integer wraps around (int8: Gcd(-128, 0) is -128)",
		[]string{"Integer", "T(gcd(magnitude(x), magnitude(y)))"}},
	{"lcm", "Lcm", "Integer", true, "", false,
		"the element-wise least common multiple of |a| and |b|, 0 where either is 0; it wraps around where it overflows T, as NumPy's",
		[]string{"Integer", "T(lcm(magnitude(x), magnitude(y)))"}},

	{"equal", "Equal", "Dtype", true, "bool", false, "a == b element-wise", []string{"Dtype", "x == y"}},
	{"not_equal", "NotEqual", "Dtype", true, "bool", false, "a != b element-wise", []string{"Dtype", "x != y"}},
	{"less", "Less", "Real | bool", true, "bool", false, "a < b element-wise", []string{"Bool", "!x && y", "Real", "x < y"}},
	{"less_equal", "LessEqual", "Real | bool", true, "bool", false, "a <= b element-wise", []string{"Bool", "!x || y", "Real", "x <= y"}},
	{"greater", "Greater", "Real | bool", true, "bool", false, "a > b element-wise", []string{"Bool", "x && !y", "Real", "x > y"}},
	{"greater_equal", "GreaterEqual", "Real | bool", true, "bool", false, "a >= b element-wise", []string{"Bool", "x || !y", "Real", "x >= y"}},
	{"logical_and", "LogicalAnd", "Dtype", true, "bool", false, "the truth of a and b element-wise (non-zero is true)",
		[]string{"Bool", "x && y", "Number", "x != 0 && y != 0"}},
	{"logical_or", "LogicalOr", "Dtype", true, "bool", false, "the truth of a or b element-wise (non-zero is true)",
		[]string{"Bool", "x || y", "Number", "x != 0 || y != 0"}},
	{"logical_xor", "LogicalXor", "Dtype", true, "bool", false, "the truth of a xor b element-wise (non-zero is true)",
		[]string{"Bool", "x != y", "Number", "(x != 0) != (y != 0)"}},

	{"negative", "Negative", "Number", false, "", false, "-a element-wise; integers wrap around", []string{"Number", "-x"}},
	{"positive", "Positive", "Number", false, "", false, "+a element-wise, a copy of a", []string{"Number", "x"}},
	{"absolute", "Abs", "Real | bool", false, "", false, "the element-wise absolute value; the most negative integer stays negative, as in NumPy",
		[]string{"Bool", "x", "Signed", "absInt(x)", "Unsigned", "x", "Float", "T(math.Abs(float64(x)))"}},
	{"sign", "Sign", "Real | Complex", false, "", false,
		"-1, 0 or 1 by the sign of each element (NaN for NaN); for complex numbers, as NumPy 1.x, the sign of the real part, or of the imaginary part when the real part is 0, with a zero imaginary part",
		[]string{"Real", "sign(x)", "Complex", "T(cmath.Sign(complex128(x)))"}},
	{"square", "Square", "Number", false, "", false, "a*a element-wise", []string{"Real", "x * x",
		"Complex128", "T(cmath.Mul(complex128(x), complex128(x)))", "Complex64", "T(cmath.Mulf(complex64(x), complex64(x)))"}},
	{"reciprocal", "Reciprocal", "Number", false, "", false, "1/a element-wise (integer division for integers, with 1/0 giving 0 as in NumPy)",
		[]string{"Integer", "recipInt(x)", "Float", "1 / x", "Complex128", "T(cmath.Recip(complex128(x)))", "Complex64", "T(cmath.Recipf(complex64(x)))"}},
	{"conjugate", "Conj", "Number", false, "", false, "the complex conjugate element-wise (a copy of a for real types)",
		[]string{"Real", "x", "Complex", "T(cmplx.Conj(complex128(x)))"}},
	{"invert", "Invert", "Integer | bool", false, "", false, "the element-wise bitwise not (logical not for bool), numpy.invert and numpy.bitwise_not",
		[]string{"Bool", "!x", "Integer", "^x"}},
	{"floor", "Floor", "Float", false, "", false, "the element-wise floor", []string{"Float", "T(math.Floor(float64(x)))"}},
	{"ceil", "Ceil", "Float", false, "", false, "the element-wise ceiling", []string{"Float", "T(math.Ceil(float64(x)))"}},
	{"trunc", "Trunc", "Float", false, "", false, "the element-wise integer part, rounding toward zero", []string{"Float", "T(math.Trunc(float64(x)))"}},
	{"rint", "Rint", "Float", false, "", false, "each element rounded to the nearest integer, half to even", []string{"Float", "T(math.RoundToEven(float64(x)))"}},
	{"deg2rad", "Deg2Rad", "Float", false, "", false, "degrees converted to radians element-wise", []string{"Float", "x * T(math.Pi/180)"}},
	{"rad2deg", "Rad2Deg", "Float", false, "", false, "radians converted to degrees element-wise", []string{"Float", "x * rad2degScale[T]()"}},
	{"cbrt", "Cbrt", "Float", false, "", false, "the element-wise cube root", []string{"Float", "T(math.Cbrt(float64(x)))"}},
	{"expm1", "Expm1", "Float | Complex", false, "", false, "exp(a)-1 element-wise, accurate near 0",
		[]string{"Float", "T(math.Expm1(float64(x)))", "Complex128", "T(cmath.Expm1(complex128(x)))", "Complex64", "T(cmath.Expm1f(complex64(x)))"}},
	{"exp2", "Exp2", "Float | Complex", false, "", false, "2**a element-wise",
		[]string{"Float", "T(math.Exp2(float64(x)))", "Complex128", "T(cmath.Exp2(complex128(x)))", "Complex64", "T(cmath.Exp2f(complex64(x)))"}},
	{"log2", "Log2", "Float | Complex", false, "", false, "the element-wise base-2 logarithm",
		[]string{"Float", "T(libm.Log2(float64(x)))", "Complex", "T(cmath.Log2(complex128(x)))"}},
	{"log1p", "Log1p", "Float | Complex", false, "", false, "log(1+a) element-wise, accurate near 0",
		[]string{"Float", "T(math.Log1p(float64(x)))", "Complex128", "T(cmath.Log1p(complex128(x)))", "Complex64", "T(cmath.Log1pf(complex64(x)))"}},
	{"spacing", "Spacing", "Float", false, "", false,
		"the distance from each element to the next number of T away from zero (its ulp, negative for negative elements; for ±0 the smallest subnormal), in T's precision; NaN for infinities and NaN",
		[]string{"Float", "spacing(x)"}},
	{"sinc", "Sinc", "Float | Complex", false, "", false,
		"the normalized sinc function sin(πa)/(πa) element-wise, 1 at 0, computed as numpy.sinc does: sin(y)/y with y = π·a in T, a = 0 taken as 1e-20",
		[]string{"Float", "sinc(x)", "Complex", "csinc(x)"}},
	{"isnan", "IsNaN", "Dtype", false, "bool", false, "whether each element is NaN (a complex number with a NaN part)",
		[]string{"Bool", "false", "Integer", "false", "Float", "x != x", "Complex", "isNaNComplex(x)"}},
	{"isinf", "IsInf", "Dtype", false, "bool", false, "whether each element is infinite (a complex number with an infinite part)",
		[]string{"Bool", "false", "Integer", "false", "Float", "math.IsInf(float64(x), 0)", "Complex", "cmplx.IsInf(complex128(x))"}},
	{"isfinite", "IsFinite", "Dtype", false, "bool", false, "whether each element is neither infinite nor NaN",
		[]string{"Bool", "true", "Integer", "true", "Float", "isFinite(x)", "Complex", "isFinite(real(complex128(x))) && isFinite(imag(complex128(x)))"}},
	{"signbit", "Signbit", "Real | bool", false, "bool", false, "whether the sign bit of each element is set (true for -0.0 too; for integers, a < 0)",
		[]string{"Bool", "false", "Signed", "x < 0", "Unsigned", "false", "Float", "math.Signbit(float64(x))"}},
	{"isposinf", "IsPosInf", "Real | bool", false, "bool", false, "whether each element is +Inf",
		[]string{"Bool", "false", "Integer", "false", "Float", "math.IsInf(float64(x), 1)"}},
	{"isneginf", "IsNegInf", "Real | bool", false, "bool", false, "whether each element is -Inf",
		[]string{"Bool", "false", "Integer", "false", "Float", "math.IsInf(float64(x), -1)"}},
	{"logical_not", "LogicalNot", "Dtype", false, "bool", false, "whether each element is false or zero",
		[]string{"Bool", "!x", "Number", "x == 0"}},
}

// A reduction combines an accumulator acc with each element x; its
// kernel folds a run into one accumulator (stride 0 destination) or
// combines two runs element by element.
type reduction struct {
	name  string   // table name: <name>ReduceKernels
	acc   string   // the accumulator's type when it is not T ("bool", "int")
	exprs []string // alternating family name and expression of acc and x
}

var reductions = []reduction{
	// An expression "@name" stands for a hand-written kernel: sums use
	// pairwise summation, which is not a fold of one expression.
	{"sum", "", []string{"Number", "@sumKernel"}},
	{"nanSum", "", []string{"Number", "@nanSumKernel"}},
	{"sumFloat64", "float64", []string{"Real", "@sumFloat64Kernel"}}, // MeanFloat64's sums
	{"max", "", []string{"Bool", "acc || x", "Integer", "max(acc, x)", "Float", "foldMax(acc, x)"}},
	{"min", "", []string{"Bool", "acc && x", "Integer", "min(acc, x)", "Float", "foldMin(acc, x)"}},
	{"nanMax", "", []string{"Integer", "max(acc, x)", "Float", "nanMax(acc, x)"}},
	{"nanMin", "", []string{"Integer", "min(acc, x)", "Float", "nanMin(acc, x)"}},
	// Complex products are NumPy's, in the parts' precision (cmath.Mul).
	{"prod", "", []string{"Real", "acc * x",
		"Complex128", "T(cmath.Mul(complex128(acc), complex128(x)))", "Complex64", "T(cmath.Mulf(complex64(acc), complex64(x)))"}},
	{"nanProd", "", []string{"Integer", "acc * x", "Float", "nanProd(acc, x, mulReal)",
		"Complex128", "T(nanProd(complex128(acc), complex128(x), cmath.Mul))",
		"Complex64", "T(nanProd(complex64(acc), complex64(x), cmath.Mulf))"}},
	{"all", "bool", []string{"Bool", "acc && x", "Number", "acc && x != 0"}},
	{"any", "bool", []string{"Bool", "acc || x", "Number", "acc || x != 0"}},
	{"countNonzero", "int", []string{"Bool", "acc + b2i(x)", "Number", "acc + b2i(x != 0)"}},
	{"countNonNaN", "", []string{"Float", "acc + T(b2i(x == x))", "Complex", "acc + T(complex(float64(b2i(!isNaNComplex(x))), 0))"}},
}

// The functions of Go's math that are ufuncs, for Float and, with
// complex, for Complex too through numgo's internal/cmath (C99's Annex G
// functions, as NumPy's, where math/cmplx's differ at extreme arguments).
var mathUnary = []struct {
	name, goName, mathName, doc string
	complex                     bool
}{
	{"exp", "Exp", "Exp", "e raised to each element", true},
	{"log", "Log", "Log", "the natural logarithm of each element", true},
	{"log10", "Log10", "Log10", "the base-10 logarithm of each element", true},
	{"sqrt", "Sqrt", "Sqrt", "the non-negative square root of each element", true},
	{"sin", "Sin", "Sin", "the sine of each element", true},
	{"cos", "Cos", "Cos", "the cosine of each element", true},
	{"tan", "Tan", "Tan", "the tangent of each element", true},
	{"arcsin", "Arcsin", "Asin", "the inverse sine of each element", true},
	{"arccos", "Arccos", "Acos", "the inverse cosine of each element", true},
	{"arctan", "Arctan", "Atan", "the inverse tangent of each element", true},
	{"sinh", "Sinh", "sinh", "the hyperbolic sine of each element", true},
	{"cosh", "Cosh", "cosh", "the hyperbolic cosine of each element", true},
	{"tanh", "Tanh", "Tanh", "the hyperbolic tangent of each element", true},
	{"arcsinh", "Arcsinh", "Asinh", "the inverse hyperbolic sine of each element", true},
	{"arccosh", "Arccosh", "Acosh", "the inverse hyperbolic cosine of each element", true},
	{"arctanh", "Arctanh", "Atanh", "the inverse hyperbolic tangent of each element", true},
}

// libm names the functions of package math that internal/libm replaces
// (Go's amd64 Exp overflows early, its Log is wrong for subnormals, its
// Sin, Cos and Tan lose digits next to multiples of π/2 and for large
// arguments).
var libm = map[string]bool{"Exp": true, "Log": true, "Log10": true, "Asin": true, "Acos": true,
	"Sin": true, "Cos": true, "Tan": true}

// simd maps the ufuncs that internal/vmath runs with SIMD (SLEEF under
// cgo) to its Func names; their float kernels hand contiguous runs to it.
// sinh, cosh, arcsinh, arccosh and log1p stay on Go's math: SLEEF's
// overflow early (sinh(710), asinh(1e200), float32 log1p(3e38) give inf
// where NumPy's are finite).
var simd = map[string]string{
	"exp": "Exp", "log": "Log", "log10": "Log10", "log2": "Log2", "exp2": "Exp2", "expm1": "Expm1",
	"sin": "Sin", "cos": "Cos", "tan": "Tan", "arcsin": "Asin", "arccos": "Acos",
	"arctan": "Atan", "tanh": "Tanh", "arctanh": "Atanh", "cbrt": "Cbrt", "sqrt": "Sqrt",
}

// simdBinary maps the arithmetic ufuncs and maximum, minimum, fmax and fmin
// to internal/vmath's Op names: their
// float kernels hand contiguous runs (and runs against a scalar) to it.
var simdBinary = map[string]string{"add": "Add", "subtract": "Sub", "multiply": "Mul", "divide": "Div", "power": "Pow",
	"maximum": "Maximum", "minimum": "Minimum", "fmax": "FMax", "fmin": "FMin"}

// simdCompare maps the comparisons to internal/vmath's Cmp names: their
// kernels for real types hand float runs to it.
var simdCompare = map[string]string{"equal": "Equal", "not_equal": "NotEqual", "less": "Less",
	"less_equal": "LessEqual", "greater": "Greater", "greater_equal": "GreaterEqual"}

// foldRuns names the hand-written functions that fold a contiguous float
// run into one accumulator for the reductions that have one.
var foldRuns = map[string]string{"max": "maxRun", "min": "minRun"}

func main() {
	for _, m := range mathUnary {
		// A lower-case name is numgo's own helper rather than package math's;
		// internal/libm's functions replace math's where they differ from C's.
		fn := "math." + m.mathName
		switch {
		case m.mathName[0] >= 'a':
			fn = m.mathName
		case libm[m.mathName]:
			fn = "libm." + m.mathName
		}
		exprs := []string{"Float", fmt.Sprintf("T(%s(float64(x)))", fn)}
		cons := "Float"
		if m.complex {
			exprs = append(exprs, "Complex", fmt.Sprintf("T(cmath.%s(complex128(x)))", strings.ToUpper(m.mathName[:1])+m.mathName[1:]))
			cons = "Float | Complex"
		}
		ufuncs = append(ufuncs, ufunc{m.name, m.goName, cons, false, "", false, m.doc, exprs})
	}
	var b bytes.Buffer
	b.WriteString(`// Code generated by go run ./internal/kernelgen; DO NOT EDIT.

package ndarray

import (
	"math"
	"math/cmplx"

	"github.com/numgo/numgo/internal/cmath"
	"github.com/numgo/numgo/internal/libm"
	"github.com/numgo/numgo/internal/vmath"
)

`)
	var vecBinary, vecUnary, vecCompare []string // the entries of binaryVec, unaryVec, compareVec
	for _, u := range ufuncs {
		table := lowerCamel(u.Name) + "Kernels"
		var entries []string
		for i := 0; i < len(u.exprs); i += 2 {
			fam, expr := families[u.exprs[i]], u.exprs[i+1]
			kname := lowerCamel(u.Name) + u.exprs[i]
			// Bool kernels are not generic: a T constrained by bool is not
			// itself bool, so !x would not be assignable to a []bool.
			elem, tparams, inst := "T", "[T "+fam.constraint+"]", "[%s]"
			if u.exprs[i] == "Bool" {
				elem, tparams, inst = "bool", "", ""
			}
			vec, cmp := "", ""
			switch {
			case u.Binary && simdBinary[u.Name] != "" && slices.Contains([]string{"Float", "Number", "Real"}, u.exprs[i]):
				// multiply's Real kernel serves floats and integers alike;
				// vmath takes the float runs and declines the others.
				vec = simdBinary[u.Name]
			case u.exprs[i] == "Float":
				vec = simd[u.Name]
			case u.exprs[i] == "Real" || u.exprs[i] == "Dtype":
				cmp = simdCompare[u.Name]
			}
			switch {
			case cmp != "":
				vecCompare = append(vecCompare, fmt.Sprintf("&%s: vmath.%s,", table, cmp))
			case vec != "" && u.Binary:
				vecBinary = append(vecBinary, fmt.Sprintf("&%s: vmath.%s,", table, vec))
			case vec != "":
				vecUnary = append(vecUnary, fmt.Sprintf("&%s: vmath.%s,", table, vec))
			}
			execute(&b, kernelTmpl, map[string]any{
				"Name": kname, "TParams": tparams, "T": elem, "Expr": expr, "Binary": u.Binary,
				"Result": result(u, elem), "UsesX": strings.Contains(expr, "x"), "Vec": vec, "Cmp": cmp,
			})
			kind := map[bool]string{true: "binaryKernel", false: "unaryKernel"}[u.Binary]
			for _, t := range fam.types {
				entries = append(entries, fmt.Sprintf("%s: %s[%s, %s](%s%s),", typeConst(t), kind, t, result(u, t), kname,
					strings.ReplaceAll(inst, "%s", t)))
			}
		}
		fmt.Fprintf(&b, "\nvar %s = [numTypes]any{\n%s\n}\n", table, strings.Join(entries, "\n"))
		execute(&b, apiTmpl, map[string]any{
			"U": u, "Table": table, "R": result(u, "T"),
		})
	}
	fmt.Fprintf(&b, `
// binaryVec maps the kernel tables of the binary ufuncs whose float
// kernels run vmath's on contiguous runs to the vmath operation, which
// binaryTo calls itself over stacks of runs and to stream a result
// (stream.go).
var binaryVec = map[*[numTypes]any]vmath.Op{
%s
}

// unaryVec is binaryVec for the unary ufuncs, vmath's functions, and
// unaryTo.
var unaryVec = map[*[numTypes]any]vmath.Func{
%s
}

// compareVec is binaryVec for the comparisons, vmath's Cmp.
var compareVec = map[*[numTypes]any]vmath.Cmp{
%s
}
`, strings.Join(vecBinary, "\n"), strings.Join(vecUnary, "\n"), strings.Join(vecCompare, "\n"))
	for _, r := range reductions {
		var entries []string
		for i := 0; i < len(r.exprs); i += 2 {
			fam, expr := families[r.exprs[i]], r.exprs[i+1]
			kname := r.name + "Reduce" + r.exprs[i]
			elem, tparams, inst := "T", "[T "+fam.constraint+"]", "[%s]"
			if r.exprs[i] == "Bool" {
				elem, tparams, inst = "bool", "", ""
			}
			acc := elem
			if r.acc != "" {
				acc = r.acc
			}
			if name, ok := strings.CutPrefix(expr, "@"); ok {
				kname = name
			} else {
				run := ""
				if r.exprs[i] == "Float" {
					run = foldRuns[r.name]
				}
				execute(&b, reduceTmpl, map[string]any{"Name": kname, "TParams": tparams, "T": elem, "R": acc, "Expr": expr, "Run": run})
			}
			for _, t := range fam.types {
				rt := t
				if r.acc != "" {
					rt = r.acc
				}
				entries = append(entries, fmt.Sprintf("%s: reduceKernel[%s, %s](%s%s),", typeConst(t), t, rt, kname,
					strings.ReplaceAll(inst, "%s", t)))
			}
		}
		fmt.Fprintf(&b, "\nvar %sReduceKernels = [numTypes]any{\n%s\n}\n", r.name, strings.Join(entries, "\n"))
	}

	dir := "."
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	write(filepath.Join(dir, "kernels_gen.go"), b.Bytes())

	// The tests look the kernel tables up by NumPy's name to run the
	// golden cases of every ufunc.
	b.Reset()
	b.WriteString("// Code generated by go run ./internal/kernelgen; DO NOT EDIT.\n\npackage ndarray\n\n")
	b.WriteString("var ufuncTables = map[string]*[numTypes]any{\n")
	for _, u := range ufuncs {
		fmt.Fprintf(&b, "%q: &%sKernels,\n", u.Name, lowerCamel(u.Name))
	}
	b.WriteString("}\n")
	write(filepath.Join(dir, "kernels_gen_test.go"), b.Bytes())
}

func write(name string, code []byte) {
	src, err := format.Source(code)
	if err != nil {
		os.Stdout.Write(code)
		log.Fatal(err)
	}
	if err := os.WriteFile(name, src, 0o644); err != nil {
		log.Fatal(err)
	}
}

func execute(b *bytes.Buffer, t *template.Template, data any) {
	if err := t.Execute(b, data); err != nil {
		log.Fatal(err)
	}
}

// result returns the element type of u's result for operands of type t.
func result(u ufunc, t string) string {
	if u.Result != "" {
		return u.Result
	}
	return t
}

var apiTmpl = template.Must(template.New("api").Parse(`
{{- $u := .U}}
{{if $u.Binary}}
// {{$u.GoName}} returns {{$u.Doc}}.
// It corresponds to numpy.{{$u.Name}}; a and b are broadcast together.
// {{$u.GoName}} panics with a *ShapeError if their shapes do not broadcast.
func {{$u.GoName}}[T {{$u.Cons}}](a, b *Array[T]) *Array[{{.R}}] {
	return binaryTo[T, {{.R}}]("{{$u.GoName}}", &{{.Table}}, nil, a, b)
}

// {{$u.GoName}}To stores {{$u.GoName}}(a, b) in dst and returns dst, without
// allocating; dst may be a or b. It panics with a *ShapeError if dst's shape
// is not the broadcast shape of a and b.
func {{$u.GoName}}To[T {{$u.Cons}}](dst *Array[{{.R}}], a, b *Array[T]) *Array[{{.R}}] {
	return binaryTo("{{$u.GoName}}", &{{.Table}}, dst, a, b)
}
{{if $u.Method}}
// {{$u.GoName}} returns {{$u.GoName}}(a, b), for chaining. It panics with a
// *ValueError if T has no {{$u.Name}} (as NumPy raises a TypeError).
func (a *Array[T]) {{$u.GoName}}(b *Array[T]) *Array[T] {
	return binaryTo[T, T]("{{$u.GoName}}", &{{.Table}}, nil, a, b)
}
{{end}}
{{else}}
// {{$u.GoName}} returns {{$u.Doc}}.
// It corresponds to numpy.{{$u.Name}}.
func {{$u.GoName}}[T {{$u.Cons}}](a *Array[T]) *Array[{{.R}}] {
	return unaryTo[T, {{.R}}]("{{$u.GoName}}", &{{.Table}}, nil, a)
}

// {{$u.GoName}}To stores {{$u.GoName}}(a) in dst and returns dst, without
// allocating; dst may be a, and a is broadcast to dst's shape. It panics
// with a *ShapeError if a does not broadcast to dst's shape.
func {{$u.GoName}}To[T {{$u.Cons}}](dst *Array[{{.R}}], a *Array[T]) *Array[{{.R}}] {
	return unaryTo("{{$u.GoName}}", &{{.Table}}, dst, a)
}
{{end}}`))

var kernelTmpl = template.Must(template.New("k").Parse(`
{{if .Binary}}
func {{.Name}}{{.TParams}}(d []{{.Result}}, di, ds int, a []{{.T}}, ai, as int, b []{{.T}}, bi, bs int, n int) {
	{{- if .Vec}}
	if ds == 1 && n >= vmath.BinaryMinLen(vmath.{{.Vec}}) && -1 <= min(as, bs) && max(as, bs) <= 1 &&
		vmath.Binary(vmath.{{.Vec}}, d[di:di+n], vmath.RunOf(a, ai, as, n), as, vmath.RunOf(b, bi, bs, n), bs) {
		return
	}
	{{- else if .Cmp}}
	if ds == 1 && n >= vmath.MinLenCheap && -1 <= min(as, bs) && max(as, bs) <= 1 &&
		vmath.Compare(vmath.{{.Cmp}}, d[di:di+n], vmath.RunOf(a, ai, as, n), as, vmath.RunOf(b, bi, bs, n), bs) {
		return
	}
	{{- end}}
	switch {
	case ds == 1 && as == 1 && bs == 1:
		d, a, b := d[di:di+n], a[ai:ai+n], b[bi:bi+n]
		a, b = a[:len(d)], b[:len(d)]
		for i := range d {
			x, y := a[i], b[i]
			d[i] = {{.Expr}}
		}
	case ds == 1 && as == 1 && bs == 0:
		d, a, y := d[di:di+n], a[ai:ai+n], b[bi]
		a = a[:len(d)]
		for i := range d {
			x := a[i]
			d[i] = {{.Expr}}
		}
	case ds == 1 && as == 0 && bs == 1:
		d, x, b := d[di:di+n], a[ai], b[bi:bi+n]
		b = b[:len(d)]
		for i := range d {
			y := b[i]
			d[i] = {{.Expr}}
		}
	default:
		for ; n > 0; n-- {
			x, y := a[ai], b[bi]
			d[di] = {{.Expr}}
			di, ai, bi = di+ds, ai+as, bi+bs
		}
	}
}
{{else}}
func {{.Name}}{{.TParams}}(d []{{.Result}}, di, ds int, a []{{.T}}, ai, as int, n int) {
	if ds == 1 && as == 1 {
		d, a := d[di:di+n], a[ai:ai+n]
		{{- if .Vec}}
		if n >= vmath.MinLen && vmath.Apply(vmath.{{.Vec}}, d, a) {
			return
		}
		{{- end}}
		a = a[:len(d)]
		for i := range d {
			{{if .UsesX}}x := a[i]{{else}}_ = a[i]{{end}}
			d[i] = {{.Expr}}
		}
		return
	}
	{{- if .Vec}}
	if applyStrided(vmath.{{.Vec}}, d, di, ds, a, ai, as, n) {
		return
	}
	{{- end}}
	for ; n > 0; n-- {
		{{if .UsesX}}x := a[ai]{{end}}
		d[di] = {{.Expr}}
		di, ai = di+ds, ai+as
	}
}
{{end}}`))

var reduceTmpl = template.Must(template.New("r").Parse(`
func {{.Name}}{{.TParams}}(d []{{.R}}, di, ds int, a []{{.T}}, ai, as int, n int) {
	switch {
	{{- if .Run}}
	case ds == 0 && as == 1:
		d[di] = {{.Run}}(d[di], a[ai:ai+n])
	{{- end}}
	case ds == 0:
		acc := d[di]
		for ; n > 0; n-- {
			x := a[ai]
			acc = {{.Expr}}
			ai += as
		}
		d[di] = acc
	case ds == 1 && as == 1:
		d, a := d[di:di+n], a[ai:ai+n]
		a = a[:len(d)]
		for i := range d {
			acc, x := d[i], a[i]
			d[i] = {{.Expr}}
		}
	default:
		for ; n > 0; n-- {
			acc, x := d[di], a[ai]
			d[di] = {{.Expr}}
			di, ai = di+ds, ai+as
		}
	}
}
`))

// camel turns "floor_divide" into "FloorDivide".
func camel(s string) string {
	parts := strings.Split(s, "_")
	for i, p := range parts {
		parts[i] = strings.ToUpper(p[:1]) + p[1:]
	}
	return strings.Join(parts, "")
}

func lowerCamel(s string) string {
	c := camel(s)
	return strings.ToLower(c[:1]) + c[1:]
}

// typeConst returns the name of ndarray's Type constant for a Go type.
func typeConst(t string) string {
	if t == "int" {
		return "Int"
	}
	if strings.HasPrefix(t, "uint") {
		return "Uint" + t[4:]
	}
	return strings.ToUpper(t[:1]) + t[1:]
}
