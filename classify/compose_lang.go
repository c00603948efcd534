package classify

import (
	"slices"
	"strings"
)

// The composer's word classes in the other languages the sets are written
// in (German, French, Spanish, Italian, Dutch, Portuguese, Polish; Danish,
// Norwegian, Swedish and Czech for the commonest forms): a writer who
// says "Piattaforma giù in tutti i negozi", "Checkout rifiuta tutti i
// pagamenti" or "alle scanners geven geen verbinding" tells of the same
// scope, function and state as one who writes English, and the same
// compositions read it. Words that are English words too ("storing",
// "plat", "leer" in Spanish) are left out or given with a neighbour.
// Phrases are folded as the clauses are ("giù" is "giu").

// also adds phrases to a class: the same bit, the same lists. It runs
// as the package's variables are set, before init builds the tables.
func (c wordClass) also(phrases ...string) bool {
	for _, p := range phrases {
		ws := strings.Fields(p)
		for i, w := range ws {
			ws[i] = foldRunes(w)
		}
		c.byFirst[ws[0]] = append(c.byFirst[ws[0]], ws)
		firstBits[ws[0]] |= c.bit
	}
	return true
}

var (
	_ = scopeNone.also(
		"nessuno", "nessuno dei", "nessuna delle", "nessun utente", // it
		"niemand", "geen enkele", "geen van", // nl, de
		"keiner", "kein mitarbeiter", "keine mitarbeiter", "kein nutzer", // de
		"personne ne", "personne n", "aucun utilisateur", "aucun de nos", "aucune de nos", // fr
		"nadie", "ningun usuario", "ninguno de", "ninguna de", // es
		"ninguem", "nenhum usuario", "nenhum dos", "nenhuma das", // pt
		"nikt", "zaden z", "zadna z") // pl
	_ = scopeAll.also(
		"tutti", "tutte", "tutti gli utenti", "tutti i", "tutte le", "ogni",
		"iedereen", "alle gebruikers", "elke",
		"alle", "allen", "alle mitarbeiter", "jeder", "jede",
		"tout le monde", "tous", "toutes", "tous les utilisateurs", "chaque",
		"todos", "todas", "todos los usuarios", "todos os usuarios", "cada")
	// "can" after no one: the other languages say it with their own
	// negation ("aucun … ne parvient à se connecter", "nessuno riesce ad
	// accedere", "niemand kann sich anmelden")
	_ = ability.also("ne peut", "ne peuvent", "ne parvient", "ne parviennent", "n arrive", "n arrivent", "riesce",
		"riescono", "puo", "possono", "kan", "kon", "kunnen", "kann", "konnen", "konnte", "puede", "pueden",
		"pudo", "consegue", "conseguem", "pode", "podem", "moze", "moga", "mozemy")
	_ = unable.also(
		"non riesce", "non riesco", "non riusciamo", "non riescono", "non possiamo", "non puo", "non posso",
		"non possono", "impossibile",
		"kan niet", "kunnen niet", "kon niet", "konden niet", "onmogelijk",
		"kann nicht", "konnen nicht", "konnte nicht", "konnten nicht", "unmoglich",
		"ne peut pas", "ne peuvent pas", "ne pouvons pas", "ne peux pas", "n arrive pas", "n arrivons pas",
		"n arrivent pas", "impossible de", "ne parvient", "ne parviennent", "ne parvenons", "ne parviens",
		"no puede", "no pueden", "no podemos", "no puedo", "imposible",
		"nao consegue", "nao conseguem", "nao conseguimos", "nao consigo", "nao podemos", "nao pode", "impossivel",
		"nie mozemy", "nie moze", "nie moga", "nie da sie")
	_ = down.also(
		"giu", "e giu", "non raggiungibili", "niet bereikbaar", "inalcanzables", "injoignables", "inacessiveis", "non funziona", "non funzionano", "non va", "non vanno", "fuori servizio", "bloccato",
		"bloccata", "bloccati", "irraggiungibile", "non raggiungibile", "non si apre", "non carica", "errore",
		"ligt plat", "is plat", "ligt eruit", "werkt niet", "werken niet", "doet het niet", "geen verbinding",
		"laadt niet", "onbereikbaar", "foutmelding",
		"funktioniert nicht", "funktionieren nicht", "geht nicht", "gehen nicht", "ausgefallen",
		"nicht erreichbar", "ladt nicht", "fehlermeldung",
		"en panne", "ne fonctionne pas", "ne fonctionne plus", "ne marche pas", "ne marche plus", "hors service",
		"ne charge pas", "erreur",
		"caido", "caida", "no funciona", "no carga", "fuera de servicio", "no responde",
		"fora do ar", "nao funciona", "nao carrega", "caiu", "fora de servico",
		"nie dziala", "nie dzialaja", "awaria", "niedostepny", "niedostepna", "niedostepne")
	_ = accessFn.also(
		"accedere", "entrare", "collegarsi", "connettersi", "inloggen", "aanmelden", "anmelden", "einloggen",
		"zugreifen", "se connecter", "connecter", "acceder", "entrar", "ingresar", "iniciar sesion", "logar",
		"acessar")
	_ = signIn.also(
		"accedere", "entrare", "inloggen", "aanmelden", "anmelden", "einloggen", "se connecter", "acceder",
		"entrar", "ingresar", "iniciar sesion", "logar", "acessar")
	_ = critical.also(
		"piattaforma", "sistema", "applicazione", "portale", "cassa", "casse", "negozi",
		"systeem", "applicatie", "kassa", "kassas", "winkels",
		"plattform", "anwendung", "kasse", "kassen", "filialen",
		"plateforme", "systeme", "caisse", "caisses", "magasins",
		"plataforma", "aplicacion", "aplicativo", "caja", "cajas", "tiendas", "lojas", "platforma", "aplikacja",
		// what every gate or till of a business works with
		"scanners")
	_ = wiped.also(
		"spariti", "sparite", "sparito", "sparita", "scomparsi", "scomparse", "cancellati", "cancellate",
		"vuoti", "vuote", "non compaiono piu", "non ci sono piu",
		"verdwenen", "kwijt", "verwijderd", "leeg", "niet meer aanwezig", "niet meer zichtbaar",
		"verschwunden", "geloscht", "nicht mehr da", "nicht mehr vorhanden",
		"disparus", "disparues", "perdus", "perdues", "supprimes", "supprimees", "vides", "n apparaissent plus",
		"desaparecieron", "desaparecidos", "desaparecidas", "perdidos", "perdidas", "borrados", "borradas",
		"vacios", "vacias", "ya no aparecen",
		"desapareceram", "apagados", "apagadas", "sumiram", "vazios", "vazias", "nao aparecem mais",
		"zniknely", "zniknal", "znikly", "usuniete", "puste",
		// are missing
		"mancano", "ontbreken", "ontbreekt", "fehlen", "manquent", "faltan", "faltam",
		// the Nordic languages, Czech, Finnish; German "lost"
		"er vaek", "er vaek", "forsvundet", "forsvundne", "slettet", "slettede", "tabt", "borte", "er borte",
		"forsvunnet", "forsvunne", "ar borta", "borta", "forsvunna", "forsvann", "raderade", "raderats",
		"zmizely", "zmizelo", "zmizel", "smazany", "smazana", "smazano", "ztraceny", "kadonneet", "kadonnut",
		"poistettu", "poistuneet", "verloren", "sind weg", "ist weg",
		// are missing
		"saknas", "fattas", "mangler", "manglar", "chybi", "chybeji", "puuttuu", "puuttuvat")
	_ = bulk.also("tutti i", "tutte le", "alle", "tous les", "toutes les", "todos los", "todas las", "todos os",
		"todas as", "alla", "vsechny", "vsech", "kaikki")
	_ = stored.also(
		"ordini", "clienti", "fatture", "registri", "bestellingen", "klanten", "facturen", "metingen",
		"bestellungen", "kunden", "rechnungen", "commandes", "factures", "pedidos", "clientes", "facturas",
		"faturas", "registros")
	_ = dataNoun.also("nomi", "nombres", "noms", "namen", "nomes", "spese", "gastos", "depenses", "ausgaben",
		"uitgaven", "despesas", "dane", "kontakty", "dane kontaktowe", "documenten", "polissen", "bestanden", "dokumente", "documenti", "documentos",
		"klantgegevens", "persoonsgegevens", "kundendaten", "personendaten", "dati dei clienti", "dati personali",
		"donnees clients", "donnees personnelles", "datos de clientes", "datos personales", "dados de clientes",
		"dados pessoais")
	_ = personal.also("documenten", "polissen", "dokumente", "documenti", "documentos",
		"klantgegevens", "persoonsgegevens", "kundendaten", "personendaten", "dati dei clienti", "dati personali",
		"donnees clients", "donnees personnelles", "datos de clientes", "datos personales", "dados de clientes",
		"dados pessoais")
	_ = dataNoun.also("kvitteringer", "kvitton", "kvitteringar", "oplysninger", "opplysninger", "uppgifter",
		"tiedot", "udaje", "doklady", "fakturaer", "fakturor", "kundedata", "kunddata")
	_ = scopeNone.also("inga", "inga av", "ingen av vara")
	_ = operates.also("kan startas", "kan startes", "startas", "startes", "lze spustit")
	_ = mixed.also("andres", "andras", "andre kunders", "andra kunders", "andre kunders", "cizi", "jinych zakazniku",
		"muiden asiakkaiden")
	_ = mixed.also("unaltra", "unaltro", "unaltra azienda", "unaltra societa", "unaltro cliente", "non e nostro",
		"non e nostra", "nicht unsere", "nicht unser", "pas les notres", "pas a nous", "no son nuestros", "no es nuestro",
		"nao sao nossos", "niet van ons", "pomieszal", "pomieszane", "pomieszaly", "innej firmy", "innego klienta",
		"di un altra azienda", "di un altro cliente", "van een ander bedrijf", "van een andere klant", "van ander",
		"einer anderen firma", "eines anderen kunden", "d une autre entreprise", "d un autre client",
		"de otra empresa", "de otro cliente", "de outra empresa", "de outro cliente")
	_ = exposed.also("zichtbaar", "zichtbaar voor", "in te zien",
		"senza login", "senza accesso", "zonder inloggen", "ohne anmeldung", "ohne login", "sans connexion",
		"sans authentification", "sin iniciar sesion", "sin login", "sem login")
	// German names its records as English does ("sieht man ebenfalls
	// fremde Angebote"), also in the Swiss and Austrian words ("Offerten",
	// "Kostenvoranschläge")
	_ = dataNoun.also("rechnungen", "rechnung", "angebote", "offerten", "kostenvoranschlage", "auftrage",
		"bestellungen", "buchungen", "termine", "adressen", "kontakte", "dateien", "belege", "vertrage",
		"unterlagen", "akten", "befunde", "datensatze", "eintrage", "notizen", "fotos", "telefonnummern",
		"lieferscheine", "gutschriften", "mahnungen", "stundenzettel", "lohnabrechnungen")
	_ = payFailed.also(
		"rifiuta", "rifiutato", "rifiutata", "non riuscito", "non riusciti", "non riuscita", "fallito", "falliti",
		"non vanno a buon fine", "weigert", "worden geweigerd", "fehlgeschlagen", "schlagen fehl", "refuse",
		"refusee", "echoue", "echouent", "rechazado", "rechazada", "rechaza", "fallan", "fallido", "fallidos",
		"recusado", "recusada", "falham", "falhou", "falharam")
	// wrong, in the Nordic languages, Finnish and Czech
	_ = wrongly.also("forkert", "forkerte", "feil", "feile", "felaktig", "felaktiga", "felaktigt", "virheellinen",
		"virheelliset", "vaarat", "chybne", "chybna", "chybny", "spatne", "falsch", "falsche", "fout", "foute",
		"errati", "errate", "erronee", "erroneos", "incorrectos", "incorrectas", "incorrects", "incorrectes")
	_ = figures.also("kontrakter", "kontrakterne", "ydelser", "restvaerdier", "belob", "belopp", "priser",
		"fakturaer", "fakturor", "betrage", "preise", "rechnungen", "bedragen", "prijzen", "facturen", "importi",
		"prezzi", "fatture", "importes", "precios", "facturas", "montants", "prix", "factures")
	_ = zero.also("nessun", "nessuna", "geen", "keine", "kein", "aucun", "aucune", "ningun", "ninguna", "nenhum",
		"nenhuma")
	_ = flowed.also(
		"ordini", "prenotazioni", "vendite", "pagamenti", "biglietti", "bestellingen", "boekingen",
		"reserveringen", "verkopen", "betalingen", "bestellungen", "buchungen", "reservierungen", "zahlungen",
		"commandes", "ventes", "paiements", "billets", "pedidos", "reservas", "ventas", "pagos", "vendas",
		"pagamentos", "entradas", "ingressos")
	_ = since.also(
		"sinds", "seit", "depuis", "desde", "da ieri", "dalle", "stamattina", "vanochtend", "vanmorgen",
		"vandaag", "heute", "ce matin", "aujourd hui", "hoy", "hoje", "esta manana", "oggi")
	_ = quantAll.also(
		"tutti i", "tutte le", "ogni", "alle", "elke", "jede", "jeder", "tous les", "toutes les", "chaque",
		"todos los", "todas las", "todos os", "todas as", "cada")
	// the Nordic languages and Czech: no one can log in, it does not work,
	// it is down ("ingen kan logge ind", "nikdo se nemůže přihlásit",
	// "systemet virker ikke", "portalen er nede")
	_ = scopeNone.also("ingen", "ingen af", "ingen av", "ingen av oss", "nikdo", "nikdo z", "zadny z", "zadna z")
	_ = scopeAll.also("alla", "alla anvandare", "alle brugere", "alle brukere", "vsichni", "vsech", "vsechny",
		"vsichni uzivatele")
	_ = ability.also("kunne", "nemuze", "nemuzeme", "nemohou", "nemuzou", "muze", "mohou")
	_ = unable.also("kan ikke", "kan ikkje", "kan inte", "kunne ikke", "kunde inte", "kan ikke laengere",
		"nemuze", "nemuzeme", "nemohou", "nemuzou", "nelze", "nejde", "nejdou")
	_ = down.also("virker ikke", "virker ikkje", "fungerer ikke", "fungerer ikkje", "fungerar inte", "funkar inte",
		"er nede", "ligger nede", "ar nere", "ligger nere", "utilgaengelig", "utilgjengelig", "otillganglig",
		"nefunguje", "nefunguji", "nejede", "nejedou", "mimo provoz", "nedostupny", "nedostupna", "nedostupne")
	_ = accessFn.also("inchecken", "inklokken", "inscannen", "einchecken", "einstempeln", "pointer", "fichar",
		"timbrare", "logge ind", "logge inn", "logge pa", "logga in", "komme ind", "komme inn", "komma in",
		"prihlasit", "prihlasit se", "dostat")
	_ = signIn.also("logge ind", "logge inn", "logga in", "prihlasit")
	_ = critical.also("portalen", "systemet", "appen", "platformen", "plattformen", "portalu", "portal",
		"aplikace", "aplikaci", "systemu", "systemy")
	// refusing each one, in the Nordic languages and Czech ("nekar
	// kontaktlösa kort")
	_ = rejects.also("nekar", "avvisar", "afviser", "avviser", "odmita", "odmitaji", "hylkaa", "hylkaavat")
	_ = acts.also("kort", "kortet", "korten", "kortti", "kortit", "karty", "karet", "laddsessioner", "billetter",
		"biljetter")
	_ = down.also("apner ikke", "abner ikke", "oppnar inte", "oppnas inte", "starter ikke", "startar inte",
		"kan inte startas", "kan ikke startes", "gjenkjennes ikke", "blir ikke gjenkjent", "kendes ikke",
		"kanns inte igen", "ei aukea", "ei kaynnisty", "neotevira", "nespusti")
	// a thing that does not work, said as Italian says it
	_ = operates.also("viene accettato", "viene accettata", "vengono accettati", "vengono accettate",
		"funziona", "funzionano", "si apre", "si aprono", "apre", "aprono")
	// French as its writers say it: "aucune de nous trois n'arrive à se
	// connecter" (none of us), a payment said in the singular or as the
	// transfer that brings it ("aucun virement n'est arrivé depuis le 3
	// mars", "aucune demande de paiement n'est transmise depuis lundi"),
	// records and appointments that are stored data ("plus aucun
	// rendez-vous dans mon agenda", "la semaine est vide")
	_ = scopeNone.also("aucun de", "aucune de", "aucun des", "aucune des", "plus personne")
	_ = ability.also("peut", "peuvent", "arrive a", "arrivent a", "parvient a", "parviennent a")
	// "has access" after none: "aucun des neuf praticiens ni le
	// secrétariat n'a accès à l'agenda"
	_ = ability.also("n a", "n ont", "n avons")
	_ = accessFn.also("acces")
	_ = flowed.also("paiement", "virement", "virements", "reglement", "reglements", "rendez vous", "commande",
		"reservation", "reservations")
	_ = payFn.also("virement", "reglement", "reglements")
	_ = payFailed.also("pas arrive", "pas arrives", "pas arrivee", "pas arrivees", "pas recu", "pas recus",
		"pas ete recu", "pas ete recus", "pas ete verse", "pas ete verses", "pas ete transmis", "pas ete transmises",
		"pas transmis", "pas transmises")
	_ = stored.also("dossiers", "dossier", "fiches", "rendez vous", "resultats", "ordonnances", "documents",
		"notes", "antecedents", "consultations")
	_ = dataNoun.also("resultats", "resultat", "rendez vous", "ordonnances", "antecedents", "consultations")
	_ = wiped.also("vide", "disparu", "disparue", "ont disparu", "a disparu", "efface", "effaces", "effacee",
		"effacees", "n ai plus aucun", "n ai plus aucune", "n a plus aucun", "n a plus aucune", "n avons plus aucun",
		"n avons plus aucune", "n ont plus aucun", "n ont plus aucune")
	_ = critical.also("agenda", "agendas", "logiciel", "le logiciel", "votre logiciel", "portail")
	_ = down.also("indisponible", "ne s ouvre pas", "ne s ouvre plus", "ne repond pas", "ne repond plus",
		"ne charge plus", "page blanche", "ecran blanc")
	_ = scopeNone.also("nessun", "nessuna")
	_ = acts.also(
		"pagamenti", "ordini", "scansioni", "biglietti", "betalingen", "bestellingen", "zahlungen",
		"bestellungen", "paiements", "commandes", "billets", "pagos", "pedidos", "pagamentos", "entradas")

	// Spanish as its writers say it: the clitic and the reflexive
	// passive before the verb ("no nos deja entrar", "no se puede
	// cobrar", "no hemos podido cerrar"), the enclitic glued after it
	// ("conectarse", "loguearnos"), the compound past of "poder", and a
	// day's flow counted in the singular ("no entra ningún pedido desde
	// las 10", "no pasa ningún pago con tarjeta desde las 2")
	_ = unable.also("no hemos podido", "no han podido", "no ha podido", "no pudimos", "no pudieron", "no pudo",
		"no se puede", "no se pueden", "no nos deja", "no me deja", "no les deja", "no le deja", "no nos permite",
		"no me permite", "no les permite", "ya no podemos", "ya no pueden", "ya no puede", "no logramos",
		"no conseguimos")
	_ = ability.also("ha podido", "han podido", "pudieron", "podia", "podian", "logra", "logran", "consigue",
		"consiguen", "se puede")
	_ = accessFn.also("conectar", "conectarse", "conectarnos", "conectarme", "loguearse", "loguearnos", "loguearme",
		"logearse", "logearnos", "ingresar al sistema", "entrar al sistema", "abrir", "usar", "cargar")
	_ = signIn.also("conectarse", "conectarnos", "conectarme", "loguearse", "loguearnos", "loguearme", "logearse",
		"logearnos")
	_ = flowed.also("pedido", "reserva", "venta", "pago", "cobro", "cobros", "transaccion", "transacciones")
)

// German puts a main clause's finite verb second and what it says of the
// subject last: "Jetzt gehen alle drei Kassen nicht mehr", "der Ordner
// ist seit heute früh leer", "seit heute kann sich keiner in der App
// anmelden". The classes read the order English writes ("alle drei
// Kassen gehen nicht mehr", "der Ordner ist leer", "keiner kann sich
// anmelden"), so every German writer's verb-second clause composed only
// when the verb and its state happened to meet. germanClause composes
// such a clause a second time with its finite verb moved to the right
// bracket: before the negation that ends the middle field, or before the
// clause's last word (the predicate, participle, infinitive or
// particle). Compounds named by their head ("Kassensystem",
// "Kundenportal", "Onlineshop") are read as the head.
func germanClause(l line) (composed, bool) {
	ws := l.ws
	v := -1
	for i, w := range ws {
		if may(bracketFilterDE, w) && bracketVerbsDE[w] {
			v = i
			break
		}
	}
	compound := false
	var heads []string
	for i, w := range ws {
		if h := criticalHeadDE(w); h != "" {
			if heads == nil {
				heads = slices.Clone(ws)
			}
			heads[i], compound = h, true
		}
	}
	if v < 0 && !compound {
		return composed{}, false
	}
	// the lines composeClause reads have the words' firstBits, as the
	// composer's clauses do: without them each of some twenty classes
	// looked every word up in its map
	// (room for a clause of up to 32 words on the stack: the base's
	// bits in the first half, the moved clause's in the second)
	var bitsBuf [64]uint64
	var idsBuf [64]int32
	bits, ids := bitsBuf[:], idsBuf[:]
	if len(ws) > len(bitsBuf)/2 {
		bits, ids = make([]uint64, 2*len(ws)), make([]int32, 2*len(ws))
	}
	base := l
	if compound || l.bits == nil {
		base = lineOf(ws, bits[:len(ws)], ids[:len(ws)])
		if compound {
			base = lineOf(heads, bits[:len(ws)], ids[:len(ws)])
			if f, ok := composeClause(base); ok {
				return f, true
			}
		}
	}
	if v < 0 {
		return composed{}, false
	}
	// the right bracket: the negation that ends the middle field
	// ("nicht", "nicht mehr", "nix mehr", "nicht rein"), the first after
	// the verb, else the clause's last word
	to := len(ws) - 1
	for n := v + 2; n < len(ws); n++ {
		if negationsDE[ws[n]] {
			to = n
			break
		}
	}
	if to <= v+1 {
		return composed{}, false
	}
	moved := make([]string, 0, len(ws))
	moved = append(moved, base.ws[:v]...)
	moved = append(moved, base.ws[v+1:to]...)
	moved = append(moved, base.ws[v])
	moved = append(moved, base.ws[to:]...)
	mb, mi := bits[len(ws):len(ws)], ids[len(ws):len(ws)]
	mb = append(append(append(append(mb, base.bits[:v]...), base.bits[v+1:to]...), base.bits[v]), base.bits[to:]...)
	mi = append(append(append(append(mi, base.ids[:v]...), base.ids[v+1:to]...), base.ids[v]), base.ids[to:]...)
	f, ok := composeClause(line{ws: moved, bits: mb, ids: mi, any: base.any, num: base.num})
	if !ok {
		return composed{}, false
	}
	// the finding's span in the writer's order
	old := func(i int) int {
		switch {
		case i < v:
			return i
		case i < to-1:
			return i + 1
		case i == to-1:
			return v
		}
		return i
	}
	lo, hi := len(ws), 0
	for i := f.lo; i <= f.hi; i++ {
		lo, hi = min(lo, old(i)), max(hi, old(i))
	}
	f.lo, f.hi = lo, hi
	return f, true
}

// bracketVerbsDE are the finite verbs of a German main clause whose
// state stands at its end: the verbs of a thing working
// (activityVerbsDE), the copula and the auxiliaries ("ist … leer",
// "sind … verschwunden", "wurden … gelöscht"), the modals ("kann … nicht
// anmelden") and the separable verbs of failure ("fällt … aus").
var bracketVerbsDE = func() map[string]bool {
	m := map[string]bool{}
	for w := range activityVerbsDE {
		m[w] = true
	}
	for _, w := range []string{"ist", "sind", "waren", "wird", "werden", "wurde", "wurden", "kann",
		"konnen", "konnte", "konnten", "lasst", "lassen", "reagiert", "reagieren", "fallt", "fallen",
		"sturzt", "sturzen", "bricht", "brechen", "hangt", "hangen"} {
		m[w] = true
	}
	return m
}()

// negationsDE end a German middle field: "nicht", the south German
// "ned"/"net", "nimmer" and "nix" ("geht seit halb acht nix mehr").
var negationsDE = map[string]bool{"nicht": true, "ned": true, "net": true, "nimmer": true, "nix": true,
	"nichts": true}

// criticalHeadsDE are the heads of German compounds that name what the
// business works with: "Kassensystem", "Kundenportal", "Onlineshop",
// "Buchungsplattform".
var criticalHeadsDE = []string{"system", "portal", "plattform", "shop", "kasse", "kassen", "programm", "software"}

// headsDE are the shortest word criticalHeadDE takes (a head and three
// letters) and the last bytes of the heads.
var headsDE = func() (h struct {
	min  int
	ends [256]bool
}) {
	h.min = 1 << 30
	for _, w := range criticalHeadsDE {
		h.min = min(h.min, len(w)+3)
		h.ends[w[len(w)-1]] = true
	}
	return h
}()

// criticalHeadDE returns the head of w when w is a German compound of a
// critical function (three letters or more before it), "" otherwise.
func criticalHeadDE(w string) string {
	if len(w) < headsDE.min || !headsDE.ends[w[len(w)-1]] {
		return "" // too short, or no head ends as it does: most words
	}
	for _, h := range criticalHeadsDE {
		if len(w) > len(h)+2 && strings.HasSuffix(w, h) {
			return h
		}
	}
	return ""
}

// German partial scopes, as the English ones ("everyone else", "a
// colleague", "some", "sometimes"): "eine Kollegin kann sich seit gestern
// nicht anmelden, alle anderen schon" is one person, not all.
var _ = partial.also("alle anderen", "allen anderen", "eine kollegin", "ein kollege", "einer kollegin",
	"einem kollegen", "eine mitarbeiterin", "ein mitarbeiter", "ein benutzer", "eine benutzerin", "einige",
	"einigen", "manche", "manchen", "manchmal", "gelegentlich", "sporadisch", "zeitweise", "ab und zu",
	"nur bei mir", "einer von", "eine von", "ausser")

// German "no one" inflects with its noun and says whose: "keine meiner
// Mitarbeiterinnen kommt ins Terminsystem", "keiner von uns", "keine
// Kundin und kein Kunde", the Bavarian "koana"; and what a thing does
// when it works, as "operates" says it in English ("none of the
// scanners connect"): the composer's lists held the masculine forms.
var (
	_ = scopeNone.also("keine meiner", "keiner meiner", "keine unserer", "keiner unserer", "keiner von uns",
		"keine von uns", "niemand von uns", "keiner der", "keine der", "keine mitarbeiterin", "keine mitarbeiterinnen",
		"keine mitarbeitenden", "kein mitarbeitender", "keine kollegin", "kein kollege", "keine kollegen",
		"keine kolleginnen", "keine kundin", "kein kunde", "keine kunden", "kein benutzer", "keine benutzer",
		"keine nutzer", "kein einziger", "keine einzige", "koana", "koaner", "neamd", "niemert")
	_ = operates.also("funktioniert", "funktionieren", "geht", "gehen", "lauft", "laufen", "startet", "starten",
		"ladt", "laden", "offnet", "offnen", "verbindet", "reagiert", "reagieren", "druckt", "drucken",
		"kommt ins", "kommt in", "kommen ins", "kommen in", "kommt rein", "kommen rein", "kimmt")
)
