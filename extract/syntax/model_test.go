package syntax

import (
	"testing"

	"github.com/chronicle-kg/chronicle/extract/internal/depparse"
	"github.com/chronicle-kg/chronicle/extract/internal/tagger"
)

// TestEmbeddedModels checks the weights of the embedded tagger and
// parser, block by block, as the default Analyzer, which opens them in
// place, does not.
func TestEmbeddedModels(t *testing.T) {
	if _, err := tagger.Open([]byte(taggerBin)); err != nil {
		t.Errorf("%s: %v", TaggerFile, err)
	}
	if _, err := depparse.Open([]byte(parserBin)); err != nil {
		t.Errorf("%s: %v", ParserFile, err)
	}
}
