package pipeline

import (
	"slices"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

func TestSharedCountry(t *testing.T) {
	dza := dyad.Actor{Code: "DZA", Country: "DZA"}
	role := func(code string) *dyad.Actor { return &dyad.Actor{Code: "---" + code, Roles: []string{code}} }
	tests := []struct {
		name string
		ev   dyad.Event
		want string // target code
	}{
		{"protest at home", dyad.Event{Root: "14", Source: &dza, Target: role("LEG")}, "DZALEG"},
		{"arrest at home", dyad.Event{Root: "17", Source: &dza, Target: role("OPP")}, "DZAOPP"},
		{"police at home", dyad.Event{Root: "19", Source: &dyad.Actor{Code: "EGYCOP", Country: "EGY", Roles: []string{"COP"}}, Target: role("OPP")}, "EGYOPP"},
		{"rebels face their own state", dyad.Event{Root: "12", Source: &dyad.Actor{Code: "CIVREB", Country: "CIV", Roles: []string{"REB"}}, Target: role("GOV")}, "CIVGOV"},
		{"a state faces its opposition", dyad.Event{Root: "12", Source: &dza, Target: role("OPP")}, "DZAOPP"},
		{"a government faces its legislature", dyad.Event{Root: "12", Source: &dyad.Actor{Code: "DZAGOV", Country: "DZA", Roles: []string{"GOV"}}, Target: role("LEG")}, "DZALEG"},
		{"a state may face foreign rebels", dyad.Event{Root: "12", Source: &dza, Target: role("REB")}, "---REB"},
		{"an attack may cross a border", dyad.Event{Root: "19", Source: &dza, Target: role("REB")}, "---REB"},
		{"named country kept", dyad.Event{Root: "17", Source: &dza, Target: &dyad.Actor{Code: "FRAGOV", Country: "FRA", Roles: []string{"GOV"}}}, "FRAGOV"},
		{"an IGO lends no country", dyad.Event{Root: "17", Source: &dyad.Actor{Code: "IGOUNO", Country: "IGO"}, Target: role("MIL")}, "---MIL"},
		{"no role, no country", dyad.Event{Root: "17", Source: &dza, Target: &dyad.Actor{Code: "---", Roles: []string{}}}, "---"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ev := tc.ev
			tg := *ev.Target
			ev.Target = &tg
			sharedCountry(&ev)
			if ev.Target.Code != tc.want {
				t.Errorf("target %s, want %s", ev.Target.Code, tc.want)
			}
		})
	}
	// Facing each other at home, the target takes the source's country
	// before any place: the place does not give it another.
	ev := dyad.Event{Root: "18", Source: &dyad.Actor{Code: "COLREB", Country: "COL", Roles: []string{"REB"}}, Target: role("MIL"),
		Place: &dyad.Place{Name: "Venezuela", Country: "VEN"}}
	homeFirst(&ev)
	placeCountry(ev.Target, ev.Place)
	if ev.Target.Code != "COLMIL" {
		t.Errorf("rebels' target %s, want COLMIL", ev.Target.Code)
	}
	// The source never takes the target's country.
	ev = dyad.Event{Root: "14", Source: role("OPP"), Target: &dyad.Actor{Code: "FRAGOV", Country: "FRA", Roles: []string{"GOV"}}}
	sharedCountry(&ev)
	if ev.Source.Code != "---OPP" {
		t.Errorf("source became %s", ev.Source.Code)
	}
}

func TestImplicitTarget(t *testing.T) {
	dza := dyad.Actor{Code: "DZAGOV", Country: "DZA", Roles: []string{"GOV"}}
	tests := []struct {
		name string
		ev   dyad.Event
		want string
	}{
		{"protest targets the government", dyad.Event{CAMEO: "142", Source: &dyad.Actor{Code: "DZA", Country: "DZA"}}, "DZAGOV"},
		{"protest abroad targets the host", dyad.Event{CAMEO: "141", Source: &dyad.Actor{Code: "DZA", Country: "DZA"}, Place: &dyad.Place{Country: "FRA"}}, "FRAGOV"},
		{"curfew falls on the people", dyad.Event{CAMEO: "1723", Source: &dza}, "DZACVL"},
		{"easing a curfew too", dyad.Event{CAMEO: "0813", Source: &dza}, "DZACVL"},
		{"a meeting has no implicit target", dyad.Event{CAMEO: "040", Source: &dza}, ""},
		{"negated: nothing", dyad.Event{CAMEO: "1723", Source: &dza, Negated: true}, ""},
		{"named target kept", dyad.Event{CAMEO: "1723", Source: &dza, Target: &dyad.Actor{Code: "DZAOPP"}}, "DZAOPP"},
		{"an IGO imposes on no country of its own", dyad.Event{CAMEO: "172", Source: &dyad.Actor{Code: "IGOUNO", Country: "IGO"}}, ""},
		{"rebels' ceasefire is toward the government", dyad.Event{CAMEO: "0871", Source: &dyad.Actor{Code: "LKAREB", Country: "LKA", Roles: []string{"REB"}}}, "LKAGOV"},
		{"a government's ceasefire has no implicit target", dyad.Event{CAMEO: "0871", Source: &dza}, ""},
		{"aid delivered abroad goes to where it is delivered", dyad.Event{CAMEO: "073", Root: "07", Source: &dyad.Actor{Code: "CHN", Country: "CHN"}, Place: &dyad.Place{Country: "PAK"}}, "PAK"},
		{"aid at home has no implicit target", dyad.Event{CAMEO: "073", Root: "07", Source: &dyad.Actor{Code: "CHN", Country: "CHN"}, Place: &dyad.Place{Country: "CHN"}}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ev := tc.ev
			implicitTarget(&ev)
			got := ""
			if ev.Target != nil {
				got = ev.Target.Code
			}
			if got != tc.want {
				t.Errorf("target %q, want %q", got, tc.want)
			}
		})
	}
}

func TestEthnicPlace(t *testing.T) {
	srb := &dyad.Place{Name: "Presevo", Country: "SRB"}
	tests := []struct {
		a    dyad.Actor
		p    *dyad.Place
		want string
	}{
		{dyad.Actor{Text: "three ethnic Albanians", Code: "ALB", Country: "ALB", Roles: []string{}}, srb, "SRB"},
		{dyad.Actor{Text: "Albanian officials", Code: "ALBGOV", Country: "ALB", Roles: []string{"GOV"}}, srb, "ALBGOV"},
		{dyad.Actor{Text: "Albania", Code: "ALB", Country: "ALB", Roles: []string{}}, srb, "ALB"},
		{dyad.Actor{Text: "ethnic Albanians", Code: "ALB", Country: "ALB", Roles: []string{}}, nil, "ALB"},
	}
	for _, tc := range tests {
		a := tc.a
		ethnicPlace(&a, tc.p)
		if a.Code != tc.want {
			t.Errorf("%q: %s, want %s", tc.a.Text, a.Code, tc.want)
		}
	}
}

// TestEthnicHome checks that a state body acting on an ethnic group with
// no place named acts at home.
func TestEthnicHome(t *testing.T) {
	ethnic := func() *dyad.Actor {
		return &dyad.Actor{Text: "an ethnic Albanian man", Code: "ALB", Country: "ALB", Roles: []string{}}
	}
	tests := []struct {
		name   string
		source *dyad.Actor
		place  *dyad.Place
		want   string
	}{
		{"police at home", &dyad.Actor{Code: "SRBCOP", Country: "SRB", Roles: []string{"COP"}}, nil, "SRB"},
		{"a place named wins", &dyad.Actor{Code: "SRBCOP", Country: "SRB", Roles: []string{"COP"}}, &dyad.Place{Country: "MKD"}, "ALB"},
		{"a country is no state body", &dyad.Actor{Code: "SRB", Country: "SRB", Roles: []string{}}, nil, "ALB"},
	}
	for _, tc := range tests {
		ev := &dyad.Event{Source: tc.source, Target: ethnic(), Place: tc.place}
		ethnicHome(ev)
		if ev.Target.Code != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, ev.Target.Code, tc.want)
		}
	}
}

func TestUnknownPlaced(t *testing.T) {
	beirut := &dyad.Place{Name: "Beirut", Country: "LBN"}
	unknown := dyad.Actor{Code: "---", Roles: []string{}, Implicit: true}
	a := unknown
	unknownPlaced(&a, beirut)
	if a.Country != "LBN" || a.Code != "---" {
		t.Errorf("unknown attacker in Beirut = %+v, want country LBN, code ---", a)
	}
	named := dyad.Actor{Code: "---", Roles: []string{}} // named in the text, not implicit
	unknownPlaced(&named, beirut)
	if named.Country != "" {
		t.Errorf("a named actor was placed: %+v", named)
	}
	b := unknown
	unknownPlaced(&b, nil)
	if b.Country != "" {
		t.Errorf("placed with no place: %+v", b)
	}
}

func TestJudgeAtHome(t *testing.T) {
	judge := func() *dyad.Actor { return &dyad.Actor{Code: "---JUD", Roles: []string{"JUD"}} }
	chl := &dyad.Actor{Code: "CHLGOV", Country: "CHL", Roles: []string{"GOV"}}
	ev := dyad.Event{Root: "09", Source: judge(), Target: chl}
	judgeAtHome(&ev)
	if ev.Source.Code != "CHLJUD" {
		t.Errorf("judge investigating Chilean officials = %s, want CHLJUD", ev.Source.Code)
	}
	ev = dyad.Event{Root: "19", Source: judge(), Target: chl}
	judgeAtHome(&ev)
	if ev.Source.Code != "---JUD" {
		t.Errorf("a judge's attack took a country: %s", ev.Source.Code)
	}
}

// TestPlaceTaken codes towns and capitals named by name as the objects of
// capture and seizure, and of entry by armed men: the gazetteer, which the
// pipeline gives the coder, says they are places.
func TestPlaceTaken(t *testing.T) {
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Taliban fighters captured Kabul on Friday after government forces fled.", true},
		{"Rebel fighters seized Goma on Tuesday after days of heavy fighting.", true},
		{"French and Malian troops liberated Timbuktu on Monday.", true},
		{"Russian troops entered Grozny on Sunday.", true},
		{"Pope Francis entered Jerusalem on Sunday.", false}, // only armed men take a town by entering it
	} {
		c, err := p.Code(&dyad.Document{ID: "t", Body: []byte(tc.text), Date: "2012-06-01"})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range c.Events {
			found = found || e.CAMEO == "192"
		}
		if found != tc.want {
			t.Errorf("%q: 192 event %v, want %v (got %v)", tc.text, found, tc.want, c.Events)
		}
	}
}

// TestNameNotPlace checks that the words of a person's or a body's name
// are not read as a place that gives an actor beside it a country ("Aung
// San Suu Kyi": San is a town in Mali; "Abu Sayyaf": Abu is a town in
// India), and that a conjunct's title hung on its name ("and President
// Win Myint") is not part of the phrase before it.
func TestNameNotPlace(t *testing.T) {
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, date, not string }{
		{"Soldiers detained Aung San Suu Kyi and President Win Myint on Monday.", "2021-02-01", "MLI"},
		{"The army detained State Counsellor Aung San Suu Kyi and President Win Myint in a raid on Monday, a party spokesman said.", "2021-02-01", "MLI"},
		{"Police freed three tourists held by Abu Sayyaf gunmen.", "2001-06-01", "IND"},
		{"Reuters journalist Wa Lone was jailed for seven years.", "2018-09-03", "GHA"},
	} {
		coded, err := p.Code(&dyad.Document{ID: "t", Body: []byte(c.text), Date: c.date})
		if err != nil {
			t.Fatal(err)
		}
		if len(coded.Events) == 0 {
			t.Errorf("%q: no event", c.text)
		}
		for _, e := range coded.Events {
			if e.Source.Country == c.not || e.Target != nil && e.Target.Country == c.not {
				t.Errorf("%q: %s %s (%q): %s is not in the sentence", c.text, e.Source.Code, e.CAMEO, e.Source.Text, c.not)
			}
		}
	}
}

// codeText codes text, dated date, as one document with a new pipeline.
func codeText(t *testing.T, text, date string) *dyad.Coded {
	t.Helper()
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	c, err := p.Code(&dyad.Document{ID: "t", Body: []byte(text), Date: date})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestPlaceInsideTarget checks that a place named inside the target's
// phrase, after a preposition of location with other words between
// them, is still where the event happened, and gives an attacker the text
// does not name its country.
func TestPlaceInsideTarget(t *testing.T) {
	for _, tc := range []struct{ text, country string }{
		{"Gunmen abducted dozens of pupils from a school in Nigeria's Zamfara state on Friday.", "NGA"},
		{"Gunmen kidnapped three aid workers near the Chechen capital Grozny.", "RUS"},
	} {
		c := codeText(t, tc.text, "2021-02-26")
		if len(c.Events) == 0 {
			t.Errorf("%q: no event", tc.text)
		}
		for _, e := range c.Events {
			if e.Place == nil || e.Place.Country != tc.country || e.Source.Country != tc.country {
				t.Errorf("%q: place %+v, source %s; want both in %s", tc.text, e.Place, e.Source.Code, tc.country)
			}
		}
	}
}

// TestBodyLendsNoCountry checks that an international body does not lend
// its "country" (IGO, NGO) to the people the sentence names after it:
// the police Amnesty accuses are no NGO's police.
func TestBodyLendsNoCountry(t *testing.T) {
	for _, text := range []string{
		"Amnesty International accused the police of beating detained students.",
		"The United Nations accused the army of shelling civilians.",
	} {
		c := codeText(t, text, "2015-03-01")
		if len(c.Events) == 0 {
			t.Errorf("%q: no event", text)
		}
		for _, e := range c.Events {
			if e.Target != nil && (e.Target.Country == "NGO" || e.Target.Country == "IGO") {
				t.Errorf("%q: target %s (%q) has the source's body for a country", text, e.Target.Code, e.Target.Text)
			}
		}
	}
}

// TestPeopleAreCivilians checks that "people" are civilians of the
// place, as a target, and that people killed by no one named make no
// event.
func TestPeopleAreCivilians(t *testing.T) {
	c := codeText(t, "Police in Paris detained more than 100 people on Saturday.", "2019-03-16")
	if !slices.ContainsFunc(c.Events, func(e dyad.Event) bool { return e.Target != nil && e.Target.Code == "FRACVL" }) {
		t.Errorf("detained people in Paris: want a target FRACVL, got %v", c.Events)
	}
	c = codeText(t, "Officials said 20 people were killed or wounded in the raids.", "2019-03-16")
	for _, e := range c.Events {
		if e.Source == nil || e.Source.Country == "" {
			t.Errorf("people killed by no one named: got %s by %+v", e.CAMEO, e.Source)
		}
	}
}

// TestItIsTheBodyJustNamed checks that "it" after "the government's"
// in the same sentence is that government, not a body named in the
// sentence before.
func TestItIsTheBodyJustNamed(t *testing.T) {
	text := "Kenyan President William Ruto toured flooded areas on Monday.\n\n" +
		"USAID said it would provide $1 million for shelter.\n\n" +
		"Opposition lawmakers criticised the government's response as slow and demanded that it declare a national disaster.\n"
	c := codeText(t, text, "2024-05-03")
	found := false
	for _, e := range c.Events {
		if e.Root != "10" {
			continue
		}
		found = true
		if e.Target == nil || e.Target.Country != "KEN" {
			t.Errorf("demanded that it declare: target %+v, want Kenya's government", e.Target)
		}
	}
	if !found {
		t.Errorf("no demand coded: %v", c.Events)
	}
}

// TestOnAVisit checks that whoever "was on a visit" is the visitor and
// the place visited, named after "to" or before ", where", the target.
// TestArmyOnCrowds: an army facing a crowd of no country faces its own
// people, unless the event is placed abroad.
func TestArmyOnCrowds(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Myanmar's army chief warned protesters on Sunday.", "MMR"},
		{"Israeli troops fired on protesters in the Gaza Strip on Friday.", "PSE"},
	} {
		coded := codeText(t, c.text, "2018-08-01")
		if !slices.ContainsFunc(coded.Events, func(e dyad.Event) bool { return e.Target != nil && e.Target.Country == c.want }) {
			t.Errorf("%q: want a target of %s, got %v", c.text, c.want, coded.Events)
		}
	}
}

// TestWelcomedTo: welcoming a leader to one's capital hosts a visit (043),
// also when the parser hung the capital on a word of the leader's name.
func TestWelcomedTo(t *testing.T) {
	for _, c := range []struct{ text, date, src, tgt string }{
		{"Indonesian President Joko Widodo welcomed Australian Prime Minister Anthony Albanese to Jakarta on Monday.", "2022-06-06", "IDN", "AUS"},
		// received at a border or an airport, in the passive
		{"Modi was welcomed at Lahore airport by Pakistani Prime Minister Nawaz Sharif.", "2015-12-25", "PAK", "IND"},
	} {
		coded := codeText(t, c.text, c.date)
		if !slices.ContainsFunc(coded.Events, func(e dyad.Event) bool {
			return e.CAMEO == "043" && e.Source != nil && e.Source.Country == c.src && e.Target != nil && e.Target.Country == c.tgt
		}) {
			t.Errorf("%q: want a hosted visit %s -> %s, got %v", c.text, c.src, c.tgt, coded.Events)
		}
	}
}

func TestOnAVisit(t *testing.T) {
	for _, text := range []string{
		"The Japanese prime minister was on an official visit to India.",
		"The talks were held in New Delhi, where the Japanese prime minister was on a three-day visit.",
	} {
		c := codeText(t, text, "2017-05-23")
		if !slices.ContainsFunc(c.Events, func(e dyad.Event) bool {
			return e.CAMEO == "042" && e.Source != nil && e.Source.Country == "JPN" && e.Target != nil && e.Target.Country == "IND"
		}) {
			t.Errorf("%q: want a visit JPN -> IND, got %v", text, c.Events)
		}
	}
}

// TestJointActAtHome checks that rebels signing a ceasefire with their
// government abroad are the government's country's, not the host's, both
// ways.
func TestJointActAtHome(t *testing.T) {
	for _, c := range []struct {
		text, date string
		want       []string
	}{
		{"The Liberian government and the rebels signed a ceasefire in Accra on Tuesday.", "2003-06-17", []string{"LBRGOV>LBRREB", "LBRREB>LBRGOV"}},
		// a state named by its name, and a venue of another country
		{"Moldova and pro-Russian separatists signed a truce in the Ukrainian capital Kiev on Tuesday.", "1997-05-08", []string{"MDA>MDASEP", "MDASEP>MDA"}},
	} {
		coded := codeText(t, c.text, c.date)
		var got []string
		for _, e := range coded.Events {
			if e.Source != nil && e.Target != nil {
				got = append(got, e.Source.Code+">"+e.Target.Code)
			}
		}
		for _, want := range c.want {
			if !slices.Contains(got, want) {
				t.Errorf("%q: want %s among %v", c.text, want, got)
			}
		}
	}
}

// TestItsEmbassyAbroad checks that "its embassy in <city>" after a
// subject state is that state's, not the host's, which the pronoun would
// otherwise take.
func TestItsEmbassyAbroad(t *testing.T) {
	text := "Kuwait recalled its ambassador from Iraq on Monday after protesters attacked its embassy in Baghdad."
	c := codeText(t, text, "2019-03-01")
	for _, e := range c.Events {
		if e.Evidence.Trigger == "attacked" && (e.Target == nil || e.Target.Country != "KWT") {
			t.Errorf("attacked its embassy in Baghdad: target %+v, want Kuwait's", e.Target)
		}
	}
	if !slices.ContainsFunc(c.Events, func(e dyad.Event) bool { return e.Evidence.Trigger == "attacked" }) {
		t.Errorf("no attack coded: %v", c.Events)
	}
}

// TestSameWordsSameCountry checks that the words an event gave a country
// keep it as an actor of another event of the sentence ("protesters who
// had blocked roads").
func TestSameWordsSameCountry(t *testing.T) {
	text := "Kenyan police fired tear gas at protesters who had blocked a highway on Monday."
	c := codeText(t, text, "2023-03-20")
	found := false
	for _, e := range c.Events {
		if e.Evidence.Trigger == "blocked" {
			found = true
			if e.Source == nil || e.Source.Country != "KEN" {
				t.Errorf("protesters who had blocked a highway: source %+v, want Kenya's", e.Source)
			}
		}
	}
	if !found {
		t.Errorf("no blockade coded: %v", c.Events)
	}
}

// TestDefiniteRole checks that an actor named by a definite role alone
// takes the country of the one actor of that role named before it in the
// sentence, and none when two countries have it.
func TestDefiniteRole(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"The French president urged Mali's military to hand over power and warned the generals that Paris would impose sanctions.", "MLI"},
		{"The French president urged Mali's military and Niger's army to hand over power and warned the generals that Paris would impose sanctions.", ""},
	} {
		c := codeText(t, tt.text, "2021-06-01")
		found := false
		for _, ev := range c.Events {
			if ev.Target != nil && strings.HasPrefix(ev.Target.Text, "the generals") {
				found = true
				if ev.Target.Country != tt.want {
					t.Errorf("%q: the generals are %q, want %q", tt.text, ev.Target.Country, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no event on the generals: %+v", tt.text, c.Events)
		}
	}
}

// TestFormerStatePlace checks that a state the gazetteer no longer has
// still places an attack: "targets across Yugoslavia" in 1999 are the
// Federal Republic of Yugoslavia's.
func TestFormerStatePlace(t *testing.T) {
	c := codeText(t, "NATO warplanes struck targets across Yugoslavia on Wednesday night.", "1999-03-25")
	if len(c.Events) == 0 || c.Events[0].Target == nil || c.Events[0].Target.Country != "FRY" {
		t.Errorf("events %+v, want a target in FRY", c.Events)
	}
}

// TestNoPlaceInPersonName checks that a word of a person's name that the
// entity recogniser found is no place, whether or not the dictionaries
// know the person: Adama is a town of Ethiopia, Adama Barrow a Gambian.
func TestNoPlaceInPersonName(t *testing.T) {
	c := codeText(t, "Jammeh stunned the country on Friday by conceding defeat to Adama Barrow.", "2016-12-02")
	for _, ev := range c.Events {
		if ev.Place != nil && ev.Place.Country == "ETH" || ev.Target != nil && ev.Target.Country == "ETH" {
			t.Errorf("event %s placed in Ethiopia: place %+v, target %+v", ev.CAMEO, ev.Place, ev.Target)
		}
	}
	if len(c.Events) == 0 {
		t.Error("no event")
	}
}

// TestHomeSource checks that police, and an army that detains, named
// only by their role act at home, on the people of the state they act
// on; an army that fights keeps no country.
func TestHomeSource(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Police arrested Zambian opposition leaders on Monday.", "ZMB"},
		{"The military detained leaders of Myanmar's ruling party on Monday.", "MMR"},
		{"The army killed three Pakistani soldiers.", ""},
	} {
		c := codeText(t, tt.text, "2021-02-01")
		if len(c.Events) == 0 {
			t.Errorf("%q: no event", tt.text)
			continue
		}
		if got := c.Events[0].Source.Country; got != tt.want {
			t.Errorf("%q: source country %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestStreetName checks that a town's name inside a street's is no place
// and names no one: "Epifanio de los Santos Avenue" is in Manila.
func TestStreetName(t *testing.T) {
	c := codeText(t, "Hundreds of thousands of Filipinos massed on Epifanio de los Santos Avenue on Sunday.", "1986-02-23")
	if len(c.Events) == 0 {
		t.Fatal("no event")
	}
	for _, ev := range c.Events {
		if ev.Place != nil && ev.Place.Country == "BRA" || ev.Target != nil && ev.Target.Country == "BRA" {
			t.Errorf("event %s placed or aimed in Brazil: place %+v, target %+v", ev.CAMEO, ev.Place, ev.Target)
		}
	}
}

// TestUnionAtHome checks that a union's threat made unless "the
// government" acts is aimed at its own state's government.
func TestUnionAtHome(t *testing.T) {
	c := codeText(t, "Nigeria's main labour union threatened on Monday to call a nationwide strike unless the government reversed its decision.", "2012-01-02")
	found := false
	for _, ev := range c.Events {
		if ev.Target != nil && ev.Target.Code == "NGAGOV" {
			found = true
		}
	}
	if !found {
		t.Errorf("no event on Nigeria's government: %+v", c.Events)
	}
}

// TestAddresseeNoPlace checks that a country a verb addresses ("asked the
// United States", "accused Washington") is no place of the events of the
// sentence, and gives no role-only actor its country.
func TestAddresseeNoPlace(t *testing.T) {
	c := codeText(t, "Iraq's prime minister asked the United States to strike Sunni militants advancing on Baghdad.", "2014-06-18")
	if len(c.Events) == 0 {
		t.Fatal("no event")
	}
	for _, ev := range c.Events {
		if ev.Place != nil && ev.Place.Country == "USA" || ev.Source.Country == "USA" && ev.CAMEO != "020" {
			t.Errorf("event %s placed in or sourced from the United States: place %+v, source %+v", ev.CAMEO, ev.Place, ev.Source)
		}
	}
}

// TestSaidAtNoPlace checks that where a statement was made ("his
// spokesman said in Moscow") is not where the acts it reports happened.
func TestSaidAtNoPlace(t *testing.T) {
	c := codeText(t, "The Philippine president declared martial law on the southern island of Mindanao on Tuesday, his spokesman said in Moscow.", "2017-05-23")
	if len(c.Events) == 0 {
		t.Fatal("no event")
	}
	for _, ev := range c.Events {
		if ev.Place != nil && ev.Place.Country == "RUS" || ev.Target != nil && ev.Target.Country == "RUS" {
			t.Errorf("event %s placed in Russia: place %+v, target %+v", ev.CAMEO, ev.Place, ev.Target)
		}
	}
}

// TestPlaceNounCountry checks that "the coastal enclave" after a place
// named before it is that place's country.
func TestPlaceNounCountry(t *testing.T) {
	c := codeText(t, "Rockets were fired from Gaza on Saturday, and Israel shelled the coastal enclave overnight.", "2023-10-07")
	found := false
	for _, ev := range c.Events {
		if ev.Source.Country == "ISR" && ev.Target != nil && ev.Target.Country == "PSE" {
			found = true
		}
	}
	if !found {
		t.Errorf("events %+v, want Israel's shelling of the enclave (PSE)", c.Events)
	}
}

// TestPoliceFightAtHome checks that militants whom police fight, named
// only by their role, are of the police's country.
func TestPoliceFightAtHome(t *testing.T) {
	c := codeText(t, "Kenyan police killed three suspected militants in a shootout on Monday.", "2014-05-05")
	if len(c.Events) == 0 || c.Events[0].Target == nil || c.Events[0].Target.Country != "KEN" {
		t.Errorf("events %+v, want the militants Kenyan", c.Events)
	}
}
