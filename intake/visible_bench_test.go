package intake

import (
	"strings"
	"testing"
)

// BenchmarkVisibleTextLong measures VisibleText on a long body of prose
// lines, the shape of the largest corpus mails.
func BenchmarkVisibleTextLong(b *testing.B) {
	line := "Brian Murray (brian-murray) wrote on 2011-08-03: the installer crashed again at 10:45, see https://launchpad.net/bugs/381598 for details"
	body := strings.Repeat(line+"\n\n> quoted line\n", 3000)
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		VisibleText(body)
	}
}
