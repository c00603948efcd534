package intake

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// noticeStart is how the confidentiality notices that company mail
// servers and Outlook templates append begin, in the languages of the
// header blocks: "CONFIDENTIALITY NOTICE:", "This e-mail and any
// attachments are confidential", "Diese E-Mail enthält vertrauliche",
// "Ce message et ses pièces jointes sont confidentiels", "Este mensaje
// es confidencial", "Questo messaggio è riservato", "Dit bericht is
// vertrouwelijk", and a company's registration line that opens one
// ("Acme plc is registered in England and Wales (No. 0123456). This
// e-mail … is confidential", "Bloemhof B.V. is ingeschreven bij de KvK
// onder nummer 61234567", "Savannah Agro Ltd is a private limited company
// registered in Kenya under the Companies Act", the German "Pflichtangaben
// nach § 125a HGB: …") or stands alone below the signature, by its
// court, register or seat ("Trgovački sud u Zagrebu", "Sąd Rejonowy",
// "Styrelsens säte: Malmö") or its registration or VAT number near its
// start ("ООО «X», ОГРН 1027700132195", "код ЄДРПОУ 12345678", "ПИБ
// 101234567", "OIB: 12345678903", "Hofstede B.V. | Kanaalweg 22, Utrecht
// | KvK 61234567", "Org.nr 556123-4567", the Swiss "MWST-Nr.
// CHE-123.456.789 MWST", the French trade register and the company's
// number in it, "Acme SAS – capital de 250 000 € – RCS Nanterre B 999
// 123 456 – Ce message …"); and a notice headed by the data protection it
// informs of ("INFORMACIÓN BÁSICA SOBRE PROTECCIÓN DE DATOS: Responsable:
// … Este mensaje es confidencial", "Datenschutzhinweis: …"), which
// noticeAt still reads as a notice only when it speaks as one. The
// Nordic notices often open with what the mail holds ("Informationen i
// detta e-postmeddelande är konfidentiell", "Indholdet af denne e-mail
// er fortroligt"), a Welsh one with the mail itself ("Mae'r e-bost hwn
// … yn gyfrinachol", this e-mail … is confidential). Korean
// and Japanese notices open with the reference mark, "※ 본 메일은 수신자만을
// 위한 …", "※本メールは …". Those of South Asia open with this e-mail in
// Sinhala, Tamil, Hindi, Nepali, Marathi or Bengali ("இந்த மின்னஞ்சல்
// மற்றும் அதன் இணைப்புகள் இரகசியமானவை …", "यह ईमेल गोपनीय है …"), their
// scripts' words for confidential making them notices. The label of a notice may be the word for
// notice or attention in the languages of South-East and East Asia
// ("PEMBERITAHUAN: Email ini …", "Lưu ý: Email này …", "注意：本邮件…").
// A plea to think of the environment before printing stands alone as the
// footer too ("Please consider the environment …", "Zanim wydrukujesz tę
// wiadomość, pomyśl o środowisku.", "Afin de contribuer au respect de
// l'environnement, merci de n'imprimer ce courriel qu'en cas de
// nécessité.", "Préservons l'environnement : n'imprimez …"). Public
// bodies add their own: the US "STATEMENT OF CONFIDENTIALITY:", a
// Florida county's "PLEASE NOTE: Florida has a very broad public records
// law …", and the Welsh Language Standards' "Rydym yn croesawu gohebiaeth
// yn Gymraeg … / We welcome correspondence in Welsh …" above a Welsh
// council's notice. Schools, colleges and charities that work with
// children add their safeguarding statement, alone or above the notice
// ("St Anne's School is committed to safeguarding and promoting the
// welfare of children …", "This school is committed to the safeguarding
// of children in line with Children First …").
var noticeStart = mustGate(`(?i)^[\s*_※]*((important|notice|caution|warning|please note|privileged( and confidential)?|(gdpr|rgpd|dsgvo|lgpd|rodo|kvkk|popia|pdpa)( \pL+){0,2}|` +
	`pemberitahuan|perhatian|peringatan|penting|notis|makluman|lưu ý|chú ý|cảnh báo|ประกาศ|หมายเหตุ|คำเตือน|ご?注意(事項)?|重要|声明|聲明|주의|알림|안내)\s*[:：!\-–]\s*)?(` +
	`(confidentiality|privacy|legal) (notice|note|statement|disclaimer)|(statement|notice) of confidentiality\b|disclaimer\s*:|` +
	`.{0,80}\bpublic records law\b|.{0,80}\b(is|are) (fully |wholly |deeply )?committed to (the )?safeguarding\b|(rydym yn|mae('r| ?r)? \pL+ yn) croesawu gohebiaeth yn gymraeg|we welcome (correspondence|communication|calls|e-?mails|letters) in welsh\b|` +
	`.{0,80}\b(is )?registered in (england|scotland|wales|northern ireland|ireland)\b|.{0,80}\bis an? (\pL+ ){0,3}(company|corporation|partnership) (registered|incorporated) in\b|.{0,120}\bregistered (under|with) the .{0,80}\b(act|regulator|registrar|commission|fca|authority)\b|.{0,80}\b(is|are) authori[sz]ed (and regulated )?by the\b|.{0,80}\b(is|are) regulated by the\b|registered (office|number)\b|company registration\b|(btw|tva|vat|ust-?id(nr)?\.?|mwst|uid|iva)(-?nr\.?| no\.?| number)?\s*:?\s*(che-?|[a-z]{2})\s?\d[\d. ]{5,}|.{0,80}\b(sitz der gesellschaft|registergericht|amtsgericht|handelsregister|partnerschaftsregister|firmenbuch(gericht)?|sede legale|capitale sociale|registro delle imprese|registro mercantil|au capital de|member fdic|equal housing lender|member sipc|` +
	`maatschappelijke zetel|siège social|z siedzibą w|sąd rejonowy|krajowego rejestru sądowego|kapitał zakładowy|obchodním rejstříku|obchodnom registri|ticaret sicil\pL*|` +
	`trgovačk\pL* sud\pL*|temeljni kapital|(pib|oib|mbs)\s*:?\s*\d{8,}|rcs( [\pL'-]+){1,3} ([ab] )?\d{3}[ \x{a0}]?\d{3}[ \x{a0}]?\d{3}|(kvk|kamer van koophandel)(-?nummer|-?nr\.?)?\s*:?\s*\d{8}|is ingeschreven (bij|in) (de |het )?(kvk|kamer van koophandel|handelsregister)\D{0,20}\d{8}|styrelsens säte|org\.? ?nr\.?:? ?\d[\d -]{5,})\b|.{0,80}(^|[^\pL])(огрн(ип)?|єдрпоу|пиб)\s*:?\s*\d{8,}|` +
	`(p\s|\W){0,4}(please )?consider the environment\b|.{0,20}\bdenken sie an die umwelt\b|.{0,40}\b(pens(ez|er) à|respect de|(respect|préserv|protég)(ons|ez)) l'environnement\b|.{0,20}\bdenk aan het milieu\b|.{0,20}\bpiense en el medio ambiente\b|.{0,20}\bpensa all'ambiente\b|.{0,20}\bpense no meio ambiente\b|(.{0,40}\b)?(zanim wydrukujesz|pomyśl o środowisku)\b|` +
	`.{0,80}\b(nicht für den empfang|keine fristwahrenden|kein zugang für)\b|` +
	`(this|the information (contained )?in this) (e-?mail|message|communication|transmission)\b|` +
	`[^:.]{0,40}\b(protección de datos|proteção de dados|data protection|protection des données|protezione dei dati|gegevensbescherming|ochrona danych|datenschutz\pL*)[^:.]{0,20}:|` +
	`(diese|die) (e-?mail|nachricht|mitteilung)\b|der inhalt (dieser|dieses) (e-?mail|nachricht|mitteilung)\b|(the )?contents? of this (e-?mail|message)\b|le contenu de ce (message|courriel|mail)\b|il contenuto (di questo|del presente) (messaggio|e-?mail)\b|el contenido de este (mensaje|correo)\b|de inhoud van (dit|deze) (bericht|e-?mail)\b|(vertraulichkeitshinweis|haftungsausschluss|pflichtangaben)\b|` +
	`(ce|le présent) (message|courriel|e-?mail|mail)\b|avis de confidentialité|avertissement\b|penafian\s*:|yasal uyar|הודעה זו|הודעת דוא"ל זו|تنويه\s*:|إخلاء (ال)?مسؤولية|هذه الرسالة|این (پیام|ایمیل)|ข้อความนี้|อีเมลนี้|(email|thư) này|thông báo bảo mật|bu e-?posta|e-?mel ini|email ini|pemberitahuan kerahasiaan|.{0,80}\b(verarbeitung (ihrer )?personenbezogene[nr]? daten|processing of (your )?personal data|how we (use|process) (your )?personal (data|information)|traitement de vos données personnelles|tratamiento de (sus )?datos personales|trattamento dei (suoi )?dati personali)|` +
	`(este|el presente|o presente) (mensaje|correo|e-?mail|mensaxe)\b|aquest (missatge|correu)|aviso (legal|de confidencialidad)\b|av[ií]s (legal|de confidencialitat)\b|` +
	`(questo|il presente) (messaggio|e-?mail)\b|avviso di riservatezza\b|` +
	`(de informatie in )?(dit|deze) (bericht|e-?mail|e-?mailbericht)\b|aan (dit|deze) (e-?mail)?(bericht|e-?mail) kunnen geen rechten worden ontleend|treść (tej|niniejszej) wiadomości|` +
	`(esta|a presente) (mensagem|e-?mail)\b|aviso de confidencialidade\b|` +
	`(le informazioni|the information|les informations|la información|as informações|die informationen) (contenute|contained|contenues|contenida|contidas|in dieser)\b|` +
	`bu (e-?posta|ileti|mesaj)\b|هذه الرسالة|(ta|niniejsza) wiadomość|(tento|tato|táto) (zpráva|správa|e-?mail|e-?mailová zpráva)|ai sensi del|en cumplimiento de|ez az (e-?mail|üzenet)|see e-kiri|konfidentsiaalne|(это|данное) (сообщение|письмо)|` +
	`(denne|dette) (e-?mail|e-?posten?|meddelelse|melding(en)?|besked)\b|(detta|det här) (e-?post(meddelande)?|meddelande)\b|(informationen|informasjonen|oplysningerne|opplysningene|innehållet|indholdet|innholdet) (i|af|av) (denne|dette|detta|det här) (e-?mail(en)?|e-?post(en|meddelande(t)?)?|meddelelse(n)?|melding(en)?|meddelande(t)?|besked(en)?)\b|mae'r (e-?bost|neges( e-?bost)?) (hwn|hon)\b|tämä (sähköposti(viesti)?|viesti)\b|þessi (tölvupóstur|póstur)|käesolev e-?kiri|šis (e-?pasts|e-?pasta|el\. ?laiškas|laiškas)|šiame (elektroniniame )?laiške|šī (vēstule|ziņa)|(acest|prezentul) (e-?mail|mesaj)\b|(ova|ta|to) (poruka|sporočilo|e-?pošta|e-?poruka)\b|(ова|ова е-) ?(порука|пошта)|(този|това) (имейл|е-?мейл|съобщение|писмо)|(цей|це|дане) (лист|повідомлення|електронний лист)|` +
	`(սույն|այս) (էլ\. ?|էլեկտրոնային )?(նամակ|հաղորդագրություն)|ეს (ელ\. ?|ელექტრონული )?(წერილი|შეტყობინება|ფოსტა)|bu (e-?poçt|elektron məktub|məktub)\b|` +
	`(бұл|осы) (электрондық )?(хат|хабарлама)|(ushbu|bu) (elektron )?(xat|pochta|xabar)\b|(бул|ушул) (электрондук )?(кат|билдирүү)|(энэ|энэхүү) (цахим )?(шуудан|захидал)|(ин|мазкур) (мактуб|паём)|` +
	`(confidential|vertraulich|confidentiel|confidencial|riservat|vertrouwelijk|fortrolig|konfidentiel|konfidensiell|sekretess|luottamuksellin|trúnaðar|konfidenci|konfidentsiaal|zaupn|povjerljiv|poverljiv|dôvern|důvěrn|poufn|bizalmas|confiden[țţ]ial|εμπιστευτικ|конфиденциальн|конфіденційн|поверљив|поверител)\pL*\s*[:!.\-–]|` +
	`この(メール|電子メール)|本(電子)?(メール|邮件|郵件|电子邮件|電子郵件)|මෙම (විද්\x{200d}?යුත් තැපෑල|ඊ-?මේල්)|இந்த (மின்னஞ்சல்|மின்-அஞ்சல்)|(यह|इस|यो|हा|ही) (ई-?मेल|इ-?मेल|इमेल)|এই (ই-?মেইল|ই-?মেল|ইমেইল|ইমেল)|(이|본) (메일|이메일|전자 ?메일)|(email|thư|thư điện tử|e-mail) này|ข้อความ(ใน)?อีเมล(ฉบับ)?นี้|อีเมล(ฉบับ)?นี้|το (παρόν )?(μήνυμα|email))`)

// printPlea reports whether paragraph p is a company's plea to think of
// the environment before printing, in whatever language: short, no
// digits, and it names printing (pleaPrint), the environment or the
// trees (pleaNature), the mail or a document (pleaMail), and a "before"
// or a need (pleaBefore): "Tänk på miljön innan du skriver ut detta
// mejl.", "Antes de imprimir este e-mail pense bem se tem mesmo que o
// fazer. Poupe o ambiente.", "Bu e-postayı yazdırmadan önce çevreyi
// düşünün.". A writer's "The print environment is fine now; the e-mail
// came through." names no "before".
func printPlea(p string) bool {
	const maxPlea = 240
	if utf8.RuneCountInString(p) > maxPlea || strings.ContainsAny(p, "0123456789") {
		return false
	}
	return pleaPrint.MatchString(p) && pleaNature.MatchString(p) && pleaMail.MatchString(p) && pleaBefore.MatchString(p) && natureStated(p, pleaNature)
}

// natureStated reports whether paragraph p names nature (the
// environment, or thinking, for a thinkPlea) in a sentence that is not
// a question. A plea may ask ("Do you really need to print this e-mail?
// Think of the environment.", "¿Necesita imprimir este correo? Piense en
// el medio ambiente.") but says its reason; a writer's question that
// happens to name all four words ("Can you print the e-mail before the
// audit on the environment?") says nothing and is no plea.
func natureStated(p string, nature *gatedRegexp) bool {
	if !strings.ContainsAny(p, "?？") {
		return true
	}
	start := 0
	for i, r := range p {
		switch r {
		case '.', '!', '。', '！':
			if nature.MatchString(p[start:i]) {
				return true
			}
			start = i + utf8.RuneLen(r)
		case '?', '？':
			start = i + utf8.RuneLen(r)
		}
	}
	return nature.MatchString(p[start:])
}

// thinkPlea reports whether paragraph p is the plea that names no
// environment but asks the reader to think before printing the mail:
// "Antes de imprimir este correo electrónico, piense bien si es
// necesario hacerlo.", "Think before you print this e-mail.". Such
// words are a writer's too ("I think we print the e-mail before the
// hearing"), so noticeEnd takes the paragraph only beside a notice. A
// question is no plea.
func thinkPlea(p string) bool {
	const maxPlea = 240
	if utf8.RuneCountInString(p) > maxPlea || strings.ContainsAny(p, "0123456789?¿") {
		return false
	}
	return pleaPrint.MatchString(p) && pleaThink.MatchString(p) && pleaMail.MatchString(p) && pleaBefore.MatchString(p)
}

// printPleaWords and thinkPleaWords are what printPlea and thinkPlea
// look for, for pleaAt.
var (
	printPleaWords = [4]*gatedRegexp{pleaPrint, pleaNature, pleaMail, pleaBefore}
	thinkPleaWords = [4]*gatedRegexp{pleaPrint, pleaThink, pleaMail, pleaBefore}
)

// pleaAt reports whether the paragraph at line i, three lines at most,
// names all four of words, read line by line so that most paragraphs,
// which name no printing, cost no copy. A thinkPlea opening the footer
// still needs a notice beside it (noticeEnd).
func pleaAt(lines []string, kinds []lineKind, i int, words [4]*gatedRegexp) bool {
	const maxLines, maxPlea = 3, 240
	n, found, asks := 0, [4]bool{}, false
	j := i
	for ; j < len(kinds) && j < i+maxLines && kinds[j] == kText; j++ {
		l := lines[j]
		if n += utf8.RuneCountInString(l); n > maxPlea || strings.ContainsAny(l, "0123456789") {
			return false
		}
		said := false
		for k, re := range words {
			m := re.MatchString(l)
			found[k] = found[k] || m
			said = said || m
		}
		if j == i && !said {
			return false // the plea opens the paragraph: a name or company line above it is the signature's
		}
		asks = asks || strings.ContainsAny(l, "?？")
	}
	if found != [4]bool{true, true, true, true} {
		return false
	}
	return !asks || natureStated(strings.Join(lines[i:j], " "), words[1])
}

// The words of a printPlea, as stems, in the languages it is written in.
var (
	pleaPrint  = mustGate(`(?i)(^|[^\pL])(print|stamp)|druck|imprim|afdruk|drukow|wydruk|tisk|tlač|nyomtat|skriv(a|er|e)? ut|udskriv|utskrift|tulost|yazdır|ispis|ispiš|štamp|natisn|tipări|prenta|trüki|printi|drukā|spausdin|εκτυπ|печат|друк|طباع|چاپ|הדפס`)
	pleaNature = mustGate(`(?i)environment|umwelt|environnement|ambiente|milieu|środowisk|prostředí|prostredie|környezet|miljö|miljø|ympäristö|çevre|okoliš|okolje|mediu|keskkon|aplink|περιβάλλον|окружающ|природ|довкілл|البيئة|محیط زیست|הסביבה|umhverf|planet|(^|[^\pL])(trees?|bäume|arbres?|árbol|árvore|alberi|bomen|drzew|stromy|träd|trær|træer|puita|ağaç)`)
	pleaThink  = mustGate(`(?i)(^|[^\pL])(think|consider)|denk|überleg|pens|piens|rifletti|riflett|overweeg|pomyśl|zastanów|zvaž|přemýšl|zamysl|gondol|tänk|tænk|tenk|overvej|vurder|ajattel|harkit|düşün|razmisl|promisli|premisli|gândi|gandi|hugs|mõtle|padomā|pagalvok|apsvarst|σκεφτ|подума|помисл|обдума|فكر|تفكر|فکر|חשוב|考虑|考慮|考え|생각`)
	pleaMail   = mustGate(`(?i)mail|mejl|e-?post|messag|mensa|bericht|nachricht|wiadomo|zpráv|správ|üzenet|meddel|melding|besked|viesti|sähköpost|ileti|poruk|sporočil|mesaj|kiri|vēstul|laišk|μήνυμα|письм|сообщени|лист|رسال|بريد|ایمیل|پیام|הודעה|מייל|courriel|correo|document|dokument`)
	pleaBefore = mustGate(`(?i)(^|[^\pL])(prima|pred|enne|før|než|inden|need)([^\pL]|$)|before|unless|only if|necess|bevor|nötig|notwendig|avant|antes|voordat|alvorens|nodig|zanim|przed|potrzeb|před|nutn|mielőtt|előtt|szüksé|innan|nödvändig|nødvendig|ennen|välttämät|önce|gerek|prije|potreb|preden|înainte|necesar|vajalik|pirms|nepieciešam|prieš|būtina|πριν|απαραίτητ|перед|прежде|необходим|قبل|ضروري|لازم|پیش از|לפני|הכרחי|áður|nauðsyn`)
)

// registerOpener is the German signature's register line, which opens
// with its managing directors ("Geschäftsführer: Maria Lindqvist, Peter
// Haas | Sitz der Gesellschaft: Hamburg | Amtsgericht Hamburg HRB
// 167342"): the signature's last lines, not a notice.
var registerOpener = mustGate(`(?i)^\s*(geschäftsführer(in)?|geschäftsführung|vorstand|geschäftsführende gesellschafter(in)?)\s*:`)

// noticeWords are the words that make such a paragraph a notice rather
// than the writer's text about an e-mail: one of confidentiality, or two
// of wrong or intended recipients.
var (
	noticeStrong = mustGate(`(?i)confidential|cyfrinachol|sulit|rahasia|חסוי|סודי|محرمانه|bảo mật|ความลับ|vertraulich|confidentiel|confidencial|confidenciais|riservat|vertrouwelijk|privileged|rechtlich geschützt|gizli|سري|poufn|důvěrn|bizalmas|konfidentsiaal|конфиденциальн|конфіденційн|поверљив|поверител|գաղտնի|კონფიდენციალ|məxfi|құпия|maxfiy|купуя|нууц|махфӣ|fortrolig|konfidentiel|konfidensiell|sekretess|luottamuksellis|trúnað|konfidenci|zaupn|povjerljiv|poverljiv|dôvern|confidenț|confidenţ|機密|机密|保密|기밀|εμπιστευτικ|bảo mật|ความลับ|秘密|රහස්\x{200d}?ය|இரகசிய|ரகசிய|गोपनीय|गोप्य|গোপনীয়`)
	noticeWeak   = mustGate(`(?i)intended (solely |only )?for|destinataire|destinatario|adressat|geadresseerde|in error|irrtümlich|par erreur|por error|per errore|abusivement|unauthori[sz]ed|prohibited|untersagt|interdit|prohibid|vietat|uitsluitend bestemd|onterecht|ten onrechte|aansprakelijkheid|liability|haftung|responsabilit|` +
		`yanlışlıkla|yetkisiz|(yalnızca|sadece) (alıcısına|muhatabına)|adres[aá]t|przez pomyłkę|omyłkowo|omylem|παραλήπτ|εκ παραδρομής|` +
		`לנמען|בטעות|المرسل إليه|عن طريق الخطأ|по ошибке|помилково|адресат|грешком|greškom|pogreškom|примаоц|primaoc|primatelj|` +
		// Korean: the recipient, received or sent in error, without
		// permission, prohibited ("수신자만을 위한 …", "잘못 수신하신 경우",
		// "무단 복제 및 배포를 금합니다")
		`수신자|수신인|잘못 (수신|전송|전달|발송|받으)|무단|허가 없이|금(합니다|지)`)
)

// dataProtection is what the privacy paragraph below a confidentiality
// notice speaks of: the GDPR in its languages' names, data protection,
// a privacy policy.
var dataProtection = mustGate(`(?i)\b(gdpr|rgpd|dsgvo|avg|lgpd|rodo|kvkk|popia|pdpa|hipaa)\b|protection of personal information|data protection|privacy (policy|notice|statement)|datenschutz|protection des données|protección de datos|protezione dei dati|gegevensbescherming|proteção de dados|ochrona danych|kişisel veri`)

// footerSays is what the other paragraphs of a company's footer say:
// its registration ("Amtsgericht Hamburg HRB 123456", "registered in
// England", "Styrelsens säte: Malmö", "Юридический адрес: …",
// "Регистровано код Агенције за привредне регистре"), or a plea to think
// of the environment before printing ("… respect de l'environnement,
// merci de n'imprimer …"), a public body's word that its mail is public
// record or that it welcomes correspondence in Welsh, a school's
// commitment to safeguarding children, a German authority's or court's
// word that the address takes no signed documents or filings that keep
// a time limit ("… nicht für den Empfang elektronisch signierter …
// Dokumente eröffnet", "… keine fristwahrenden Schriftsätze …"), how a
// classified message may be passed on ("… qu'à des personnes ayant
// besoin d'en connaître"), and how the personal data in the message are
// processed ("i dati personali … sono trattati …"). A registration
// number alone ("OIB", "ПИБ")
// is no such word: the writer's own paragraph may name theirs.
var footerSays = mustGate(`(?i)\b(amtsgericht|registergericht|handelsregister|partnerschaftsregister|firmenbuch(gericht)?|hrb \d|sitz der gesellschaft|geschäftsführer|vorstand|aufsichtsrat|(registered|incorporated) (in|office|number|under|with)|company (no|number|registration)|kvk|rcs|siège social|au capital de|sede legale|capitale sociale|registro delle imprese|partita iva|registro mercantil|member fdic|equal housing lender|member sipc|member finra|nmls|rpr|rpm|kbo|ondernemingsnummer|ust-?id(nr)?|mwst|` +
	`maatschappelijke zetel|styrelsens säte|krs|regon|sąd rejonowy|kapitał zakładowy|obchodním rejstříku|obchodnom registri|spisová značka|ticaret sicil\pL*|` +
	`trgovačk\pL* sud\pL*|temeljni kapital|privredn\pL* regist\pL*)\b|юридическ\pL* адрес|юридичн\pL* адрес|уставн\pL* капитал|статутн\pL* капітал|привредн\pL* регист|` +
	`committed to (the )?safeguarding|may be monitored|(is|are) monitored for|subject to (the )?(public records|open records|freedom of information|foia)|may be disclosed to third parties|public records law|subject to public disclosure|` +
	`croesawu gohebiaeth yn gymraeg|welcome (correspondence|communication|calls|e-?mails|letters) in welsh|` +
	`verarbeitung (ihrer )?personenbezogene[nr]? daten|processing of (your )?personal data|traitement de vos données personnelles|tratamiento de (sus )?datos personales|trattamento dei (suoi )?dati personali|` +
	`elektronisch signierter|fristwahrende\pL*|elektronischen rechtsverkehr|besoin d'en connaître|need[- ]to[- ]know basis|` +
	`dati personali .{0,80}\b(sono|vengono) trattati|personenbezogene(n)? daten .{0,80}\bverarbeitet|données (personnelles|à caractère personnel) .{0,80}\btraitées|persoonsgegevens .{0,80}\bverwerkt|personal data .{0,80}\b(is|are) processed|` +
	`consider the environment|an die umwelt|à l'environnement|l'environnement\b.{0,80}\bimprim|aan het milieu|medio ambiente|all'ambiente|meio ambiente|o środowisku|på miljön|på miljøet|ympäristö|životní prostředí`)

// noticeLabel opens a paragraph that calls itself a notice: "Disclaimer:
// This e-mail and its contents are subject to …".
var noticeLabel = mustGate(`(?i)^[\s*_]*(disclaimer|legal notice|email disclaimer|e-mail disclaimer)\s*:`)

// isNoticeText reports whether a paragraph speaks as a notice does.
func isNoticeText(p string) bool {
	if noticeStrong.MatchString(p) || noticeLabel.MatchString(p) {
		return true
	}
	weak := map[string]bool{}
	for _, w := range noticeWeak.FindAllString(strings.ToLower(p), -1) {
		weak[w] = true
	}
	return len(weak) >= 2
}

// noticeHeading reports whether l opens with a heading in capitals that
// names confidentiality, one to three words and a colon:
// "KONFIDENCIALUMO PRANEŠIMAS: …", "KONFIDENCIĀLS PAZIŅOJUMS: …",
// "NAPOMENA O POVJERLJIVOSTI: …" in the languages noticeStart does not
// list the heading of. A writer's own "NOTE: …" names none.
func noticeHeading(l string) bool {
	head, _, ok := capitalHeading(l)
	return ok && noticeStrong.MatchString(head)
}

// capitalHeading splits l at the colon of a heading it opens with: one to
// three words of letters in capitals ("AVISO LEGAL", "PRÁVNÍ
// UPOZORNĚNÍ"); rest is what follows the colon.
func capitalHeading(l string) (head, rest string, ok bool) {
	const maxWords = 3
	t := strings.TrimLeft(l, " \t*_")
	c := strings.IndexAny(t, ":：")
	if c <= 0 || c > 80 {
		return "", "", false
	}
	head = t[:c]
	words := strings.Fields(head)
	if len(words) == 0 || len(words) > maxWords || strings.IndexFunc(head, unicode.IsLower) >= 0 ||
		strings.IndexFunc(head, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsSpace(r) }) >= 0 {
		return "", "", false
	}
	return head, t[c:], true
}

// headedNotice reports whether l is a notice under a heading in capitals,
// one to three words and a colon, that does not name confidentiality
// but opens a sentence as noticeStart's notices do: "AVISO LEGAL: Este
// mensaje …", "RECHTLICHER HINWEIS: Diese E-Mail enthält …", "PRÁVNÍ
// UPOZORNĚNÍ: Tato zpráva …". The heading may be any label; the
// sentence says what the paragraph is, and noticeEnd still wants the
// paragraph to speak as a notice. A writer's "NOTE: this file …" opens
// no notice's sentence.
func headedNotice(l string) bool {
	_, after, ok := capitalHeading(l)
	if !ok {
		return false
	}
	_, rest, _ := strings.Cut(after, " ")
	return rest != "" && noticeStart.MatchString(strings.TrimLeft(rest, " \t"))
}

// gluedNotice reports whether l opens a notice that may follow the
// signature's last line with no blank line between: under a heading in
// capitals of two or three words that names confidentiality
// ("CONFIDENTIALITY NOTICE:", "AVIS DE CONFIDENTIALITÉ :"), speaking of
// the recipient or of mail received in error. A writer's own
// "CONFIDENTIAL: do not forward …" has neither. A plea for the
// environment on one line of its own (printPlea: "Bitte denken Sie an
// die Umwelt, bevor Sie diese E-Mail ausdrucken.") follows the
// signature's last line so too, printed by the client with it; a
// thinkPlea, which names no environment, is a writer's sentence as
// often and needs its blank line; so does a question.
func gluedNotice(l string) bool {
	if t := strings.TrimSpace(l); printPlea(t) && !strings.ContainsAny(t, "?¿？") {
		return true
	}
	if !noticeHeading(l) {
		return false
	}
	head, _, _ := strings.Cut(strings.TrimLeft(l, " \t*_"), ":")
	return len(strings.Fields(head)) >= 2 && noticeWeak.MatchString(l)
}

// noticeAt reports whether the paragraph starting at line i opens a
// confidentiality notice that runs to the end of the body or to the
// history below it: it begins a paragraph, opens as a notice does, and
// every paragraph from it to that end speaks of confidentiality or wrong
// recipients (notices come in several languages one after the other) or
// is the rest of a company's footer (its registration, a plea for the
// environment, a data-protection paragraph after the notice), within a
// notice's length.
func noticeAt(lines []string, kinds []lineKind, i int) bool {
	_, ok := noticeEnd(lines, kinds, i)
	return ok
}

// noticeEnd is noticeAt with the line the notice ends at. A line of the
// company's managing board ends it too (boardAt): the signature keeps
// that line wherever it stands, as a paragraph of its own below the
// register paragraph ("Brunnhofer Logistik GmbH · Sitz: Nürnberg ·
// Amtsgericht Nürnberg, HRB 55123" / "" / "Geschäftsführer: Petra
// Brunnhofer, Klaus Meidl") or as the register paragraph's last line
// ("Registergericht: Amtsgericht Köln HRB 98765 · USt-IdNr.:
// DE123456789" / "Geschäftsführer: Andreas Roth"), and what follows it
// is read on its own.
//
// A register line (registerLine) opens a footer too, as a paragraph
// of its own below the signature ("ΑΦΜ: 099887766 | ΔΟΥ: ΦΑΕ Αθηνών |
// Αρ. ΓΕΜΗ: 123456701000") or over the notice it runs into ("Carpați
// Logistic SRL | CUI RO12345678 | J40/1234/2015" / "This message and
// any attachments are confidential …"); a paragraph of register lines
// alone is the footer's where a notice or the register's words stand
// with it. Inside the signature's block, with no blank line above, such
// a line is the signature's and stays.
func noticeEnd(lines []string, kinds []lineKind, i int) (int, bool) {
	const maxNoticeLines = 15
	if i > 0 && kinds[i-1] != kEmpty && kinds[i-1] != kDelimiter && kinds[i-1] != kDrop && !gluedNotice(lines[i]) {
		return 0, false
	}
	echo := companyEcho(lines, kinds, i)
	if !echo && !noticeStart.MatchString(lines[i]) && !registerLine(lines[i]) && !registeredCompany(lines[i]) && !noticeHeading(lines[i]) && !headedNotice(lines[i]) && !translatedNotice(lines, kinds, i) && !pleaAt(lines, kinds, i, printPleaWords) && !pleaAt(lines, kinds, i, thinkPleaWords) || registerOpener.MatchString(lines[i]) {
		return 0, false
	}
	n, paras, said, registerOnly := 0, 0, false, true
	var para strings.Builder
	for j := i; j-i <= 2*maxNoticeLines; j++ {
		// History below the notice ends it as the body's end does: the
		// notice sits between the signature and the quoted mail (or a
		// phone's footer that Outlook mobile puts above the quote).
		end := j == len(kinds) || isHistory(kinds[j]) || kinds[j] == kQuote || kinds[j] == kMobileSig || boardAt(lines, kinds, j)
		if end || kinds[j] == kEmpty || kinds[j] == kDelimiter {
			if para.Len() > 0 {
				// A paragraph on data protection may follow a notice
				// ("Protección de datos: … conforme al RGPD"); it cannot
				// open one.
				p := para.String()
				switch {
				case isNoticeText(p) || footerSays.MatchString(p) || paras > 0 && dataProtection.MatchString(p) || printPlea(p) || paras == 0 && echo:
					said = true
				case !registerOnly && !thinkPlea(p):
					// A plea to think before printing that names no
					// environment goes with a notice, above or below
					// it, and makes no footer alone.
					return 0, false
				}
				paras++
			}
			if end {
				return j, said && n <= maxNoticeLines
			}
			para.Reset()
			registerOnly = true
			continue
		}
		if kinds[j] == kDrop {
			continue // an image between the footer's paragraphs
		}
		if kinds[j] != kText {
			return 0, false
		}
		n++
		registerOnly = registerOnly && registerLine(lines[j])
		para.WriteString(lines[j])
		para.WriteByte(' ')
	}
	return 0, false
}

// registeredCompany reports whether l opens a company's register
// sentence in English, wherever the company is registered: its name,
// capitalised words ending in its legal form ("Ltd", "Limited", "Inc",
// "Plc", "S.A.", "GmbH"), then "is registered in" or "is incorporated
// in" ("Kilimani Heights Academy Ltd is registered in Kenya under
// Company No. …, registered office: …"). noticeStart knows the sentence
// where it names England, Scotland, Wales or Ireland; a register names
// the company's own country. A writer's "Our school is registered in
// Kenya …" names no legal form.
func registeredCompany(l string) bool {
	const maxWords = 8
	t := strings.TrimSpace(l)
	k := strings.Index(t, " is registered in ")
	if k < 0 {
		k = strings.Index(t, " is incorporated in ")
	}
	if k < 0 {
		return false
	}
	subject := strings.TrimRight(t[:k], ",")
	words := strings.Fields(subject)
	if len(words) < 2 || len(words) > maxWords {
		return false
	}
	if !capitalisedWords(words, ",&–-()") {
		return false
	}
	form := strings.ToLower(strings.TrimSuffix(words[len(words)-1], "."))
	return companyLine(subject) || form == "limited" || companyAbbrev[form] && form != "jr" && form != "sr" && form != "dr"
}

// companyEcho reports whether the paragraph at line i is the company's
// register paragraph under its signature, in whatever language: it opens
// with the company's name and legal form as a line of the signature
// right above writes it (companyLine: "Grupo Atlântico Hotéis, S.A." /
// "" / "Grupo Atlântico Hotéis, S.A., sociedade anónima com sede na …,
// matriculada … sob o número 509 876 543, com o capital social de …")
// and holds the register's numbers. A writer's paragraph seldom opens
// with their company's full legal name, and never repeats a line of
// their own signature with figures under it.
func companyEcho(lines []string, kinds []lineKind, i int) bool {
	if i < 2 || kinds[i-1] != kEmpty || kinds[i] != kText {
		return false
	}
	digits := false
	for j := i; j < len(kinds) && kinds[j] == kText && !digits; j++ {
		digits = strings.ContainsAny(lines[j], "0123456789")
	}
	if !digits {
		return false
	}
	head := strings.TrimSpace(lines[i])
	for j := i - 2; j >= 0 && kinds[j] == kText; j-- {
		l := strings.TrimSpace(lines[j])
		if rest, ok := strings.CutPrefix(head, strings.TrimSuffix(l, ".")); ok && rest != "" && companyLine(l) && strings.ContainsAny(rest[:1], ".,;: ") {
			return true
		}
	}
	return false
}

// capitalisedWords reports whether every word opens with a capital, the
// small words of names aside ("van", "de", "&"), once the marks in cut are
// trimmed from its ends: the shape of a company's name.
func capitalisedWords(words []string, cut string) bool {
	for _, w := range words {
		w = strings.Trim(w, cut)
		if r, _ := utf8.DecodeRuneInString(w); w != "" && !nameParticles[strings.ToLower(w)] && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// companyLine reports whether l is a company's name with its legal form
// last, as a signature sets it alone on its line: two to eight words
// opening with a capital (the small words of names aside), the last a
// legal form's shape, short, with a dot or a capital inside it ("S.A.",
// "Lda.", "GmbH", "S.p.A.", "SRL"). "Hotel Adler" has no legal form.
func companyLine(l string) bool {
	const maxWords, maxForm = 8, 6
	words := strings.Fields(l)
	if len(words) < 2 || len(words) > maxWords {
		return false
	}
	if !capitalisedWords(words, ",&–-") {
		return false
	}
	form := []rune(strings.TrimRight(words[len(words)-1], ","))
	if len(form) < 2 || len(form) > maxForm {
		return false
	}
	dot, inner := false, false
	for k, r := range form {
		switch {
		case r == '.':
			dot = true
		case !unicode.IsLetter(r):
			return false
		case k > 0 && unicode.IsUpper(r):
			inner = true
		}
	}
	return dot || inner
}

// translatedNotice reports whether line i, the first of a paragraph
// below the writer's text, is a notice in the writer's language over the
// same notice in one noticeStart knows, in another script, with no blank
// line between: "ეს ელ-ფოსტა და მისი დანართები კონფიდენციალურია …" /
// "CONFIDENTIALITY NOTICE: This e-mail and any attachments are
// confidential …". A company's notice comes in its country's language
// first and in English under it; no list holds every language, and the
// English line says what the paragraph is. The line is a sentence's
// length, not a sign-off's ("მადლობა" over the notice stays).
func translatedNotice(lines []string, kinds []lineKind, i int) bool {
	const minRunes = 40
	if i+1 >= len(kinds) || kinds[i+1] != kText || utf8.RuneCountInString(lines[i]) < minRunes {
		return false
	}
	if firstScript(lines[i]) == firstScript(lines[i+1]) {
		return false // most mail: one script, nothing to count
	}
	first := mainScript(lines[i])
	if first == "" || first == mainScript(lines[i+1]) || !noticeStart.MatchString(lines[i+1]) || registerOpener.MatchString(lines[i+1]) {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		if kinds[j] == kText {
			return true
		}
	}
	return false
}

// firstScript is the script of s's first letter, "" when s has none.
func firstScript(s string) string {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return scriptOf(r)
		}
	}
	return ""
}

// mainScript is the script most of s's letters are written in, Latin or
// the first other one it holds ("KHQR" in a Khmer sentence is not its
// script), "" when s has none.
func mainScript(s string) string {
	other, n, latin := "", 0, 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		switch sc := scriptOf(r); {
		case sc == "Latin":
			latin++
		case other == "":
			other, n = sc, 1
		case sc == other:
			n++
		}
	}
	if latin >= n && latin > 0 {
		return "Latin"
	}
	return other
}

// registerField is a company's registration, tax or capital field as a
// footer's register line gives it, its label and its number, in the
// languages of the region's legal footers: "IČO: 27182818", "DIČ:
// CZ27182818", "KRS 0000123456", "NIP 657-123-45-67", "P.IVA
// 01234567890", "REA SA-376543", "NIPC 501 234 567", "CUI RO12345678",
// "Nr. Reg. Com. J12/789/2012" or the trade register's number alone,
// "J40/1234/2015", "ΑΦΜ: 099887766", "Αρ. ΓΕΜΗ: 123456701000", "MERSİS
// No: 0068012345600017", "Ticaret Sicili No: 456789", "VAT
// IT04567890651", "Share capital € 100.000", "Capital social: 45.000
// lei".
var registerField = mustGate(`(^|[^\pL])(?i:ič dph|ičo|ič|dič|nip|regon|krs|p\.? ?iva|partita iva|codice fiscale|rea|vat|nipc|nif|cif|cnpj|cui|nit|rut|cuit|rfc|(nr\.? ?)?reg\.? ?com|α\.?φ\.?μ|(αρ\.? ?)?γ\.?ε\.?μ\.?[ηή]|mers[iİ]s|vergi (no|numarası)|ticaret sicil\pL*|share capital|capital social|capitale sociale|kapitał zakładowy|základní kapitál|sermaye)` +
	`(?i:\s+(no|nr|n[°º]|number|numarası))?\.?\s*:?\s*(\p{Sc}\s?)?(\p{Lu}{1,2}[\s-]?)?\d[\d .,/-]{3,}|(^|[^\pL\d])J\d{2}/\d{1,7}/\d{4}`)

// registerLine reports whether l is a legal footer's register line: two
// of registerField's fields or more on one line, however they are set
// apart, with nothing before the first but the company's name
// ("Carpați Logistic SRL | CUI RO12345678 | J40/1234/2015 | Capital
// social 200.000 lei", "IČO: 27182818, DIČ: CZ27182818"). A writer who
// names their numbers in a sentence ("please correct the invoice: NIP
// …, REGON …", "U računu je krivi OIB: …") writes no such line.
func registerLine(l string) bool {
	if !registerNumber(l) {
		if numberRejected != nil {
			numberRejected(l)
		}
		return false // most lines: the expression would find no field
	}
	f := registerField.FindAllStringIndex(l, 2)
	return len(f) == 2 && lowerWordsIn(l[:f[0][0]]) == 0
}

// registerNumber reports whether l holds what every match of
// registerField ends in, a digit and three more of digits and ". ,/-"
// ("J40/1234/2015" too), so that a line without one costs no NFA: the
// expression's gate has no words (its fields "ič" and "rea" are too
// short for one).
func registerNumber(l string) bool {
	for i := strings.IndexAny(l, "0123456789"); i >= 0 && i+3 < len(l); {
		n := 0
		for n < 3 && strings.IndexByte("0123456789 .,/-", l[i+1+n]) >= 0 {
			n++
		}
		if n == 3 {
			return true
		}
		j := strings.IndexAny(l[i+1:], "0123456789")
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// numberRejected, when set (by a test), is told of every line
// registerNumber turned away.
var numberRejected func(l string)

// boardAt reports whether line i names the company's managing board,
// "Geschäftsführer: …" or "Vorstand: …" (registerOpener): the
// signature's, kept with the lines of its paragraph below it, where the
// register lines above it and the notice paragraphs around it are not.
func boardAt(lines []string, kinds []lineKind, i int) bool {
	return i < len(kinds) && kinds[i] == kText && registerOpener.MatchString(lines[i])
}

// inlineAnnounce is how a writer says the answers are typed into the
// mail below: "answers inline", "my comments below in red", "siehe
// Antworten im Text", "réponses dans le texte", "respuestas abajo".
var inlineAnnounce = mustGate(`(?i)(\b(answers?|answered|repl(y|ies|ied)|comments?|responses?|notes?|antworten|kommentare|anmerkungen|réponses?|commentaires?|respuestas?|comentarios?|risposte|commenti|antwoorden|opmerkingen)\b|\b(svar|kommentar|vastau|vastaus|válasz|megjegyzés|odpowied|odpověd|odpoved|komentarz|komentář|răspuns|comentari|odgovor|komentar|atsakym|atbild|vastus)\pL*|(απαντ|σχόλι|ответ|коммент|відповід|коментар|отговор)\pL*).{0,40}(\binline\b|\bin[- ]line\b|\bbelow\b|\bin (red|blue|green|bold|capitals)\b|\bunten\b|\bim text\b|\bin (rot|blau|fett)\b|\bin grün(?:[^\pL\pN_]|$)|\bdirekt in (ihre|ihrer|deine|deiner|die|der) (e-?mail|mail|nachricht)\b|ci-dessous|dans le texte|\babajo\b|\bdebajo\b|en el texto|\bsotto\b|nel testo|\bhieronder\b|in de tekst|(?:\b|^|[^\pL\pN_])(nedan|nedenfor|i teksten|i texten|(med|i) (rødt|rött|blått|blåt)|alla|tekstissä|punaisella|lent|alább|pirossal|kékkel|a szövegben|poniżej|w treści|na czerwono|níže|nižšie|v textu|v texte|červeně|červenou|mai jos|în text|cu roșu|ispod|u tekstu|crvenom|spodaj|v besedilu|z rdečo|tekste|raudonai|zemāk|tekstā|sarkan\pL*|allpool|tekstis|punasega)(?:\b|[^\pL\pN_]|$)|παρακάτω|με κόκκινο|ниже|в тексте|красным|нижче|в тексті|червоним|по-долу|в текста|в червено|žemiau)|本文中|インラインで|以下に回答|文中に回答`)

// markedWith is the mark a writer says their inline answers start with:
// "marked with ==>", "prefixed with >>>", "starting with [AB]".
var markedWith = mustGate(`(?i)\b(marked|prefixed|starting|beginning|flagged|tagged|markiert|marquées?|marcadas?)( with| by| mit| par| con| com)? ["'“‘]?([^\s\w"'“”‘’]{1,4}|\[\w{1,4}\])["'”’]?`)

// listItem is a numbered or bulleted line: "3. Does it happen …", "- Which
// directory …".
var listItem = mustGate(`^(\d{1,2}[.)]|[-•*])\s`)

// announcesMore is an answer's line that says what follows it: a colon,
// "as follows", "以下のとおりです".
var announcesMore = mustGate(`(:|：|\bas follows\.?|\bbelow\.?)\s*$|以下の(とおり|通り)|次のとおり`)

// markedWithJa is the Japanese announcement of a mark before each answer:
// "本文中で「→」を付けて回答いたしました" (answered in the text, marked with →).
var markedWithJa = mustGate(`「([^」]{1,4})」\s*(を|で)\s*(付けて|つけて|付けた|記載|先頭に)`)

// keepMarked keeps, of the embedded mail at i, only the lines that start
// with the mark the writer's text above it announced ("Answers inline
// below, marked with ==>"): those are the answers, the rest is the mail
// they answer. It reports whether it found such a mark and lines with it.
// A mail quoted line by line ("> -----Original Message-----") needs no
// mark: its quote marks tell the answers apart, lines that go on below a
// marked one included.
func keepMarked(lines []string, kinds []lineKind, i int) bool {
	if strings.HasPrefix(strings.TrimSpace(lines[i]), ">") {
		return false
	}
	mark, arrow := "", false
	for j := i - 1; j >= 0 && mark == ""; j-- {
		if kinds[j] == kText {
			if m := markedWithJa.FindStringSubmatch(lines[j]); m != nil {
				mark = m[1] // 本文中で「→」を付けて回答いたしました
			} else if m := markedWith.FindStringSubmatch(lines[j]); m != nil && inlineAnnounce.MatchString(lines[j]) {
				// the sentence's own stop is no part of the mark: "marked
				// with =>."
				if mark = m[3]; len(mark) > 1 {
					mark = strings.TrimRight(mark, ".,;:)")
				}
			} else if (arrowNamed.MatchString(lines[j]) || arrowTyped.MatchString(lines[j])) && inlineAnnounce.MatchString(lines[j]) {
				// "Zie mijn antwoorden hieronder, met een pijltje ervoor.",
				// "Meine Antworten unten, mit --> davor."
				arrow = true
			}
		}
	}
	if mark == "" {
		// No mark announced: the writer's initials before each answer
		// ("KM: 3.9.1, upgraded last week."), the same on two lines or
		// more, are one.
		mark = initialsMark(lines[i:], kinds[i:])
	}
	if mark == "" && arrow {
		// An arrow named in words, or typed where the language puts
		// the verb after it: the arrow that opens the answers is the
		// one typed ("-> Alleen met een bijlage.").
		mark = arrowMark(lines[i:], kinds[i:])
	}
	if mark == "" {
		return false
	}
	found := false
	for x := i; x < len(lines); x++ {
		if strings.HasPrefix(strings.TrimSpace(lines[x]), mark) {
			found = true
		}
	}
	if !found {
		return false
	}
	orig := slices.Clone(kinds[i:])
	// an answer that ends in a colon goes on below its marked line until
	// a blank line (or the block below it: "This is the relevant part:" /
	// "" / the log): "[EC] This one, copied from the connector settings:"
	// / "(&(objectClass…"; the next question of the mail answered follows
	// an answer without one
	inAnswer, colon := false, false
	for x := i; x < len(lines); x++ {
		t := strings.TrimSpace(lines[x])
		switch {
		case kinds[x] == kEmpty:
			inAnswer = inAnswer && colon
		case strings.HasPrefix(t, mark):
			inAnswer = announcesMore.MatchString(t)
			colon = inAnswer
		case inAnswer && colon && (listItem.MatchString(t) || signOff.MatchString(t)):
			// the mail answered goes on: its next question, its sign-off
			inAnswer, colon = false, false
			kinds[x] = kDrop
		case !inAnswer:
			kinds[x] = kDrop
		}
	}
	keepClosingBelow(lines, kinds[i:], orig, mark, i)
	if j := prevFilled(kinds, i-1); j >= 0 && kinds[j] == kDelimiter {
		kinds[j] = kDrop // Outlook's rule above the mail answered
	}
	return true
}

// keepClosingBelow gives back their kinds to the writer's closing and
// name below the mail she answered with marked lines: below the last
// answer the mail answered closes ("Met vriendelijke groet," / "Pieter
// de Graaf" / "Acme Support"), and a second closing after it, before any
// older mail, is the writer's, typed under that mail's end ("Groet," /
// "Annelies Smit" / …). Each closing counts with a name below it: the
// mail's "Thank you!" alone above its "Best regards," / "Sam" is one
// closing. kinds and orig are the lines from the mail's
// header at offset on, after and before keepMarked dropped them.
func keepClosingBelow(lines []string, kinds, orig []lineKind, mark string, offset int) {
	last := -1
	for x := range kinds {
		if strings.HasPrefix(strings.TrimSpace(lines[offset+x]), mark) {
			last = x
		}
	}
	if last < 0 {
		return
	}
	end := last + 1
	for end < len(kinds) && (orig[end] == kText || orig[end] == kEmpty) {
		end++
	}
	closings, start := 0, -1
	for x := last + 1; x < end; x++ {
		if orig[x] == kText && orig[x-1] == kEmpty && x+1 < end && orig[x+1] == kText && signOff.MatchString(lines[offset+x]) {
			closings++
			start = x
		}
	}
	if closings < 2 {
		return
	}
	for x := start; x < end; x++ {
		kinds[x] = orig[x]
	}
}

// inlineAnnounced reports whether the writer's text above the embedded
// mail at i says that the answers are typed into it. Outlook does not
// mark the lines of the mail it quotes, so the answers between them can
// only be kept with the mail's text around them: the header block is
// dropped and the text below it kept. The lines of the signature block
// right above the mail (name, title, company, address, phones) are read
// but not counted: the announcement stands above them, however long the
// signature.
func inlineAnnounced(lines []string, kinds []lineKind, i int) bool {
	// Bounded in lines too, so that a body of many blocks stays linear.
	const window, maxLines = 8, 40
	sig := signatureBlockAbove(lines, kinds, i)
	n := 0
	for j := i - 1; j >= 0 && j >= i-maxLines && n < window; j-- {
		if kinds[j] != kText {
			continue
		}
		if j < sig {
			n++
		}
		if inlineAnnounce.MatchString(lines[j]) {
			return true
		}
	}
	return false
}

// signatureBlockAbove is the first line of the block of lines right
// above line i (blank lines between) that reads as a signature does:
// two lines or more of names, titles and contacts (blockSignatureLine),
// as many as a signature holds at most; i when the block there is none.
func signatureBlockAbove(lines []string, kinds []lineKind, i int) int {
	e := prevFilled(kinds, i-1) + 1
	s := e
	for s > 0 && e-s <= maxSignatureLines && kinds[s-1] == kText && blockSignatureLine(strings.TrimSpace(lines[s-1])) {
		s--
	}
	if e-s < 2 || e-s > maxSignatureLines || s > 0 && kinds[s-1] != kEmpty {
		return i
	}
	return s
}

// blockSignatureLine reports whether a line reads as one of a signature
// block's: a name or title (signatureLine), or a contact line, whose
// phones and addresses may run to many words ("Tel: +91 20 6600 1234 |
// Mob: +91 98200 12345"), that ends no sentence.
func blockSignatureLine(l string) bool {
	if len(l) <= 120 && strings.ContainsAny(l, "@0123456789") && !endsWithWord(l) && !strings.HasSuffix(l, "?") {
		return true
	}
	return signatureLine(l)
}

// initialsPrefix is a line that opens with a writer's initials as the
// mark of an inline answer: "KM: yes", "JD : oui" (French puts a space,
// often a no-break one, before the colon), "[KW] no", or their name in
// brackets as Outlook's "Mark my comments with" writes it, "[Marcus Lee]
// Yes.", or in capitals with a colon, "[NGOZI]: 5.12.0". (Initials before ">" are The Bat!'s quote of the other party,
// "NS> Which browser?".)
var initialsPrefix = mustGate(`^\s*(\p{Lu}{2,3}[ \x{00A0}\x{202F}]?:|\p{Lu}\p{Ll}{1,2}\p{Lu}:|\[\p{Lu}{2,12}\]:?|\[\p{Lu}[\p{Ll}'-]+( \p{Lu}[\p{Ll}'.-]*){1,3}\]|\[\p{Lu}[\p{Ll}'-]+( \p{Lu}[\p{Ll}'.-]*){0,3}\]:)\s`)

// notInitials are the capitals that open a line of a mail for other
// reasons than a writer's initials.
var notInitials = map[string]bool{"RE:": true, "FW:": true, "CC:": true, "TO:": true, "PS:": true, "NB:": true, "AW:": true, "WG:": true, "TR:": true, "RV:": true, "SV:": true, "VS:": true}

// initialsMark is the initials that open two or more lines of the mail
// answered inline, or "".
func initialsMark(lines []string, kinds []lineKind) string {
	return commonMark(lines, kinds, initialsPrefix, notInitials)
}

// commonMark is the mark (prefix's first group) that opens the most text
// lines, two or more, or "": the mark a writer put before their inline
// answers. Marks in skip do not count, with or without a space before
// their colon ("RE :" is "RE:").
func commonMark(lines []string, kinds []lineKind, prefix *gatedRegexp, skip map[string]bool) string {
	count := map[string]int{}
	for x, l := range lines {
		if kinds[x] != kText {
			continue
		}
		if m := prefix.FindStringSubmatch(l); m != nil && !skip[strings.Join(strings.Fields(m[1]), "")] {
			count[m[1]]++
		}
	}
	best := ""
	for m, n := range count {
		if n >= 2 && (best == "" || n > count[best] || n == count[best] && m < best) {
			best = m
		}
	}
	return best
}

// arrowNamed is an arrow named in words, as a writer describes the mark
// of their answers without typing it: "with an arrow in front", "mit
// einem Pfeil davor", "avec une flèche", "met een pijltje ervoor",
// "strzałką", "矢印を付けて".
var arrowNamed = mustGate(`(?i)(\b(arrows?|pfeil(e|en)?|flèches?|flechas?|freccia|frecce|freccetta|setas?|setinha|pijl(tje|tjes|en)?|pil(en|ar|e)?|nuoli|nuolella)\b|strzałk\pL*|šipk\pL*|矢印|箭头|화살표)`)

// arrowTyped is an arrow typed as a word of a sentence, as a writer shows
// the mark of their answers where their language puts the verb after it:
// "Antworten unten, mit --> davor", "met => gemarkeerd", "précédées de →".
var arrowTyped = mustGate(`(^|\s)((?:-{1,2}|={1,2})>|→|⇒|➔|➜|➤)(\s|[.,;:)]|$)`)

// arrowPrefix is a line that opens with a typed arrow, "-> Meestal
// bouwtekeningen van 8 tot 15 MB.", "=> Oui", "→ はい".
var arrowPrefix = mustGate(`^\s*((?:-{1,2}|={1,2})>|→|⇒|➔|➜|➤)\s`)

// arrowMark is the arrow that opens two or more lines of the mail
// answered inline, or "".
func arrowMark(lines []string, kinds []lineKind) string {
	return commonMark(lines, kinds, arrowPrefix, nil)
}

// prevFilled is the last line at or above i that is not blank, or -1.
func prevFilled(kinds []lineKind, i int) int {
	for i >= 0 && kinds[i] == kEmpty {
		i--
	}
	return i
}
