package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/numgo/numgo/bench"
)

// sample is one side's measurements of one case.
type sample struct {
	Times       []float64 `json:"times,omitempty"` // seconds per call, one per repeat
	BytesPerOp  float64   `json:"bytes_per_op,omitempty"`
	AllocsPerOp float64   `json:"allocs_per_op,omitempty"`
	ResultBytes int64     `json:"result_bytes,omitempty"` // NumPy: bytes the result owns
	Err         string    `json:"error,omitempty"`        // why there are no times
}

func (s *sample) ok() bool { return s != nil && len(s.Times) > 0 }

// median returns the median of the times, or 0 without any.
func (s *sample) median() float64 {
	if !s.ok() {
		return 0
	}
	t := slices.Clone(s.Times)
	slices.Sort(t)
	n := len(t)
	if n%2 == 1 {
		return t[n/2]
	}
	return (t[n/2-1] + t[n/2]) / 2
}

type row struct {
	Case  bench.Case         `json:"case"`
	Go    map[string]*sample `json:"numgo"` // by build name
	NumPy map[string]*sample `json:"numpy"` // "user", "compute"
}

// goEnv is what bench.TestEnv writes about a build.
type goEnv struct {
	GoVersion   string `json:"go_version"`
	GOMAXPROCS  int    `json:"gomaxprocs"`
	NumCPU      int    `json:"num_cpu"`
	BLAS        string `json:"blas"`
	BLASThreads int    `json:"blas_threads"`
	LAPACK      string `json:"lapack"`
	FFT         string `json:"fft"`
}

type report struct {
	Date      time.Time                 `json:"date"`
	Duration  string                    `json:"duration"`
	Quick     bool                      `json:"quick"`
	Count     int                       `json:"count"`
	Batch     int                       `json:"batch,omitempty"` // cases per turn; 0 in older reports: a group
	Benchtime string                    `json:"benchtime"`
	Slow      string                    `json:"slow"`
	Threads   int                       `json:"threads"`
	CPU       string                    `json:"cpu"`
	Kernel    string                    `json:"kernel"`
	Note      string                    `json:"note,omitempty"`
	Builds    []string                  `json:"builds"`
	GoEnv     map[string]goEnv          `json:"numgo_env"`
	NumPyEnv  map[string]map[string]any `json:"numpy_env"` // by mode
	Groups    []string                  `json:"groups"`
	Rows      []*row                    `json:"rows"`
}

// The NumPy modes: as a user runs it, and with glibc's heap trimming and mmap
// threshold pushed out of the way so that fresh pages are not paid on every
// call (compute only).
var numpyModes = []struct {
	Name string
	Env  []string
}{
	{"user", nil},
	{"compute", []string{"MALLOC_TRIM_THRESHOLD_=1073741824", "MALLOC_MMAP_THRESHOLD_=1073741824"}},
}

func runAll(c *config, suite *bench.Suite) (*report, error) {
	start := time.Now()
	rep := &report{
		Date: start.UTC(), Quick: c.quick, Count: c.count, Batch: c.batch, Benchtime: c.benchtime.String(), Slow: c.slow.String(),
		Threads: c.threads, CPU: cpuModel(), Kernel: kernel(), Note: c.note,
		GoEnv: map[string]goEnv{}, NumPyEnv: map[string]map[string]any{},
	}
	tmp, err := os.MkdirTemp("", "numgo-bench-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)

	base := baseEnv(c.threads)
	// Build the benchmark binaries concurrently: on a cold cache most of
	// bench-quick's time is compiling.
	errs := make([]error, len(c.builds))
	var wg sync.WaitGroup
	for i := range c.builds {
		b := &c.builds[i]
		rep.Builds = append(rep.Builds, b.Name)
		b.bin = filepath.Join(tmp, "bench-"+b.Name+".test")
		logf("building the %s benchmarks", b.Name)
		args := append([]string{"test", "-c", "-o", b.bin}, b.Flags...)
		cmd := exec.Command(c.goCmd, append(args, "github.com/numgo/numgo/bench")...)
		cmd.Env = append(os.Environ(), b.Env...)
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := cmd.Run(); err != nil {
				errs[i] = fmt.Errorf("go test -c (%s build): %v", b.Name, err)
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	for _, b := range c.builds {
		envFile := filepath.Join(tmp, "env-"+b.Name+".json")
		cmd := exec.Command(b.bin, "-test.run", "^TestEnv$")
		cmd.Dir = c.benchDir
		cmd.Env = append(slices.Clone(base), "NUMGO_BENCH_ENV_FILE="+envFile)
		if out, err := cmd.CombinedOutput(); err != nil {
			return nil, fmt.Errorf("%s build: TestEnv: %v\n%s", b.Name, err, out)
		}
		data, err := os.ReadFile(envFile)
		if err != nil {
			return nil, err
		}
		var e goEnv
		if err := json.Unmarshal(data, &e); err != nil {
			return nil, err
		}
		rep.GoEnv[b.Name] = e
	}
	logf("built in %s", time.Since(start).Round(time.Second))

	first := true
	for _, g := range suite.Groups {
		if c.groups != nil && !c.groups[g] {
			continue
		}
		var cases []bench.Case
		for _, cs := range suite.InGroup(g, c.quick) {
			if (c.run == nil || c.run.MatchString(cs.Name)) && (c.skip == nil || !c.skip.MatchString(cs.Name)) {
				cases = append(cases, cs)
			}
		}
		if len(cases) == 0 {
			continue
		}
		rep.Groups = append(rep.Groups, g)
		rows := make(map[string]*row, len(cases))
		for _, cs := range cases {
			r := &row{Case: cs, Go: map[string]*sample{}, NumPy: map[string]*sample{}}
			rows[cs.Name] = r
			rep.Rows = append(rep.Rows, r)
		}
		// Alternate a Go build, a NumPy mode, the next Go build, ... over
		// a few cases at a time, so that every side times a case within
		// seconds of the others: the machines the benchmarks run on drift
		// by 30-50% from one minute to the next, and a whole group takes
		// up to a minute per side.
		for lo := 0; lo < len(cases); lo += c.batch {
			batch := cases[lo:min(lo+c.batch, len(cases))]
			for i := 0; i < max(len(c.builds), len(numpyModes)); i++ {
				if i < len(c.builds) && c.builds[i].runs(g) {
					b := c.builds[i]
					t := time.Now()
					res := runGo(c, b, g, batch, base)
					for name, s := range res {
						if r := rows[name]; r != nil {
							r.Go[b.Name] = s
						}
					}
					logf("%-12s %-8s %5.1fs  %s", g, b.Name, time.Since(t).Seconds(), batchName(batch))
				}
				if i < len(numpyModes) {
					m := numpyModes[i]
					t := time.Now()
					env := append(slices.Clone(base), m.Env...)
					res, info := runPython(c, g, batch, env, first)
					if info != nil {
						rep.NumPyEnv[m.Name] = info
					}
					for name, s := range res {
						if r := rows[name]; r != nil {
							r.NumPy[m.Name] = s
						}
					}
					logf("%-12s numpy-%-7s %4.1fs  %s", g, m.Name, time.Since(t).Seconds(), batchName(batch))
				}
			}
			first = false
		}
	}
	rep.Duration = time.Since(start).Round(time.Second).String()
	return rep, nil
}

// batchName names a batch of cases in the log: its first case, and how
// many follow.
func batchName(batch []bench.Case) string {
	if len(batch) == 1 {
		return batch[0].Name
	}
	return fmt.Sprintf("%s +%d", batch[0].Name, len(batch)-1)
}

// baseEnv is the environment of every measured process: the caller's, with
// the BLAS thread count fixed and no malloc tuning (the compute mode adds it).
func baseEnv(threads int) []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch k {
		case "OPENBLAS_NUM_THREADS", "MALLOC_TRIM_THRESHOLD_", "MALLOC_MMAP_THRESHOLD_",
			"NUMGO_BENCH_ENV_FILE", "NUMGO_BENCH_REPEATS", "NUMGO_BENCH_SLOW":
			continue
		}
		env = append(env, kv)
	}
	return append(env, "OPENBLAS_NUM_THREADS="+strconv.Itoa(threads))
}

var (
	benchLine = regexp.MustCompile(`^BenchmarkCases/([A-Za-z0-9_]+)/([A-Za-z0-9_]+)(?:#\d+)?(?:-\d+)?\s+\d+\s+(.*)$`)
	skipLine  = regexp.MustCompile(`^\s*--- SKIP: BenchmarkCases/([A-Za-z0-9_]+)/([A-Za-z0-9_]+)`)
	logPrefix = regexp.MustCompile(`^\s*\w+\.go:\d+: `)
)

// runGo runs one group of cases on a benchmark binary and parses its output.
func runGo(c *config, b build, group string, cases []bench.Case, env []string) map[string]*sample {
	names := make([]string, len(cases))
	for i, cs := range cases {
		names[i] = cs.Name
	}
	pattern := fmt.Sprintf("^BenchmarkCases$/^%s$/^(%s)(#[0-9]+)?$", group, strings.Join(names, "|"))
	cmd := exec.Command(b.bin, "-test.run", "^$", "-test.bench", pattern, "-test.benchmem", "-test.v",
		"-test.benchtime", c.benchtime.String(), "-test.timeout", "0")
	cmd.Dir = c.benchDir
	cmd.Env = append(slices.Concat(env, b.RunEnv), "NUMGO_BENCH_REPEATS="+strconv.Itoa(c.count), "NUMGO_BENCH_SLOW="+c.slow.String())
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	runErr := cmd.Run()

	res := parseGoOutput(&out)
	for _, name := range names {
		if s := res[name]; s == nil || (!s.ok() && s.Err == "") {
			msg := "no result"
			if runErr != nil {
				msg = "benchmark binary failed: " + runErr.Error()
				logf("%s build, group %s: %v\n%s", b.Name, group, runErr, tail(out.String(), 20))
			}
			if res[name] == nil {
				res[name] = &sample{}
			}
			res[name].Err = msg
		}
	}
	return res
}

// parseGoOutput reads the -test.v -test.benchmem output of BenchmarkCases:
// one result line per repeat, and the b.Skip message of a skipped case.
func parseGoOutput(r io.Reader) map[string]*sample {
	res := map[string]*sample{}
	get := func(name string) *sample {
		if res[name] == nil {
			res[name] = &sample{}
		}
		return res[name]
	}
	// With -test.v a skipped case prints its name, the b.Skip message as a
	// log line, then "--- SKIP: name".
	var lastMsg string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if m := benchLine.FindStringSubmatch(line); m != nil && strings.Contains(m[3], "ns/op") {
			s := get(m[2])
			f := strings.Fields(m[3])
			for i := 0; i+1 < len(f); i += 2 {
				v, err := strconv.ParseFloat(f[i], 64)
				if err != nil {
					continue
				}
				switch f[i+1] {
				case "ns/op":
					s.Times = append(s.Times, v*1e-9)
				case "B/op":
					s.BytesPerOp = v
				case "allocs/op":
					s.AllocsPerOp = v
				}
			}
			continue
		}
		if strings.HasPrefix(line, "BenchmarkCases") {
			lastMsg = ""
			continue
		}
		if logPrefix.MatchString(line) {
			lastMsg = logPrefix.ReplaceAllString(line, "")
			continue
		}
		if m := skipLine.FindStringSubmatch(line); m != nil {
			if s := get(m[2]); s.Err == "" {
				s.Err = lastMsg
			}
			lastMsg = ""
		}
	}
	return res
}

// runPython runs one group of cases on NumPy.
func runPython(c *config, group string, cases []bench.Case, env []string, info bool) (map[string]*sample, map[string]any) {
	names := make([]string, len(cases))
	for i, cs := range cases {
		names[i] = cs.Name
	}
	args := []string{filepath.Join(c.benchDir, "numpy_bench.py"), "--group", group,
		"--names", strings.Join(names, ","), "--count", strconv.Itoa(c.count),
		"--min-time", strconv.FormatFloat(c.benchtime.Seconds(), 'g', -1, 64)}
	if info {
		args = append(args, "--info")
	}
	cmd := exec.Command(c.python, args...)
	cmd.Dir = c.benchDir
	cmd.Env = env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	runErr := cmd.Run()
	if runErr != nil {
		logf("numpy, group %s: %v\n%s", group, runErr, tail(stderr.String(), 20))
	}

	res := map[string]*sample{}
	var env0 map[string]any
	for _, line := range strings.Split(stdout.String(), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var rec struct {
			Info        map[string]any `json:"info"`
			Name        string         `json:"name"`
			Times       []float64      `json:"times"`
			ResultBytes int64          `json:"result_bytes"`
			Error       string         `json:"error"`
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			logf("numpy, group %s: unparsable line %q", group, line)
			continue
		}
		if rec.Info != nil {
			env0 = rec.Info
			continue
		}
		res[rec.Name] = &sample{Times: rec.Times, ResultBytes: rec.ResultBytes, Err: rec.Error}
	}
	for _, name := range names {
		if res[name] == nil {
			msg := "no result"
			if runErr != nil {
				msg = "numpy_bench.py failed: " + runErr.Error()
			}
			res[name] = &sample{Err: msg}
		}
	}
	return res, env0
}

func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

func cpuModel() string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "unknown CPU"
	}
	model, isa, n := "", "", 0
	for _, line := range strings.Split(string(data), "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		switch strings.TrimSpace(k) {
		case "model name":
			if model == "" {
				model = strings.TrimSpace(v)
			}
		case "flags":
			if isa == "" {
				isa = vectorISA(strings.Fields(v))
			}
		case "processor":
			n++
		}
	}
	if model == "" {
		model = "unknown CPU"
	}
	return fmt.Sprintf("%s (%d logical CPUs%s)", model, n, isa)
}

// vectorISA names the widest x86 vector extension among cpuinfo's flags,
// which decides which of SLEEF's and NumPy's SIMD loops run: ", AVX-512F",
// ", AVX2", or "" for neither.
func vectorISA(flags []string) string {
	switch {
	case slices.Contains(flags, "avx512f"):
		return ", AVX-512F"
	case slices.Contains(flags, "avx2"):
		return ", AVX2"
	}
	return ""
}

func kernel() string {
	data, err := os.ReadFile("/proc/sys/kernel/osrelease")
	if err != nil {
		return ""
	}
	return "Linux " + strings.TrimSpace(string(data))
}
