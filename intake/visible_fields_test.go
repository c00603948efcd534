package intake

import "testing"

// TestToolFieldsUnderSignature: a help desk's fields in a paragraph of
// their own under the relayed comment's signature, one of them a status
// a tool keeps, in whatever order its form lists them ("Short
// description: …" over "Assignment group: …", "Assignment group" being
// no status the list knows), are the tool's (replies/stranger81's 20, a
// ServiceNow comment whose fields were kept). Failed before.
func TestToolFieldsUnderSignature(t *testing.T) {
	checkVisible(t, []bodyCase{
		{"servicenow, fields under the signature", "Incident INC0051234 -- comments added\n\nComments:\n2026-03-02 11:04:07 CET - Lena Brandt (Additional comments)\nHello,\nthe import runs again since this morning.\nRegards,\nLena Brandt\nIT Operations, Nordhafen GmbH\n\nShort description: Nightly import stalls\nAssignment group: Vendor - Acme\nClick here to view Incident: INC0051234\n\nRef:MSG0400127\n",
			"Hello,\nthe import runs again since this morning.\nRegards,\nLena Brandt\nIT Operations, Nordhafen GmbH"},
		{"the status field last", "Incident INC0051235 -- comments added\n\nComments:\n2026-03-02 11:04:07 CET - Lena Brandt (Additional comments)\nHello,\nplease close it.\nRegards,\nLena Brandt\nIT Operations, Nordhafen GmbH\n\nConfiguration item: Payroll export\nState: In Progress\nClick here to view Incident: INC0051235\n\nRef:MSG0400128\n",
			"Hello,\nplease close it.\nRegards,\nLena Brandt\nIT Operations, Nordhafen GmbH"},
	})
}

// TestToolFieldsUnderSignatureNotText: the writer's own "Label: value"
// lines in a relayed comment stay: above their closing, or under it
// naming no status a tool keeps, or with no signature above them.
func TestToolFieldsUnderSignatureNotText(t *testing.T) {
	checkVisible(t, []bodyCase{
		{"the writer's fields above the closing", "Incident INC0051236 -- comments added\n\nComments:\n2026-03-02 11:04:07 CET - Lena Brandt (Additional comments)\nHello,\nthe import failed again.\n\nStatus: still failing\nBrowser: Chrome 131\n\nRegards,\nLena Brandt\nIT Operations, Nordhafen GmbH\nClick here to view Incident: INC0051236\n\nRef:MSG0400129\n",
			"Hello,\nthe import failed again.\n\nStatus: still failing\nBrowser: Chrome 131\n\nRegards,\nLena Brandt\nIT Operations, Nordhafen GmbH"},
		{"the writer's order under the signature, no status", "Incident INC0051237 -- comments added\n\nComments:\n2026-03-02 11:04:07 CET - Lena Brandt (Additional comments)\nHello,\nthe refund has not arrived.\nRegards,\nLena Brandt\nIT Operations, Nordhafen GmbH\n\nOrder number: KP-2026-118734\nAmount paid: 145,00 EUR\nClick here to view Incident: INC0051237\n\nRef:MSG0400130\n",
			"Hello,\nthe refund has not arrived.\nRegards,\nLena Brandt\nIT Operations, Nordhafen GmbH\n\nOrder number: KP-2026-118734\nAmount paid: 145,00 EUR"},
		{"no signature above", "Incident INC0051238 -- comments added\n\nComments:\n2026-03-02 11:04:07 CET - Lena Brandt (Additional comments)\nHello,\nhere is what we see now:\n\nState: In Progress\nImport window: 02:00-04:00\nClick here to view Incident: INC0051238\n\nRef:MSG0400131\n",
			"Hello,\nhere is what we see now:\n\nState: In Progress\nImport window: 02:00-04:00"},
	})
}
