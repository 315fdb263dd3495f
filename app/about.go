package app

import (
	"errors"
	"runtime"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"appealdesk/assets"
	"appealdesk/templates"
)

// organisationBox shows the NGO that hands out this edition, so a frightened person
// knows whom to call, and any problem with its organisation file (which was then
// ignored). It is nil when there is neither.
func (u *UI) organisationBox() fyne.CanvasObject {
	t := u.tr
	box := container.NewVBox()
	if org := u.opts.Organisation; org != nil {
		name := widget.NewLabelWithStyle(t.T("edition.provided_by", "Name", org.Name), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		name.Wrapping = fyne.TextWrapWord
		box.Add(name)
		if org.Contact != "" {
			box.Add(wrapped(t.T("edition.contact", "Contact", org.Contact)))
		}
		if org.Website != "" {
			// Shown as text, not a link: the app itself never opens a connection.
			box.Add(wrapped(t.T("edition.website", "Website", org.Website)))
		}
	}
	if err := u.opts.OrganisationProblem; err != nil {
		var problems assets.Problems
		if errors.As(err, &problems) {
			for _, p := range problems {
				box.Add(container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, wrapped(t.Msg(p.Message()))))
			}
		} else {
			box.Add(container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, wrapped(err.Error())))
		}
	}
	if len(box.Objects) == 0 {
		return nil
	}
	return container.NewBorder(nil, nil, widget.NewIcon(theme.AccountIcon()), nil, box)
}

// overridesNotice says, with a warning, which templates of the documents this
// edition replaces, each with its SHA-256, so nobody takes such a text for the app's
// own; nil when the edition replaces none.
func (u *UI) overridesNotice() fyne.CanvasObject {
	org := u.opts.Organisation
	if org == nil || org.Templates == nil {
		return nil
	}
	list := templates.Overrides(org.Templates)
	if len(list) == 0 {
		return nil
	}
	l := wrapped(u.tr.T("about.overrides", "Edition", org.Name, "List", templates.OverrideList(list)))
	l.Wrapping = fyne.TextWrapBreak // the hashes are long words
	l.Importance = widget.WarningImportance
	return container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, l)
}

func wrapped(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// showAbout names the program, its version and commit (stamped at build time), the
// privacy promise, and the organisation of this edition.
func (u *UI) showAbout() {
	t := u.tr
	content := container.NewVBox(
		widget.NewLabelWithStyle(t.T("app.name"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		wrapped(t.T("about.version", "Version", assets.Version, "Commit", assets.CommitID(), "Go", runtime.Version())),
		wrapped(t.T("app.tagline")),
		wrapped(t.T("app.privacy")),
		wrapped(t.T("app.not_legal_advice")),
		wrapped(t.T("about.fonts")),
	)
	if org := u.organisationBox(); org != nil {
		content.Add(widget.NewSeparator())
		content.Add(org)
	}
	if n := u.overridesNotice(); n != nil {
		content.Add(n)
	}
	d := dialog.NewCustom(t.T("about.button"), t.T("home.close"), content, u.win)
	d.Resize(fyne.NewSize(560, 420))
	d.Show()
}
