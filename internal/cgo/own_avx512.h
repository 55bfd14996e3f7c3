// own_avx512.h gathers numgo's own AVX-512 float64 kernels, ng_exp_d8,
// ng_log_d8, ng_sin_d8, ng_cos_d8 and ng_tanh_d8, which sleef.go puts in
// place of SLEEF's, and ng_pow_d8, which vecops.go runs in place of
// libmvec's; testdata/ulp.c measures them. Include it where AVX-512F
// is enabled, after immintrin.h and stdint.h.
//
// The kernels are written operation by operation, and their error analyses
// (2Sum, exact FMA residuals) hold only if each operation rounds on its
// own: GCC is kept from contracting a multiplication and an addition into
// an FMA, which it does by default in GNU C (-ffp-contract=fast). They
// assume round-to-nearest, which Go leaves in MXCSR; the roundings that
// place k, the multiple of the reduction step (k + 1.5 2^52), name it
// (NG_RN), so that a caller's directed rounding costs about 1 ULP instead
// of the reduction.
#pragma GCC push_options
#pragma GCC optimize("fp-contract=off")
#define NG_RN (_MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC)
#include "exp_avx512.h"
#include "log_avx512.h"
#include "sincos_avx512.h"
#include "tanh_avx512.h"
#include "pow_avx512.h"
#undef NG_RN
#pragma GCC pop_options
