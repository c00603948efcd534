package intake

import "testing"

// What replies/stranger62 (an ordinary month at a desk serving the
// Middle East, Africa and South Asia: Arabic, Hebrew, Persian and Urdu,
// right to left, English as written from Lagos to Dhaka, legacy charsets)
// found at its first reading. Each test has a case that failed before its
// change.

// TestPersianOutlookHeaderBlock: Outlook in Persian heads the mail
// answered "از:" / "ارسال شده:" / "به:" / "موضوع:"; the block is the
// history's, and the signature's phone line above it stays the writer's
// rather than opening a wrapped attribution with the block's fields.
func TestPersianOutlookHeaderBlock(t *testing.T) {
	const text = "سلام،\n\nگزارش باز نمی\u200cشود.\n\nبا سپاس،\nرضا کریمی\nمدیر عملیات\nتلفن: +971 4 555 0193"
	const block = "\n\nاز: Acme Support <support@acme.example>\nارسال شده: دوشنبه، 19 مه 2025 10:05 ق.ظ\nبه: رضا کریمی <reza@x.example>\nموضوع: RE: [ESC-6212] خطا\n\nDear Reza,\n\nWhich browser?\n\nKarim\n"
	checkVisible(t, []bodyCase{
		{"Persian header block below a signature's phone", text + block, text},
	})
}

// TestSignatureAloneWithTwoPhones: a reply sent with nothing but the
// signature Outlook put above the mail answered is empty also when the
// signature gives two phones on one line ("هاتف: +971 2 555 0116 |
// جوال: +971 50 555 0139"): the groups of digits are no words of a
// sentence.
func TestSignatureAloneWithTwoPhones(t *testing.T) {
	const sig = "فاطمة الزرعوني\nمنسقة الأسطول | Fleet Coordinator\nهاتف: +971 2 555 0116 | جوال: +971 50 555 0139\nwww.emcouriers.example"
	const block = "\n\nFrom: Acme Support <support@acme.example>\nSent: Tuesday, May 27, 2025 5:20 PM\nTo: فاطمة الزرعوني <f@x.example>\nSubject: RE: [ESC-6229] Report\n\nDear Fatima,\n\nPlease find the report attached.\n\nRania\n"
	checkVisibleForms(t, []formCase{
		{"Arabic signature alone", "\n\n" + sig + block, "", true, false},
		{"English signature alone", "\n\nSarah Bennett\nFinance Assistant\nTel: +44 1632 960 150 | Mob: +44 7700 900 123\n\nFrom: Acme Support <support@acme.example>\nSent: Tuesday, May 27, 2025 5:20 PM\nTo: Sarah Bennett <s@x.example>\nSubject: RE: [ESC-6229] Report\n\nDear Sarah,\n", "", true, false},
	})
}

// TestSamsungArabicFooter: Samsung Email's Arabic footer names the phone
// in full, "تم الإرسال من هاتف Samsung Galaxy الذكي الخاص بي." (sent from
// my Samsung Galaxy smartphone), longer than the Arabic "sent from"
// footers of iPhone and Outlook.
func TestSamsungArabicFooter(t *testing.T) {
	const text = "السلام عليكم\n\nالجهاز غير متصل من يوم الخميس.\n\nسامي"
	checkVisible(t, []bodyCase{
		{"Samsung's Arabic footer", text + "\n\n\n\nتم الإرسال من هاتف Samsung Galaxy الذكي الخاص بي.\n\n-------- الرسالة الأصلية --------\nمن: Acme Support <support@acme.example>\nالتاريخ: 19/05/2025 16:30 (GMT+03:00)\nإلى: سامي <s@x.example>\nالموضوع: [ESC-6197] تم استلام طلبك\n\nDear Sami,\n", text},
	})
}

// TestCompanyRegisteredOutsideTheUK: "… is a private limited company
// registered in Kenya under the Companies Act, 2015. Registered office:
// …" is a company's register paragraph wherever the company is
// registered, not only in England and Wales; it opens the footer with
// the disclaimer below it, and the register line inside the signature
// block stays.
func TestCompanyRegisteredOutsideTheUK(t *testing.T) {
	const text = "Dear Acme Support,\n\nPlease confirm once updated.\n\nKind regards,\n\nKevin Mutua\nSavannah Agro Haulage Ltd\nTel: +254 20 555 0177\nCompany Reg. No. CPR/2014/155021 | KRA PIN P051555012X"
	const footer = "\n\nSavannah Agro Haulage Ltd is a private limited company registered in Kenya under the Companies Act, 2015. Registered office: Enterprise Road, Nairobi.\n\nDISCLAIMER: This email is confidential and intended solely for the addressee.\n"
	checkVisible(t, []bodyCase{
		{"a Kenyan register paragraph and a disclaimer", text + footer, text},
		{"a Singapore company's paragraph alone", text + "\n\nLion Freight Pte Ltd is a company incorporated in Singapore with registration number 201912345K.\n", text},
	})
}

// TestHelpDeskTitleNamingTheAuthor: below "reply above this line" (in
// English, or in Hebrew, "נא לכתוב את התשובה מעל שורה זו"), a help desk
// that writes no author line above the comment names its author in the
// ticket's title, "Request #DB-20931 has been updated by Sunil Kumar (IT
// Service Desk). Status: Waiting on vendor", "קריאה מס' 30418 עודכנה על
// ידי שירה כץ."; the title is the tool's, the comment right below it the
// writer's.
func TestHelpDeskTitleNamingTheAuthor(t *testing.T) {
	const en = "Hello Acme Support,\n\nThe login page is still slow.\n\nRegards,\nSunil Kumar"
	const he = "שלום צוות Acme,\n\nהחיישנים מדווחים מינוס 85 מעלות.\n\nבברכה,\nשירה כץ"
	const block = "\n\nDate: Thu, 29 May 2025 10:21:40 +0400\nTo: Service Desk <sd@x.example>\nFrom: Acme Support <support@acme.example>\nSubject: RE: [ESC-6240] Slow\n\nHello,\n\nPlease send a traceroute.\n"
	checkVisible(t, []bodyCase{
		{"the title on the comment's first line", "##- Please type your reply above this line -##\nRequest #DB-20931 has been updated by Sunil Kumar (IT Service Desk). Status: Waiting on vendor\n" + en + block, en},
		{"Hebrew", "### נא לכתוב את התשובה מעל שורה זו ###\n\nקריאה מס' 30418 עודכנה על ידי שירה כץ.\n\n" + he + "\n\n------------------------------------------------------------\nתאריך: 28/05/2025 13:40\nאל: מוקד שירות <s@x.example>\nמאת: Acme Support <support@acme.example>\nנושא: RE: [ESC-6238] חיישנים\n\nDear team,\n", he},
	})
}
