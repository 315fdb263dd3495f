package forms

// Example returns a complete fictional case: a Russian citizen, six years in Serbia,
// whose temporary residence was terminated on security grounds (ZoS Art. 66) with
// 30 days to leave and a one-year entry ban. Every person, number and file in it is
// invented. It is what `appealdesk example` prints, and the fixture other packages
// test against; it is built fresh on each call, so callers may change it.
func Example() *Case {
	c := New("Иван Петров — престанак боравка")
	c.Step = "review"
	for _, st := range Steps() { // a complete case: the person has been everywhere
		c.MarkSeen(st.ID)
	}
	c.Decision = Decision{
		Type:               TypeTemporaryResidenceTermination,
		Issuer:             "Министарство унутрашњих послова, Полицијска управа за град Београд, Управа за странце",
		Number:             "26-4471/26",
		Issued:             "2026-11-10",
		Service:            "personal",
		Received:           "2026-11-12",
		SecurityGrounds:    Yes,
		GivesReasons:       No,
		RemedyInstruction:  Yes,
		Heard:              No,
		DepartureDays:      30,
		EntryBan:           true,
		EntryBanYears:      1,
		DepartureImmediate: false,
	}
	c.Person = Person{
		FullName:        "Ivan Petrov",
		FullNameSerbian: "Иван Петров",
		Gender:          "male",
		Born:            "1988-04-17",
		Birthplace:      "Санкт Петербург, Руска Федерација",
		Citizenship:     "RU",
		ResidenceGround: "employment",
		Passport:        "751234567",
		ForeignerNumber: "1234567890123",
		Address:         "Улица Кнеза Милоша 12, стан 5",
		City:            "Београд",
		Phone:           "+381 64 000 0000",
		Email:           "ivan.petrov@example.org",
		InSerbiaSince:   "2020-09-01",
		Work:            "Програмер, запослен у друштву „Пример софтвер“ д.о.о. Београд од 2021. године",
		Property:        "Изнајмљен стан у Београду, уговор о закупу до 2027. године",
		Health:          "",
		Community:       "Похађао курс српског језика; волонтер у локалној библиотеци",
	}
	c.Family = Family{
		Spouse:            Yes,
		SpouseName:        "Милица Петров",
		SpouseCitizenship: "RS",
		SpouseStatus:      "serbian-citizen",
		Children: []Child{
			{Name: "Ана Петров", Born: "2015-03-02", Citizenship: "RS", CitizenshipOther: "RU", School: "ОШ „Свети Сава“, Београд, 5. разред", LivesWith: Yes},
			{Name: "Марко Петров", Born: "2018-06-21", Citizenship: "RS", CitizenshipOther: "RU", School: "ОШ „Свети Сава“, Београд, 2. разред", LivesWith: Yes},
		},
	}
	c.Story = Story{
		WhatHappened:    "Дана 12. новембра 2026. године у Управи за странце уручено ми је решење о престанку права на привремени боравак због безбедносних разлога. Разлози нису наведени. Пре доношења решења нико ме није позвао на разговор.",
		Activity:        Yes,
		ActivityDetails: "Потписао сам отворено писмо против рата у Украјини 2022. године и учествовао на мирним скуповима у Београду.",
		RiskOnReturn:    Yes,
		RiskDetails:     "У Русији ми прети мобилизација и кривично гоњење због јавно израженог става против рата.",
		UseInAppeal:     Yes,
		PrivateNotes:    "Позвати адвоката из удружења пре петка.",
	}
	// Every suggested argument stands; postponement of execution is asked for
	// explicitly because the decision sets a departure period, so the appeal does not
	// suspend it (ZoS Art. 66(8), inferred reach).
	c.Arguments = map[string]bool{ArgPostponeExecution: true}
	c.Evidence = []EvidenceItem{
		{Title: "Решење о престанку права на привремени боравак бр. 26-4471/26", Category: "decision", Date: "2026-11-10", Pages: 2, Language: "sr", Translation: "not-needed", Supports: []string{ArgNoReasons, ArgNotHeard},
			File: &File{Name: "resenje.pdf", Path: "resenje.pdf", Size: 184233, SHA256: "3f1c2a9e8b7d6c5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e"}},
		{Title: "Извод из матичне књиге венчаних", Category: "family", Date: "2019-07-06", Pages: 1, Language: "sr", Translation: "not-needed", Supports: []string{ArgFamily},
			File: &File{Name: "vencani.pdf", Path: "vencani.pdf", Size: 92011, SHA256: "a94a8fe5ccb19ba61c4c0873d391e987982fbbd3a94a8fe5ccb19ba61c4c0873"}},
		{Title: "Изводи из матичне књиге рођених за Ану и Марка", Category: "family", Date: "2018-07-02", Pages: 2, Language: "sr", Translation: "not-needed", Supports: []string{ArgFamily}},
		{Title: "Потврде школе о упису деце", Category: "family", Date: "2026-09-01", Pages: 2, Language: "sr", Translation: "not-needed", Supports: []string{ArgFamily, ArgProportionality},
			File: &File{Name: "skola.pdf", Path: "skola.pdf", Size: 51200, SHA256: "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"}},
		{Title: "Уговор о раду", Category: "work", Date: "2021-02-15", Pages: 4, Language: "sr", Translation: "not-needed", Supports: []string{ArgLengthOfStay},
			File: &File{Name: "ugovor-o-radu.pdf", Path: "ugovor-o-radu.pdf", Size: 240118, SHA256: "fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9"}},
		{Title: "Уговор о закупу стана", Category: "home", Date: "2025-01-10", Pages: 3, Language: "sr", Translation: "not-needed", Supports: []string{ArgLengthOfStay}},
		{Title: "Отворено писмо против рата са потписом", Category: "activity", Date: "2022-03-01", Pages: 1, Language: "ru", Translation: "needed", Supports: []string{ArgSpeech, ArgRiskOnReturn},
			File: &File{Name: "open-letter.pdf", Path: "open-letter.pdf", Size: 73402, SHA256: "18ac3e7343f016890c510e93f935261169d9e3f565436429830faf0934f4f8e4"}},
		{Title: "Позив на војну евиденцију (Русија)", Category: "risk", Date: "2026-10-03", Pages: 1, Language: "ru", Translation: "needed", Supports: []string{ArgRiskOnReturn}},
	}
	c.Documents = DocumentOptions{Script: "cyrl", Copy: "ru", Place: "Београд"}
	return c
}
