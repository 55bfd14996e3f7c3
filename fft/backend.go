package fft

// Backend names the FFT engine this build uses: "pure-go" by default and in
// pure-Go builds, "fftw" and the linked library's version (e.g.
// "fftw 3.3.10") under -tags fftw with cgo.
func Backend() string { return backend() }
