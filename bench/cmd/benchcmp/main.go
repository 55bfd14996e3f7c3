// Command benchcmp runs numgo's benchmark cases (bench/cases.json) on numgo,
// in the cgo and the pure-Go build (and the cgo build again with the Go
// runtime keeping freed pages, for the groups whose results allocate), and
// on NumPy, twice (as a user runs it, and with glibc's heap trimming off:
// compute only), taking turns every few cases (-batch) so that drift of the
// machine hits every side alike; then prints the table of medians and
// ratios and writes it with a chart to bench/results. `make bench` and
// `make bench-quick` run it.
//
//	go run ./bench/cmd/benchcmp -quick                  // the quick set, 2-3 minutes
//	go run ./bench/cmd/benchcmp -from bench/results/latest.json  // redo table and chart
//	go run ./bench/cmd/benchcmp -run 'matmul|fft_c128'  // cases whose name matches
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/numgo/numgo/bench"
)

type config struct {
	quick     bool
	count     int
	batch     int
	benchtime time.Duration
	slow      time.Duration
	threads   int
	run       *regexp.Regexp
	skip      *regexp.Regexp
	groups    map[string]bool
	python    string
	goCmd     string
	outDir    string
	note      string
	builds    []build
	benchDir  string
}

// A build is one way to compile and run the Go benchmarks.
type build struct {
	Name   string   // column name
	Env    []string // added to the go test -c environment
	Flags  []string // added to go test -c
	RunEnv []string // added to the environment the benchmarks run in
	Groups []string // the groups it runs; all if nil
	bin    string
}

// keptName is the build that runs the cgo benchmarks with the Go runtime
// keeping the pages it frees (GODEBUG=madvdontneed=0: MADV_FREE, which
// the kernel reclaims only under memory pressure, instead of MADV_DONTNEED).
// It is numgo's counterpart of NumPy's compute mode: the difference from
// the cgo column is what fresh pages cost numgo's allocating forms. It has
// no targets; the report shows it beside the others for that comparison.
const keptName = "cgo-kept"

// keptGroups are the groups whose results the kept build measures: those
// where a result's fresh memory is a visible part of the time.
var keptGroups = []string{"creation", "elementwise", "unary", "small", "reduction", "matmul", "einsum", "fft"}

func main() {
	var (
		c         config
		runFlag   = flag.String("run", "", "only cases whose name matches this regular expression")
		skipFlag  = flag.String("skip", "", "leave out cases whose name matches this regular expression")
		groupFlag = flag.String("groups", "", "only these comma-separated groups")
		fftw      = flag.Bool("fftw", false, "also measure the -tags fftw build (FFTW 3 engine), on the fft group")
		from      = flag.String("from", "", "measure nothing: redo the table and chart from this latest.json")
	)
	flag.BoolVar(&c.quick, "quick", false, "only the cases marked quick (make bench-quick)")
	flag.IntVar(&c.count, "count", 0, "repeats per case and side; the table shows the median (default 5)")
	flag.IntVar(&c.batch, "batch", 4, "cases each side runs in turn before the next side")
	flag.DurationVar(&c.benchtime, "benchtime", 0, "minimum time of one repeat (default 100ms, quick 25ms)")
	flag.DurationVar(&c.slow, "slow", 10*time.Second, "measure a numgo case that takes longer than this only once")
	flag.IntVar(&c.threads, "threads", runtime.NumCPU(), "BLAS threads for numgo and NumPy (OPENBLAS_NUM_THREADS)")
	flag.StringVar(&c.python, "python", "/usr/bin/python3", "the Python with NumPy (Debian's python3-numpy)")
	flag.StringVar(&c.goCmd, "go", "go", "the go command")
	flag.StringVar(&c.outDir, "out", "", "directory for latest.md, latest.png, latest.json (default bench/results)")
	flag.StringVar(&c.note, "note", "", "a line to put under the table's title, e.g. why the numbers are preliminary")
	flag.Parse()
	if *skipFlag != "" {
		re, err := regexp.Compile(*skipFlag)
		if err != nil {
			fatal(err)
		}
		c.skip = re
	}
	if c.count == 0 {
		c.count = 5
	}
	if c.batch < 1 {
		fatal(fmt.Errorf("-batch %d: must be at least 1", c.batch))
	}
	if c.benchtime == 0 {
		c.benchtime = 100 * time.Millisecond
		if c.quick {
			c.benchtime = 25 * time.Millisecond
		}
	}
	if *runFlag != "" {
		re, err := regexp.Compile(*runFlag)
		if err != nil {
			fatal(err)
		}
		c.run = re
	}
	if *groupFlag != "" {
		c.groups = map[string]bool{}
		for _, g := range strings.Split(*groupFlag, ",") {
			c.groups[strings.TrimSpace(g)] = true
		}
	}
	c.builds = []build{
		{Name: "cgo", Env: []string{"CGO_ENABLED=1"}},
		{Name: "pure-Go", Env: []string{"CGO_ENABLED=0"}},
		{Name: keptName, Env: []string{"CGO_ENABLED=1"}, RunEnv: []string{"GODEBUG=madvdontneed=0"}, Groups: keptGroups},
	}
	if *fftw {
		c.builds = append(c.builds, build{Name: "fftw", Env: []string{"CGO_ENABLED=1"}, Flags: []string{"-tags", "fftw"}, Groups: []string{"fft"}})
	}

	dir, err := exec.Command(c.goCmd, "list", "-f", "{{.Dir}}", "github.com/numgo/numgo/bench").Output()
	if err != nil {
		fatal(fmt.Errorf("locating package bench (run inside the numgo module): %v", err))
	}
	c.benchDir = strings.TrimSpace(string(dir))
	if c.outDir == "" {
		c.outDir = filepath.Join(c.benchDir, "results")
	}

	var rep *report
	if *from != "" {
		data, err := os.ReadFile(*from)
		if err != nil {
			fatal(err)
		}
		rep = new(report)
		if err := json.Unmarshal(data, rep); err != nil {
			fatal(fmt.Errorf("%s: %v", *from, err))
		}
		if c.note != "" {
			rep.Note = c.note
		}
	} else {
		suite, err := bench.Load()
		if err != nil {
			fatal(err)
		}
		if rep, err = runAll(&c, suite); err != nil {
			fatal(err)
		}
	}
	md := rep.markdown()
	fmt.Print("\n" + md)
	if err := os.MkdirAll(c.outDir, 0o755); err != nil {
		fatal(err)
	}
	for name, write := range map[string]func(string) error{
		"latest.md":   func(p string) error { return os.WriteFile(p, []byte(md), 0o644) },
		"latest.json": rep.writeJSON,
		"latest.png":  rep.chart,
	} {
		if err := write(filepath.Join(c.outDir, name)); err != nil {
			fatal(fmt.Errorf("writing %s: %v", name, err))
		}
	}
	fmt.Printf("\nwrote %s/latest.md, latest.png and latest.json\n", c.outDir)
}

// runs reports whether the build measures group g.
func (b build) runs(g string) bool {
	return b.Groups == nil || slices.Contains(b.Groups, g)
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "benchcmp:", err)
	os.Exit(1)
}

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "benchcmp: "+format+"\n", args...)
}
