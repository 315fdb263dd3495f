package locales

import "errors"

// Message is a catalogue message and the data its template is filled with, as
// key/value pairs ("File", "case.appeal"): what an error says to a person, before it
// is put into words in their language. A value that is itself a Message is put into
// words first (a hint inside a sentence).
type Message struct {
	ID     string
	Params []any
}

// MessageError is an error that can tell the person what went wrong: every error of
// Appeal Desk meant for a person implements it (a damaged case file, a package with a
// wrong passphrase, a date that is not in the calendar …), and every caller turns it
// into words with Translator.Error. Its Error method stays English, for logs.
type MessageError interface {
	error
	Message() Message
}

// MessageOf returns the message of the first MessageError in err's tree.
func MessageOf(err error) (Message, bool) {
	var me MessageError
	if err == nil || !errors.As(err, &me) {
		return Message{}, false
	}
	return me.Message(), true
}

// Msg puts m into words.
func (t *Translator) Msg(m Message) string {
	params := m.Params
	for i := 1; i < len(params); i += 2 {
		if inner, ok := params[i].(Message); ok {
			if &params[0] == &m.Params[0] { // copy before the first change
				params = append([]any(nil), m.Params...)
			}
			params[i] = t.Msg(inner)
		}
	}
	return t.T(m.ID, params...)
}

// Error puts err into words for the person: its message if it carries one, else the
// message fallbackID (filled with "Error", the error's own English text). An empty
// fallbackID gives the English text itself, as a command line prints it.
func (t *Translator) Error(err error, fallbackID string) string {
	if m, ok := MessageOf(err); ok {
		return t.Msg(m)
	}
	if err == nil {
		return ""
	}
	if fallbackID == "" {
		return err.Error()
	}
	return t.T(fallbackID, "Error", err.Error())
}
