package export

import (
	"strconv"

	"github.com/dyadproject/dyad"
)

// EventID returns a stable, positive 63-bit identifier for an event of an
// article, used as GDELT's GLOBALEVENTID and as event_id in exported rows.
//
// It hashes the article ID, the sentence index and the event's identity:
// date, CAMEO code, PLOVER type, the source's and target's code, country
// and span, and the trigger's span. dup tells apart events that agree on
// all of these: it is the number of such events before this one in the
// article (0 for the first). Hashing the identity rather than the event's
// position in its article keeps an event's ID the same when a changed
// dictionary adds or drops other events of the article, and lets `dyad
// export` compute it from a filtered listing, since every filter of a
// store query is decided by these fields. Different events collide with
// probability about n²/2⁶⁴ for n events.
func EventID(articleID string, e *dyad.Event, dup int) int64 {
	return finish(eventKey(articleID, e), dup)
}

// EventIDs returns the IDs of an article's events, in order.
func EventIDs(articleID string, events []dyad.Event) []int64 {
	var c idCounter
	ids := make([]int64, len(events))
	for i := range events {
		ids[i] = c.next(articleID, &events[i])
	}
	return ids
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

type hasher uint64

func (h hasher) str(s string) hasher {
	for i := 0; i < len(s); i++ {
		h ^= hasher(s[i])
		h *= fnvPrime
	}
	// A separator byte no UTF-8 text contains keeps fields apart.
	h ^= 0xff
	h *= fnvPrime
	return h
}

func (h hasher) int(n int) hasher {
	var buf [20]byte
	for _, c := range strconv.AppendInt(buf[:0], int64(n), 10) {
		h ^= hasher(c)
		h *= fnvPrime
	}
	h ^= 0xff
	h *= fnvPrime
	return h
}

func (h hasher) actor(a *dyad.Actor) hasher {
	if a == nil {
		return h.str("")
	}
	return h.str(a.Code).str(a.Country).int(a.Span[0]).int(a.Span[1])
}

// eventKey hashes what identifies an event within its article.
func eventKey(articleID string, e *dyad.Event) uint64 {
	h := hasher(fnvOffset).str(articleID).int(e.Sentence).str(e.Date).str(e.CAMEO).str(e.PLOVER)
	h = h.actor(e.Source).actor(e.Target)
	h = h.int(e.Evidence.TriggerSpan[0]).int(e.Evidence.TriggerSpan[1])
	return uint64(h)
}

// finish mixes the duplicate index into a key (splitmix64's finaliser, for
// well-spread bits) and makes it a positive int64.
func finish(key uint64, dup int) int64 {
	x := key + uint64(dup)*0x9e3779b97f4a7c15
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	id := int64(x & (1<<63 - 1))
	if id == 0 {
		id = 1
	}
	return id
}

// idCounter numbers events with the same key within an article (or within
// a run of events that holds every event with a given key).
type idCounter struct {
	seen map[uint64]int
}

func (c *idCounter) reset() { clear(c.seen) }

// next returns the ID of e, counting it among the events with its key.
func (c *idCounter) next(articleID string, e *dyad.Event) int64 {
	if c.seen == nil {
		c.seen = make(map[uint64]int)
	}
	k := eventKey(articleID, e)
	dup := c.seen[k]
	c.seen[k] = dup + 1
	return finish(k, dup)
}

// articleKey returns the article ID an event's GLOBALEVENTID is built from:
// the article's ID, else (for articles coded without one) its document ID.
func articleKey(a *gdeltArticle, e *dyad.Event) string {
	switch {
	case e.ArticleID != "":
		return e.ArticleID
	case a.id != "":
		return a.id
	case a.docID != "":
		return a.docID
	}
	return e.DocID
}
