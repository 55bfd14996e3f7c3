package linalg

// The decompositions move matrices between numgo's row-major results and
// LAPACK's column-major buffers. Where the algebra allows they skip the
// transpose altogether (a row-major copy of A is Aᵀ to LAPACK); where it
// does not, these kernels transpose in square tiles, so that both the reads
// and the writes of a tile stay in the L1 cache instead of striding through
// memory one cache line per element as a plain double loop does.

// transposeTile is the side of the tiles: 32×32 complex128 tiles, 16 KiB,
// fit L1 with their destination.
const transposeTile = 32

// transposeTo writes the transpose of the rows×cols matrix src (row i at
// src[i*lds:]) into dst (row j at dst[j*ldd:]): dst[j*ldd+i] = src[i*lds+j].
func transposeTo[E any](dst []E, ldd int, src []E, lds, rows, cols int) {
	for i0 := 0; i0 < rows; i0 += transposeTile {
		i1 := min(i0+transposeTile, rows)
		for j0 := 0; j0 < cols; j0 += transposeTile {
			j1 := min(j0+transposeTile, cols)
			for i := i0; i < i1; i++ {
				for j, v := range src[i*lds+j0 : i*lds+j1] {
					dst[(j0+j)*ldd+i] = v
				}
			}
		}
	}
}

// transposeSquare transposes the n×n matrix x (leading dimension n) in
// place, swapping the tiles on either side of the diagonal pairwise.
func transposeSquare[E any](x []E, n int) {
	for i0 := 0; i0 < n; i0 += transposeTile {
		i1 := min(i0+transposeTile, n)
		for j0 := i0; j0 < n; j0 += transposeTile {
			j1 := min(j0+transposeTile, n)
			for i := i0; i < i1; i++ {
				for j := max(j0, i+1); j < j1; j++ {
					x[i*n+j], x[j*n+i] = x[j*n+i], x[i*n+j]
				}
			}
		}
	}
}

// mirrorUpper copies the upper triangle of the n×n matrix c (row i at
// c[i*ldc:]) onto its lower triangle, c[j*ldc+i] = c[i*ldc+j] for i < j,
// tile by tile as transposeTo does.
func mirrorUpper[E any](c []E, ldc, n int) {
	for i0 := 0; i0 < n; i0 += transposeTile {
		i1 := min(i0+transposeTile, n)
		for j0 := i0; j0 < n; j0 += transposeTile {
			j1 := min(j0+transposeTile, n)
			for i := i0; i < i1; i++ {
				for j := max(j0, i+1); j < j1; j++ {
					c[j*ldc+i] = c[i*ldc+j]
				}
			}
		}
	}
}
