package intake

import (
	"strings"
	"testing"
)

// What auto/stranger70 (a SaaS for event organisers and venues) taught,
// in other languages and scripts than its own mails.

// venuesGroup is a member's post to a group of the writer's own company
// (its List-Id at the writer's domain, replies going to the group), as
// Google Groups carries it (auto/stranger70's 16, a Saudi venue's
// question through "venue-ops"): the group in To, cc our address when
// cc is set.
func venuesGroup(group, from string, cc bool) string {
	local, domain, _ := strings.Cut(group, "@")
	h := "From: " + from + "\r\nTo: " + group + "\r\n"
	if cc {
		h += "Cc: support@example.com\r\n"
	}
	return h + "Reply-To: " + group + "\r\nPrecedence: list\r\nList-ID: <" + local + "." + domain + ">\r\nList-Post: <mailto:" + group + ">\r\n" +
		"List-Unsubscribe: <mailto:" + local + "+unsubscribe@" + domain + ">\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
}

// TestDetectAutoSalutationToUs checks that a post to a customer's own
// group that opens with a salutation line ending with our name, in a
// language whose greetings addressing does not list ("السلام عليكم فريق
// Acme،", auto/stranger70's 16), is a person's mail to us, in other
// languages and scripts: with our address in copy, and with our address
// only a member of the group.
func TestDetectAutoSalutationToUs(t *testing.T) {
	checkAutoCases(t, []autoCase{
		{"a Russian venue's post, our address in copy",
			venuesGroup("tickets@arena-kazan.example", "Ирина Соколова <i.sokolova@arena-kazan.example>", true) + "Subject: [tickets] Возвраты после переноса концерта\r\n",
			"Здравствуйте, команда Example,\n\nпишу через нашу группу, чтобы коллеги тоже видели ответ. Концерт 5 декабря перенесён; можно ли вернуть деньги только тем, кто не сможет прийти в новую дату?\n\nСпасибо,\nИрина", Human},
		{"a Hebrew venue's post, our address a member of the group",
			venuesGroup("ops@heichal-tlv.example", "Noa Levi <noa@heichal-tlv.example>", false) + "Subject: [ops] מפת מושבים לנגישות\r\n",
			"שלום לצוות Example,\n\nאני שולחת דרך הקבוצה כדי שגם הצוות יראה. האם אפשר לסמן מושבי נגישות במפה כך שלא יימכרו באתר?\n\nתודה,\nנועה", Human},
		{"a Persian organiser's post with the Arabic comma",
			venuesGroup("events@tehran-hall.example", "Sara Ahmadi <s.ahmadi@tehran-hall.example>", true) + "Subject: [events] بلیت گروهی\r\n",
			"سلام تیم Example،\n\nآیا می\u200cتوان برای گروه\u200cهای بیش از ده نفر تخفیف خودکار تعریف کرد؟\n\nممنون،\nسارا", Human},
	})
}

// TestDetectAutoSalutationToUsNotText checks that posts to such a group
// that greet its members, whose opening paragraph runs on past a line
// that ends with our name, or whose first line names us but not last
// stay list mail.
func TestDetectAutoSalutationToUsNotText(t *testing.T) {
	ru := venuesGroup("tickets@arena-kazan.example", "Ирина Соколова <i.sokolova@arena-kazan.example>", true) + "Subject: [tickets] Возвраты\r\n"
	he := venuesGroup("ops@heichal-tlv.example", "Noa Levi <noa@heichal-tlv.example>", false) + "Subject: [ops] מפת מושבים\r\n"
	checkAutoCases(t, []autoCase{
		{"a Russian post greeting the members", ru,
			"Коллеги, привет,\n\nкто-нибудь уже делал частичные возвраты в Example после переноса концерта?\n\nИрина", List},
		{"a Russian opening paragraph that runs on past our name", ru,
			"Коллеги, кто уже перешёл на Example,\nподелитесь, как у вас с частичными возвратами?\n\nИрина", List},
		{"a Hebrew opening line that names us first", he,
			"Example, Ticketmaster ועוד,\n\nמה אתם משתמשים לנגישות?\n\nנועה", List},
		{"a Hebrew post to the members", he,
			"שלום לכולם,\n\nמישהו כבר קיבל תשובה מ-Example לגבי מושבי נגישות?\n\nנועה", List},
	})
}
