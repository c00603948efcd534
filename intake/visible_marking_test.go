package intake

import "testing"

// TestConfidentialityMarking: the marking a company's labelling puts
// alone on the first line of a mail ("SULIT & PERSENDIRIAN", "STRICTLY
// CONFIDENTIAL", "社外秘") is the mail system's; the same words in the
// writer's sentence, or a title-case heading of theirs, stay.
func TestConfidentialityMarking(t *testing.T) {
	checkVisible(t, []bodyCase{
		{"Malay marking on top", "SULIT & PERSENDIRIAN\n\nSalam,\n\nsila semak akaun.\n\nAina\n", "Salam,\n\nsila semak akaun.\n\nAina"},
		{"English marking, starred", "*STRICTLY CONFIDENTIAL*\n\nHi,\nplease reset the PIN.\nTom\n", "Hi,\nplease reset the PIN.\nTom"},
		{"Japanese marking", "社外秘\n\nお世話になっております。\n確認をお願いします。\n", "お世話になっております。\n確認をお願いします。"},
		{"the word in a sentence", "Hi,\nthe list is confidential, please do not share it.\nTom\n", "Hi,\nthe list is confidential, please do not share it.\nTom"},
		{"a title-case heading of the writer's", "Confidential\n\nHi,\nthe audit starts Monday.\n", "Confidential\n\nHi,\nthe audit starts Monday."},
	})
}
