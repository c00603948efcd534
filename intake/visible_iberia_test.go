package intake

import "testing"

// TestVisibleIberia checks what replies/stranger40 (an ordinary month at
// a desk serving Spain, Portugal and Latin America) found: external-sender
// banners in Spanish and European Portuguese, confidentiality notices in
// Brazilian Portuguese, Galician and Catalan, and Yahoo Mail on Android's
// attribution run together with the desk's "reply above this line", over
// our own mail quoted without "> ".
func TestVisibleIberia(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"Spanish banner",
			"PRECAUCIÓN: Este correo procede de fuera de Acme. No haga clic en enlaces ni abra archivos adjuntos salvo que reconozca al remitente.\n\nBuenos días, Laura.\n\nYa funciona, gracias.\n\nRenata",
			"Buenos días, Laura.\n\nYa funciona, gracias.\n\nRenata"},
		{"Portuguese banner",
			"ATENÇÃO: Este email teve origem fora da organização. Não clique em ligações nem abra anexos, a menos que reconheça o remetente.\n\nBoa tarde,\n\nO ficheiro não passa na validação.\n\nHelena",
			"Boa tarde,\n\nO ficheiro não passa na validação.\n\nHelena"},
		{"Brazilian notice",
			"Olá Laura,\n\nO relatório abriu.\n\nRenata Oliveira\n\nEsta mensagem, incluindo seus anexos, pode conter informações confidenciais. Se você a recebeu por engano, avise o remetente e apague-a.",
			"Olá Laura,\n\nO relatório abriu.\n\nRenata Oliveira"},
		{"Galician notice",
			"Boas tardes,\n\nO problema segue igual.\n\nXoán\n\nEste correo electrónico e os seus anexos son confidenciais e van dirixidos exclusivamente á persoa destinataria. Se o recibiu por erro, comuníqueo ao remitente.",
			"Boas tardes,\n\nO problema segue igual.\n\nXoán"},
		{"Catalan notice",
			"Hola Jordi,\n\nEns ha duplicat la retenció.\n\nMontse\n\nAVÍS DE CONFIDENCIALITAT: Aquest missatge i els fitxers adjunts són confidencials. Si l'heu rebut per error, us preguem que ho comuniqueu al remitent.",
			"Hola Jordi,\n\nEns ha duplicat la retenció.\n\nMontse"},
		{"Yahoo Android's attribution over our marker, nothing typed",
			"\n\nEnviado desde Yahoo Mail para Android\n\n  El vie., 7 de mar. de 2025 a la(s) 13:10, Laura García (Acme)<support@acme.example> escribió:   ##- Please type your reply above this line -##\n\nLaura García (Acme)\n\nHola Alejandra:\n\nLe enviamos adjunto el manual.\n\nSaludos,\nLaura",
			""},
		{"Yahoo Android's attribution over our marker, a reply above",
			"Muchas gracias, ya lo configuré.\n\nEnviado desde Yahoo Mail para Android\n\n  El vie., 7 de mar. de 2025 a la(s) 13:10, Laura García (Acme)<support@acme.example> escribió:   ##- Please type your reply above this line -##\n\nHola Alejandra:\n\nLe enviamos adjunto el manual.",
			"Muchas gracias, ya lo configuré."},
	} {
		if got := VisibleText(tc.in); got != tc.want {
			t.Errorf("%s:\ngot  %q\nwant %q", tc.name, got, tc.want)
		}
	}
}
