package classify

import (
	_ "embed"
	"sync"
)

// vocabularyFile is the vocabulary learned from testdata/labelled. It is
// not part of the default classifier (see vocab.go); the tests measure
// what it would add and check the bounds on any vocabulary.
//
//go:embed vocabulary.tsv
var vocabularyFile string

var learnedVocab = sync.OnceValue(func() *vocab {
	v, err := parseVocab(vocabularyFile, "vocabulary.tsv")
	if err != nil {
		panic(err)
	}
	return v
})
