package caseload

import (
	"fmt"
	"math/rand"
	"time"

	"appealdesk/forms"
)

// Generate makes the n-th of a set of fictional cases around the day today, for
// benchmarks, tests and trying the caseload with many cases (`go run ./e2e/caseload`):
// every decision type and delivery method, deliveries from a month before today to
// today, some with a departure order, some not started yet and some with names in
// Cyrillic. Every person and number in them is invented.
func Generate(rng *rand.Rand, today time.Time, n int) *forms.Case {
	first := []string{"Ivan", "Anna", "Dmitry", "Olga", "Sergey", "Maria", "Pavel", "Elena", "Nikita", "Daria"}
	last := []string{"Petrov", "Smirnova", "Ivanov", "Kuznetsova", "Sokolov", "Popova", "Lebedev", "Novikova", "Morozov", "Volkova"}
	cyrFirst := []string{"Иван", "Анна", "Дмитрий", "Ольга", "Сергей", "Мария", "Павел", "Елена", "Никита", "Дарья"}
	cyrLast := []string{"Петров", "Смирнова", "Иванов", "Кузнецова", "Соколов", "Попова", "Лебедев", "Новикова", "Морозов", "Волкова"}
	services := []string{forms.ServicePersonal, forms.ServicePersonal, forms.ServicePersonal, "registered-mail", "notice", "household", "refused", "mail"}

	// Even indexes are men's names, odd ones women's: a first name gets a surname of its form.
	f := rng.Intn(len(first))
	l := (rng.Intn(len(last)/2)*2 + f%2) % len(last)
	c := forms.New(fmt.Sprintf("%s %s", first[f], last[l]))
	c.Person.FullName = c.Title
	if n%3 == 0 {
		c.Title = fmt.Sprintf("%s %s", cyrFirst[f], cyrLast[l])
		c.Person.FullName = c.Title
	}
	c.Person.FullNameSerbian = fmt.Sprintf("%s %s", cyrFirst[f], cyrLast[l])
	c.Step = "decision"
	if n%17 == 5 { // not started: only a title
		c.Person = forms.Person{}
		return c
	}
	t := forms.DecisionTypes[rng.Intn(len(forms.DecisionTypes))]
	c.Decision.Type = t.ID
	c.Decision.Number = fmt.Sprintf("26-%04d/26", 1000+n)
	if n%11 == 7 { // type known, delivery not yet
		return c
	}
	received := today.AddDate(0, 0, -rng.Intn(30))
	c.Decision.Issued = forms.Date(received.AddDate(0, 0, -2).Format("2006-01-02"))
	c.Decision.Service = services[rng.Intn(len(services))]
	c.Decision.Received = forms.Date(received.Format("2006-01-02"))
	if t.SetsDeparture && rng.Intn(2) == 0 {
		c.Decision.DepartureDays = 30
		if t.DepartureCap > 0 && t.DepartureCap < 30 {
			c.Decision.DepartureDays = t.DepartureCap
		}
		c.Decision.EntryBan = rng.Intn(2) == 0
	}
	c.Person.City = "Београд"
	c.Story.WhatHappened = "Решење ми је уручено у Управи за странце. Разлози нису наведени."
	return c
}
