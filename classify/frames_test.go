package classify

import (
	"strings"
	"testing"
)

// TestStatedP1InAnyFrame puts plainly stated P1 facts inside the frames
// strangers wrap them in (courtesy, questions, thanks for an old fix,
// FYI, "small thing", a workaround asked for, what the writer first
// assumed, an earlier mail taken back) and fails when any comes out below
// P1: the readings that make alarm words context must not reach a stated
// impact. The starting classifier of branch sevq missed 18 of these 184.
func TestStatedP1InAnyFrame(t *testing.T) {
	cores := []string{
		"nobody can log in",
		"the whole platform is down for all our users",
		"all card payments are failing at checkout",
		"all our customer records have been deleted",
		"someone accessed our admin account and exported our customer list",
		"none of our staff can access the system",
		"our entire company is locked out",
		"every invoice sent today shows 0.00",
	}
	frames := []string{
		"%s.",
		"Hi, %s. Please let us know when this will be fixed.",
		"Sorry to bother you, but %s. Would you mind looking into it when you have a moment?",
		"Quick question: %s - is this a known issue?",
		"Thanks for the help last week. Since this morning %s.",
		"FYI %s. Can you call me?",
		"We read your status page, but %s right now.",
		"Not sure if this is the right address, but %s.",
		"Any idea what is going on? %s.",
		"Just a heads up: %s since 9am.",
		"We have an alert on our side: %s.",
		"Small thing maybe, but %s.",
		"It worked yesterday. Today %s.",
		"Is there a workaround? %s.",
		"If possible, please prioritise: %s.",
		"%s. We checked our internet, it is fine on our side.",
		"%s. Our IT team thought it was on our side at first but it is not.",
		"Please ignore my last mail. %s.",
		"It was working again for an hour, but now %s again.",
		"Re-opening: you said it was fixed, but %s.",
		"I'm not the admin, just an office manager. %s.",
		"Could you add a dark mode at some point? Separately, %s.",
		"Can you make it work again? %s.",
	}
	c := Default()
	bad := 0
	for _, core := range cores {
		for _, f := range frames {
			body := strings.Replace(f, "%s", core, 1)
			body = strings.ToUpper(body[:1]) + body[1:]
			got := c.Classify(Input{Subject: "help", Body: body})
			if got.Severity != P1 {
				bad++
				t.Errorf("Classify(%q) = %v, want P1%s", body, got.Severity, evidenceSummary(got))
			}
		}
	}
	t.Logf("%d/%d not P1", bad, len(cores)*len(frames))
}

// TestAlarmWordsAskedAbout checks mail that asks about, plans for,
// closes or praises the absence of incidents: none may page anyone. The
// starting classifier of branch sevq made 5 of these 16 P1.
func TestAlarmWordsAskedAbout(t *testing.T) {
	bodies := []string{
		"Do you have a status page where outages are posted?",
		"Could you send us your incident response policy and your data breach notification process?",
		"Thanks for fixing the login outage so quickly yesterday, everything works now.",
		"We read about a ransomware attack at another software vendor. Are we protected?",
		"How would we restore data if we ever lost records?",
		"Our auditors ask whether you had any security incidents in the last year.",
		"Please close the ticket, the outage is resolved on our side.",
		"Will there be downtime during next Sunday's maintenance?",
		"Not a single outage since we moved to you. Great job!",
		"Can we get an email alert when your service is down?",
		"Just curious what caused last week's outage, no action needed.",
		"Does your SLA cover data loss caused by our own users deleting records?",
		"We're writing a business continuity plan. What happens to our data if your platform goes down?",
		"Please remove me from the outage notification list.",
		"FYI we will run a failover drill on Saturday, you may see failed logins from us. No action needed.",
		"Is it possible that a data breach at our email provider affects our account? We have not seen anything unusual.",
	}
	c := Default()
	bad := 0
	for _, b := range bodies {
		got := c.Classify(Input{Subject: "question", Body: b})
		if got.Severity == P1 {
			bad++
			t.Errorf("Classify(%q) = P1, want below%s", b, evidenceSummary(got))
		}
	}
	t.Logf("%d/%d P1", bad, len(bodies))
}
