package plover_test

import (
	"fmt"
	"log"

	"github.com/chronicle-kg/chronicle/internal/eval/plover"
)

// A CAMEO code's PLOVER category comes from the longest code of the table
// that begins it, and is renamed as the GSR names it.
func ExampleMapping_Category() {
	m, err := plover.LoadMapping("testdata/CAMEO2PLOVER-2021.txt")
	if err != nil {
		log.Fatal(err)
	}
	for _, cameo := range []string{"0873", "0361", "08", "100", "190"} {
		cat := m.Category(cameo)
		fmt.Println(cameo, cat, plover.GSRCategory(cat, cameo), m.Categories(cameo))
	}
	// Output:
	// 0873 RETREAT RETREAT [RETREAT]
	// 0361 AGREE AGREE [AGREE]
	// 08 CONCEDE CONCEDE [CONCEDE RETREAT]
	// 100 REQUEST DEMAND [REQUEST]
	// 190 ASSAULT FIGHT [ASSAULT]
}

// CodeKey is what actor codes are compared on.
func ExampleCodeKey() {
	for _, code := range []string{"USAGOV", "JAP", "IGOUNO", "TMP"} {
		fmt.Println(code, plover.CodeKey(code))
	}
	// Output:
	// USAGOV USA
	// JAP JPN
	// IGOUNO IGO
	// TMP TLS
}
