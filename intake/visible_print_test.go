package intake

import (
	"testing"
)

// What replies/stranger90 (print shops, publishers and newspapers in
// twenty languages) showed the readings of intake lacked.

// TestVerbWrappedAlone (replies/stranger90's 49): Gmail wraps a long
// attribution so that its verb, in a language quoteVerbs does not hold,
// stands alone with its colon under the line that closes with the
// sender's address; over the quote, that word is the attribution's, and
// the answers typed between the quoted lines below are the writer's
// (all lost before: the attribution read as closing the text above it).
func TestVerbWrappedAlone(t *testing.T) {
	for _, tt := range []struct{ name, attribution, q1, a1, q2, a2 string }{
		{"Mongolian", "2026 оны 11-р сарын 9, Даваа 14:05-д Acme Support <support@acme.example>\nбичсэн:",
			"Хуваарь хэвээрээ юу?", "Үгүй, пүрэв гаригт хэвлэгдэнэ.", "Хэдэн хувь вэ?", "8 500 хувь."},
		{"Amharic", "ሰኞ, 9 ኖቬም 2026 በ14:05 Acme Support <support@acme.example>\nጻፈ:",
			"የህትመት ቀኑ አልተቀየረም?", "አልተቀየረም።", "ስንት ቅጂ?", "3 000 ቅጂ።"},
		{"Tamil", "திங்., 9 நவ., 2026, பிற்பகல் 2:05 அன்று, Acme Support <support@acme.example>\nஎழுதியது:",
			"அட்டவணை மாறியதா?", "இல்லை, வியாழன் அச்சிடப்படும்.", "எத்தனை பிரதிகள்?", "8 500 பிரதிகள்."},
	} {
		body := "Сайн,\n\n" + tt.attribution + "\n\n> " + tt.q1 + "\n>\n\n" + tt.a1 + "\n\n> " + tt.q2 + "\n>\n\n" + tt.a2 + "\n\n> Acme Support\n>\n\nБаярлалаа\n"
		want := "Сайн,\n" + tt.a1 + "\n" + tt.a2 + "\nБаярлалаа"
		if got := trimmedLines(VisibleText(body)); got != trimmedLines(want) {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, want)
		}
	}
}

// TestVerbWrappedAloneNotText: a word and a colon the writer typed under
// an attribution over their own text, a line of two words over the
// quote, and a word under a line that does not close with an address
// are no verb wrapped.
func TestVerbWrappedAloneNotText(t *testing.T) {
	for _, tt := range []struct {
		name  string
		lines []string
	}{
		{"over the writer's text", []string{"2026 оны 11-р сарын 9 Acme Support <support@acme.example>", "Жишээ:", "энэ бол миний хариу", "> асуулт"}},
		{"two words", []string{"2026 оны 11-р сарын 9 Acme Support <support@acme.example>", "Миний хариу:", "> асуулт"}},
		{"no address above", []string{"Pedido 4471 confirmado para el lunes", "Respuesta:", "> asunto"}},
	} {
		if verbWrapped(tt.lines, 1) {
			t.Errorf("%s: verbWrapped(%q) = true", tt.name, tt.lines[1])
		}
	}
}

// TestBoxedSignatureAlone (replies/stranger90's 41 and 44): a card drawn
// in a box and sent alone over the mail answered is the signature sent
// alone, whatever draws the box: box-drawing characters whose corners
// make the top and bottom rules differ ("┌──┐" / "│ … │" / "└──┘"), or
// the same rule of asterisks above and below. Read inside the box, a
// Chinese, Japanese or Korean name may carry its Latin letters after it
// unbracketed ("林志明 Lin Chih-Ming"). Shown as new text before.
func TestBoxedSignatureAlone(t *testing.T) {
	for _, tt := range []struct{ name, body string }{
		{"Outlook, Japanese, box-drawing", "┌────────────────────┐\n│ 佐藤 花子 Hanako Sato │\n│ 営業部長           │\n│ 大和印刷株式会社   │\n│ TEL 03-5555-0192   │\n└────────────────────┘\n\n" +
			"差出人: Acme Support <support@acme.example>\n送信日時: 2026年11月9日 11:03\n宛先: 佐藤 花子 <h.sato@yamato.example>\n件名: 見積\n\n佐藤様\n見積書を添付します。\n"},
		{"Outlook, Korean, double lines", "╔══════════════════╗\n║ 김민수 Minsu Kim  ║\n║ 생산관리팀 과장   ║\n║ ㈜한빛인쇄        ║\n║ Tel. 02-555-0101  ║\n╚══════════════════╝\n\n" +
			"보낸 사람: Acme Support <support@acme.example>\n보낸 날짜: 2026년 11월 9일 월요일 오전 11:03\n받는 사람: 김민수 <mskim@hanbit.example>\n제목: 견적\n\n안녕하세요.\n견적서를 첨부합니다.\n"},
		{"Gmail, Armenian, asterisks", "\n***************************\nԱրամ Պետրոսյան\nՏպարան «Նաիրի»\nՏնօրեն\nՀեռ.՝ +374 10 55 01 23\n***************************\n\n" +
			"Երկ, 9 նոյ, 2026 թ., 10:40 Acme Support <support@acme.example>:\n\n> Բարև Ձեզ,\n> հաշիվը կցված է:\n"},
		{"Gmail, Thai, equals signs and bars", "\n=============================\n| สมชาย ใจดี\n| ผู้จัดการฝ่ายผลิต\n| โรงพิมพ์ไทยการพิมพ์\n| โทร 02-555-0123\n=============================\n\n" +
			"เมื่อ จ. 9 พ.ย. 2026 เวลา 10:40 Acme Support <support@acme.example> เขียนว่า:\n\n> สวัสดีครับ\n> ใบแจ้งหนี้แนบมาแล้ว\n"},
	} {
		if v := visibleText(tt.body, false); !v.quotedOnly || v.text != "" {
			t.Errorf("%s: got %q, quotedOnly %v; want the signature alone", tt.name, v.text, v.quotedOnly)
		}
	}
}

// TestBoxedSignatureAloneNotText: a box the writer drew around words
// they say stays their text, and rules that differ without being drawn
// as a box's corners make no box; a name's Latin letters are dropped
// only after the name and as a name's words.
func TestBoxedSignatureAloneNotText(t *testing.T) {
	const history = "\n\nEl lun, 9 nov 2026 a las 10:40, Acme Support <support@acme.example> escribió:\n\n> Hola,\n> adjunto la factura.\n"
	typed := "┌──────────────────────────────┐\n│ Por favor, envíen la prueba  │\n│ antes del viernes.           │\n│ Tel. 91 555 01 23            │\n└──────────────────────────────┘"
	if got := VisibleText(typed + history); got == "" {
		t.Errorf("a boxed request lost")
	}
	if _, ok := unboxed([]string{"-----", "Ana Ruiz", "Tel. 91 555 01 23", "*****"}); ok {
		t.Errorf("unboxed(rules that differ) = ok")
	}
	for l, want := range map[string]string{
		"林志明 Lin Chih-Ming":   "林志明",
		"김민수 Minsu Kim":       "김민수",
		"林志明 said hello":      "林志明 said hello",
		"Lin Chih-Ming 林志明":   "Lin Chih-Ming 林志明",
		"王建宏 ABC Printing Co": "王建宏 ABC Printing Co",
	} {
		if got := withoutTranscription(l); got != want {
			t.Errorf("withoutTranscription(%q) = %q, want %q", l, got, want)
		}
	}
}

// TestSignedNameSignatureOnly (replies/stranger90's 21): the sender's
// name with the word that signs a letter beside it, as Korean and
// Chinese write it ("이정훈 드림", "김민수 올림", "王建宏 敬上"), over a
// company and a title and a phone, is the signature sent alone: read as
// a title written beside a name is (titledName). Shown as new text
// before.
func TestSignedNameSignatureOnly(t *testing.T) {
	for _, tt := range []struct{ from, sig string }{
		{"이정훈 <jh.lee@print.example>", "이정훈 드림\n㈜대한인쇄 | 생산관리팀 차장\nTel. 031-945-2210 | Fax. 031-945-2211"},
		{"김민수 <mskim@hanbit.example>", "김민수 올림\n㈜한빛인쇄 영업팀\n010-5555-0101"},
		{"王建宏 <wang@hongtsai.example>", "王建宏 敬上\n宏彩印刷有限公司 業務部\nTEL (02) 8227-5561"},
	} {
		if !clientSignatureOnly(tt.sig, tt.from) {
			t.Errorf("clientSignatureOnly(%q, %q) = false", tt.sig, tt.from)
		}
	}
}

// TestSignedNameSignatureOnlyNotText: a line that says something under
// the signed name, or a name that is not the sender's, keeps the text
// as typed.
func TestSignedNameSignatureOnlyNotText(t *testing.T) {
	for _, tt := range []struct{ from, sig string }{
		{"王建宏 <wang@hongtsai.example>", "王建宏 敬上\n請儘快寄出樣張，謝謝您！\nTEL (02) 8227-5561"},
		{"이정훈 <jh.lee@print.example>", "박지성 드림\n㈜대한인쇄\nTel. 031-945-2210"},
	} {
		if clientSignatureOnly(tt.sig, tt.from) {
			t.Errorf("clientSignatureOnly(%q, %q) = true", tt.sig, tt.from)
		}
	}
}

// TestTaggedBannerWarns (replies/stranger90's 08): Swiss German writes
// "ss" for "ß" ("stammt von ausserhalb der Organisation"), and a tag
// over a caution about links and attachments is the mail system's
// banner whatever its notice says. Kept above the text before.
func TestTaggedBannerWarns(t *testing.T) {
	const text = "Grüezi Frau Brunner\n\nDas Profil stimmt nicht.\n\nFreundliche Grüsse\nReto Keller"
	const quote = "\n\nVon: Acme Support <support@acme.example>\nGesendet: Montag, 9. November 2026 10:02\nAn: Reto Keller\nBetreff: Proof\n\nGuten Tag\n"
	for _, tt := range []struct{ name, banner string }{
		{"Swiss German", "[EXTERN] Diese E-Mail stammt von ausserhalb der Organisation. Klicken Sie nicht auf Links und öffnen Sie keine Anhänge, wenn Sie den Absender nicht kennen."},
		{"Swiss German, no tag", "ACHTUNG: Diese E-Mail stammt von ausserhalb der Organisation. Klicken Sie nicht auf Links und öffnen Sie keine Anhänge."},
		{"Italian, notice of its own words", "[ESTERNO] Attenzione: messaggio ricevuto da un mittente sconosciuto. Non cliccare sui link e non aprire gli allegati."},
		{"Dutch, notice of its own words", "[EXTERN] Let op: dit bericht is niet door onze organisatie verzonden. Klik niet op links en open geen bijlagen."},
	} {
		if got := VisibleText(tt.banner + "\n\n" + text + quote); got != text {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, text)
		}
	}
}

// TestTaggedBannerWarnsNotText: the writer's first paragraph that says
// something comes from outside, with no warning about links, stays.
func TestTaggedBannerWarnsNotText(t *testing.T) {
	const text = "Das Papier stammt von ausserhalb der EU und ist teurer geworden.\n\nFreundliche Grüsse\nReto Keller"
	if got := VisibleText(text + "\n\nAm 09.11.2026 um 10:02 schrieb Acme Support <support@acme.example>:\n> Guten Tag\n"); got != text {
		t.Errorf("got %q\nwant %q", got, text)
	}
}
