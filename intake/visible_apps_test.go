package intake

import "testing"

// TestVisibleTextAppsAndLanguages: shapes of the mail of 2024–2026 apps and
// of Asian, Middle Eastern and Latin American business mail.
func TestVisibleTextAppsAndLanguages(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		forward  bool
		want     string
	}{
		{"NetEase Mail Master", "收到，我明天再试一下。\n\n赵强\n\n发自网易邮箱大师\n---- 回复的原邮件 ----\n| 发件人 | Acme Support<support@acme.example> |\n| 主题 | Re: [ESC-3188] 登录 |\n赵先生您好，\n", false,
			"收到，我明天再试一下。\n\n赵强"},
		{"Japanese notice", "適用後、改めてご報告させていただきます。\n\n鈴木 花子\n\n本メールには機密情報が含まれている可能性があります。\n誤って受信された場合は、お手数ですが送信者にご連絡のうえ、本メールを削除してください。\n", false,
			"適用後、改めてご報告させていただきます。\n\n鈴木 花子"},
		{"Korean banner", "[외부 메일] 이 메일은 조직 외부에서 발송되었습니다. 링크를 클릭하지 마십시오.\n\n새 라이선스 키로 활성화 잘 됐습니다.\n\n박지훈 드림\n", false,
			"새 라이선스 키로 활성화 잘 됐습니다.\n\n박지훈 드림"},
		{"iPhone forward quoted", "\n\nEnviado desde mi iPhone\n\nInicio del mensaje reenviado:\n\n> De: Alertas <alertas@x.example>\n> Fecha: 5 de marzo de 2024, 2:47:19 a.m. GMT-5\n> Para: ti@x.example\n> Asunto: [ALERTA] Backup falló\n> \n> El trabajo de respaldo terminó con errores.\n", true,
			"El trabajo de respaldo terminó con errores."},
		{"help desk with a blank line above its rule", "##- Lütfen yanıtınızı bu satırın üstüne yazın -##\n\nTalebiniz (#20931) güncellendi.\n\n----------------------------------------------\n\nAyşe Demir (Anadolu Gıda BT)\n\n5 Mar 2024 14:05\n\nİki terminal hâlâ hata veriyor.\n\nAyşe\n\nEkler:\nhata.png\n\n----------------------------------------------\n\nBu e-posta Destek Masası tarafından gönderilmiştir.\n", false,
			"İki terminal hâlâ hata veriyor.\n\nAyşe"},
		{"Hindi header block, nothing typed", "\nAndroid के लिए Outlook प्राप्त करें<https://aka.ms/AAb9ysg>\n________________________________\nप्रेषक: Acme Support <support@acme.example>\nभेजा गया: मंगलवार, मार्च 5, 2024 10:12:31 पूर्वाह्न\nप्रति: Priya Nair <priya@x.example>\nविषय: Re: [ESC-4012] Export\n\nHi Priya,\n", false,
			""},
		{"answers marked with initials", "Please see my answers below in blue.\n\nKofi\n\n________________________________\nFrom: Daniel <daniel@acme.example>\nSent: Tuesday, April 15, 2025 10:20 AM\nTo: Kofi <kofi@x.example>\nSubject: RE: [ESC-2418] Sync\n\nHi Kofi,\n\n  1.  Which version are you on?\nKM: 3.9.1.\n  2.  All mailboxes?\nKM: only shared ones.\n\nThanks,\nDaniel\n", false,
			"Please see my answers below in blue.\n\nKofi\n\nKM: 3.9.1.\nKM: only shared ones."},
		{"Samsung's Russian footer", "Спасибо, всё заработало.\n\n\n\nОтправлено с устройства Galaxy\n", false, "Спасибо, всё заработало."},
		{"Gmail reaction", "👍\n\nOliver Hartmann reacted via Gmail\n<https://www.google.com/gmail/about/?utm_source=gmail-in-product>\n", false, "👍"},
		{"Apple attachment and Help Scout token", "Here is the label.\n\n<IMG_4821.jpeg>\n\nGrace\n\n{#HS:2948173605-8812#}\n", false, "Here is the label.\n\nGrace"},
		{"inline answers, attribution deleted", "> Could you send the diagnostics?\n\nAttached.\n\n> [...]\n> Does it happen in staging?\n\nNo, only in production.\n\nBruno\n", false,
			"Attached.\n\nNo, only in production.\n\nBruno"},
		{"a citation alone stays", "> Status: degraded performance\n\nThat is what your status page says since 09:00.\n", false,
			"> Status: degraded performance\n\nThat is what your status page says since 09:00."},
		{"Outlook link preview", "The runbook:\n\nhttps://wiki.x.example/runbook\n[https://wiki.x.example/og.png]<https://wiki.x.example/runbook>\nFailover runbook · Wiki<https://wiki.x.example/runbook>\nStep-by-step procedure.\nwiki.x.example\n\nCould you review step 4.3?\n", false,
			"The runbook:\n\nhttps://wiki.x.example/runbook\n\nCould you review step 4.3?"},
	} {
		if got := visibleText(tt.in, tt.forward).text; got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}
