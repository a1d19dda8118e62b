//! A made-up language for test builds (`en-XA`): every message of the
//! English catalogue with its letters accented, in brackets and a third
//! longer (`⟦Ƥĺàçé çàĺĺ…~~~⟧`). A window walked in it shows at once any
//! word that does not come from a catalogue, and any text cut short.

use fluent_syntax::ast::{Entry, Expression, Pattern, PatternElement};

pub const TAG: &str = "en-XA";

/// The English catalogue `source`, made pseudo.
pub fn catalogue(source: &str) -> String {
    let mut resource =
        fluent_syntax::parser::parse(source.to_owned()).unwrap_or_else(|(resource, _)| resource);
    for entry in &mut resource.body {
        if let Entry::Message(message) = entry {
            if let Some(value) = &mut message.value {
                bracket(value);
            }
            for attribute in &mut message.attributes {
                bracket(&mut attribute.value);
            }
        }
    }
    fluent_syntax::serializer::serialize(&resource)
}

fn bracket(pattern: &mut Pattern<String>) {
    let letters = accent(pattern);
    let padding = "~".repeat(letters.div_ceil(3));
    pattern.elements.insert(0, text("⟦"));
    pattern.elements.push(text(&format!("{padding}⟧")));
}

fn text(value: &str) -> PatternElement<String> {
    PatternElement::TextElement {
        value: value.to_owned(),
    }
}

/// Accents every letter of the pattern's own text (facts stay as they
/// are); returns how many characters it has.
fn accent(pattern: &mut Pattern<String>) -> usize {
    let mut count = 0;
    for element in &mut pattern.elements {
        match element {
            PatternElement::TextElement { value } => {
                *value = value.chars().map(accented).collect();
                count += value.chars().count();
            }
            PatternElement::Placeable {
                expression: Expression::Select { variants, .. },
            } => {
                let longest = variants
                    .iter_mut()
                    .map(|variant| accent(&mut variant.value))
                    .max();
                count += longest.unwrap_or_default();
            }
            PatternElement::Placeable { .. } => {}
        }
    }
    count
}

fn accented(letter: char) -> char {
    const PLAIN: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const ACCENTED: &str = "àƀçđéƒĝĥíĵķĺɱñóƥǫŕšţúṽŵẋýžÀƁÇĐÉƑĜĤÍĴĶĹṀÑÓƤǪŔŠŢÚṼŴẊÝŽ";
    PLAIN
        .chars()
        .position(|plain| plain == letter)
        .and_then(|at| ACCENTED.chars().nth(at))
        .unwrap_or(letter)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_message_is_accented_bracketed_and_longer_with_its_facts_kept() {
        let made = catalogue("hello = Hello { $name }\n    .title = Hi\ncount = { $n ->\n    [one] one call\n   *[other] { $n } calls\n}\n");
        let mut bundle = fluent_bundle::FluentBundle::new(vec![TAG.parse().unwrap()]);
        bundle.set_use_isolating(false);
        bundle
            .add_resource(fluent_bundle::FluentResource::try_new(made.clone()).unwrap())
            .unwrap();
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("name", "Kim");
        args.set("n", 2);
        let say = |id: &str, attribute: Option<&str>| {
            let message = bundle.get_message(id).unwrap();
            let pattern = match attribute {
                Some(name) => message.get_attribute(name).unwrap().value(),
                None => message.value().unwrap(),
            };
            bundle
                .format_pattern(pattern, Some(&args), &mut vec![])
                .into_owned()
        };
        assert_eq!(say("hello", None), "⟦Ĥéĺĺó Kim~~⟧", "{made}");
        assert_eq!(say("hello", Some("title")), "⟦Ĥí~⟧");
        assert_eq!(say("count", None), "⟦2 çàĺĺš~~~⟧");
    }
}
