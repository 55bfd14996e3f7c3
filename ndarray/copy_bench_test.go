package ndarray

import "testing"

// BenchmarkCopyEngine measures the copy engine on the layouts of bench/'s
// copy, astype, concatenate and stack cases, each twice: into a
// preallocated destination (To: the kernel alone) and allocating the
// result (alloc: the kernel plus Go's allocation of a fresh result), and
// the per-call cost of small copies.
func BenchmarkCopyEngine(b *testing.B) {
	defer func(p bool) { poisonUninit = p }(poisonUninit)
	poisonUninit = false // TestMain's poisoning would time a fill of each result
	m := Linspace(0.0, 1.0, 1_000_000).Reshape(1000, 1000)
	m2 := Linspace(1.0, 2.0, 1_000_000).Reshape(1000, 1000)
	wide := Linspace(0.0, 1.0, 2_000_000).Reshape(1000, 2000)
	flat := Linspace(0.0, 1.0, 1_000_000)
	cube := Linspace(0.0, 1.0, 1_000_000).Reshape(100, 100, 100)
	c64 := Linspace(0.0, 1.0, 64*64*64).Reshape(64, 64, 64)
	rows := make([]*Array[float64], 10)
	for i := range rows {
		rows[i] = Linspace(float64(i), float64(i+1), 100_000)
	}
	d1e6 := Zeros[float64](1_000_000)
	d2 := Zeros[float64](1000, 1000)
	d3 := Zeros[float64](100, 100, 100)
	d64 := Zeros[float64](64, 64, 64)
	f32 := Zeros[float32](1_000_000)
	cat0 := Zeros[float64](2000, 1000)
	cat1 := Zeros[float64](1000, 2000)
	stk := Zeros[float64](10, 100_000)
	pair := []*Array[float64]{m, m2}
	s10 := Linspace(0.0, 1.0, 100).Reshape(10, 10)
	sd10 := Zeros[float64](10, 10)
	spair := []*Array[float64]{Linspace(0.0, 1.0, 10), Linspace(1.0, 2.0, 10)}
	runCases(b, []benchCase{
		{"contig_1e6/To", func() { CopyTo(d1e6, flat) }},
		{"contig_1e6/alloc", func() { flat.Copy() }},
		{"T_1000x1000/To", func() { CopyTo(d2, m.T()) }},
		{"T_1000x1000/alloc", func() { m.T().Copy() }},
		{"rev_1000x1000/To", func() { CopyTo(d2, m.Slice("::-1")) }},
		{"rev_1000x1000/alloc", func() { m.Slice("::-1").Copy() }},
		{"revinner_1000x1000/To", func() { CopyTo(d2, m.Slice(":, ::-1")) }},
		{"step2_1000x1000/To", func() { CopyTo(d2, wide.Slice(":, ::2")) }},
		{"step2_1000x1000/alloc", func() { wide.Slice(":, ::2").Copy() }},
		{"swapaxes02_100^3/To", func() { CopyTo(d3, cube.SwapAxes(0, 2)) }},
		{"swapaxes02_100^3/alloc", func() { cube.SwapAxes(0, 2).Copy() }},
		{"T021_64^3/To", func() { CopyTo(d64, c64.Transpose(0, 2, 1)) }},
		{"T021_64^3/alloc", func() { c64.Transpose(0, 2, 1).Copy() }},
		{"concat0_2x1000x1000/To", func() {
			CopyTo(cat0.Slice(":1000"), m)
			CopyTo(cat0.Slice("1000:"), m2)
		}},
		{"concat0_2x1000x1000/alloc", func() { Concatenate(pair, 0) }},
		{"concat1_2x1000x1000/To", func() {
			CopyTo(cat1.Slice(":, :1000"), m)
			CopyTo(cat1.Slice(":, 1000:"), m2)
		}},
		{"concat1_2x1000x1000/alloc", func() { Concatenate(pair, 1) }},
		{"stack0_10x1e5/To", func() {
			for i, r := range rows {
				CopyTo(stk.axisSlice(0, i, i+1).Reshape(100_000), r)
			}
		}},
		{"stack0_10x1e5/alloc", func() { Stack(rows, 0) }},
		{"astype_f32_1e6/To", func() { ConvertTo(f32, flat) }},
		{"astype_f32_1e6/alloc", func() { Convert[float32](flat) }},
		{"small_T_10x10/To", func() { CopyTo(sd10, s10.T()) }},
		{"small_T_10x10/alloc", func() { s10.T().Copy() }},
		{"small_concat_2x10/alloc", func() { Concatenate(spair, 0) }},
		{"small_stack_2x10/alloc", func() { Stack(spair, 0) }},
	})
}
