package ndarray

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
)

// SaveTxt formats numbers as Python's % operator does, since numpy.savetxt
// is `fmt % tuple(row)`: Go's fmt differs in %g (it keeps no C semantics
// for precision and trailing zeros), in the '#' forms of %o and %x, and in
// the padding of inf and nan, so the conversions are written out here on
// top of strconv, whose digits are correctly rounded as Python's are.

// txtConv is one conversion of a format: %[flags][width][.prec][hlL]verb,
// preceded by the literal text lit (with %% already made %).
type txtConv struct {
	lit                           string
	minus, plus, space, alt, zero bool
	width, prec                   int // prec -1 when not given
	verb                          byte
}

// txtFormat is a parsed row format: its conversions and the literal text
// after the last one.
type txtFormat struct {
	convs []txtConv
	tail  string
}

// txtValue is one number handed to a conversion: an integer (bool counts
// as one, as in Python) or a float.
type txtValue struct {
	isInt bool
	neg   bool    // integer sign
	mag   uint64  // integer magnitude
	f     float64 // the float, or the integer as a float (rounded)
}

// parseTxtFormat parses format for SaveTxt (op), panicking with a
// *ValueError on a conversion it does not support.
func parseTxtFormat(op, format string) txtFormat {
	var f txtFormat
	var lit strings.Builder
	for i := 0; i < len(format); {
		ch := format[i]
		if ch != '%' {
			lit.WriteByte(ch)
			i++
			continue
		}
		i++
		if i < len(format) && format[i] == '%' {
			lit.WriteByte('%')
			i++
			continue
		}
		c := txtConv{prec: -1}
	flags:
		for ; i < len(format); i++ {
			switch format[i] {
			case '-':
				c.minus = true
			case '+':
				c.plus = true
			case ' ':
				c.space = true
			case '#':
				c.alt = true
			case '0':
				c.zero = true
			default:
				break flags
			}
		}
		c.width, i = txtDigits(format, i)
		if i < len(format) && format[i] == '.' {
			c.prec, i = txtDigits(format, i+1)
		}
		if i < len(format) && strings.IndexByte("hlL", format[i]) >= 0 {
			i++ // a length modifier, ignored as Python does
		}
		if i >= len(format) || strings.IndexByte("diuoxXeEfFgG", format[i]) < 0 {
			panic(&ValueError{Op: op, Msg: fmt.Sprintf("unsupported format %q (numgo formats %%d, %%i, %%u, %%o, %%x, %%X, %%e, %%E, %%f, %%F, %%g, %%G)", format)})
		}
		c.verb = format[i]
		i++
		c.lit = lit.String()
		lit.Reset()
		f.convs = append(f.convs, c)
	}
	f.tail = lit.String()
	return f
}

// txtDigits reads a decimal number at s[i:], returning it (0 if none) and
// the index after it. Absurd widths are capped: no format needs them.
func txtDigits(s string, i int) (int, int) {
	n := 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		n = min(n*10+int(s[i]-'0'), 1<<20)
	}
	return n, i
}

// appendTxtValue appends v formatted by c to b. It returns an error for a
// float that %d cannot convert (NaN or infinity), as Python raises one.
func appendTxtValue(b []byte, c *txtConv, v txtValue) ([]byte, error) {
	var sign, prefix, body string
	neg := false
	switch c.verb {
	case 'd', 'i', 'u', 'o', 'x', 'X':
		var digits string
		if v.isInt {
			neg = v.neg
			digits = strconv.FormatUint(v.mag, txtBase(c.verb))
		} else {
			if math.IsNaN(v.f) {
				return b, fmt.Errorf("cannot convert float NaN to integer")
			}
			if math.IsInf(v.f, 0) {
				return b, fmt.Errorf("cannot convert float infinity to integer")
			}
			t := math.Trunc(v.f)
			neg = t < 0
			z, _ := big.NewFloat(math.Abs(t)).Int(nil)
			digits = z.Text(10)
		}
		if c.verb == 'X' {
			digits = strings.ToUpper(digits)
		}
		if c.prec > len(digits) {
			digits = strings.Repeat("0", c.prec-len(digits)) + digits
		}
		if c.alt {
			prefix = map[byte]string{'o': "0o", 'x': "0x", 'X': "0X"}[c.verb]
		}
		body = digits
	default:
		neg = math.Signbit(v.f) && !math.IsNaN(v.f)
		body = txtFloat(math.Abs(v.f), c)
	}
	switch {
	case neg:
		sign = "-"
	case c.plus:
		sign = "+"
	case c.space:
		sign = " "
	}
	pad := c.width - len(sign) - len(prefix) - len(body)
	switch {
	case pad <= 0:
		b = append(append(append(b, sign...), prefix...), body...)
	case c.minus:
		b = append(append(append(b, sign...), prefix...), body...)
		b = append(b, strings.Repeat(" ", pad)...)
	case c.zero:
		b = append(append(b, sign...), prefix...)
		b = append(append(b, strings.Repeat("0", pad)...), body...)
	default:
		b = append(b, strings.Repeat(" ", pad)...)
		b = append(append(append(b, sign...), prefix...), body...)
	}
	return b, nil
}

func txtBase(verb byte) int {
	switch verb {
	case 'o':
		return 8
	case 'x', 'X':
		return 16
	}
	return 10
}

// txtFloat formats x ≥ 0 (or NaN) for the float conversion c, without sign
// or padding, as C's printf and Python's % do.
func txtFloat(x float64, c *txtConv) string {
	upper := c.verb == 'E' || c.verb == 'F' || c.verb == 'G'
	var s string
	switch {
	case math.IsNaN(x):
		s = "nan"
	case math.IsInf(x, 0):
		s = "inf"
	default:
		prec := c.prec
		if prec < 0 {
			prec = 6
		}
		switch c.verb {
		case 'e', 'E':
			s = strconv.FormatFloat(x, 'e', prec, 64)
			if c.alt && prec == 0 {
				s = s[:1] + "." + s[1:]
			}
		case 'f', 'F':
			s = strconv.FormatFloat(x, 'f', prec, 64)
			if c.alt && prec == 0 {
				s += "."
			}
		default:
			s = txtFloatG(x, max(prec, 1), c.alt)
		}
	}
	if upper {
		s = strings.ToUpper(s)
	}
	return s
}

// txtFloatG is C's %g of x ≥ 0 at precision p ≥ 1: %e if the decimal
// exponent X after rounding to p digits is < -4 or ≥ p, otherwise %f with
// p-1-X decimals; then, unless alt, without trailing zeros and point.
func txtFloatG(x float64, p int, alt bool) string {
	e := strconv.FormatFloat(x, 'e', p-1, 64)
	k := strings.IndexByte(e, 'e')
	exp, _ := strconv.Atoi(e[k+1:])
	var mant, tail string
	if exp < -4 || exp >= p {
		mant, tail = e[:k], e[k:]
	} else {
		mant = strconv.FormatFloat(x, 'f', p-1-exp, 64)
	}
	if alt {
		if !strings.Contains(mant, ".") {
			mant += "."
		}
	} else if strings.Contains(mant, ".") {
		mant = strings.TrimRight(strings.TrimRight(mant, "0"), ".")
	}
	return mant + tail
}
