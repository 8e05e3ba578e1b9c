package article

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/unicode"
)

// Sentinel errors for documents that cannot be extracted. They come wrapped
// with the document's name.
var (
	// ErrEmpty means the document holds no text.
	ErrEmpty = errors.New("empty document")
	// ErrBinary means the document is not text (an image, a PDF, a
	// compressed file ...).
	ErrBinary = errors.New("binary document, not text or HTML")
	// ErrEncoding means the text is not valid in any charset it declares
	// or that could be detected.
	ErrEncoding = errors.New("undecodable text")
	// ErrNoArticle means an HTML page holds no article text (a front
	// page, a login form, an error page).
	ErrNoArticle = errors.New("no article text found")
)

// checkBinary reports ErrBinary for bytes that no text page holds: NUL bytes
// or a high share of control characters in the first 8 KiB, or a known
// binary signature.
func checkBinary(b []byte) error {
	head := b
	if len(head) > 8192 {
		head = head[:8192]
	}
	for _, sig := range [][]byte{[]byte("%PDF"), {0x1f, 0x8b}, []byte("PK\x03\x04"), {0x89, 'P', 'N', 'G'}, {0xff, 0xd8, 0xff}, []byte("GIF8")} {
		if bytes.HasPrefix(head, sig) {
			return ErrBinary
		}
	}
	if bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{0xfe, 0xff}) {
		return nil // UTF-16 with a byte order mark has NUL bytes
	}
	control := 0
	for _, c := range head {
		switch {
		case c == 0:
			return ErrBinary
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f':
			control++
		}
	}
	if control*20 > len(head) {
		return ErrBinary
	}
	return nil
}

// decodeText returns plain text as UTF-8. UTF-16 with a byte order mark is
// converted; anything else must already be valid UTF-8.
func decodeText(b []byte) (string, error) {
	if bytes.HasPrefix(b, []byte{0xff, 0xfe}) || bytes.HasPrefix(b, []byte{0xfe, 0xff}) {
		out, err := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder().Bytes(b)
		if err != nil {
			return "", fmt.Errorf("%w: bad UTF-16: %w", ErrEncoding, err)
		}
		return string(out), nil
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(b) {
		return "", fmt.Errorf("%w: invalid UTF-8 at byte %d", ErrEncoding, invalidAt(b))
	}
	return string(b), nil
}

// decodeHTML returns an HTML page as UTF-8, honouring a byte order mark, the
// Content-Type's charset, a <meta> charset, or else a guess from the bytes,
// as browsers do.
func decodeHTML(b []byte, contentType string) (string, error) {
	if utf8.Valid(b) && !bytes.HasPrefix(b, []byte{0xff, 0xfe}) && !bytes.HasPrefix(b, []byte{0xfe, 0xff}) {
		if _, name, _ := charset.DetermineEncoding(b, contentType); name == "utf-8" || name == "windows-1252" {
			return string(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))), nil
		}
	}
	enc, name, _ := charset.DetermineEncoding(b, contentType)
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return "", fmt.Errorf("%w: cannot decode %s: %w", ErrEncoding, name, err)
	}
	return string(out), nil
}

func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(b)
}
