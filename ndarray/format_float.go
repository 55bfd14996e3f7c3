package ndarray

import (
	"math"
	"strconv"
	"strings"
)

// Floating-point printing, after NumPy's FloatingFormat and
// ComplexFloatingFormat. NumPy formats with Dragon4: the shortest digits
// that identify the value among the values of its type, cut to a precision
// with exact rounding of the binary value. strconv.FormatFloat computes the
// same digits: precision -1 gives the shortest for the bit size, a fixed
// precision the exact rounding (half to even), so formatting needs no
// digit generation of its own.

// printPrecision is NumPy's default print precision: the most digits shown
// after the decimal point (after the leading digit in scientific notation).
const printPrecision = 8

// A floatFormat is NumPy's FloatingFormat fitted to the values of one
// array: positional or scientific notation for all of them, and the padding
// that aligns their decimal points.
type floatFormat struct {
	bits     int  // 32 or 64: the element type whose shortest digits are printed
	plus     bool // print "+" before non-negative values (imaginary parts)
	exp      bool // scientific notation
	prec     int  // digits after the point in scientific notation
	expSize  int  // digits of the exponent in scientific notation
	padLeft  int  // characters before the point, sign included
	padRight int  // characters after the point
}

// newFloatFormat fits a format to vals as FloatingFormat.fillFormat does:
// scientific notation if the largest non-zero magnitude is ≥ 1e8, the
// smallest is < 1e-4 or their ratio is > 1000, then the widest integer and
// fractional parts of the elements printed at most printPrecision digits.
// Non-finite values take no part except to widen the padding for "nan" and
// "inf".
func newFloatFormat(vals []float64, bits int, plus bool) floatFormat {
	f := floatFormat{bits: bits, plus: plus}
	lo, hi := math.Inf(1), 0.0
	// A signed "inf" is one wider; imaginary parts always carry a sign.
	finite, negInf := 0, plus
	for _, x := range vals {
		switch {
		case math.IsNaN(x):
		case math.IsInf(x, 0):
			negInf = negInf || x < 0
		default:
			finite++
			if ax := math.Abs(x); ax != 0 {
				lo, hi = min(lo, ax), max(hi, ax)
			}
		}
	}
	if hi > 0 {
		ratio := hi / lo
		if bits == 32 { // NumPy divides in the array's type
			ratio = float64(float32(hi) / float32(lo))
		}
		// The bounds are compared in float64 as NumPy compares with Python
		// floats: float32(1e-4) is below 1e-4 and prints in scientific.
		f.exp = hi >= 1e8 || lo < 1e-4 || ratio > 1000
	}
	if finite > 0 {
		fracWidth := 0
		for _, x := range vals {
			if math.IsNaN(x) || math.IsInf(x, 0) {
				continue
			}
			var s string
			if f.exp {
				s = f.sciShortest(x)
				mant, e, _ := strings.Cut(s, "e")
				f.expSize = max(f.expSize, len(e)-1)
				s = mant
			} else {
				s = f.posShortest(x)
			}
			ip, fp, _ := strings.Cut(s, ".")
			f.padLeft = max(f.padLeft, len(ip))
			fracWidth = max(fracWidth, len(fp))
		}
		f.padRight = fracWidth
		if f.exp {
			f.prec = fracWidth
			f.padRight = f.expSize + 2 + f.prec
		}
	}
	if finite < len(vals) {
		infLen := 3
		if negInf {
			infLen++
		}
		f.padLeft = max(f.padLeft, 3-(f.padRight+1), infLen-(f.padRight+1))
	}
	return f
}

// sign returns the sign NumPy prints before x.
func (f *floatFormat) sign(x float64) string {
	switch {
	case math.Signbit(x):
		return "-"
	case f.plus:
		return "+"
	}
	return ""
}

// posShortest returns x in positional notation with the shortest digits,
// at most printPrecision after the point, trailing zeros trimmed but the
// point kept ("1.", "0.25"): NumPy's dragon4_positional with unique=True,
// precision=8, min_digits=0, trim='.'.
func (f *floatFormat) posShortest(x float64) string {
	ax := math.Abs(x)
	s := strconv.FormatFloat(ax, 'f', -1, f.bits)
	if _, fp, ok := strings.Cut(s, "."); !ok {
		// A whole number prints all its digits exactly (float32
		// 91908096, not its shortest 91908100): NumPy calls Dragon4 with
		// min_digits=0, which generates digits past the shortest ones
		// down to the units. The width is the same either way.
		s = strconv.FormatFloat(ax, 'f', 0, f.bits) + "."
	} else if len(fp) > printPrecision {
		s = strings.TrimRight(strconv.FormatFloat(ax, 'f', printPrecision, f.bits), "0")
	}
	return f.sign(x) + s
}

// sciShortest returns x in scientific notation with the shortest digits,
// at most printPrecision after the point, trailing zeros trimmed but the
// point kept ("1.e-05", "1.5e+20"): NumPy's dragon4_scientific with
// unique=True, precision=8, trim='.'.
func (f *floatFormat) sciShortest(x float64) string {
	ax := math.Abs(x)
	s := strconv.FormatFloat(ax, 'e', -1, f.bits)
	mant, e, _ := strings.Cut(s, "e")
	if _, fp, _ := strings.Cut(mant, "."); len(fp) > printPrecision {
		s = strconv.FormatFloat(ax, 'e', printPrecision, f.bits)
		mant, e, _ = strings.Cut(s, "e")
		mant = strings.TrimRight(mant, "0")
	}
	if !strings.Contains(mant, ".") {
		mant += "."
	}
	return f.sign(x) + mant + "e" + e
}

// format returns x as NumPy's FloatingFormat.__call__ does: in the chosen
// notation, padded on both sides so that decimal points align.
func (f *floatFormat) format(x float64) string {
	width := f.padLeft + f.padRight + 1
	if math.IsNaN(x) || math.IsInf(x, 0) {
		s := "nan"
		if math.IsInf(x, 0) {
			s = f.sign(x) + "inf"
		} else if f.plus {
			s = "+nan"
		}
		return pad(s, width)
	}
	if !f.exp {
		s := f.posShortest(x)
		ip, fp, _ := strings.Cut(s, ".")
		return strings.Repeat(" ", max(f.padLeft-len(ip), 0)) + s + strings.Repeat(" ", max(f.padRight-len(fp), 0))
	}
	// Every element shows prec digits after the point: more than its
	// shortest digits are the exact binary value rounded, as Dragon4 with
	// min_digits gives them.
	s := strconv.FormatFloat(math.Abs(x), 'e', f.prec, f.bits)
	mant, e, _ := strings.Cut(s, "e")
	if f.prec == 0 {
		mant += "."
	}
	mant = f.sign(x) + mant
	if digits := len(e) - 1; digits < f.expSize {
		e = e[:1] + strings.Repeat("0", f.expSize-digits) + e[1:]
	}
	return strings.Repeat(" ", max(f.padLeft-strings.Index(mant, "."), 0)) + mant + "e" + e
}

// pad right-aligns s in width characters.
func pad(s string, width int) string {
	return strings.Repeat(" ", max(width-len(s), 0)) + s
}

// floatWords formats the elements of a float array, or the scalar of a 0-d
// one as NumPy's str of a float scalar does.
func floatWords(v []float64, bits int, scalar bool) []string {
	w := make([]string, len(v))
	if scalar {
		for i, x := range v {
			w[i] = floatScalar(x, bits, false, false)
		}
		return w
	}
	f := newFloatFormat(v, bits, false)
	for i, x := range v {
		w[i] = f.format(x)
	}
	return w
}

// complexWords formats complex elements as NumPy's ComplexFloatingFormat:
// real and imaginary parts each with a format fitted to all of them, the
// imaginary part signed, and the "j" before its padding.
func complexWords(re, im []float64, bits int, scalar bool) []string {
	w := make([]string, len(re))
	if scalar {
		for i := range re {
			w[i] = complexScalar(re[i], im[i], bits)
		}
		return w
	}
	fr, fi := newFloatFormat(re, bits, false), newFloatFormat(im, bits, true)
	for i := range re {
		s := fi.format(im[i])
		n := len(strings.TrimRight(s, " "))
		w[i] = fr.format(re[i]) + s[:n] + "j" + s[n:]
	}
	return w
}

// floatScalar formats x as NumPy's str of a float scalar: the shortest
// digits, positional for 1e-4 ≤ |x| < 1e16 and for zero, scientific
// otherwise. Positional output keeps ".0" on whole numbers unless trimDot
// is set (as in complex scalars); plus signs non-negative values.
func floatScalar(x float64, bits int, trimDot, plus bool) string {
	f := floatFormat{bits: bits, plus: plus}
	ax := math.Abs(x)
	switch {
	case math.IsNaN(x):
		if plus {
			return "+nan"
		}
		return "nan"
	case math.IsInf(x, 0):
		return f.sign(x) + "inf"
	case ax == 0 || (ax >= 1e-4 && ax < 1e16):
		s := strconv.FormatFloat(ax, 'f', -1, bits)
		if !trimDot && !strings.Contains(s, ".") {
			s += ".0"
		}
		return f.sign(x) + s
	}
	return f.sign(x) + strconv.FormatFloat(ax, 'e', -1, bits)
}

// complexScalar formats re+im·i as NumPy's str of a complex scalar:
// "(1+2j)", or "2j" when the real part is +0.
func complexScalar(re, im float64, bits int) string {
	if re == 0 && !math.Signbit(re) {
		return floatScalar(im, bits, true, false) + "j"
	}
	return "(" + floatScalar(re, bits, true, false) + floatScalar(im, bits, true, true) + "j)"
}
