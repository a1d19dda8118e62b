-- What the person adds to a call (a note, labels), and the call a
-- follow-up follows. Search covers the note and the labels too.
ALTER TABLE calls ADD COLUMN note TEXT NOT NULL DEFAULT '';
-- One label per line, as the person typed them.
ALTER TABLE calls ADD COLUMN labels TEXT NOT NULL DEFAULT '';
ALTER TABLE calls ADD COLUMN follows INTEGER;
CREATE INDEX calls_by_follows ON calls (follows);

DROP TRIGGER calls_text_insert;
DROP TRIGGER calls_text_delete;
DROP TRIGGER calls_text_update;
DROP TABLE calls_text;
CREATE VIRTUAL TABLE calls_text USING fts5 (
    phone, business, objective, summary, transcript, note, labels,
    content = 'calls', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER calls_text_insert AFTER INSERT ON calls BEGIN
    INSERT INTO calls_text (rowid, phone, business, objective, summary, transcript, note, labels)
    VALUES (new.id, new.phone, new.business, new.objective, new.summary, new.transcript, new.note, new.labels);
END;
CREATE TRIGGER calls_text_delete AFTER DELETE ON calls BEGIN
    INSERT INTO calls_text (calls_text, rowid, phone, business, objective, summary, transcript, note, labels)
    VALUES ('delete', old.id, old.phone, old.business, old.objective, old.summary, old.transcript, old.note, old.labels);
END;
CREATE TRIGGER calls_text_update
AFTER UPDATE OF phone, business, objective, summary, transcript, note, labels ON calls BEGIN
    INSERT INTO calls_text (calls_text, rowid, phone, business, objective, summary, transcript, note, labels)
    VALUES ('delete', old.id, old.phone, old.business, old.objective, old.summary, old.transcript, old.note, old.labels);
    INSERT INTO calls_text (rowid, phone, business, objective, summary, transcript, note, labels)
    VALUES (new.id, new.phone, new.business, new.objective, new.summary, new.transcript, new.note, new.labels);
END;
INSERT INTO calls_text (calls_text) VALUES ('rebuild');
