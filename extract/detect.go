package extract

import (
	"bytes"
	"errors"
	"io"
)

// bom is the UTF-8 byte order mark.
var bom = []byte("\uFEFF")

// detect finds the format of the input for FormatAuto: by the name's
// extension, else by its first bytes (see ReadArticles). It looks at what
// the first read brings and waits for more only if that does not decide,
// so that JSON Lines on a pipe is read as it comes.
func (in *input) detect() (Format, error) {
	byName := formatByName(in.name)
	if byName != FormatAuto && byName != FormatJSON {
		return byName, nil
	}
	head, err := in.br.Peek(1)
	for {
		if err == nil {
			head, _ = in.br.Peek(in.br.Buffered())
		} else if err != io.EOF {
			return 0, in.readError(err)
		}
		final := err == io.EOF || len(head) >= bufSize
		if f, ok := formatOfContent(head, final, byName); ok {
			return f, nil
		}
		head, err = in.br.Peek(min(2*len(head), bufSize))
	}
}

// formatOfContent finds the format from head, the first bytes of the
// input, all of them if final. It reports false if it needs more; byName
// is FormatJSON for a .json file, else FormatAuto.
func formatOfContent(head []byte, final bool, byName Format) (Format, bool) {
	rest := bytes.TrimLeft(bytes.TrimPrefix(head, bom), " \t\r\n")
	switch {
	case !final && len(head) < len(bom) && bytes.HasPrefix(bom, head):
		return 0, false
	case len(rest) == 0 && !final:
		return 0, false
	case len(rest) > 0 && rest[0] == '{':
		return objectFormat(rest, final)
	case byName == FormatJSON:
		return FormatJSON, true
	case len(rest) > 0 && rest[0] == '[':
		next := bytes.TrimLeft(rest[1:], " \t\r\n")
		if len(next) == 0 {
			return FormatJSON, final
		}
		if next[0] == '{' || next[0] == ']' {
			return FormatJSON, true
		}
	case len(rest) > 0 && rest[0] == '<':
		if bytes.Contains(rest, []byte("<TimeML")) || bytes.Contains(rest, []byte("<TEXT")) {
			return FormatTimeML, true
		}
		if !final && len(rest) < 4096 {
			return 0, false
		}
	}
	return FormatText, true
}

// objectFormat tells JSON Lines from JSON by the object that begins obj:
// JSON Lines if it closes on its first line, JSON if it goes on over more.
// A first line longer than the bytes looked at is taken for JSON Lines.
func objectFormat(obj []byte, final bool) (Format, bool) {
	line, _, newline := bytes.Cut(obj, []byte("\n"))
	var s jsonScan
	if _, done, _ := s.scan(line); done {
		return FormatJSONL, true
	}
	switch {
	case newline:
		return FormatJSON, true
	case final:
		return FormatJSONL, true
	}
	return 0, false
}

// sniff checks the first bytes of the input, those read at once, before
// the format's reader reads it. UTF-16 stops the reading, for every
// format; so does a NUL byte in the first 8000 bytes of JSON, which is
// not JSON but a binary file (a text or TimeML reader finds NUL bytes in
// the whole file itself).
func (in *input) sniff(format Format) error {
	head, err := in.br.Peek(1)
	if err == io.EOF {
		return nil
	}
	if err != nil {
		return in.readError(err)
	}
	head, _ = in.br.Peek(min(in.br.Buffered(), 8000))
	if bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{0xfe, 0xff}) {
		return in.stopAt(0, 0, errUTF16)
	}
	if (format == FormatJSON || format == FormatJSONL) && bytes.IndexByte(head, 0) >= 0 {
		return in.stopAt(0, 0, errBinaryInput)
	}
	return nil
}

// errUTF16 is input in UTF-16, which has a byte order mark.
var errUTF16 = errors.New("UTF-16 text: only UTF-8 is read")

// skipBOM reads past a UTF-8 byte order mark at the start of the input.
func (in *input) skipBOM() {
	if head, _ := in.br.Peek(len(bom)); bytes.Equal(head, bom) {
		in.discard(len(bom))
	}
}
