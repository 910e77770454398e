package inputerr

import (
	"errors"
	"testing"
)

func TestError(t *testing.T) {
	bad := errors.New("bad")
	for _, tc := range []struct {
		e    Error
		want string
	}{
		{Error{Name: "a.txt", Line: 3, Col: 7, Err: bad}, "a.txt:3:7: bad"},
		{Error{Name: "a.txt", Line: 3, Err: bad}, "a.txt:3: bad"},
		{Error{Name: "<stdin>", Err: bad}, "<stdin>: bad"},
	} {
		if got := tc.e.Error(); got != tc.want {
			t.Errorf("Error() = %q, want %q", got, tc.want)
		}
		if !errors.Is(&tc.e, bad) {
			t.Errorf("%q does not unwrap to its cause", tc.want)
		}
	}
}

func TestList(t *testing.T) {
	var empty List
	if empty.Err() != nil || empty.Error() != "no errors" {
		t.Errorf("empty list: Err() = %v, Error() = %q", empty.Err(), empty.Error())
	}
	bad := errors.New("bad")
	one := List{{Name: "a", Line: 1, Err: bad}}
	two := append(one, &Error{Name: "b", Err: errors.New("worse")})
	if one.Error() != "a:1: bad" || two.Error() != "a:1: bad (and 1 more errors)" {
		t.Errorf("Error() = %q, %q", one.Error(), two.Error())
	}
	var e *Error
	if err := two.Err(); !errors.Is(err, bad) || !errors.As(err, &e) || e.Name != "a" {
		t.Errorf("errors.Is/As do not look into the list: %v", err)
	}
}
