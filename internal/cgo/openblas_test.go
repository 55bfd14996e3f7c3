//go:build cgo && !purego

package cgo

import (
	"regexp"
	"strings"
	"testing"
)

func TestBLASBackend(t *testing.T) {
	got := BLASBackend()
	switch BLASLink {
	case "openblas":
		if !regexp.MustCompile(`^openblas \d+\.\d+\.\d+$`).MatchString(got) {
			t.Errorf("BLASBackend() = %q, want \"openblas X.Y.Z\"", got)
		}
		if cfg := OpenBLASConfig(); !strings.HasPrefix(cfg, "OpenBLAS ") {
			t.Errorf("OpenBLASConfig() = %q, want prefix \"OpenBLAS \"", cfg)
		}
	case "cblas":
		// -tags customblas: any CBLAS; OpenBLAS is recognised when present.
		if got != "cblas" && !strings.HasPrefix(got, "openblas ") {
			t.Errorf("BLASBackend() = %q, want \"cblas\" or \"openblas X.Y.Z\"", got)
		}
	default:
		t.Fatalf("unknown BLASLink %q", BLASLink)
	}
	t.Logf("BLASBackend() = %q, OpenBLASConfig() = %q", got, OpenBLASConfig())
}

func TestOpenBLASVersion(t *testing.T) {
	for _, test := range []struct{ config, want string }{
		{"OpenBLAS 0.3.21 DYNAMIC_ARCH NO_AFFINITY Zen MAX_THREADS=64", "0.3.21"},
		{"OpenBLAS 0.3.26.dev USE64BITINT", "0.3.26.dev"},
		{"OpenBLAS v0.2.20", "0.2.20"},
		{"OpenBLAS", "unknown"},
		{"", "unknown"},
		{"MKL 2024", "unknown"},
	} {
		if got := openBLASVersion(test.config); got != test.want {
			t.Errorf("openBLASVersion(%q) = %q, want %q", test.config, got, test.want)
		}
	}
}

func TestNumThreads(t *testing.T) {
	old := NumThreads()
	if old < 1 {
		t.Fatalf("NumThreads() = %d, want >= 1", old)
	}
	defer SetNumThreads(old)
	SetNumThreads(1)
	if got := NumThreads(); got != 1 {
		t.Errorf("after SetNumThreads(1): NumThreads() = %d", got)
	}
	SetNumThreads(old)
	if got := NumThreads(); got != old {
		t.Errorf("after SetNumThreads(%d): NumThreads() = %d", old, got)
	}
}

func TestSetNumThreadsPanics(t *testing.T) {
	for _, n := range []int{0, -1} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("SetNumThreads(%d) did not panic", n)
				}
			}()
			SetNumThreads(n)
		}()
	}
}
