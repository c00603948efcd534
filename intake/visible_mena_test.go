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
	const text = "سلام،\n\nگزارش باز نمی‌شود.\n\nبا سپاس،\nرضا کریمی\nمدیر عملیات\nتلفن: +971 4 555 0193"
	const block = "\n\nاز: Acme Support <support@acme.example>\nارسال شده: دوشنبه، 19 مه 2025 10:05 ق.ظ\nبه: رضا کریمی <reza@x.example>\nموضوع: RE: [ESC-6212] خطا\n\nDear Reza,\n\nWhich browser?\n\nKarim\n"
	checkVisible(t, []bodyCase{
		{"Persian header block below a signature's phone", text + block, text},
	})
}
