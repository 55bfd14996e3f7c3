//go:build !amd64 || purego

package fft

// asmLevel is 0: this build has no assembly kernels.
var asmLevel = 0

// passAsm reports false: every pass runs in Go.
func passAsm[F float](*stage[F], []cpx[F], []cpx[F], bool) bool { return false }
