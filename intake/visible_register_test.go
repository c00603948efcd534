package intake

import "testing"

// TestRegisteredCompanyParagraph: a company's register sentence under a
// blank line below the signature, naming the company with its legal form
// and the country it is registered in, whichever that is, opens the
// footer (replies/stranger81's 29, a Kenyan school's "… Ltd is
// registered in Kenya under Company No. …", kept). Failed before.
func TestRegisteredCompanyParagraph(t *testing.T) {
	checkVisible(t, []bodyCase{
		{"Kenya, under a print plea and a disclaimer", "Dear Acme Support,\n\nplease open the window from 1 December.\n\nYours faithfully,\n\nGrace Wambui\nPrincipal\nKilimani Heights Academy\n\nKilimani Heights Academy Ltd is registered in Kenya under Company No. PVT-7LU4XB2, registered office: Argwings Kodhek Road, Nairobi.\n\nPlease consider the environment before printing this email.\n\nDISCLAIMER: This email and any attachments are confidential and intended solely for the addressee.\n",
			"Dear Acme Support,\n\nplease open the window from 1 December.\n\nYours faithfully,\n\nGrace Wambui\nPrincipal\nKilimani Heights Academy"},
		{"South Africa, alone", "Hi,\n\nthe invoices are correct now.\n\nRegards,\nThabo Nkosi\nHighveld Cold Chain\n\nHighveld Cold Chain (Pty) Limited is registered in the Republic of South Africa, registration number 2014/123456/07.\n",
			"Hi,\n\nthe invoices are correct now.\n\nRegards,\nThabo Nkosi\nHighveld Cold Chain"},
		{"India, incorporated", "Hello,\n\nplease add two seats.\n\nThanks,\nRavi Menon\n\nMenon Textiles Pvt. Ltd. is incorporated in India, CIN U17110KA2009PTC051234.\n",
			"Hello,\n\nplease add two seats.\n\nThanks,\nRavi Menon"},
	})
}

// TestRegisteredCompanyParagraphNotText: a writer who says where their
// organisation or account is registered, with no legal form after its
// name, keeps the sentence, last paragraph or not.
func TestRegisteredCompanyParagraphNotText(t *testing.T) {
	checkVisible(t, []bodyCase{
		{"the writer's school", "Dear Acme Support,\n\nplease update our details.\n\nOur school is registered in Kenya under the new name since 2025, Company No. PVT-7LU4XB2.\n",
			"Dear Acme Support,\n\nplease update our details.\n\nOur school is registered in Kenya under the new name since 2025, Company No. PVT-7LU4XB2."},
		{"a name without a legal form", "Hello,\n\nthe receipts show the old name.\n\nKilimani Heights Academy is registered in Kenya under Company No. PVT-7LU4XB2 since March, please print that on them.\n\nGrace\n",
			"Hello,\n\nthe receipts show the old name.\n\nKilimani Heights Academy is registered in Kenya under Company No. PVT-7LU4XB2 since March, please print that on them.\n\nGrace"},
	})
}
