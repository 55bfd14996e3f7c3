//go:build amd64 && !purego

#include "textflag.h"

// The AVX kernels of the radix-4 and radix-2 passes for complex128 (see radix_amd64.go).
// A Y register holds two complex128 values; a complex product z·w is
// (z·re(w)) addsub (swap(z)·im(w)), exactly the scalar code's operations.

// CMUL multiplies Z by the two twiddles at address W, using T1..T3 as
// temporaries.
#define CMUL(Z, W, T1, T2, T3) \
	VMOVDDUP W, T1 \
	VPERMILPD $15, W, T2 \
	VPERMILPD $5, Z, T3 \
	VMULPD T1, Z, Z \
	VMULPD T2, T3, T3 \
	VADDSUBPD T3, Z, Z

// NEXTI ends the loop over a group's positions i: the inputs (SI), outputs
// (DI) and twiddles (DX) move on by W bytes (one register of values), and
// AX, the bytes of the group left, counts down to LOOP's next round.
#define NEXTI(W, LOOP) \
	ADDQ W, SI \
	ADDQ W, DI \
	ADDQ W, DX \
	SUBQ W, AX \
	JNZ LOOP

// BFLY4 is the radix-4 butterfly without twiddles: A0..A3 hold the four
// inputs a0..a3 and get y0 = t0+t2, y1 = t1+t3, y2 = t0-t2, y3 = t1-t3,
// where T0..T3 hold t0 = a0+a2, t1 = a0-a2, t2 = a1+a3 and
// t3 = (a1-a3)·(±i). SWAP exchanges the real
// and imaginary parts of each value ($5 for Y registers, $0x55 for Z), and
// XOR (VXORPD, or VPXORQ for Z: VXORPD on Z registers needs AVX512DQ) with
// ROT's sign mask completes the product by ±i.
#define BFLY4(A0, A1, A2, A3, T0, T1, T2, T3, SWAP, XOR, ROT) \
	VADDPD A2, A0, T0 \
	VSUBPD A2, A0, T1 \
	VADDPD A3, A1, T2 \
	VSUBPD A3, A1, T3 \
	VPERMILPD SWAP, T3, T3 \
	XOR ROT, T3, T3 \
	VADDPD T2, T0, A0 \
	VADDPD T3, T1, A1 \
	VSUBPD T2, T0, A2 \
	VSUBPD T3, T1, A3

// func pass4AVX(ch, cc, tw unsafe.Pointer, ido, l1 int, rot *[8]uint64)
// ido is even and at least 2.
TEXT ·pass4AVX(SB), NOSPLIT, $0-48
	MOVQ ch+0(FP), DI
	MOVQ cc+8(FP), SI
	MOVQ tw+16(FP), DX
	MOVQ ido+24(FP), R8
	MOVQ l1+32(FP), CX
	MOVQ rot+40(FP), AX
	VMOVUPD (AX), Y14
	SHLQ $4, R8             // ido in bytes: distance between butterfly inputs
	MOVQ CX, R9
	IMULQ R8, R9            // l1·ido in bytes: distance between outputs
	LEAQ (R8)(R8*2), R10
	LEAQ (R9)(R9*2), R11

loopk:
	MOVQ R8, AX

loopi:
	VMOVUPD (SI), Y0
	VMOVUPD (SI)(R8*1), Y1
	VMOVUPD (SI)(R8*2), Y2
	VMOVUPD (SI)(R10*1), Y3
	BFLY4(Y0, Y1, Y2, Y3, Y4, Y5, Y6, Y7, $5, VXORPD, Y14)
	VMOVUPD Y0, (DI)        // y0 = t0+t2
	CMUL(Y1, (DX), Y8, Y9, Y10)
	CMUL(Y2, (DX)(R8*1), Y11, Y12, Y13)
	VMOVUPD Y1, (DI)(R9*1)  // y1 = (t1+t3)·w1
	VMOVUPD Y2, (DI)(R9*2)  // y2 = (t0-t2)·w2
	CMUL(Y3, (DX)(R8*2), Y8, Y9, Y10)
	VMOVUPD Y3, (DI)(R11*1) // y3 = (t1-t3)·w3
	NEXTI($32, loopi)

	ADDQ R10, SI            // next group: 4·ido inputs on
	SUBQ R8, DX             // twiddles restart
	DECQ CX
	JNZ loopk
	VZEROUPPER
	RET

// func pass4AVX1(ch, cc unsafe.Pointer, l1 int, rot *[8]uint64)
// The pass with ido = 1 (no twiddles), two groups at a time; l1 is even.
TEXT ·pass4AVX1(SB), NOSPLIT, $0-32
	MOVQ ch+0(FP), DI
	MOVQ cc+8(FP), SI
	MOVQ l1+16(FP), CX
	MOVQ rot+24(FP), AX
	VMOVUPD (AX), Y14
	MOVQ CX, R9
	SHLQ $4, R9             // l1 in bytes: distance between outputs
	LEAQ (R9)(R9*2), R11
	SHRQ $1, CX

loop:
	VMOVUPD (SI), Y8        // x0, x1 of group k
	VMOVUPD 32(SI), Y9      // x2, x3 of group k
	VMOVUPD 64(SI), Y10     // x0, x1 of group k+1
	VMOVUPD 96(SI), Y11     // x2, x3 of group k+1
	VPERM2F128 $0x20, Y10, Y8, Y0
	VPERM2F128 $0x31, Y10, Y8, Y1
	VPERM2F128 $0x20, Y11, Y9, Y2
	VPERM2F128 $0x31, Y11, Y9, Y3
	BFLY4(Y0, Y1, Y2, Y3, Y4, Y5, Y6, Y7, $5, VXORPD, Y14)
	VMOVUPD Y0, (DI)
	VMOVUPD Y1, (DI)(R9*1)
	VMOVUPD Y2, (DI)(R9*2)
	VMOVUPD Y3, (DI)(R11*1)
	ADDQ $128, SI
	ADDQ $32, DI
	DECQ CX
	JNZ loop
	VZEROUPPER
	RET

// func pass2AVX(ch, cc, tw unsafe.Pointer, ido, l1 int)
// The radix-2 pass; ido is even and at least 2.
TEXT ·pass2AVX(SB), NOSPLIT, $0-40
	MOVQ ch+0(FP), DI
	MOVQ cc+8(FP), SI
	MOVQ tw+16(FP), DX
	MOVQ ido+24(FP), R8
	MOVQ l1+32(FP), CX
	SHLQ $4, R8             // ido in bytes
	MOVQ CX, R9
	IMULQ R8, R9            // l1·ido in bytes

loopk2:
	MOVQ R8, AX

loopi2:
	VMOVUPD (SI), Y0
	VMOVUPD (SI)(R8*1), Y1
	VADDPD Y1, Y0, Y2
	VSUBPD Y1, Y0, Y3
	VMOVUPD Y2, (DI)        // y0 = a+b
	CMUL(Y3, (DX), Y8, Y9, Y10)
	VMOVUPD Y3, (DI)(R9*1)  // y1 = (a-b)·w1
	NEXTI($32, loopi2)

	ADDQ R8, SI             // next group: 2·ido inputs on
	SUBQ R8, DX
	DECQ CX
	JNZ loopk2
	VZEROUPPER
	RET

// The AVX-512F kernels: a Z register holds four complex128 values. There
// is no VADDSUBPD for Z registers, so CMUL512 negates the even lanes of the
// second product (VPXORQ with negEven) and adds: a-b and a+(-b) are the same
// IEEE operation, so the results stay those of the Go code to the bit.

// negEven flips the sign of the real parts.
DATA negEven<>+0(SB)/8, $0x8000000000000000
DATA negEven<>+8(SB)/8, $0
DATA negEven<>+16(SB)/8, $0x8000000000000000
DATA negEven<>+24(SB)/8, $0
DATA negEven<>+32(SB)/8, $0x8000000000000000
DATA negEven<>+40(SB)/8, $0
DATA negEven<>+48(SB)/8, $0x8000000000000000
DATA negEven<>+56(SB)/8, $0
GLOBL negEven<>(SB), RODATA|NOPTR, $64

// CMUL512 multiplies Z by the four twiddles at address W, using T1..T3 as
// temporaries and M = negEven.
#define CMUL512(Z, W, T1, T2, T3, M) \
	VMOVDDUP W, T1 \
	VPERMILPD $0xFF, W, T2 \
	VPERMILPD $0x55, Z, T3 \
	VMULPD T1, Z, Z \
	VMULPD T2, T3, T3 \
	VPXORQ M, T3, T3 \
	VADDPD T3, Z, Z

// func pass4AVX512(ch, cc, tw unsafe.Pointer, ido, l1 int, rot *[8]uint64)
// ido is a multiple of 4.
TEXT ·pass4AVX512(SB), NOSPLIT, $0-48
	MOVQ ch+0(FP), DI
	MOVQ cc+8(FP), SI
	MOVQ tw+16(FP), DX
	MOVQ ido+24(FP), R8
	MOVQ l1+32(FP), CX
	MOVQ rot+40(FP), AX
	VMOVUPD (AX), Z14
	VMOVUPD negEven<>(SB), Z15
	SHLQ $4, R8             // ido in bytes: distance between butterfly inputs
	MOVQ CX, R9
	IMULQ R8, R9            // l1·ido in bytes: distance between outputs
	LEAQ (R8)(R8*2), R10
	LEAQ (R9)(R9*2), R11

loopk512:
	MOVQ R8, AX

loopi512:
	VMOVUPD (SI), Z0
	VMOVUPD (SI)(R8*1), Z1
	VMOVUPD (SI)(R8*2), Z2
	VMOVUPD (SI)(R10*1), Z3
	BFLY4(Z0, Z1, Z2, Z3, Z4, Z5, Z6, Z7, $0x55, VPXORQ, Z14)
	VMOVUPD Z0, (DI)        // y0 = t0+t2
	CMUL512(Z1, (DX), Z8, Z9, Z10, Z15)
	CMUL512(Z2, (DX)(R8*1), Z11, Z12, Z13, Z15)
	CMUL512(Z3, (DX)(R8*2), Z16, Z17, Z18, Z15)
	VMOVUPD Z1, (DI)(R9*1)  // y1 = (t1+t3)·w1
	VMOVUPD Z2, (DI)(R9*2)  // y2 = (t0-t2)·w2
	VMOVUPD Z3, (DI)(R11*1) // y3 = (t1-t3)·w3
	NEXTI($64, loopi512)

	ADDQ R10, SI            // next group: 4·ido inputs on
	SUBQ R8, DX             // twiddles restart
	DECQ CX
	JNZ loopk512
	VZEROUPPER
	RET

// func pass4AVX512Ido1(ch, cc unsafe.Pointer, l1 int, rot *[8]uint64)
// The pass with ido = 1, four groups at a time; l1 is a multiple of 4.
// Two rounds of VSHUFF64X2 transpose the 4×4 block of complex128 values
// (group by point) into one register per point.
TEXT ·pass4AVX512Ido1(SB), NOSPLIT, $0-32
	MOVQ ch+0(FP), DI
	MOVQ cc+8(FP), SI
	MOVQ l1+16(FP), CX
	MOVQ rot+24(FP), AX
	VMOVUPD (AX), Z14
	MOVQ CX, R9
	SHLQ $4, R9             // l1 in bytes: distance between outputs
	LEAQ (R9)(R9*2), R11
	SHRQ $2, CX

loopido1:
	VMOVUPD (SI), Z8        // x0..x3 of group k
	VMOVUPD 64(SI), Z9      // of group k+1
	VMOVUPD 128(SI), Z10    // of group k+2
	VMOVUPD 192(SI), Z11    // of group k+3
	VSHUFF64X2 $0x44, Z9, Z8, Z12   // x0, x1 of k; x0, x1 of k+1
	VSHUFF64X2 $0xEE, Z9, Z8, Z13   // x2, x3 of k, k+1
	VSHUFF64X2 $0x44, Z11, Z10, Z15 // x0, x1 of k+2, k+3
	VSHUFF64X2 $0xEE, Z11, Z10, Z16 // x2, x3 of k+2, k+3
	VSHUFF64X2 $0x88, Z15, Z12, Z0  // x0 of k..k+3
	VSHUFF64X2 $0xDD, Z15, Z12, Z1  // x1
	VSHUFF64X2 $0x88, Z16, Z13, Z2  // x2
	VSHUFF64X2 $0xDD, Z16, Z13, Z3  // x3
	BFLY4(Z0, Z1, Z2, Z3, Z4, Z5, Z6, Z7, $0x55, VPXORQ, Z14)
	VMOVUPD Z0, (DI)
	VMOVUPD Z1, (DI)(R9*1)
	VMOVUPD Z2, (DI)(R9*2)
	VMOVUPD Z3, (DI)(R11*1)
	ADDQ $256, SI
	ADDQ $64, DI
	DECQ CX
	JNZ loopido1
	VZEROUPPER
	RET

// func pass2AVX512(ch, cc, tw unsafe.Pointer, ido, l1 int)
// The radix-2 pass; ido is a multiple of 4.
TEXT ·pass2AVX512(SB), NOSPLIT, $0-40
	MOVQ ch+0(FP), DI
	MOVQ cc+8(FP), SI
	MOVQ tw+16(FP), DX
	MOVQ ido+24(FP), R8
	MOVQ l1+32(FP), CX
	VMOVUPD negEven<>(SB), Z15
	SHLQ $4, R8             // ido in bytes
	MOVQ CX, R9
	IMULQ R8, R9            // l1·ido in bytes

loopk2512:
	MOVQ R8, AX

loopi2512:
	VMOVUPD (SI), Z0
	VMOVUPD (SI)(R8*1), Z1
	VADDPD Z1, Z0, Z2
	VSUBPD Z1, Z0, Z3
	VMOVUPD Z2, (DI)        // y0 = a+b
	CMUL512(Z3, (DX), Z8, Z9, Z10, Z15)
	VMOVUPD Z3, (DI)(R9*1)  // y1 = (a-b)·w1
	NEXTI($64, loopi2512)

	ADDQ R8, SI             // next group: 2·ido inputs on
	SUBQ R8, DX
	DECQ CX
	JNZ loopk2512
	VZEROUPPER
	RET

// func pass3AVX512(ch, cc, tw unsafe.Pointer, ido, l1 int, c *[2]float64)
// The radix-3 pass; ido is a multiple of 4. c holds tw1r = -1/2 and tw1i =
// ±√3/2 (the sign of the transform's direction), as pass3 computes them.
TEXT ·pass3AVX512(SB), NOSPLIT, $0-48
	MOVQ ch+0(FP), DI
	MOVQ cc+8(FP), SI
	MOVQ tw+16(FP), DX
	MOVQ ido+24(FP), R8
	MOVQ l1+32(FP), CX
	MOVQ c+40(FP), AX
	VBROADCASTSD (AX), Z13  // tw1r
	VBROADCASTSD 8(AX), Z14 // tw1i
	VMOVUPD negEven<>(SB), Z15
	SHLQ $4, R8             // ido in bytes: distance between butterfly inputs
	MOVQ CX, R9
	IMULQ R8, R9            // l1·ido in bytes: distance between outputs
	LEAQ (R8)(R8*1), R10    // 2·ido: from a group's second input to the next group

loopk3512:
	MOVQ R8, AX

loopi3512:
	VMOVUPD (SI), Z0        // x0
	VMOVUPD (SI)(R8*1), Z1  // x1
	VMOVUPD (SI)(R8*2), Z2  // x2
	VADDPD Z2, Z1, Z3       // t = x1+x2
	VSUBPD Z2, Z1, Z4       // d = x1-x2
	VADDPD Z3, Z0, Z5       // y0 = x0+t
	VMULPD Z13, Z3, Z3
	VADDPD Z3, Z0, Z3       // a = x0 + tw1r·t
	VPERMILPD $0x55, Z4, Z4
	VMULPD Z14, Z4, Z4
	VPXORQ Z15, Z4, Z4      // b = (-tw1i·d.im, tw1i·d.re)
	VADDPD Z4, Z3, Z1       // y1 = a+b
	VSUBPD Z4, Z3, Z2       // y2 = a-b
	VMOVUPD Z5, (DI)
	CMUL512(Z1, (DX), Z8, Z9, Z10, Z15)
	CMUL512(Z2, (DX)(R8*1), Z11, Z12, Z16, Z15)
	VMOVUPD Z1, (DI)(R9*1)  // y1·w1
	VMOVUPD Z2, (DI)(R9*2)  // y2·w2
	NEXTI($64, loopi3512)

	ADDQ R10, SI            // next group: 3·ido inputs on
	SUBQ R8, DX             // twiddles restart
	DECQ CX
	JNZ loopk3512
	VZEROUPPER
	RET

// func pass5AVX512(ch, cc, tw unsafe.Pointer, ido, l1 int, c *[4]float64)
// The radix-5 pass; ido is a multiple of 4. c holds c1 = cos(2π/5),
// c2 = cos(4π/5) and s1, s2 = ±sin(2π/5), ±sin(4π/5) (the sign of the
// transform's direction), as pass5 computes them, in its order: with
// t1, t4 = x1±x4, t2, t3 = x2±x3 and swap exchanging real and imaginary
// parts, y0 = (x0+t1)+t2, a1 = (x0+c1·t1)+c2·t2, a2 = (x0+c2·t1)+c1·t2,
// b1 = conj-negated s1·swap(t4)+s2·swap(t3), b2 = the same of
// s2·swap(t4)-s1·swap(t3), and y1, y4 = a1±b1, y2, y3 = a2±b2.
TEXT ·pass5AVX512(SB), NOSPLIT, $0-48
	MOVQ ch+0(FP), DI
	MOVQ cc+8(FP), SI
	MOVQ tw+16(FP), DX
	MOVQ ido+24(FP), R8
	MOVQ l1+32(FP), CX
	MOVQ c+40(FP), AX
	VBROADCASTSD (AX), Z20   // c1
	VBROADCASTSD 8(AX), Z21  // c2
	VBROADCASTSD 16(AX), Z22 // s1
	VBROADCASTSD 24(AX), Z23 // s2
	VMOVUPD negEven<>(SB), Z15
	SHLQ $4, R8             // ido in bytes
	MOVQ CX, R9
	IMULQ R8, R9            // l1·ido in bytes
	LEAQ (R8)(R8*2), R10    // 3·ido
	LEAQ (R9)(R9*2), R11    // 3·l1·ido
	LEAQ (R8*4), R12        // 4·ido: from a group's second input to the next group

loopk5512:
	MOVQ R8, AX

loopi5512:
	VMOVUPD (SI), Z0
	VMOVUPD (SI)(R8*1), Z1
	VMOVUPD (SI)(R8*2), Z2
	VMOVUPD (SI)(R10*1), Z3
	VMOVUPD (SI)(R8*4), Z4
	VADDPD Z4, Z1, Z5       // t1 = x1+x4
	VSUBPD Z4, Z1, Z6       // t4 = x1-x4
	VADDPD Z3, Z2, Z7       // t2 = x2+x3
	VSUBPD Z3, Z2, Z8       // t3 = x2-x3
	VADDPD Z5, Z0, Z9
	VADDPD Z7, Z9, Z9       // y0 = (x0+t1)+t2
	VMULPD Z20, Z5, Z10
	VADDPD Z10, Z0, Z10
	VMULPD Z21, Z7, Z11
	VADDPD Z11, Z10, Z10    // a1 = (x0+c1·t1)+c2·t2
	VMULPD Z21, Z5, Z11
	VADDPD Z11, Z0, Z11
	VMULPD Z20, Z7, Z12
	VADDPD Z12, Z11, Z11    // a2 = (x0+c2·t1)+c1·t2
	VPERMILPD $0x55, Z6, Z6 // swap(t4)
	VPERMILPD $0x55, Z8, Z8 // swap(t3)
	VMULPD Z22, Z6, Z12
	VMULPD Z23, Z8, Z13
	VADDPD Z13, Z12, Z12
	VPXORQ Z15, Z12, Z12    // b1
	VMULPD Z23, Z6, Z13
	VMULPD Z22, Z8, Z14
	VSUBPD Z14, Z13, Z13
	VPXORQ Z15, Z13, Z13    // b2
	VADDPD Z12, Z10, Z1     // y1 = a1+b1
	VSUBPD Z12, Z10, Z4     // y4 = a1-b1
	VADDPD Z13, Z11, Z2     // y2 = a2+b2
	VSUBPD Z13, Z11, Z3     // y3 = a2-b2
	VMOVUPD Z9, (DI)
	CMUL512(Z1, (DX), Z16, Z17, Z18, Z15)
	CMUL512(Z2, (DX)(R8*1), Z19, Z24, Z25, Z15)
	CMUL512(Z3, (DX)(R8*2), Z26, Z27, Z28, Z15)
	CMUL512(Z4, (DX)(R10*1), Z29, Z30, Z31, Z15)
	VMOVUPD Z1, (DI)(R9*1)
	VMOVUPD Z2, (DI)(R9*2)
	VMOVUPD Z3, (DI)(R11*1)
	VMOVUPD Z4, (DI)(R9*4)
	NEXTI($64, loopi5512)

	ADDQ R12, SI            // next group: 5·ido inputs on
	SUBQ R8, DX
	DECQ CX
	JNZ loopk5512
	VZEROUPPER
	RET

// PAIR7 computes outputs j and 7-j of the radix-7 butterfly from x0 (Z0),
// the sums s1..s3 (Z7, Z9, Z11) and differences d1..d3 (Z8, Z10, Z12):
// with C1..C3 and S1..S3 the addresses of re and im of ω^(j·m mod 7),
// re = ((x0 + C1·s1) + C2·s2) + C3·s3 and im = ((0 + S1·d1) + S2·d2) + S3·d3
// (Z14 holds 0), y_j = re + i·im and y_(7-j) = re - i·im, times the
// twiddles at WJ and WP, stored at OJ and OP.
#define PAIR7(C1, S1, C2, S2, C3, S3, WJ, WP, OJ, OP) \
	VMULPD.BCST C1, Z7, Z18 \
	VADDPD Z18, Z0, Z16 \
	VMULPD.BCST C2, Z9, Z18 \
	VADDPD Z18, Z16, Z16 \
	VMULPD.BCST C3, Z11, Z18 \
	VADDPD Z18, Z16, Z16 \
	VMULPD.BCST S1, Z8, Z18 \
	VADDPD Z18, Z14, Z17 \
	VMULPD.BCST S2, Z10, Z18 \
	VADDPD Z18, Z17, Z17 \
	VMULPD.BCST S3, Z12, Z18 \
	VADDPD Z18, Z17, Z17 \
	VPERMILPD $0x55, Z17, Z19 \
	VPXORQ Z15, Z19, Z19 \
	VADDPD Z19, Z16, Z20 \
	VSUBPD Z19, Z16, Z21 \
	CMUL512(Z20, WJ, Z22, Z23, Z24, Z15) \
	CMUL512(Z21, WP, Z25, Z26, Z27, Z15) \
	VMOVUPD Z20, OJ \
	VMOVUPD Z21, OP

// func pass7AVX512(ch, cc, tw unsafe.Pointer, ido, l1 int, roots *cpx[float64])
// The radix-7 pass; ido is a multiple of 4. roots holds ω_7^q, q = 0..6,
// as passOdd reads them (stage.roots). The operations are passOdd's for
// p = 7, in its order: s_m, d_m = x_m ± x_(7-m), y0 = x0+s1+s2+s3, and
// for j = 1..3, with q = j·m mod 7, re = x0 + Σ re(ω^q)·s_m and
// im = 0 + Σ im(ω^q)·d_m, y_j = re + i·im and y_(7-j) = re - i·im, each
// times its twiddle.
TEXT ·pass7AVX512(SB), NOSPLIT, $0-48
	MOVQ ch+0(FP), DI
	MOVQ cc+8(FP), SI
	MOVQ tw+16(FP), DX
	MOVQ ido+24(FP), R8
	MOVQ l1+32(FP), CX
	MOVQ roots+40(FP), BX
	VMOVUPD negEven<>(SB), Z15
	VPXORQ Z14, Z14, Z14    // 0
	SHLQ $4, R8             // ido in bytes
	MOVQ CX, R9
	IMULQ R8, R9            // l1·ido in bytes
	LEAQ (R8)(R8*2), R10    // 3·ido
	LEAQ (R8)(R8*4), R12    // 5·ido
	LEAQ (R9)(R9*2), R11    // 3·l1·ido
	LEAQ (R9)(R9*4), R13    // 5·l1·ido

loopk7512:
	MOVQ R8, AX

loopi7512:
	VMOVUPD (SI), Z0
	VMOVUPD (SI)(R8*1), Z1
	VMOVUPD (SI)(R8*2), Z2
	VMOVUPD (SI)(R10*1), Z3
	VMOVUPD (SI)(R8*4), Z4
	VMOVUPD (SI)(R12*1), Z5
	VMOVUPD (SI)(R10*2), Z6
	VADDPD Z6, Z1, Z7       // s1
	VSUBPD Z6, Z1, Z8       // d1
	VADDPD Z5, Z2, Z9       // s2
	VSUBPD Z5, Z2, Z10      // d2
	VADDPD Z4, Z3, Z11      // s3
	VSUBPD Z4, Z3, Z12      // d3
	VADDPD Z7, Z0, Z13
	VADDPD Z9, Z13, Z13
	VADDPD Z11, Z13, Z13    // y0
	VMOVUPD Z13, (DI)
	PAIR7(16(BX), 24(BX), 32(BX), 40(BX), 48(BX), 56(BX), (DX), (DX)(R12*1), (DI)(R9*1), (DI)(R11*2))   // y1, y6
	PAIR7(32(BX), 40(BX), 64(BX), 72(BX), 96(BX), 104(BX), (DX)(R8*1), (DX)(R8*4), (DI)(R9*2), (DI)(R13*1)) // y2, y5
	PAIR7(48(BX), 56(BX), 96(BX), 104(BX), 32(BX), 40(BX), (DX)(R8*2), (DX)(R10*1), (DI)(R11*1), (DI)(R9*4)) // y3, y4
	NEXTI($64, loopi7512)

	LEAQ (SI)(R10*2), SI    // next group: 7·ido inputs on
	SUBQ R8, DX
	DECQ CX
	JNZ loopk7512
	VZEROUPPER
	RET

// func cpuid(eaxArg, ecxArg uint32) (eax, ebx, ecx, edx uint32)
TEXT ·cpuid(SB), NOSPLIT, $0-24
	MOVL eaxArg+0(FP), AX
	MOVL ecxArg+4(FP), CX
	CPUID
	MOVL AX, eax+8(FP)
	MOVL BX, ebx+12(FP)
	MOVL CX, ecx+16(FP)
	MOVL DX, edx+20(FP)
	RET

// func xgetbv() (eax uint32)
TEXT ·xgetbv(SB), NOSPLIT, $0-4
	MOVL $0, CX
	XGETBV
	MOVL AX, eax+0(FP)
	RET
