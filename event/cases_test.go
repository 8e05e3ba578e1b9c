package event

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/cameo"
	"github.com/dyadproject/dyad/nlp"
)

// testCase is one line of testdata/cases.tsv: a sentence with the event it
// reports.
type testCase struct {
	line          int
	code, src, tg string
	text          string
}

func readCases(t testing.TB) []testCase {
	t.Helper()
	f, err := os.Open("testdata/cases.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cs []testCase
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			t.Fatalf("cases.tsv:%d: want 4 tab-separated fields, got %d", n, len(f))
		}
		if _, ok := cameo.Lookup(f[0]); !ok {
			t.Fatalf("cases.tsv:%d: unknown CAMEO code %q", n, f[0])
		}
		cs = append(cs, testCase{n, f[0], f[1], f[2], f[3]})
	}
	return cs
}

// dictCoder returns a coder over the embedded patterns and dictionaries.
func dictCoder(t testing.TB) (*Coder, *actor.Dictionary) {
	t.Helper()
	pats, err := DefaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	dict, err := actor.Default()
	if err != nil {
		t.Fatal(err)
	}
	return &Coder{Patterns: pats, Actors: dict}, dict
}

// newTestCoder is dictCoder with the embedded language models.
func newTestCoder(t testing.TB) (*Coder, *nlp.Model, *actor.Dictionary) {
	t.Helper()
	c, dict := dictCoder(t)
	m, err := nlp.Load()
	if err != nil {
		t.Fatalf("cannot load the language models: %v", err)
	}
	return c, m, dict
}

// TestCases parses and codes every sentence of testdata/cases.tsv, which
// holds at least one sentence for every code that has patterns. The parse
// is statistical, so a few sentences fail; the test holds the coder and
// the dictionary to rates measured with the committed models, and fails
// any code whose every sentence fails at the root.
func TestCases(t *testing.T) {
	c, m, dict := newTestCoder(t)
	cases := readCases(t)
	covered := map[string]bool{}
	for _, p := range c.Patterns.All() {
		covered[p.Code] = true
	}
	haveCase := map[string]bool{}
	var root, exact, dyadOK int
	rootByCode := map[string]bool{}
	for _, tc := range cases {
		haveCase[tc.code] = true
		s := dyad.Sentence{Text: tc.text}
		evs := c.Code(Input{DocID: "case", Sentence: s, Parse: m.Parse(tc.text, 0), Date: "2020-06-01", Coref: actor.NewTracker(dict, "2020-06-01")})
		var gotRoot, gotExact, gotDyad bool
		for _, e := range evs {
			if e.Root != cameo.RootOf(tc.code) {
				continue
			}
			gotRoot = true
			tg := "-"
			if e.Target != nil && e.Target.Country != "" {
				tg = e.Target.Country
			}
			okDyad := e.Source.Country == tc.src && (tc.tg == "-" || tg == tc.tg)
			gotExact = gotExact || e.CAMEO == tc.code
			gotDyad = gotDyad || okDyad
		}
		if gotRoot {
			root++
			rootByCode[tc.code] = true
		}
		if gotExact {
			exact++
		}
		if gotRoot && gotDyad {
			dyadOK++
		}
		if !gotRoot || !gotDyad {
			var got []string
			for _, e := range evs {
				tg := "-"
				if e.Target != nil {
					tg = e.Target.Country
				}
				got = append(got, e.Source.Country+" "+e.CAMEO+" "+tg)
			}
			t.Logf("cases.tsv:%d: want %s %s %s, got %v: %s", tc.line, tc.src, tc.code, tc.tg, got, tc.text)
		}
	}
	for code := range covered {
		if !haveCase[code] {
			t.Errorf("code %s has patterns but no sentence in testdata/cases.tsv", code)
		}
	}
	n := float64(len(cases))
	t.Logf("%d cases: right root %.1f%%, exact code %.1f%%, root and dyad %.1f%%", len(cases), 100*float64(root)/n, 100*float64(exact)/n, 100*float64(dyadOK)/n)
	if r := float64(root) / n; r < 0.90 {
		t.Errorf("right root in %.1f%% of cases, want at least 90%%", 100*r)
	}
	if r := float64(dyadOK) / n; r < 0.85 {
		t.Errorf("right root and dyad in %.1f%% of cases, want at least 85%%", 100*r)
	}
}

// BenchmarkCode measures the coding stage alone, given parses: sentences/s.
func BenchmarkCode(b *testing.B) {
	c, m, dict := newTestCoder(b)
	cases := readCases(b)
	parses := make([]*nlp.Sentence, len(cases))
	for i, tc := range cases {
		parses[i] = m.Parse(tc.text, 0)
	}
	b.ResetTimer()
	n := 0
	for b.Loop() {
		tr := actor.NewTracker(dict, "2020-06-01")
		for i, tc := range cases {
			c.Code(Input{DocID: "case", Sentence: dyad.Sentence{Text: tc.text}, Parse: parses[i], Date: "2020-06-01", Coref: tr})
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}

// TestNotTarget holds sentences whose events must not target a country the
// sentence names in another role: a charge, a topic, a broker.
func TestNotTarget(t *testing.T) {
	c, m, dict := newTestCoder(t)
	for _, tc := range []struct{ country, text string }{
		{"RUS", "Sweden charged two brothers with spying for Russia."},
		{"KAS", "Pakistani and Indian diplomats resumed talks on Kashmir."},
		{"FRA", "The rebels and the government signed a peace deal brokered by France."},
		{"LBN", "Syria called for an Arab summit on Lebanon."},
		{"IRN", "Israeli Prime Minister Naftali Bennett met Russian President Vladimir Putin in Sochi to discuss Iran's presence in Syria."},
		{"BFA", "The Malian army said it had repelled an attack by jihadists on a base near the Burkinabe border."},
		{"SDN", "The Sudanese government condemned the attack on a pharmaceutical factory in Khartoum."},
		{"USA", "The presidents of Armenia and Azerbaijan signed a peace accord in Washington on Friday ending decades of conflict, with U.S. President Donald Trump looking on."},
		{"UGA", "The leaders of Sudan and Chad signed the accord at Kampala."},
		{"AUT", "U.S. Secretary of State John Kerry and Iranian Foreign Minister Mohammad Javad Zarif met for two hours in Vienna on Monday."},
		{"BLR", "Ukraine and the separatists signed a ceasefire in Minsk on Friday."},
		{"IND", "Maoist rebels demanded land and rights for Indian farmers."},
	} {
		evs := codeAlone(c, m, dict, tc.text, "2020-06-01")
		if len(evs) == 0 {
			t.Errorf("%q: no event", tc.text)
		}
		for _, e := range evs {
			if e.Target != nil && e.Target.Country == tc.country && !strings.HasPrefix(e.CAMEO, "045") {
				t.Errorf("%q: coded %s %s on %s (%s), want no event on %s", tc.text, e.Source.Country, e.CAMEO, e.Target.Code, e.Evidence.Pattern, tc.country)
			}
		}
	}
}

// TestNamelessSourceDropped checks that a trigger coded with a coded
// source gives no second event for words no rule could code.
func TestNamelessSourceDropped(t *testing.T) {
	c, m, dict := newTestCoder(t)
	text := "Aung San Suu Kyi, whose National League for Democracy won the 1990 election by a landslide, called on Myanmar's military rulers on Saturday to open a dialogue."
	evs := codeAlone(c, m, dict, text, "1995-06-01")
	coded := false
	for _, e := range evs {
		if e.Source != nil && e.Source.Code == "" && e.Source.Country == "" && e.Source.Text != "" {
			t.Errorf("%q: event %s with the uncoded source %q", text, e.CAMEO, e.Source.Text)
		} else if e.Source != nil && e.Source.Code != "" {
			coded = true
		}
	}
	if !coded {
		t.Errorf("%q: no event with a coded source", text)
	}
}

// TestNoEvent holds sentences that report no event of a given root by a
// given source: the acts are conditions or hypotheses, not events.
func TestNoEvent(t *testing.T) {
	c, m, dict := newTestCoder(t)
	tests := []struct {
		root, src, text string // src "-": by anyone
	}{
		{"08", "USA", "Iran threatened to close the strait unless Washington lifted its sanctions."},
		{"10", "-", "Army officers insisted on state television that it was not a coup."},
		{"10", "-", "The interior minister insists the vote was free and fair."},
		{"02", "-", "Khartoum dismissed the resolution on Monday, calling it a pretext for a settlement imposed from abroad."},
		{"02", "-", "The minister called the sanctions an act of aggression on Monday."},
		{"19", "RUS", "If Russia invades, NATO will respond."},
		{"03", "IRQ", "Iran said it would attack unless Baghdad accepted its conditions."},
		{"18", "RUS", "Poland demanded an admission that Russian forces murdered the prisoners."},
		{"08", "-", "The Colombian government said the rebels must disarm before they demobilize."},
		{"08", "RWA", "Rwandan rebels demanded new elections at talks aimed at ending the war."},
		{"07", "CUB", "Cuba denied that Havana had trained rebels in Venezuela."},
		{"04", "CHE", "The Syrian government and opposition delegates held talks in Geneva."},
		{"04", "HUN", "Ukrainian border guards forced a Hungarian airliner flying from Budapest to Baku to land in Lviv on Monday."},
		{"05", "USA", "Iraqi troops backed by U.S. air power shelled militant-held villages near Mosul on Sunday."},
		{"19", "-", "A suicide bomber blew himself up outside a police station in Kirkuk, killing seven policemen."},
		{"04", "-", "The freed French journalist flew home to Paris on Sunday."},
		{"04", "-", "African Union leaders meeting in Addis Ababa on Sunday called on the junta to free the president."},
		{"11", "-", "China vetoed a U.N. resolution that would have condemned Russia's annexation of Crimea."},
		{"15", "-", "Nigeria mobilised funds for the flood victims on Monday."},
		{"19", "IGO", "A truck bomb wrecked the U.N. headquarters in Baghdad on Tuesday, killing 22 people including the U.N. envoy, officials said."},
		{"06", "CHN", "Beijing warned Washington that selling advanced weapons to Taiwan would seriously damage relations."},
		{"18", "-", "The Philippine military said it would investigate reports that soldiers had tortured suspected rebels."},
		{"05", "SDN", "Sudan and Uganda agreed to restore diplomatic ties and stop supporting each other's rebels."},
		{"19", "BOL", "Bolivian police used tear gas to disperse coca growers blocking a highway."},
		{"19", "TUR", "Turkish police detained a Kurdish politician in Diyarbakir days after a roadside bomb near Hakkari killed five soldiers."},
		{"13", "-", "Germany backed a UN Security Council resolution that aims to tighten sanctions on Iran."},
		{"16", "-", "Germany backed a UN Security Council resolution that aims to tighten sanctions on Iran."},
		{"19", "-", "Iran threatened to launch a new military offensive against Iraq."},
		{"17", "-", "Activists campaigned to change the law so that protests are banned."},
		{"08", "DZA", "The party said it would boycott the vote unless the Algerian president agreed to step down."},
		{"07", "-", "Beijing warned Washington against sending warships through the Taiwan Strait."},
		{"11", "CAN", "Canada expelled a Chinese diplomat accused of targeting a lawmaker."},
		{"10", "-", "Kenyan students marched through Nairobi demanding the resignation of the minister."},
		{"10", "USA", "The United States vetoed a UN resolution demanding an immediate ceasefire in Gaza."},
		{"05", "-", "Uganda denied backing the rebels in eastern Congo."},
		{"04", "-", "Hundreds of Sudanese refugees arrived by boat in Italy."},
		{"19", "-", "Thousands of Syrian refugees poured into Turkey over the weekend."},
		{"19", "-", "Tens of thousands of opposition supporters marched into the capital on Saturday."},
		{"19", "-", "Greek firefighters battled wildfires near Athens for a third day."},
		{"05", "-", "Turkey will not allow Sweden to join NATO until it extradites Kurdish militants, its president said."},
		{"12", "-", "Algeria and Morocco have not restored diplomatic relations since 2021."},
		{"13", "RUS", "Polish prosecutors charged a Russian man with planning an attack on President Zelensky."},
		{"11", "IND", "Indian police raided the offices of three journalists accused of spreading rumours about the army."},
		{"19", "SOM", "Somalia's prime minister asked Kenya for help in fighting al-Shabaab insurgents along the border."},
		{"19", "ISR", "Hezbollah claimed responsibility for a roadside bombing on an Israeli patrol that killed three soldiers."},
		{"04", "-", "Putin told visiting US Secretary of State John Kerry that Russia would not back down."},
		{"07", "-", "The World Food Programme appealed for $20 million to feed Somali refugees in Kenya."},
		{"19", "PAK", "A roadside bomb exploded near a police checkpoint in the Pakistani city of Quetta, killing four officers."},
		{"19", "IND", "India evacuated thousands of its citizens from Sudan as fighting raged in Khartoum."},
		{"19", "ISR", "Iran warned that it would respond to any Israeli attack on its nuclear sites."},
		{"17", "CHN", "Dutch prosecutors charged two men with spying for China."},
		{"07", "-", "France is considering sending more air defence systems to Ukraine."},
		{"15", "-", "Analysts expect Iran to test a new ballistic missile before the summit."},
		{"15", "CHN", "Vietnam protested against China's deployment of an oil rig near the Paracel Islands."},
		{"14", "-", "The president called the protests a foreign plot against his government."},
		{"19", "-", "India retaliated by suspending visas for Canadian citizens."},
		{"12", "LTU", "Lithuania expelled a Belarusian journalist for violating the terms of his visa."},
		{"10", "TUR", "Turkish police detained dozens of students demanding the release of their professors."},
		{"19", "-", "Twelve Indian soldiers were killed in a helicopter crash in Kashmir."},
		{"19", "-", "A landslide killed 40 villagers in Papua New Guinea."},
		{"19", "-", "Kazakhstan's president fired his whole government on Wednesday."},
		{"05", "-", "Ethiopian soldiers backed by tanks and artillery crossed into Somalia."},
		{"16", "-", "Morocco and Algeria reopened their embassies ten years after cutting ties."},
		{"04", "-", "Soldiers detained the president and flew him to Costa Rica."},
		{"17", "-", "Students protested against the Thai army's seizure of power."},
		{"05", "-", "Bahrain and Iran are close to an agreement on restoring relations, a diplomat said."},
		{"17", "-", "The court ruled that the government's plan to deport migrants to Ghana was unlawful."},
		{"05", "-", "Egypt and Turkey agreed to hold talks on restoring diplomatic relations."},
		{"08", "GBR", "The prime minister said Sinn Fein could not join the talks until the IRA began handing over its weapons."},
		{"08", "JPN", "Rebels holding diplomats at the Japanese ambassador's residence in Lima freed four captives."},
		{"13", "-", "Germany ruled out military action against Russia."},
		{"16", "BDI", "Burundi's neighbours imposed an economic embargo on the country."},
		{"19", "-", "The deal averted NATO air strikes on Serbia."},
		{"04", "-", "Greece blocked the start of European Union membership talks with North Macedonia."},
		{"08", "USA", "Washington urged North Korea to freeze its nuclear programme and allow international inspections."},
		{"08", "-", "The president urged the rebels to lay down their arms and surrender."},
		{"08", "-", "Protesters vowed to stay in the square until the president resigned."},
		{"13", "-", "The ministry rejected the charges and vowed to fight them in court."},
		{"19", "-", "The ministry rejected the charges and vowed to fight them in court."},
		{"13", "-", "Khartoum rejected the plan, saying it threatened the unity of the country."},
		{"18", "NGO", "Amnesty International accused Burmese soldiers on Monday of torturing detainees."},
		{"08", "IGO", "The U.N. chief praised Ghana for its role in ending the fighting in Togo."},
		{"08", "-", "The prime minister ruled out on Monday any talks with the guerrillas until they disarmed."},
		{"19", "-", "The government outlawed the group because of what it called its involvement in killing."},
	}
	for _, tc := range tests {
		evs := codeAlone(c, m, dict, tc.text, "2020-06-01")
		for _, e := range evs {
			if e.Root == tc.root && (e.Source.Country == tc.src || tc.src == "-") {
				t.Errorf("%q: coded %s %s (%s), want no event of root %s by %s", tc.text, e.Source.Country, e.CAMEO, e.Evidence.Pattern, tc.root, tc.src)
			}
		}
	}
}

// TestCoordinatedNames holds names that contain "and", which the parser
// splits into conjuncts: each is one actor, the source of every event; and
// coordinated heads of no country of their own, which take the countries
// the first conjunct names ("U.S. and British warplanes and warships").
func TestCoordinatedNames(t *testing.T) {
	c, m, dict := newTestCoder(t)
	for _, tc := range []struct{ text, code string }{
		{"Bosnia and Herzegovina recalled its ambassador from Belgrade.", "BIH"},
		{"Trinidad and Tobago expelled a Venezuelan diplomat.", "TTO"},
		{"The Organization for Security and Cooperation in Europe sent observers to Belarus.", "IGOEURSCE"},
		{"The truce was brokered by Switzerland and the Organization for Security and Co-operation in Europe.", "CHE IGOEURSCE"},
		{"U.S. and British warplanes and warships struck Houthi targets.", "USA GBRMIL USAMIL"},
		{"South Africa's Truth and Reconciliation Commission granted amnesty to three former policemen.", "ZAFGOV"},
	} {
		evs := codeAlone(c, m, dict, tc.text, "2000-06-01")
		if len(evs) == 0 {
			t.Errorf("%q: no event", tc.text)
		}
		for _, e := range evs {
			if !slices.Contains(strings.Fields(tc.code), e.Source.Code) {
				t.Errorf("%q: source %q (%q), want %s", tc.text, e.Source.Code, e.Source.Text, tc.code)
			}
		}
	}
}

// codeAlone codes text as a one-sentence article published on date.
func codeAlone(c *Coder, m *nlp.Model, dict *actor.Dictionary, text, date string) []dyad.Event {
	return c.Code(Input{DocID: "alone", Sentence: dyad.Sentence{Text: text}, Parse: m.Parse(text, 0), Date: date, Coref: actor.NewTracker(dict, date)})
}

// TestTitledConjuncts holds two titled names joined by "and", which the
// parser reads as one name with an appositive: each is a source.
func TestTitledConjuncts(t *testing.T) {
	c, m, dict := newTestCoder(t)
	for _, tc := range []struct{ text, countries string }{
		{"French President Emmanuel Macron and German Chancellor Olaf Scholz met in Paris.", "FRA DEU"},
		{"Russian President Vladimir Putin and Chinese President Xi Jinping signed a treaty in Moscow.", "RUS CHN"},
		{"Colombian President Juan Manuel Santos and Venezuelan President Nicolas Maduro met in Caracas.", "COL VEN"},
		{"Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a defence pact in Pyongyang.", "RUS PRK"},
		{"Ecuadorean President Jamil Mahuad and Peruvian President Alberto Fujimori signed a border treaty.", "ECU PER"},
	} {
		got := map[string]bool{}
		for _, e := range codeAlone(c, m, dict, tc.text, "2023-06-01") {
			got[e.Source.Country] = true
		}
		for _, want := range strings.Fields(tc.countries) {
			if !got[want] {
				t.Errorf("%q: no event with a source of %s (got %v)", tc.text, want, got)
			}
		}
	}
}
