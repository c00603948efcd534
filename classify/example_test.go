package classify_test

import (
	"fmt"

	"github.com/escalate-dev/escalate/classify"
)

func ExampleClassifier_Classify() {
	c := classify.Default()
	r := c.Classify(classify.Input{
		Subject: "Platform down",
		Body:    "Since 9:00 nobody in our company can log in. No data was lost as far as we know.",
		Sender:  "ops@example.com",
	})
	fmt.Println(r.Severity)
	for _, e := range r.Evidence {
		fmt.Printf("%v %+.2f %s %q", e.Level, e.Weight, e.Field, e.Match)
		if e.Note != "" {
			fmt.Print(" (", e.Note, ")")
		}
		fmt.Println()
	}
	// Output:
	// P1
	// P1 +4.50 subject "Platform down"
	// P1 +3.00 body "nobody in our company can log in"
	// P1 +0.00 body "data was lost" (not counted: negated by "No")
}
