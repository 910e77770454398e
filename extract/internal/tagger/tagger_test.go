package tagger

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// toy is a handful of tagged sentences, enough to train on in a blink.
var toy = func() []Example {
	var out []Example
	for _, s := range []string{
		"The/DET/DT army/NOUN/NN said/VERB/VBD on/ADP/IN Monday/PROPN/NNP it/PRON/PRP killed/VERB/VBD two/NUM/CD men/NOUN/NNS ./PUNCT/.",
		"Police/NOUN/NNS arrested/VERB/VBD a/DET/DT man/NOUN/NN in/ADP/IN Cairo/PROPN/NNP ./PUNCT/.",
		"They/PRON/PRP will/AUX/MD meet/VERB/VB in/ADP/IN June/PROPN/NNP ./PUNCT/.",
		"The/DET/DT talks/NOUN/NNS failed/VERB/VBD ./PUNCT/.",
		"He/PRON/PRP talks/VERB/VBZ to/ADP/IN the/DET/DT press/NOUN/NN ./PUNCT/.",
	} {
		var e Example
		for _, t := range strings.Fields(s) {
			p := strings.Split(t, "/")
			e.Forms, e.UPOS, e.XPOS = append(e.Forms, p[0]), append(e.UPOS, p[1]), append(e.XPOS, p[2])
		}
		out = append(out, e)
	}
	return out
}()

func toyModel() *Model { return Train(toy, &Options{Epochs: 5, Folds: 2, Frequent: 10}) }

func TestTrainToy(t *testing.T) {
	m := toyModel()
	if m.Tags() != 12 {
		t.Errorf("%d tag pairs, want 12", m.Tags())
	}
	for _, e := range toy {
		u, x := make([]string, len(e.Forms)), make([]string, len(e.Forms))
		m.Tag(e.Forms, u, x)
		if !slices.Equal(u, e.UPOS) || !slices.Equal(x, e.XPOS) {
			t.Errorf("%s: got %v %v, want %v %v", strings.Join(e.Forms, " "), u, x, e.UPOS, e.XPOS)
		}
	}
}

// TestDeterministic checks that the same training makes the same bytes,
// and that a model read back writes them again and tags alike.
func TestDeterministic(t *testing.T) {
	var a, b, c bytes.Buffer
	m := toyModel()
	if _, err := m.WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	toyModel().WriteTo(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two trainings on the same examples wrote different models")
	}
	r, err := ReadModel(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	r.WriteTo(&c)
	if !bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Error("a model read back writes different bytes")
	}
	forms := strings.Fields("Police said the men will meet in Cairo .")
	u1, x1 := make([]string, len(forms)), make([]string, len(forms))
	u2, x2 := make([]string, len(forms)), make([]string, len(forms))
	m.Tag(forms, u1, x1)
	r.Tag(forms, u2, x2)
	if !slices.Equal(u1, u2) || !slices.Equal(x1, x2) {
		t.Errorf("read back, the model tags %v %v; it tagged %v %v", u2, x2, u1, x1)
	}
}

func TestReadModelBad(t *testing.T) {
	var good bytes.Buffer
	toyModel().WriteTo(&good)
	for name, b := range map[string][]byte{
		"empty":     nil,
		"not gzip":  []byte("a tagger"),
		"truncated": good.Bytes()[:good.Len()/2],
	} {
		if _, err := ReadModel(bytes.NewReader(b)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestTagPanicsOnShortSlices(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("no panic")
		}
	}()
	toyModel().Tag([]string{"a", "b"}, make([]string, 1), make([]string, 2))
}

func TestTagEmpty(t *testing.T) {
	toyModel().Tag(nil, nil, nil)
}
