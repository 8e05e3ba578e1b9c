// Package store defines how dyad keeps coded articles and answers queries
// about their events: the Store interface, the Query it answers, and a
// registry of backends in the manner of upspin.
//
// Backends register themselves by import:
//
//	import _ "github.com/dyadproject/dyad/store/sqlite"
//
//	st, err := store.Open(ctx, "dyad.db") // or "sqlite:dyad.db", "postgres://..."
//
// Two optional interfaces let a backend do more than the Store interface
// asks: Counter counts matching events by day and QuadClass (the
// dashboard's chart), Batcher stores many articles in one transaction (use
// PutAll, which falls back to Put).
//
// A Query is checked and put in canonical form by Query.Normalize, and its
// full-text part is split by ParseText, so that every backend reads the same
// query the same way. Package storetest holds the conformance suite every
// backend must pass.
package store
