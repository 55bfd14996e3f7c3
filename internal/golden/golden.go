// Package golden decodes the reference results that the repository's
// testdata/gen_*.py scripts compute with NumPy and write as JSON (through
// testdata/golden.py, whose encoding this package reverses), for the
// tests of every package.
//
// An array is written as {"dtype": "float64", "shape": [2, 3], "data": [...]}
// with the elements in C order. An element is a JSON number, one of the
// strings "nan", "inf" and "-inf", a boolean, or an [re, im] pair for a
// complex number. Integers are exact when the JSON was decoded with
// json.Decoder.UseNumber (float64 would round those above 2^53).
package golden

import (
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"strconv"
)

// Array is an array as the generators write it.
type Array struct {
	Dtype string `json:"dtype"`
	Shape []int  `json:"shape"`
	Data  []any  `json:"data"`
}

// Elem is the set of element types the decoders produce: ndarray's dtypes.
type Elem interface {
	bool | int | int8 | int16 | int32 | int64 | uint | uint8 | uint16 | uint32 | uint64 |
		float32 | float64 | complex64 | complex128
}

// Float decodes a real element. It panics on anything else, as a test's
// reference data that does not decode is a broken test.
func Float(v any) float64 {
	switch x := v.(type) {
	case float64:
		return x
	case json.Number:
		f, err := x.Float64()
		if err != nil {
			panic(fmt.Sprintf("golden: bad number %q: %v", x, err))
		}
		return f
	case string:
		switch x {
		case "nan":
			return math.NaN()
		case "inf":
			return math.Inf(1)
		case "-inf":
			return math.Inf(-1)
		}
	}
	panic(fmt.Sprintf("golden: bad real value %#v", v))
}

// Complex decodes an element as a complex number: an [re, im] pair, or a
// real element with a zero imaginary part.
func Complex(v any) complex128 {
	if p, ok := v.([]any); ok && len(p) == 2 {
		return complex(Float(p[0]), Float(p[1]))
	}
	return complex(Float(v), 0)
}

// Value decodes one element as T.
func Value[T Elem](v any) T {
	var out T
	r := reflect.ValueOf(&out).Elem()
	switch r.Kind() {
	case reflect.Bool:
		b, ok := v.(bool)
		if !ok {
			panic(fmt.Sprintf("golden: bad bool %#v", v))
		}
		r.SetBool(b)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		r.SetInt(integer(v, strconv.ParseInt, func(f float64) int64 { return int64(f) }))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		r.SetUint(integer(v, strconv.ParseUint, func(f float64) uint64 { return uint64(f) }))
	case reflect.Float32, reflect.Float64:
		r.SetFloat(Float(v))
	default:
		r.SetComplex(Complex(v))
	}
	return out
}

// integer decodes an integer element: exactly from a json.Number, else from
// a float64 that holds an integer.
func integer[I int64 | uint64](v any, parse func(string, int, int) (I, error), conv func(float64) I) I {
	if n, ok := v.(json.Number); ok {
		i, err := parse(string(n), 10, 64)
		if err != nil {
			panic(fmt.Sprintf("golden: bad integer %q: %v", n, err))
		}
		return i
	}
	f := Float(v)
	if f != math.Trunc(f) {
		panic(fmt.Sprintf("golden: bad integer %v", f))
	}
	return conv(f)
}

// Values decodes the elements of data as T.
func Values[T Elem](data []any) []T {
	out := make([]T, len(data))
	for i, v := range data {
		out[i] = Value[T](v)
	}
	return out
}
