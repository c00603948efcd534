#!/usr/bin/env bash
# fresh-rules.sh DIR: for each fresh batch testdata/labelled/realistic*.mbox,
# classifies it with the rules as they stood in the commit before the batch
# was added (before they were tuned on it) and writes DIR/<batch>.tsv with
# one line per mail: index, expected, predicted, score, confidence.
# TestFresh (vocab_test.go) then combines these with a vocabulary learned
# only from earlier batches:
#   bash classify/testdata/fresh-rules.sh /tmp/fresh
#   ESCALATE_FRESH_DIR=/tmp/fresh go test ./classify -run TestFresh -v
set -euo pipefail
out=$(realpath -m "${1:?usage: fresh-rules.sh DIR}")
top=$(git rev-parse --show-toplevel)
cd "$top"
mkdir -p "$out"
dump=$(mktemp -d)
cat > "$dump/dump_test.go" <<'GO'
package classify

import (
	"fmt"
	"os"
	"testing"
)

func TestDumpFresh(t *testing.T) {
	msgs, err := readMbox(os.Getenv("DUMP_BATCH"))
	if err != nil {
		t.Fatal(err)
	}
	out, err := os.Create(os.Getenv("DUMP_OUT"))
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	c := rulesOnly(Default())
	for i, raw := range msgs {
		l, err := parseLabelled(raw, fmt.Sprint(i+1))
		if err != nil {
			t.Fatal(err)
		}
		r := c.Classify(l.in)
		fmt.Fprintf(out, "%d\t%v\t%v\t%.3f\t%.3f\n", i+1, l.want, r.Severity, r.Score, r.Confidence)
	}
}
GO
for f in classify/testdata/labelled/realistic*.mbox; do
	b=$(basename "$f" .mbox)
	added=$(git log --diff-filter=A --format=%H -- "$f" | tail -n1)
	[ -n "$added" ] || continue
	wt="$dump/wt-$b"
	git worktree add -q --detach "$wt" "$added^"
	cp "$dump/dump_test.go" "$wt/classify/zz_dump_test.go"
	# The rules alone: without the vocabulary where it already existed.
	if [ -f "$wt/classify/vocab.go" ]; then
		body='c := *d; c.vocab = nil; return &c'
	else
		body='return d'
	fi
	printf 'package classify\n\nfunc rulesOnly(d *Classifier) *Classifier { %s }\n' "$body" > "$wt/classify/zz_rules_only_test.go"
	(cd "$wt" && DUMP_BATCH="$top/$f" DUMP_OUT="$out/$b.tsv" go test -count=1 -run TestDumpFresh ./classify/ >/dev/null)
	git worktree remove --force "$wt"
	echo "$b: $(awk -F'\t' '$2==$3' "$out/$b.tsv" | wc -l)/$(wc -l < "$out/$b.tsv") right before tuning"
done
rm -rf "$dump"
