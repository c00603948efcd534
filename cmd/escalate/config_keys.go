package main

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"time"
)

// secrets lists every Secret of the config, so that each learns the
// directory and file it was read from.
func (c *Config) secrets() []*Secret {
	s := []*Secret{&c.Gateway.Secret, &c.Database.URL, &c.SMTP.Password, &c.Reports.BasicAuth.Password}
	for i := range c.Mailbox {
		s = append(s, &c.Mailbox[i].Password)
	}
	return s
}

// IsHistory reports whether a mail found on the first read of a mailbox
// (initial) is imported as history, stored without acknowledgement:
//   - history_cutoff = "0s": every mail present at the first read is
//     history, whatever its date (the mailbox's backlog is never answered);
//   - history_cutoff = D > 0: a mail present at the first read is history
//     when the server received it (INTERNALDATE) more than D before the
//     gateway started.
//
// Mail that arrives after the first read is never history.
func (g GatewayConfig) IsHistory(initial bool, internalDate, startedAt time.Time) bool {
	if !initial {
		return false
	}
	if g.HistoryCutoff.Duration == 0 {
		return true
	}
	return internalDate.Before(startedAt.Add(-g.HistoryCutoff.Duration))
}

// unknownKeys is the error for keys the config does not have, each with
// the nearest known key when one is close.
func unknownKeys(keys []string) error {
	known := knownKeys()
	errs := make([]error, len(keys))
	for i, k := range keys {
		if near := nearestKey(k, known); near != "" {
			errs[i] = fmt.Errorf("unknown key %s (did you mean %s?)", k, near)
		} else {
			errs[i] = fmt.Errorf("unknown key %s", k)
		}
	}
	return errors.Join(errs...)
}

// knownKeys lists the dotted keys of Config from its toml tags: tables
// ("gateway") and their keys ("gateway.history_cutoff"); array tables
// appear without an index ("mailbox.address").
func knownKeys() []string {
	var keys []string
	var walk func(t reflect.Type, prefix string)
	walk = func(t reflect.Type, prefix string) {
		for i := range t.NumField() {
			f := t.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
			if name == "" || name == "-" {
				continue
			}
			key := prefix + name
			keys = append(keys, key)
			ft := f.Type
			if ft.Kind() == reflect.Slice {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct && ft != reflect.TypeFor[Secret]() && ft != reflect.TypeFor[Duration]() {
				walk(ft, key+".")
			}
		}
	}
	walk(reflect.TypeFor[Config](), "")
	sort.Strings(keys)
	return keys
}

// nearestKey returns the known key closest to key by edit distance, when
// it is close enough to be a typo: at most 2 edits, or a third of the
// key's last part. Keys in the same table are preferred.
func nearestKey(key string, known []string) string {
	parent := ""
	if i := strings.LastIndexByte(key, '.'); i >= 0 {
		parent = key[:i+1]
	}
	last := key[len(parent):]
	limit := max(2, len(last)/3)
	best, bestD := "", limit+1
	for _, k := range known {
		d := editDistance(key, k)
		if strings.HasPrefix(k, parent) && !strings.Contains(k[len(parent):], ".") {
			d = editDistance(last, k[len(parent):]) // a sibling: compare the last parts
		}
		if d < bestD {
			best, bestD = k, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b in bytes
// (config keys are ASCII).
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
