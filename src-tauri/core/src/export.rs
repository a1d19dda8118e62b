//! Calls written out for people: one call as a Markdown document, and the
//! history as a spreadsheet (CSV), with the names their files are offered
//! under.

use crate::history::{CallDetails, CallRecord};
use crate::messages;
use crate::Error;
use crate::{CallStatus, Outcome};

/// A status in the words the window shows (an unknown one as it came).
fn status_words(status: &CallStatus, language: &str) -> String {
    match status {
        CallStatus::Other(text) => text.clone(),
        known => messages::text(language, &format!("status-{}", known.as_str()), &[]),
    }
}

/// An outcome in the words the window shows (an unknown one as it came).
fn outcome_words(outcome: &Outcome, language: &str) -> String {
    match outcome {
        Outcome::Other(text) => text.clone(),
        known => messages::text(language, &format!("outcome-{}", known.as_str()), &[]),
    }
}

/// The call as a Markdown document in `language`: facts, objective,
/// summary, transcript.
pub fn markdown(details: &CallDetails, language: &str) -> String {
    let record = &details.record;
    let say = |id: &str| messages::text(language, id, &[]);
    let mut text = format!(
        "# {}\n\n",
        messages::text(language, "export-title", &[("who", title(record).into())])
    );
    let mut fact = |id: &str, value: Option<String>| {
        if let Some(value) = value {
            text.push_str(&format!("- **{}:** {value}\n", say(id)));
        }
    };
    fact("export-number", Some(record.phone.clone()));
    fact("export-business", record.business.clone());
    fact("export-website", record.website.clone());
    fact("export-placed", Some(placed_at(record)));
    fact(
        "export-status",
        record.status.as_ref().map(|s| status_words(s, language)),
    );
    fact(
        "export-outcome",
        record.outcome.as_ref().map(|o| outcome_words(o, language)),
    );
    fact(
        "export-call-duration",
        record.duration_seconds.map(|seconds| {
            messages::text(language, "export-seconds", &[("seconds", seconds.into())])
        }),
    );
    fact(
        "export-practice-call",
        record.simulated.then(|| say("export-practice-call-yes")),
    );
    fact(
        "export-labels",
        (!record.labels.is_empty()).then(|| record.labels.join(", ")),
    );
    text.push_str(&format!(
        "\n## {}\n\n{}\n",
        say("export-objective"),
        record.objective
    ));
    if let Some(summary) = &record.summary {
        text.push_str(&format!("\n## {}\n\n{summary}\n", say("export-summary")));
    }
    if !record.note.trim().is_empty() {
        text.push_str(&format!(
            "\n## {}\n\n{}\n",
            say("export-note"),
            record.note.trim()
        ));
    }
    if !details.turns.is_empty() {
        text.push_str(&format!("\n## {}\n\n", say("export-transcript")));
        let unknown = say("export-unknown-speaker");
        for turn in &details.turns {
            let speaker = speaker(turn, &unknown);
            // Two spaces keep a turn's own line breaks in Markdown.
            text.push_str(&format!(
                "**{speaker}:** {}\n\n",
                turn.text.replace('\n', "  \n")
            ));
        }
    }
    text
}

/// The longest `mailto:` link made: mail programs refuse longer ones, so
/// a long transcript is cut to fit (the Markdown export has it whole).
const MAX_MAILTO_CHARS: usize = 8_000;

/// A `mailto:` link with the call ready to send, in `language`: the subject
/// names the business and the outcome; the body says when, the number, the
/// outcome, the summary, the note and, if asked, the transcript.
pub fn mailto(details: &CallDetails, language: &str, with_transcript: bool) -> String {
    let record = &details.record;
    let say = |id: &str| messages::text(language, id, &[]);
    let result = record
        .outcome
        .as_ref()
        .map(|outcome| outcome_words(outcome, language))
        .or_else(|| record.status.as_ref().map(|s| status_words(s, language)))
        .unwrap_or_default();
    let subject = messages::text(
        language,
        "email-subject",
        &[
            ("who", title(record).into()),
            ("result", result.clone().into()),
        ],
    );
    let placed = placed_at(record);
    let mut body = format!(
        "{}: {}\n{}: {}\n{}: {result}\n",
        say("export-placed"),
        placed,
        say("export-number"),
        record.phone_for_people,
        say("export-outcome"),
    );
    if let Some(summary) = &record.summary {
        body.push_str(&format!("\n{}:\n{summary}\n", say("export-summary")));
    }
    if !record.note.trim().is_empty() {
        body.push_str(&format!(
            "\n{}:\n{}\n",
            say("export-note"),
            record.note.trim()
        ));
    }
    let link = |body: &str| {
        format!(
            "mailto:?subject={}&body={}",
            encoded(&subject),
            encoded(body)
        )
    };
    if with_transcript && !details.turns.is_empty() {
        let mut with_turns = format!("{body}\n{}:\n", say("export-transcript"));
        let unknown = say("export-unknown-speaker");
        for turn in &details.turns {
            let speaker = speaker(turn, &unknown);
            let line = format!("{speaker}: {}\n", turn.text);
            if link(&with_turns).len() + encoded(&line).len() > MAX_MAILTO_CHARS {
                with_turns.push('…');
                break;
            }
            with_turns.push_str(&line);
        }
        body = with_turns;
    }
    link(&body)
}

/// Text as a part of a `mailto:` link: everything but letters, digits and
/// `-._~` percent-encoded (spaces as `%20`, which every mail program reads).
fn encoded(text: &str) -> String {
    const KEPT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~');
    percent_encoding::utf8_percent_encode(&text.replace('\n', "\r\n"), KEPT).to_string()
}

/// `AgentPhone call - Luigi's.md`: safe on every desktop's file system
/// (no slashes, colons or other characters a save dialog refuses).
pub fn markdown_file_name(record: &CallRecord) -> String {
    format!("AgentPhone call - {}.md", title(record))
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || " .-_'".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// How the spreadsheet is written.
#[derive(Debug, Clone, Copy)]
pub struct SheetOptions<'a> {
    /// The language of the column names and words.
    pub language: &'a str,
    /// Minutes to add to UTC for the person's local time (the window knows).
    pub utc_offset_minutes: i32,
    /// A last column with the whole transcript.
    pub with_transcript: bool,
}

/// One cell of an exported table, typed: a spreadsheet shows a time as a
/// time and a duration as a number; everything else stays text.
enum Cell {
    Text(String),
    /// When the call was placed (ms since the epoch, UTC).
    When(i64),
    Seconds(Option<u32>),
}

/// The calls as one header row and one row a call, the same for CSV and
/// Excel: the columns' names in `options.language`.
fn table(records: &[CallRecord], options: SheetOptions) -> (Vec<String>, Vec<Vec<Cell>>) {
    let language = options.language;
    let say = |id: &str| messages::text(language, id, &[]);
    let mut columns = vec![
        "export-date",
        "export-number",
        "export-business",
        "export-objective",
        "export-status",
        "export-outcome",
        "export-duration",
        "export-summary",
        "export-note",
        "export-labels",
        "export-recording",
        "export-practice",
    ];
    if options.with_transcript {
        columns.push("export-transcript");
    }
    let header: Vec<String> = columns.into_iter().map(say).collect();
    let yes = say("export-yes");
    let rows = records
        .iter()
        .map(|record| {
            let mut row = vec![
                Cell::When(record.created_at_ms),
                Cell::Text(record.phone.clone()),
                Cell::Text(record.business.clone().unwrap_or_default()),
                Cell::Text(record.objective.clone()),
                Cell::Text(
                    record
                        .status
                        .as_ref()
                        .map(|status| status_words(status, language))
                        .unwrap_or_default(),
                ),
                Cell::Text(
                    record
                        .outcome
                        .as_ref()
                        .map(|outcome| outcome_words(outcome, language))
                        .unwrap_or_default(),
                ),
                Cell::Seconds(record.duration_seconds),
                Cell::Text(record.summary.clone().unwrap_or_default()),
                Cell::Text(record.note.clone()),
                Cell::Text(record.labels.join(", ")),
                Cell::Text(
                    record
                        .recording_path
                        .as_deref()
                        .and_then(|path| std::path::Path::new(path).file_name())
                        .map(|name| name.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                ),
                Cell::Text(if record.simulated {
                    yes.clone()
                } else {
                    String::new()
                }),
            ];
            if options.with_transcript {
                row.push(Cell::Text(record.transcript.clone().unwrap_or_default()));
            }
            row
        })
        .collect();
    (header, rows)
}

/// The calls as a CSV spreadsheet: UTF-8 with a byte-order mark (so Excel
/// shows accents), local date and time, one row a call. A cell that a
/// spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) is
/// written as text.
pub fn spreadsheet(records: &[CallRecord], options: SheetOptions) -> Result<Vec<u8>, Error> {
    let (header, rows) = table(records, options);
    let mut sheet = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    let failed = |error: csv::Error| Error::SpreadsheetFailed {
        detail: error.to_string(),
    };
    sheet.write_record(&header).map_err(failed)?;
    for row in rows {
        let cells = row.into_iter().map(|cell| match cell {
            Cell::Text(text) => as_text(&text),
            Cell::When(at_ms) => local_time(at_ms, options.utc_offset_minutes),
            Cell::Seconds(seconds) => seconds.map(|s| s.to_string()).unwrap_or_default(),
        });
        sheet.write_record(cells).map_err(failed)?;
    }
    sheet
        .into_inner()
        .map_err(|error| Error::SpreadsheetFailed {
            detail: error.to_string(),
        })
}

/// The calls as an Excel workbook (`.xlsx`): times as Excel dates in local
/// time, durations as numbers, and everything else (numbers with their
/// `+`, objectives that start with `=`) as text, never evaluated; the
/// header row stays in view and the columns fit their contents.
pub fn workbook(records: &[CallRecord], options: SheetOptions) -> Result<Vec<u8>, Error> {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, XlsxError};
    let failed = |error: XlsxError| Error::SpreadsheetFailed {
        detail: error.to_string(),
    };
    let (header, rows) = table(records, options);
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let bold = Format::new().set_bold();
    let when = Format::new().set_num_format("yyyy-mm-dd hh:mm");
    let wrapped = Format::new().set_text_wrap();
    for (column, name) in header.iter().enumerate() {
        sheet
            .write_string_with_format(0, column as u16, name, &bold)
            .map_err(failed)?;
    }
    for (at, row) in rows.into_iter().enumerate() {
        let line = at as u32 + 1;
        for (column, cell) in row.into_iter().enumerate() {
            let column = column as u16;
            match cell {
                Cell::Text(text) if text.is_empty() => {}
                // A whole transcript keeps its lines inside its cell.
                Cell::Text(text) if text.contains('\n') => {
                    sheet
                        .write_string_with_format(line, column, &text, &wrapped)
                        .map_err(failed)?;
                }
                Cell::Text(text) => {
                    sheet.write_string(line, column, &text).map_err(failed)?;
                }
                Cell::When(at_ms) => {
                    let local_seconds =
                        at_ms.div_euclid(1000) + i64::from(options.utc_offset_minutes) * 60;
                    let date = ExcelDateTime::from_timestamp(local_seconds).map_err(failed)?;
                    sheet
                        .write_datetime_with_format(line, column, &date, &when)
                        .map_err(failed)?;
                }
                Cell::Seconds(Some(seconds)) => {
                    sheet
                        .write_number(line, column, f64::from(seconds))
                        .map_err(failed)?;
                }
                Cell::Seconds(None) => {}
            }
        }
    }
    sheet.set_freeze_panes(1, 0).map_err(failed)?;
    sheet.autofit_to_max_width(480);
    book.save_to_buffer().map_err(failed)
}

/// `AgentPhone calls 2026-11-29.csv` (or `.xlsx`), dated in local time.
pub fn spreadsheet_file_name(now_ms: i64, utc_offset_minutes: i32, extension: &str) -> String {
    let day: String = local_time(now_ms, utc_offset_minutes)
        .chars()
        .take(10)
        .collect();
    format!("AgentPhone calls {day}.{extension}")
}

/// A cell a spreadsheet would run as a formula, made plain text.
fn as_text(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// `2026-11-29 14:05` in the person's local time.
fn local_time(at_ms: i64, utc_offset_minutes: i32) -> String {
    let local_ms = at_ms + i64::from(utc_offset_minutes) * 60_000;
    let at = std::time::UNIX_EPOCH + std::time::Duration::from_millis(local_ms.max(0) as u64);
    // RFC 3339 in "UTC" is the local wall-clock time once shifted.
    let text = humantime::format_rfc3339_seconds(at).to_string();
    format!("{} {}", &text[..10], &text[11..16])
}

/// When the call was placed, for the exports that name it (RFC 3339, UTC).
fn placed_at(record: &CallRecord) -> String {
    humantime::format_rfc3339_seconds(
        std::time::UNIX_EPOCH
            + std::time::Duration::from_millis(record.created_at_ms.max(0) as u64),
    )
    .to_string()
}

/// Who spoke a turn, or `unknown` when the transcript does not say.
fn speaker<'a>(turn: &'a crate::transcript::Turn, unknown: &'a str) -> &'a str {
    if turn.speaker.is_empty() {
        unknown
    } else {
        &turn.speaker
    }
}

/// A call's name: its business, or its number as people read it.
pub(crate) fn title(record: &CallRecord) -> &str {
    record
        .business
        .as_deref()
        .unwrap_or(&record.phone_for_people)
}

/// Writes an export where the person chose; the system's reason goes to
/// the log, the file's name to the person.
pub fn save(path: &std::path::Path, contents: &[u8]) -> Result<(), Error> {
    std::fs::write(path, contents).map_err(|error| {
        log::warn!("could not write {}: {error}", path.display());
        Error::SaveFailed {
            file: path.display().to_string(),
        }
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::history::Progress;
    use crate::transcript::{Side, Turn};

    pub(crate) fn record() -> CallRecord {
        CallRecord {
            id: 3,
            call_id: Some("cl_1".into()),
            simulated: true,
            phone: "+14155550105".into(),
            phone_for_people: "+1 415-555-0105".into(),
            business: Some("Luigi's Trattoria".into()),
            website: None,
            objective: "Book a table for 2".into(),
            created_at_ms: 1_700_000_000_000,
            scheduled_at_ms: None,
            sent_at_ms: Some(1_700_000_000_500),
            progress: Progress::Finished,
            status: Some("completed".into()),
            ended: true,
            try_again_later: false,
            timeline: Vec::new(),
            outcome: Some("achieved".into()),
            summary: Some("Booked for 7pm.".into()),
            transcript: None,
            duration_seconds: Some(95),
            recording_url: None,
            recording_path: None,
            credits_after: Some(4),
            last_error: None,
            last_problem: None,
            results_pending: false,
            note: String::new(),
            labels: Vec::new(),
            follows: None,
        }
    }

    #[test]
    fn a_call_reads_as_a_markdown_document() {
        let details = CallDetails {
            record: record(),
            turns: vec![
                Turn {
                    speaker: "Agent".into(),
                    side: Side::Agent,
                    text: "Hello".into(),
                },
                Turn {
                    speaker: String::new(),
                    side: Side::Business,
                    text: "Hi there\nhow can I help?".into(),
                },
            ],
            recording_downloading: false,
            follow_ups: Vec::new(),
        };
        let text = markdown(&details, "en");
        assert!(text.starts_with("# Call to Luigi's Trattoria\n\n- **Number:** +14155550105\n"));
        assert!(text.contains("- **Placed:** 2023-11-14T22:13:20Z\n"));
        assert!(text.contains("- **Outcome:** Achieved\n- **Duration:** 95 s\n"));
        assert!(text.contains("- **Practice call:** yes"));
        assert!(!text.contains("Website"), "a missing fact is left out");
        assert!(text.contains("## Objective\n\nBook a table for 2\n"));
        assert!(text.contains("## Summary\n\nBooked for 7pm.\n"));
        assert!(text.contains("**Agent:** Hello\n\n**Unknown:** Hi there  \nhow can I help?\n"));
    }

    #[test]
    fn an_email_is_ready_with_subject_body_and_the_transcript_only_if_asked() {
        let mut with_note = record();
        with_note.note = "Ask for the window table & 2 chairs".into();
        let details = CallDetails {
            record: with_note,
            turns: vec![Turn {
                speaker: "Agent".into(),
                side: Side::Agent,
                text: "Hello".into(),
            }],
            recording_downloading: false,
            follow_ups: Vec::new(),
        };
        let decoded = |link: &str| {
            percent_encoding::percent_decode_str(link)
                .decode_utf8()
                .unwrap()
                .into_owned()
        };
        let link = mailto(&details, "en", false);
        assert!(
            link.starts_with("mailto:?subject=Luigi%27s%20Trattoria%3A%20Achieved&body="),
            "{link}"
        );
        assert!(!link.contains(' ') && !link.contains('+'), "{link}");
        let text = decoded(&link);
        assert!(
            text.contains("Number: +1 415-555-0105\r\nOutcome: Achieved"),
            "{text}"
        );
        assert!(text.contains("Summary:\r\nBooked for 7pm."), "{text}");
        assert!(
            text.contains("Note:\r\nAsk for the window table & 2 chairs"),
            "{text}"
        );
        assert!(!text.contains("Transcript"), "{text}");
        assert!(decoded(&mailto(&details, "en", true)).contains("Transcript:\r\nAgent: Hello"));

        // A long transcript is cut so the link stays short enough for mail programs.
        let long = CallDetails {
            turns: (0..400)
                .map(|n| Turn {
                    speaker: "Agent".into(),
                    side: Side::Agent,
                    text: format!("Line {n} of a very long talk about the booking"),
                })
                .collect(),
            ..details
        };
        let link = mailto(&long, "en", true);
        assert!(link.len() <= MAX_MAILTO_CHARS, "{}", link.len());
        assert!(decoded(&link).ends_with('…'));
    }

    #[test]
    fn a_call_without_results_has_no_empty_sections() {
        let mut bare = record();
        bare.summary = None;
        bare.simulated = false;
        let text = markdown(
            &CallDetails {
                record: bare,
                turns: Vec::new(),
                recording_downloading: false,
                follow_ups: Vec::new(),
            },
            "en",
        );
        assert!(!text.contains("## Summary"));
        assert!(!text.contains("## Transcript"));
        assert!(!text.contains("Practice call"));
    }

    #[test]
    fn a_spreadsheet_reads_back_with_every_awkward_cell_intact_and_no_formula() {
        let mut odd = record();
        odd.business = Some("Café \"Zur Post\", Wien".into());
        odd.summary = Some("Booked.\nTable 4, by the window 🎉".into());
        odd.note = "=HYPERLINK(\"http://evil\")".into();
        odd.labels = vec!["booked".into(), "@home".into()];
        odd.recording_path = Some("/data/recordings/call-3.wav".into());
        odd.transcript = Some("Agent: Hi\nHost: -5 minutes".into());
        let bytes = spreadsheet(
            &[odd, record()],
            SheetOptions {
                language: "en",
                utc_offset_minutes: 60,
                with_transcript: true,
            },
        )
        .unwrap();
        assert!(
            bytes.starts_with(b"\xEF\xBB\xBF"),
            "a byte-order mark for Excel"
        );
        let mut reader = csv::Reader::from_reader(&bytes[3..]);
        let header: Vec<String> = reader
            .headers()
            .unwrap()
            .iter()
            .map(str::to_owned)
            .collect();
        assert_eq!(header[0], "Date");
        assert_eq!(header.last().unwrap(), "Transcript");
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 2);
        let cell = |name: &str| &rows[0][header.iter().position(|h| h == name).unwrap()];
        assert_eq!(
            cell("Date"),
            "2023-11-14 23:13",
            "local time, an hour ahead of UTC"
        );
        assert_eq!(
            cell("Number"),
            "'+14155550105",
            "a leading + is not a formula"
        );
        assert_eq!(cell("Business"), "Café \"Zur Post\", Wien");
        assert_eq!(cell("Summary"), "Booked.\nTable 4, by the window 🎉");
        assert_eq!(cell("Note"), "'=HYPERLINK(\"http://evil\")");
        assert_eq!(cell("Labels"), "booked, @home");
        assert_eq!(cell("Recording"), "call-3.wav");
        assert_eq!(cell("Duration (s)"), "95");
        // The words the window shows, not the service's codes.
        assert_eq!(cell("Outcome"), "Achieved");
        assert_eq!(cell("Status"), "Completed");
        assert_eq!(cell("Transcript"), "Agent: Hi\nHost: -5 minutes");
        for row in &rows {
            for value in row {
                assert!(
                    !value.starts_with(['=', '+', '-', '@']),
                    "{value:?} could run"
                );
            }
        }
        assert_eq!(
            spreadsheet_file_name(1_700_000_000_000, -300, "csv"),
            "AgentPhone calls 2023-11-14.csv"
        );
    }

    #[test]
    fn file_names_are_safe_on_every_desktop() {
        assert_eq!(
            markdown_file_name(&record()),
            "AgentPhone call - Luigi's Trattoria.md"
        );
        let mut odd = record();
        odd.business = Some("A/B: \"Shop\" <1>?*\\|".into());
        assert_eq!(
            markdown_file_name(&odd),
            "AgentPhone call - A_B_ _Shop_ _1_____.md"
        );
        odd.business = None;
        assert_eq!(
            markdown_file_name(&odd),
            "AgentPhone call - _1 415-555-0105.md"
        );
    }
}
