//! Kept businesses in history's file. A business's calls are the calls to
//! its number, so forgetting it never touches a call.

use rusqlite::{params, OptionalExtension, Row};

use super::{list_item, storage, History, LIST_COLUMNS};
use crate::businesses::{Business, BusinessPage, CheckedBusiness};
use crate::Error;

const BUSINESS_COLUMNS: &str = "id, name, phone, website, note, speaks, kept_at_ms";

/// Most businesses offered while typing or found by a search.
pub const MOST_FOUND: u32 = 8;

/// Why a business was not kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotKept {
    /// Another kept business has this number.
    NumberTaken { name: String },
    /// The business being changed is no longer kept.
    Gone,
}

impl History {
    /// Keeps a new business, or changes a kept one.
    pub fn keep_business(
        &self,
        business: &CheckedBusiness,
        now_ms: i64,
    ) -> Result<Result<Business, NotKept>, Error> {
        let connection = self.connection();
        let taken: Option<String> = connection
            .query_row(
                "SELECT name FROM businesses WHERE phone = ?1 AND id IS NOT ?2",
                params![business.phone, business.id],
                |row| row.get(0),
            )
            .optional()
            .map_err(storage)?;
        if let Some(name) = taken {
            return Ok(Err(NotKept::NumberTaken { name }));
        }
        let id = match business.id {
            Some(id) => {
                let changed = connection
                    .execute(
                        "UPDATE businesses SET name = ?2, phone = ?3, website = ?4, note = ?5,
                         speaks = ?6 WHERE id = ?1",
                        params![
                            id,
                            business.name,
                            business.phone,
                            business.website,
                            business.note,
                            business.speaks
                        ],
                    )
                    .map_err(storage)?;
                if changed == 0 {
                    return Ok(Err(NotKept::Gone));
                }
                id
            }
            None => {
                connection
                    .execute(
                        "INSERT INTO businesses (name, phone, website, note, speaks, kept_at_ms)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                        params![
                            business.name,
                            business.phone,
                            business.website,
                            business.note,
                            business.speaks,
                            now_ms
                        ],
                    )
                    .map_err(storage)?;
                connection.last_insert_rowid()
            }
        };
        drop(connection);
        Ok(self.business(id)?.ok_or(NotKept::Gone))
    }

    pub fn business(&self, id: i64) -> Result<Option<Business>, Error> {
        self.connection()
            .query_row(
                &format!("SELECT {BUSINESS_COLUMNS} FROM businesses WHERE id = ?1"),
                [id],
                business,
            )
            .optional()
            .map_err(storage)
    }

    /// The kept business with this number (E.164), if there is one.
    pub fn business_for(&self, phone: &str) -> Result<Option<Business>, Error> {
        self.connection()
            .query_row(
                &format!("SELECT {BUSINESS_COLUMNS} FROM businesses WHERE phone = ?1"),
                [phone],
                business,
            )
            .optional()
            .map_err(storage)
    }

    /// A business and every call to its number, newest first.
    pub fn business_page(&self, id: i64) -> Result<Option<BusinessPage>, Error> {
        let Some(business) = self.business(id)? else {
            return Ok(None);
        };
        let connection = self.connection();
        let mut statement = connection
            .prepare_cached(&format!(
                "SELECT {LIST_COLUMNS} FROM calls WHERE phone = ?1
                 ORDER BY created_at_ms DESC, id DESC"
            ))
            .map_err(storage)?;
        let calls = statement
            .query_map([&business.phone], list_item)
            .and_then(Iterator::collect)
            .map_err(storage)?;
        Ok(Some(BusinessPage { business, calls }))
    }

    /// Kept businesses whose name, note or website holds `text`, or whose
    /// number holds its digits; by name.
    pub fn find_businesses(&self, text: &str) -> Result<Vec<Business>, Error> {
        let text = text.trim();
        if text.is_empty() {
            return Ok(Vec::new());
        }
        let digits = super::search::phone_digits(text);
        let connection = self.connection();
        let mut statement = connection
            .prepare_cached(&format!(
                "SELECT {BUSINESS_COLUMNS} FROM businesses
                 WHERE instr(lower(name), lower(?1)) > 0 OR instr(lower(note), lower(?1)) > 0
                    OR instr(lower(website), lower(?1)) > 0
                    OR (?2 IS NOT NULL AND instr(phone, ?2) > 0)
                 ORDER BY name COLLATE NOCASE, id LIMIT {MOST_FOUND}"
            ))
            .map_err(storage)?;
        statement
            .query_map(params![text, digits], business)
            .and_then(Iterator::collect)
            .map_err(storage)
    }

    /// Forgets a business; its calls stay. Whether it was kept.
    pub fn forget_business(&self, id: i64) -> Result<bool, Error> {
        self.connection()
            .execute("DELETE FROM businesses WHERE id = ?1", [id])
            .map(|deleted| deleted > 0)
            .map_err(storage)
    }
}

fn business(row: &Row<'_>) -> rusqlite::Result<Business> {
    let phone: String = row.get(2)?;
    Ok(Business {
        id: row.get(0)?,
        name: row.get(1)?,
        phone_for_people: crate::validate::for_people(&phone),
        phone,
        website: row.get(3)?,
        note: row.get(4)?,
        speaks: row.get(5)?,
        kept_at_ms: row.get(6)?,
    })
}
