package classify

// A problem on a test, staging or training copy ("500 Internal Server
// Error on staging after PHP 8.3 switch", "[Sandbox] Intermittent 503",
// "Schulungsmandant: Patientenexport bricht ab") hits no customer and no
// record the business runs on, whatever the error says ("data
// corruption detected"): the protocol's P3, a bug to fix before it
// ships. The subject says where the writer saw it.

// nonProduction reports whether a subject names a test, staging or
// training environment as where the problem is, and not production: "on
// staging", "[Sandbox]", "TEST tenant", "Testumgebung",
// "Schulungsmandant". The word as an attribute ("staging hostname",
// "sandbox URL") or a warehouse's staging area names no environment.
func nonProduction(subject string) bool { return nonProductionIn(lowerWords(subject)) }

// nonProductionIn is nonProduction with the subject's words (lowerWords).
func nonProductionIn(words []string) bool {
	env := false
	for i, w := range words {
		if !may(envFilter, w) {
			continue // in none of the sets the cases ask first: most words
		}
		next := ""
		if i+1 < len(words) {
			next = words[i+1]
		}
		switch {
		case prodWords[w]:
			if !prodFine[next] {
				return false
			}
		case envWords[w] && !envAttribute[next]:
			env = true
		case envFirst[w] && envSecond[next]:
			env = true
		}
	}
	return env
}

// envFilter lets through the words of prodWords, envWords and envFirst.
var envFilter = filterOf(prodWords, envWords, envFirst)

// envWords name a non-production environment on their own.
var envWords = map[string]bool{
	"staging": true, "sandbox": true, "uat": true, "testumgebung": true, "testsystem": true,
	"testmandant": true, "testmandanten": true, "testinstanz": true, "schulungsmandant": true,
	"schulungsmandanten": true, "schulungssystem": true, "entwicklungsumgebung": true,
}

// envFirst and envSecond name one in two words: "test tenant", "dev
// environment".
var (
	envFirst  = map[string]bool{"test": true, "testing": true, "dev": true, "development": true, "training": true, "demo": true}
	envSecond = map[string]bool{"tenant": true, "environment": true, "instance": true, "system": true, "server": true,
		"site": true, "account": true, "workspace": true, "org": true, "mandant": true, "umgebung": true}
)

// envAttribute follow an environment word that names something else: a
// host of it, or a warehouse's staging area.
var envAttribute = map[string]bool{
	"hostname": true, "host": true, "url": true, "urls": true, "domain": true, "domains": true,
	"link": true, "links": true, "address": true, "addresses": true, "area": true, "areas": true,
	"lane": true, "lanes": true, "zone": true, "zones": true, "bay": true, "bays": true, "location": true,
}

// prodWords name production; prodFine after one says it is not hit
// ("production not affected", "prod ok").
var (
	prodWords = map[string]bool{"production": true, "prod": true, "produktion": true, "produktivsystem": true,
		"produktivumgebung": true, "live": true, "livesystem": true}
	prodFine = map[string]bool{"not": true, "unaffected": true, "fine": true, "ok": true, "okay": true, "nicht": true}
)
