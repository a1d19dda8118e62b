-- Calls, their status timeline, and full-text search over them.
CREATE TABLE calls (
    id               INTEGER PRIMARY KEY,
    call_id          TEXT UNIQUE,
    simulated        INTEGER NOT NULL,
    phone            TEXT NOT NULL,
    business         TEXT,
    website          TEXT,
    objective        TEXT NOT NULL,
    created_at_ms    INTEGER NOT NULL,
    progress         TEXT NOT NULL,
    status           TEXT,
    outcome          TEXT,
    summary          TEXT,
    transcript       TEXT,
    duration_seconds INTEGER,
    recording_url    TEXT,
    recording_path   TEXT,
    credits_after    INTEGER,
    last_error       TEXT,
    results_pending  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX calls_newest_first ON calls (created_at_ms DESC, id DESC);
CREATE TABLE status_changes (
    call   INTEGER NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    at_ms  INTEGER NOT NULL
);
CREATE INDEX status_changes_by_call ON status_changes (call, at_ms);
CREATE VIRTUAL TABLE calls_text USING fts5 (
    phone, business, objective, summary, transcript,
    content = 'calls', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER calls_text_insert AFTER INSERT ON calls BEGIN
    INSERT INTO calls_text (rowid, phone, business, objective, summary, transcript)
    VALUES (new.id, new.phone, new.business, new.objective, new.summary, new.transcript);
END;
CREATE TRIGGER calls_text_delete AFTER DELETE ON calls BEGIN
    INSERT INTO calls_text (calls_text, rowid, phone, business, objective, summary, transcript)
    VALUES ('delete', old.id, old.phone, old.business, old.objective, old.summary, old.transcript);
END;
CREATE TRIGGER calls_text_update AFTER UPDATE OF phone, business, objective, summary, transcript ON calls BEGIN
    INSERT INTO calls_text (calls_text, rowid, phone, business, objective, summary, transcript)
    VALUES ('delete', old.id, old.phone, old.business, old.objective, old.summary, old.transcript);
    INSERT INTO calls_text (rowid, phone, business, objective, summary, transcript)
    VALUES (new.id, new.phone, new.business, new.objective, new.summary, new.transcript);
END;
