package intake

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// tableRows makes a table of several columns read as a reader sees it:
// html2text runs every cell of a table together on one line, so that a
// status table an agent pastes ("Item | Qty | Status" over "Printer | 3 |
// broken") read "Item Qty Status Printer 3 broken Scanner 1 ok" and a
// signature set in columns (a logo, then name and title, then phones)
// read its title and first phone as one sentence. Each row becomes a
// line; in a row whose cells hold lines of their own (a <br>, a
// paragraph, a nested table) each cell becomes a block, as a layout
// table's columns are read one after the other; otherwise the cells
// stay on the row's line, " | " between them, or a space after a label
// cell ("Phone:" / "+44 20 0000 0000").
//
// QUIRK: a table of label and value pairs only, no cell holding lines of
// its own, is left to html2text, which runs it together on one line:
// help desks set a ticket's fields so ("Status" / "Pending → Solved",
// "Assignee" / "Vendor Management"), and their notices are known by those
// fields as one line reads them (statusNotice); a row a line, a notice
// with nothing typed was shown as text.
//
// Only the table's own rows are read here; a table nested in a cell is
// read when plainHTML reaches it.
func tableRows(table *html.Node) {
	rows := ownRows(table)
	if pairsOnly(rows) {
		return
	}
	for _, tr := range rows {
		var cells []*html.Node
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.Data == "td" || c.Data == "th") {
				cells = append(cells, c)
			}
		}
		block := false
		for _, c := range cells {
			block = block || hasBlockContent(c)
		}
		var prev string // the text of the last cell that had any
		for _, c := range cells {
			text := strings.TrimSpace(nodeText(c))
			switch {
			case block:
				c.Data, c.DataAtom = "div", atom.Div
			case text == "":
			case prev != "":
				sep := " | "
				if strings.HasSuffix(prev, ":") || strings.HasSuffix(prev, "：") {
					sep = " "
				}
				c.Parent.InsertBefore(&html.Node{Type: html.TextNode, Data: sep}, c)
			}
			if text != "" {
				prev = text
			}
		}
		tr.Data, tr.DataAtom = "div", atom.Div
	}
}

// pairsOnly reports whether every row has two cells with text at most
// and none holds lines of its own.
func pairsOnly(rows []*html.Node) bool {
	for _, tr := range rows {
		filled := 0
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || c.Data != "td" && c.Data != "th" {
				continue
			}
			if hasBlockContent(c) {
				return false
			}
			if strings.TrimSpace(nodeText(c)) != "" {
				filled++
			}
		}
		if filled > 2 {
			return false
		}
	}
	return true
}

// ownRows are the rows of table that are not a nested table's.
func ownRows(table *html.Node) []*html.Node {
	var rows []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.Data {
			case "tr":
				rows = append(rows, c)
			case "thead", "tbody", "tfoot":
				walk(c)
			}
		}
	}
	walk(table)
	return rows
}

// hasBlockContent reports whether a cell holds lines of its own.
func hasBlockContent(cell *html.Node) bool {
	return len(findAllDeep(cell, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return false
		}
		switch n.Data {
		case "br", "p", "div", "table", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr":
			return true
		}
		return false
	})) > 0
}
