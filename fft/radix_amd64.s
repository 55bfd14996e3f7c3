//go:build amd64 && !purego

#include "textflag.h"

// The AVX kernels of the radix-4 pass for complex128 (see radix_amd64.go).
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

// func pass4AVX(ch, cc, tw unsafe.Pointer, ido, l1 int, rot *[4]uint64)
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
	VADDPD Y2, Y0, Y4       // t0 = a0+a2
	VSUBPD Y2, Y0, Y5       // t1 = a0-a2
	VADDPD Y3, Y1, Y6       // t2 = a1+a3
	VSUBPD Y3, Y1, Y7
	VPERMILPD $5, Y7, Y7
	VXORPD Y14, Y7, Y7      // t3 = (a1-a3)·(±i)
	VADDPD Y6, Y4, Y0
	VMOVUPD Y0, (DI)        // y0 = t0+t2
	VADDPD Y7, Y5, Y1
	VSUBPD Y6, Y4, Y2
	VSUBPD Y7, Y5, Y3
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

// func pass4AVX1(ch, cc unsafe.Pointer, l1 int, rot *[4]uint64)
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
	VADDPD Y2, Y0, Y4
	VSUBPD Y2, Y0, Y5
	VADDPD Y3, Y1, Y6
	VSUBPD Y3, Y1, Y7
	VPERMILPD $5, Y7, Y7
	VXORPD Y14, Y7, Y7
	VADDPD Y6, Y4, Y0
	VADDPD Y7, Y5, Y1
	VSUBPD Y6, Y4, Y2
	VSUBPD Y7, Y5, Y3
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
