package bench

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

//go:embed cases.json
var casesJSON []byte

// Case is one benchmark case of cases.json, run by both numgo and NumPy.
type Case struct {
	Name   string  `json:"name"`   // unique, [A-Za-z0-9_]+
	Group  string  `json:"group"`  // cases of a group run together
	Op     string  `json:"op"`     // add, exp, sum, matmul, fft, ...
	Dtype  string  `json:"dtype"`  // float64, float32, complex128, int64
	Shapes [][]int `json:"shapes"` // one per operand; [] is 0-d
	// Layout is how the first operand is laid out: "" or "contiguous",
	// "broadcast" (the shapes differ; all operands contiguous), "transposed"
	// (the .T of a C-contiguous array of the reversed shape), "strided"
	// (a[..., ::2] of an array twice as long in its last axis) or "reversed"
	// (a[::-1]).
	Layout string `json:"layout"`
	Args   Args   `json:"args"`
	Out    bool   `json:"out"`   // use the out= form (AddTo, MatmulTo, ...) into a preallocated result
	Quick  bool   `json:"quick"` // part of make bench-quick
	// Targets holds, by build name ("cgo", "pure-Go", "fftw"), the ratio
	// NumPy time / numgo time that DESIGN.md asks of the case.
	Targets map[string]float64 `json:"targets,omitempty"`
}

// Args holds the op-specific parameters of a case.
type Args struct {
	Axis     *int    `json:"axis"`     // reductions, sort, concatenate, stack
	To       string  `json:"to"`       // astype: the target dtype
	Shape    []int   `json:"shape"`    // reshape
	Spec     string  `json:"spec"`     // slice spec, einsum subscripts
	Optimize bool    `json:"optimize"` // einsum: NumPy's optimize=True (numgo has one Einsum)
	Axes     [][]int `json:"axes"`     // tensordot: axes of a, axes of b
	Axis1    int     `json:"axis1"`    // swapaxes
	Axis2    int     `json:"axis2"`
	Measure  bool    `json:"measure"` // fft: FFTW_MEASURE plans (fft.Measure); NumPy and the pure-Go engine have no planner
}

// Suite is the parsed cases.json.
type Suite struct {
	Groups []string `json:"groups"` // the run order
	Cases  []Case   `json:"cases"`
}

var nameRE = regexp.MustCompile(`^[A-Za-z0-9_]+$`)

// Load parses the embedded cases.json and checks it: unique well-formed
// names, known groups and layouts, at least one shape.
func Load() (*Suite, error) {
	return Parse(casesJSON)
}

// Parse parses and checks a cases.json document.
func Parse(data []byte) (*Suite, error) {
	var s Suite
	if err := json.Unmarshal(data, &s); err != nil {
		return nil, fmt.Errorf("bench: cases.json: %w", err)
	}
	groups := map[string]bool{}
	for _, g := range s.Groups {
		groups[g] = true
	}
	seen := map[string]bool{}
	for _, c := range s.Cases {
		switch {
		case !nameRE.MatchString(c.Name):
			return nil, fmt.Errorf("bench: cases.json: case name %q is not [A-Za-z0-9_]+", c.Name)
		case seen[c.Name]:
			return nil, fmt.Errorf("bench: cases.json: case %q appears twice", c.Name)
		case !groups[c.Group]:
			return nil, fmt.Errorf("bench: cases.json: case %q: group %q is not in groups", c.Name, c.Group)
		case len(c.Shapes) == 0:
			return nil, fmt.Errorf("bench: cases.json: case %q has no shapes", c.Name)
		}
		switch c.Layout {
		case "", "contiguous", "broadcast", "transposed", "strided", "reversed":
		default:
			return nil, fmt.Errorf("bench: cases.json: case %q: unknown layout %q", c.Name, c.Layout)
		}
		seen[c.Name] = true
	}
	return &s, nil
}

// InGroup returns the cases of group g in file order, only the quick ones if quick.
func (s *Suite) InGroup(g string, quick bool) []Case {
	var out []Case
	for _, c := range s.Cases {
		if c.Group == g && (c.Quick || !quick) {
			out = append(out, c)
		}
	}
	return out
}

// Size describes the operand shapes for the table: "1000×1000, 1000".
func (c Case) Size() string {
	parts := make([]string, len(c.Shapes))
	for i, sh := range c.Shapes {
		if len(sh) == 0 {
			parts[i] = "scalar"
			continue
		}
		dims := make([]string, len(sh))
		for k, d := range sh {
			dims[k] = strconv.Itoa(d)
		}
		parts[i] = strings.Join(dims, "×")
	}
	if len(parts) > 3 {
		return fmt.Sprintf("%d × %s", len(parts), parts[0])
	}
	return strings.Join(parts, ", ")
}
