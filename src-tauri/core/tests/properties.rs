#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed step should stop the test
//! Hostile input at the core's boundaries: whatever the service answers,
//! whatever is typed, whatever bytes a recording link serves, the core
//! answers with a value or a plain error, never a panic.
//!
//! A few thousand cases each by default; `PROPTEST_CASES=100000` runs longer.

use agentphone_core::client::server_message;
use agentphone_core::models::{Call, CallStatus, Outcome};
use agentphone_core::recordings::sound_format;
use agentphone_core::transcript::{self, Side};
use agentphone_core::validate::{check, check_form, CallForm, MAX_OBJECTIVE_CHARS};
use agentphone_core::Error;
use proptest::prelude::*;
use serde_json::{json, Value};

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(2_000);
    ProptestConfig {
        cases,
        // Failures are reported in the test output; no files in the tree.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Any JSON value, nested a few levels.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|n| json!(n)),
        ".{0,40}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("call_id".to_owned()),
                    Just("status".to_owned()),
                    Just("duration_seconds".to_owned()),
                    Just("outcome".to_owned()),
                    ".{0,12}"
                ],
                inner,
                0..6
            )
            .prop_map(|fields| Value::Object(fields.into_iter().collect())),
        ]
    })
}

/// A call as the service could send it: every documented field, each
/// present or not, with well-typed or hostile values.
fn call_shaped() -> impl Strategy<Value = Value> {
    let text = || prop_oneof![".{0,30}".prop_map(Value::String), any_json()];
    (
        prop_oneof!["[a-z0-9_]{1,20}".prop_map(Value::String), any_json()],
        prop_oneof![
            prop::sample::select(vec![
                "queued",
                "dialing",
                "in_progress",
                "completed",
                "failed",
                "canceled",
                "on_hold"
            ])
            .prop_map(|s| Value::String(s.into())),
            any_json()
        ],
        prop::option::of(text()),
        prop::option::of(prop_oneof![any::<u32>().prop_map(Value::from), text()]),
        prop::option::of(text()),
    )
        .prop_map(|(id, status, outcome, duration, transcript)| {
            let mut call = json!({ "call_id": id, "status": status });
            let fields = call.as_object_mut().unwrap();
            for (name, value) in [
                ("outcome", outcome),
                ("duration_seconds", duration),
                ("transcript", transcript),
            ] {
                if let Some(value) = value {
                    fields.insert(name.into(), value);
                }
            }
            call
        })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_answer_is_a_call_or_a_plain_refusal(value in prop_oneof![call_shaped(), any_json()]) {
        if let Ok(call) = serde_json::from_value::<Call>(value.clone()) {
            // What was read survives being written and read again.
            let again: Call = serde_json::from_value(serde_json::to_value(&call).unwrap()).unwrap();
            prop_assert_eq!(&again.call_id, &call.call_id);
            prop_assert_eq!(&again.status, &call.status);
            prop_assert_eq!(again.duration_seconds, call.duration_seconds);
            prop_assert_eq!(CallStatus::parse(call.status.as_str()), call.status.clone());
            if let Some(outcome) = &call.outcome {
                prop_assert_eq!(&Outcome::parse(outcome.as_str()), outcome);
            }
        }
    }

    #[test]
    fn any_error_body_gives_words_to_show(body in prop_oneof![".{0,200}", any_json().prop_map(|v| v.to_string())]) {
        let message = server_message(&body);
        prop_assert!(!message.is_empty());
    }

    #[test]
    fn any_transcript_keeps_every_line(text in ".{0,400}") {
        let turns = transcript::parse(&text);
        let kept: String = turns.iter().map(|turn| turn.text.as_str()).collect::<Vec<_>>().join("\n");
        for line in text.lines().map(str::trim).filter(|line| !line.is_empty()) {
            // A line is either a turn's own text or the text after its speaker label.
            let after_label = line.split_once(':').map_or(line, |(_, rest)| rest).trim();
            prop_assert!(kept.contains(after_label), "{:?} lost from {:?}", line, turns);
        }
    }

    #[test]
    fn well_formed_transcripts_read_back_as_written(
        turns in prop::collection::vec(
            (prop::sample::select(vec!["Agent", "Host", "Maria", "AI", "Mr. O'Neil"]), "[A-Za-z0-9 ,.!?]{1,60}"),
            1..12,
        )
    ) {
        let written: Vec<String> = turns.iter().map(|(who, said)| format!("{who}: {said}")).collect();
        let read = transcript::parse(&written.join("\n"));
        let texts: Vec<&str> = turns.iter().map(|(_, said)| said.trim()).filter(|t| !t.is_empty()).collect();
        prop_assume!(texts.len() == turns.len());
        prop_assert_eq!(read.len(), turns.len());
        for ((who, said), turn) in turns.iter().zip(&read) {
            prop_assert_eq!(turn.speaker.as_str(), *who);
            prop_assert_eq!(turn.text.as_str(), said.trim());
            prop_assert_eq!(turn.side == Side::Agent, matches!(*who, "Agent" | "AI"));
        }
    }

    #[test]
    fn any_form_is_checked_with_a_message_or_a_call_that_checks_again(
        phone in prop_oneof![".{0,24}", "[0-9 ()+.-]{0,20}", "\\+?[1-9][0-9]{6,14}"],
        country in prop_oneof![Just("US".to_owned()), Just("GB".to_owned()), Just("DE".to_owned()), ".{0,4}"],
        business in ".{0,220}",
        website in prop_oneof![".{0,60}", "[a-z]{1,12}\\.(com|de|co\\.uk)"],
        objective in ".{0,2100}",
    ) {
        let form = CallForm { phone, country, business_name: business, website, objective, follows: None, ..Default::default() };
        match check(&form) {
            Ok(call) => {
                prop_assert!(call.to_phone_number.starts_with('+'));
                prop_assert!(call.to_phone_number[1..].chars().all(|c| c.is_ascii_digit()));
                prop_assert!(!call.objective.is_empty());
                prop_assert!(call.objective.chars().count() <= MAX_OBJECTIVE_CHARS);
                // The number as it will be dialled checks to itself.
                let again = check(&CallForm { phone: call.to_phone_number.clone(), ..form.clone() }).unwrap();
                prop_assert_eq!(again.to_phone_number, call.to_phone_number);
            }
            Err(problems) => {
                prop_assert!(!problems.is_ok());
                prop_assert!(problems.first_problem().is_some_and(|p| !p.is_empty()));
                prop_assert_eq!(check_form(&form), *problems);
            }
        }
    }

    #[test]
    fn any_bytes_behind_a_recording_link_are_a_recording_or_plainly_not(
        head in prop::sample::select(vec![&b"RIFF\x24\x00\x00\x00WAVEfmt "[..], b"ID3\x03\x00", b"\xff\xfb\x90\x00", b"OggS\x00\x02", b"fLaC\x00\x00\x00\x22", b""]),
        body in prop::collection::vec(any::<u8>(), 0..2_048),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("call-1.part");
        std::fs::write(&path, [head, &body[..]].concat()).unwrap();
        match sound_format(&path) {
            Ok(extension) => prop_assert!(["wav", "mp3"].contains(&extension)),
            Err(Error::Recording { reason }) => prop_assert_eq!(reason, agentphone_core::RecordingProblem::NotSound),
            Err(other) => prop_assert!(false, "{other}"),
        }
    }
}

proptest! {
    /// Any link gives a number made only of what people write in one (and
    /// short), or a plain refusal; it never panics.
    #[test]
    fn any_link_gives_a_plain_number_or_nothing(link in ".{0,200}", scheme in prop::sample::select(vec!["tel:", "callto:", "TEL:", "", "https:"])) {
        let link = format!("{scheme}{link}");
        if let Ok(number) = agentphone_core::links::number_in(&link) {
            prop_assert!(number.chars().count() <= agentphone_core::links::MAX_LINK_NUMBER_CHARS);
            prop_assert!(number.chars().any(|c| c.is_ascii_digit()));
            prop_assert!(number.chars().enumerate().all(|(at, c)| c.is_ascii_digit() || " -.()".contains(c) || (c == '+' && at == 0)));
        }
    }

    /// A number written in a link comes back as written.
    #[test]
    fn a_written_number_comes_back(number in "\\+?[0-9][0-9 ()-]{3,20}[0-9]") {
        let link = format!("tel:{}", number.replace(' ', "%20"));
        prop_assert_eq!(agentphone_core::links::number_in(&link), Ok(number.clone()));
    }
}
