package classify

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestWordBits checks the composer's first-word table against the map it
// is built from: every word, and words it must not find (a prefix, a
// longer word with the same first 8 bytes, one letter changed).
func TestWordBits(t *testing.T) {
	if len(firstBits) == 0 {
		t.Fatal("no first words")
	}
	get := func(w string) (uint64, int32) {
		b := []byte(w)
		return firstTable.get(b, textHead(b, 0, int32(len(b))))
	}
	for w, want := range firstBits {
		got, id := get(w)
		if got != want {
			t.Errorf("%q: bits %x, want %x", w, got, want)
		}
		if id < 0 || firstTable.byID[id] != w {
			t.Errorf("%q: id %d names another word", w, id)
		}
		for _, other := range []string{w[:len(w)-1], w + "s", w + "xxxxxxxx", "x" + w[1:]} {
			got, id := get(other)
			if got != firstBits[other] {
				t.Errorf("%q: bits %x, want %x", other, got, firstBits[other])
			}
			if _, ok := firstBits[other]; !ok && id != -1 {
				t.Errorf("%q: id %d for a word that starts no phrase", other, id)
			}
		}
	}
}

// TestStartingAt checks that a class finds through a word's id the
// phrases it finds through the word: byFirstID against byFirst.
func TestStartingAt(t *testing.T) {
	for _, c := range []*wordClass{&scopeNone, &down, &personal, &live, &zero, &bulk} {
		for _, w := range firstTable.byID {
			bs, id := firstTable.get([]byte(w), wordHead(w))
			l := line{ws: []string{w}, bits: []uint64{bs}, ids: []int32{id}}
			if got, want := c.startingAt(l, 0), c.byFirst[w]; !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("%s: %q: phrases %q, want %q", c.name, w, got, want)
			}
		}
	}
}

// TestSortedEvidence checks that the evidence comes out in the order a
// stable sort by rank and weight gives, for short lists (sorted by
// insertion) and long ones.
func TestSortedEvidence(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	levels := []Severity{0, P1, P2, P3, P4}
	weights := []float64{0, 0, 1, 1.5, 2, 3, -0.5, 4.25}
	for _, n := range []int{0, 1, 2, 5, 31, 32, 33, 70} {
		ev := make([]Evidence, n)
		for i := range ev {
			ev[i] = Evidence{Rule: string(rune('a' + i%26)), Offset: i,
				Level: levels[r.IntN(len(levels))], Weight: weights[r.IntN(len(weights))]}
		}
		want := slices.Clone(ev)
		slices.SortStableFunc(want, func(a, b Evidence) int {
			return cmp.Or(cmp.Compare(rankEvidence(a), rankEvidence(b)), cmp.Compare(b.Weight, a.Weight))
		})
		st := &state{w: new(folder), ev: slices.Clone(ev)}
		got := st.sortedEvidence()
		if len(got) != len(want) {
			t.Fatalf("%d evidence: got %d back", n, len(got))
		}
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("%d evidence: at %d got %+v, want %+v", n, i, got[i], want[i])
			}
		}
	}
}

// TestTextHead checks textHead against wordHead for every word of a text,
// near its end (fewer than 8 bytes left) and far from it (one masked load).
func TestTextHead(t *testing.T) {
	text := []byte("a bc def ghij klmno pqrstu vwxyz01 23456789 abcdefghijk z")
	for start := 0; start < len(text); start++ {
		for end := start + 1; end <= len(text); end++ {
			if got, want := textHead(text, int32(start), int32(end)), wordHead(text[start:end]); got != want {
				t.Errorf("textHead(%q) = %x, want %x", text[start:end], got, want)
			}
		}
	}
}

// TestOnceSet checks the set of counted signals on both sides of its
// list's limit, and that a reset empties the map part too.
func TestOnceSet(t *testing.T) {
	var s onceSet
	for round := range 2 {
		for i := range 3 * onceListMax {
			k := once{key: fmt.Sprint("phrase ", i%(2*onceListMax)), field: i % 2}
			want := i < 2*onceListMax
			if got := s.add(k); got != want {
				t.Fatalf("round %d: add #%d %v = %v, want %v", round, i, k, got, want)
			}
		}
		s.reset()
	}
}
