package intake

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

// replyCase is one reply from testdata/replies: a body (.txt) or a whole
// mail (.eml) and the visible text expected of it (.want, empty when the
// reply has no new text).
type replyCase struct {
	name, path string
	eml        bool
	want       string
}

// Floors below the exact-match rates of the reply sets, so that a
// regression fails; raise them when the rates improve. The hold-out set
// was written together with the tuning set, before any change it scores,
// and no rule was ever tuned on it: its rate is the honest one.
// stranger1 came from a writer who saw no code (60 replies, 28 clients,
// 13 languages): scored once before any change at 53/60 (88.3 %) with 2
// damaging failures (a GroupWise ">>> … >>>" attribution kept the
// history; Outlook's Italian "Ottieni Outlook per iOS" stood for the
// text of an empty reply), then tuned on. stranger2 came from another
// such writer after that (60 replies, 36 clients and help desks, 18
// languages, harder by its brief): 48/60 (80.0 %) and 4 damaging
// failures at first reading (Apple Mail's attribution quoted with the
// mail it introduces; Zendesk's agent comment below "##- Please type your
// reply above this line -##" lost), then tuned on. stranger3, a third
// writer's 50 after that: 42/50 (84.0 %) and 3 damaging failures at first
// reading (a signature's "YouTube<https://…/@acme>" link read as an
// attribution's address, cutting the writer's phone and links; a wrapped
// paragraph of an HTML mail compared line by line; a forward without a
// note, whose expectation was changed to the gateway's contract: see the
// set's README), then tuned on. stranger4, a fourth writer's 50 (agents'
// status updates, shell output, initials-quoted The Bat! replies): 45/50
// (90.0 %) and 3 damaging at first reading (Gmail's answers typed inside
// its quote below an attribution wrapped before "wrote:"; The Bat!'s
// "NS> " quotes; a shell's "> " continuation lines dropped as quotes),
// then tuned on. stranger5, a fifth writer's 50 (Outlook in its desktop,
// web, Mac and mobile layouts and ten languages' header blocks, and
// fifteen less common clients): 46/50 (92.0 %) and 1 damaging at first
// reading (a forward with no comment, which the gateway knows by its
// subject: the harness now reads a .txt case named as a forward as one),
// Outlook's Turkish "-----Özgün İleti-----", a data-protection paragraph
// after a Spanish notice, a Zendesk notification's latest comment), then
// tuned on. stranger6, a sixth writer's 50 (Gmail, Apple Mail, Notes,
// mutt and others in 15 languages): 45/50 (90.0 %), 4 damaging at first
// reading. stranger7, a seventh writer's 50 as company mail systems
// deliver them (external-sender banners, rewritten links, images and
// footers in the text): 22/50 (44.0 %), 7 damaging at first reading, the
// banners above all; then tuned on (two contract differences, in its
// README). stranger8, an eighth writer's 50 in the MIME shapes real mail
// comes in (S/MIME and PGP signed, TNEF, forwards as attachments, HTML
// written below its quote, mislabelled and Asian charsets): 40/50
// (80.0 %), 6 damaging at first reading, then tuned on (one contract
// difference, in its README).
//
// stranger9, a ninth writer's 51 (forwards of forwards, pasted sentences
// after "you wrote:", quote prefixes "|", ":", "»", ">" without a space,
// "[...]" in quotes, signatures below the quote, customers' ticket tools):
// 34/51 (66.7 %), 4 damaging at first reading; after its round 42/51, 0
// damaging; after the next, 50/51: a ticket tool's header and footer
// around a person's comment (Jira Service Management, ServiceNow,
// Freshservice, Help Scout, osTicket) are left out (visible_tickets.go).
// The one left is an Outlook forward of a forward whose comments at
// every level are kept (the writer wants the top one only). The team's
// hold-out kept a "[...]" below a quoted line as the writer's; by the
// contract since given to every writer it goes with the quote, and its
// .want was edited to say so.
//
// stranger10, a tenth writer's 50 (consumer webmail and apps, 21
// languages): 39/50 (78.0 %), 4 damaging at first reading; stranger11,
// an eleventh writer's 50 (agents' technical updates: logs, shell, SQL,
// patches, #commands): 46/50 (92.0 %), 3 damaging; both 50/50 after
// their round (the .txt forward named "fwd", and one fixture line split,
// said in their READMEs). stranger12, a twelfth writer's 50 (large
// companies' and public bodies' HTML mail): 38/50 (76.0 %), 6 damaging at
// first reading, 3 of them .txt cases saved in legacy charsets (converted,
// said in its README). With it, Outlook on the web's id="Signature" block
// stays (the sign-off and name typed without "-- " stay, by the contract
// every writer had); the team's own tune case that dropped it was edited.
// stranger13, a thirteenth writer's 50 (phones and tablets in 24 less
// common languages: Thai, Bengali, Urdu, Persian, Basque, Swahili…),
// written after stranger12's round: 20/50 (40.0 %), 10 damaging at first
// reading (attribution verbs, separators and "Sent from" footers in those
// languages, right-to-left attributions wrapped in bidi marks, a footer
// above inline answers); 50/50 after its round. stranger14, a
// fourteenth writer's 50 (an ordinary week's mix of clients, languages
// and shapes, in proportion to their use), written after stranger13's
// round: 46/50 (92.0 %), 0 damaging at first reading, the first set to
// meet the goal as it came; 49/50 after its round (a Japanese signature
// box's closing rule is dropped). stranger15 (older and less common
// clients and webmails: Outlook Express, Lotus Notes 5–9, Pine, Eudora,
// GroupWise, Horde IMP, SquirrelMail, AOL, Hotmail of the 2000s) and
// stranger16 (the writer's own text that looks like history: ">" in
// arrows, prompts and code, "From:" in a pasted session, "wrote" in a
// sentence, dividers; in five languages), both written after stranger14's
// round: 40/50 (80.0 %), 3 damaging and 46/50 (92.0 %), 1 damaging at first
// reading; 50/50 each after their round. stranger17 (the apps of
// 2024–2026: new Outlook, Gmail reactions, Spark, HEY, shared inboxes,
// customers' help desks, link previews) and stranger18 (Asia-Pacific,
// Middle Eastern and Latin American business mail in legacy charsets),
// written after that round: 42/50 (84.0 %), 1 damaging and 40/50 (80.0 %),
// 3 damaging at first reading; 50/50 each after theirs (one want of
// stranger17 changed to keep answers typed into the quoted mail, as its
// README says). stranger20 (forwards and escalation chains: a comment at
// every level, forwards as attachments, comments below the forwarded
// block, "see below" one-liners), written after that round: 42/50
// (84.0 %), 5 damaging at first reading; 50/50 after its round.
// stranger19 (replies whose text lives in HTML, every major client's
// markup), written with stranger20: 44/50 (88.0 %), 2 damaging at first
// reading; 50/50 after its round (three wants changed, as its README
// says: list bullets kept, a registration line above a notice dropped).
// stranger22 (replies typed on phones and watches in 14 languages: one
// word, dictation, accidental sends), written after those rounds: 49/50
// (98.0 %), 0 damaging at first reading (a Russian Samsung footer); 50/50
// after.
// stranger24 (an ordinary fortnight at a B2B desk, clients and languages
// in proportion to their use), written 2026-12-04 after stranger23's
// round: 47/50 (94.0 %), 0 damaging at first reading (Zendesk's notice to
// someone in copy, Jira's footer with its links in parentheses, inline
// answers spaced by two blank lines); 50/50 after. stranger25 (Nordic,
// Baltic, Central and Eastern European and Greek business mail in legacy
// charsets), written with it: 40/50 (80.0 %), 4 damaging at first reading
// (a Latvian header block and Zimbra separator, a Romanian help desk's
// notice of a change, answers in red announced in Hungarian;
// confidentiality notices in Danish, Estonian, Greek, Slovenian); 49/50
// after (an Interia advertisement line is left: its wording is the
// writer's guess).
// stranger26 (what relays add: Google and Microsoft 365 groups, Mailman,
// Sympa, shared mailboxes, rule forwards, SRS, Hide My Email, security
// gateways' banners, footers and rewritten links) and stranger27 (sales,
// productivity and add-on tools: "Sent with Mixmax", trackers, Calendly and
// Chili Piper blocks, Teams details, signature generators, Loom, Copilot
// summaries, translation add-ons), written 2026-12-04 evening, scored at
// 742d155: 40/50 (80.0 %), 4 damaging and 22/50 (44.0 %), 5 damaging at
// first reading; 49/50 and 48/50, none damaging, after their round (ten
// wants changed to the contract, as their READMEs say).
// stranger28 (replies to the gateway's own mails: customers answering
// the acknowledgement and updates on every client, agents answering
// notices and digests with #commands), written after them, scored at
// 7fdddaf: 48/50 (96.0 %), 1 damaging at first reading (a pasted curl -v
// whose request lines start with "> "; answers in red announced in
// Dutch); 50/50 after.
// stranger29 (an ordinary month at a European and North American desk,
// mostly whole mails in the MIME shapes the clients send), written after
// stranger28, scored at 94a80fa: 45/50 (90.0 %), 2 damaging at first
// reading (the company's notice above a reply with nothing typed; Jira's
// "changed the status to"; Dutch and Polish notices; TOPdesk's action
// above its earlier ones); 50/50 after.
// stranger31 (technical writers answering inline or below the quote in
// long threads: Thunderbird, mutt, Gnus/mu4e, Evolution, Claws, KMail,
// Apple Mail, Outlook quoting with "> "; six languages), written
// 2026-12-04 night, scored at d7fa6c6: 41/50 (82.0 %), 9 damaging at
// first reading (Outlook's "> -----Original Message-----" over answers,
// five; attributions at two depths in a row inside the quote; a
// space-stuffed ">= 12" comparison; two wants that differed from the
// contract, changed as its README says); 50/50 after.
// stranger32 (banks, insurers, hospitals, public bodies and law firms in
// eight countries: classification labels, register lines and notices,
// S/MIME, Notes, assistants, shared mailboxes; five languages), written
// with stranger31, scored at 8cd3d04: 32/50 (64.0 %), 5 damaging at first
// reading (Outlook's "address<mailto:address>" in a signature read as an
// attribution, twice; answers in red announced by a verb, "te contesto en
// rojo"; three wants that differed from the contract); labels,
// registrations above or below a notice, NHS and public-records lines and
// a privacy pointer left in; 49/50 after (a notice kept above colour
// answers).
// stranger33 (the Middle East, Africa, South and South-East Asia: 14
// languages, right-to-left text and bidi marks, Windows-1255/1256/1258/
// 874), written 2026-12-04 night, scored at a93093a: 42/50 (84.0 %), 4
// damaging at first reading (Gmail's Malay forward separator; Outlook's
// Malay header block; Windows-1258's decomposed letters hid Outlook's
// Vietnamese header block; a link as the text part writes it, a contract
// difference); notices in Hebrew, Arabic and Malay, Vietnamese and Turkish
// phone footers left in; 50/50 after (two wants changed, README).
// stranger34 (an ordinary fortnight at an SMB desk in North America,
// the UK, Ireland, Australia and Europe, 40 whole mails, in proportion
// to the clients and languages that arrive), written 2026-12-04 night,
// scored at 0cd6029: 45/50 (90.0 %), 4 "damaging" at first reading, all
// four links the brief left unclear (a link whose text shows its
// address; a link as Gmail's text part writes it), wants changed as its
// README says; a Dutch notice opened by "De informatie in dit
// e-mailbericht" kept; 50/50 after.
// stranger35 (Japan, China, Taiwan, Hong Kong and Korea: Outlook, Becky!,
// Thunderbird, Foxmail, NetEase, QQ, Naver, Daum, Yahoo! JAPAN, phones;
// ISO-2022-JP, Shift_JIS, EUC-JP, GB2312/GBK/GB18030, Big5, EUC-KR),
// written 2026-12-04 night, scored at e06adb5: 44/50 (88.0 %), 3 damaging
// at first reading (Thunderbird's Korean attribution, "… 이(가) 쓴 글:";
// QQ Mail's forward with a blank line above its subject field; a link the
// brief left unclear); a Japanese notice framed by horizontal bars kept;
// 48/50 after (a closing rule and a right-aligned 以上, README).
// stranger36 (European webmail and hosted groupware, mostly HTML: GMX,
// web.de, T-Online, Posteo, Open-Xchange, Roundcube, SOGo, Horde,
// SnappyMail, Zimbra, Proton, Tuta, Orange, Free, La Poste, Libero,
// Seznam, Yandex, Mail.ru; nine languages), written 2026-12-04 night,
// scored at bf64b14: 46/50 (92.0 %), 2 damaging at first reading (La
// Poste's quoted "Message du …" header above a reply typed below it;
// Yandex's forward, its sender in the attribution line and the other
// fields below it); Tuta's and Yandex's attributions without a verb kept
// as text; 50/50 after.
// stranger37 (the desk's own people answering its notices: agents'
// status updates with #commands, leads, a VP and the CEO from phones and
// desktops, shared mailboxes, Teams and Slack bridges), written 2026-12-04
// night, scored at 4f1c4b5: 43/50 (86.0 %), 5 damaging at first reading
// ("on it" above Gmail's attribution read as its first piece, the reply
// lost; four links read from the HTML part where the gateway reads the
// text part, a contract difference); answers Outlook marks "[Marcus Lee]"
// kept with the notice around them; 49/50 after (a bridge's footer).
// stranger38 (the commonest replies: one word or one line above or below
// the history, many opening with words attributions open with, "On my
// way", "Am Montag passt", "Le mardi me convient", "W dniu…", in twelve
// languages from every common client), written after stranger37's round,
// scored at 35d640c: **50/50 (100 %), none damaging** at first reading.
// stranger39 (Outlook in all its forms in 24 languages of smaller
// markets), written 2026-12-04 night, scored at 1ae3fe7: 47/50 (94.0 %),
// 2 damaging at first reading (Outlook's Catalan header block; a link as
// the HTML part writes it, a contract difference); a Catalan banner and
// notice kept; 50/50 after. stranger40 (an ordinary month at a desk
// serving Spain, Portugal and Latin America: Outlook and Gmail most,
// Spanish, Portuguese, Catalan, Galician), written 2026-12-05 night,
// scored at 9e8f8c4: 44/50 (88.0 %), 1 damaging at first reading (Yahoo
// on Android's attribution run together with our "reply above this
// line" over our mail quoted without "> ", shown as the text of an empty
// reply); Spanish and Portuguese banners and Brazilian, Galician and
// Catalan notices kept; 50/50 after. stranger41 (an ordinary month at a
// desk serving Germany, Austria, Switzerland, the Benelux and France:
// Outlook, GMX/WEB.DE, t-online, Orange, Proton), written 2026-12-05
// night, scored at 57231b7: 44/50 (88.0 %), 5 "damaging" as written, 4 of
// them wants that differed from the contract (a link of an HTML-only mail
// written "text <URL>", a self-linked address written twice, a company's
// register lines removed where earlier sets keep them); by the contract
// 48/50 and 1 damaging (Proton Mail's forward with nothing typed, its
// mail quoted with "> ", read as history only); a Belgian VAT and
// register line kept; 50/50 after. stranger42 (an ordinary month at a
// desk serving the UK, Ireland, Australia, New Zealand, South Africa and
// India: Outlook in its forms with the new Outlook for Windows, Gmail,
// Apple, Samsung, Yahoo, Zoho, ISPs' webmail, Superhuman), written
// 2026-12-05 night, scored at 715800a: 45/50 (90.0 %), 5 "damaging" as
// written, 2 of them an address linked to itself written twice (the
// contract reads it once); by the contract 46/50 (html2text's space
// before the punctuation after a link, twice, and around an address
// unwrapped from its mailto link; an Australian "IMPORTANT:" notice and a
// South African "Disclaimer:" on POPIA kept); 50/50 after. stranger43
// (an ordinary month at a desk serving Italy, Ticino and Romandie,
// Poland, Czechia and Romania: Outlook, Gmail, Libero, Virgilio, Aruba,
// WP, Onet, Interia, Seznam, Yahoo, Apple, Samsung, Thunderbird), written
// 2026-12-05 night, scored at 9e48ed2: 45/50 (90.0 %), 2 damaging at first
// reading (Roundcube's Italian forward opening with "Oggetto" and naming
// the sender "Mittente": the forwarded mail lost; Samsung's Italian
// footer above our mail shown as text) and Samsung's Czech and Yahoo's
// Romanian footers and a Czech banner kept; 50/50 after. stranger44 (an
// ordinary month at a desk serving the US and Canada, English and
// Canadian French: Outlook, Gmail, Apple, Yahoo, AOL, Xfinity, Verizon,
// Samsung, Superhuman, Front, HubSpot), written 2026-12-05 night, scored at
// 903d66c: **49/50 (98.0 %), none damaging** (AOL's "Sent from the all new
// AOL app for iOS" kept); 50/50 after. stranger45 (an ordinary month in
// the Nordic and Baltic countries and the DACH countries: Outlook with its
// localized header blocks, Gmail, Apple, Thunderbird, Proton, GMX/WEB.DE,
// Telia and Elisa webmail, Samsung, the desk's agents), written 2026-12-06,
// scored at 0115c9c (the intake code of the session's start): 41/50
// (82.0 %), 4 "damaging" as written, 2 by the link contract (two wants kept
// Outlook's "www.x.example<http://www.x.example/>" where the contract
// names a self-linked address once; changed to it): WEB.DE's forward whose
// header block runs into "Hallo Sabine," without a blank line (the
// greeting read as the subject wrapped), Apple Mail's Danish "Start på
// videresendt besked" quoted below nothing typed (read as history only);
// Latvian, Lithuanian and Austrian confidentiality notices, Avast's footer
// and the Lithuanian iPhone footer kept; 50/50 after. stranger46
// (technical customers answering inline and bottom-posting in long threads,
// English, German, French, Spanish, Italian, Dutch, Polish, Japanese:
// Outlook in its three forms, OWA, Gmail, Thunderbird, Apple, mutt,
// Evolution, KMail, Claws, the desk's agents), written 2026-12-06, scored
// at 78fcf0a: 38/50 (76.0 %), **9 damaging** (three replies typed below
// the mail answered under Outlook's header block, read as history only;
// inline answers under a greeting with no attribution; answers marked
// "=>." and "→" (announced in Japanese) and "JdV:" not told apart, or cut
// after their first line; a Postfix log line read as an attribution;
// Apple Mail's Polish "Wiadomość napisana przez …" attribution; a German
// register line dropped as a notice); 48/50 and none damaging after.
// stranger47 (reply-all chains of a US/UK SaaS's customers with two or
// three quoted layers, colleagues' one-liners above forwards; Gmail,
// Outlook in five forms, Apple, Superhuman, Spark, Front, Missive, Zoho,
// Fastmail, Hey; English with Spanish, French, German, Portuguese),
// written 2026-12-06, scored at fa74f91: **49/50 (98.0 %)**, the one miss
// a UK registration footer ("Registered in England and Wales, company no.
// …") the writer kept as a register paragraph, which the earlier sets'
// writers remove as a footer: its want follows them (50/50).
// stranger53 (the shapes issue 13 names, written for them: Outlook plain
// text with colons in the writer's last lines, its HTML and mobile forms,
// localized header blocks, "sent:" and Android's "---- … wrote ----",
// header blocks opening with Date: or To:, "=2C" residue, wrapped links
// in quotes, inline answers, Notes and Zimbra separators), written
// 2026-12-06 evening, scored at 34a1928: **49/50 (98.0 %), none
// damaging**, the one miss "On 4 March 2025 10:12, Acme Support sent:"
// (no address) kept with a register paragraph; 50/50 after. stranger54
// (an ordinary month at a desk in the US, UK, Germany, France, Spain, the
// Netherlands and the Nordics, in the proportions a real desk sees),
// written with stranger53, scored at 34a1928 and at e4c8ec5: **49/50
// (98.0 %), none damaging**, the one miss ServiceNow's HTML notification
// whose author line has no-break spaces for the parentheses around
// "Additional comments" (its chrome and the older comment kept); 50/50
// after. stranger55 (an ordinary October at the desk: Outlook in its
// forms, Gmail, Apple Mail, nine languages, agents' #commands), written
// after stranger54, scored at 874f4dd: 41/50 (82.0 %), 5 damaging at
// first reading (a register paragraph above the "Geschäftsführer:" or
// "Vorstand:" paragraph took that paragraph with it, four times; a link
// as the HTML part writes it); 49/50 after (a standing-apart KvK
// paragraph, a notice headed "Información básica sobre protección de
// datos:", answers marked by an arrow named in words, a signature box's
// closing rule, which also made stranger8's, stranger14's and
// stranger35's last Japanese boxes exact). The one left is the link: its
// want writes "panel de estado ( https://status.acme.example )", its
// README's judgment call, where the gateway reads Gmail's text part,
// "panel de estado <https://status.acme.example>", as the earlier sets'
// wants have it; the want was left as written. stranger56 (replies from
// customers' own help desks and CRMs, regional webmail, Thunderbird, mutt
// and Apple Mail, nine languages), written after stranger55, scored at
// 9ad8643: 41/50 (82.0 %), 1 damaging at first reading (a GLPI follow-up
// whose text opens on its "Contenu :" label, the writer's first line lost
// with the label); 50/50 and none damaging after: Salesforce's thread
// token as Lightning writes it, "ref:!00D….!500…:ref" (and so the
// register paragraph above it), Kayako's ticket block between rules with
// its "Acme Support replied, <date>" over our mail, Intercom's "· Reply
// to this email to continue the conversation", GLPI's "Auteur :" and
// "Contenu :" fields, Znuny's "[Ticket#…]" line, Jira Service
// Management's change of status below the comment (which also made
// stranger23's English Jira case exact, 38/40), a Korean notice opening
// with "※", and blank lines of one space written empty. No want was
// changed.
//
// stranger57 (one incident week of long threads: Outlook in six forms,
// Gmail, Apple Mail, Thunderbird, Notes, Zimbra, eM Client, Samsung, in
// eight languages; fifth and eighth messages, forwards then replies,
// inline answers, agents' #commands), written blind, scored once at
// d5ee7f2 before any change: 43/50 (86.0 %), 2 damaging (a
// "Geschäftsführer:" line closing a register paragraph went with it,
// where the writers' brief keeps a managing-director line); after its
// round: 50/50, 0 damaging. The board's line that closes a register
// paragraph now stays and the register lines above it go (stranger12's
// t23, stranger41's 17 and 43 and stranger49's 03 and 38 drop it with
// the paragraph in their wants and are inexact since, 48/50 each); a
// register line runs into the notice below it by a Swiss UID ("MWST-Nr.
// CHE-…") or the Dutch "is ingeschreven bij de KvK onder nummer …"; a
// Swedish "Org.nr … · Styrelsens säte: …" paragraph is a footer; a
// footer or notice above the mail answered inline goes without cutting
// the answers below it; an arrow typed in the announcement ("jeweils mit
// --> markiert") and initials before a spaced colon ("SG : …") mark the
// answers. No want was changed.
//
// stranger58 (an ordinary January at the desk: Outlook in six forms,
// Gmail, Apple Mail, Thunderbird, three customers' help desks, in
// English with Irish and Welsh, and the five Nordic languages; empty
// replies, forwards, inline answers, agents' #commands), written blind,
// scored once at d7d655ef before any change: 45/50 (90.0 %), 2 damaging
// (a reply sent with nothing but Outlook's signature above the history
// shown as new text; a Safe Links URL the writer pasted given back its
// own address); after its round: 49/50, 1 damaging. A reply whose text
// is the sender's signature alone, opened by their whole name, is empty
// (clientSignatureOnly); notices opening "Informationen i detta
// e-postmeddelande …" and "Mae'r e-bost hwn …" (Welsh) are notices; a
// help desk's "Ticket #… | Please keep the ticket number in the subject
// line …" is the tool's. The one left, 21, was a contract difference:
// the writers' brief said only "links as the plain part writes them",
// and the set's README kept the pasted Safe Links URL as written, where
// the gateway gives every rewritten link its own address back (so that
// no tenant's token or reader's address is relayed), as 35 wants of 22
// earlier sets expect. The project settled it for the gateway's contract:
// 21's want shows the unwrapped address (noted in the set's README), and
// the set reads 50/50, none damaging.
//
// stranger59 (an ordinary March at a desk serving Southern and Eastern
// Europe, Turkey and Latin America: Outlook classic in its UI languages
// about half, Gmail, regional webmail, two customers' help desks; legacy
// charsets), written blind, scored once at 99e0dc3 before any change:
// 42/50 (84.0 %), 1 damaging (a reply that is only Outlook's signature
// over a Spanish header block, a body with no From to go by, shown as
// new text). After its round: 50/50, none damaging. A register line of
// two registration, tax or capital fields after the company's name
// ("… SRL | CUI RO… | J40/…/… | Capital social …", "ΑΦΜ: … | Αρ. ΓΕΜΗ:
// …", "… – VAT IT… – REA … – Share capital €…") opens the footer,
// standing apart or running into the notice (registerLine); a help
// desk's title may name the ticket's subject in quotation marks,
// "Ticket #7719 "…" has been updated."; a signature alone above a header
// block that names its writer as the mail's addressee is no new text
// (addressee); the Turkish register reads "Ticaret Sicili" too. One want
// was changed: 05's now keeps the register lines inside the signature
// block, as the contract and stranger51's 29 keep them (noted in the
// set's README).
//
// stranger60 (an ordinary March at a desk serving Asia-Pacific: English
// in five countries, Japanese, Korean, Chinese, Vietnamese, Thai,
// Indonesian and Malay; Outlook in its forms, Gmail, Apple Mail, regional
// webmail and clients, two customers' help desks; ISO-2022-JP, Shift_JIS,
// EUC-KR, GB2312/GBK, Big5 and TIS-620), written blind, scored once at
// c2c2187 before any change: 30/50 (60.0 %), 3 damaging (answers typed
// into Outlook's unquoted history, announced above a signature and a
// notice, lost; iPhone's Japanese "…のメール:" attribution and a Chinese
// reply of Outlook's signature alone shown as new text). After its round:
// 50/50, none damaging. Rules drawn with "━" or full-width signs are
// rules, and a box of them closes also where Outlook spaces its lines;
// "…<addr>のメール:" is an attribution; Zendesk's Japanese "このラインより
// 上に"; Freshdesk's "Name (Desk) replied:" and "You can view and reply
// to this ticket at …" (which also made stranger23's 05 exact, 39/40);
// "保密" and Asian notice labels ("PEMBERITAHUAN:", "Lưu ý:", "注意：");
// a Chinese or Korean name written as one word opens a signature alone;
// an announcement of inline answers is looked for above the notice and
// the signature. Fourteen wants were changed for one contract point: a
// register line inside the signature block stays (noted in the set's
// README).
//
// stranger61 (an ordinary February at a desk serving industrial
// customers in Germany, Austria, Switzerland, the Low Countries, the
// Nordic countries and Poland: Outlook in its forms, Notes, Tobit David,
// GroupWise, Thunderbird, Gmail, GMX, web.de and a customer's TOPdesk),
// written blind, scored once at 849aa21 before any change: 47/50 (94.0
// %), 1 damaging (a TOPdesk notification whose "Actie (25-02-2025 10:12,
// Kees Verhagen):" was not read as the operator's heading, so that the
// tool's header, fields, earlier actions and footer stayed with the
// text). After its round: 50/50, none damaging. TOPdesk's "Actie (…):"
// opens a comment as "Nieuwe actie (…):" does; a German "Pflichtangaben
// nach § 125a HGB: …" paragraph opens the footer; so does a Polish plea
// for the environment standing alone ("Zanim wydrukujesz tę wiadomość,
// pomyśl o środowisku."). No want was changed.
//
// stranger62 (an ordinary May at a desk serving the Middle East, Africa
// and South Asia: Arabic, Hebrew, Persian and Urdu right to left, English
// as written from Lagos to Dhaka; Outlook in its forms, Gmail, Apple
// Mail, Samsung, Yahoo, Zoho, three customers' help desks; windows-1256,
// ISO-8859-6, windows-1255 and ISO-8859-8), written blind, scored once at
// 849aa21 before any change: 44/50 (88.0 %), 2 damaging (Outlook's
// Persian header block unknown, so that the signature's phone above it
// opened a wrapped attribution and was lost; an Arabic reply of Outlook's
// signature alone shown as new text, its line of two phones counted as a
// sentence of ten words). After its round: 50/50, none damaging. "از:" /
// "ارسال شده:" / "به:" / "موضوع:" is a header block; a phone's groups of
// digits are no words of a sentence (proseLine); Samsung's Arabic "تم
// الإرسال من هاتف Samsung Galaxy الذكي الخاص بي." is a mobile footer; "…
// is a private limited company registered in Kenya …" (or incorporated
// anywhere) opens the footer; "reply above this line" is read in Hebrew
// and Arabic, and below it a title that names the comment's author
// ("Request #DB-20931 has been updated by …", "קריאה מס' 30418 עודכנה
// …") is the tool's. One want of an earlier set was changed: stranger33's
// 30, the same Arabic signature alone, which kept the signature and
// matched only because its phones read as a sentence, is now empty, as
// the contract and stranger58 to 62 want such a reply (noted in its
// README).
//
// stranger63 (an ordinary October at a desk serving schools and local
// government in the French-speaking world: France, Québec, Romandie,
// Belgium, Luxembourg, Senegal, Côte d'Ivoire, Morocco and Tunisia;
// Zimbra, Outlook in its forms, Thunderbird, BlueMind, SOGo, Roundcube,
// Horde, Notes, the French webmails, Gmail, Apple Mail, phones and a
// customer's GLPI), written blind, scored once at 92a6ade before any
// change: 46/50 (92.0 %), 1 damaging (a new Outlook reply of the
// signature alone shown as new text, its title "Directrice générale des
// services" holding two words in lower case). After its round: 50/50,
// none damaging. A title that opens with a capital may hold two words in
// lower case, as French, Spanish and Italian titles do
// (signatureLine); the French plea "Afin de contribuer au respect de
// l'environnement, merci de n'imprimer …" opens the footer, also under
// a mail forwarded without a comment, and so does a legal line with the
// company's RCS registration ("… capital de 250 000 € – RCS Nanterre 999
// 123 456 – Ce message …"); GLPI's notice of a solution, which names no
// author, is read from the solution's text below its type and label
// ("Type de solution : …" / "Description de la solution :") to the
// ticket's description ("Description du ticket :"). No want was changed.
//
// stranger64 (an August at a desk serving public bodies and health
// services of the UK, Australia, New Zealand, Canada and the US, whose
// mail systems frame every body with a protective marking; Outlook in
// its forms, OWA on NHSmail, Gmail, Apple Mail, phones, ServiceNow,
// TOPdesk and agents' commands), written blind, scored once at 69a9ccc
// before any change: 20/50 (40.0 %), 4 damaging (two replies of
// markings and the signature Outlook put in shown as new text, a forward
// with only a marking above the forwarded mail read as an empty reply,
// and a reply under Outlook's Welsh header block cut above its
// signature's last lines), 26 inexact, nearly all for the markings kept.
// After its round: 50/50, none damaging. A government's protective
// marking alone on a line ("OFFICIAL", "OFFICIAL: Sensitive" and its
// caveat "Legal Privilege" below it, "[SEC=OFFICIAL]", "IN-CONFIDENCE",
// "UNCLASSIFIED / NON CLASSIFIÉ", "SWYDDOGOL - OFFICIAL", or named,
// "Classification: Protected B") is the mail system's wherever it
// stands, and a marking word in the writer's sentence stays
// (classificationLabel); Outlook's Welsh header block is read ("Oddi
// wrth:" / "Anfonwyd:" / "At:" / "Pwnc:"); a signature alone may share
// the name's line with the title ("Minh Tran | FOI Case Officer") and
// carry a public servant's personal lines (pronouns, working days,
// dyslexia: signaturePersonal), and the text part read as history alone
// tells an HTML reply of markings and that signature has no new text;
// ServiceNow's vendor task ("Additional comments from …:") and
// TOPdesk's call (the operator's action below the call's fields and
// their rule, a footer asking to keep the call number) are read as
// tools; the US "STATEMENT OF CONFIDENTIALITY:", a Florida county's
// public records notice and the Welsh Language Standards' "We welcome
// correspondence in Welsh" paragraph open the footer, and Egress's "This
// message has been sent securely using Egress Protect" is a banner. No
// want was changed.
//
// stranger65 (an ordinary March at the desk of a school and university
// platform: office staff, teachers, data managers, university IT,
// parents and students in eleven countries; Outlook in its forms, Gmail,
// Apple, phones, Thunderbird, Roundcube, SOGo, Canvas, Moodle, Zendesk,
// Freshdesk and agents' commands), written blind, scored once before any
// change: 41/50 (82.0 %), 4 damaging (a reply of Outlook's signature
// alone opened by "Kind regards," and a "Mrs" shown as new text; an
// agent's answers between "> " quotes under "Answers below." kept with
// the quotes and the mail below "-----Original Message-----"; a
// register paragraph and a forward with no comment, both wants against
// the contract). After its round: 50/50, none damaging. A signature
// alone may open with a bare closing ("Kind regards,", "Mit
// freundlichen Grüßen"; not "Thanks,") and name its writer with a title
// of address (bareClosing, withoutHonorific); answers between quotes
// under a few lines that announce them are an inline reply, and the
// announcement then speaks of them, not of a mail embedded below
// (announcedQuote, quoteAnsweredAbove); a school's safeguarding
// statement opens the footer; Canvas's "… just sent you a message in
// Canvas." and Moodle's forum byline "by … - <date>" with their footers
// are a tool's chrome. Four wants were changed, noted in the sets'
// READMEs: 22 (a register paragraph standing apart under the signature
// is the footer, as stranger50's 22 has it), 28 (a forward with no
// comment is the forwarded mail, as the gateway's contract and every
// earlier set have it), 30 (a pasted log keeps its indentation) and
// stranger38's 24 (Outlook's signature alone with its closing is no new
// text).
//
// stranger67 (a microfinance and mobile-money platform's desk in Africa,
// the Horn, Madagascar, South and mainland South-East Asia, 18
// languages), written blind: 33/50, 6 damaging at first reading; 39/50,
// 2 damaging at its round's start. After it: 50/50, none damaging. A
// signature alone may name its writer in their own script while the
// address book writes the name in Latin letters (transcribedName);
// Samsung's footer closes with a full stop under blank lines of its own
// (deviceLine); a notice in the writer's language over the same notice in
// English goes whole (translatedNotice); South Asia's notices are known;
// a help desk's HTML-only notification ends the comment at its footer.
// One want was changed, noted in the set's README: 22 (a forward with no
// comment is the forwarded mail). Four of its inline replies (.txt)
// differed only in the blank lines between answers, which the writers'
// brief lets a want drop; a .txt case is now compared without its blank
// lines (sameVisible), which made stranger46's 31 exact too.
//
// stranger70 (a logistics and warehouse SaaS desk in the US, Canada, the
// UK, Ireland, Australia, New Zealand and South Africa, November 2026),
// stranger71 (an accounting SaaS desk in the Nordics, the Benelux and
// Central Europe, 11 languages) and stranger72 (a retail point-of-sale
// desk in the Middle East, Turkey, Iran, Pakistan, Latin America and
// Iberia, right-to-left scripts among them), written blind. At the
// session's start (a99d16bd) two of stranger70's agent replies
// (70-agent-outlook-resolve, 70-agent-owa-eta-dashdash) panicked the
// parser, fixed in a213b0c4 (a blank line inside a wrapped attribution
// below a header block's Subject). With that fix, at first reading:
// stranger70 48/50 (96.0 %), 1 damaging (70-txt-partial-quote: history
// kept; 70-txt-jsm-reply-above inexact); stranger71 46/50 (92.0 %), 1
// damaging (71-hu-outlook-only-sig: a Hungarian Outlook reply with only
// the automatic signature, history shown as new text; 71-no-external-
// banner-top, 71-sk-customer-helpdesk, 71-sv-miljo-line inexact);
// stranger72 49/50 (98.0 %), 0 damaging (72-pt-pt-outlook inexact).
// After their round: 50/50 each, none damaging, no want changed. A
// signature's company line may end in its legal form's abbreviation
// ("Nagy Építő Kft.": legalFormLine) and its address in an ordinal house
// number ("… u. 18.": postalLine); "VS:" under In-Reply-To is a
// Hungarian or Finnish reply, not a Danish or Norwegian forward
// (forwardSubject); "> " lines above the attribution that are a passage
// of the quote below are history (dropQuotedExcerpts); the list of a
// comment's files a help desk writes last is its chrome in any language
// (fileListAbove); Nordic, Baltic and Hungarian external-sender banners
// are known; a plea to think of the environment before printing is the
// footer in any language it is written in (printPlea).
//
// stranger73 (a records-management platform's desk serving public
// administrations, courts and universities in Germany, Austria,
// Switzerland, France, Luxembourg, Italy and the Netherlands: HCL Notes,
// GroupWise, Zimbra, Open-Xchange, SOGo, classification markings,
// official signatures, customers' help desks) and stranger74 (a claims
// and billing platform's desk serving US and Canadian hospitals,
// insurers and banks: security banners, rewritten links, encryption
// portals' notices, confidentiality footers, Lotus Notes, help desks),
// written blind, at first reading (a99d16bd with a213b0c4's fix):
// stranger73 38/50 (76.0 %), 5 damaging (26-helpdesk-chrome-zammad-de
// and 43-topdesk-nl-chrome: history kept; 30-outlook-fr-autosig-only:
// history shown as new text; 39-inline-nl-ministerie and
// 44-metadata-paste-de-poststelle: the writer's text lost; 01, 03, 08,
// 16, 18, 31, 49 inexact); stranger74 45/50 (90.0 %), 2 damaging
// (07-cisco-secure-envelope: history shown as new text;
// 33-lotus-notes-insurer: the writer's text lost; 21, 45, 49 inexact).
// After their round: stranger73 50/50, stranger74 50/50, none damaging.
// A header block the writer pastes under her sentence ending in a colon,
// above her client's own attribution over "> " lines, is her text
// (ownQuoteBelow); a sender's card ("Name <address>" / a date) starts
// the attribution a blank line parts from a signature's phone line
// (senderCard); a signature alone may carry a French title of many
// lower-case words under the name and an office's hours (titleUnderName,
// officeHours); below answers marked in the unquoted mail answered, a
// second closing with a name is the writer's (keepClosingBelow); a help
// desk's comment headed by its author's and its time's fields (Zammad,
// TOPdesk) or ServiceNow's dated line without a zone is a tool's, and
// the comment ends below its closing and name (authorFields,
// closingEnd); Notes' "Thema:" is a field; "VS - NUR FÜR DEN
// DIENSTGEBRAUCH" and "DIFFUSION RESTREINTE" are markings; German
// authorities' notices (no signed documents, no filings that keep a
// time limit), a classified message's handling and a GDPR notice in
// Italian open the footer; Zix's "secured by" line is a banner; a
// notice under a capital heading may be glued to the signature
// (gluedNotice). Two of stranger74's wants were changed, noted in its
// README: 07 (an encryption portal's envelope keeps its text, as
// stranger26's 43 has it) and 21 (an HTML list's items keep their "* ").
// stranger75 (a dental and veterinary practice platform's desk in twelve
// countries, two thirds in the practices' own languages; written blind
// after the rounds of stranger70–74): 47/50 (94.0 %), 1 damaging at first
// reading (a99d16bd + a213b0c4 read it 46/50 with the same one, so those
// rounds carried one case: an Italian confidentiality notice); the
// damaging one a French practice's shared-mailbox signature sent alone,
// whose name ("Clinique Vétérinaire de la Garonne") is longer than a
// person's; inexact a Romanian print plea ("mediu") and Freshdesk's
// Portuguese footer pointing at the ticket's page. After its round
// (wholeName takes an office's name of up to seven words; the footer
// pointing at a ticket's page under the writer's closing, in any
// language: markTicketLinkFooter): 50/50.
// stranger76 (a construction and field-inspection platform's desk in
// fourteen countries, half in their own languages), written blind at the
// end of the session and read for no round: 45/50 (90.0 %), 2 damaging
// at first reading (8557639a; 44/50 with the same two at the session's
// start): a German Outlook signature sent alone under a closing in two
// languages ("Mit freundlichen Grüßen / Best regards", now a bare closing:
// bareClosingLine) and a register paragraph under a blank line that the
// writer kept (its want changed to the contract, noted in its README).
// After its round, 50/50: Jira Service Management's Polish author line
// writes its verb's feminine ending in parentheses ("dodał(a)
// komentarz:") and its footer ends in the tool's name; two wants were
// changed to the contract, noted in its README (37: an HTML list's items
// keep their "* "; 42: a pasted command keeps its indentation).
// stranger77 (an HR, payroll and time-tracking SaaS desk in Germany,
// Austria, Switzerland, France, the Netherlands, the Nordics, the US and
// the UK) and stranger78 (a farm cooperatives' SaaS desk in Spain, Italy,
// Poland, Romania, Ukraine, Brazil, Argentina, Chile, South Africa, Kenya
// and New Zealand), written blind, at first reading (91238984, the
// session's start, before anything was written from them): stranger77
// 45/50 (90.0 %), 3 damaging (33 a TOPdesk notice whose history is kept;
// 34 an Outlook signature sent alone; 50 HCL Notes' Swedish HTML whose
// header block is on one line, history kept), 2 inexact (32 Freshdesk's
// footer "Ticket: #4711 – Status…" line and its "sent via …
// Helpdesk-Software von Freshdesk" line kept; 49 a harness matter, fixed
// on main in c58eba5c); stranger78 46/50 (92.0 %), 4 damaging (16 and 47
// Outlook signatures sent alone; 32 a writer's own line "El lunes … el
// chofer … me escribió:" taken for an attribution and the writer's text
// below it lost; 42 the Ukrainian "Отримати Outlook для iOS" footer alone
// shown as text). The three signatures sent alone (77's 34, 78's 16 and
// 47) are left to the round on signature-only recognition. After this
// round: stranger77 49/50, 1 damaging (34), stranger78 48/50, 2 damaging
// (16, 47): a help desk's entries newest first under the ticket's fields
// end the comment at the older one (olderEntryBelow); a header block on
// one line starts the history (markOneLineHeaders); a help desk's fields
// on one line under the signature and its credit ending in its
// software's name are footers (markTicketFieldsFooter, markDeskCredit);
// a writer's "… me escribió:" over a quotation and more of their text
// is theirs (ownQuotation); Outlook's app footer alone is nothing typed
// (outlookAppLine).
// stranger79 (a SaaS desk for law firms, notaries and tax advisers in 13
// countries, Japan among them), written blind, at first reading: 48/50
// (96.0 %), 1 damaging, the same at 91238984 (this session's start) and
// at e30f2ede (after the session's rounds, before anyone read it): 40 a
// Japanese iPhone reply of only "iPhoneから送信" above an unquoted
// Japanese attribution ("2026/11/06 10:12、Acme Support
// <support@acme.example>のメール:") and the history below it, shown as
// new text; inexact 08 (a Spanish Outlook reply whose "AVISO LEGAL: …"
// disclaimer paragraph and "Antes de imprimir este correo electrónico,
// piense bien si es necesario hacerlo." print plea are kept). After its
// round, 50/50, none damaging (stranger32's 50 exact too): a Japanese
// attribution's noun after the address ("…<…>のメッセージ:") reads as its
// verb does (cutNounAfterAddr); a phone's footer alone above an
// attribution whose mail runs on unquoted is nothing typed; a notice's
// capital heading may be any label over a notice's sentence
// (headedNotice), and a plea to think before printing that names no
// environment goes with a notice (thinkPlea).
// stranger80 (hotels and holiday rentals in 13 countries), written blind,
// at first reading: 45/50 (90.0 %), 1 damaging, identical at 91238984
// (the session's start) and at 66b2a88f (after all of the session's
// reply rounds, before anyone read it): the session's rounds carried
// nothing to it. Damaging: 31 (an Outlook signature sent alone,
// Portuguese); inexact: 16 (Samsung, Greek), 39 (Outlook, Italian banner
// and classification), 42 (Outlook, Portuguese register footer), 43
// (Outlook, Austrian German, "FN" register line inside the signature).
// After its round, 49/50, none damaging: a shared mailbox's signature
// signed by the person who answers from it, under a closing in two
// languages one half of which is of no known words and over a plea to
// think before printing, is nothing typed (mailboxSigned, bilingualHalf
// — since removed: a half of a closing's shape alone is no closing —,
// withoutPleaParagraph); a banner under a classification label is still
// the body's first paragraph; a plea for the environment glued to the
// signature's last line is a footer (gluedNotice); a paragraph under the
// signature opening with its company line and holding figures is the
// register's (companyEcho). 16, a Greek Samsung footer ending in its
// full stop under one blank line, was read the next session
// (samsungFooter): 50/50.
// stranger81 (a SaaS desk for universities, schools and training
// centres in 13 countries: timetables, enrolment, grading, campus
// payments), written blind, at first reading: 43/50 (86.0 %), 5
// damaging, all five a contract difference: the writer kept the
// signature under "-- " (02 Gmail, 04 Thunderbird, and the inline
// answers of 14 Roundcube, 21 and 45 mutt, whose answers and sign-offs
// were read right); their wants now drop it, as the set's README says.
// Inexact: 20 (ServiceNow's "Short description:" / "Assignment group:"
// under the comment's signature) and 29 (a Kenyan "… Ltd is registered
// in Kenya under Company No. …" paragraph under the signature). After
// its round, 50/50: a tool's fields in a paragraph of their own under
// the relayed signature (fieldsUnderSignature); a company with its legal
// form "is registered in" any country opens the footer
// (registeredCompany).
// stranger82 (a SaaS desk for factories and industrial maintenance in
// twelve countries), written blind, at first reading (50035301, the
// session's start): 41/50 (82.0 %), 7 damaging: four signatures sent
// alone shown as new text (07 a Lotus Notes signature drawn in a box
// over a Notes 9 header of one line that was not read either, 13 an
// Outlook signature under "Ystävällisin terveisin / Best regards" and a
// Finnish "VS:" without In-Reply-To read as a forward, 49 a Danish one
// under an "[EKSTERN]" banner; 16, GroupWise's "Thanks," over the
// signature, is typed by the contract), and three wants that kept a
// signature under "-- " (08, 24, 34), against the contract (the set's
// Contract notes for those four); inexact 11 (a
// ServiceNow notification's fields and footer kept) and 22 (a Swedish
// banner kept). After its round, 49/50, none damaging: a Nordic
// banner's "be careful with links and attachments" and its "[EKSTERN]"
// tag (bannerWarns, bannerTag); a closing in two languages one half of
// which is a known goodbye (goodbyeHalf); Notes' sender and
// recipients on one line over the date and the subject
// (notesSenderTo); a signature in a box of like rules, its name below
// the company (framedSignature); "VS:" over a Finnish or Hungarian
// header block is a reply (forwardSubject). Left: 11.
// stranger83 (a SaaS desk for NGOs, charities and foundations in
// fifteen countries), written blind, at first reading (after the
// session's signature round r82): 44/50 (88.0 %), 5 damaging, all
// Outlook signatures sent alone shown as new text: 10 (Arabic, in a
// table, a reply that quotes nothing), 25 (Greek, under "Με εκτίμηση,"
// and a blank line), 29 (German, a foundation's register written in
// sentences under it), 35 (Dutch, a body alone with no name to go by)
// and 36 (Turkish, "Saygılarımla," and "Av." before the name, a body
// alone); inexact 18 (Jira's German footer addressing the reader). After
// its round, 50/50: a closing that says nothing but goodbye in a
// language intake knows opens a signature set apart from it by a blank
// line (goodbyeLine), and, with no sender's name to go by or another
// name signed, the line under it has a person's name's shape over a
// contact (closedName); a reply (In-Reply-To) that quotes nothing may be
// the signature alone (signatureAlone); a register in sentences under
// the signature (registerSentences); Jira's "Sehen Sie sich die Anfrage
// an · Deaktivieren Sie …" (toolFooter).
// stranger84 (a SaaS desk for architecture, engineering and
// construction firms in fourteen countries), written blind, at first
// reading (after the session's signature round r83): 41/50 (82.0 %),
// 5 damaging: 08 (Serbian Gmail app) and 40 (Bulgarian webmail), the
// writer's last sentence on the attribution's line, lost with it; 10,
// a Kazakh and Russian top post in KZ-1048, read as Windows-1252; 34
// (Persian, "با احترام" and "مهندس" before the name, Persian digits)
// and 41 (Romanian, "Arh." before the name), Outlook signatures sent
// alone shown as new text; inexact 01, 20, 23, 25. After its round,
// 48/50: an attribution opening with its date or a short word before
// a number after the writer's sentence (attributionAfterSentence);
// KZ-1048 and PT154, and a Cyrillic guess for an unknown label
// (unknownLabelText); a Persian closing, a name in a script without
// capitals (caselessNameShape), a title abbreviated by its shape
// (abbreviatedTitle), contacts in any script's digits (contactLine);
// a banner allowing links only from a sender known (bannerWarns);
// Samsung's footer naming the device (samsungFooter). Left: 23 (Jira's
// "<name> hat kommentiert:" and its footer kept) and 25 (Freshdesk's
// ticket link kept), chrome of a tool, no words of the writer lost.
// stranger85 (a SaaS desk for freight forwarders, customs brokers and
// warehouses in fifteen countries), written blind, at first reading
// (11094998, the same at 372801cf): 43/50 (86.0 %), 5 damaging: three
// signatures sent alone shown as new text, each opening with a closing
// that says nothing but goodbye and the sender's name over title,
// company, address, phones and register lines (22 Outlook Polish, 34
// Gmail Italian, a body alone typed from its first line, 46 Outlook
// English under a banner); 07 (Hebrew Gmail for Android, the phone
// under the signature lost with the attribution's bidi marks) and 36
// (BlueMail Turkish, the writer's text on the attribution's line,
// lost); inexact 29 (ServiceNow's fields and comment header kept) and
// 41 (Jira SM's Chinese comment header and footer kept). After its
// round, 48/50, none damaging: under a closing that says nothing but
// goodbye with nothing typed above it, over the name, the lines are the
// signature's unless one speaks to the reader (clientSignatureOnly,
// speaksToReader), and a body alone opening with it is the signature
// alone; a sentence ended by an inflected number and an attribution
// opening with a day before its month's name (inflectedNumberEnd,
// dateOpening); a wrapped attribution's start read without its bidi
// controls (ownStart). Left: 29 and 41, a tool's chrome, no words of the
// writer lost.
// stranger86 (a SaaS desk for veterinary clinics and animal shelters in
// fifteen countries), written blind with stranger85, at first reading
// (372801cf): 44/50 (88.0 %), 4 damaging, all four signatures sent alone
// (04 Outlook Estonian, 20 Outlook on the web Slovenian, 21 iPhone
// Afrikaans, 45 Outlook Georgian, a body alone), the same after
// stranger85's round: r85 carried none of them, as their closings were
// words no list held. After its round, 48/50, none damaging: the formal
// closings of some thirty more languages (signOffCore), a degree in small
// abbreviations after the name (abbreviatedDegrees), Georgian read as a
// script without capitals (smallLetter, georgianWord). Left: 26
// (ServiceNow's fields kept) and 40 (Freshdesk's ticket chrome kept), no
// words of the writer lost.
// stranger87 (a SaaS for restaurants, cafés and catering in nineteen
// countries), written blind, at first reading (bc025bf9, the same code
// as 4c8d088c): 46/50 (92.0 %), 3 damaging: 15 (Outlook, Japanese: a
// signature sent alone in a box of ━ rules under its company's logo
// line, "店長　山田 太郎", shown as new text), 24 (ServiceNow, a help
// desk agent's letter that the incident was resolved on their side read
// as the tool's notice of a change: the whole comment lost), 43 (Gmail,
// Bulgarian: "С уважение," / "инж. Петър Стоянов" / … sent alone, shown
// as new text); inexact: 26 (Zoho Desk's Italian "Numero ticket:" /
// "Stato:" kept under the signature). After its round, 50/50: a title
// abbreviated in small letters before a name (smallTitle), a title
// beside the name in a box of a Japanese, Chinese or Korean signature
// (titledName), a relayed letter signed by a person over nothing but
// the tool's footer is theirs, whatever it says of a state (relayTail),
// and the tool's fields in the desks' languages (statusField).
// stranger88 (a SaaS for pharmacies and medical-supply wholesalers in
// twenty countries), written blind, at first reading (529a3df9): 41/50
// (82.0 %), 5 damaging; 42/50 and 4 after r87 (27, "Mag. pharm." before
// the name); 43/50 and 3 at 0c0d16c5 (21, a separator glued to the
// writer's line: markerAfterText). The three: 29 (Gmail HTML only,
// Arabic: "مع خالص التحيات،" / "د. أحمد حسن" / … sent alone), 30
// (Samsung, Greek: "Γιώργος Αντωνίου" / "Φαρμακοποιός, MSc" /
// "Φαρμακείο Αντωνίου – Πάτρα" / phone sent alone from the pharmacy's
// mailbox), 50 (Outlook, Swiss French: "Dr Claire Dubois, PharmD, FPH"
// sent alone), each shown as new text. After its round, 46/50, none
// damaging: post-nominals listed with commas and degrees written as
// their words' heads ("PharmD", "MPharm": camelDegree), a title
// abbreviated in a script without capitals ("د.": caselessTitle), a
// mailbox named after the house that bears its owner's family name
// (houseSigned). Left: 11, 13, 14, 15, relays keeping the tool's chrome.
// stranger89 (a SaaS for law firms, notaries and legal-aid offices in
// twenty countries), written blind, at first reading (fa809831): 46/50
// (92.0 %), 2 damaging: 21 (Outlook HTML, Hebrew: "בברכה," / "עו"ד
// אבישי כהן" / … sent alone) and 29 (Gmail Android, Thai, a body alone
// with no closing: "นางสาวพิมพ์ชนก วงศ์ใหญ่" / title / firm / phone),
// each shown as new text; inexact: 10 (a Lithuanian "[IŠORINIS]"
// banner) and 18 (an Irish firm's "… is regulated by the Law Society of
// Ireland …" footer). After its round, 50/50: a title abbreviated by
// the Hebrew script's marks (markedAbbreviation), a person's card alone
// over the history (cardAlone), "external" tags in Baltic and Central
// European languages (bannerTag), a regulator sentence opening a footer
// (noticeStart).
// stranger90 (a SaaS for print shops, publishers and newspapers in
// twenty languages), written blind, at first reading (fa809831, and the
// same at 1cecaf18 after r89): 45/50 (90.0 %), 4 damaging: 21 (Naver
// HTML, Korean: "이정훈 드림" / firm and title / phones sent alone), 41
// (Outlook, Traditional Chinese: a card in a box of box-drawing
// characters sent alone), 44 (Gmail, Georgian: a card between rules of
// asterisks sent alone), each shown as new text, and 49 (Gmail,
// Mongolian: the attribution's verb "бичсэн:" wrapped alone, every
// inline answer lost); inexact: 08 (a Swiss "[EXTERN]" banner). After
// its round, 50/50: a card read inside its box (unboxed), a CJK name's
// Latin letters after it (withoutLatinName), a name with a signing word
// beside it (titledName in clientSignatureOnly), a verb alone under an
// attribution over the quote (verbWrapped), a tag over a caution.
// stranger91 (a SaaS for dental and medical practices in some twenty
// languages), written blind, at first reading (4bbd5de8): 43/50 (86.0 %),
// 6 damaging: five signatures sent alone shown as new text (08 Outlook
// Welsh, 21 Gmail Sinhala, 39 Gmail Bengali, 40 Outlook iOS Scottish
// English, 42 Gmail Android Tamil) and 11 (Gmail, Albanian: a forward
// with no comment whose history was kept); inexact: 46 (a Samsung footer
// in Bosnian). 21 and 42 open with a thank-you over the card, typed by
// the contract: their wants were changed to it (the set's README). After
// its round, 50/50: a family name's second capital (personNameShape), a
// degree with its college in brackets (postNominal), an Indic title
// (caselessTitle), a card's standing line welcoming mail in its
// languages (correspondenceWelcome), a list of degrees past a line's
// bytes (qualificationLine), forward words and "Nga:" in Albanian and
// the Balkan languages, a Samsung footer naming the phone in its own word
// (phoneWord).
//
// stranger92 (a SaaS for construction firms and architects in 21
// countries), written blind beside stranger91 and never read by its
// fixer, at first reading (4bbd5de8, after r89 and r90): 47/50 (94.0 %),
// 1 damaging (23, Outlook on the web, South Africa: an HTML banner's block
// followed by the greeting with no blank line, "Hi Grant," dropped with
// the banner); every one of its eight signatures sent alone read right.
// After r91 the same; after its own reading (bannerEnd: a banner ends
// where a line opens a sentence of its own) 48/50, none damaging; left
// inexact: 22 (Afrikaans, Outlook plain text) and 45 (Marathi, Gmail's
// attribution wrapped before its verb).
const (
	replyTuneFloor    = 0.97
	replyHoldoutFloor = 0.95
	// replyToolsFloor is stranger21's: customers' help desks in seven
	// languages, 25/50 (50.0 %), 3 damaging at first reading, 45/50 and
	// none damaging after its round; the 5 left keep some of a tool's
	// chrome around the comment (Intercom's author block in English and
	// Spanish, a German TOPdesk action, a Spanish GLPI and an Italian
	// SysAid), no words of the writer lost. The GLPI, whose entries
	// stand newest first, is exact since stranger77's round
	// (olderEntryBelow): 46/50.
	replyToolsFloor = 0.90
	// replyNewestFloor is stranger23's (customers' help desks again, the
	// most common tools, 40 cases, written at the end of the session):
	// 30/40 (75.0 %), 7 damaging at first reading; 37/40 and none
	// damaging after its round, 38/40 after stranger56's, 39/40 after
	// stranger60's.
	replyNewestFloor   = 0.92
	replyStrangerFloor = 0.97
	// replyRelaysFloor is stranger88's: 46/50 after its round, the four
	// left being help desks' relays (Freshdesk French, ServiceNow
	// Turkish, Zoho Desk Indonesian, HubSpot Spanish) that keep some of
	// the tool's chrome around the comment, no words of the writer lost.
	replyRelaysFloor = 0.92
)

// TestVisibleReplies scores VisibleText (Parse for .eml) on replies written
// the way each mail client writes them, per set and per client (the file
// name up to its first '-'), and counts the damaging failures: words of
// the writer lost, or history shown as new text. Any damaging failure
// fails the test.
func TestVisibleReplies(t *testing.T) {
	if raceEnabled {
		// a single-goroutine pass over every registered set: the race
		// detector finds nothing there and makes it some twenty times
		// slower (TestAutoStrangers took 358 s of the race run in one
		// measurement)
		t.Skip("a pass over every registered set: run without -race (go test ./intake; .ci/run's step \"corpus passes\")")
	}
	for _, set := range []struct {
		dir   string
		floor float64
	}{{"tune", replyTuneFloor}, {"holdout", replyHoldoutFloor}, {"stranger1", replyStrangerFloor}, {"stranger2", replyStrangerFloor}, {"stranger3", replyHoldoutFloor}, {"stranger4", replyHoldoutFloor}, {"stranger5", replyHoldoutFloor}, {"stranger6", replyHoldoutFloor}, {"stranger7", replyHoldoutFloor}, {"stranger8", replyHoldoutFloor}, {"stranger9", replyHoldoutFloor}, {"stranger10", replyHoldoutFloor}, {"stranger11", replyHoldoutFloor}, {"stranger12", replyHoldoutFloor}, {"stranger13", replyHoldoutFloor}, {"stranger14", replyHoldoutFloor}, {"stranger15", replyHoldoutFloor}, {"stranger16", replyHoldoutFloor}, {"stranger17", replyHoldoutFloor}, {"stranger18", replyHoldoutFloor}, {"stranger19", replyHoldoutFloor}, {"stranger20", replyHoldoutFloor}, {"stranger21", replyToolsFloor}, {"stranger22", replyHoldoutFloor}, {"stranger23", replyNewestFloor}, {"stranger24", replyHoldoutFloor}, {"stranger25", replyHoldoutFloor}, {"stranger26", replyHoldoutFloor}, {"stranger27", replyHoldoutFloor}, {"stranger28", replyHoldoutFloor}, {"stranger29", replyHoldoutFloor}, {"stranger31", replyHoldoutFloor}, {"stranger32", replyHoldoutFloor}, {"stranger33", replyHoldoutFloor}, {"stranger34", replyHoldoutFloor}, {"stranger35", replyHoldoutFloor}, {"stranger36", replyHoldoutFloor}, {"stranger37", replyHoldoutFloor}, {"stranger38", replyHoldoutFloor}, {"stranger39", replyHoldoutFloor}, {"stranger40", replyHoldoutFloor}, {"stranger41", replyHoldoutFloor}, {"stranger42", replyHoldoutFloor}, {"stranger43", replyHoldoutFloor}, {"stranger44", replyHoldoutFloor}, {"stranger45", replyHoldoutFloor}, {"stranger46", replyHoldoutFloor}, {"stranger47", replyHoldoutFloor}, {"stranger48", replyHoldoutFloor}, {"stranger49", replyHoldoutFloor}, {"stranger50", replyHoldoutFloor}, {"stranger51", replyHoldoutFloor}, {"stranger52", replyHoldoutFloor}, {"stranger53", replyHoldoutFloor}, {"stranger54", replyHoldoutFloor}, {"stranger55", replyHoldoutFloor}, {"stranger56", replyHoldoutFloor}, {"stranger57", replyHoldoutFloor}, {"stranger58", replyHoldoutFloor}, {"stranger59", replyHoldoutFloor}, {"stranger60", replyHoldoutFloor}, {"stranger61", replyHoldoutFloor}, {"stranger62", replyHoldoutFloor}, {"stranger63", replyHoldoutFloor}, {"stranger64", replyHoldoutFloor}, {"stranger65", replyHoldoutFloor}, {"stranger66", replyHoldoutFloor}, {"stranger67", replyHoldoutFloor}, {"stranger68", replyHoldoutFloor}, {"stranger69", replyHoldoutFloor}, {"stranger70", replyHoldoutFloor}, {"stranger71", replyHoldoutFloor}, {"stranger72", replyHoldoutFloor}, {"stranger73", replyHoldoutFloor}, {"stranger74", replyHoldoutFloor}, {"stranger75", replyHoldoutFloor}, {"stranger76", replyHoldoutFloor}, {"stranger77", replyHoldoutFloor}, {"stranger78", replyHoldoutFloor}, {"stranger79", replyHoldoutFloor}, {"stranger80", replyHoldoutFloor}, {"stranger81", replyHoldoutFloor}, {"stranger82", replyHoldoutFloor}, {"stranger83", replyHoldoutFloor}, {"stranger84", replyHoldoutFloor}, {"stranger85", replyHoldoutFloor}, {"stranger86", replyHoldoutFloor}, {"stranger87", replyHoldoutFloor}, {"stranger88", replyRelaysFloor}, {"stranger89", replyHoldoutFloor}, {"stranger90", replyHoldoutFloor}, {"stranger91", replyHoldoutFloor}, {"stranger92", replyHoldoutFloor}} {
		cases := replyCases(t, filepath.Join("testdata", "replies", set.dir))
		hits, damaging := 0, 0
		perClient := map[string][2]int{}
		for _, c := range cases {
			got, quotedOnly := replyVisible(t, c)
			ok := sameVisible(got, c.want, c.eml)
			if quotedOnly != (c.want == "") {
				t.Errorf("%s/%s: quoted only = %v, want %v", set.dir, c.name, quotedOnly, c.want == "")
			}
			client, _, _ := strings.Cut(c.name, "-")
			pc := perClient[client]
			pc[1]++
			if ok {
				hits++
				pc[0]++
			} else {
				harm := damage(got, c.want, c.eml)
				if harm != "" {
					damaging++
				}
				if testing.Verbose() || harm != "" {
					t.Logf("%s/%s: %s\n--- got:\n%s\n--- want:\n%s", set.dir, c.name, orDefault(harm, "inexact"), got, c.want)
				}
			}
			perClient[client] = pc
		}
		rate := float64(hits) / float64(max(1, len(cases)))
		t.Logf("replies/%s: %d/%d exact (%.1f%%), %d damaging; by name prefix: %s",
			set.dir, hits, len(cases), 100*rate, damaging, clientFigures(perClient))
		if rate < set.floor {
			t.Errorf("replies/%s: exact-match rate %.3f below floor %.3f", set.dir, rate, set.floor)
		}
		if damaging > 0 {
			t.Errorf("replies/%s: %d damaging failures, want none", set.dir, damaging)
		}
	}
}

// replyCases reads the cases of one directory.
func replyCases(t *testing.T, dir string) []replyCase {
	t.Helper()
	wants, err := filepath.Glob(filepath.Join(dir, "*.want"))
	if err != nil || len(wants) == 0 {
		t.Fatalf("no cases in %s: %v", dir, err)
	}
	var cases []replyCase
	for _, w := range wants {
		base := strings.TrimSuffix(w, ".want")
		c := replyCase{name: filepath.Base(base), path: base + ".txt"}
		if _, err := os.Stat(c.path); err != nil {
			c.path, c.eml = base+".eml", true
		}
		b, err := os.ReadFile(w)
		if err != nil {
			t.Fatal(err)
		}
		c.want = strings.TrimSpace(string(b))
		cases = append(cases, c)
	}
	return cases
}

// replyVisible is the visible text intake makes of a case and whether it
// found the body to be history only.
func replyVisible(t *testing.T, c replyCase) (string, bool) {
	t.Helper()
	b, err := os.ReadFile(c.path)
	if err != nil {
		t.Fatal(err)
	}
	if !c.eml {
		// A .txt case is a body without its headers; the gateway knows a
		// forward by its subject ("FW:", "WG:", "Fwd:"), which a case
		// named as a forward would carry.
		v := visibleText(string(b), strings.Contains(c.name, "forward-") || strings.Contains(c.name, "fwd"))
		return strings.TrimSpace(v.text), v.quotedOnly
	}
	m, err := Parse(b, ParseOptions{})
	if err != nil {
		t.Fatalf("Parse(%s): %v", c.path, err)
	}
	return strings.TrimSpace(m.Visible), m.QuotedOnly
}

// sameVisible compares got with want exactly, except that for a whole
// mail the spacing is a matter of rendering and is not compared: blank
// lines, no-break spaces, and where a paragraph wraps (its text part may
// wrap at 72 columns where its HTML does not). A body alone (.txt) is
// compared line by line, each line trimmed, without its blank lines: the
// writers' brief says the lines are compared trimmed (stranger73–77 typed
// a pasted command's or header's lines without the indentation the
// gateway keeps) and lets a want keep or drop the blank lines between
// paragraphs (stranger67's wants drop those between inline answers that
// every earlier set keeps). That a pasted log keeps its indentation is
// TestIndentedLinesKept's to check.
func sameVisible(got, want string, wholeMail bool) bool {
	if !wholeMail {
		return trimmedLines(got) == trimmedLines(want)
	}
	return spacingFree(got) == spacingFree(want)
}

// trimmedLines is s with each line trimmed and its blank lines left out.
func trimmedLines(s string) string {
	var b strings.Builder
	for l := range strings.SplitSeq(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// spacingFree is s with every run of white space one space, and
// typographic quotes and dashes in their ASCII forms: a mail's text and
// HTML parts differ in them, and either is the text a reader sees.
func spacingFree(s string) string {
	return strings.Join(strings.Fields(typography.Replace(strings.ReplaceAll(s, "\u00a0", " "))), " ")
}

var typography = strings.NewReplacer("“", "\"", "”", "\"", "‘", "'", "’", "'", "–", "-", "—", "-")

// damage says how a wrong result harms a reader: the writer's words lost,
// or history (quoted lines, a quoted header, or a whole old mail) shown as
// if the writer had written it; "" for a lesser miss (a signature or
// footer kept, spacing).
func damage(got, want string, wholeMail bool) string {
	gotLines := map[string]bool{}
	for _, l := range strings.Split(got, "\n") {
		gotLines[strings.TrimSpace(l)] = true
	}
	for _, l := range strings.Split(want, "\n") {
		if l = strings.TrimSpace(l); l != "" && !gotLines[l] && !(wholeMail && strings.Contains(spacingFree(got), spacingFree(l))) {
			return "LOST WRITER'S TEXT"
		}
	}
	if want == "" && got != "" {
		return "HISTORY SHOWN AS NEW TEXT"
	}
	wantLines := map[string]bool{}
	for _, l := range strings.Split(want, "\n") {
		wantLines[strings.TrimSpace(l)] = true
	}
	for l := range gotLines {
		if !wantLines[l] && (strings.HasPrefix(l, ">") || headerFieldRe.MatchString(l) || isQuoteHeader(l)) {
			return "HISTORY KEPT"
		}
	}
	return ""
}

func clientFigures(m map[string][2]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d/%d", k, m[k][0], m[k][1])
	}
	return strings.Join(parts, ", ")
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

// TestIndentedLinesKept checks what the reply sets no longer compare since
// they compare trimmed lines (sameVisible): a command, a log or a header
// the writer pastes indented keeps its indentation in the visible text,
// which is what an agent copies from and what a customer is shown.
func TestIndentedLinesKept(t *testing.T) {
	for _, c := range []struct{ body, line string }{
		{"Hi,\n\nwe run it with:\n\n  curl -H \"Authorization: Bearer $T\" \\\n       \"https://api.example/v2/x\"\n\nand get 200.\n\nDeclan\n\nOn Mon, 2 Nov 2026 at 09:00, Acme Support <support@acme.example> wrote:\n> Please try again.\n",
			"       \"https://api.example/v2/x\""},
		{"Hello,\n\nthe log says:\n\n    2026-11-12 06:00:01 ERROR import: line 148: invalid date\n\nRegards,\nKarin\n",
			"    2026-11-12 06:00:01 ERROR import: line 148: invalid date"},
	} {
		got := VisibleText(c.body)
		if !slices.Contains(strings.Split(got, "\n"), c.line) {
			t.Errorf("VisibleText lost the indentation of %q:\n%s", c.line, got)
		}
	}
}
