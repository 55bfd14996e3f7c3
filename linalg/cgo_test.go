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
// Cooperlake one OpenBLAS 0.3.21 picks on Zen 4, round otherwise).
var haswellKernels = strings.Contains(cgo.OpenBLASConfig(), "Haswell") || strings.Contains(cgo.OpenBLASConfig(), "Zen")
