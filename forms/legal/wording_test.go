package legal

import (
	"strings"
	"testing"

	"appealdesk/locales"
)

// Where the court both receives and decides the lawsuit (ZoS Art. 90(2) detention;
// ZUS Art. 20: handed to the court or posted), the reasoning says so once, not
// "lodged with the Administrative Court; the Administrative Court decides".
func TestLawsuitIsFiledDirectlyWithTheCourt(t *testing.T) {
	r := Compute(Facts{Type: Detention, Service: Personal, Received: d("2025-02-03")})
	main, ok := r.Primary()
	if !ok {
		t.Fatal("no main deadline for detention")
	}
	for l, want := range map[locales.Lang]string{
		locales.English:      "File it directly with the Administrative Court, in person or by post.",
		locales.Russian:      "Подаётся в Административный суд («Управни суд») — лично или по почте.",
		locales.SerbianCyrl:  "Подноси се непосредно суду (Управни суд), лично или поштом.",
		locales.SerbianLatin: "Podnosi se neposredno sudu (Upravni sud), lično ili poštom.",
	} {
		text := strings.Join(RenderSteps(locales.New(l), main.Steps), " ")
		if !strings.Contains(text, want) {
			t.Errorf("%s: %q lacks %q", l, text, want)
		}
	}
	appeal, _ := Compute(Facts{Type: ReturnDecision, Service: Personal, Received: d("2025-02-03")}).Primary()
	text := strings.Join(RenderSteps(locales.New(locales.Russian), appeal.Steps), " ")
	if !strings.Contains(text, "Куда подавать: полицейское управление, вынесшее решение") || !strings.Contains(text, "Кто рассматривает: Министерство") {
		t.Errorf("an appeal names where it is lodged and who decides: %q", text)
	}
}
