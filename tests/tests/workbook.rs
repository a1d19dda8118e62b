//! Export for Excel, read back by a spreadsheet reader (openpyxl, from
//! Debian's packages): times are dates, durations numbers, and everything
//! else text exactly as written: a `+49…` number keeps its `+`, and an
//! objective that looks like a formula is never one.

use agentphone_core::export::{workbook, SheetOptions};
use agentphone_core::history::{History, NewRecord};

const READ_BACK: &str = r#"
import json, sys
from openpyxl import load_workbook
sheet = load_workbook(sys.argv[1]).active
rows = [[None if c.value is None else [c.data_type, str(c.value), c.number_format] for c in row] for row in sheet.iter_rows()]
print(json.dumps({"rows": rows, "frozen": sheet.freeze_panes}))
"#;

#[test]
fn excel_cells_are_typed_and_nothing_is_a_formula() {
    let folder = tempfile::tempdir().unwrap();
    let history = History::open(&folder.path().join("history.sqlite3"))
        .unwrap()
        .history;
    let id = history
        .add(&NewRecord {
            simulated: false,
            phone: "+4930123456".into(),
            business: Some("=HYPERLINK(\"http://x\")".into()),
            website: None,
            objective: "=cmd|' /C calc'!A0".into(),
            created_at_ms: 1_700_000_000_000,
            scheduled_at_ms: None,
            follows: None,
        })
        .unwrap();
    let call: agentphone_core::Call = serde_json::from_value(serde_json::json!({
        "call_id": "cl_1", "status": "completed", "outcome": "achieved",
        "summary": "+1 more: booked", "duration_seconds": 95,
        "transcript": "Agent: Hello\nHost: @SUM(A1)",
    }))
    .unwrap();
    history.confirm(id, "cl_1", None).unwrap();
    history.apply(id, &call, 1_700_000_000_000).unwrap();
    let records = vec![history.get(id).unwrap().unwrap()];
    let bytes = workbook(
        &records,
        SheetOptions {
            language: "en",
            utc_offset_minutes: 60,
            with_transcript: true,
        },
    )
    .unwrap();
    let file = folder.path().join("calls.xlsx");
    std::fs::write(&file, bytes).unwrap();

    let output = std::process::Command::new("/usr/bin/python3")
        .arg("-c")
        .arg(READ_BACK)
        .arg(&file)
        .output()
        .expect("python3 with openpyxl (package python3-openpyxl; scripts/setup installs it)");
    assert!(
        output.status.success(),
        "openpyxl could not read it: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let read: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let rows = read["rows"].as_array().unwrap();
    let header: Vec<&str> = rows[0]
        .as_array()
        .unwrap()
        .iter()
        .map(|cell| cell[1].as_str().unwrap())
        .collect();
    assert_eq!(&header[..4], ["Date", "Number", "Business", "Objective"]);
    assert_eq!(read["frozen"], "A2", "the header row stays in view");
    let cell = |name: &str| {
        let at = header.iter().position(|known| *known == name).unwrap();
        rows[1][at].clone()
    };
    // A date, in local time (UTC+1 here), shown as a date.
    assert_eq!(cell("Date")[0], "d");
    assert_eq!(cell("Date")[1], "2023-11-14 23:13:20");
    assert_eq!(cell("Date")[2], "yyyy-mm-dd hh:mm");
    // A number for the duration.
    assert_eq!(cell("Duration (s)")[0], "n");
    assert_eq!(cell("Duration (s)")[1], "95");
    // Text, as written, never a formula.
    for (name, written) in [
        ("Number", "+4930123456"),
        ("Business", "=HYPERLINK(\"http://x\")"),
        ("Objective", "=cmd|' /C calc'!A0"),
        ("Summary", "+1 more: booked"),
        ("Transcript", "Agent: Hello\nHost: @SUM(A1)"),
    ] {
        assert_eq!(cell(name)[0], "s", "{name} is text");
        assert_eq!(cell(name)[1], written, "{name} as written");
    }
}
