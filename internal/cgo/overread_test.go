//go:build cgo && !purego && linux

package cgo

import (
	"syscall"
	"testing"
	"unsafe"
)

// guarded returns n complex128 elements that end at a page the process
// may not read, so that a read past their end kills the test binary.
func guarded(t *testing.T, n int) []complex128 {
	page := syscall.Getpagesize()
	body := (16*n + page - 1) / page * page
	mem, err := syscall.Mmap(-1, 0, body+page, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { syscall.Munmap(mem) })
	if err := syscall.Mprotect(mem[body:], syscall.PROT_NONE); err != nil {
		t.Fatal(err)
	}
	a := unsafe.Slice((*complex128)(unsafe.Pointer(&mem[body-16*n])), n)
	for i := range a {
		a[i] = complex(float64(i%7)-3, float64(i%5)-2)
	}
	return a
}

// TestComplexDriversStayInBounds runs the complex drivers whose Householder
// reductions meet OpenBLAS 0.3.21's zgemv_n over-read (withSlack) on
// matrices that end at an unreadable page: without the spare column they
// die with SIGSEGV.
func TestComplexDriversStayInBounds(t *testing.T) {
	var l LAPACKE
	for _, n := range []int{17, 64, 128} {
		a := guarded(t, n*n)
		for i := range n { // Hermitian: real diagonal, the upper triangle is read
			a[i+i*n] = complex(real(a[i+i*n])+float64(n), 0)
		}
		if !l.Zheevd('V', 'U', n, a, n, make([]float64, n)) {
			t.Errorf("Zheevd n=%d did not converge", n)
		}
		a = guarded(t, n*n)
		s, u, vt := make([]float64, n), make([]complex128, n*n), make([]complex128, n*n)
		if !l.Zgesdd('S', n, n, a, n, s, u, n, vt, n) {
			t.Errorf("Zgesdd n=%d did not converge", n)
		}
		a, b := guarded(t, n*n), make([]complex128, n)
		if _, ok := l.Zgelsd(n, n, 1, a, n, b, n, make([]float64, n), -1); !ok {
			t.Errorf("Zgelsd n=%d did not converge", n)
		}
	}
}
