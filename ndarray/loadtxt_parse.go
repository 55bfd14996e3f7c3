package ndarray

import (
	"math"
	"strconv"
	"strings"
	"unsafe"
)

// txtParser returns the function that parses one field as a T, reporting
// whether it could, with NumPy 1.24's rules (see LoadTxt).
func txtParser[T Dtype]() func(string) (T, bool) {
	var p any
	switch any(*new(T)).(type) {
	case bool:
		p = func(s string) (bool, bool) {
			v, err := strconv.ParseInt(strings.TrimFunc(s, pyIsSpace), 10, 64)
			return v != 0, err == nil
		}
	case int:
		p = parseTxtInt[int]
	case int8:
		p = parseTxtInt[int8]
	case int16:
		p = parseTxtInt[int16]
	case int32:
		p = parseTxtInt[int32]
	case int64:
		p = parseTxtInt[int64]
	case uint8:
		p = parseTxtInt[uint8]
	case uint16:
		p = parseTxtInt[uint16]
	case uint32:
		p = parseTxtInt[uint32]
	case uint64:
		p = parseTxtInt[uint64]
	case float32:
		p = func(s string) (float32, bool) {
			f, ok := parseTxtFloat(strings.TrimFunc(s, pyIsSpace))
			return float32(f), ok
		}
	case float64:
		p = func(s string) (float64, bool) { return parseTxtFloat(strings.TrimFunc(s, pyIsSpace)) }
	case complex64:
		p = func(s string) (complex64, bool) {
			z, ok := parseTxtComplex(s)
			return complex64(z), ok
		}
	case complex128:
		p = parseTxtComplex
	}
	return p.(func(string) (T, bool))
}

// parseTxtInt parses an integer of type T: decimal digits with a sign, or
// else a float truncated toward zero if that lies in T's range.
func parseTxtInt[T Integer](s string) (T, bool) {
	s = strings.TrimFunc(s, pyIsSpace)
	var z T
	bits := int(unsafe.Sizeof(z)) * 8
	signed := z-1 < z
	if signed {
		if v, err := strconv.ParseInt(s, 10, bits); err == nil {
			return T(v), true
		}
	} else if v, err := strconv.ParseUint(strings.TrimPrefix(s, "+"), 10, bits); err == nil {
		return T(v), true
	}
	f, ok := parseTxtFloat(s)
	if !ok {
		return 0, false
	}
	lo, hi := 0.0, math.Ldexp(1, bits) // [lo, hi): powers of two, exact
	if signed {
		lo, hi = -math.Ldexp(1, bits-1), math.Ldexp(1, bits-1)
	}
	t := math.Trunc(f)
	if !(t >= lo && t < hi) {
		return 0, false
	}
	return T(t), true
}

// parseTxtFloat parses s as Python's float() does without its extras
// (whitespace, "_"): [sign] digits [. digits] [e [sign] digits], or
// [sign] inf, infinity or nan in any case.
func parseTxtFloat(s string) (float64, bool) {
	n := txtFloatPrefix(s)
	if n == 0 || n != len(s) {
		return 0, false
	}
	return txtFloatValue(s), true
}

// txtFloatPrefix returns the length of the longest prefix of s that is a
// float as parseTxtFloat reads them, 0 if none, as C's strtod would.
func txtFloatPrefix(s string) int {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	word := strings.ToLower(s[i:min(len(s), i+8)])
	switch {
	case strings.HasPrefix(word, "infinity"):
		return i + 8
	case strings.HasPrefix(word, "inf"), strings.HasPrefix(word, "nan"):
		return i + 3
	}
	digits := 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		digits++
	}
	if i < len(s) && s[i] == '.' {
		for i++; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
			digits++
		}
	}
	if digits == 0 {
		return 0
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		k := j
		for ; k < len(s) && s[k] >= '0' && s[k] <= '9'; k++ {
		}
		if k > j {
			i = k
		}
	}
	return i
}

// txtFloatValue returns the value of s, a whole float as txtFloatPrefix
// accepts it. Values beyond float64's range are infinite, as in Python.
func txtFloatValue(s string) float64 {
	neg := s[0] == '-'
	switch strings.ToLower(strings.TrimLeft(s, "+-")) {
	case "nan":
		if neg {
			return math.Copysign(math.NaN(), -1)
		}
		return math.NaN()
	case "inf", "infinity":
		if neg {
			return math.Inf(-1)
		}
		return math.Inf(1)
	}
	f, _ := strconv.ParseFloat(s, 64) // out of range: ±Inf with ErrRange
	return f
}

// parseTxtComplex parses a complex number as NumPy's loadtxt does:
// optional parentheses (with whitespace inside), then "re", "imj" or
// "re+imj" / "re-imj" with no space inside; the part after "+" may carry
// its own sign ("1+-2j").
func parseTxtComplex(s string) (complex128, bool) {
	s = strings.TrimFunc(s, pyIsSpace)
	if strings.HasPrefix(s, "(") {
		if len(s) < 2 || !strings.HasSuffix(s, ")") {
			return 0, false
		}
		s = strings.TrimFunc(s[1:len(s)-1], pyIsSpace)
	}
	n := txtFloatPrefix(s)
	if n == 0 {
		return 0, false
	}
	re := txtFloatValue(s[:n])
	switch {
	case n == len(s):
		return complex(re, 0), true
	case s[n:] == "j":
		return complex(0, re), true
	case s[n] != '+' && s[n] != '-':
		return 0, false
	}
	rest := s[n:]
	if rest[0] == '+' {
		rest = rest[1:]
	}
	m := txtFloatPrefix(rest)
	if m == 0 || rest[m:] != "j" {
		return 0, false
	}
	return complex(re, txtFloatValue(rest[:m])), true
}
