//! Plays a file through the app's own player, following a script, in a
//! process of its own so a test can choose its sound server.
//!
//! `player-probe FILE STEP…` with steps `play`, `pause`, `resume`,
//! `wait:MS`, `seek:MS`, `speed:X`, `stop`, `end` (wait for the end).
//! A failure prints `{kind, message}` on standard error and exits with 1.

use std::sync::mpsc;
use std::time::Duration;

use agentphone_core::player::{Player, PlayerEvent};

fn main() {
    let mut args = std::env::args().skip(1);
    let file = args.next().expect("a file to play");
    let (ended, end) = mpsc::channel();
    let player = Player::start(std::sync::Arc::new(move |event| {
        if let PlayerEvent::Ended { .. } = event {
            let _ = ended.send(());
        }
    }));
    for step in args {
        let (name, value) = step.split_once(':').unwrap_or((step.as_str(), ""));
        let result = match name {
            "play" => player.play(1, file.clone().into()),
            "pause" => player.pause(),
            "resume" => player.resume(),
            "seek" => player.seek(Duration::from_millis(value.parse().expect("milliseconds"))),
            "speed" => player.set_speed(value.parse().expect("a speed")),
            "stop" => player.stop(),
            "wait" => {
                std::thread::sleep(Duration::from_millis(value.parse().expect("milliseconds")));
                Ok(())
            }
            "end" => {
                end.recv_timeout(Duration::from_secs(30))
                    .expect("the recording ended");
                Ok(())
            }
            other => panic!("unknown step {other}"),
        };
        if let Err(error) = result {
            eprintln!("{}", serde_json::to_string(&error).expect("error as JSON"));
            std::process::exit(1);
        }
    }
}
