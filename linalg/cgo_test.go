//go:build cgo && !purego

package linalg

import (
	"strings"

	"github.com/numgo/numgo/internal/cgo"
)

const cgoBuild = true

// haswellKernels reports whether the linked OpenBLAS runs the kernels of
// its Haswell and Zen targets, the ones luSmall repeats and
// testdata/singular was computed with (other targets, such as the
// Cooperlake one OpenBLAS 0.3.21 picks on Zen 4, round otherwise). A
// build for several targets names the running one as "Haswell", a build
// for one as "HASWELL".
var haswellKernels = func() bool {
	cfg := strings.ToUpper(cgo.OpenBLASConfig())
	return strings.Contains(cfg, "HASWELL") || strings.Contains(cfg, "ZEN")
}()

// blasConfig describes the linked BLAS for test logs.
func blasConfig() string { return cgo.OpenBLASConfig() }
