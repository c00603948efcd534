package schema_test

import (
	"context"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/schema"
	"github.com/escalate-dev/escalate/schema/schematest"
)

// TestSetAsideListsAutomaticMailWithoutTicket checks what `escalate
// tickets --automatic` shows: incoming mail read as automatic that joined
// no ticket, newest first; not a person's mail, not automatic mail
// recorded on a ticket (a bounce of our acknowledgement), not our own.
func TestSetAsideListsAutomaticMailWithoutTicket(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		ctx := context.Background()
		mb, uv := "support", int64(1)
		uid := int64(0)
		in := func(id, kind, body string, minutes int) *schema.Message {
			uid++
			u := uid
			return &schema.Message{Direction: "in", MessageID: id, FromAddr: "noreply@relay.example", Subject: id,
				Body: body, AutoKind: kind, Mailbox: &mb, UIDValidity: &uv, UID: &u, ReceivedAt: t0.Add(time.Duration(minutes) * time.Minute)}
		}
		err := s.InTx(ctx, func(x *schema.Tx) error {
			tk := newTicket("printer offline")
			if err := x.CreateTicket(ctx, tk); err != nil {
				return err
			}
			bounce := in("bounce@mta.example", "bounce", "Delivery failed", 3)
			for _, m := range []*schema.Message{
				in("relay@relay.example", "list", "New message from Ana: the booking page is down since noon", 1),
				in("ooo@corp.example", "auto-reply", "I am out of the office until Monday", 2),
				bounce,
				in("person@corp.example", "", "Our printer is offline again", 4),
			} {
				if _, err := x.InsertMessage(ctx, m); err != nil {
					return err
				}
			}
			x.RecordMessage(&schema.Message{Direction: "out", MessageID: "ack@acme.example", AutoKind: "auto-reply", ReceivedAt: t0.Add(9 * time.Minute)})
			return x.SetMessageTicket(ctx, bounce.ID, tk.ID)
		})
		if err != nil {
			t.Fatal(err)
		}
		ms, err := s.SetAside(ctx, 10)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range ms {
			got = append(got, m.MessageID+" "+m.AutoKind)
		}
		want := []string{"ooo@corp.example auto-reply", "relay@relay.example list"}
		if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
			t.Errorf("SetAside = %q, want %q (newest first; no person's mail, none on a ticket)", got, want)
		}
		if len(ms) > 0 && (ms[0].Raw != nil || ms[0].Body == "") {
			t.Errorf("SetAside's rows carry raw bytes or lack the text: %+v", ms[0])
		}
		if ms, err := s.SetAside(ctx, 1); err != nil || len(ms) != 1 {
			t.Errorf("SetAside(limit 1) = %d rows, %v", len(ms), err)
		}
	})
}
