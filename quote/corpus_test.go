package quote

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// corpusQuote is one expected quote of a corpus article: the first words
// of its text, the words naming its speaker ("" for none) and whether it
// is partial.
type corpusQuote struct {
	start, speaker string
	partial        bool
}

// corpusWant lists, per file of examples/corpus, every quote a reader
// finds there, in order, with its speaker as written. Scare quotes (the
// “Sierra Madre” in 04) are absent on purpose.
var corpusWant = map[string][]corpusQuote{
	"01_vienna_nuclear_talks.txt": {
		{"We are not in", "Iranian foreign ministry spokesman Kamran Nadimi", false},
		{"The Americans know the", "Iranian foreign ministry spokesman Kamran Nadimi", false},
		{"constructive", "An EU spokeswoman, Elena Varga", true},
		{"the sanctions that are", "A senior US official", true},
		{"We have been clear", "the official", false},
	},
	"02_niger_ecowas_ultimatum.txt": {
		{"Every option remains on", "the bloc", false},
		{"We will defend our", "he", false},
		{"without delay", "France", true},
		{"Everybody is looking for", "a regional diplomat", false},
	},
	"03_colombia_farc_accord.txt": {
		{"Today we say goodbye", "the rebel commander", false},
		{"surrender to terrorists", "Marchers", true},
		{"We want peace, but", "Paloma Restrepo", false},
		{"The people who committed", "Paloma Restrepo", false},
		{"The guns have gone", "Marta Oyelaran", false},
	},
	"04_second_thomas_shoal.txt": {
		{"aggressive actions", "it", true},
		{"We have been patient.", "Teresa Lazaro", false},
		{"necessary measures", "China’s foreign ministry", true},
		{"measured but firm", "His spokeswoman, Andrea Santos", true},
		{"Beijing is testing how", "Carlos Almendras", false},
	},
	"05_ethiopia_tigray_truce.txt": {
		{"This moment is not", "an African Union mediator, Nomvula Dlamini", false},
		{"We will do everything", "he", false},
	},
	"06_estonia_russia_ambassadors.txt": {
		{"total russophobia", "The Russian foreign ministry", true},
		{"Estonia will not be", "Estonian foreign ministry spokeswoman Liis Kask", false},
		{"unjustified", "The European Union", true},
		{"shoulder to shoulder", "Lithuania’s foreign minister", true},
		{"bear the consequences", "A spokeswoman for the Russian foreign ministry", true},
	},
	"07_myanmar_coup.txt": {
		{"The people will not", "the NLD", false},
		{"The international community should", "White House spokeswoman Dana Whitfield", false},
		{"noted", "China", true},
		{"We cannot work for", "Dr. Thant Zin", false},
	},
	"08_venezuela_guaido.txt": {
		{"They want to govern", "Interior Minister aide Jorge Salcedo", false},
		{"The gringos have three", "Interior Minister aide Jorge Salcedo", false},
		{"firmly", "A State Department spokesman", true},
		{"The regime is shooting", "Carla Medina", false},
		{"We will keep marching", "Carla Medina", false},
	},
	"09_kenya_flood_aid.txt": {
		{"We are facing a", "Interior Ministry spokeswoman Mercy Achieng", false},
		{"People are sleeping in", "Otieno Mwangi", false},
		{"The worst may not", "a meteorologist at the Kenya Meteorological Department", false},
	},
	"10_india_pakistan_balakot.txt": {
		{"We acted against a", "Indian foreign ministry spokesman Arvind Menon", false},
		{"at the time and", "Pakistan", true},
		{"Both governments are under", "Ayesha Siddiqui", false},
	},
	"11_yemen_prisoner_exchange.txt": {
		{"Today hundreds of families", "Lena Hartmann", false},
		{"useful and frank", "Oman", true},
		{"We told the other", "he", false},
	},
	"12_kosovo_zvecan_clashes.txt": {
		{"Attacks on peacekeepers will", "KFOR spokesman Lt. Col. Marco Bellini", false},
		{"We will not hand", "a spokesman for his government, Arben Krasniqi", false},
		{"We warned them repeatedly", "a US diplomat", false},
		{"They chose not to", "a US diplomat", false},
	},
	"13_sudan_khartoum_fighting.txt": {
		{"indefensible", "the State Department", true},
		{"Diplomats must never be", "EU spokesman Pieter de Wit", false},
		{"There is no safe", "Amira Osman", false},
	},
	"14_brazil_amazon_fund.txt": {
		{"Brazil is back at", "Ingrid Solberg", false},
		{"Nobody consulted the producers", "Senator Eduardo Bastos", false},
		{"We will show that", "environment ministry spokeswoman Renata Alves", false},
	},
	"15_north_korea_missile_japan.txt": {
		{"barbaric", "Japanese Prime Minister Fumio Kishida", true},
		{"This is a reckless", "government spokesman Hiroshi Tanaka", false},
		{"a strong response", "Its foreign ministry", true},
		{"Pyongyang is sending a", "Park Ji-won", false},
	},
	"16_mali_france_withdrawal.txt": {
		{"You cannot fight alongside", "a senior French official", false},
		{"without delay", "A spokesman for the Malian government, Colonel Moussa Diarra", true},
		{"The jihadists will fill", "Oumar Sangaré", false},
	},
	"17_ukraine_grain_deal.html": {
		{"mocking", "Ukraine’s foreign ministry", true},
		{"This is what Russian", "ministry spokesman Taras Hrytsenko", false},
		{"The world should draw", "ministry spokesman Taras Hrytsenko", false},
		{"nothing to do", "Russian officials", true},
		{"Farmers and hungry families", "a UN spokeswoman, Claire Moreau", false},
	},
	"18_gaza_ceasefire.html": {
		{"Any violation will be", "a Hamas spokesman, Hazem Qassem-Nour", false},
		{"unprecedented", "An Israeli military spokesman, Lieutenant Colonel Avi Rosenthal", true},
		{"We have set them", "he", false},
		{"Families here have lost", "Samira Haddad", false},
		{"The crossings must open", "Samira Haddad", false},
	},
	"19_hong_kong_arrests.html": {
		{"Arresting people for holding", "a State Department spokeswoman, Laura Whitman", false},
		{"stop using Hong Kong", "Spokeswoman Gao Ling", true},
		{"We expected this. But", "a former lawmaker", false},
	},
	"20_syria_khan_sheikhoun.html": {
		{"Washington acted before any", "Kremlin aide Dmitri Volkov", false},
		{"a shameful aggression", "Syria’s army", true},
		{"necessary step", "Turkish officials", true},
		{"Our message to Moscow", "A senior administration official", false},
	},
	"21_ecuador_tv_station.html": {
		{"internal armed conflict", "Ecuador’s President Daniel Noboa", true},
		{"We will not negotiate", "government spokesman Andrés Carrillo", false},
		{"Security cannot be restored", "a spokeswoman for the office", false},
		{"Everybody is at home,", "Jorge Paredes", false},
	},
	"22_karabakh_ceasefire.html": {
		{"He has betrayed the", "protester Gevorg Sargsyan", false},
		{"The guns are silent", "Irina Sokolova", false},
		{"Whether the peace holds", "Irina Sokolova", false},
	},
	"23_saudi_iran_beijing.html": {
		{"The region needs dialogue,", "Iranian foreign ministry spokesman Mehdi Karimi", false},
		{"This is a good", "Iranian foreign ministry spokesman Mehdi Karimi", false},
	},
	"24_zimbabwe_election_violence.html": {
		{"We will not accept", "MDC spokesman Tafadzwa Ncube", false},
		{"The soldiers were shooting", "Rutendo Mhlanga", false},
		{"We came to sell", "Rutendo Mhlanga", false},
	},
}

// loadCorpus returns the article of a corpus file, or skips when the
// corpus is absent.
func loadCorpus(t testing.TB, name string) *dyad.Article {
	t.Helper()
	path := filepath.Join(repoRoot(t), "examples", "corpus", name)
	if _, err := os.Stat(path); err != nil {
		t.Skipf("corpus file %s not found: %v", path, err)
	}
	if strings.HasSuffix(name, ".html") {
		return loadHTML(t, path)
	}
	return loadText(t, path)
}

func TestFindCorpus(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(repoRoot(t), "examples", "corpus", "*_*.*"))
	if err != nil || len(files) == 0 {
		t.Skipf("no corpus under examples/corpus: %v", err)
	}
	seen := 0
	for _, f := range files {
		name := filepath.Base(f)
		if !strings.HasSuffix(name, ".txt") && !strings.HasSuffix(name, ".html") {
			continue
		}
		seen++
		t.Run(name, func(t *testing.T) {
			want, ok := corpusWant[name]
			if !ok {
				t.Fatalf("no expected quotes for %s: add them to corpusWant", name)
			}
			a := loadCorpus(t, name)
			sents := splitTest(a)
			qs := Find(a, sents)
			checkSpans(t, a, sents, qs)
			if len(qs) != len(want) {
				for _, q := range qs {
					t.Logf("got %v", got(q))
				}
				t.Fatalf("got %d quotes, want %d", len(qs), len(want))
			}
			for i, w := range want {
				g := got(qs[i])
				if !strings.HasPrefix(g.text, w.start) || g.speaker != w.speaker || g.partial != w.partial {
					t.Errorf("quote %d: got %v, want text starting %q by %q partial=%v", i, g, w.start, w.speaker, w.partial)
				}
			}
		})
	}
	if seen != len(corpusWant) {
		t.Errorf("corpus has %d articles, expectations cover %d", seen, len(corpusWant))
	}
}
