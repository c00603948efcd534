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
		fmt.Println(e)
	}
	// Output:
	// P1
	// P1 +4.50 subject "Platform down" (rule "platform down", default.rules:51)
	// P1 +3.00 body "nobody in our company can log in" (rule "nobody in our company can log in", default.rules:55)
	// P1 +0.00 body "data was lost" (rule "data was lost", default.rules:84): not counted: negated by "No"
}
