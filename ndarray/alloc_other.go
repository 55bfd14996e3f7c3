//go:build !linux

package ndarray

import "unsafe"

// adviseHugePages does nothing outside Linux, which alone has MADV_HUGEPAGE.
func adviseHugePages(unsafe.Pointer, uintptr) {}
