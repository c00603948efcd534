package classify

import "strings"

// Words that say nothing about severity, in the languages of the rules:
// function words (stopWords) and the greetings and sign-offs that frame a
// mail (greetWords). The learned vocabulary never scores them and no
// evidence shows them; nor numbers and words with digits ("07", "4.2"),
// which are times, dates and versions.

var stopWords, greetWords = wordSet(`
	a an the and or but if then so as of at by for from in into on onto to with without about
	than too very just also only not no nor is am are was were be been being do does did
	done doing have has had having can could will would shall should may might must it its it s this that
	these those there here i me my mine we us our ours you your yours he him his she her they them their
	what which who whom whose when where why how all any both each other some such own same
	now s t d ll m re ve y im ive id youre were weve theyre dont doesnt didnt isnt
	arent wasnt werent wont cant couldnt wouldnt shouldnt hasnt havent hadnt let lets get got
	der die das den dem des ein eine einen einem einer und oder aber ist sind war waren wir ich sie es
	er ihr uns unser unsere mit von zu im am auf fur bei nach aus noch auch nur schon
	le la les un une des du de et ou mais est sont nous vous il elle ils elles je tu en au aux ce cette
	ces pour par sur dans avec pas que qui ne se sa son ses leur leurs
	el los las unos unas y o pero es son somos nosotros usted ellos ellas yo del al por para con sin
	en que se su sus lo le les mas muy
	o os as um uma e ou mas sao nos eu voce ele ela eles elas do da dos das no na nas com sem em por para`,
	`dear hi hello hey hallo bonjour hola ola greetings morning afternoon evening regards best wishes
	thanks thank thx cheers sincerely kind kindly warm yours faithfully respectfully cordially
	gruss grusse grussen freundlichen viele liebe sehr geehrte geehrter cordialement salutations merci
	saludos atentamente gracias un saludo abracos obrigado obrigada atenciosamente cumprimentos
	sent iphone android mobile signature`)

func wordSet(lists ...string) (map[string]bool, map[string]bool) {
	var sets [2]map[string]bool
	for i, l := range lists {
		sets[i] = make(map[string]bool)
		for _, w := range strings.Fields(l) {
			sets[i][w] = true
		}
	}
	return sets[0], sets[1]
}

// junkWord reports whether a folded word is a stop word or contains a
// digit.
func junkWord(w []byte) bool {
	if stopWords[string(w)] {
		return true
	}
	for _, c := range w {
		if c >= '0' && c <= '9' {
			return true
		}
	}
	return false
}

// plainTerm reports whether a term (one or more folded words) may be shown
// to an agent as evidence: one word that is no stop word, greeting,
// sign-off or number fragment, or several words that are not all
// greetings, sign-offs and numbers ("kind regards", "07 00").
func plainTerm(term string) bool {
	words := strings.Fields(term)
	if len(words) == 1 {
		w := words[0]
		return !stopWords[w] && !greetWords[w] && !numberFragment(w)
	}
	for _, w := range words {
		if !greetWords[w] && !numberFragment(w) {
			return true
		}
	}
	return false
}

// numberFragment reports whether a folded word is a piece of a time, date
// or amount ("07", "00", "4.2"): no letter and fewer than three digits. A
// status code ("404", "500") says something to an agent.
func numberFragment(w string) bool {
	digits := 0
	for _, c := range w {
		switch {
		case c >= 'a' && c <= 'z' || c > 0x7f:
			return false
		case c >= '0' && c <= '9':
			digits++
		}
	}
	return digits < 3
}

// shownToken reports whether a vocabulary token is shown as evidence:
// none of its words is a stop word, greeting, sign-off or number.
func shownToken(tok string) bool {
	tok = strings.TrimPrefix(tok, subjectPrefix)
	for _, w := range strings.Fields(tok) {
		if junkWord([]byte(w)) || greetWords[w] {
			return false
		}
	}
	return tok != ""
}
