package linalg

import "math"

// An Option sets one of NumPy's keyword arguments of a numpy.linalg
// routine. Each routine's doc names the options it reads; it ignores the
// others.
type Option func(*config)

// config holds the options of one call, NumPy's defaults where not set.
type config struct {
	fullMatrices bool    // SVD
	upper        bool    // Eigh, Eigvalsh: read the upper triangle
	mode         QRMode  // QR
	rcond        float64 // Lstsq, Pinv (NaN: the routine's default)
	tol          float64 // MatrixRank (NaN: the default)
	hermitian    bool    // Pinv, MatrixRank
	ord          ord     // Norm, Cond
	axes         []int   // Norm (nil: the default)
	keepDims     bool    // Norm
}

func newConfig(opts []Option) config {
	c := config{fullMatrices: true, rcond: math.NaN(), tol: math.NaN()}
	for _, o := range opts {
		o(&c)
	}
	return c
}

// FullMatrices sets whether SVD returns the full square U (M×M) and Vᴴ
// (N×N), the default, or only their first min(M, N) columns and rows
// (numpy's full_matrices=False).
func FullMatrices(full bool) Option { return func(c *config) { c.fullMatrices = full } }

// Upper makes Eigh and Eigvalsh read the upper triangle of the matrix
// (numpy's UPLO='U'); by default they read the lower one.
func Upper() Option { return func(c *config) { c.upper = true } }

// QRMode chooses what QR returns; see the constants.
type QRMode int

// The modes of QR, as numpy.linalg.qr's mode argument.
const (
	// Reduced returns Q (M×K) and R (K×N), K = min(M, N): the default.
	Reduced QRMode = iota
	// Complete returns Q (M×M) and R (M×N).
	Complete
	// ROnly returns only R (K×N); Q is nil (numpy's mode='r').
	ROnly
)

// Mode sets the mode of QR.
func Mode(m QRMode) Option { return func(c *config) { c.mode = m } }

// RCond sets the cutoff for small singular values of Lstsq and Pinv:
// singular values at most rcond times the largest count as zero. Lstsq's
// default is machine precision times max(M, N) (numpy's rcond=None), Pinv's
// 1e-15.
func RCond(rcond float64) Option { return func(c *config) { c.rcond = rcond } }

// Tol sets MatrixRank's threshold: singular values above tol count. The
// default is S.max() * max(M, N) * eps, as numpy's.
func Tol(tol float64) Option { return func(c *config) { c.tol = tol } }

// Hermitian tells Pinv and MatrixRank that the matrices are symmetric, so
// that they use an eigenvalue decomposition (numpy's hermitian=True).
func Hermitian() Option { return func(c *config) { c.hermitian = true } }

// ord is a norm order: p, or one of the named orders.
type ord struct {
	kind ordKind
	p    float64 // for ordP
}

type ordKind int

const (
	ordDefault ordKind = iota // numpy's ord=None
	ordP                      // a number, including ±Inf and 0
	ordFro
	ordNuc
)

// Ord sets the order of Norm and Cond to the number p, as numpy's ord=p:
// for vectors any p (Inf, -Inf and 0 included: max |x|, min |x|, the count
// of non-zeros), for matrices 1, -1, 2, -2, Inf and -Inf.
func Ord(p float64) Option { return func(c *config) { c.ord = ord{kind: ordP, p: p} } }

// Fro sets the order of Norm and Cond to the Frobenius norm (numpy's
// ord='fro'), for matrices only.
func Fro() Option { return func(c *config) { c.ord = ord{kind: ordFro} } }

// Nuc sets the order of Norm and Cond to the nuclear norm, the sum of the
// singular values (numpy's ord='nuc'), for matrices only.
func Nuc() Option { return func(c *config) { c.ord = ord{kind: ordNuc} } }

// Axis sets the axes Norm works on: one axis for vector norms, two (rows,
// columns) for matrix norms. Negative axes count from the end.
func Axis(axes ...int) Option { return func(c *config) { c.axes = append([]int{}, axes...) } }

// KeepDims makes Norm keep the reduced axes with length 1, so that the
// result broadcasts against the input.
func KeepDims() Option { return func(c *config) { c.keepDims = true } }
