package intake

import (
	"strings"
	"unicode"
)

// bannerSays is what the warning a company's mail system puts above mail
// from outside says, in the forms Microsoft 365, Google Workspace,
// Proofpoint, Mimecast and administrators' own rules write it: the mail
// came from outside the organisation, from an external sender, or from
// someone the reader does not often hear from; in the Nordic and Baltic
// languages and Hungarian too ("EKSTERN AVSENDER: Denne e-posten kommer
// fra utsiden av …", "KÜLSŐ FELADÓ: … a szervezeten kívülről …"); German
// as Switzerland writes it too, "ss" for "ß" ("stammt von ausserhalb").
var bannerSays = mustGate(`(?i)(originated|originates|came|comes|was sent|sent) (from )?outside\b|\boutside (of )?(the|your|our|this) (organi[sz]ation|company|network|domain)|` +
	`\bsender is outside\b|\bexternal (sender|e-?mail|message|source)\b|you don'?t often get e-?mail from|learn why this is important|be careful with this message|` +
	`stammt (von )?(au(ß|ss)erhalb|einem externen absender)|(von )?au(ß|ss)erhalb (der|ihrer|unserer|ihres|unseres|des) (organisation|unternehmens|firma)|` +
	`(extérieur de|fuera de|al di fuori del?l?'?|esterno all'|buiten|fora d[ao]|fora de) ?(l'|la |de |het |uw |onze |sua |vostra )?(organisation|organización|organizzazione|organisatie|organização|entreprise|empresa|azienda|organització)|externen? absender|provient de l'extérieur|(expéditeur|émetteur) externe|` +
	`se originó fuera de|(remitente|origen) externo|afkomstig van buiten|externe afzender|` +
	`\b(procede|proviene|viene|llega|llegó) de fuera de\b|\b(teve|tem) origem (fora|externa)\b|\b(vem|veio|provém|provem) de fora\b|\bprové de fora\b|` +
	`pochází z externí adresy|(pochází|pochádza) (z|zo) (externího|externej|vnější)|od (externího|externiho) odesílatele|pochodzi (spoza|z zewnątrz) (organizacji|firmy)|(nadawcy|nadawca) zewnętrzn|provine din afara (organizației|companiei)|expeditor extern|` +
	`\bekstern (avsender|afsender)\b|\bextern avsändare\b|\b(utenfor|utanför|uden for) (organisasjonen|virksomheten|selskapet|organisationen|företaget|virksomheden|firmaet)\b|\bfra utsiden av\b|\bkommer (fra|från) (en )?(ekstern|extern)\b|` +
	`\bulkoinen lähettäj|\borganisaation ulkopuolelta\b|\butanaðkomandi sendand|\bkülső (feladó|feladótól|forrásból)|\bszervezeten kívülről|\bväline saatja\b|\bväljastpoolt (organisatsiooni|ettevõtet)\b|(^|\s)ārēj(s|a) sūtītāj|(^|[^\pL])ārpus (organizācijas|uzņēmuma)|\bišorinis siuntėj|\biš išorės\b|\bne iš (organizacijos|įmonės) vidaus\b|\buž (organizacijos|įmonės) ribų|` +
	`組織外から|外部から送信|外部の送信者|조직 외부|외부에서 (발송|보낸|수신)|来自(组织|公司)外部|來自(組織|公司)外部`)

// bannerNames are the banners that say what they are by themselves:
// Microsoft's first-contact tip, Google's warning, and the line a secure
// mail gateway puts above the mail it carried ("Egress | This message
// has been sent securely using Egress Protect. …").
var bannerNames = mustGate(`(?i)you don'?t often get e-?mail from|learn why this is important|be careful with this message|(this|the) (e-?mail|message) (has been|was) sent securely (using|with|via|by)\b`)

// securedBy is the line an encryption gateway puts above the mail it
// carried, alone in its paragraph: "This message was secured by Zix(R).",
// "This email has been encrypted by Virtru." A writer's sentence about
// such a message goes on past the gateway's name.
var securedBy = mustGate(`(?i)^\W*(this|the) (e-?mail|message) (has been|was|is) (secured|encrypted|protected) (by|with|using|via) [\pL\pN®().&-]+( [\pL\pN®().&-]+){0,2}\s*[.!]?\s*$`)

// bannerWarns is the caution about links and attachments that goes with
// an external-sender notice, a verb's warning in the Nordic and Baltic
// languages and Hungarian ("Ikke klikk på lenker", "Klicka inte",
// "Älä avaa liitteitä", "Ne kattintson"), or the Nordic "be careful with
// links and attachments" ("Vær forsigtig med links og vedhæftede filer",
// "Var försiktig med länkar och bilagor"), or a caution that allows
// only what comes from a sender known ("Klicken Sie nur auf Links, wenn
// Sie den Absender kennen", "Only click links if you know the sender");
// without it "Our external email gateway
// rejects your mail" or "Warning: mail from outside the organization
// bounces" is a customer's first sentence, not a banner.
var bannerWarns = mustGate(`(?i)\b(do not|don'?t|never) (click|open)|\bbe (cautious|careful)|\bunless you (recogni[sz]e|trust|know|are sure)|\bavoid (clicking|opening)|` +
	`\blinks (or|and|and/or) (open )?attachments\b|\b(links|attachments) unless\b|vorsichtig bei links|links und anhängen|klicken sie (nicht|keine)|wenn sie (den|dem) absender (kennen|vertrauen)|\bif you (know|recogni[sz]e|trust) the sender\b|öffnen sie keine|keine anhänge|ne cliquez|liens ou (les )?pièces jointes|no haga clic|enlaces ni|no feu clic|enllaços|klik niet|bijlagen|não clique|nao clique|ligações|links ou anexos|abra anexos|non fare clic|non cliccare|allegati|neotevírejte|neotvárajte|nie otwieraj|nie klikaj|załącznik|nu deschideți|nu accesați|atașamente|` +
	`\b(vær|var) (forsigtig|försiktig|forsiktig)\b|\bole varovainen\b|\b(links|lenker) og (vedhæftede filer|vedlegg)\b|\blänkar och bilagor\b|\blinkkien ja liitteiden\b|` +
	`\bikke (klikk|åpne|trykk)\b|(^|[^\pL])(klicka|öppna) inte\b|(^|[^\pL])(klik|åbn|tryk) ikke\b|\bikke (klikke|åbne)\b|(^|\s)älä (klikkaa|avaa|napsauta)\b|\bekki (smella|opna)\b|\bne (kattintson|nyissa)\b|(^|\s)ärge (klõpsake|avage)\b|\b(neklikšķiniet|neatveriet|nespauskite|neatidarykite)\b|` +
	`リンク|添付`)

// bannerTag is the tag such a system puts at the start of the line,
// "[EXTERNAL]", "[EXTERN]", "[EKSTERN]" (Danish, Norwegian), "[EXT]",
// "【外部】", and the word "external" in the languages of Central and
// Eastern Europe and the Baltics as administrators write it there
// ("[IŠORINIS]", "[ZEWNĘTRZNY]", "[EXTERNÍ]", "[KÜLSŐ]", "[ĀRĒJS]",
// "[VÄLINE]", "[ULKOINEN]", "[ZUNANJI]", "[VANJSKI]", "[ВНЕШНИЙ]").
var bannerTag = mustGate(`(?i)^\s*[\[【(]\s*(external|extern|ekstern|ext|externe|externo|esterno|外部|외부( 메일)?|外部(邮件|郵件|メール)|` +
	`išorinis|išorinė|zewnętrzn[ya]|externí|externý|külső|ārējs|ārēja|väline|ulkoinen|zunanji|zunanja|vanjski|vanjska|spoljni|spoljna|спољни|външен|външна|внешний|внешнее|зовнішній|εξωτερικό|εξωτερικ[οή]ς|dış|harici)\s*[\]】)]`)

// markBanner marks as dropped the external-sender warning a mail system
// put above the writer's text: the first paragraph of the body, or of a
// forwarded mail's text, when it is short and reads as one. It is the
// mail system's, not the writer's, and a status update relayed to a
// customer must not carry it; above a quote and nothing else, the reply
// has no new text. A classification label the labelling tool set above
// it (markClassificationLabels, "Classificazione: Uso interno") is the
// mail system's too, dropped already: the banner under it is still the
// body's first paragraph.
func markBanner(lines []string, kinds []lineKind) {
	const maxLines, maxLen = 4, 500
	i := 0
	for i < len(kinds) && (kinds[i] == kEmpty || kinds[i] == kDelimiter || kinds[i] == kDrop) {
		i++
	}
	end, n := i, 0
	for end < len(kinds) && kinds[end] == kText {
		n += len(lines[end])
		end++
	}
	if end == i || end-i > maxLines || n > maxLen || !isBanner(strings.Join(lines[i:end], " ")) {
		return
	}
	for k := i; k < bannerEnd(lines, i, end); k++ {
		kinds[k] = kDrop
	}
}

// bannerEnd is where the banner in lines[i:end] ends: at the first line
// by which it is a banner (isBanner), and the lines that go on its last
// sentence. A line that opens a sentence of its own after a closed one is
// the writer's: an HTML banner in a block of its own is followed by the
// greeting with no blank line between them ("CAUTION: This email
// originated from outside … know the content is safe." / "Hi Grant,").
// Lines that still speak of mail from outside or warn of its links are
// the banner's, a sentence a line.
func bannerEnd(lines []string, i, end int) int {
	j := i + 1
	for j < end && !isBanner(strings.Join(lines[i:j], " ")) {
		j++
	}
	for j < end && !opensSentence(lines[j-1], lines[j]) {
		j++
	}
	if rest := strings.Join(lines[j:end], " "); j < end && (bannerSays.MatchString(rest) || bannerWarns.MatchString(rest) || bannerNames.MatchString(rest)) {
		return end // a banner of a sentence a line goes on saying so
	}
	return j
}

// opensSentence reports whether line, after prev, opens a sentence of its
// own: prev closes one (".", "!", "?") and line starts with a capital or a
// letter of a script without capitals.
func opensSentence(prev, line string) bool {
	prev, line = strings.TrimSpace(prev), strings.TrimSpace(line)
	if prev == "" || line == "" || !strings.ContainsRune(".!?。！？", []rune(prev)[len([]rune(prev))-1]) {
		return false
	}
	r := []rune(line)[0]
	return unicode.IsUpper(r) || unicode.IsLetter(r) && !unicode.IsLower(r)
}

// isBanner reports whether a paragraph is an external-sender banner: one
// that names itself, a tag alone or with its notice, or an external-sender
// notice with its caution about links and attachments.
func isBanner(para string) bool {
	if bannerNames.MatchString(para) || securedBy.MatchString(para) {
		return true
	}
	says := bannerSays.MatchString(para)
	if bannerTag.MatchString(para) {
		// The tag over a caution about links and attachments is the
		// banner whatever its notice says.
		return says || bannerWarns.MatchString(para) || len(strings.Fields(para)) <= 12
	}
	return says && bannerWarns.MatchString(para)
}

// protectiveMarking is a government's protective marking, which the mail
// systems of public bodies write alone on a line above and below the body
// of every mail they send, and in its subject: the UK's OFFICIAL and
// OFFICIAL-SENSITIVE (SWYDDOGOL in Welsh), Australia's UNOFFICIAL,
// OFFICIAL: Sensitive and [SEC=OFFICIAL], New Zealand's IN-CONFIDENCE,
// Canada's UNCLASSIFIED / NON CLASSIFIÉ and Protected B, bilingual pairs
// joined by "/", "-" or "|", and an Australian caveat after "//"
// ("OFFICIAL: Sensitive//Legal-Privilege"), Germany's "VS - NUR FÜR DEN
// DIENSTGEBRAUCH" (VS-NfD) and "VS-VERTRAULICH", France's, Belgium's and
// Luxembourg's "DIFFUSION RESTREINTE", the EU's "RESTREINT UE/EU
// RESTRICTED".
const protectiveMarking = `((un)?official|vs ?- ?nur für den dienstgebrauch|vs ?- ?nfd|nur für den dienstgebrauch|vs ?- ?vertraulich|diffusion restreinte|restreint ue|eu restricted|official([- ]|: ?)sensitive|swyddogol(-sensitif)?|in-confidence|unclassified|non classifi[ée]|protected( [abc])?|protégé( [abc])?|\[sec=[a-z: -]+\])`

// markingCaveat is a caveat a marking carries on its own line below it
// ("OFFICIAL: Sensitive" / "Legal Privilege"): the mail system's too.
var markingCaveat = mustGate(`(?i)^[\s*_\[]*(legal[- ]privilege|legislative[- ]secrecy|personal[- ]privacy|(national )?cabinet)[\s*_\]]*$`)

// classificationLabel is the line a labelling tool (Microsoft Purview,
// Titus, Boldon James) writes at the top or foot of a mail it classified:
// "Classification: Internal", "Sensitivity: Confidential", "Klassifizierung:
// Intern", "[Internal Use Only]", and a protectiveMarking alone or after
// such a name ("Classification: Protected B"). It is the tool's, not the
// writer's.
var classificationLabel = mustGate(`(?i)^[\s*_\[]*((information |data |security )?(classification|sensitivity|sensitivity label)|klassifizierung|klassifikation|vertraulichkeit(sstufe)?|einstufung|classification|sensibilité|niveau de confidentialité|classificazione|riservatezza|clasificación|confidencialidad|classificação|classificatie|vertrouwelijkheid|klasyfikacja)\s?:\s?` +
	`(public|internal|confidential|restricted|strictly confidential|highly confidential|general|secret|limited|official|official[- ]sensitive|protected|business use|internal use( only)?|öffentlich|intern|vertraulich|streng vertraulich|nur für den internen gebrauch|publique?|interne|confidentiel(le)?|restreint(e)?|diffusion (restreinte|limitée)|pubblico|uso interno|interno|riservato|confidenziale|ristretto|público|confidencial|restringido|reservado|openbaar|intern gebruik|vertrouwelijk|publiczne|wewnętrzne|poufne|` + protectiveMarking + `)[\s*_\]]*$|` +
	`^[\s*_\[]*` + protectiveMarking + `(\s*(/|\||-|–)\s*` + protectiveMarking + `)*(\s*//\s*[a-z -]+)?[\s*_\]]*$|` +
	`^[\s*_\[]*(internal use only|for internal use only|confidential - internal|nur für den internen gebrauch|usage interne( uniquement)?|solo uso interno|uso interno exclusivamente)[\s*_\]]*$`)

// markClassificationLabels drops classificationLabel's lines, wherever
// they stand (a marking frames the text, the signature and each quoted
// mail), and a markingCaveat on the line below one. A marking word in a
// sentence is the writer's and stays.
func markClassificationLabels(lines []string, kinds []lineKind) {
	label := false // the last line with text was a label
	for i, l := range lines {
		if kinds[i] == kEmpty {
			continue
		}
		label = kinds[i] == kText && len(l) < 80 && (classificationLabel.MatchString(l) || isConfidentialityMark(l) || label && markingCaveat.MatchString(l))
		if label {
			kinds[i] = kDrop
		}
	}
}

// confidentialityMark is the marking a company's labelling (Microsoft
// Purview's "Private and Confidential" label, written into the body) or
// a public body's mail system puts alone on a line above the body:
// "PRIVATE & CONFIDENTIAL", "STRICTLY CONFIDENTIAL", Malaysia's "SULIT",
// "RAHSIA", "TERHAD" and "SULIT & PERSENDIRIAN", Indonesia's "RAHASIA"
// and "TERBATAS", the Philippines' "KUMPIDENSYAL", Thailand's "ลับ",
// Vietnam's "MẬT", Japan's "社外秘" and "極秘", Southern Europe's
// "RISERVATO", "CONFIDENCIAL", "ΕΜΠΙΣΤΕΥΤΙΚΟ", "POVJERLJIVO". It is read
// only in capitals (isConfidentialityMark): "Confidential" as a heading
// is the writer's.
var confidentialityMark = mustGate(`(?i)^[\s*_\[]*((strictly |highly )?(private (&|and) )?confidential|strictly private( (&|and) confidential)?|private (&|and) confidential|` +
	`(sulit|rahsia|terhad)( (&|dan) (persendirian|sulit))?|persendirian (&|dan) sulit|rahsia besar|(sangat )?rahasia|terbatas|pribadi (&|dan) rahasia|kumpidensyal|` +
	`ลับ(มาก|ที่สุด)?|(tối |tuyệt )?mật|社外秘|部外秘|極秘|関係者外秘|取扱注意|機密|` +
	`(strettamente )?(riservato|confidenziale)( e (confidenziale|riservato))?|(estritamente |estrictamente )?(confidencial|privado (e|y) confidencial)|` +
	`(αυστηρά )?εμπιστευτικό|απόρρητο|(strogo )?povjerljivo)[\s*_\]]*$`)

// isConfidentialityMark reports whether the line l is a
// confidentialityMark written as a marking is, in capitals.
func isConfidentialityMark(l string) bool {
	return confidentialityMark.MatchString(l) && strings.ToUpper(l) == l
}
