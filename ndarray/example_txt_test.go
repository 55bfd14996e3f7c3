package ndarray_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/numgo/numgo/ndarray"
)

func ExampleSaveTxt() {
	a := ndarray.FromSlice([]float64{1, 2.5, -3, 0.125}, 2, 2)
	ndarray.SaveTxt(os.Stdout, a, ndarray.Fmt("%.3f"), ndarray.Delimiter(","), ndarray.Header("x,y"))
	ndarray.SaveTxt(os.Stdout, a.T(), ndarray.ColumnFmt("%d", "%+.2e"))
	// Output:
	// # x,y
	// 1.000,2.500
	// -3.000,0.125
	// 1 -3.00e+00
	// 2 +1.25e-01
}

func ExampleSaveTxt_complex() {
	z := ndarray.FromSlice([]complex128{1 + 2i, 3 - 4i}, 2)
	ndarray.SaveTxt(os.Stdout, z, ndarray.Fmt("%g"))
	// Output:
	//  (1+2j)
	//  (3-4j)
}

func ExampleLoadTxt() {
	text := `# time  value  flag
0.0  1.5  1
0.5  2.5  0   # a comment

1.0  nan  1
`
	a, err := ndarray.LoadTxt[float64](strings.NewReader(text), ndarray.UseCols(0, 1))
	fmt.Println(a, err)
	flags, err := ndarray.LoadTxt[int](strings.NewReader(text), ndarray.UseCols(-1))
	fmt.Println(flags, err)
	_, err = ndarray.LoadTxt[float64](strings.NewReader("1 2 3\n4 x 6\n"))
	fmt.Println(err)
	// Output:
	// [[0.  1.5]
	//  [0.5 2.5]
	//  [1.  nan]] <nil>
	// [1 0 1] <nil>
	// ndarray: LoadTxt: could not convert string 'x' to float64 at row 1, column 2.
}

func ExampleLoadTxt_ndmin() {
	one, _ := ndarray.LoadTxt[float64](strings.NewReader("1,2,3\n"), ndarray.Delimiter(","))
	row, _ := ndarray.LoadTxt[float64](strings.NewReader("1,2,3\n"), ndarray.Delimiter(","), ndarray.NdMin(2))
	fmt.Println(one.Shape(), row.Shape())
	// Output:
	// [3] [1 3]
}
