package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
)

// numpyBest returns the faster of NumPy's two medians (the ratio targets are
// against it), or 0 if neither mode measured the case.
func (r *row) numpyBest() float64 {
	best := 0.0
	for _, s := range r.NumPy {
		if m := s.median(); m > 0 && (best == 0 || m < best) {
			best = m
		}
	}
	return best
}

// ratio is NumPy's faster median over numgo's for a build: > 1 means numgo
// is faster. It is 0 when a side has no measurement.
func (r *row) ratio(build string) float64 {
	np, ng := r.numpyBest(), r.Go[build].median()
	if np == 0 || ng == 0 {
		return 0
	}
	return np / ng
}

func (rep *report) markdown() string {
	var b strings.Builder
	set := "full set"
	if rep.Quick {
		set = "quick set (make bench-quick)"
	}
	fmt.Fprintf(&b, "# numgo vs NumPy\n\n")
	if rep.Note != "" {
		fmt.Fprintf(&b, "**%s**\n\n", rep.Note)
	}
	fmt.Fprintf(&b, "- Date: %s, %s, took %s; each time is the median of %d repeats of at least %s (after a warm-up; numgo cases slower than %s are measured once)\n",
		rep.Date.Format("2006-01-02 15:04 MST"), set, rep.Duration, rep.Count, rep.Benchtime, rep.Slow)
	turns := "group by group"
	if rep.Batch > 0 {
		turns = fmt.Sprintf("%d cases at a time", rep.Batch)
	}
	fmt.Fprintf(&b, "- The builds and NumPy's modes take turns, %s, so that the machine's drift hits each alike\n", turns)
	fmt.Fprintf(&b, "- CPU: %s; %s\n", rep.CPU, rep.Kernel)
	for _, name := range rep.Builds {
		e := rep.GoEnv[name]
		fmt.Fprintf(&b, "- numgo %s build: %s, GOMAXPROCS %d; BLAS %s (%d threads), LAPACK %s, FFT %s\n",
			name, e.GoVersion, e.GOMAXPROCS, e.BLAS, e.BLASThreads, e.LAPACK, e.FFT)
	}
	if info := rep.NumPyEnv["user"]; info != nil {
		fmt.Fprintf(&b, "- NumPy %v (Python %v, %v): %s%s\n", info["numpy"], info["python"], info["executable"], openblasLine(info), simdLine(info))
	}
	fmt.Fprintf(&b, "- BLAS threads: OPENBLAS_NUM_THREADS=%d for both sides (numgo also calls blas.SetNumThreads(%d))\n", rep.Threads, rep.Threads)
	b.WriteString("- NumPy user: run as a user runs it. NumPy compute: with MALLOC_TRIM_THRESHOLD_ and MALLOC_MMAP_THRESHOLD_ at 1 GiB, so that glibc keeps freed memory and NumPy does not pay for fresh pages on every call.\n")
	if slices.Contains(rep.Builds, keptName) {
		b.WriteString("- numgo " + keptName + ": the cgo benchmarks run with GODEBUG=madvdontneed=0, so that the Go runtime keeps the pages it frees (MADV_FREE) and numgo's results do not pay for fresh pages either: numgo's counterpart of NumPy compute, measured for the groups where results allocate. Informational: the targets are the cgo build's, with the runtime's defaults; the difference between the two columns is what fresh memory costs.\n")
	}
	b.WriteString("- ratio = the faster NumPy median / numgo median: **> 1 means numgo is faster**. numgo B/op: bytes numgo allocates per call (testing.B, cgo build); NumPy result: bytes NumPy's result owns (0 for a view). `_out` cases use the out= forms on both sides (AddTo, np.add(..., out=)).\n\n")

	// Summary per build.
	b.WriteString("- ✓ / ✗ after a ratio: meets / misses the target DESIGN.md sets for that build (the targets are in cases.json).\n\n")
	b.WriteString("| build | cases measured | numgo faster | meets target | geometric mean of ratios |\n| --- | --- | --- | --- | --- |\n")
	for _, name := range rep.Builds {
		n, total, faster, withTarget, met, logSum := 0, 0, 0, 0, 0, 0.0
		for _, r := range rep.Rows {
			if r.Go[name] != nil {
				total++
			}
			if t, ok := r.Case.Targets[name]; ok && r.Go[name] != nil {
				withTarget++
				if r.ratio(name) >= t {
					met++
				}
			}
			if q := r.ratio(name); q > 0 {
				n++
				logSum += math.Log(q)
				if q > 1 {
					faster++
				}
			}
		}
		gm := "–"
		if n > 0 {
			gm = fmt.Sprintf("%.2f", math.Exp(logSum/float64(n)))
		}
		targets := "–"
		if withTarget > 0 {
			targets = fmt.Sprintf("%d of %d", met, withTarget)
		}
		fmt.Fprintf(&b, "| %s | %d of %d | %d | %s | %s |\n", name, n, total, faster, targets, gm)
	}
	b.WriteString("\n")

	var failures []string
	for _, g := range rep.Groups {
		builds := rep.buildsIn(g)
		fmt.Fprintf(&b, "## %s\n\n| case | size |", g)
		for _, name := range builds {
			fmt.Fprintf(&b, " numgo %s |", name)
		}
		b.WriteString(" NumPy user | NumPy compute |")
		for _, name := range builds {
			fmt.Fprintf(&b, " ratio %s |", name)
		}
		b.WriteString(" numgo B/op | NumPy result |\n|")
		for i := 0; i < 6+2*len(builds); i++ {
			if i >= 2 {
				b.WriteString(" ---: |")
			} else {
				b.WriteString(" --- |")
			}
		}
		b.WriteString("\n")
		for _, r := range rep.Rows {
			if r.Case.Group != g {
				continue
			}
			fmt.Fprintf(&b, "| %s | %s |", r.Case.Name, r.Case.Size())
			for _, name := range builds {
				cell, fail := timeCell(r.Go[name])
				if fail != "" {
					failures = append(failures, fmt.Sprintf("%s, numgo %s: %s", r.Case.Name, name, fail))
				}
				fmt.Fprintf(&b, " %s |", cell)
			}
			for _, m := range numpyModes {
				cell, fail := timeCell(r.NumPy[m.Name])
				if fail != "" {
					failures = append(failures, fmt.Sprintf("%s, NumPy %s: %s", r.Case.Name, m.Name, fail))
				}
				fmt.Fprintf(&b, " %s |", cell)
			}
			for _, name := range builds {
				q := r.ratio(name)
				mark := ""
				if t, ok := r.Case.Targets[name]; ok && q > 0 {
					mark = " ✗"
					if q >= t {
						mark = " ✓"
					}
				}
				if q == 0 {
					b.WriteString(" – |")
				} else {
					fmt.Fprintf(&b, " %s%s |", formatRatio(q), mark)
				}
			}
			mem := "–"
			if s := r.Go[rep.Builds[0]]; s.ok() {
				mem = formatBytes(s.BytesPerOp)
			}
			npMem := "–"
			if s := r.NumPy["user"]; s.ok() {
				npMem = formatBytes(float64(s.ResultBytes))
			}
			fmt.Fprintf(&b, " %s | %s |\n", mem, npMem)
		}
		b.WriteString("\n")
	}
	if len(failures) > 0 {
		b.WriteString("## Failures\n\n")
		for _, f := range failures {
			fmt.Fprintf(&b, "- %s\n", f)
		}
		b.WriteString("\n")
	}
	if info := rep.NumPyEnv["user"]; info != nil {
		if cfg, _ := info["show_config"].(string); cfg != "" {
			fmt.Fprintf(&b, "<details><summary>NumPy's np.show_config()</summary>\n\n```\n%s```\n\n</details>\n\n", cfg)
		}
	}
	b.WriteString("Reproduce: `make bench` (full set) or `make bench-quick`; raw numbers in latest.json; chart in latest.png.\n")
	return b.String()
}

// buildsIn returns the builds that measured group g (-fftw runs only fft).
func (rep *report) buildsIn(g string) []string {
	var out []string
	for _, name := range rep.Builds {
		for _, r := range rep.Rows {
			if r.Case.Group == g && r.Go[name] != nil {
				out = append(out, name)
				break
			}
		}
	}
	return out
}

func openblasLine(info map[string]any) string {
	ob, _ := info["openblas"].(map[string]any)
	if ob == nil {
		return "OpenBLAS not found"
	}
	cfg, _ := ob["config"].(string)
	thr, _ := ob["threads"].(float64)
	if cfg == "" {
		return fmt.Sprintf("BLAS library %v", ob["library"])
	}
	return fmt.Sprintf("%s (%d threads)", cfg, int(thr))
}

// simdLine names the widest SIMD extension NumPy's dispatched loops use
// here (the last of the list numpy_bench.py reports), which decides how
// fast its exp, log, sin... are: AVX-512 loops run them several times
// faster than AVX2 ones.
func simdLine(info map[string]any) string {
	list, _ := info["simd"].([]any)
	if len(list) == 0 {
		return ""
	}
	return fmt.Sprintf("; SIMD loops up to %v", list[len(list)-1])
}

// timeCell formats a median, or says why there is none: "not yet" for an
// API numgo lacks, "failed" (listed under Failures) otherwise.
func timeCell(s *sample) (cell, failure string) {
	switch {
	case s.ok():
		return formatDuration(s.median()), ""
	case s == nil:
		return "–", ""
	case strings.Contains(s.Err, "not yet"):
		return "not yet", ""
	default:
		return "failed", s.Err
	}
}

func formatDuration(sec float64) string {
	switch {
	case sec < 1e-6:
		return fmt.Sprintf("%.3g ns", sec*1e9)
	case sec < 1e-3:
		return fmt.Sprintf("%.3g µs", sec*1e6)
	case sec < 1:
		return fmt.Sprintf("%.3g ms", sec*1e3)
	}
	return fmt.Sprintf("%.3g s", sec)
}

func formatRatio(q float64) string {
	switch {
	case q >= 100:
		return fmt.Sprintf("%.0f", q)
	case q >= 10:
		return fmt.Sprintf("%.1f", q)
	}
	return fmt.Sprintf("%.2f", q)
}

func formatBytes(n float64) string {
	units := []string{"B", "KiB", "MiB", "GiB"}
	i := 0
	for n >= 1024 && i < len(units)-1 {
		n /= 1024
		i++
	}
	if i == 0 {
		return fmt.Sprintf("%.0f B", n)
	}
	return fmt.Sprintf("%.1f %s", n, units[i])
}

func (rep *report) writeJSON(path string) error {
	data, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}
