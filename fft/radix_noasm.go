//go:build !amd64 || purego

package fft

// asmLevel is asmNone: this build has no assembly kernels.
var asmLevel = asmNone

// passAsm reports false: every pass runs in Go.
func passAsm[F float](*stage[F], []cpx[F], []cpx[F], bool) bool { return false }
