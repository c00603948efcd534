package intake_test

import (
	"fmt"

	"github.com/escalate-dev/escalate/intake"
)

func ExampleParse() {
	raw := []byte("From: =?UTF-8?Q?J=C3=B6rg?= <joerg@example.de>\r\n" +
		"To: support@example.com\r\n" +
		"Subject: Re: [ESC-42] Server down\r\n" +
		"Message-ID: <reply-1@example.de>\r\n" +
		"In-Reply-To: <ack-42@support.example.com>\r\n" +
		"\r\n" +
		"Still down, please call me.\r\n" +
		"\r\n" +
		"On Thu, Nov 26, 2026 at 10:00 AM Support <support@example.com> wrote:\r\n" +
		"> We received your request.\r\n")
	m, err := intake.Parse(raw, intake.ParseOptions{OwnAddresses: []string{"support@example.com"}})
	if err != nil {
		fmt.Println(err)
		return
	}
	ticket, _ := intake.SubjectTag(m.Subject)
	fmt.Printf("from %s <%s>, ticket %d, automatic %q\n", m.From.Name, m.From.Addr, ticket, m.Auto)
	fmt.Println(m.ThreadIDs())
	fmt.Println(m.Visible)
	// Output:
	// from Jörg <joerg@example.de>, ticket 42, automatic ""
	// [ack-42@support.example.com]
	// Still down, please call me.
}

func ExampleVisibleText() {
	fmt.Println(intake.VisibleText("Erledigt.\n\nVon meinem iPhone gesendet\n\n" +
		"Am 05.01.2026 um 10:00 schrieb Anna <anna@example.de>:\n> Geht es?\n"))
	// Output: Erledigt.
}

func ExampleNormalizeSubject() {
	fmt.Println(intake.NormalizeSubject("AW: Re: [ESC-12] Server down"))
	// Output: Server down
}
