//go:build !amd64 || purego

package fft

// useAsm is false: this build has no assembly kernels.
var useAsm = false

// passAsm reports false: every pass runs in Go.
func passAsm[F float](*stage[F], []cpx[F], []cpx[F], bool) bool { return false }
