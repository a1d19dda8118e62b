//! Runs one keychain operation through the app's own code in a process of
//! its own, so a test can choose its D-Bus environment.
//!
//! `keychain-probe status | save | remove`; `save` reads the key from
//! standard input. Prints the status as JSON, or `{kind, message}` on
//! standard error with exit code 1.

use std::io::Read;
use std::process::ExitCode;

use agentphone_core::Keychain;

fn main() -> ExitCode {
    let keychain = Keychain::platform();
    let result = match std::env::args().nth(1).as_deref() {
        Some("status") => keychain.status(),
        Some("remove") => keychain.remove(),
        Some("save") => {
            let mut pasted = String::new();
            std::io::stdin()
                .read_to_string(&mut pasted)
                .expect("read the key from standard input");
            keychain.save(&pasted)
        }
        _ => {
            eprintln!("usage: keychain-probe status | save | remove");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(status) => {
            println!(
                "{}",
                serde_json::to_string(&status).expect("status as JSON")
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{}", serde_json::to_string(&error).expect("error as JSON"));
            ExitCode::FAILURE
        }
    }
}
