package sqlite

import (
	"context"
	"database/sql"
	"fmt"
)

// migrations[i] takes the schema from version i to version i+1. The version
// is kept in the database's user_version. Append; never edit a released
// migration.
var migrations = []string{
	// 1: the first schema.
	`
CREATE TABLE articles (
	id            TEXT PRIMARY KEY,
	doc_id        TEXT NOT NULL,
	title         TEXT NOT NULL,
	author        TEXT NOT NULL,
	site          TEXT NOT NULL,
	url           TEXT NOT NULL,
	published     TEXT NOT NULL,
	paragraphs    TEXT NOT NULL,  -- JSON array of strings
	tone          REAL NOT NULL,
	tone_positive REAL NOT NULL,
	tone_negative REAL NOT NULL,
	tone_polarity REAL NOT NULL,
	tone_activity REAL NOT NULL,
	tone_self     REAL NOT NULL,
	word_count    INTEGER NOT NULL,
	ingested_at   TEXT NOT NULL   -- RFC 3339, UTC
);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE sentences (
	id         INTEGER PRIMARY KEY,
	article_id TEXT NOT NULL REFERENCES articles(id),
	idx        INTEGER NOT NULL,
	paragraph  INTEGER NOT NULL,
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	text       TEXT NOT NULL,
	UNIQUE (article_id, idx)
);
CREATE VIRTUAL TABLE sentences_fts USING fts5(
	text, content='sentences', content_rowid='id',
	tokenize='unicode61 remove_diacritics 2'
);

CREATE TABLE events (
	article_id     TEXT NOT NULL REFERENCES articles(id),
	seq            INTEGER NOT NULL,  -- position in the article's events
	sentence       INTEGER NOT NULL,
	sentence_id    INTEGER,           -- sentences.id; NULL if the article has no such sentence
	doc_id         TEXT NOT NULL,
	cameo          TEXT NOT NULL,
	root           TEXT NOT NULL,
	quad           INTEGER NOT NULL,
	goldstein      REAL NOT NULL,
	plover         TEXT NOT NULL,
	plover_mode    TEXT NOT NULL,
	source_code    TEXT,              -- source_* and target_* are NULL when there is no actor
	source_country TEXT,
	source_text    TEXT,
	source_name    TEXT,
	source_roles   TEXT,              -- JSON array
	source_known   INTEGER,
	source_start   INTEGER,
	source_end     INTEGER,
	target_code    TEXT,
	target_country TEXT,
	target_text    TEXT,
	target_name    TEXT,
	target_roles   TEXT,
	target_known   INTEGER,
	target_start   INTEGER,
	target_end     INTEGER,
	date           TEXT NOT NULL,
	date_precision TEXT NOT NULL,
	place_name     TEXT,              -- place_* are NULL when there is no place
	place_country  TEXT,
	place_lat      REAL,
	place_lon      REAL,
	negated        INTEGER NOT NULL,
	modality       TEXT NOT NULL,
	trigger        TEXT NOT NULL,
	pattern        TEXT NOT NULL,
	trigger_start  INTEGER NOT NULL,
	trigger_end    INTEGER NOT NULL,
	json           TEXT NOT NULL,     -- the whole event, for a faithful round trip
	PRIMARY KEY (article_id, seq)
);
CREATE INDEX events_order          ON events(date DESC, article_id, sentence, seq);
CREATE INDEX events_source_country ON events(source_country, date);
CREATE INDEX events_target_country ON events(target_country, date);
CREATE INDEX events_source_code    ON events(source_code);
CREATE INDEX events_target_code    ON events(target_code);
CREATE INDEX events_root           ON events(root, date);
CREATE INDEX events_cameo          ON events(cameo);
CREATE INDEX events_plover         ON events(plover, date);
CREATE INDEX events_sentence       ON events(sentence_id);
CREATE INDEX events_source_unknown ON events(source_text) WHERE source_known = 0;
CREATE INDEX events_target_unknown ON events(target_text) WHERE target_known = 0;

CREATE TABLE quotes (
	article_id    TEXT NOT NULL REFERENCES articles(id),
	seq           INTEGER NOT NULL,
	sentence      INTEGER NOT NULL,
	text          TEXT NOT NULL,
	start         INTEGER NOT NULL,
	"end"         INTEGER NOT NULL,
	partial       INTEGER NOT NULL,
	speaker_text  TEXT,     -- speaker_* are NULL when no speaker was found
	speaker_code  TEXT,
	speaker_name  TEXT,
	speaker_known INTEGER,
	json          TEXT NOT NULL,
	PRIMARY KEY (article_id, seq)
);
CREATE INDEX quotes_speaker_unknown ON quotes(speaker_text) WHERE speaker_known = 0;

CREATE TABLE entities (
	article_id TEXT NOT NULL REFERENCES articles(id),
	seq        INTEGER NOT NULL,
	text       TEXT NOT NULL,
	type       TEXT NOT NULL,
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	sentence   INTEGER NOT NULL,
	code       TEXT NOT NULL,
	PRIMARY KEY (article_id, seq)
);
CREATE INDEX entities_text ON entities(type, text);
`,
}

// SchemaVersion is the schema version this package writes.
const SchemaVersion = 1

// migrate brings db's schema up to SchemaVersion, one transaction per step.
func migrate(ctx context.Context, db *sql.DB) error {
	var v int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return fmt.Errorf("cannot read schema version: %w", err)
	}
	if v > len(migrations) {
		return fmt.Errorf("database schema version %d is newer than this dyad's %d", v, len(migrations))
	}
	for ; v < len(migrations); v++ {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("cannot begin migration to version %d: %w", v+1, err)
		}
		// Another process may have migrated while we waited for the lock.
		var now int
		if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&now); err != nil {
			tx.Rollback()
			return fmt.Errorf("cannot read schema version: %w", err)
		}
		if now > v {
			tx.Rollback()
			v = now - 1
			continue
		}
		if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
			tx.Rollback()
			return fmt.Errorf("cannot migrate schema to version %d: %w", v+1, err)
		}
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", v+1)); err != nil {
			tx.Rollback()
			return fmt.Errorf("cannot set schema version %d: %w", v+1, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("cannot commit schema version %d: %w", v+1, err)
		}
	}
	return nil
}
