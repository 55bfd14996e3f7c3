package ndarray

import (
	"fmt"
	"unicode/utf8"
)

// TxtOption configures SaveTxt and LoadTxt, as the keyword arguments of
// numpy.savetxt and numpy.loadtxt do. Delimiter and Comments serve both;
// Fmt, ColumnFmt, Newline, Header and Footer only SaveTxt; SkipRows, UseCols, MaxRows
// and NdMin only LoadTxt. Passing an option to the function it does not
// serve panics with a *ValueError.
type TxtOption struct {
	name       string
	save, load bool
	set        func(*txtConfig)
}

// txtConfig holds the options of one SaveTxt or LoadTxt call.
type txtConfig struct {
	// SaveTxt
	fmts      []string
	perColumn bool // fmts is ColumnFmt's list
	delim     string
	newline   string
	header    string
	footer    string
	prefix    string // the comments string written before header and footer lines

	// LoadTxt
	hasDelim    bool
	comments    []string
	hasComments bool
	skipRows    int
	useCols     []int
	hasCols     bool
	maxRows     int // -1: all
	ndmin       int
}

// Fmt sets SaveTxt's format, NumPy's fmt given as a string: printf-style
// conversions %[flags][width][.precision]verb with flags "-+ #0", verbs d,
// i, u, o, x, X (integer dtypes, and bool) and e, E, f, F, g, G, formatted
// as Python's % operator does (floats correctly rounded; %d of a float
// truncates it toward zero). A format with a single % is used for every
// column; one with more is the whole row (the delimiter is then not used)
// and must have as many % signs as the row has values (NumPy counts "%%"
// too). The default is "%.18e", which round-trips every float64. For
// complex arrays a single conversion f writes each number as " (f+fj)", as
// NumPy does; a whole-row format needs two conversions per column.
func Fmt(format string) TxtOption {
	return TxtOption{"Fmt", true, false, func(c *txtConfig) { c.fmts, c.perColumn = []string{format}, false }}
}

// ColumnFmt sets one SaveTxt format per column, NumPy's fmt given as a
// list: they are joined by the delimiter into the row's format. For
// complex arrays each needs two conversions, real and imaginary part.
func ColumnFmt(formats ...string) TxtOption {
	fs := append([]string{}, formats...)
	return TxtOption{"ColumnFmt", true, false, func(c *txtConfig) { c.fmts, c.perColumn = fs, true }}
}

// Delimiter sets the string between columns. SaveTxt writes it between
// the formatted columns (default " "). For LoadTxt it must be a single
// character other than "\r" and "\n" and other than a comment marker; the
// default (no Delimiter) splits fields at runs of whitespace, whereas
// Delimiter(" ") splits at every single space, as NumPy's delimiter=" "
// does.
func Delimiter(d string) TxtOption {
	return TxtOption{"Delimiter", true, true, func(c *txtConfig) { c.delim, c.hasDelim = d, true }}
}

// Newline sets the string SaveTxt writes after each row, the header and
// the footer (default "\n").
func Newline(s string) TxtOption {
	return TxtOption{"Newline", true, false, func(c *txtConfig) { c.newline = s }}
}

// Header sets text SaveTxt writes before the data, each of its lines
// prefixed with the comments string (default "# "). An empty header writes
// nothing.
func Header(s string) TxtOption {
	return TxtOption{"Header", true, false, func(c *txtConfig) { c.header = s }}
}

// Footer sets text SaveTxt writes after the data, each of its lines
// prefixed with the comments string. An empty footer writes nothing.
func Footer(s string) TxtOption {
	return TxtOption{"Footer", true, false, func(c *txtConfig) { c.footer = s }}
}

// Comments sets the comment markers. For SaveTxt it takes exactly one
// string, the prefix of header and footer lines (default "# "). For
// LoadTxt each marker (default "#") starts a comment that runs to the end
// of the line; Comments() with no marker disables comments. As in NumPy,
// LoadTxt panics with a *ValueError for an empty marker and for a single
// marker of one character that is "\n" or "\r", or whitespace when fields
// are split at whitespace (no Delimiter).
func Comments(markers ...string) TxtOption {
	ms := append([]string{}, markers...)
	return TxtOption{"Comments", true, true, func(c *txtConfig) { c.comments, c.hasComments = ms, true }}
}

// SkipRows makes LoadTxt skip the first n lines of the input, comments and
// blank lines included. It panics with a *ValueError if n < 0.
func SkipRows(n int) TxtOption {
	if n < 0 {
		panic(&ValueError{Op: "SkipRows", Msg: "argument must be nonnegative"})
	}
	return TxtOption{"SkipRows", false, true, func(c *txtConfig) { c.skipRows = n }}
}

// UseCols makes LoadTxt read only the given columns, in the given order
// (repeats allowed); a negative index counts from the end of each row.
// Rows may then have different numbers of columns.
func UseCols(cols ...int) TxtOption {
	cs := append([]int{}, cols...)
	return TxtOption{"UseCols", false, true, func(c *txtConfig) { c.useCols, c.hasCols = cs, true }}
}

// MaxRows makes LoadTxt read at most n rows of data; blank and comment
// lines do not count (NumPy 1.23 and later). It panics with a *ValueError
// if n < 0.
func MaxRows(n int) TxtOption {
	if n < 0 {
		panic(&ValueError{Op: "MaxRows", Msg: "argument must be nonnegative"})
	}
	return TxtOption{"MaxRows", false, true, func(c *txtConfig) { c.maxRows = n }}
}

// NdMin sets the minimum number of dimensions of LoadTxt's result: 0, 1 or
// 2, as numpy.loadtxt's ndmin. It panics with a *ValueError otherwise.
func NdMin(n int) TxtOption {
	if n < 0 || n > 2 {
		panic(&ValueError{Op: "NdMin", Msg: fmt.Sprintf("Illegal value of ndmin keyword: %d", n)})
	}
	return TxtOption{"NdMin", false, true, func(c *txtConfig) { c.ndmin = n }}
}

// txtOptions applies opts for the function op (SaveTxt or LoadTxt) over
// NumPy's defaults, and checks the options LoadTxt's tokenizer relies on.
func txtOptions(op string, save bool, opts []TxtOption) txtConfig {
	c := txtConfig{fmts: []string{"%.18e"}, delim: " ", newline: "\n", prefix: "# ",
		comments: []string{"#"}, maxRows: -1}
	for _, o := range opts {
		if o.set == nil {
			continue
		}
		if (save && !o.save) || (!save && !o.load) {
			panic(&ValueError{Op: op, Msg: o.name + " is not an option of " + op})
		}
		o.set(&c)
	}
	if save {
		if c.hasComments {
			if len(c.comments) != 1 {
				panic(&ValueError{Op: op, Msg: fmt.Sprintf("Comments takes one prefix for SaveTxt, got %d", len(c.comments))})
			}
			c.prefix = c.comments[0]
		}
		return c
	}
	for _, m := range c.comments {
		if m == "" {
			panic(&ValueError{Op: op, Msg: "comments cannot be an empty string. Use Comments() to disable comments."})
		}
	}
	// NumPy's parser takes a single one-character marker itself, and
	// refuses it as a newline or, splitting at whitespace, as whitespace.
	if len(c.comments) == 1 && utf8.RuneCountInString(c.comments[0]) == 1 {
		r, _ := utf8.DecodeRuneInString(c.comments[0])
		if r == '\n' || r == '\r' {
			panic(&ValueError{Op: op, Msg: "control character 'comment' cannot be a newline (`\\r` or `\\n`)."})
		}
		if !c.hasDelim && pyIsSpace(r) {
			panic(&ValueError{Op: op, Msg: "The values for control characters 'delimiter' and 'comment' are incompatible"})
		}
	}
	if c.hasDelim {
		if r, size := utf8.DecodeRuneInString(c.delim); size == 0 || size != len(c.delim) || r == utf8.RuneError {
			panic(&ValueError{Op: op, Msg: fmt.Sprintf("Text reading control character must be a single unicode character; but got: %q", c.delim)})
		}
		if c.delim == "\n" || c.delim == "\r" {
			panic(&ValueError{Op: op, Msg: "control character 'delimiter' cannot be a newline (`\\r` or `\\n`)."})
		}
		for _, m := range c.comments {
			if m == c.delim {
				panic(&ValueError{Op: op, Msg: "The values for control characters 'comment' and 'delimiter' are incompatible"})
			}
		}
	}
	return c
}
