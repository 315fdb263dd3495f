package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"appealdesk/locales"
)

func (u *UI) showHome() { u.show(u.homeScreen) }

// homeScreen: what the app is for, the privacy promise, the person's cases and the
// language switcher (issue 2).
func (u *UI) homeScreen() fyne.CanvasObject {
	t := u.tr
	title := widget.NewLabelWithStyle(t.T("app.name"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText

	about := widget.NewButtonWithIcon(t.T("about.button"), theme.InfoIcon(), u.showAbout)
	header := container.NewBorder(nil, nil, title, container.NewHBox(u.languageSwitcher(), about))

	tagline := widget.NewLabel(t.T("app.tagline"))
	tagline.Wrapping = fyne.TextWrapWord
	privacy := widget.NewLabelWithStyle(t.T("app.privacy"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	privacy.Wrapping = fyne.TextWrapWord
	privacyRow := container.NewBorder(nil, nil, widget.NewIcon(theme.VisibilityOffIcon()), nil, privacy)

	casesTitle := widget.NewLabelWithStyle(t.T("home.cases"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	newCase := widget.NewButtonWithIcon(t.T("home.new_case"), theme.ContentAddIcon(), u.newCase)
	newCase.Importance = widget.HighImportance
	openFile := widget.NewButtonWithIcon(t.T("home.open_file"), theme.FolderOpenIcon(), u.openCaseFile)
	openPack := widget.NewButtonWithIcon(t.T("home.open_package"), theme.MailAttachmentIcon(), u.openPackage)
	actions := container.NewHBox(newCase, openFile, openPack)

	disclaimer := widget.NewLabel(t.T("app.not_legal_advice"))
	disclaimer.Wrapping = fyne.TextWrapWord

	body := container.NewVBox(tagline, privacyRow)
	if org := u.organisationBox(); org != nil {
		body.Add(org)
	}
	body.Add(widget.NewSeparator())
	body.Objects = append(body.Objects,
		casesTitle, actions, u.casesList(),
	)
	return container.NewBorder(
		container.NewVBox(header, widget.NewSeparator()),
		disclaimer, nil, nil,
		container.NewPadded(container.NewVScroll(body)),
	)
}

// languageSwitcher lists each language by its own name: English, Русский,
// Српски (ћирилица), Srpski (latinica).
func (u *UI) languageSwitcher() fyne.CanvasObject {
	names := make([]string, len(locales.All))
	for i, l := range locales.All {
		names[i] = l.Autonym()
	}
	sel := widget.NewSelect(names, nil)
	for i, l := range locales.All {
		if l == u.lang {
			sel.SetSelectedIndex(i)
		}
	}
	sel.OnChanged = func(string) {
		if i := sel.SelectedIndex(); i >= 0 {
			u.SetLang(locales.All[i])
		}
	}
	// Wide enough for the longest name, so "Srpski (latinica)" is never cut to "Srpski (lati…".
	longest := fyne.Size{}
	for _, n := range names {
		if s := fyne.MeasureText(n, theme.TextSize(), fyne.TextStyle{}); s.Width > longest.Width {
			longest = s
		}
	}
	width := longest.Width + theme.IconInlineSize() + 4*theme.InnerPadding()
	sized := container.NewGridWrap(fyne.NewSize(width, sel.MinSize().Height), sel)
	label := widget.NewLabel(u.tr.T("app.language"))
	return container.NewBorder(nil, nil, container.NewCenter(label), nil, sized)
}
