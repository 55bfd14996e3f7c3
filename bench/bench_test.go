package bench

import (
	"encoding/json"
	"errors"
	"os"
	"runtime"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/numgo/numgo/blas"
	"github.com/numgo/numgo/fft"
	"github.com/numgo/numgo/lapack"
)

// BenchmarkCases runs every case of cases.json as BenchmarkCases/<group>/<case>;
// with -short only the quick ones. A case numgo cannot run yet is skipped
// with the reason. OPENBLAS_NUM_THREADS, if set, is applied with
// blas.SetNumThreads so that every build records the same count.
//
// NUMGO_BENCH_REPEATS=n (the driver sets it) measures each case n times in
// a row, as sub-benchmarks <case>, <case>#01, ..., on inputs prepared once
// and after warmUp;
// a case whose measurement took longer than NUMGO_BENCH_SLOW (default 10s)
// is not repeated, so that a 40-second SVD in the pure-Go build does not
// take ten minutes.
func BenchmarkCases(b *testing.B) {
	s, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	applyThreads(b)
	repeats, slow := envInt(b, "NUMGO_BENCH_REPEATS", 1), 10*time.Second
	if v := os.Getenv("NUMGO_BENCH_SLOW"); v != "" {
		if slow, err = time.ParseDuration(v); err != nil {
			b.Fatalf("NUMGO_BENCH_SLOW=%q: %v", v, err)
		}
	}
	for _, g := range s.Groups {
		b.Run(g, func(b *testing.B) {
			for _, c := range s.InGroup(g, testing.Short()) {
				var (
					run          func()
					err          error
					ready, taken bool
				)
				for range repeats {
					t := time.Now()
					b.Run(c.Name, func(b *testing.B) {
						taken = true
						if !ready { // only for a case the -bench pattern selects
							run, err = Setup(c)
							if err == nil {
								warmUp(run)
							}
							ready = true
							t = time.Now()
						}
						if err != nil {
							b.Skip(err)
						}
						b.ReportAllocs()
						for b.Loop() {
							run()
						}
					})
					if !taken || err != nil || time.Since(t) > slow {
						break
					}
				}
			}
		})
	}
}

// warmUp calls run, untimed, once and then until warmUpTime has passed, as
// numpy_bench.py's measure calls its function while it settles the loop
// count, before it times anything: cached plans and twiddle tables get
// built, and the heap grows to the size the case needs, so that the first
// repeat does not count them (without it, the first of five repeats of an
// FFT of 2^20 points took 17 ms against 7-9 ms for the others).
func warmUp(run func()) {
	for start := time.Now(); ; {
		run()
		if time.Since(start) >= warmUpTime {
			return
		}
	}
}

// warmUpTime is warmUp's length, the driver's default -benchtime.
const warmUpTime = 100 * time.Millisecond

func envInt(tb testing.TB, name string, def int) int {
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		tb.Fatalf("%s=%q is not a positive integer", name, v)
	}
	return n
}

func applyThreads(tb testing.TB) {
	if os.Getenv("OPENBLAS_NUM_THREADS") != "" {
		blas.SetNumThreads(envInt(tb, "OPENBLAS_NUM_THREADS", 1))
	}
}

// Env is what a benchmark binary reports about its build, written by TestEnv.
type Env struct {
	GoVersion   string `json:"go_version"`
	GOMAXPROCS  int    `json:"gomaxprocs"`
	NumCPU      int    `json:"num_cpu"`
	BLAS        string `json:"blas"`
	BLASThreads int    `json:"blas_threads"`
	LAPACK      string `json:"lapack"`
	FFT         string `json:"fft"`
}

// TestEnv writes the build's backends and thread counts as JSON to the file
// named by NUMGO_BENCH_ENV_FILE (the driver sets it); without it, it only
// checks that they are known.
func TestEnv(t *testing.T) {
	applyThreads(t)
	e := Env{
		GoVersion:   runtime.Version(),
		GOMAXPROCS:  runtime.GOMAXPROCS(0),
		NumCPU:      runtime.NumCPU(),
		BLAS:        blas.Backend(),
		BLASThreads: blas.NumThreads(),
		LAPACK:      lapack.Backend(),
		FFT:         fft.Backend(),
	}
	if e.BLAS == "" || e.LAPACK == "" || e.FFT == "" || e.BLASThreads < 1 {
		t.Fatalf("incomplete environment: %+v", e)
	}
	path := os.Getenv("NUMGO_BENCH_ENV_FILE")
	if path == "" {
		return
	}
	data, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestCases checks cases.json and runs one call of each quick case numgo
// implements (skipped with -short), so a broken case shows in go test rather
// than in make bench.
func TestCases(t *testing.T) {
	s, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Cases) == 0 {
		t.Fatal("cases.json has no cases")
	}
	if testing.Short() {
		return
	}
	for _, c := range s.Cases {
		if !c.Quick || !Implemented(c) {
			continue
		}
		if _, err := Setup(c); err != nil && !errors.Is(err, ErrNotYet) {
			t.Errorf("%s: %v", c.Name, err)
		}
	}
}

func TestParseRejects(t *testing.T) {
	for _, doc := range []string{
		`{"groups": ["g"], "cases": [{"name": "a-b", "group": "g", "shapes": [[1]]}]}`,
		`{"groups": ["g"], "cases": [{"name": "a", "group": "h", "shapes": [[1]]}]}`,
		`{"groups": ["g"], "cases": [{"name": "a", "group": "g", "shapes": []}]}`,
		`{"groups": ["g"], "cases": [{"name": "a", "group": "g", "shapes": [[1]], "layout": "diagonal"}]}`,
		`{"groups": ["g"], "cases": [{"name": "a", "group": "g", "shapes": [[1]]}, {"name": "a", "group": "g", "shapes": [[1]]}]}`,
	} {
		if _, err := Parse([]byte(doc)); err == nil {
			t.Errorf("Parse accepted %s", doc)
		}
	}
}

// TestSourceMatchesNumPy pins the inputs to numpy_bench.py's: the values
// below are what its Source and random_array give from SEED,
//
//	cd bench && /usr/bin/python3 -c "import numpy_bench as nb; s = nb.Source(nb.SEED);
//	print(nb.random_array(s, (2,), 'complex128'), nb.random_array(s, (3,), 'int64'), nb.random_array(s, (2,), 'float32'))"
func TestSourceMatchesNumPy(t *testing.T) {
	s := &source{seed}
	c := random[complex128](s, []int{2}).ToSlice()
	i := random[int64](s, []int{3}).ToSlice()
	f := random[float32](s, []int{2}).ToSlice()
	wantC := []complex128{complex(1.447949532129296, 0.17297626748283434), complex(1.2538225504441638, 0.7712511080568057)}
	wantI := []int64{84132571, -18569977, 616507541}
	wantF := []float32{1.1320000886917114, 0.7424201369285583}
	if !slices.Equal(c, wantC) || !slices.Equal(i, wantI) || !slices.Equal(f, wantF) {
		t.Errorf("inputs %v %v %v, numpy_bench.py's %v %v %v", c, i, f, wantC, wantI, wantF)
	}
}
