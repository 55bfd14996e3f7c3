package blas

import (
	"regexp"
	"testing"
)

// TestBackend proves which BLAS ran: backendName comes from the same
// build-tagged file as the implementation, and Backend's string comes from
// the library itself.
func TestBackend(t *testing.T) {
	got := Backend()
	t.Logf("build: %s, Backend() = %q, NumThreads() = %d", backendName, got, NumThreads())
	switch backendName {
	case "openblas":
		if !regexp.MustCompile(`^openblas \d+\.\d+\.\d+$`).MatchString(got) {
			t.Errorf("Backend() = %q, want \"openblas X.Y.Z\"", got)
		}
	case "cblas": // -tags customblas
		if got != "cblas" && !regexp.MustCompile(`^openblas \d+\.\d+\.\d+$`).MatchString(got) {
			t.Errorf("Backend() = %q, want \"cblas\" or \"openblas X.Y.Z\"", got)
		}
	case "gonum":
		if got != "gonum" {
			t.Errorf("Backend() = %q, want \"gonum\"", got)
		}
	default:
		t.Fatalf("unknown backendName %q", backendName)
	}
}

func TestNumThreads(t *testing.T) {
	old := NumThreads()
	if old < 1 {
		t.Fatalf("NumThreads() = %d, want >= 1", old)
	}
	defer SetNumThreads(old)
	for _, n := range []int{1, 2} {
		SetNumThreads(n)
		if got := NumThreads(); got != n {
			t.Errorf("after SetNumThreads(%d): NumThreads() = %d", n, got)
		}
	}
}

func TestSetNumThreadsPanics(t *testing.T) {
	for _, n := range []int{0, -3} {
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

// TestGemmBatchFlags checks that the kernel flags agree with the build:
// no kernel without cgo, and the wide kernel is an AVX-512 one, which has
// complex code too.
func TestGemmBatchFlags(t *testing.T) {
	t.Logf("HasGemmBatch %v, GemmBatchComplex %v, GemmBatchWide %v", HasGemmBatch(), GemmBatchComplex(), GemmBatchWide())
	if (backendName == "gonum") == HasGemmBatch() {
		t.Errorf("HasGemmBatch() = %v in the %s build", HasGemmBatch(), backendName)
	}
	if GemmBatchComplex() && !HasGemmBatch() || GemmBatchWide() && !GemmBatchComplex() {
		t.Errorf("GemmBatchComplex() = %v, GemmBatchWide() = %v with HasGemmBatch() = %v",
			GemmBatchComplex(), GemmBatchWide(), HasGemmBatch())
	}
}
