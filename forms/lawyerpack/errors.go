package lawyerpack

import (
	"errors"
	"fmt"

	"appealdesk/forms/evidence"
	"appealdesk/locales"
)

// Kinds of failure. Every error of Export and Import is an *Error wrapping one of
// them (errors.Is works) with a message id for the person.
var (
	ErrNotPackage      = errors.New("not an Appeal Desk package")
	ErrWrongPassphrase = errors.New("wrong passphrase")
	ErrDamaged         = errors.New("the package is damaged or incomplete")
	ErrNewer           = errors.New("the package is from a newer Appeal Desk")
	ErrUnsafeName      = errors.New("the package holds an unsafe file name")
	ErrTargetNotEmpty  = errors.New("the target folder is not empty")
	ErrExists          = errors.New("the package file already exists")
	ErrEmptyPassphrase = errors.New("the passphrase is empty")
	ErrEvidence        = errors.New("an evidence file is missing or changed")
	ErrCancelled       = errors.New("cancelled")
	ErrNoSpace         = errors.New("not enough free space")
	ErrIO              = errors.New("a file cannot be read or written")
)

var messageIDs = map[error]string{
	ErrNotPackage:      "evidence.pack.error.not_package",
	ErrWrongPassphrase: "evidence.pack.error.wrong_passphrase",
	ErrDamaged:         "evidence.pack.error.damaged",
	ErrNewer:           "evidence.pack.error.newer",
	ErrUnsafeName:      "evidence.pack.error.unsafe_name",
	ErrTargetNotEmpty:  "evidence.pack.error.target_not_empty",
	ErrExists:          "evidence.pack.error.exists",
	ErrEmptyPassphrase: "evidence.pack.error.empty_passphrase",
	ErrEvidence:        "evidence.pack.error.evidence",
	ErrCancelled:       "evidence.pack.error.cancelled",
	ErrNoSpace:         "evidence.pack.error.no_space",
	ErrIO:              "evidence.pack.error.io",
}

// Error is a failure of Export or Import.
type Error struct {
	Kind error // one of the Err… values above
	// msg is the catalogue message for Kind (Message); its data always include
	// "Name" (the file concerned, sanitised; may be empty).
	msg locales.Message
	Err error // the underlying cause, for logs
	// Evidence lists, for ErrEvidence, each evidence item that is missing, unreadable
	// or changed (run verify, then fingerprint the file again).
	Evidence []evidence.Result
}

func (e *Error) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("lawyerpack: %v: %v", e.Kind, e.Err)
	}
	return "lawyerpack: " + e.Kind.Error()
}

func (e *Error) Unwrap() []error { return []error{e.Kind, e.Err} }

// Message is what the person is told (a locales.MessageError).
func (e *Error) Message() locales.Message { return e.msg }

func fail(kind error, name string, cause error) *Error {
	return &Error{Kind: kind, msg: locales.Message{ID: messageIDs[kind], Params: []any{"Name", name}}, Err: cause}
}
