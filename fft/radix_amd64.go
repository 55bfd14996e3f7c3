//go:build amd64 && !purego

package fft

import "unsafe"

// On amd64 the radix-4 and radix-2 passes of float64 transforms, which carry nearly all
// the work for power-of-two lengths, run in AVX assembly (radix_amd64.s)
// when the CPU and OS support AVX: two complex128 values per instruction,
// with the same operations in the same order as the Go butterflies, so the
// results are the same to the bit. -tags purego leaves the assembly out.

// useAsm says whether the assembly kernels run; tests switch it off to
// compare them with the Go code.
var useAsm = hasAVX()

// rotMasks are the sign masks that turn a swapped (im, re) pair into a
// product by -i (forward) or +i (backward): rotMasks[0] and [1].
var rotMasks = [2][4]uint64{
	{0, 1 << 63, 0, 1 << 63},
	{1 << 63, 0, 1 << 63, 0},
}

//go:noescape
func pass4AVX(ch, cc, tw unsafe.Pointer, ido, l1 int, rot *[4]uint64)

//go:noescape
func pass4AVX1(ch, cc unsafe.Pointer, l1 int, rot *[4]uint64)

//go:noescape
func pass2AVX(ch, cc, tw unsafe.Pointer, ido, l1 int)

func cpuid(eaxArg, ecxArg uint32) (eax, ebx, ecx, edx uint32)

func xgetbv() (eax uint32)

// hasAVX reports whether the CPU has AVX and the OS saves the Y registers.
func hasAVX() bool {
	const osxsave, avx = 1 << 27, 1 << 28
	_, _, c, _ := cpuid(1, 0)
	return c&osxsave != 0 && c&avx != 0 && xgetbv()&6 == 6
}

// passAsm runs stage st from in to out in assembly and reports true, or
// reports false if no kernel applies (float32, a radix other than 2 and 4, odd ido, or
// AVX missing). It panics if the buffers are shorter than the stage.
func passAsm[F float](st *stage[F], in, out []cpx[F], fwd bool) bool {
	if !useAsm || floatSize[F]() != 8 {
		return false
	}
	n := st.p * st.l1 * st.ido
	rot := &rotMasks[1]
	if fwd {
		rot = &rotMasks[0]
	}
	switch {
	case st.p == 2 && st.ido%2 == 0:
		_, _, _ = in[n-1], out[n-1], st.tw[st.ido-1]
		pass2AVX(unsafe.Pointer(&out[0]), unsafe.Pointer(&in[0]), unsafe.Pointer(&st.tw[0]), st.ido, st.l1)
	case st.p != 4:
		return false
	case st.ido == 1 && st.l1%2 == 0:
		_, _ = in[n-1], out[n-1]
		pass4AVX1(unsafe.Pointer(&out[0]), unsafe.Pointer(&in[0]), st.l1, rot)
	case st.ido%2 == 0:
		_, _, _ = in[n-1], out[n-1], st.tw[3*st.ido-1]
		pass4AVX(unsafe.Pointer(&out[0]), unsafe.Pointer(&in[0]), unsafe.Pointer(&st.tw[0]), st.ido, st.l1, rot)
	default:
		return false
	}
	return true
}
