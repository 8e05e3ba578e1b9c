// Package sqlite is the default dyad store: one SQLite file, no server to
// install, pure Go (modernc.org/sqlite), so CGO_ENABLED=0 builds work.
//
// Importing the package registers the "sqlite" scheme with package store,
// which also opens bare paths:
//
//	import _ "github.com/dyadproject/dyad/store/sqlite"
//	st, err := store.Open(ctx, "dyad.db")
//
// The schema's version is kept in the file's user_version and migrated on
// Open. Tables: articles (with paragraphs as JSON and the tone), sentences
// with an FTS5 index over their text (unicode61: case and diacritics
// folded, no stemming), events (one column per filterable field plus the whole event as
// JSON, so that events come back exactly as they were put), quotes and
// entities.
//
// The file is in WAL mode with synchronous=NORMAL: a crash of the machine
// may lose the last few transactions but never corrupts the file, and
// readers never wait for the writer. The store writes through a single
// connection, so Puts from many goroutines are serialized; each Put is one
// transaction that leaves nothing behind when it fails.
package sqlite
