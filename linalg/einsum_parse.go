package linalg

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/numgo/numgo/ndarray"
)

// The grammar of an einsum subscripts string, as NumPy reads it (spaces are
// ignored between labels, commas and arrows, but not inside "..." or "->"):
//
//	subscripts = inputs [ "->" output ]
//	inputs     = term { "," term }
//	output     = term
//	term       = { letter } [ "..." { letter } ]
//
// Without "->" the output is implicit: the broadcast ellipsis axes, then
// every letter that occurs exactly once, in ASCII order (upper case before
// lower case).

// ellipsisMark stands for "..." in a parsed term.
const ellipsisMark = '.'

// An einsumSpec is a parsed subscripts string. Each term holds its letters in
// order, with ellipsisMark where "..." stood.
type einsumSpec struct {
	inputs   []string
	output   string
	explicit bool
	// Without an ellipsis, the labels bind gives do not depend on the
	// operands: ins and out hold them, computed once, shared and never
	// modified; ellipsis is true if a term has one.
	ins      [][]int
	out      []int
	ellipsis bool
}

// einsumCache maps subscripts strings to their parsed specs, so that a
// program calling Einsum in a loop parses each string once. It holds at
// most maxCachedSpecs entries, and is emptied when full: a program that
// builds subscripts on the fly cannot make it grow without bound.
var einsumCache struct {
	sync.RWMutex
	specs map[string]*einsumSpec
}

const maxCachedSpecs = 256

// cachedSpec returns the parsed subscripts, from the cache if there. It
// panics with parseEinsum's error if they are malformed (which is not
// cached).
func cachedSpec(subscripts string) *einsumSpec {
	einsumCache.RLock()
	spec := einsumCache.specs[subscripts]
	einsumCache.RUnlock()
	if spec != nil {
		return spec
	}
	spec, err := parseEinsum(subscripts)
	if err != nil {
		panic(err)
	}
	einsumCache.Lock()
	defer einsumCache.Unlock()
	if len(einsumCache.specs) >= maxCachedSpecs || einsumCache.specs == nil {
		einsumCache.specs = make(map[string]*einsumSpec)
	}
	einsumCache.specs[subscripts] = spec
	return spec
}

// parseEinsum parses an einsum subscripts string. It returns a
// *ndarray.ValueError in NumPy's words if the string is malformed.
func parseEinsum(subscripts string) (*einsumSpec, error) {
	spec := &einsumSpec{}
	lhs, rhs, explicit := strings.Cut(subscripts, "->")
	if strings.Contains(lhs, "-") || strings.Contains(rhs, "-") {
		return nil, einsumError("einstein sum subscript string does not contain proper '->' output specified")
	}
	for i, t := range strings.Split(lhs, ",") {
		term, err := parseTerm(t, fmt.Sprintf("in operand %d", i))
		if err != nil {
			return nil, err
		}
		spec.inputs = append(spec.inputs, term)
	}
	if !explicit {
		spec.output = implicitOutput(spec.inputs)
		spec.prebind()
		return spec, nil
	}
	spec.explicit = true
	if strings.Contains(rhs, ",") {
		return nil, einsumError("einstein sum subscripts string contains a ',' in the output")
	}
	out, err := parseTerm(rhs, "in the output")
	if err != nil {
		return nil, err
	}
	for i := range len(out) {
		c := out[i]
		if c == ellipsisMark {
			continue
		}
		if strings.IndexByte(out[i+1:], c) >= 0 {
			return nil, einsumError("einstein sum subscripts string includes output subscript '%c' multiple times", c)
		}
		if !slices.ContainsFunc(spec.inputs, func(t string) bool { return strings.IndexByte(t, c) >= 0 }) {
			return nil, einsumError("einstein sum subscripts string included output subscript '%c' which never appeared in an input", c)
		}
	}
	spec.output = out
	spec.prebind()
	return spec, nil
}

// prebind fills spec.ins and spec.out if no term has an ellipsis.
func (spec *einsumSpec) prebind() {
	letters := func(t string) []int {
		labels := make([]int, len(t))
		for i := range len(t) {
			labels[i] = int(t[i])
		}
		return labels
	}
	if strings.IndexByte(spec.output, ellipsisMark) >= 0 ||
		slices.ContainsFunc(spec.inputs, func(t string) bool { return strings.IndexByte(t, ellipsisMark) >= 0 }) {
		spec.ellipsis = true
		return
	}
	spec.ins = make([][]int, len(spec.inputs))
	for i, t := range spec.inputs {
		spec.ins[i] = letters(t)
	}
	spec.out = letters(spec.output)
}

// parseTerm parses one term; where names it in messages.
func parseTerm(t, where string) (string, error) {
	var b strings.Builder
	ellipsis := false
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c == '.':
			if !strings.HasPrefix(t[i:], "...") {
				return "", einsumError("einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') %s", where)
			}
			if ellipsis {
				return "", einsumError("einstein sum subscripts string contains more than one ellipsis ('...') %s", where)
			}
			ellipsis = true
			b.WriteByte(ellipsisMark)
			i += 2
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			b.WriteByte(c)
		case c == ' ': // between labels; not inside "..." or "->"
		default:
			return "", einsumError("invalid subscript '%c' in einstein sum subscripts string, subscripts must be letters", rune(c))
		}
	}
	return b.String(), nil
}

// implicitOutput returns NumPy's output for inputs without "->": the
// ellipsis if any input has one, then the letters occurring exactly once in
// ASCII order.
func implicitOutput(inputs []string) string {
	var count [128]int
	ellipsis := false
	for _, t := range inputs {
		for i := range len(t) {
			if t[i] == ellipsisMark {
				ellipsis = true
			} else {
				count[t[i]]++
			}
		}
	}
	var b strings.Builder
	if ellipsis {
		b.WriteByte(ellipsisMark)
	}
	for c, n := range count {
		if n == 1 {
			b.WriteByte(byte(c))
		}
	}
	return b.String()
}

// String formats spec back into subscripts NumPy reads the same way, always
// with an explicit output.
func (spec *einsumSpec) String() string {
	expand := func(t string) string { return strings.ReplaceAll(t, string(ellipsisMark), "...") }
	ins := make([]string, len(spec.inputs))
	for i, t := range spec.inputs {
		ins[i] = expand(t)
	}
	return strings.Join(ins, ",") + "->" + expand(spec.output)
}

// Labels of bound terms: a letter is its byte; the ellipsis axes, right
// aligned across operands as broadcasting aligns them, are
// firstEllipsisLabel + j for the j-th broadcast ellipsis axis.
const firstEllipsisLabel = 128

// bind expands the ellipses of spec for operands with the given numbers of
// axes and returns each operand's labels, one per axis, and the output's.
// It panics with a *ndarray.ValueError in NumPy's words if the numbers of
// operands or of axes do not fit the subscripts.
func (spec *einsumSpec) bind(ndims []int) (ins [][]int, out []int) {
	switch {
	case len(ndims) < len(spec.inputs):
		panic(einsumError("fewer operands provided to einstein sum function than specified in the subscripts string"))
	case len(ndims) > len(spec.inputs):
		panic(einsumError("more operands provided to einstein sum function than specified in the subscripts string"))
	}
	ell := make([]int, len(ndims)) // the number of axes each ellipsis covers
	nEll := 0
	for i, t := range spec.inputs {
		letters := len(t)
		hasEllipsis := strings.IndexByte(t, ellipsisMark) >= 0
		if hasEllipsis {
			letters--
		}
		switch {
		case letters > ndims[i]:
			panic(einsumError("einstein sum subscripts string contains too many subscripts for operand %d", i))
		case letters < ndims[i] && !hasEllipsis:
			panic(einsumError("operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions."))
		}
		ell[i] = ndims[i] - letters
		nEll = max(nEll, ell[i])
	}
	if !spec.ellipsis {
		return spec.ins, spec.out
	}
	expand := func(t string, e int) []int {
		labels := make([]int, 0, len(t)+e)
		for i := range len(t) {
			if t[i] != ellipsisMark {
				labels = append(labels, int(t[i]))
				continue
			}
			for j := nEll - e; j < nEll; j++ {
				labels = append(labels, firstEllipsisLabel+j)
			}
		}
		return labels
	}
	ins = make([][]int, len(ndims))
	for i, t := range spec.inputs {
		ins[i] = expand(t, ell[i])
	}
	if nEll > 0 && strings.IndexByte(spec.output, ellipsisMark) < 0 {
		panic(einsumError("output has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions."))
	}
	return ins, expand(spec.output, nEll)
}

// labelName returns a label as the subscripts string spells it.
func labelName(l int) string {
	if l >= firstEllipsisLabel {
		return "..."
	}
	return string(rune(l))
}

func einsumError(format string, args ...any) *ndarray.ValueError {
	return &ndarray.ValueError{Op: "Einsum", Msg: fmt.Sprintf(format, args...)}
}
