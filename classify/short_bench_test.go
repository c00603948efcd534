package classify

import "testing"

// BenchmarkShort classifies a mail of two words: what every mail costs
// whatever it says.
func BenchmarkShort(b *testing.B) {
	c := Default()
	in := Input{Subject: "Hello", Body: "Thanks team", Sender: "ana@example.com"}
	b.ReportAllocs()
	for b.Loop() {
		c.Classify(in)
	}
}
