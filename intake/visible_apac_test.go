package intake

import "testing"

// What replies/stranger60 (an ordinary month at a desk serving
// Asia-Pacific: English in Australia, New Zealand, Singapore, India and
// the Philippines, Japanese, Korean, Chinese, Vietnamese, Thai,
// Indonesian and Malay, in their legacy charsets) found at its first
// reading. Each test has a case that failed before its change.

// TestBoxRuleAboveNotice: Japanese signatures are framed by rules drawn
// with heavy box-drawing or full-width signs ("━━━━", "＝＝＝＝"), which
// are rules as "――――" is: a notice right under the closing rule is cut
// there and both rules stay with the signature. Outlook's plain text,
// which puts a blank line under each line of the box, keeps its closing
// rule too.
func TestBoxRuleAboveNotice(t *testing.T) {
	const text = "Acme サポート\n加藤様\n\nいつもお世話になっております。\n山田精機の山田です。\n\n本社からは正常に接続できるようになりました。\n\n引き続きよろしくお願いいたします。\n\n"
	const box = "━━━━━━━━━━━━━━━━━━━━\n株式会社 山田精機\n情報システム部　山田 太郎\nTEL: 052-000-1234\n━━━━━━━━━━━━━━━━━━━━"
	const notice = "\n本メールは機密情報を含む場合があります。誤って受信された場合は、\nお手数ですが送信者までご連絡のうえ、本メールを削除してください。"
	const block = "\n\n差出人: Acme サポート <support@acme.example>\n送信日時: 2025年3月3日 月曜日 17:42\n宛先: 山田 太郎 <taro@yamada.example>\n件名: RE: [ESC-4118] 証明書\n\n山田様\n\n証明書の更新をお願いいたします。\n"
	const spaced = "━━━━━━━━━━━━━━━━━━━━\n\n株式会社 山田精機\n\n山田 太郎\n\nTEL: 052-000-1234\n\n━━━━━━━━━━━━━━━━━━━━"
	equals := "＝＝＝＝＝＝＝＝＝＝＝＝\n株式会社 山田精機\n山田 太郎\n＝＝＝＝＝＝＝＝＝＝＝＝"
	checkVisible(t, []bodyCase{
		{"a heavy rule above the notice", text + box + notice + block, text + box},
		{"a full-width rule above the notice", text + equals + notice + block, text + equals},
		{"a spaced box", text + spaced + "\n\n" + block, text + spaced},
		{"a box and nothing below it", text + box, text + box},
	})
}

// TestJapaneseIPhoneAttribution: iPhone Mail in Japanese writes its
// attribution as the date, the sender and "のメール:" ("2025/03/10 9:41、
// Acme サポート <support@acme.example>のメール:") above the quote; a reply
// with nothing typed above it has no new text. A sentence about a mail
// stays.
func TestJapaneseIPhoneAttribution(t *testing.T) {
	const quote = "2025/03/10 9:41、Acme サポート <support@acme.example>のメール:\n\n> \n> 中村様\n> \n> アカウント追加が完了しました。\n> \n> Acme サポート\n> 加藤 浩\n"
	checkVisible(t, []bodyCase{
		{"nothing typed", "\n\niPhoneから送信\n\n" + quote, ""},
		{"a line typed", "承知しました。ありがとうございます。\n\niPhoneから送信\n\n" + quote, "承知しました。ありがとうございます。"},
		{"a sentence about a mail", "2025/03/10 のメールをご確認ください。", "2025/03/10 のメールをご確認ください。"},
	})
	if v := visibleText("\n\niPhoneから送信\n\n"+quote, false); !v.quotedOnly {
		t.Errorf("nothing typed: quoted only = false, want true")
	}
}

// TestJapaneseReplyAboveLine: Zendesk in Japanese opens its notification
// with "##- このラインより上にご返信ください -##" (ライン as often as 行);
// the latest comment is kept without the banner, its author and date,
// the older comment and the footer.
func TestJapaneseReplyAboveLine(t *testing.T) {
	const comment = "Acme サポート\n加藤様\n\nお世話になっております。グリーンリーフ サポート窓口の西村です。\n\nリトライ間隔を 5 秒に変更しました。\n\nよろしくお願いいたします。\n\n西村 拓也\nグリーンリーフ株式会社 カスタマーサポート"
	const mail = "##- このラインより上にご返信ください -##\n\nお問い合わせ #5512「Acme API のレート制限について」が更新されました。\n\n西村 拓也 (グリーンリーフ株式会社 サポート)\n\n2025年3月11日 14:20 JST\n\n" + comment +
		"\n\n--------------------------------\n\nAcme サポート\n\n2025年3月10日 11:05 JST\n\n西村様\n\n429 エラーは上限を超えた場合に返されます。\n\n--------------------------------\nこのメールは グリーンリーフ株式会社 サポート から送信されました。\n[8YQJ2K-4R7N]\n"
	checkVisible(t, []bodyCase{{"Zendesk in Japanese", mail, comment}})
}

// TestRepliedWithOrganisation: Freshdesk heads the comment it relays with
// its author and their help desk, "Ravi Kumar (Northwind IT Service Desk)
// replied:", and ends it with "You can view and reply to this ticket at
// https://…"; the comment alone is kept. A person's mail with such a line
// and no tool's footer keeps all of it.
func TestRepliedWithOrganisation(t *testing.T) {
	const comment = "Hi Acme Support team,\n\nWe replaced the network switch last night. Timeouts dropped to 2 a day.\n\nRegards,\nRavi Kumar\nL2 Support Engineer, IT Service Desk"
	const mail = "##- Please type your reply above this line -##\n\nYour ticket #88231 \"Card terminal timeouts\" has been updated.\n\nRavi Kumar (Northwind IT Service Desk) replied:\n\n" + comment +
		"\n\nYou can view and reply to this ticket at https://it-help.northwind.example/support/tickets/88231\n\nOn Tue, 18 Mar at 4:02 PM, Acme Support <support@acme.example> wrote:\n> Hi Ravi,\n> Please replace the switch.\n\n--\nThis email is a service from Northwind IT Service Desk.\nTicket ID: 88231 | Ref: FD-7Q3KX2\n"
	const person = "Dana Reyes (IT) replied:\n\nWe will replace the switch tonight."
	checkVisible(t, []bodyCase{
		{"Freshdesk's comment", mail, comment},
		{"a person's line", person, person},
	})
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Ravi Kumar (Northwind IT Service Desk) replied:", true},
		{"Ravi Kumar replied:", true},
		{"We replied to (all of) them:", false},
	} {
		if got := isCommentAuthor(c.line); got != c.want {
			t.Errorf("isCommentAuthor(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestAsianNoticeWords: a Chinese notice calls the mail's contents 保密
// as often as 机密; notices in South-East and East Asia are labelled with
// their languages' word for notice or attention ("PEMBERITAHUAN: Email
// ini …", "Lưu ý: Email này …", "注意：本邮件…"). The writer's sentence
// about a confidential file stays.
func TestAsianNoticeWords(t *testing.T) {
	const zh = "王工，您好！\n\n归档任务又失败了，请帮忙分析。\n\n孙涛\nIT 经理\n东方精密制造有限公司"
	const id = "Selamat siang Bu Rina,\n\nStok di 42 dari 45 toko sudah sesuai.\n\nTerima kasih,\nBudi Santoso\nPT Nusantara Retail Indonesia"
	const vi = "Chào chị Hà,\n\nMáy in ở kho Hải Phòng vẫn báo lỗi.\n\nTrân trọng,\nNguyễn Văn Hùng"
	const block = "\n\nFrom: Acme Support <support@acme.example>\nSent: Monday, March 24, 2025 17:05\nTo: x@example.com\nSubject: RE: [ESC-4226] x\n\nHello,\n"
	checkVisible(t, []bodyCase{
		{"保密", zh + "\n\n本邮件及其附件含有东方精密制造有限公司的保密信息，仅限于发送给上面地址中列出的个人或群组。如果您错收了本邮件，请您立即通知发件人并删除本邮件！" + block, zh},
		{"PEMBERITAHUAN", id + "\n\nPEMBERITAHUAN: Email ini beserta lampirannya bersifat rahasia dan hanya ditujukan untuk penerima yang dimaksud. Jika Anda bukan penerima yang dimaksud, mohon segera memberitahu pengirim." + block, id},
		{"Lưu ý", vi + "\n\nLưu ý: Email này có thể chứa thông tin bảo mật. Nếu bạn không phải là người nhận, vui lòng xóa email này." + block, vi},
		{"注意", zh + "\n\n注意：本邮件含有机密信息，仅供指定收件人使用。如果您错收了本邮件，请立即删除。" + block, zh},
		{"the writer's sentence", zh + "\n\n注意：保密文件我们下周再发。" + block, zh + "\n\n注意：保密文件我们下周再发。"},
	})
}

// TestSignatureOnlyUnspacedName: a Chinese or Korean name is written as
// one word ("王建宏", "김민준"), and a reply that is only the signature
// Outlook opened with it above the mail answered has no new text, by the
// header block's addressee or by the sender's name. A given name alone
// ("建宏") is typed, and stays.
func TestSignatureOnlyUnspacedName(t *testing.T) {
	const zh = "王建宏\n業務部 專員\n宏遠電子股份有限公司\nTel: 03-000-1234 #3108"
	const zhBlock = "寄件者: Acme Support <support@acme.example>\n寄件日期: 2025年3月26日 上午 11:02\n收件者: 王建宏 <jianhong.wang@hongyuan.example>\n主旨: [ESC-4233] 帳號權限變更完成通知\n\n王先生您好，\n\n權限已開通。\n\n黃怡君\n"
	const ko = "김민준\n㈜한빛테크 IT운영팀\nT. 02-000-1234"
	const koBlock = "보낸 사람: Acme Support <support@acme.example>\n보낸 날짜: 2025년 3월 17일 월요일 오후 2:10\n받는 사람: 김민준 <minjun@hanbit.example>\n제목: RE: [ESC-4150] 모니터링\n\n김민준 님,\n\n업데이트해 주세요.\n"
	checkVisible(t, []bodyCase{
		{"a Chinese name", "\n\n" + zh + "\n\n" + zhBlock, ""},
		{"a Korean name", "\n\n" + ko + "\n\n" + koBlock, ""},
		{"a given name", "\n\n建宏\n業務部 專員\n宏遠電子股份有限公司\n\n" + zhBlock, "建宏\n業務部 專員\n宏遠電子股份有限公司"},
	})
	// By the sender's name, where the block names only an address.
	raw := "From: =?UTF-8?B?546L5bu65a6P?= <jianhong.wang@hongyuan.example>\r\nTo: support@acme.example\r\nSubject: RE: [ESC-4233] x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		zh + "\r\n\r\n寄件者: Acme Support <support@acme.example>\r\n寄件日期: 2025年3月26日 上午 11:02\r\n收件者: jianhong.wang@hongyuan.example\r\n主旨: x\r\n\r\n權限已開通。\r\n"
	m, err := Parse([]byte(raw), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if m.Visible != "" || !m.QuotedOnly {
		t.Errorf("by the sender's name: Visible = %q (quoted only %v), want none", m.Visible, m.QuotedOnly)
	}
}

// TestInlineAnswersAnnouncedAboveSignature: the writer's announcement of
// answers typed into the mail below ("answers inline below, marked
// [PS]") stands above their signature, and Outlook puts the company's
// notice between the signature and the mail: neither is counted in the
// lines the announcement is looked for in, so the answers are kept.
func TestInlineAnswersAnnouncedAboveSignature(t *testing.T) {
	const top = "Hi Arjun,\n\nPlease find my answers inline below, marked [PS].\n\nRegards,\nPriya\n\n"
	const sig = "Priya Sharma\nManager - Enterprise Applications\nVaidya Pharmaceuticals Ltd.\nTel: +91 20 6600 1234 | Mob: +91 98200 12345\nCIN: L24230MH1995PLC012345"
	const long = "Priya Sharma\nManager - Enterprise Applications\nVaidya Pharmaceuticals Ltd.\nPlot 12, MIDC Bhosari\nPune 411026, Maharashtra\nTel: +91 20 6600 1234 | Mob: +91 98200 12345\nCIN: L24230MH1995PLC012345"
	const notice = "\n\nDISCLAIMER: The information contained in this e-mail message may contain confidential or privileged information. If you are not the intended recipient, any use of it is strictly prohibited."
	const mail = "\n\nFrom: Acme Support <support@acme.example>\nSent: 17 March 2025 15:10\nTo: Priya Sharma <priya@vaidya.example>\nSubject: RE: [ESC-4203] Approvals\n\nHi Priya,\n\n1. Which plant codes are affected?\n[PS] Only PN01 and PN02.\n\n2. Were any workflows edited?\n[PS] Yes, on 12 March.\n\nRegards,\nArjun Menon\n"
	const answers = "\n\n[PS] Only PN01 and PN02.\n\n[PS] Yes, on 12 March."
	checkVisible(t, []bodyCase{
		{"a notice between", top + sig + notice + mail, top + sig + answers},
		{"a long signature", top + long + mail, top + long + answers},
		{"not announced", "Hi Arjun,\n\nSee the mail below.\n\nRegards,\nPriya\n\n" + sig + notice + mail, "Hi Arjun,\n\nSee the mail below.\n\nRegards,\nPriya\n\n" + sig},
	})
}
