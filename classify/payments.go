package classify

import "strings"

// The protocol's P1 is a "payment processing failure preventing business
// operations". When one way to pay fails and the cards still go through
// ("GCash payments failing … Card payments are working fine", "PayPal
// geht nicht mehr – Karte geht", "Amex declined … Visa and Mastercard
// payments are going through"), the business takes money: payments are
// degraded with a workaround, the protocol's P2. Cash alone or another
// wallet when the cards fail is no such workaround ("Cash works fine",
// "PayPal still works, but 85% pay by card"): the failing method must be
// a secondary one and what works a card. In the labelled sets the reading
// changes 7 mails, all labelled P2; the mails where the cards fail and
// cash or PayPal work stay P1, as they are labelled.

// otherWayToPay reports whether the subject names a secondary way to pay
// and a sentence of the subject or body says cards still work.
func otherWayToPay(subject, body string) bool {
	return otherWayToPayIn(subject, lowerWords(subject), body)
}

// otherWayToPayIn is otherWayToPay with the subject's words (lowerWords).
func otherWayToPayIn(subject string, ws []string, body string) bool {
	if !secondaryIn(ws) {
		return false
	}
	return cardsWork(subject) || cardsWork(body)
}

// secondaryIn reports whether words (lowerWords) name a payment method
// other than cards as a whole: a wallet, a scheme or one card brand.
func secondaryIn(ws []string) bool {
	for i, w := range ws {
		if secondaryMethods[w] || i+1 < len(ws) && secondaryMethods[w+" "+ws[i+1]] {
			return true
		}
	}
	return false
}

// cardsWork reports whether a sentence of s says card payments (or one
// card brand) work.
func cardsWork(s string) bool {
	for _, sent := range strings.FieldsFunc(s, func(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '\n' || r == '–' || r == ';' }) {
		if sentenceCardsWork(lowerWords(sent)) {
			return true
		}
	}
	return false
}

// sentenceCardsWork reports whether the words of one sentence name cards
// and say they work ("go through"), with no negation or failure in it.
func sentenceCardsWork(ws []string) bool {
	card, works := false, false
	for i, w := range ws {
		switch {
		case payNegations[w]:
			return false
		case cardWords[w]:
			card = true
		case card && worksWords[w]:
			works = true
		case card && w == "through" && i > 0 && (ws[i-1] == "go" || ws[i-1] == "goes" || ws[i-1] == "going" || ws[i-1] == "went"):
			works = true
		}
	}
	return card && works
}

// lowerWords are the words of s folded as the rules read them (foldWords:
// lower case, accents removed, "doesn't" one word).
func lowerWords(s string) []string { return foldWords(s) }

var (
	// secondaryMethods are ways to pay besides cards as a whole.
	secondaryMethods = map[string]bool{
		"paypal": true, "gcash": true, "tap": true, "contactless": true, "kontaktlos": true, "amex": true,
		"american express": true, "mastercard": true, "klarna": true, "apple pay": true, "google pay": true,
		"sofort": true, "ideal": true, "twint": true, "blik": true, "pix": true, "venmo": true, "alipay": true,
		"bancontact": true, "giropay": true, "maestro": true, "diners": true, "discover": true, "jcb": true,
	}
	// cardWords name card payments, or one card brand that still works.
	cardWords = map[string]bool{
		"card": true, "cards": true, "karte": true, "karten": true, "kreditkarte": true, "kreditkarten": true,
		"kartenzahlung": true, "kartenzahlungen": true, "visa": true, "mastercard": true, "chip": true, "carte": true,
		"cartes": true, "tarjeta": true, "tarjetas": true, "cartao": true,
	}
	// worksWords say it works.
	worksWords = map[string]bool{
		"work": true, "works": true, "working": true, "fine": true, "normally": true, "geht": true, "gehen": true,
		"funktioniert": true, "funktionieren": true, "lauft": true, "laufen": true, "klappt": true, "klappen": true,
		"normal": true, "fonctionne": true, "fonctionnent": true, "funciona": true, "funcionan": true,
	}
	// payNegations in a sentence take its "works" back, or say the cards fail.
	payNegations = map[string]bool{
		"not": true, "no": true, "dont": true, "doesnt": true, "don": true, "doesn": true, "isn": true, "aren": true,
		"never": true, "nicht": true, "kein": true, "keine": true, "nothing": true, "fail": true, "fails": true,
		"failing": true, "failed": true, "declined": true, "declining": true, "abgelehnt": true, "error": true,
		"only": true, "nur": true, "cash": true, "bar": true,
	}
)
