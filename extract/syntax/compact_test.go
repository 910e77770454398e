package syntax

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/chronicle-kg/chronicle/extract/internal/clusters"
	"github.com/chronicle-kg/chronicle/extract/internal/lemma"
)

var update = flag.Bool("update", false, "rewrite the compact forms of model/ from the model files")

// compactModels are the compact forms the package embeds: each one's
// file, what it is made from, how, and the bytes embedded.
var compactModels = []struct {
	file, from string
	make       func(io.Reader) ([]byte, error)
	embedded   string
}{
	{ClustersBin, ClustersFile, func(r io.Reader) ([]byte, error) {
		c, err := clusters.Load(r)
		if err != nil {
			return nil, err
		}
		return c.AppendBinary(nil)
	}, clustersBin},
	{LemmaBin, LemmaFile, func(r io.Reader) ([]byte, error) {
		m, err := lemma.ReadModel(r)
		if err != nil {
			return nil, err
		}
		return m.AppendBinary(nil)
	}, lemmaBin},
}

// TestCompactModels checks that each compact form embedded is what its
// model file makes, byte for byte: a model changed without go generate
// ./extract/syntax fails here. With -update it rewrites them (as go
// generate does).
func TestCompactModels(t *testing.T) {
	for _, m := range compactModels {
		t.Run(m.file, func(t *testing.T) {
			var data []byte
			err := readGzip(os.DirFS("model"), m.from, func(r io.Reader) (err error) {
				data, err = m.make(r)
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
			if *update {
				if err := os.WriteFile(filepath.Join("model", m.file), data, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if !bytes.Equal(data, []byte(m.embedded)) {
				t.Errorf("model/%s is not what model/%s makes: run go generate ./extract/syntax", m.file, m.from)
			}
		})
	}
}
