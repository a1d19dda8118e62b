#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers: a failed step should stop the test
//! The service's own documented examples (curl and Python `requests`, from
//! `shared/reference/agentphone-skill.txt`), run unchanged against the
//! simulator binary but for the base URL and the placeholders the text
//! itself says to replace.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

use serde_json::Value;

const REAL_BASE: &str = "https://agentphone.app/api/v1";
/// One simulated second lasts this long, so a whole call takes under a second.
const SECOND_MS: u64 = 5;
const KEY: &str = "sk_test_documented_examples";
/// Ends in 05: the simulator completes it with the outcome "achieved".
const NATIONAL_NUMBER: &str = "4155550105";

struct Running(Child, String);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start_simulator() -> Running {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_agentphone-simulator"))
        .args([
            "--port",
            &port.to_string(),
            "--second-ms",
            &SECOND_MS.to_string(),
        ])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let base = line.trim().rsplit(' ').next().unwrap().to_owned();
    assert!(base.starts_with("http://127.0.0.1:"), "{line}");
    Running(child, base)
}

fn reference() -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/reference/agentphone-skill.txt");
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "the service description is missing at {}: {e}",
            path.display()
        )
    })
}

/// The lines of the reference from the one starting with `first` to the
/// first one after it that starts with `last`.
fn snippet(first: &str, last: &str) -> String {
    let text = reference();
    let lines: Vec<&str> = text.lines().collect();
    let start = lines
        .iter()
        .position(|line| line.starts_with(first))
        .unwrap_or_else(|| panic!("no snippet starting {first:?}"));
    let end = start
        + lines[start..]
            .iter()
            .position(|line| line.trim_start().starts_with(last))
            .unwrap_or_else(|| panic!("snippet {first:?} has no {last:?}"));
    lines[start..=end].join("\n")
}

fn adapt(code: &str, base: &str) -> String {
    code.replace(REAL_BASE, base)
        .replace("{PHONE_NUMBER}", NATIONAL_NUMBER)
}

fn shell(script: &str) -> Value {
    let output = Command::new("bash")
        .args(["-c", script])
        .env("AGENTPHONE_API_KEY", KEY)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|_| panic!("not JSON: {}", String::from_utf8_lossy(&output.stdout)))
}

fn python(code: &str) -> Value {
    // The documented loop sleeps 10 s between polls; on the simulator's fast
    // clock that is 10 simulated seconds.
    let program = format!(
        "import json, time as _time\n\
         _real_sleep = _time.sleep\n\
         _time.sleep = lambda seconds: _real_sleep(seconds * {SECOND_MS} / 1000)\n\
         {code}\n"
    );
    let output = Command::new("/usr/bin/python3")
        .args(["-c", &program])
        .env("AGENTPHONE_API_KEY", KEY)
        .output()
        .expect("run /usr/bin/python3 (packages python3, python3-requests)");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|_| panic!("not JSON: {}", String::from_utf8_lossy(&output.stdout)))
}

#[test]
fn curl_create_then_read_get_the_documented_shapes() {
    let simulator = start_simulator();
    let create = adapt(&snippet("curl -X POST", "-d '"), &simulator.1);
    let created = shell(&create);
    let call_id = created["data"]["call_id"].as_str().unwrap().to_owned();
    assert_eq!(created["data"]["status"], "queued");
    assert!(created["data"]["created_at"].is_string());
    assert_eq!(created["credits_remaining"], 4);

    let read = adapt(
        &snippet("curl https://agentphone.app/api/v1/calls/CALL_ID", "-H"),
        &simulator.1,
    )
    .replace("CALL_ID", &call_id);
    let call = shell(&read);
    assert_eq!(call["data"]["call_id"], call_id.as_str());
    assert!(call["data"]["status"].is_string());
    for field in [
        "outcome",
        "summary",
        "transcript",
        "recording_url",
        "duration_seconds",
    ] {
        assert!(
            call["data"].get(field).is_some(),
            "{field} missing from {call}"
        );
    }
}

#[test]
fn python_create_and_poll_until_done_as_documented() {
    let simulator = start_simulator();
    let create = adapt(&snippet("import os, requests", "call_id ="), &simulator.1);
    let poll = adapt(&snippet("import time", "time.sleep(10)"), &simulator.1);
    // The documented loop stops at a terminal status; late enrichment is
    // the next documented step, so read the call once more after it.
    let call = python(&format!(
        "{create}\n{poll}\n\
         for _ in range(20):\n    \
             if call.get('summary') and call.get('transcript'):\n        break\n    \
             _time.sleep(2)\n    \
             call = requests.get(f\"{base}/calls/{{call_id}}\", headers={{\"x-api-key\": os.environ[\"AGENTPHONE_API_KEY\"]}}).json()[\"data\"]\n\
         print(json.dumps(call))",
        base = simulator.1
    ));
    assert_eq!(call["status"], "completed");
    assert_eq!(call["outcome"], "achieved");
    assert!(call["summary"].as_str().unwrap().starts_with("Done"));
    assert!(call["transcript"]
        .as_str()
        .unwrap()
        .contains("Ask about their return policy"));
    assert!(call["recording_url"].as_str().unwrap().ends_with(".wav"));
    assert!(call["duration_seconds"].as_u64().unwrap() >= 30);
    assert_eq!(call["simulated"], true);
}
