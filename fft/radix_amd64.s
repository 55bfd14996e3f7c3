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
	ADDQ $32, SI
	ADDQ $32, DI
	ADDQ $32, DX
	SUBQ $32, AX
	JNZ loopi

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
	ADDQ $32, SI
	ADDQ $32, DI
	ADDQ $32, DX
	SUBQ $32, AX
	JNZ loopi2

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
	ADDQ $64, SI
	ADDQ $64, DI
	ADDQ $64, DX
	SUBQ $64, AX
	JNZ loopi512

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
	ADDQ $64, SI
	ADDQ $64, DI
	ADDQ $64, DX
	SUBQ $64, AX
	JNZ loopi2512

	ADDQ R8, SI             // next group: 2·ido inputs on
	SUBQ R8, DX
	DECQ CX
	JNZ loopk2512
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
