package intake

import (
	"strings"
	"testing"
)

// A relay under Auto-Submitted: auto-generated that answers none of our
// mail carries a person's words below its own frame (stranger61's
// voicemail transcript, Telegram bot, insurer's portal): a person speaks
// in it, and it is theirs.
func TestAutoPersonSpeaksUnderHeaders(t *testing.T) {
	for _, tc := range []struct{ name, raw string }{
		{"voicemail", "From: Voicemail <voicemail@voice.example>\r\nTo: support@acme.example\r\nSubject: New voicemail from (503) 555-0100\r\nAuto-Submitted: auto-generated\r\n\r\n" +
			"You have a new voicemail.\r\n\r\nFrom: (503) 555-0100\r\nDuration: 0:58\r\n\r\n" +
			"\"Hi, this is Dana, I'm the manager at the Elm Street office. Our check-in kiosk shows an error since this morning. Can somebody call me back today? Thanks.\"\r\n"},
		{"portal, Polish", "From: Portal <powiadomienia@portal.example>\r\nTo: support@acme.example\r\nSubject: Nowa wiadomość\r\nAuto-Submitted: auto-generated\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
			"Otrzymałeś nową wiadomość w portalu.\r\n\r\nOd: Anna Nowak\r\n\r\n" +
			"Dzień dobry, w pliku za październik brakuje czterech pozycji z numerem polisy. Proszę o korektę pliku do piątku, inaczej rozliczenie przejdzie na kolejny miesiąc.\r\n"},
	} {
		m, err := Parse([]byte(tc.raw), ParseOptions{OwnAddresses: []string{"support@acme.example"}})
		if err != nil {
			t.Fatal(err)
		}
		if m.Auto != "" {
			t.Errorf("%s: kind %q (%s), want a person's", tc.name, m.Auto, m.AutoReason)
		}
	}
}

// What the fallback must not take: a notification that speaks as a
// company ("we", "your order") under Auto-Submitted, a Polish absence
// rule that says "I" in its first paragraph with no frame above it, a
// sales sequence under List-Unsubscribe, and a relay's frame whose
// "please" is a machine's ("please do not reply").
func TestAutoPersonSpeaksNotText(t *testing.T) {
	for _, tc := range []struct{ name, raw string }{
		{"company notice", "From: Shop <orders@shop.example>\r\nTo: support@acme.example\r\nSubject: Your order has shipped\r\nAuto-Submitted: auto-generated\r\n\r\n" +
			"Your order 44121 is on its way.\r\n\r\nWe have handed your parcel to the carrier. Questions? Our team is happy to help you any time at the help centre.\r\n"},
		{"absence, no frame", "From: Jan Kowalski <jan@clinic.example>\r\nTo: support@acme.example\r\nSubject: Nieobecność\r\nAuto-Submitted: auto-replied\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
			"Dzień dobry,\r\n\r\njestem na urlopie do 13 listopada. W sprawach pilnych proszę kontaktować się z recepcją, tel. 42 555 01 20, mój zastępca odpowie.\r\n"},
		{"sales sequence", "From: Sarah <sarah@vendor.example>\r\nTo: support@acme.example\r\nSubject: Quick idea\r\nList-Unsubscribe: <https://vendor.example/u>\r\nPrecedence: bulk\r\n\r\n" +
			"Vendor helps desks answer faster.\r\n\r\nI wanted to reach out personally because my team built something for you. Would you have 15 minutes next week for a call with me?\r\n"},
		{"machine's please", "From: Relay <relay@gw.example>\r\nTo: support@acme.example\r\nSubject: New message\r\nAuto-Submitted: auto-generated\r\n\r\n" +
			"A new message arrived for your channel.\r\n\r\nThis is an automated message, please do not reply to me or to this address; open the console to read it and answer.\r\n"},
	} {
		m, err := Parse([]byte(tc.raw), ParseOptions{OwnAddresses: []string{"support@acme.example"}})
		if err != nil {
			t.Fatal(err)
		}
		if m.Auto == "" {
			t.Errorf("%s: read as a person's, want automatic", tc.name)
		}
	}
	if speaks, _ := personSpeaks(&Message{Visible: strings.Repeat("We are pleased to tell you that your plan renews soon. Please review your settings today.\n\n", 2)}, nil); speaks {
		t.Error("a company's \"we\" and \"please\" read as a person speaking")
	}
}

// speaksCase parses each mail and reports those whose reading as a
// person's is not want.
func speaksCases(t *testing.T, want bool, cases []struct{ name, raw string }) {
	t.Helper()
	for _, tc := range cases {
		m, err := Parse([]byte(tc.raw), ParseOptions{OwnAddresses: []string{"support@acme.example"}})
		if err != nil {
			t.Fatal(err)
		}
		if (m.Auto == "") != want {
			t.Errorf("%s: kind %q (%s), want a person's: %v", tc.name, m.Auto, m.AutoReason, want)
		}
	}
}

// relayMail is a relay's mail under Auto-Submitted: auto-generated with
// body as its text.
func relayMail(extra, body string) string {
	return "From: Relay <noreply@relay.example>\r\nTo: support@acme.example\r\nSubject: New message\r\nAuto-Submitted: auto-generated\r\n" + extra +
		"Content-Type: text/plain; charset=utf-8\r\n\r\n" + body
}

// A person speaks in the languages of stranger62's relays: Italian's
// "se potete richiamarmi" (a request to "you" in the plural, no
// "please", no question mark), Indonesian's "saya" and "tolong",
// Turkish's "bana" and "lütfen", Afrikaans's "ek".
func TestAutoPersonSpeaksLanguages(t *testing.T) {
	speaksCases(t, true, []struct{ name, raw string }{
		{"Italian voicemail", relayMail("", "Messaggio vocale ricevuto.\r\nDurata: 0:52\r\n\r\n"+
			"\"Buonasera sono Lucia dell'officina, il modulo ordini non ci fa più confermare niente e domani ho tre auto sul ponte, quindi se potete richiamarmi stasera. Grazie.\"\r\n")},
		{"Indonesian app", relayMail("", "Umpan balik baru dari aplikasi.\r\n\r\n"+
			"Selamat siang, saya sudah pesan servis lewat aplikasi untuk hari Sabtu tapi bengkel bilang jadwalnya tidak ada. Tolong dicek ya, terima kasih.\r\n")},
		{"Turkish form", relayMail("", "Destek formu\r\nAd Soyad: Ayşe Kaya\r\n\r\n"+
			"Merhaba, aracın geçmişinde kilometre yanlış görünüyor ve bayi düzeltemedi. Lütfen düzeltin ya da bana doğru kaydı gösteren bir belge gönderin.\r\n")},
		{"Afrikaans portal", relayMail("", "Nuwe navraag deur die portaal ontvang.\r\n\r\n"+
			"Goeiedag, ek het vir Dinsdag bespreek maar die bevestiging se prys is hoër as op die webwerf. Is dit 'n fout of moet ek meer betaal?\r\n")},
	})
}

// What the wider words must not take: a company's Indonesian or Turkish
// notice that says "kami" or "biz" (we) and asks, and a person's words
// in a paragraph that also says it was sent automatically ("dikirim
// otomatis"), a machine's own sentence.
func TestAutoPersonSpeaksLanguagesNotText(t *testing.T) {
	speaksCases(t, false, []struct{ name, raw string }{
		{"Indonesian company", relayMail("", "Pemberitahuan layanan.\r\n\r\n"+
			"Kami akan melakukan pemeliharaan sistem pada hari Sabtu pukul 22.00 sampai 02.00. Mohon simpan pekerjaan Anda sebelum waktu tersebut, terima kasih.\r\n")},
		{"Turkish company", relayMail("", "Hizmet bildirimi\r\n\r\n"+
			"Sistemimiz cumartesi gecesi bakımda olacaktır ve bu sürede uygulamaya giriş yapılamayacaktır. Lütfen işlemlerinizi önceden tamamlayın, anlayışınız için teşekkür ederiz.\r\n")},
		{"sent automatically", relayMail("", "Pesan baru.\r\n\r\n"+
			"Saya sudah pesan servis tapi jadwal tidak ada, tolong dicek. Email ini dikirim otomatis oleh sistem, jangan balas email ini.\r\n")},
	})
}

// An SMS gateway sets the text right below its fields, with no blank
// line between ("Dari : 6281…", "Isi pesan :"): the paragraph's opening
// fields are the frame, the lines below them the person's (stranger62's
// 22, "mobil sy … sdh selesai servis blm?").
func TestAutoPersonSpeaksFrameLines(t *testing.T) {
	speaksCases(t, true, []struct{ name, raw string }{
		{"SMS gateway", relayMail("", "== SMS MASUK ==\r\nDari       : 6281200000000\r\nWaktu      : 27-11-2026 15:19:58\r\nIsi pesan  :\r\n"+
			"Sore min, mobil sy di bengkel Bekasi sdh selesai servis blm? di aplikasi msh dikerjakan dr kmrn. makasih\r\n\r\n== Pesan ini diteruskan otomatis. ==\r\n")},
		{"English SMS", relayMail("", "From: +27 82 000 0000\r\nReceived: 2026-11-27 15:19\r\nMessage:\r\n"+
			"Hi, I booked the Hilux for Monday at 7:30 but got no confirmation SMS this time. Is my booking still on?\r\n")},
	})
	for _, l := range []string{"Quick question: can I move my booking?", "Hola Acme Software, el lunes a las 10:30 se cayó todo", "Sabtu 21 Nov jam 09: saya datang"} {
		if frameLine(l) {
			t.Errorf("%q read as a system's field", l)
		}
	}
}

// What the opening fields must not take: an absence rule that opens with
// its own title line ("Out of office:") and speaks as "I" right below it
// is still an absence, and a writer's own first line with a colon in it
// frames nothing.
func TestAutoPersonSpeaksFrameLinesNotText(t *testing.T) {
	speaksCases(t, false, []struct{ name, raw string }{
		{"absence titled", "From: Jan de Vries <jan@garage.example>\r\nTo: support@acme.example\r\nSubject: Afwezig\r\nAuto-Submitted: auto-replied\r\n\r\n" +
			"Out of office:\r\nI am out of the office until 13 November with limited access to mail. For anything urgent please call reception, my deputy will answer.\r\n"},
		{"first line colon", relayMail("", "Quick question: the sync\r\nI wanted to ask whether my team could try the new sync before launch, would that work for you next week?\r\n")},
	})
}

// A review site's notice carries a person's question, quoted whole, under
// List-Unsubscribe (stranger62's 16, stranger61's 11): the quote marks
// are the relay's, so the fallback reads it though list fields say bulk.
func TestAutoPersonSpeaksQuotedUnderUnsubscribe(t *testing.T) {
	speaksCases(t, true, []struct{ name, raw string }{
		{"review site", relayMail("List-Unsubscribe: <https://reviews.example/u>\r\nPrecedence: bulk\r\n", "Hola Acme,\r\n\r\nUn usuario ha publicado una pregunta en tu perfil.\r\n\r\n"+
			"Pregunta de Jordi M., 24/11/2026 19:54:\r\n\"Buenas tardes. Mi taller usa vuestra app de citas y desde hace una semana los clientes no reciben el SMS de confirmación. ¿Es un fallo vuestro o tengo que cambiar algo?\"\r\n\r\n"+
			"Gestionar notificaciones: https://reviews.example/n\r\n")},
	})
}

// What quote marks must not take under List-Unsubscribe: a sales
// sequence's testimonial, quoted but signed outside its quote marks, and
// a social network's preview cut off with an ellipsis, answered in the
// network's own inbox (stranger11's Facebook page message).
func TestAutoPersonSpeaksQuotedUnderUnsubscribeNotText(t *testing.T) {
	speaksCases(t, false, []struct{ name, raw string }{
		{"testimonial", relayMail("List-Unsubscribe: <https://vendor.example/u>\r\nPrecedence: bulk\r\n", "Vendor helps garages answer faster.\r\n\r\n"+
			"\"I cut my response time in half with Vendor and my team loves it. Why did we wait so long? Try it.\"\r\n- Dana, Elm Street Motors\r\n")},
		{"preview", relayMail("List-Unsubscribe: <https://social.example/u>\r\n", "Marta Silva sent a message to Acme Planner\r\n\r\n"+
			"\"Olá, como faço para cancelar a assinatura? Não encontro a opção no app e já fui cobrada este mês...\"\r\n\r\nReply in the inbox: https://social.example/inbox\r\n")},
	})
}

// A person asks by their wish ("I'd like this refunded", stranger63's 56
// form relay, which has no question mark and no please), and in Greek,
// whose question mark is the semicolon, whose "can you" is "μπορείτε" and
// whose only first person may be "ευχαριστώ" (stranger63's 35, a review
// platform relaying an owner's message that speaks of her business as
// "we").
func TestAutoPersonSpeaksWishAndGreek(t *testing.T) {
	speaksCases(t, true, []struct{ name, raw string }{
		{"form, wish", relayMail("", "A cardholder submitted the charge inquiry form.\r\n\r\nAmount: 84.50 CAD\r\nCard: Visa ending 4417\r\n\r\nWhat happened (cardholder's words):\r\n"+
			"I paid at checkout and was then charged a second time for a booking I never made. I'd like this refunded or an explanation before I call my bank.\r\n")},
		{"French form, wish", relayMail("", "Nouveau message du formulaire.\r\n\r\nNom : Julie Tremblay\r\n\r\n"+
			"Bonjour, mon terminal affiche une erreur depuis ce matin et je ne peux plus encaisser. Je voudrais un rappel avant midi.\r\n")},
		{"Greek, question mark and thanks", relayMail("", "Μήνυμα προς συνεργάτη\r\n\r\nΕπιχείρηση: Villa Elia\r\nΑποστολέας: Ελένη Δ.\r\n\r\n"+
			"Μήνυμα:\r\nΚαλησπέρα σας. Από χθες οι κριτικές δεν εμφανίζονται στη σελίδα κρατήσεων που έχουμε. Μπορείτε να ελέγξετε αν χρειάζεται νέο κλειδί; Ευχαριστώ πολύ.\r\n")},
	})
}

// What the wish, the Greek question and the singular thanks must not
// take: a company's notice that wants in the plural ("we'd like to invite
// you"), a Greek notice that thanks in the plural ("ευχαριστούμε") and
// asks with its question mark, and a Polish one that says "dziękujemy".
func TestAutoPersonSpeaksWishAndGreekNotText(t *testing.T) {
	speaksCases(t, false, []struct{ name, raw string }{
		{"company wish", relayMail("", "Product update\r\n\r\n"+
			"We'd like to invite you to our webinar on the new channel manager next Tuesday. Would your team join us for a walkthrough of the new features?\r\n")},
		{"Greek company", relayMail("", "Ενημέρωση υπηρεσίας\r\n\r\n"+
			"Η πλατφόρμα μας θα είναι εκτός λειτουργίας το Σάββατο από τις 22:00 έως τις 02:00 για συντήρηση. Έχετε ερωτήσεις; Ευχαριστούμε για την κατανόηση.\r\n")},
		{"Polish company", relayMail("", "Powiadomienie\r\n\r\n"+
			"Nasz system będzie niedostępny w sobotę od 22:00 do 02:00 z powodu prac serwisowych. Masz pytania? Dziękujemy za cierpliwość.\r\n")},
	})
	for _, s := range []string{"Η πλατφόρμα μας; ναι", "a; b", "Ήρθαμε· φύγαμε"} {
		if askSpeech.MatchString(s) != (s == "Η πλατφόρμα μας; ναι") {
			t.Errorf("askSpeech on %q: %v", s, askSpeech.MatchString(s))
		}
	}
}

// A note a relay carries that opens as a letter to us by our name speaks
// as a person though its writer says "we" for their office (stranger64's
// 11, 16 and 20: a school clerk's note under an MIS alert, a reseller
// agent's escalation, an inspector's portal message): an English
// district office, a Romanian school and a Vietnamese kindergarten.
func TestAutoPersonSpeaksGreetsUs(t *testing.T) {
	speaksCases(t, true, []struct{ name, raw string }{
		{"English escalation", relayMail("", "Case 5512 was passed to a vendor.\r\n\r\nNote from the district office:\r\n"+
			"Dear Acme support, the timetables of three schools in the district vanished after last night's update and teachers cannot see classes. We have checked the settings twice. Could you restore them before Monday morning?\r\n")},
		{"Romanian portal", relayMail("", "Aveți un mesaj nou.\r\n\r\nDe la: Școala Gimnazială nr. 3\r\n\r\n"+
			"Stimată echipă Acme,\r\nvă rugăm să verificați de ce rapoartele de prezență pentru luna octombrie apar goale în platformă, deși profesorii au completat catalogul.\r\n")},
		{"Vietnamese note", relayMail("", "THÔNG BÁO TỪ HỆ THỐNG\r\n\r\nGhi chú của nhân viên:\r\n"+
			"Kính gửi Acme, chúng tôi không gửi được tin nhắn cho phụ huynh từ sáng nay. Nhờ bên Acme kiểm tra giúp lỗi này sớm. Cảm ơn.\r\n")},
	})
}

// What a greeting to us must not take: a system's notice that greets its
// reader, not us by name, and asks; a notice greeting us by name in its
// first paragraph, with no frame above it (a vendor's own letter); and one
// greeting us by name that says it is automatic (Romanian "nu răspundeți").
func TestAutoPersonSpeaksGreetsUsNotText(t *testing.T) {
	speaksCases(t, false, []struct{ name, raw string }{
		{"greets its reader", relayMail("", "Account notice.\r\n\r\nMessage:\r\n"+
			"Dear customer, we have noticed that your subscription will renew next week at the new price. Could you review your plan in the billing page before then?\r\n")},
		{"no frame", relayMail("", "Hi Acme team, we would love to show you how our scheduling add-on saves your schools an hour a week. Could we book a short call next Tuesday?\r\n")},
		{"automatic, Romanian", relayMail("", "Aveți un mesaj nou.\r\n\r\n"+
			"Stimați reprezentanți Acme, vă rugăm să nu răspundeți la acest mesaj; raportul lunar a fost generat și poate fi descărcat din portal până la sfârșitul lunii.\r\n")},
	})
}
