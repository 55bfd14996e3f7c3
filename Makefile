# numgo developer tasks. `make test` is what CI runs (.ci/run).
#
# The cgo build links OpenBLAS, LAPACKE and SLEEF (and FFTW under -tags fftw);
# `make deps` installs them on Debian/Ubuntu. A pure-Go build needs none of
# them: CGO_ENABLED=0 go test ./...

GO       ?= go
# Always Debian's interpreter, with Debian's python3-numpy: never a python3
# that happens to come first on PATH (a venv, conda, pyenv).
PYTHON   := /usr/bin/python3
DEB_PKGS := libopenblas-dev liblapacke-dev libfftw3-dev libsleef-dev
FUZZTIME ?= 30s

.PHONY: deps deps-numpy demo test golden fuzz

# deps installs the C libraries the cgo build links, if any is missing.
deps:
	@set -e; \
	if ! command -v dpkg >/dev/null 2>&1; then \
		echo "make deps: no dpkg here, so this target cannot check or install the C libraries."; \
		echo "Install OpenBLAS, LAPACKE, FFTW 3 and SLEEF with your package manager"; \
		echo "(Debian/Ubuntu names: $(DEB_PKGS)),"; \
		echo "or build without cgo: CGO_ENABLED=0 go test ./..."; \
		exit 1; \
	fi; \
	missing=""; \
	for p in $(DEB_PKGS); do \
		dpkg -s $$p 2>/dev/null | grep -q '^Status: install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then \
		echo "make deps: missing Debian packages:$$missing"; \
		echo "Install them with:"; \
		echo "    sudo apt-get update && sudo apt-get install -y$$missing"; \
		exit 1; \
	fi; \
	echo "make deps: installing$$missing"; \
	apt-get update; \
	DEBIAN_FRONTEND=noninteractive apt-get install -y $$missing

# deps-numpy installs Debian's NumPy (for golden files and bench), if missing.
deps-numpy:
	@set -e; \
	if [ -x $(PYTHON) ] && $(PYTHON) -c 'import numpy' >/dev/null 2>&1; then exit 0; fi; \
	if [ "$$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then \
		echo "make deps-numpy: $(PYTHON) cannot import numpy."; \
		echo "Install Debian's NumPy with:"; \
		echo "    sudo apt-get update && sudo apt-get install -y python3-numpy"; \
		exit 1; \
	fi; \
	echo "make deps-numpy: installing python3-numpy"; \
	apt-get update; \
	DEBIAN_FRONTEND=noninteractive apt-get install -y python3-numpy

# demo runs the guided tour of the library.
demo: deps
	$(GO) run ./examples/tour

# test runs every check CI runs, on every backend: cgo (OpenBLAS, LAPACKE),
# pure Go (gonum), FFTW, and the TestStress* concurrency tests under the race
# detector on both BLAS backends (-race needs cgo, so the gonum side is
# selected with -tags purego).
test: deps
	@unformatted="$$(gofmt -l .)"; \
	if [ -n "$$unformatted" ]; then \
		echo "gofmt -l . lists files that need gofmt -w:"; echo "$$unformatted"; exit 1; \
	fi
	$(GO) vet ./...
	CGO_ENABLED=0 $(GO) vet ./...
	$(GO) vet -tags fftw ./...
	$(GO) test ./...
	CGO_ENABLED=0 $(GO) test ./...
	$(GO) test -tags fftw ./...
	$(GO) test -race -run Stress ./...
	$(GO) test -race -tags purego -run Stress ./...

# golden regenerates the NumPy golden data: every testdata/gen_*.py script
# writes its package's testdata/ files, which are committed so that go test
# needs no Python.
golden: deps-numpy
	@set -e; for f in testdata/gen_*.py; do echo "== $$f"; (cd testdata && $(PYTHON) $$(basename $$f)); done

# fuzz runs every Fuzz target of every package for FUZZTIME each (go test can
# fuzz only one target at a time, so they are listed and run in turn).
fuzz:
	@set -e; \
	for pkg in $$($(GO) list ./...); do \
		list="$$($(GO) test -list '^Fuzz' $$pkg)"; \
		targets="$$(echo "$$list" | grep '^Fuzz' || true)"; \
		for f in $$targets; do \
			echo "== $$pkg $$f"; \
			$(GO) test -run '^$$' -fuzz "^$$f\$$" -fuzztime $(FUZZTIME) $$pkg; \
		done; \
	done

# bench runs every case of bench/cases.json on numgo (cgo and pure-Go builds)
# and on NumPy (as a user runs it, and compute only), in turns of a few cases,
# plus the -tags fftw build on the FFT cases, and writes the table and chart
# to bench/results/latest.{md,png,json}; bench-quick runs the quick subset,
# without FFTW, in under three minutes. Flags for
# bench/cmd/benchcmp go in BENCHFLAGS, e.g. BENCHFLAGS='-run matmul -fftw'.
.PHONY: bench bench-quick
BENCHFLAGS ?=
bench: deps deps-numpy
	$(GO) run ./bench/cmd/benchcmp -fftw -go $(GO) -python $(PYTHON) $(BENCHFLAGS)

bench-quick: deps deps-numpy
	$(GO) run ./bench/cmd/benchcmp -quick -go $(GO) -python $(PYTHON) $(BENCHFLAGS)
