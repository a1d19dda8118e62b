//! The app's words in each language, from the message catalogues the window
//! uses too (`ui/messages/<language>.ftl`, Fluent): a message is written
//! once per language. Rust says by code and facts what the window says in
//! the person's language; what Rust must put in words itself (an error's
//! English message for the log, dialogs, notifications) comes from here.

use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde_json::{Map, Value};

/// Every language the app speaks, by its tag, with its catalogue.
pub const LANGUAGES: &[(&str, &str)] = &[
    ("en", include_str!("../../../ui/messages/en.ftl")),
    ("de", include_str!("../../../ui/messages/de.ftl")),
    ("es", include_str!("../../../ui/messages/es.ftl")),
    ("fr", include_str!("../../../ui/messages/fr.ftl")),
    ("ja", include_str!("../../../ui/messages/ja.ftl")),
    ("pt-BR", include_str!("../../../ui/messages/pt-BR.ftl")),
    ("zh-CN", include_str!("../../../ui/messages/zh-CN.ftl")),
    ("ar", include_str!("../../../ui/messages/ar.ftl")),
];

pub const ENGLISH: &str = "en";

/// The catalogue of `tag` as written (the window reads it from here, so the
/// app carries each catalogue once); English for a language the app does
/// not speak.
pub fn catalogue(tag: &str) -> &'static str {
    #[cfg(debug_assertions)]
    if tag == crate::pseudo::TAG {
        return pseudo_catalogue();
    }
    LANGUAGES
        .iter()
        .find(|(known, _)| *known == tag)
        .unwrap_or(&LANGUAGES[0])
        .1
}

/// The made-up language of test builds, made once.
#[cfg(debug_assertions)]
fn pseudo_catalogue() -> &'static str {
    static PSEUDO: OnceLock<String> = OnceLock::new();
    PSEUDO.get_or_init(|| crate::pseudo::catalogue(LANGUAGES[0].1))
}

/// A language the app speaks, named in itself (for the Settings list).
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Language {
    pub tag: String,
    pub name: String,
}

/// Every language the app speaks, each named in itself.
pub fn languages() -> Vec<Language> {
    LANGUAGES
        .iter()
        .map(|(tag, _)| Language {
            tag: (*tag).to_owned(),
            name: match *tag {
                "en" => "English",
                "de" => "Deutsch",
                "es" => "Español",
                "fr" => "Français",
                "ja" => "日本語",
                "pt-BR" => "Português (Brasil)",
                "zh-CN" => "简体中文",
                "ar" => "العربية",
                other => other,
            }
            .to_owned(),
        })
        .collect()
}

/// The language to speak: the person's choice, else the system's.
pub fn spoken(chosen: Option<&str>, system: Option<&str>) -> &'static str {
    pick(chosen.or(system))
}

/// The language the app speaks for a wanted one (`de-AT`, `pt_PT.UTF-8`,
/// `zh-TW`): the same tag, else the same language (Portuguese is spoken as
/// in Brazil, Chinese only in its simplified script), else English.
pub fn pick(wanted: Option<&str>) -> &'static str {
    let Some(wanted) = wanted else {
        return ENGLISH;
    };
    let tag = wanted
        .split(['.', '@'])
        .next()
        .unwrap_or_default()
        .replace('_', "-");
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or_default().to_ascii_lowercase();
    let rest: Vec<String> = parts.map(str::to_ascii_lowercase).collect();
    #[cfg(debug_assertions)]
    if tag.eq_ignore_ascii_case(crate::pseudo::TAG) {
        return crate::pseudo::TAG;
    }
    for (known, _) in LANGUAGES {
        if known.eq_ignore_ascii_case(&tag) {
            return known;
        }
    }
    if language == "zh" {
        let traditional = rest
            .iter()
            .any(|part| matches!(part.as_str(), "hant" | "tw" | "hk" | "mo"));
        return if traditional { ENGLISH } else { "zh-CN" };
    }
    LANGUAGES
        .iter()
        .map(|(known, _)| *known)
        .find(|known| known.split('-').next() == Some(language.as_str()))
        .unwrap_or(ENGLISH)
}

/// A message by code and facts, for saying later in whatever language is
/// spoken then (history keeps why a call stands where it does this way).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Message {
    pub code: String,
    #[ts(type = "Record<string, string | number | boolean | null>")]
    pub params: Map<String, Value>,
}

impl Message {
    pub fn new(code: &str, facts: &[(&str, Value)]) -> Self {
        Self {
            code: code.to_owned(),
            params: facts
                .iter()
                .map(|(name, value)| ((*name).to_owned(), value.clone()))
                .collect(),
        }
    }

    /// How history keeps it (JSON).
    pub fn stored(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| self.code.clone())
    }

    /// A message history kept this way; `None` for plain text (older
    /// versions kept English sentences).
    pub fn from_stored(text: &str) -> Option<Self> {
        text.starts_with('{')
            .then(|| serde_json::from_str(text).ok())
            .flatten()
    }

    pub fn in_language(&self, language: &str) -> String {
        say(language, &self.code, &self.params).unwrap_or_else(|| self.code.clone())
    }
}

impl From<&crate::Error> for Message {
    fn from(error: &crate::Error) -> Self {
        let payload = error.payload();
        Self {
            code: payload.code,
            params: payload.params,
        }
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static HashMap<&'static str, Bundle> {
    static BUNDLES: OnceLock<HashMap<&'static str, Bundle>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        #[allow(unused_mut)]
        let mut all: HashMap<_, _> = LANGUAGES
            .iter()
            .map(|(tag, source)| (*tag, bundle(tag, source)))
            .collect();
        #[cfg(debug_assertions)]
        all.insert(
            crate::pseudo::TAG,
            bundle(crate::pseudo::TAG, pseudo_catalogue()),
        );
        all
    })
}

fn bundle(tag: &str, source: &str) -> Bundle {
    let language = tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![language]);
    // Marks that keep a fact's direction apart only matter right to left.
    bundle.set_use_isolating(tag == "ar");
    let resource =
        FluentResource::try_new(source.to_owned()).unwrap_or_else(|(resource, errors)| {
            log::warn!("the {tag} catalogue has {} faults", errors.len());
            resource
        });
    if let Err(errors) = bundle.add_resource(resource) {
        log::warn!("the {tag} catalogue has {} clashes", errors.len());
    }
    bundle
}

/// The message `code` (`kind` or `kind.case`) with its facts, in
/// `language`; in English where that catalogue lacks it; `None` when no
/// catalogue has it.
pub fn say(language: &str, code: &str, params: &Map<String, Value>) -> Option<String> {
    let all = bundles();
    [language, ENGLISH]
        .iter()
        .filter_map(|tag| all.get(tag))
        .find_map(|bundle| format(bundle, code, params))
}

/// A message of Rust's own (a dialog, a notification) with its facts, in
/// `language`; its id if no catalogue has it.
pub fn text(language: &str, id: &str, facts: &[(&str, Value)]) -> String {
    let params: Map<String, Value> = facts
        .iter()
        .map(|(name, value)| ((*name).to_owned(), value.clone()))
        .collect();
    say(language, id, &params).unwrap_or_else(|| id.to_owned())
}

fn format(bundle: &Bundle, code: &str, params: &Map<String, Value>) -> Option<String> {
    let (id, case) = match code.split_once('.') {
        Some((id, case)) => (id, Some(case)),
        None => (code, None),
    };
    let message = bundle.get_message(id)?;
    let pattern = match case {
        Some(case) => message.get_attribute(case)?.value(),
        None => message.value()?,
    };
    let mut args = FluentArgs::new();
    for (name, value) in params {
        args.set(name.as_str(), fact(value));
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
    if !errors.is_empty() {
        log::warn!("message {code}: {errors:?}");
    }
    Some(text.into_owned())
}

fn fact(value: &Value) -> FluentValue<'static> {
    match value {
        Value::Number(number) => number
            .as_f64()
            .map_or_else(|| FluentValue::from(number.to_string()), FluentValue::from),
        Value::String(text) => FluentValue::from(text.clone()),
        Value::Bool(yes) => FluentValue::from(if *yes { "true" } else { "false" }),
        Value::Null => FluentValue::from(""),
        other => FluentValue::from(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wanted_language_falls_back_to_the_nearest_spoken_one() {
        assert_eq!(pick(Some("de_DE.UTF-8")), "de");
        assert_eq!(pick(Some("de-AT")), "de");
        assert_eq!(pick(Some("pt-PT")), "pt-BR");
        assert_eq!(pick(Some("pt_BR")), "pt-BR");
        assert_eq!(pick(Some("zh_CN.UTF-8")), "zh-CN");
        assert_eq!(pick(Some("zh-Hans")), "zh-CN");
        assert_eq!(pick(Some("zh-TW")), "en");
        assert_eq!(pick(Some("ar_EG")), "ar");
        assert_eq!(pick(Some("ko-KR")), "en");
        assert_eq!(pick(Some("C")), "en");
        assert_eq!(pick(None), "en");
    }

    #[test]
    fn facts_and_plurals_are_said_in_place() {
        let mut params = Map::new();
        params.insert("count".into(), 1.into());
        let one = say("en", "send_pending", &params).unwrap();
        assert!(one.contains("a call is still waiting"), "{one}");
        params.insert("count".into(), 3.into());
        let three = say("en", "send_pending", &params).unwrap();
        assert!(three.contains("3 calls are still waiting"), "{three}");
        assert!(say("en", "wrong_mode.live", &Map::new())
            .unwrap()
            .starts_with("This is a real call"));
        assert_eq!(say("en", "no_such_message", &Map::new()), None);
    }

    /// Every catalogue has every message of the English one, with the same
    /// cases and the same facts, and nothing more.
    #[test]
    fn every_catalogue_has_every_message_with_the_same_facts() {
        let english = shape(LANGUAGES[0].1);
        for (tag, source) in &LANGUAGES[1..] {
            let other = shape(source);
            for (id, facts) in &english {
                match other.get(id) {
                    None => panic!("{tag} lacks {id}"),
                    Some(theirs) => assert_eq!(theirs, facts, "{tag}: {id} has other facts"),
                }
            }
            for id in other.keys() {
                assert!(
                    english.contains_key(id),
                    "{tag} has {id}, which English has not"
                );
            }
        }
    }

    /// Each message (and case) by id, with the facts ($name) it uses.
    fn shape(source: &str) -> HashMap<String, Vec<String>> {
        use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
        fn facts(pattern: &Pattern<&str>, found: &mut Vec<String>) {
            for element in &pattern.elements {
                if let PatternElement::Placeable { expression } = element {
                    expression_facts(expression, found);
                }
            }
        }
        fn expression_facts(expression: &Expression<&str>, found: &mut Vec<String>) {
            match expression {
                Expression::Select { selector, variants } => {
                    inline_facts(selector, found);
                    for variant in variants {
                        facts(&variant.value, found);
                    }
                }
                Expression::Inline(inline) => inline_facts(inline, found),
            }
        }
        fn inline_facts(inline: &InlineExpression<&str>, found: &mut Vec<String>) {
            match inline {
                InlineExpression::VariableReference { id } => found.push(id.name.to_owned()),
                InlineExpression::Placeable { expression } => expression_facts(expression, found),
                _ => {}
            }
        }
        let resource = fluent_syntax::parser::parse(source)
            .unwrap_or_else(|(_, errors)| panic!("a catalogue does not parse: {errors:?}"));
        let mut shape = HashMap::new();
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let mut add = |id: String, pattern: &Pattern<&str>| {
                    let mut found = Vec::new();
                    facts(pattern, &mut found);
                    found.sort();
                    found.dedup();
                    shape.insert(id, found);
                };
                if let Some(value) = &message.value {
                    add(message.id.name.to_owned(), value);
                }
                for attribute in &message.attributes {
                    add(
                        format!("{}.{}", message.id.name, attribute.id.name),
                        &attribute.value,
                    );
                }
            }
        }
        shape
    }
}
