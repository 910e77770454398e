package tagger

// WithoutMemo returns m tagging without its memo of the frequent words'
// scores: the same tags, found the long way.
func (m *Model) WithoutMemo() *Model {
	return &Model{upos: m.upos, xpos: m.xpos, dict: m.dict, classes: m.classes, first: m.first, second: m.second, sure: m.sure}
}

// RaceEnabled reports whether the race detector is on.
const RaceEnabled = raceEnabled
