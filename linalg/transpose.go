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
// Within a tile it reads four rows of src at once, so that each row of dst
// gets four adjacent elements per visit instead of one (three times faster
// at 256×256 than one row at a time).
func transposeTo[E any](dst []E, ldd int, src []E, lds, rows, cols int) {
	for i0 := 0; i0 < rows; i0 += transposeTile {
		i1 := min(i0+transposeTile, rows)
		for j0 := 0; j0 < cols; j0 += transposeTile {
			j1 := min(j0+transposeTile, cols)
			i := i0
			for ; i+4 <= i1; i += 4 {
				r0 := src[i*lds+j0 : i*lds+j1]
				r1 := src[(i+1)*lds+j0:][:len(r0)]
				r2 := src[(i+2)*lds+j0:][:len(r0)]
				r3 := src[(i+3)*lds+j0:][:len(r0)]
				for j, v := range r0 {
					d := dst[(j0+j)*ldd+i:][:4]
					d[0], d[1], d[2], d[3] = v, r1[j], r2[j], r3[j]
				}
			}
			for ; i < i1; i++ {
				for j, v := range src[i*lds+j0 : i*lds+j1] {
					dst[(j0+j)*ldd+i] = v
				}
			}
		}
	}
}

// transposeSquare transposes the n×n matrix x (leading dimension n) in
// place: each diagonal tile in itself, and the tiles on either side of the
// diagonal pairwise, four rows at a time as transposeTo.
func transposeSquare[E any](x []E, n int) {
	for i0 := 0; i0 < n; i0 += transposeTile {
		i1 := min(i0+transposeTile, n)
		for i := i0; i < i1; i++ {
			for j := i + 1; j < i1; j++ {
				x[i*n+j], x[j*n+i] = x[j*n+i], x[i*n+j]
			}
		}
		for j0 := i1; j0 < n; j0 += transposeTile {
			j1 := min(j0+transposeTile, n)
			i := i0
			for ; i+4 <= i1; i += 4 {
				r0 := x[i*n+j0 : i*n+j1]
				r1 := x[(i+1)*n+j0:][:len(r0)]
				r2 := x[(i+2)*n+j0:][:len(r0)]
				r3 := x[(i+3)*n+j0:][:len(r0)]
				for j := range r0 {
					d := x[(j0+j)*n+i:][:4]
					d[0], r0[j] = r0[j], d[0]
					d[1], r1[j] = r1[j], d[1]
					d[2], r2[j] = r2[j], d[2]
					d[3], r3[j] = r3[j], d[3]
				}
			}
			for ; i < i1; i++ {
				for j := j0; j < j1; j++ {
					x[i*n+j], x[j*n+i] = x[j*n+i], x[i*n+j]
				}
			}
		}
	}
}

// mirrorUpper copies the upper triangle of the n×n matrix c (row i at
// c[i*ldc:]) onto its lower triangle, c[j*ldc+i] = c[i*ldc+j] for i < j:
// within each diagonal tile element by element, and each tile above the
// diagonal by transposeTo into its mirror image below.
func mirrorUpper[E any](c []E, ldc, n int) {
	for i0 := 0; i0 < n; i0 += transposeTile {
		i1 := min(i0+transposeTile, n)
		for i := i0; i < i1; i++ {
			for j := i + 1; j < i1; j++ {
				c[j*ldc+i] = c[i*ldc+j]
			}
		}
		if i1 < n {
			transposeTo(c[i1*ldc+i0:], ldc, c[i0*ldc+i1:], ldc, i1-i0, n-i1)
		}
	}
}
