package intake

import "testing"

// Readings of auto/stranger65 (a SaaS for logistics companies and
// warehouses in fifteen countries): out-of-office replies with no
// automatic-mail header, known by a subject label in the languages
// Outlook and webmails write it, by a label set before the subject they
// answer, or by the first-person text of the absence; old MTAs' bounces in
// their own languages; a help desk known by its "reply above this line".

// TestDetectAutoReplySubjectMoreLanguages checks Outlook's and webmails'
// "Automatic reply:" and "Out of office" labels in Thai, Vietnamese,
// Indonesian, Hebrew, Arabic, Hindi, Ukrainian and Latvian with no
// automatic-mail header (stranger65's 35, "ตอบกลับอัตโนมัติ: ไม่อยู่ที่สำนักงาน"),
// and a label set before the subject the responder answers, with that
// subject's own reply prefix (27, UOL's "Ausência temporária - Re: …").
func TestDetectAutoReplySubjectMoreLanguages(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	from := "From: Staff <staff@warehouse.example>\r\n"
	const away = "Thank you for your message. I will answer when I am back."
	cases := []autoCase{}
	for _, subject := range []string{
		"ตอบกลับอัตโนมัติ: ไม่อยู่ที่สำนักงาน",
		"Trả lời tự động: Lịch giao hàng",
		"Balasan Otomatis: Jadwal dok",
		"תשובה אוטומטית: שינוי אזור זמן",
		"رد تلقائي: فاتورة الناقل",
		"स्वचालित उत्तर: GST invoice",
		"Автоматична відповідь: накладна",
		"Automātiskā atbilde: Rēķins",
		"Ausência temporária - Re: Sua solicitação #53402",
		"Out of office - RE: [ESC-12] Dock slot",
		"Abwesenheit – AW: Lieferavis 4471",
		"Nieobecność: Odp: Faktura 12/2026",
		"Ausencia: RE: Su solicitud 881",
	} {
		cases = append(cases, autoCase{"a responder's subject " + subject, from + "Subject: " + subject + "\r\n" + utf8, away, AutoReply})
	}
	checkAutoCases(t, cases)
}

// TestDetectAutoReplySubjectMoreLanguagesNotText: a person's reply to such
// mail puts its prefix first; a person who heads her own subject with a
// word of absence and a phrase, or asks about it, writes to us; a
// customer's subject about delivery in those languages goes on in words.
func TestDetectAutoReplySubjectMoreLanguagesNotText(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	checkAutoCases(t, []autoCase{
		{"a reply to a Thai automatic reply", "From: Somchai <somchai@korat-wh.example>\r\nSubject: Re: ตอบกลับอัตโนมัติ: ไม่อยู่ที่สำนักงาน\r\nIn-Reply-To: <a1@example.com>\r\n" + utf8,
			"คุณพิมพ์ชนกลาพักร้อนอยู่ ผมรับเรื่องนี้แทนครับ ยอดพาเลทยังไม่ตรงกับใบรับสินค้า", Human},
		{"a person who heads her subject with an absence and a phrase", "From: Ana <ana@logbras.example>\r\nSubject: Ausência de leitura no rastreio - RE: Pedido 5512\r\n" + utf8,
			"Bom dia,\n\nO rastreio do pedido 5512 não atualiza desde ontem. Podem verificar?\n\nAna", Human},
		{"a person who names her colleague's absence and asks", "From: Ana <ana@logbras.example>\r\nSubject: Ausência Carlos - Re: Sua solicitação #53402\r\n" + utf8,
			"Olá,\n\nO Carlos está de férias. Quem pode aprovar a fatura enquanto isso?\n\nAna", Human},
		{"a customer's Hebrew subject about a shift", "From: Dana <dana@haifa-port.example>\r\nSubject: שינוי אזור זמן בלוח הרציפים\r\n" + utf8,
			"שלום, מאז יום ראשון כל התורים ברציף מוזזים בשעתיים. אפשר לבדוק?", Human},
	})
}

// TestDetectAutoAbsentTextMoreLanguages checks an out-of-office text with
// no header that answers our mail and says in the first person that its
// writer is away until a date, in Thai, Hebrew, Arabic, Hindi, Russian,
// Greek, Hungarian, Romanian and Finnish, and one that says our mail will
// be read on its writer's return in Portuguese, Spanish, French, Italian
// and Swedish (stranger65's 27 and 35 as they would come under a subject
// with no label).
func TestDetectAutoAbsentTextMoreLanguages(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	reply := "From: Staff <staff@warehouse.example>\r\nSubject: Re: [ESC-53402] Dock slot\r\nIn-Reply-To: <t53402@example.com>\r\n" + utf8
	plain := "From: Staff <staff@warehouse.example>\r\nSubject: Dock slot\r\n" + utf8
	checkAutoCases(t, []autoCase{
		{"Thai", reply, "เรียนผู้ติดต่อ\n\nดิฉันลาพักร้อนระหว่างวันที่ 25 - 30 พฤศจิกายน 2569\nจะกลับมาปฏิบัติงานวันที่ 1 ธันวาคม 2569\nหากมีเรื่องเร่งด่วน กรุณาติดต่อคุณวีระ โทร 044-000-000\n\nขอบคุณค่ะ\nพิมพ์ชนก", AutoReply},
		{"Thai under a subject that is only the label, no reference", "From: Staff <staff@warehouse.example>\r\nSubject: ไม่อยู่ที่สำนักงาน\r\n" + utf8,
			"ดิฉันลาพักร้อนถึงวันที่ 30 พฤศจิกายน 2569\nหากมีเรื่องเร่งด่วน กรุณาติดต่อคุณวีระ", AutoReply},
		{"Hebrew", reply, "שלום,\nאני בחופשה עד 30.11 ואחזור למשרד ב-1.12.\nבמקרים דחופים ניתן לפנות לדני.", AutoReply},
		{"Arabic", reply, "مرحبا،\nأنا في إجازة حتى 30 نوفمبر.\nللأمور العاجلة يرجى التواصل مع أحمد.", AutoReply},
		{"Hindi", reply, "नमस्ते,\nमैं 30 नवंबर तक छुट्टी पर हूँ।\nज़रूरी काम के लिए रवि से संपर्क करें।", AutoReply},
		{"Russian", reply, "Здравствуйте!\nЯ в отпуске до 30.11.\nПо срочным вопросам обращайтесь к Ивану.", AutoReply},
		{"Greek", reply, "Καλησπέρα,\nΕίμαι εκτός γραφείου έως 30/11.\nΓια επείγοντα θέματα επικοινωνήστε με τη Μαρία.", AutoReply},
		{"Hungarian", reply, "Tisztelt Feladó!\nSzabadságon vagyok november 30-ig.\nSürgős ügyben Kovács Pétert keresse.", AutoReply},
		{"Romanian", reply, "Bună ziua,\nSunt în concediu până pe 30.11.\nPentru urgențe contactați-o pe Ioana.", AutoReply},
		{"Finnish", reply, "Hei,\nOlen lomalla 30.11. asti.\nKiireellisissä asioissa ota yhteyttä Mattiin.", AutoReply},
		{"Portuguese, our mail read on return, no reference", plain, "Olá,\n\nEstou de férias entre 20/11 e 07/12 com acesso restrito ao e-mail.\nSua mensagem será lida no meu retorno.\n\nAtenciosamente,\nCarlos Menezes", AutoReply},
		{"Spanish", plain, "Hola,\nEstoy fuera hasta el 7 de diciembre.\nSu mensaje será leído a mi regreso.\n\nLucía", AutoReply},
		{"French", plain, "Bonjour,\nJe suis en congé jusqu'au 7 décembre.\nVotre message sera traité dès mon retour.\n\nLuc", AutoReply},
		{"Italian", plain, "Buongiorno,\nsono in ferie fino al 7 dicembre.\nIl suo messaggio sarà letto al mio rientro.\n\nGiulia", AutoReply},
		{"Swedish", plain, "Hej,\nJag är föräldraledig till och med 7 december.\nDitt meddelande kommer att läsas när jag är tillbaka.\n\nElin", AutoReply},
	})
}

// TestDetectAutoAbsentTextMoreLanguagesNotText: a person who says she is
// away and still asks, who starts later, who greets our agent by name,
// or whose mail says nothing of a return, writes to us.
func TestDetectAutoAbsentTextMoreLanguagesNotText(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	reply := "From: Staff <staff@warehouse.example>\r\nSubject: Re: [ESC-53402] Dock slot\r\nIn-Reply-To: <t53402@example.com>\r\n" + utf8
	plain := "From: Staff <staff@warehouse.example>\r\nSubject: Dock slot\r\n" + utf8
	checkAutoCases(t, []autoCase{
		{"Thai, away and still asking", reply, "ดิฉันลาพักร้อนถึงวันที่ 30 พฤศจิกายน แต่สถานะการจองยังไม่เปลี่ยน ช่วยตรวจสอบด้วยค่ะ", Human},
		{"Russian, away and asking", reply, "Я в отпуске до 30.11, но накладные не загружаются. Можете проверить?", Human},
		{"Hebrew, greeting our agent by name", reply, "Hi Marta,\nאני בחופשה עד 30.11, דני ממשיך את הטיפול בפנייה.", Human},
		{"Portuguese, read on return but the problem goes on", plain, "Sua mensagem será lida no meu retorno, mas o rastreio ainda não atualiza. Alguém pode ver hoje?", Human},
		{"French, a person's plan for a return", plain, "Bonjour,\nVotre message sera transmis à mon responsable dès mon arrivée au dépôt demain, avec les bons de livraison.\nCordialement,\nLuc", Human},
	})
}

// TestDetectAutoOldMTABounce checks an older MTA's delivery failure from
// postmaster@ (not the null sender), with no DSN part, in its own
// language: its subject, the word for a message and "not delivered" then
// a dash, a colon or nothing (stranger65's 44, MDaemon's "Message non
// remis - boîte aux lettres pleine"), or its text's passive "could not be
// delivered" in French, Spanish, Portuguese, Italian, German, Swedish,
// Polish and Czech, under a subject of its own.
func TestDetectAutoOldMTABounce(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	pm := func(subject string) string {
		return "From: \"Administrateur\" <postmaster@transports.example>\r\nSubject: " + subject + "\r\n" + utf8
	}
	const fr = "Ceci est un message automatique du serveur de courrier.\n\nVotre message n'a pas pu être remis au destinataire suivant parce que sa boîte aux lettres est pleine :\n\n    luc@transports.example"
	checkAutoCases(t, []autoCase{
		{"MDaemon's French subject", pm("Message non remis - boîte aux lettres pleine"), fr, Bounce},
		{"a Spanish subject", pm("Mensaje no entregado: Re: Cita de muelle"), "El servidor no pudo completar la entrega.", Bounce},
		{"a Portuguese subject alone", pm("Mensagem não entregue"), "Caixa postal cheia.", Bounce},
		{"a Polish subject", pm("Wiadomość niedostarczona (skrzynka pełna)"), "Skrzynka odbiorcy jest pełna.", Bounce},
		{"French text under the server's own subject", pm("Avis du serveur de courrier"), fr, Bounce},
		{"Spanish text", pm("Aviso del servidor"), "Su mensaje no pudo ser entregado a los siguientes destinatarios:\n\n  ana@transportes.example", Bounce},
		{"Portuguese text", pm("Aviso do servidor"), "A mensagem não pôde ser entregue ao destinatário abaixo:\n\n  ana@transportes.example", Bounce},
		{"Italian text", pm("Avviso del server"), "Il suo messaggio non è stato recapitato al destinatario:\n\n  ana@trasporti.example", Bounce},
		{"German text", pm("Hinweis des Mailservers"), "Ihre Nachricht konnte nicht zugestellt werden:\n\n  ana@spedition.example", Bounce},
		{"Swedish text", pm("Meddelande från e-postservern"), "Meddelandet kunde inte levereras till följande mottagare:\n\n  ana@frakt.example", Bounce},
		{"Polish text", pm("Komunikat serwera"), "Twoja wiadomość nie została dostarczona do adresata:\n\n  ana@spedycja.example", Bounce},
		{"Czech text", pm("Zpráva serveru"), "Vaše zpráva nemohla být doručena příjemci:\n\n  ana@doprava.example", Bounce},
		{"a null sender's Spanish text", "From: Servidor <servidor@transportes.example>\r\nReturn-Path: <>\r\nSubject: Aviso\r\n" + utf8,
			"Su mensaje no pudo ser entregado a los siguientes destinatarios:\n\n  ana@transportes.example", Bounce},
	})
}

// TestDetectAutoOldMTABounceNotText: a customer who says a message was not
// delivered writes of her own; an administrator writing from postmaster@
// in a mail client about our undelivered mail, or answering a report,
// writes to us; a subject that goes on in words is a person's.
func TestDetectAutoOldMTABounceNotText(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	checkAutoCases(t, []autoCase{
		{"a customer whose notice was not delivered", "From: Luc <luc@transports.example>\r\nSubject: Message non remis au transporteur\r\n" + utf8,
			"Bonjour,\n\nVotre message n'a pas pu être remis au transporteur selon le journal. Pouvez-vous le renvoyer?\n\nLuc", Human},
		{"an administrator in Thunderbird", "From: Admin <postmaster@transports.example>\r\nUser-Agent: Mozilla Thunderbird\r\nSubject: Vos courriels vers nos chauffeurs\r\n" + utf8,
			"Bonjour,\n\nVotre message n'a pas pu être remis à nos chauffeurs depuis lundi, notre filtre le bloquait. Je l'ai corrigé.\n\nMarc, administrateur", Human},
		{"an administrator answering a report", "From: Admin <postmaster@transports.example>\r\nSubject: RE: Message non remis - boîte aux lettres pleine\r\nIn-Reply-To: <b1@example.com>\r\n" + utf8,
			"Bonjour,\n\nJ'ai vidé la boîte de Luc, vous pouvez renvoyer.\n\nMarc", Human},
		{"a Spanish customer's subject that goes on", "From: Ana <ana@transportes.example>\r\nSubject: Mensaje no entregado a mi cliente de Valencia\r\n" + utf8,
			"Hola, el aviso de entrega no le llegó al cliente. ¿Lo pueden reenviar?", Human},
	})
}

// TestDetectAutoDeskMarkHead checks that a help desk known only by the
// line a reply is typed above, at the head of its notice (no desk's header
// or host the gateway knows: "##- Please type your reply above this line
// -##"), carries the comment of the agent it names as that person's, under
// Auto-Submitted and Precedence: bulk (stranger65's 11, Priya's escalation
// through her company's desk).
func TestDetectAutoDeskMarkHead(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	desk := "From: \"Priya Raghavan (Deccan Cold Chain Support)\" <support@deccan-cold.example>\r\nSubject: [Ticket #88213] Temperature log not syncing\r\n" +
		"Auto-Submitted: auto-generated\r\nPrecedence: bulk\r\nX-Auto-Response-Suppress: All\r\n" + utf8
	checkAutoCases(t, []autoCase{
		{"an agent's comment below the mark", desk, "##- Please type your reply above this line -##\n\nPriya Raghavan (Deccan Cold Chain) replied:\n\nNamaste Acme team,\n\n" +
			"I am escalating this from our internal ticket. Since 14 November the reefer temperature readings from our Hyderabad DC are not showing in the timeline.\n\nThanks,\nPriya Raghavan", Human},
		{"the same in German", desk, "##- Bitte geben Sie Ihre Antwort oberhalb dieser Zeile ein -##\n\nJonas Weber hat geantwortet:\n\n" +
			"Hallo Acme-Team, seit Montag kommen die Temperaturwerte aus unserem Lager in Bremen nicht mehr in der Sendungsübersicht an.\n\nGruß\nJonas Weber", Human},
	})
}

// TestDetectAutoDeskMarkHeadNotText: the same mark above a desk's receipt
// or status notice, no comment of anyone's, or above a comment in our own
// name, stays the desk's.
func TestDetectAutoDeskMarkHeadNotText(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	desk := "From: Deccan Cold Chain Support <support@deccan-cold.example>\r\nSubject: [Ticket #88213] Temperature log not syncing\r\n" +
		"Auto-Submitted: auto-generated\r\nPrecedence: bulk\r\n" + utf8
	checkAutoCases(t, []autoCase{
		{"a receipt under the mark", desk + "In-Reply-To: <t1@example.com>\r\n", "##- Please type your reply above this line -##\n\nYour request (88213) has been received and is being reviewed by our support staff.\n\nThis email is a service from Deccan Cold Chain Support.", AutoReply},
		{"a status notice under the mark", desk, "##- Please type your reply above this line -##\n\nThe status of ticket #88213 was changed to Solved.\n\nThis email is a service from Deccan Cold Chain Support.", List},
		{"our own comment told back", desk, "##- Please type your reply above this line -##\n\nExample Support replied:\n\nWe rotated the key on 12 November; please use the new one in the webhook settings of your portal.\n\nExample Support", List},
	})
}
