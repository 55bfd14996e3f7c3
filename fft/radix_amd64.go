//go:build amd64 && !purego

package fft

import "unsafe"

// On amd64 the radix-4 and radix-2 passes of float64 transforms, which carry nearly all
// the work for power-of-two lengths, run in assembly (radix_amd64.s): in
// AVX-512F kernels, four complex128 values per instruction, when the CPU and
// OS support it, else in AVX kernels, two per instruction. The radix-3, 5
// and 7 passes have AVX-512F kernels for ido a multiple of 4, which
// factorize's order (odd radices first) gives every length divisible by 4.
// All do the same operations in the same order as the Go butterflies, so
// the results are the same to the bit. -tags purego leaves the assembly out.
//
// On the 2-core AMD EPYC (Zen 5) the AVX-512 kernels take a forward
// complex128 transform (plan.execTo, both kernel sets alternated in one
// process, medians of 40) from 1.15 to 0.73 µs at 1024 points, which stay
// in the L1 cache, 5.9 to 5.2 µs at 4096, and 193 to 179 µs at 2^16; from
// there on the passes are bound by the caches' and memory's bandwidth and
// gain about 7%.

// asmLevel is the widest kernel set the passes use; tests lower it to
// compare each set with the Go code.
var asmLevel = cpuLevel()

// rotMasks are the sign masks that turn a swapped (im, re) pair into a
// product by -i (forward) or +i (backward): rotMasks[0] and [1]. The AVX
// kernels read the first half.
var rotMasks = [2][8]uint64{
	{0, 1 << 63, 0, 1 << 63, 0, 1 << 63, 0, 1 << 63},
	{1 << 63, 0, 1 << 63, 0, 1 << 63, 0, 1 << 63, 0},
}

//go:noescape
func pass4AVX(ch, cc, tw unsafe.Pointer, ido, l1 int, rot *[8]uint64)

//go:noescape
func pass4AVX1(ch, cc unsafe.Pointer, l1 int, rot *[8]uint64)

//go:noescape
func pass2AVX(ch, cc, tw unsafe.Pointer, ido, l1 int)

//go:noescape
func pass4AVX512(ch, cc, tw unsafe.Pointer, ido, l1 int, rot *[8]uint64)

//go:noescape
func pass4AVX512Ido1(ch, cc unsafe.Pointer, l1 int, rot *[8]uint64)

//go:noescape
func pass2AVX512(ch, cc, tw unsafe.Pointer, ido, l1 int)

//go:noescape
func pass3AVX512(ch, cc, tw unsafe.Pointer, ido, l1 int, c *[2]float64)

//go:noescape
func pass5AVX512(ch, cc, tw unsafe.Pointer, ido, l1 int, c *[4]float64)

//go:noescape
func pass7AVX512(ch, cc, tw unsafe.Pointer, ido, l1 int, roots unsafe.Pointer)

// pass3Consts and pass5Consts are pass3's and pass5's constants for a
// forward ([0]) and a backward ([1]) transform: tw1r, tw1i and c1, c2, s1,
// s2, the sines signed by the direction.
var (
	pass3Consts = [2][2]float64{{-0.5, -sin60}, {-0.5, sin60}}
	pass5Consts = [2][4]float64{{cos72, cos144, -sin72, -sin144}, {cos72, cos144, sin72, sin144}}
)

func cpuid(eaxArg, ecxArg uint32) (eax, ebx, ecx, edx uint32)

func xgetbv() (eax uint32)

// cpuLevel returns the widest kernel set the CPU has and the OS saves the
// registers of: AVX needs the Y registers' state (XCR0 bits 1, 2), AVX-512F
// (CPUID leaf 7, EBX bit 16) also the opmask and Z registers' (bits 5-7).
func cpuLevel() int {
	const osxsave, avx, avx512f = 1 << 27, 1 << 28, 1 << 16
	_, _, c, _ := cpuid(1, 0)
	if c&osxsave == 0 || c&avx == 0 {
		return asmNone
	}
	xcr0 := xgetbv()
	if xcr0&6 != 6 {
		return asmNone
	}
	if maxLeaf, _, _, _ := cpuid(0, 0); maxLeaf >= 7 {
		if _, b, _, _ := cpuid(7, 0); b&avx512f != 0 && xcr0&0xe6 == 0xe6 {
			return asmAVX512
		}
	}
	return asmAVX
}

// passAsm runs stage st from in to out in assembly and reports true, or
// reports false if no kernel applies (float32, a radix other than 2, 3, 4,
// 5 and 7, odd ido, or AVX missing). The AVX-512 kernels take ido a
// multiple of 4 (l1 a multiple of 4 when ido is 1), the AVX ones the rest
// of the radix-2 and radix-4 passes; the radix-3, 5 and 7 passes have only
// AVX-512 kernels. It panics if the buffers are
// shorter than the stage.
func passAsm[F float](st *stage[F], in, out []cpx[F], fwd bool) bool {
	if asmLevel == asmNone || floatSize[F]() != 8 {
		return false
	}
	n := st.p * st.l1 * st.ido
	dir := 1
	if fwd {
		dir = 0
	}
	rot := &rotMasks[dir]
	wide := asmLevel >= asmAVX512
	switch {
	case (st.p == 3 || st.p == 5 || st.p == 7) && wide && st.ido%4 == 0:
		_, _, _ = in[n-1], out[n-1], st.tw[(st.p-1)*st.ido-1]
		ch, cc, tw := unsafe.Pointer(&out[0]), unsafe.Pointer(&in[0]), unsafe.Pointer(&st.tw[0])
		switch st.p {
		case 3:
			pass3AVX512(ch, cc, tw, st.ido, st.l1, &pass3Consts[dir])
		case 5:
			pass5AVX512(ch, cc, tw, st.ido, st.l1, &pass5Consts[dir])
		default:
			_ = st.roots[6]
			pass7AVX512(ch, cc, tw, st.ido, st.l1, unsafe.Pointer(&st.roots[0]))
		}
	case st.p == 2 && st.ido%2 == 0:
		_, _, _ = in[n-1], out[n-1], st.tw[st.ido-1]
		if wide && st.ido%4 == 0 {
			pass2AVX512(unsafe.Pointer(&out[0]), unsafe.Pointer(&in[0]), unsafe.Pointer(&st.tw[0]), st.ido, st.l1)
		} else {
			pass2AVX(unsafe.Pointer(&out[0]), unsafe.Pointer(&in[0]), unsafe.Pointer(&st.tw[0]), st.ido, st.l1)
		}
	case st.p != 4:
		return false
	case st.ido == 1 && st.l1%2 == 0:
		_, _ = in[n-1], out[n-1]
		if wide && st.l1%4 == 0 {
			pass4AVX512Ido1(unsafe.Pointer(&out[0]), unsafe.Pointer(&in[0]), st.l1, rot)
		} else {
			pass4AVX1(unsafe.Pointer(&out[0]), unsafe.Pointer(&in[0]), st.l1, rot)
		}
	case st.ido%2 == 0:
		_, _, _ = in[n-1], out[n-1], st.tw[3*st.ido-1]
		if wide && st.ido%4 == 0 {
			pass4AVX512(unsafe.Pointer(&out[0]), unsafe.Pointer(&in[0]), unsafe.Pointer(&st.tw[0]), st.ido, st.l1, rot)
		} else {
			pass4AVX(unsafe.Pointer(&out[0]), unsafe.Pointer(&in[0]), unsafe.Pointer(&st.tw[0]), st.ido, st.l1, rot)
		}
	default:
		return false
	}
	return true
}
