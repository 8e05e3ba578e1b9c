package geo

// Word lists that tell a place name from a person's or an organisation's
// name, and that mark where an event happened. All entries are folded
// (lower case, no accents); see package names.

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// locatives are prepositions that put the next noun phrase in a place.
var locatives = set("in", "at", "near", "outside", "inside", "across", "around", "throughout",
	"within", "into", "from", "to", "toward", "towards", "through", "via", "between", "along",
	"over", "on", "off", "onto", "beyond", "nearby", "against", "visit", "visited", "visiting",
	"of", "entered", "reached", "leave", "left", "enter", "reach", "by", "under", "for",
	"outskirts", "surrounding")

// placeLocatives put a place after them and hardly a person: "in Holt",
// not "to Mary".
var placeLocatives = set("in", "at", "near", "outside", "inside", "across", "throughout", "within",
	"around", "into", "outskirts")

// placeHeads before "of" name a place: "the island of Rhodes".
var placeHeads = set("city", "town", "village", "capital", "port", "province", "state", "region",
	"island", "islands", "district", "governorate", "county", "country", "republic", "kingdom",
	"emirate", "oblast", "prefecture", "territory", "suburb", "outskirts", "municipality", "commune",
	"department", "canton", "enclave", "camp", "neighbourhood", "neighborhood", "streets", "centre",
	"center", "heart")

// districtNames name a quarter that many cities have ("Chinatown",
// "Downtown"): the gazetteer's one town of that name is hardly meant.
var districtNames = set("chinatown", "downtown", "midtown", "uptown", "waterfront")

// strongLocatives are the locatives that make a capitalised common word
// ("Nice", "Mobile") a place.
var strongLocatives = set("in", "at", "near", "outside", "inside", "across", "around", "throughout",
	"within", "into", "from", "to", "toward", "towards", "via", "outskirts")

// actionLocatives put the event itself in a place, with a weight.
var actionLocatives = map[string]float64{
	"in": 3, "at": 3, "near": 3, "outside": 3, "inside": 3, "across": 2.5, "around": 2.5,
	"throughout": 2.5, "within": 2.5, "on": 1.5, "off": 2, "over": 1.5, "into": 2, "to": 1.5,
	"toward": 1, "towards": 1, "from": 1, "along": 2, "outskirts": 3, "visit": 2, "visited": 2,
	"visiting": 2, "entered": 2, "reached": 1.5, "arrived": 2,
}

// modifiers may stand between a locative and a place name ("in northern
// Syria", "near the besieged city of").
var modifiers = set("the", "northern", "southern", "eastern", "western", "north", "south", "east",
	"west", "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
	"southeastern", "southwestern", "central", "rural", "downtown", "coastal", "neighbouring",
	"neighboring", "occupied", "besieged", "restive", "war-torn", "embattled", "nearby", "remote",
	"annexed", "mainland", "greater", "suburban", "upper", "lower", "oil-rich", "breakaway",
	"rebel-held", "government-held", "kurdish-held", "northernmost", "southernmost", "ancient",
	"medieval", "modern", "historic", "old", "new", "colonial", "imperial", "metropolitan", "metro",
	"inner", "outer", "little", "big", "great", "provincial",
	"municipal", "federal", "eastern-most", "western-most", "all", "across", "whole", "entire")

// sentenceWords often start a sentence before a place name ("Today Kabul
// ...", "Yesterday Paris ...", "Meanwhile Moscow ...").
var sentenceWords = set("today", "yesterday", "tomorrow", "meanwhile", "now", "then", "still", "also",
	"but", "and", "so", "yet", "here", "there", "when", "while", "after", "before", "since", "as",
	"if", "though", "although", "because", "with", "without", "for", "like", "unlike", "including",
	"both", "neither", "either", "not", "only", "even", "just", "once", "where", "why", "how", "what",
	"which", "who", "this", "that", "these", "those", "every", "each", "some", "many", "most", "few",
	"both", "like", "visit", "welcome", "dear", "from", "to", "via", "by", "about", "against", "over",
	"under", "beyond", "around", "through", "during", "toward", "towards", "upon", "into", "onto",
	"unto", "off", "up", "down", "out", "back", "home", "abroad", "away", "later", "earlier", "again",
	"last", "next", "first", "second", "third", "finally", "however", "indeed", "instead", "perhaps",
	"officials", "police", "troops", "forces", "residents", "people", "protesters", "rebels")

// connectors are lower-case words that may stand inside a place name
// ("Bosnia and Herzegovina", "Rio de Janeiro", "Ras al Khaimah").
var connectors = set("of", "the", "and", "de", "del", "della", "la", "le", "les", "los", "las",
	"al", "el", "ad", "as", "ash", "an", "ar", "az", "at", "ath", "ul", "ud", "da", "do", "dos",
	"das", "di", "du", "des", "y", "e", "en", "sur", "am", "der", "den", "upon", "on", "au", "aux",
	"bin", "ibn", "bei", "im", "op", "van", "von", "under", "on-sea", "i", "o", "es", "et", "a")

// articles are the Arabic articles that may start a place name written in
// lower case ("al-Qaim", "el-Arish").
var articles = set("al", "el", "ad", "as", "ash", "an", "ar", "az", "at", "ath", "ed", "en", "es", "et")

// titles precede a person's name ("Queen Victoria", "Sen. Warren").
var titles = set("mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "representative", "gov",
	"gen", "general", "col", "colonel", "lt", "lieutenant", "maj", "major", "capt", "captain", "sgt",
	"sergeant", "adm", "admiral", "cpl", "pvt", "prof", "professor", "rev", "reverend", "sir", "lord",
	"lady", "dame", "queen", "king", "prince", "princess", "pope", "judge", "justice", "sheikh",
	"sheik", "emir", "imam", "ayatollah", "cardinal", "bishop", "archbishop", "father", "brother",
	"sister", "saint", "president", "chancellor", "premier", "minister", "secretary", "ambassador",
	"mayor", "commander", "chief", "officer", "agent", "detective", "coach", "pastor", "rabbi",
	"mullah", "mufti", "mister", "madam", "uncle", "aunt", "mother", "grandma", "grandpa", "st",
	"spokesman", "spokeswoman", "spokesperson", "lawmaker", "rapper", "singer", "actor", "actress",
	"striker", "midfielder", "defender", "goalkeeper", "quarterback", "duke", "duchess", "earl",
	"baron", "count", "countess", "marshal", "brigadier", "governor", "speaker", "congressman",
	"congresswoman", "councilman", "councilwoman", "attorney", "counsel", "dean", "provost")

// orgHeads after a place name make it part of an organisation's or a
// publication's name ("Washington Post", "Geneva Conventions").
var orgHeads = set("post", "times", "herald", "tribune", "journal", "gazette", "chronicle",
	"telegraph", "globe", "observer", "examiner", "inquirer", "courier", "daily", "morning",
	"evening", "university", "college", "institute", "institution", "nationals", "capitals",
	"wizards", "mystics", "redskins", "commanders", "rockets", "texans", "astros", "lakers",
	"clippers", "dodgers", "yankees", "mets", "knicks", "giants", "jets", "nets", "bulls", "bears",
	"cubs", "fc", "afc", "airways", "airlines", "convention", "conventions", "accords", "accord",
	"protocol", "protocols", "syndrome", "consensus", "stock", "exchange", "marathon", "open",
	"masters", "review", "press", "magazine", "news", "radio", "tv", "television", "broadcasting",
	"group", "inc", "corp", "corporation", "company", "co", "ltd", "bank", "hotel", "zoo",
	"symphony", "orchestra", "opera", "philharmonic", "club", "athletic", "united", "rovers",
	"wanderers", "hotspur", "albion", "wednesday", "rangers", "celtic", "sentinel", "register",
	"bulletin", "dispatch", "record", "monitor", "insider", "mirror", "express", "guardian",
	"independent", "standard", "packers", "vikings", "lions", "eagles", "chiefs", "raiders",
	"cowboys", "saints", "falcons", "panthers", "broncos", "colts", "titans", "browns", "steelers",
	"ravens", "bengals", "dolphins", "patriots", "bills", "seahawks", "cardinals", "rams",
	"49ers", "warriors", "celtics", "heat", "spurs", "mavericks", "suns", "kings", "pistons",
	"pacers", "bucks", "hawks", "hornets", "magic", "raptors", "thunder", "jazz", "pelicans",
	"grizzlies", "timberwolves", "blazers", "nuggets", "cavaliers", "sixers", "76ers", "orioles",
	"marlins", "phillies", "pirates", "reds", "brewers", "padres", "mariners", "athletics",
	"twins", "tigers", "royals", "senators", "canadiens", "flames", "oilers", "canucks",
	"syndicate", "declaration", "agreement", "agreements", "initiative", "principles",
	"force", "brigade", "brigades", "battalion", "battalions", "regiment", "corps")

// keepFollowers after a place name that is also a given name keep it a
// place ("Jordan Valley", "Chad President ...", "Georgia Senate").
var keepFollowers = set("gov", "governor", "president", "prime", "minister", "foreign", "defence",
	"defense", "interior", "army", "armed", "air", "navy", "national", "province", "region",
	"state", "city", "county", "valley", "strip", "river", "basin", "sea", "gulf", "coast",
	"peninsula", "border", "embassy", "government", "police", "ministry", "parliament", "senate",
	"house", "assembly", "supreme", "court", "mayor", "attorney", "secretary", "senator", "sen",
	"rep", "democrats", "republicans", "democratic", "republican", "election", "airport",
	"international", "central", "north", "south", "east", "west", "authorities", "officials",
	"forces", "military", "troops", "opposition", "rebels", "islands", "island", "lake",
	"mountains", "highlands", "desert", "delta", "plains", "heights", "bay", "harbour", "harbor",
	"port", "square", "street", "avenue", "road", "bridge", "palace", "crisis", "war", "conflict",
	"talks", "deal", "treaty", "station", "hospital", "district", "oblast", "governorate",
	"municipality", "township", "village", "town", "metro", "area", "public", "health",
	"department", "office", "council", "guard", "coast", "customs", "emergency", "red",
	"state's", "crescent", "cross", "general", "attorney-general")

// givenNames are common given names. One before a place name makes it a
// surname ("George Washington", "Michael Jordan"); a place name that is a
// given name, before a capitalised word, is a person ("Chad Smith").
var givenNames = set(
	// English
	"aaron", "adam", "adrian", "aidan", "alan", "albert", "alex", "alexander", "alexandra", "alexis",
	"alfred", "alice", "alison", "allison", "amanda", "amber", "amy", "andrea", "andrew", "andy",
	"angela", "ann", "anna", "anne", "annie", "anthony", "antonio", "april", "arthur", "ashley",
	"audrey", "austin", "barbara", "barry", "ben", "benjamin", "bernard", "beth", "betty", "beverly",
	"bill", "billy", "bob", "bobby", "bonnie", "brad", "bradley", "brandon", "brenda", "brent",
	"brett", "brian", "brittany", "brooke", "bruce", "bryan", "caitlin", "carl", "carla", "carlos",
	"carol", "caroline", "carolyn", "catherine", "chad", "charles", "charlie", "charlotte",
	"chelsea", "cheryl", "chris", "christian", "christina", "christine", "christopher", "chuck",
	"cindy", "claire", "clara", "craig", "crystal", "cynthia", "dale", "dan", "dana", "daniel",
	"danielle", "danny", "darren", "dave", "david", "dean", "deborah", "debra", "denis", "dennis",
	"denise", "derek", "diana", "diane", "dick", "don", "donald", "donna", "doris", "dorothy",
	"doug", "douglas", "dylan", "ed", "eddie", "edward", "eileen", "elaine", "eleanor", "elizabeth",
	"ellen", "emily", "emma", "eric", "erica", "erin", "ethan", "eugene", "evan", "evelyn", "frank",
	"fred", "frederick", "gail", "gary", "gavin", "george", "gerald", "gina", "glen", "glenn",
	"gloria", "gordon", "grace", "graham", "greg", "gregory", "hannah", "harold", "harry", "heather",
	"helen", "henry", "holly", "howard", "ian", "jack", "jackie", "jacob", "jake", "james", "jamie",
	"jane", "janet", "janice", "jason", "jean", "jeff", "jeffrey", "jennifer", "jenny", "jeremy",
	"jerry", "jesse", "jessica", "jill", "jim", "jimmy", "joan", "joanne", "joe", "joel", "john",
	"johnny", "jon", "jonathan", "jordan", "joseph", "josh", "joshua", "joyce", "judith", "judy",
	"julia", "julie", "justin", "karen", "kate", "katherine", "kathleen", "kathryn", "kathy",
	"katie", "keith", "kelly", "ken", "kenneth", "kerry", "kevin", "kim", "kimberly", "kirk",
	"kyle", "larry", "laura", "lauren", "lawrence", "leah", "lee", "leo", "leonard", "leslie",
	"linda", "lindsey", "lisa", "logan", "lori", "louis", "louise", "lucy", "luke", "lynn",
	"madison", "margaret", "maria", "marie", "marilyn", "mark", "martha", "martin", "mary",
	"matt", "matthew", "megan", "melissa", "michael", "michelle", "mike", "mitch", "molly",
	"monica", "nancy", "natalie", "nathan", "neil", "nicholas", "nick", "nicole", "noah", "norman",
	"olivia", "oliver", "pamela", "pat", "patricia", "patrick", "paul", "paula", "peggy", "penny",
	"peter", "phil", "philip", "phillip", "rachel", "ralph", "randy", "ray", "raymond", "rebecca",
	"richard", "rick", "rob", "robert", "robin", "roger", "ron", "ronald", "rose", "ross", "roy",
	"russell", "ruth", "ryan", "sam", "samantha", "samuel", "sandra", "sara", "sarah", "scott",
	"sean", "seth", "shane", "shannon", "sharon", "shawn", "shirley", "simon", "sophia", "sophie",
	"stacy", "stanley", "stephanie", "stephen", "steve", "steven", "stuart", "susan", "suzanne",
	"sydney", "tammy", "tanya", "ted", "teresa", "terry", "theresa", "thomas", "tiffany", "tim",
	"timothy", "tina", "todd", "tom", "tommy", "tony", "tracy", "travis", "troy", "tyler",
	"valerie", "vanessa", "victor", "victoria", "vincent", "virginia", "walter", "wayne", "wendy",
	"william", "willie", "zachary", "denzel", "abraham", "ulysses", "dwight", "woodrow", "franklin",
	"lyndon", "bernie", "hillary", "kamala", "rand", "mitt", "ted", "beto", "nikki", "ron", "kerry",
	"whitney", "dakota", "savannah", "florence", "paris", "georgia", "india", "kenya", "asia",
	"houston", "dallas", "phoenix", "regina", "adelaide", "alexandria", "lincoln", "jackson",
	"orlando", "marion", "warren", "vernon", "camden", "hudson", "denver", "sierra", "carolina",
	"montana", "nevada", "cheyenne", "brooklyn", "lourdes", "mercedes", "dolores", "lucia",
	"salem", "bethany", "aurora", "cairo", "israel", "china", "eden", "hope", "faith", "joy",
	// French, Spanish, Portuguese, Italian, German
	"jean-pierre", "pierre", "jacques", "francois", "emmanuel", "nicolas", "marine", "jose", "juan",
	"luis", "jorge", "miguel", "pedro", "manuel", "javier", "fernando", "pablo", "diego",
	"rafael", "francisco", "alejandro", "ricardo", "roberto", "sergio", "andres", "felipe",
	"gustavo", "lula", "jair", "giuseppe", "giorgia", "matteo", "mario", "silvio", "angela",
	"olaf", "friedrich", "wolfgang", "hans", "klaus", "helmut", "gerhard", "ursula", "annalena",
	// Slavic and others
	"vladimir", "dmitry", "sergei", "sergey", "alexei", "mikhail", "boris", "volodymyr", "petro",
	"viktor", "yulia", "oleksandr", "andriy", "ivan", "igor", "nikolai", "yevgeny", "ramzan",
	"recep", "ahmet", "mevlut", "xi", "li", "wang", "narendra", "rahul", "imran", "nawaz",
	"shehbaz", "benjamin", "benny", "naftali", "yair", "avigdor", "yoav", "ehud", "ariel",
	// Arabic and Persian
	"mohammed", "muhammad", "mohammad", "mohamed", "ahmed", "ahmad", "ali", "hassan", "hussein",
	"omar", "abdullah", "khalid", "khaled", "ibrahim", "ebrahim", "youssef", "yousef", "mahmoud",
	"mustafa", "mostafa", "tariq", "salman", "faisal", "hamad", "tamim", "bashar", "hafez",
	"qasem", "qassem", "javad", "hassan", "hamid", "abdel", "abdul", "nasser", "saad", "saeed",
	"said", "walid", "ismail", "ismael", "yahya", "nouri", "moqtada", "haider", "mustafa",
)

// reportVerbs after a town's name make it a person's surname ("Lincoln
// said"); a capital's name stays the government ("Moscow said").
var reportVerbs = set("said", "says", "told", "tells", "added", "asked", "argued", "wrote",
	"tweeted", "posted", "explained", "noted", "insisted", "stressed", "claimed", "replied",
	"responded", "recalled", "warned", "admitted", "acknowledged", "testified", "believes",
	"thinks", "thought", "wants", "wanted")

// adm1Heads after a name ("Idlib province", "Washington state") or before
// "of" ("the state of Georgia") mark a first-level division.
var adm1Heads = set("province", "provinces", "governorate", "state", "region", "oblast",
	"prefecture", "territory", "emirate", "canton", "county", "department", "district",
	"voivodeship", "krai", "republic", "regions", "states")

// cityHeads after a name ("Gaza City") or before "of" ("the city of
// Valencia") mark a city.
var cityHeads = set("city", "town", "village", "capital", "port", "suburb", "municipality",
	"neighbourhood", "neighborhood", "camp", "township", "outskirts")

// countryHeads before "of" mark a country ("the country of Georgia").
var countryHeads = set("country", "nation", "kingdom", "republic")

// clauseWords start a new clause after a comma or on their own.
var clauseWords = set("but", "while", "whereas", "although", "though", "which", "who", "whom",
	"where", "when", "after", "before", "because", "since", "as", "and", "or", "until", "unless",
	"if", "whose")

// surnames are common family names (English-speaking countries first).
// A town that bears one ("Holt", "Norton", "Kennedy") is taken for a place
// only after a locative ("in Holt") or before its state ("Holt, Michigan").
var surnames = set(
	"smith", "johnson", "williams", "brown", "jones", "miller", "davis", "garcia", "rodriguez",
	"wilson", "martinez", "anderson", "taylor", "thomas", "hernandez", "moore", "martin", "jackson",
	"thompson", "white", "lopez", "lee", "gonzalez", "harris", "clark", "lewis", "robinson", "walker",
	"perez", "hall", "young", "allen", "sanchez", "wright", "king", "scott", "green", "baker", "adams",
	"nelson", "hill", "ramirez", "campbell", "mitchell", "roberts", "carter", "phillips", "evans",
	"turner", "torres", "parker", "collins", "edwards", "stewart", "flores", "morris", "nguyen",
	"murphy", "rivera", "cook", "rogers", "morgan", "peterson", "cooper", "reed", "bailey", "bell",
	"gomez", "kelly", "howard", "ward", "cox", "diaz", "richardson", "wood", "watson", "brooks",
	"bennett", "gray", "james", "reyes", "cruz", "hughes", "price", "myers", "long", "foster",
	"sanders", "ross", "morales", "powell", "sullivan", "russell", "ortiz", "jenkins", "gutierrez",
	"perry", "butler", "barnes", "fisher", "henderson", "coleman", "simmons", "patterson", "jordan",
	"reynolds", "hamilton", "graham", "kim", "gonzales", "alexander", "ramos", "wallace", "griffin",
	"west", "cole", "hayes", "chavez", "gibson", "bryant", "ellis", "stevens", "murray", "ford",
	"marshall", "owens", "mcdonald", "harrison", "ruiz", "kennedy", "wells", "alvarez", "woods",
	"mendoza", "castillo", "olson", "webb", "washington", "tucker", "freeman", "burns", "henry",
	"vasquez", "snyder", "simpson", "crawford", "jimenez", "porter", "mason", "shaw", "gordon",
	"wagner", "hunter", "romero", "hicks", "dixon", "hunt", "palmer", "robertson", "black", "holmes",
	"stone", "meyer", "boyd", "mills", "warren", "fox", "rose", "rice", "moreno", "schmidt", "patel",
	"ferguson", "nichols", "herrera", "medina", "ryan", "fernandez", "weaver", "daniels", "stephens",
	"gardner", "payne", "kelley", "dunn", "pierce", "arnold", "tran", "spencer", "peters", "hawkins",
	"grant", "hansen", "castro", "hoffman", "hart", "elliott", "cunningham", "knight", "bradley",
	"carroll", "hudson", "duncan", "armstrong", "berry", "andrews", "johnston", "ray", "lane",
	"riley", "carpenter", "perkins", "aguilar", "silva", "richards", "willis", "matthews", "chapman",
	"lawrence", "garza", "vargas", "watkins", "wheeler", "larson", "carlson", "harper", "george",
	"greene", "burke", "guzman", "morrison", "munoz", "jacobs", "obrien", "lawson", "franklin",
	"lynch", "bishop", "carr", "salazar", "austin", "mendez", "gilbert", "jensen", "williamson",
	"montgomery", "harvey", "oliver", "howell", "dean", "hanson", "weber", "garrett", "sims",
	"burton", "fuller", "soto", "mccoy", "welch", "chen", "schultz", "walters", "reid", "fields",
	"walsh", "little", "fowler", "bowman", "davidson", "may", "day", "schneider", "newman", "brewer",
	"lucas", "holland", "wong", "banks", "santos", "curtis", "pearson", "delgado", "valdez", "pena",
	"rios", "douglas", "sandoval", "barrett", "hopkins", "keller", "guerrero", "stanley", "bates",
	"alvarado", "beck", "ortega", "wade", "estrada", "contreras", "barnett", "caldwell", "santiago",
	"lambert", "powers", "chambers", "nunez", "craig", "leonard", "lowe", "rhodes", "byrd", "gregory",
	"shelton", "frazier", "becker", "maldonado", "fleming", "vega", "sutton", "cohen", "jennings",
	"parks", "mcdaniel", "watts", "barker", "norris", "vaughn", "vazquez", "holt", "schwartz",
	"steele", "benson", "neal", "dominguez", "horton", "terry", "wolfe", "hale", "lyons", "graves",
	"haynes", "miles", "park", "warner", "padilla", "bush", "thornton", "mccarthy", "mann", "zimmerman",
	"erickson", "fletcher", "mckinney", "page", "dawson", "joseph", "marquez", "reeves", "klein",
	"espinoza", "baldwin", "moran", "love", "robbins", "higgins", "ball", "cortez", "le", "griffith",
	"bowen", "sharp", "cummings", "ramsey", "hardy", "swanson", "barber", "acosta", "luna", "chandler",
	"blair", "daniel", "cross", "simon", "dennis", "oconnor", "quinn", "gross", "navarro", "moss",
	"fitzgerald", "doyle", "mclaughlin", "rojas", "rodgers", "stevenson", "singh", "yang", "figueroa",
	"harmon", "newton", "paul", "manning", "garner", "mcgee", "reese", "francis", "burgess", "adkins",
	"goodman", "curry", "brady", "christensen", "potter", "walton", "goodwin", "mullins", "molina",
	"webster", "fischer", "campos", "avila", "sherman", "todd", "chang", "blake", "malone", "wolf",
	"hodges", "juarez", "gill", "farmer", "hines", "gallagher", "duran", "hubbard", "cannon",
	"miranda", "wang", "saunders", "tate", "mack", "hammond", "carrillo", "townsend", "wise",
	"ingram", "barton", "mejia", "ayala", "schroeder", "hampton", "rowe", "parsons", "frank",
	"waters", "strickland", "osborne", "maxwell", "chan", "deleon", "norman", "harrington", "casey",
	"patton", "logan", "bowers", "mueller", "glover", "floyd", "hartman", "buchanan", "cobb",
	"norton", "dalton", "fillmore", "truman", "lincoln", "nixon", "reagan", "clinton", "obama",
	"biden", "trump", "carter", "hoover", "coolidge", "harding", "wilson", "taft", "roosevelt",
	"mckinley", "cleveland", "garfield", "hayes", "grant", "johnson", "buchanan", "pierce", "polk",
	"tyler", "jefferson", "madison", "monroe", "adams", "byron", "luther", "jerome", "wayne",
	"mcintosh", "paine", "montalvo", "churchill", "thatcher", "blair", "major", "cameron", "may",
	"sunak", "starmer", "macron", "merkel", "scholz", "putin", "zelensky", "erdogan", "modi",
)

// calendarWords are months and weekdays: "in March" is a date, not the
// English town.
var calendarWords = set("january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
	"friday", "saturday", "sunday", "christmas", "easter", "ramadan", "eid", "thanksgiving",
	"halloween", "diwali", "hanukkah", "passover", "lent", "advent", "pentecost", "ashura")

// nonPlaces are names of peoples, faiths, movements, organisations and
// continents that towns somewhere also bear ("Arab", Alabama; "Taliban",
// Turkey): never places.
var nonPlaces = set("arab", "arabs", "kurd", "kurds", "kurdish", "jew", "jews", "jewish", "muslim",
	"muslims", "moslem", "christian", "christians", "catholic", "catholics", "protestant",
	"orthodox", "shiite", "shiites", "shia", "sunni", "sunnis", "druze", "yazidi", "yazidis",
	"alawite", "alawites", "pashtun", "pashtuns", "baloch", "tamil", "tamils", "sikh", "sikhs",
	"hindu", "hindus", "buddhist", "buddhists", "latino", "latinos", "hispanic", "asian", "asians",
	"african", "africans", "european", "europeans", "arabic", "persian", "berber", "tuareg",
	"hamas", "hezbollah", "hizbollah", "taliban", "houthi", "houthis", "isis", "isil", "daesh",
	"qaeda", "al-qaeda", "shabaab", "wagner", "nato", "opec", "asean", "unesco", "unicef",
	"africa", "asia", "europe", "oceania", "eurasia", "arctic", "atlantic", "pacific",
	"caribbean", "balkans", "sahel", "maghreb", "levant", "scandinavia", "latin", "mediterranean",
	"god", "allah", "jesus", "christ", "bible", "koran", "quran", "pope", "satan", "al", "el",
	"internet", "google", "facebook", "twitter", "amazon", "apple", "microsoft", "toyota", "nokia",
	"white house", "pentagon", "kremlin", "downing street", "capitol", "capitol hill", "wall street",
	"camp david")

// waterHeads after a name make it a river's, a sea's or a strait's.
var waterHeads = set("river", "rivers", "sea", "ocean", "strait", "straits", "canal", "channel",
	"lake", "estuary", "creek")

// placePrefixes start place names ("Kibbutz Be'eri", "Camp Lejeune",
// "Beit Hanoun"): the capitalised word before a town's name is no person's
// given name then.
var placePrefixes = set("kibbutz", "moshav", "camp", "fort", "port", "mount", "mt", "lake", "cape",
	"point", "saint", "san", "santa", "santo", "sao", "ras", "wadi", "jabal", "jebel", "tel", "tell",
	"kafr", "kfar", "beit", "bayt", "deir", "dayr", "ain", "ayn", "bir", "umm", "abu", "bab", "sidi",
	"ciudad", "villa", "puerto", "porto", "bandar", "kota", "nueva", "nuevo", "nova", "novo",
	"novi", "nowy", "staryi", "stary", "velykyi", "mala", "velyka", "nizhny", "upper", "lower",
	"greater", "little", "east", "west", "north", "south", "central", "isla", "ile", "isle", "gulf",
	"bay", "glen", "mount", "st")
