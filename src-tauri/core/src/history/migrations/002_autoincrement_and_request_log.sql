-- Ids are never reused, so an answer in flight for a removed call cannot land
-- on a newer one (AUTOINCREMENT needs the table rebuilt). The service's call
-- id is no longer unique: two practice runs may hand out the same one.
CREATE TABLE calls_rebuilt (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    call_id          TEXT,
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
INSERT INTO calls_rebuilt SELECT id, call_id, simulated, phone, business, website, objective,
    created_at_ms, progress, status, outcome, summary, transcript, duration_seconds,
    recording_url, recording_path, credits_after, last_error, results_pending FROM calls;
DROP TABLE calls;
ALTER TABLE calls_rebuilt RENAME TO calls;
CREATE INDEX calls_newest_first ON calls (created_at_ms DESC, id DESC);
CREATE INDEX calls_by_call_id ON calls (call_id);
CREATE INDEX calls_by_phone ON calls (phone, created_at_ms);
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

-- When each request with a key left, so a restarted app knows what it
-- already spent of the service's minute.
CREATE TABLE requests_sent (
    simulated INTEGER NOT NULL,
    at_ms     INTEGER NOT NULL
);
CREATE INDEX requests_sent_by_time ON requests_sent (simulated, at_ms);
