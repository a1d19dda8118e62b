-- Businesses the person keeps: found by name or number on the New call
-- form, each with a page of its calls. Calls belong to a business by its
-- number, so forgetting a business keeps every call.
CREATE TABLE businesses (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT NOT NULL,
    phone      TEXT NOT NULL UNIQUE,
    website    TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    speaks     TEXT NOT NULL DEFAULT '',
    kept_at_ms INTEGER NOT NULL
);
