package main

import (
	"fmt"
	"image/color"
	"math"
	"os"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// Colours and glyphs of the builds, in the order of report.Builds.
var buildStyles = []struct {
	color color.Color
	shape draw.GlyphDrawer
}{
	{color.RGBA{R: 31, G: 119, B: 180, A: 255}, draw.CircleGlyph{}},
	{color.RGBA{R: 230, G: 120, B: 20, A: 255}, draw.TriangleGlyph{}},
	{color.RGBA{R: 44, G: 160, B: 44, A: 255}, draw.SquareGlyph{}},
	{color.RGBA{R: 148, G: 103, B: 189, A: 255}, draw.CrossGlyph{}},
}

// chart draws one line per measured case, top to bottom in table order, with
// the ratio NumPy/numgo of each build on a log axis and a line at 1.0: a point
// right of the line is a case where numgo is faster.
func (rep *report) chart(path string) error {
	var rows []*row
	for _, r := range rep.Rows {
		for _, b := range rep.Builds {
			if r.ratio(b) > 0 {
				rows = append(rows, r)
				break
			}
		}
	}
	p := plot.New()
	title := "numgo vs NumPy: NumPy time / numgo time (> 1: numgo faster)"
	if rep.Note != "" {
		title += "\n" + rep.Note
	}
	p.Title.Text = title
	p.Title.TextStyle.Font.Size = 13
	p.X.Label.Text = fmt.Sprintf("ratio, log scale (%s, %s)", rep.CPU, rep.Date.Format("2006-01-02"))
	p.X.Scale = plot.LogScale{}
	p.Legend.Top = true
	p.Legend.Left = false

	// One line per case, top to bottom, under a header line per group; the
	// empty space on top holds the legend, half a line per entry.
	type line struct {
		r     *row
		label string
	}
	var lines []line
	for i, r := range rows {
		if i == 0 || rows[i-1].Case.Group != r.Case.Group {
			lines = append(lines, line{label: "[" + r.Case.Group + "]"})
		}
		lines = append(lines, line{r: r, label: r.Case.Name})
	}
	n := len(lines)
	y := func(i int) float64 { return float64(n - 1 - i) }
	lo, hi := 0.5, 2.0
	var ticks []plot.Tick
	for i, l := range lines {
		ticks = append(ticks, plot.Tick{Value: y(i), Label: l.label})
		if l.r == nil {
			continue
		}
		for _, b := range rep.Builds {
			if q := l.r.ratio(b); q > 0 {
				lo, hi = math.Min(lo, q), math.Max(hi, q)
			}
		}
	}
	for _, l := range lines {
		if l.r != nil {
			if t, ok := l.r.Case.Targets[rep.Builds[0]]; ok {
				hi = math.Max(hi, t)
			}
		}
	}
	p.X.Min, p.X.Max = lo/1.5, hi*1.5
	top := float64(n) + float64(len(rep.Builds)+1)/2
	p.Y.Min, p.Y.Max = -1, top
	p.Y.Tick.Marker = plot.ConstantTicks(ticks)
	p.Y.Tick.Label.Font.Size = 9
	p.X.Tick.Marker = ratioTicks{}
	p.Legend.TextStyle.Font.Size = 10

	// A light line per case, to follow a label to its points; a dashed one
	// on each group header.
	for i, l := range lines {
		gl, err := plotter.NewLine(plotter.XYs{{X: p.X.Min, Y: y(i)}, {X: p.X.Max, Y: y(i)}})
		if err != nil {
			return err
		}
		gl.Color = color.Gray{Y: 235}
		if l.r == nil {
			gl.Color = color.Gray{Y: 150}
			gl.Dashes = []vg.Length{vg.Points(3), vg.Points(3)}
		}
		p.Add(gl)
	}

	one, err := plotter.NewLine(plotter.XYs{{X: 1, Y: -1}, {X: 1, Y: top}})
	if err != nil {
		return err
	}
	one.Color = color.Black
	one.Width = vg.Points(1.2)
	p.Add(one)

	// The cgo build's target, where DESIGN.md sets one, as a grey bar.
	var targets plotter.XYs
	for i, l := range lines {
		if l.r == nil {
			continue
		}
		if t, ok := l.r.Case.Targets[rep.Builds[0]]; ok && t >= p.X.Min && t <= p.X.Max {
			targets = append(targets, plotter.XY{X: t, Y: y(i)})
		}
	}
	if len(targets) > 0 {
		sc, err := plotter.NewScatter(targets)
		if err != nil {
			return err
		}
		sc.GlyphStyle = draw.GlyphStyle{Color: color.Gray{Y: 110}, Shape: barGlyph{}, Radius: vg.Points(5)}
		p.Add(sc)
		p.Legend.Add("target of the "+rep.Builds[0]+" build (DESIGN.md)", sc)
	}

	for k, b := range rep.Builds {
		var pts plotter.XYs
		for i, l := range lines {
			if l.r == nil {
				continue
			}
			if q := l.r.ratio(b); q > 0 {
				pts = append(pts, plotter.XY{X: q, Y: y(i)})
			}
		}
		if len(pts) == 0 {
			continue
		}
		sc, err := plotter.NewScatter(pts)
		if err != nil {
			return err
		}
		st := buildStyles[k%len(buildStyles)]
		sc.GlyphStyle = draw.GlyphStyle{Color: st.color, Shape: st.shape, Radius: vg.Points(3.5)}
		p.Add(sc)
		p.Legend.Add("numgo "+b+" build", sc)
	}

	w := 11 * vg.Inch
	h := vg.Length(1.6+0.2*float64(n)) * vg.Inch
	c := vgimg.NewWith(vgimg.UseWH(w, h), vgimg.UseDPI(110))
	p.Draw(draw.New(c))
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := (vgimg.PngCanvas{Canvas: c}).WriteTo(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// ratioTicks labels a log axis at 1, 2 and 5 times the powers of ten.
type ratioTicks struct{}

func (ratioTicks) Ticks(min, max float64) []plot.Tick {
	var ticks []plot.Tick
	for e := math.Floor(math.Log10(min)); e <= math.Ceil(math.Log10(max)); e++ {
		for _, m := range []float64{1, 2, 5} {
			v := m * math.Pow(10, e)
			if v < min || v > max {
				continue
			}
			ticks = append(ticks, plot.Tick{Value: v, Label: fmt.Sprintf("%g", v)})
		}
	}
	return ticks
}

// barGlyph draws a short vertical bar: a target on a case's line.
type barGlyph struct{}

func (barGlyph) DrawGlyph(c *draw.Canvas, sty draw.GlyphStyle, pt vg.Point) {
	c.SetLineStyle(draw.LineStyle{Color: sty.Color, Width: vg.Points(2)})
	var p vg.Path
	p.Move(vg.Point{X: pt.X, Y: pt.Y - sty.Radius})
	p.Line(vg.Point{X: pt.X, Y: pt.Y + sty.Radius})
	c.Stroke(p)
}
