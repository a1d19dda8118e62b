//! Businesses the person keeps: a name, a number, a website, a note and the
//! language they speak, checked here before history keeps them. Their calls
//! are found by number, so forgetting a business keeps its calls.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::history::{CallListItem, History, NotKept};
use crate::validate::{self, phone, MAX_BUSINESS_CHARS};
use crate::Error;

/// Longest note kept with a business.
pub const MAX_BUSINESS_NOTE_CHARS: usize = 2_000;

/// Languages a business may be said to speak, as BCP 47 tags with their
/// English names, which is how the agent is told. The window names them in
/// the person's language.
pub const SPOKEN_LANGUAGES: &[(&str, &str)] = &[
    ("ar", "Arabic"),
    ("bn", "Bengali"),
    ("cs", "Czech"),
    ("da", "Danish"),
    ("de", "German"),
    ("el", "Greek"),
    ("en", "English"),
    ("es", "Spanish"),
    ("fa", "Persian"),
    ("fi", "Finnish"),
    ("fr", "French"),
    ("he", "Hebrew"),
    ("hi", "Hindi"),
    ("hu", "Hungarian"),
    ("id", "Indonesian"),
    ("it", "Italian"),
    ("ja", "Japanese"),
    ("ko", "Korean"),
    ("nl", "Dutch"),
    ("no", "Norwegian"),
    ("pl", "Polish"),
    ("pt", "Portuguese"),
    ("ro", "Romanian"),
    ("ru", "Russian"),
    ("sv", "Swedish"),
    ("th", "Thai"),
    ("tr", "Turkish"),
    ("uk", "Ukrainian"),
    ("vi", "Vietnamese"),
    ("zh", "Chinese"),
];

/// The tags of [`SPOKEN_LANGUAGES`], for the window's list.
pub fn spoken_languages() -> Vec<String> {
    SPOKEN_LANGUAGES
        .iter()
        .map(|(tag, _)| (*tag).to_owned())
        .collect()
}

/// The English name of a spoken language by its tag; `None` if unknown.
pub fn english_name(tag: &str) -> Option<&'static str> {
    SPOKEN_LANGUAGES
        .iter()
        .find(|(known, _)| *known == tag)
        .map(|(_, name)| *name)
}

/// What the agent is told about the business's language.
pub fn speaks_hint(tag: &str) -> Option<String> {
    english_name(tag).map(|name| format!("They speak {name}: speak {name} with them."))
}

/// A kept business.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Business {
    pub id: i64,
    pub name: String,
    /// E.164: for data and for matching its calls.
    pub phone: String,
    /// As people read it (`+49 30 1234567`).
    pub phone_for_people: String,
    /// Empty: none.
    pub website: String,
    pub note: String,
    /// A tag of [`SPOKEN_LANGUAGES`]; empty: not said.
    pub speaks: String,
    pub kept_at_ms: i64,
}

/// A business as the person typed it: new (`id` empty) or changed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export)]
pub struct BusinessForm {
    pub id: Option<i64>,
    pub name: String,
    pub phone: String,
    /// ISO 3166 code of the country a national number belongs to.
    pub country: String,
    pub website: String,
    pub note: String,
    pub speaks: String,
}

/// What needs fixing in a [`BusinessForm`], field by field, in the person's
/// language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct BusinessCheck {
    pub name: Option<String>,
    pub phone: Option<String>,
    pub website: Option<String>,
    pub note: Option<String>,
    pub speaks: Option<String>,
}

/// A business checked and ready to keep.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedBusiness {
    pub id: Option<i64>,
    pub name: String,
    pub phone: String,
    pub website: String,
    pub note: String,
    pub speaks: String,
}

/// What keeping a business did: kept it, or what needs fixing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct BusinessSaved {
    pub business: Option<Business>,
    pub problems: Option<BusinessCheck>,
}

/// A business's page: the business and its calls, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct BusinessPage {
    pub business: Business,
    pub calls: Vec<CallListItem>,
}

/// Checks a business as typed, with what needs fixing said in `language`.
pub fn check(form: &BusinessForm, language: &str) -> Result<CheckedBusiness, Box<BusinessCheck>> {
    let say = |id: &str, facts: &[(&str, serde_json::Value)]| {
        Some(crate::messages::text(language, id, facts))
    };
    let mut problems = BusinessCheck::default();
    let name = form.name.trim();
    if name.is_empty() {
        problems.name = say("check-business-name-empty", &[]);
    } else if name.chars().count() > MAX_BUSINESS_CHARS {
        problems.name = say(
            "check-business-too-long",
            &[("limit", MAX_BUSINESS_CHARS.into())],
        );
    }
    let phone = match phone::phone(&form.phone, &form.country) {
        Ok(number) => number.format().mode(phonenumber::Mode::E164).to_string(),
        Err(problem) => {
            problems.phone = say(problem, &[]);
            String::new()
        }
    };
    let website = validate::website(&form.website).unwrap_or_else(|problem| {
        problems.website = say(problem, &[("limit", validate::MAX_WEBSITE_CHARS.into())]);
        None
    });
    let note = form.note.trim();
    if note.chars().count() > MAX_BUSINESS_NOTE_CHARS {
        problems.note = say(
            "check-business-note-too-long",
            &[("limit", MAX_BUSINESS_NOTE_CHARS.into())],
        );
    }
    let speaks = form.speaks.trim();
    if !speaks.is_empty() && english_name(speaks).is_none() {
        problems.speaks = say("check-speaks-unknown", &[]);
    }
    if problems != BusinessCheck::default() {
        return Err(Box::new(problems));
    }
    Ok(CheckedBusiness {
        id: form.id,
        name: name.to_owned(),
        phone,
        website: website.unwrap_or_default(),
        note: note.to_owned(),
        speaks: speaks.to_owned(),
    })
}

/// Checks and keeps a business: what was kept, or what needs fixing in
/// `language` (another business with the same number included).
pub fn keep(
    history: &History,
    form: &BusinessForm,
    language: &str,
    now_ms: i64,
) -> Result<BusinessSaved, Error> {
    let refused = |problems: BusinessCheck| BusinessSaved {
        business: None,
        problems: Some(problems),
    };
    let checked = match check(form, language) {
        Ok(checked) => checked,
        Err(problems) => return Ok(refused(*problems)),
    };
    Ok(match history.keep_business(&checked, now_ms)? {
        Ok(business) => BusinessSaved {
            business: Some(business),
            problems: None,
        },
        Err(NotKept::NumberTaken { name }) => refused(BusinessCheck {
            phone: Some(crate::messages::text(
                language,
                "check-business-number-kept",
                &[("name", name.into())],
            )),
            ..BusinessCheck::default()
        }),
        Err(NotKept::Gone) => refused(BusinessCheck {
            name: Some(crate::messages::text(language, "check-business-gone", &[])),
            ..BusinessCheck::default()
        }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn linde() -> BusinessForm {
        BusinessForm {
            name: " Hotel Linde ".into(),
            phone: "030 1234567".into(),
            country: "DE".into(),
            website: "hotel-linde.de".into(),
            note: "Ask for Frau Berg.".into(),
            speaks: "de".into(),
            ..BusinessForm::default()
        }
    }

    #[test]
    fn a_business_is_kept_trimmed_with_its_number_as_e164() {
        let kept = check(&linde(), "en").unwrap();
        assert_eq!(kept.name, "Hotel Linde");
        assert_eq!(kept.phone, "+49301234567");
        assert_eq!(kept.website, "https://hotel-linde.de/");
        assert_eq!(
            speaks_hint(&kept.speaks).as_deref(),
            Some("They speak German: speak German with them.")
        );
    }

    #[test]
    fn each_wrong_field_is_said_in_the_persons_language() {
        let wrong = BusinessForm {
            name: "  ".into(),
            phone: "112".into(),
            website: "not a site".into(),
            note: "x".repeat(MAX_BUSINESS_NOTE_CHARS + 1),
            speaks: "<script>".into(),
            ..linde()
        };
        let problems = check(&wrong, "de").unwrap_err();
        for problem in [
            &problems.name,
            &problems.phone,
            &problems.website,
            &problems.note,
            &problems.speaks,
        ] {
            let problem = problem.as_deref().expect("each field is said");
            assert!(!problem.contains("check-"), "{problem}");
        }
        assert_ne!(
            problems.name,
            check(&wrong, "en").unwrap_err().name,
            "said in German"
        );
    }

    #[test]
    fn a_kept_business_is_found_changed_and_forgotten_while_its_calls_stay() {
        let folder = tempfile::tempdir().unwrap();
        let history = History::open(&folder.path().join("history.sqlite3"))
            .unwrap()
            .history;
        let call = history
            .add(&crate::history::NewRecord {
                simulated: true,
                phone: "+49301234567".into(),
                business: None,
                website: None,
                objective: "Ask about rooms".into(),
                created_at_ms: 1_000,
                scheduled_at_ms: None,
                follows: None,
            })
            .unwrap();
        let kept = keep(&history, &linde(), "en", 5).unwrap().business.unwrap();
        assert_eq!(kept.phone_for_people, "+49 30 1234567");
        for search in ["linde", "FRAU BERG", "1234567", "030 1234567"] {
            let found = history.find_businesses(search).unwrap();
            assert_eq!(found.len(), 1, "{search}");
        }
        assert!(history.find_businesses("Adler").unwrap().is_empty());
        // The call never named the business, yet a search for it finds it.
        let query = crate::history::HistoryQuery {
            text: "Linde".into(),
            limit: 10,
            ..Default::default()
        };
        let page = history.page(&query).unwrap();
        assert_eq!(
            page.items.iter().map(|item| item.id).collect::<Vec<_>>(),
            [call]
        );
        assert_eq!(page.businesses.len(), 1);

        let same_number = BusinessForm {
            name: "Another name".into(),
            ..linde()
        };
        let refused = keep(&history, &same_number, "en", 6).unwrap();
        assert!(refused
            .problems
            .unwrap()
            .phone
            .unwrap()
            .contains("Hotel Linde"));

        let renamed = BusinessForm {
            id: Some(kept.id),
            name: "Hotel Linde Mitte".into(),
            ..linde()
        };
        let changed = keep(&history, &renamed, "en", 7).unwrap().business.unwrap();
        assert_eq!(
            (changed.id, changed.name.as_str()),
            (kept.id, "Hotel Linde Mitte")
        );
        let page = history.business_page(kept.id).unwrap().unwrap();
        assert_eq!(page.calls.len(), 1);

        assert!(history.forget_business(kept.id).unwrap());
        assert_eq!(history.business_page(kept.id).unwrap(), None);
        assert!(history.get(call).unwrap().is_some(), "its call stays");
        let gone = keep(&history, &renamed, "en", 8).unwrap();
        assert!(gone.problems.unwrap().name.is_some());
    }

    #[test]
    fn every_spoken_language_has_a_hint_and_nothing_else_does() {
        for tag in spoken_languages() {
            assert!(speaks_hint(&tag).is_some());
        }
        assert_eq!(speaks_hint(""), None);
        assert_eq!(speaks_hint("klingon"), None);
    }
}
