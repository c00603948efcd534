package mailer

import (
	"bytes"
	"context"
	"fmt"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/escalate-dev/escalate/intake/dovecottest"
)

// BenchmarkSenderThroughPostfix compares the Sender with a plain SMTP
// client (go-smtp, MAIL/RCPT/DATA per mail) sending the same mails to a
// real Postfix over 4 connections: the figure is mails accepted (250)
// per second, not yet delivered, and this process's CPU a mail.
func BenchmarkSenderThroughPostfix(b *testing.B) {
	const n, conns = 400, 4
	_, mta := dovecottest.StartWithPostfix(b, "support@acme.example", "alice@customer.example")
	mails := make([]Mail, n)
	raws := make([][]byte, n)
	for i := range mails {
		mails[i] = Mail{MessageID: fmt.Sprintf("esc.%d.ack@acme.example", i), Date: time.Now(), FromName: "Acme Support",
			FromAddr: "support@acme.example", To: []string{"alice@customer.example"}, Subject: "Re: [ESC-1] down",
			Body: "We are on it.\n", InReplyTo: "o@customer.example", References: []string{"o@customer.example"}}
		raw, err := Raw(mails[i])
		if err != nil {
			b.Fatal(err)
		}
		raws[i] = raw
	}
	for range b.N {
		s, err := NewSender(SMTPConfig{Host: mta.Host(), Port: mta.Port(), TLS: TLSNone, Connections: conns})
		if err != nil {
			b.Fatal(err)
		}
		begin, cpu0 := time.Now(), selfCPU()
		for i, r := range s.Send(context.Background(), mails) {
			if r.Err != nil {
				b.Fatalf("mail %d: %v", i, r.Err)
			}
		}
		sender, senderCPU := time.Since(begin), selfCPU()-cpu0
		s.Close()
		begin, cpu0 = time.Now(), selfCPU()
		var wg sync.WaitGroup
		for c := range conns {
			wg.Add(1)
			go func() {
				defer wg.Done()
				cl, err := smtp.Dial(mta.Addr)
				if err != nil {
					b.Error(err)
					return
				}
				defer cl.Close()
				cl.Hello("client.test")
				for i := c; i < n; i += conns {
					if err := cl.SendMail("support@acme.example", []string{"alice@customer.example"}, bytes.NewReader(raws[i])); err != nil {
						b.Error(err)
						return
					}
				}
			}()
		}
		wg.Wait()
		plain, plainCPU := time.Since(begin), selfCPU()-cpu0
		fmt.Printf("%d mails over %d connections: Sender %.0f/s (%.0f µs CPU a mail), plain go-smtp client %.0f/s (%.0f µs)\n",
			n, conns, n/sender.Seconds(), float64(senderCPU.Microseconds())/n, n/plain.Seconds(), float64(plainCPU.Microseconds())/n)
	}
}

// selfCPU is this process's user and system time so far.
func selfCPU() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
