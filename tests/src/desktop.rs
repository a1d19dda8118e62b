//! A private desktop session: home folder, D-Bus session bus, unlocked
//! gnome-keyring and an X server, each optional.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use tempfile::TempDir;

use crate::process;

/// The password of the throw-away login keyring.
const KEYRING_PASSWORD: &str = "agentphone-test";

#[derive(Debug, Clone, Copy)]
pub struct DesktopOptions {
    pub session_bus: bool,
    /// Needs `session_bus`.
    pub keyring: bool,
    pub display: bool,
    /// A PulseAudio server whose only output is a null sink, `capture`.
    pub sound: bool,
}

impl Default for DesktopOptions {
    fn default() -> Self {
        Self {
            session_bus: true,
            keyring: true,
            display: true,
            sound: false,
        }
    }
}

pub struct Desktop {
    home: TempDir,
    bus_address: Option<String>,
    display: Option<String>,
    /// Stopped in reverse order of start when the desktop drops.
    children: Vec<(&'static str, Child)>,
}

/// Variables that could lead a sound client to a real sound server (and
/// real speakers) instead of this desktop's own.
const SOUND_ROUTES: [&str; 9] = [
    "PULSE_SERVER",
    "PULSE_RUNTIME_PATH",
    "PULSE_STATE_PATH",
    "PULSE_COOKIE",
    "PULSE_SINK",
    "PULSE_SOURCE",
    "PIPEWIRE_REMOTE",
    "PIPEWIRE_RUNTIME_DIR",
    "ALSA_CONFIG_PATH",
];

impl Desktop {
    pub fn start(options: DesktopOptions) -> Self {
        let home = tempfile::Builder::new()
            .prefix("agentphone-desktop-")
            .tempdir()
            .expect("make a temporary home");
        for dir in ["run", "logs", ".config", ".local/share", ".cache"] {
            fs::create_dir_all(home.path().join(dir)).unwrap();
        }
        set_private(&home.path().join("run"));
        write_sound_config(home.path());
        let mut desktop = Self {
            home,
            bus_address: None,
            display: None,
            children: Vec::new(),
        };
        if options.session_bus {
            desktop.start_session_bus();
            if options.keyring {
                desktop.start_keyring();
            }
        }
        if options.display {
            desktop.start_display();
        }
        if options.sound {
            desktop.start_sound();
        }
        desktop
    }

    pub fn home(&self) -> &Path {
        self.home.path()
    }

    /// The app's data folder in this desktop (history, preferences, recordings).
    pub fn app_data(&self) -> PathBuf {
        self.home().join(".local/share/app.agentphone.desktop")
    }

    /// Makes the app open in Practice mode, as if the person had chosen it before.
    pub fn prefer_practice(&self) {
        fs::create_dir_all(self.app_data()).unwrap();
        fs::write(
            self.app_data().join("preferences.json"),
            r#"{"preferences": {"practiceMode": true}}"#,
        )
        .unwrap();
    }

    /// The X display (`:N`), when the desktop has one.
    pub fn display(&self) -> Option<&str> {
        self.display.as_deref()
    }

    /// Where the services' own output goes, for a failed test to show.
    pub fn logs(&self) -> PathBuf {
        self.home().join("logs")
    }

    /// A command that runs inside this desktop (and not the caller's).
    pub fn command(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let mut command = Command::new(program);
        let home = self.home();
        command
            .env("HOME", home)
            .env("XDG_RUNTIME_DIR", home.join("run"))
            .env("XDG_CONFIG_HOME", home.join(".config"))
            .env("XDG_DATA_HOME", home.join(".local/share"))
            .env("XDG_CACHE_HOME", home.join(".cache"))
            .env("PULSE_CLIENTCONFIG", home.join(".config/pulse/client.conf"))
            .env_remove("WAYLAND_DISPLAY");
        for name in SOUND_ROUTES {
            command.env_remove(name);
        }
        // Without a bus of its own, point at one that does not exist rather
        // than let a developer's real session leak in.
        let no_bus = format!("unix:path={}", home.join("run/no-bus").display());
        command.env(
            "DBUS_SESSION_BUS_ADDRESS",
            self.bus_address.as_deref().unwrap_or(&no_bus),
        );
        match &self.display {
            Some(display) => command.env("DISPLAY", display),
            None => command.env_remove("DISPLAY"),
        };
        command
    }

    /// The id of a visible window titled exactly `title`, once one shows
    /// (within 20 s): a native dialog, say, which WebDriver cannot see.
    pub fn visible_window(&self, title: &str) -> String {
        let started = Instant::now();
        loop {
            if let Some(id) = self.find_visible_window(title) {
                return id;
            }
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "no visible window titled {title:?}"
            );
            sleep(Duration::from_millis(100));
        }
    }

    /// Whether a visible window titled exactly `title` is on the display.
    pub fn has_visible_window(&self, title: &str) -> bool {
        self.find_visible_window(title).is_some()
    }

    fn find_visible_window(&self, title: &str) -> Option<String> {
        let found = self
            .command("xdotool")
            .args(["search", "--onlyvisible", "--name"])
            .arg(format!("^{title}$"))
            .output()
            .unwrap();
        let ids = String::from_utf8_lossy(&found.stdout);
        ids.split_whitespace().next().map(str::to_owned)
    }

    /// Resizes the window `id`, as a person dragging its corner.
    pub fn resize_window(&self, id: &str, width: u32, height: u32) {
        let status = self
            .command("xdotool")
            .args([
                "windowsize",
                "--sync",
                id,
                &width.to_string(),
                &height.to_string(),
            ])
            .status()
            .unwrap();
        assert!(status.success(), "xdotool: {status}");
    }

    /// The width and height of the window `id`.
    pub fn window_size(&self, id: &str) -> (u32, u32) {
        let found = self
            .command("xdotool")
            .args(["getwindowgeometry", "--shell", id])
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&found.stdout);
        let value = |name: &str| {
            text.lines()
                .find_map(|line| line.strip_prefix(name))
                .and_then(|number| number.trim().parse().ok())
                .unwrap_or_else(|| panic!("no {name} in {text:?}"))
        };
        (value("WIDTH="), value("HEIGHT="))
    }

    /// Presses Enter in the window `id`, as a person answering a dialog.
    pub fn press_enter_in(&self, id: &str) {
        self.press_key_in(id, "Return");
    }

    /// Presses `key` (an X key name: `Escape`, `Return`) in the window `id`.
    pub fn press_key_in(&self, id: &str, key: &str) {
        let status = self
            .command("xdotool")
            .args(["windowfocus", "--sync", id, "key", key])
            .status()
            .unwrap();
        assert!(status.success(), "xdotool: {status}");
    }

    /// Asks the window `id` to close, as its title bar's close button does
    /// (`WM_DELETE_WINDOW`; there is no window manager to send it here).
    pub fn request_close(&self, id: &str) {
        const SEND: &str = r#"
import sys
from Xlib import X, display, protocol
d = display.Display()
window = d.create_resource_object("window", int(sys.argv[1]))
message = protocol.event.ClientMessage(
    window=window,
    client_type=d.intern_atom("WM_PROTOCOLS"),
    data=(32, [d.intern_atom("WM_DELETE_WINDOW"), X.CurrentTime, 0, 0, 0]),
)
window.send_event(message, event_mask=X.NoEventMask)
d.flush()
"#;
        let status = self
            // Debian's own Python, where python3-xlib is installed.
            .command("/usr/bin/python3")
            .args(["-c", SEND, id])
            .status()
            .expect("run /usr/bin/python3 (package python3-xlib)");
        assert!(status.success(), "could not ask window {id} to close");
    }

    /// `secret-tool lookup service … username …`: what the keychain really
    /// holds, read from outside the app.
    pub fn secret_tool_lookup(&self, service: &str, user: &str) -> Option<String> {
        let output = self
            .command("secret-tool")
            .args(["lookup", "service", service, "username", user])
            .output()
            .expect("run secret-tool (package libsecret-tools)");
        output
            .status
            .success()
            .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
    }

    /// Stops gnome-keyring without ending it: it keeps its name on the bus
    /// and answers nothing, as a keychain waiting for its password. (The
    /// desktop still ends it when it drops.)
    pub fn freeze_keyring(&self) {
        let (_, keyring) = self
            .children
            .iter()
            .find(|(name, _)| *name == "gnome-keyring-daemon")
            .expect("a desktop with a keyring");
        process::signal("STOP", keyring.id());
    }

    /// Locks the login keyring, as after a screen lock or a log-in without
    /// the keyring password. Unlocking then needs a prompt, and there is no
    /// display for one, so any request is dismissed.
    pub fn lock_keyring(&self) {
        let status = self
            .command("dbus-send")
            .args([
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.secrets",
                "/org/freedesktop/secrets",
                "org.freedesktop.Secret.Service.Lock",
                "array:objpath:/org/freedesktop/secrets/collection/login",
            ])
            .stdout(Stdio::null())
            .status()
            .expect("run dbus-send");
        assert!(status.success(), "could not lock the test keyring");
    }

    fn start_session_bus(&mut self) {
        let config = self.home().join("session-bus.conf");
        // No service directories: nothing is started on demand, so "no
        // keychain service" really means none.
        fs::write(
            &config,
            format!(
                r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"#,
                self.home().join("run").display()
            ),
        )
        .unwrap();
        let address_file = self.home().join("run/bus-address");
        let child = self
            .command("dbus-daemon")
            .arg(format!("--config-file={}", config.display()))
            .args(["--nofork", "--print-address=1"])
            .stdout(fs::File::create(&address_file).unwrap())
            .stderr(self.log_file("dbus-daemon"))
            .spawn()
            .expect("start dbus-daemon (package dbus-daemon)");
        self.children.push(("dbus-daemon", child));
        let address = wait_for("the session bus", || {
            let text = fs::read_to_string(&address_file).ok()?;
            text.lines()
                .next()
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
        });
        self.bus_address = Some(address);
    }

    fn start_keyring(&mut self) {
        let mut child = self
            .command("gnome-keyring-daemon")
            .args(["--foreground", "--unlock", "--components=secrets"])
            .stdin(Stdio::piped())
            .stdout(self.log_file("gnome-keyring"))
            .stderr(self.log_file("gnome-keyring.err"))
            .spawn()
            .expect("start gnome-keyring-daemon (package gnome-keyring)");
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(KEYRING_PASSWORD.as_bytes()).unwrap();
        drop(stdin);
        let pid = child.id();
        self.children.push(("gnome-keyring-daemon", child));
        let owner = wait_for("gnome-keyring on the session bus", || {
            let output = self
                .command("dbus-send")
                .args([
                    "--session",
                    "--print-reply",
                    "--dest=org.freedesktop.DBus",
                    "/org/freedesktop/DBus",
                    "org.freedesktop.DBus.GetConnectionUnixProcessID",
                    "string:org.freedesktop.secrets",
                ])
                .output()
                .ok()?;
            let reply = String::from_utf8_lossy(&output.stdout).into_owned();
            reply.split_once("uint32 ")?.1.trim().parse::<u32>().ok()
        });
        // The service must be the process stopped on drop, not a copy that
        // forked away from it.
        assert_eq!(
            owner, pid,
            "the keychain service is not the gnome-keyring started here"
        );
    }

    fn start_display(&mut self) {
        for number in 90..190 {
            if display_taken(number) {
                continue;
            }
            let mut child = Command::new("Xvfb")
                .arg(format!(":{number}"))
                .args(["-screen", "0", "1920x1080x24", "-nolisten", "tcp"])
                .stdout(Stdio::null())
                .stderr(self.log_file(&format!("xvfb-{number}")))
                .spawn()
                .expect("start Xvfb (package xvfb)");
            let socket = PathBuf::from(format!("/tmp/.X11-unix/X{number}"));
            let started = Instant::now();
            while started.elapsed() < Duration::from_secs(10) {
                // The socket alone may be another Xvfb's that won the same
                // number a moment earlier; the lock names the one that owns it.
                if socket.exists() && x_lock_names(number, child.id()) {
                    self.children.push(("Xvfb", child));
                    self.display = Some(format!(":{number}"));
                    return;
                }
                if child.try_wait().ok().flatten().is_some() {
                    break; // taken by someone else meanwhile: try the next number
                }
                sleep(Duration::from_millis(50));
            }
            let pid = child.id();
            process::stop(&mut child);
            remove_x_lock(&format!(":{number}"), pid);
        }
        panic!("could not start Xvfb on any display from :90 to :189");
    }

    fn start_sound(&mut self) {
        let child = self
            .command("pulseaudio")
            .args([
                "-n",
                "--daemonize=no",
                "--exit-idle-time=-1",
                "--load=module-null-sink sink_name=capture rate=48000",
                "--load=module-native-protocol-unix",
            ])
            .stdout(Stdio::null())
            .stderr(self.log_file("pulseaudio"))
            .spawn()
            .expect("start pulseaudio (package pulseaudio)");
        let pid = child.id();
        self.children.push(("pulseaudio", child));
        wait_for("the sound server", || {
            let status = self
                .command("pactl")
                .arg("info")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .ok()?;
            status.success().then_some(())
        });
        // The server that answered wrote its id here: it must be the one
        // stopped on drop.
        let server = fs::read_to_string(self.home().join("run/pulse/pid")).unwrap_or_default();
        assert_eq!(
            server.trim(),
            pid.to_string(),
            "the sound server is not the pulseaudio started here"
        );
        // A quiet stream keeps the sink running, so its monitor does not
        // skip the silence before a recording starts.
        let keep_alive = self
            .command("pacat")
            .args([
                "--raw",
                "--format=s16le",
                "--rate=48000",
                "--channels=2",
                "--latency-msec=20",
            ])
            .stdin(fs::File::open("/dev/zero").unwrap())
            .stdout(Stdio::null())
            .stderr(self.log_file("pacat"))
            .spawn()
            .expect("start pacat (package pulseaudio-utils)");
        self.children.push(("pacat", keep_alive));
    }

    /// Records what reaches the null sink, 48 kHz mono, until the capture drops.
    pub fn capture_sound(&self) -> SoundCapture {
        let path = self
            .home()
            .join(format!("capture-{}.raw", self.children.len()));
        let child = self
            .command("parec")
            .args([
                "-d",
                "capture.monitor",
                "--format=s16le",
                "--rate=48000",
                "--channels=1",
                "--raw",
                "--latency-msec=20",
            ])
            .stdout(fs::File::create(&path).unwrap())
            .stderr(self.log_file("parec"))
            .spawn()
            .expect("start parec (package pulseaudio-utils)");
        // parec takes a moment to start delivering: wait until a fifth of a
        // second of (silent) sound has arrived, so nothing played is missed.
        wait_for("the sound capture to start", || {
            let length = fs::metadata(&path).ok()?.len();
            (length >= 48_000 * 2 / 5).then_some(())
        });
        SoundCapture { child, path }
    }

    fn log_file(&self, name: &str) -> fs::File {
        fs::File::create(self.logs().join(format!("{name}.log"))).unwrap()
    }
}

impl Drop for Desktop {
    fn drop(&mut self) {
        while let Some((name, mut child)) = self.children.pop() {
            let pid = child.id();
            process::stop(&mut child);
            if name == "Xvfb" {
                if let Some(display) = &self.display {
                    remove_x_lock(display, pid);
                }
            }
        }
        if std::thread::panicking() {
            show_logs(&self.logs());
        }
    }
}

/// Prints the end of every log in `dir`, so a failed test says what the app,
/// the driver and the services saw (the folder goes with the desktop).
fn show_logs(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let text = fs::read_to_string(entry.path()).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        let tail = &lines[lines.len().saturating_sub(40)..];
        if !tail.is_empty() {
            eprintln!("--- {}:\n{}", entry.path().display(), tail.join("\n"));
        }
    }
}

/// Whether X display `:number` is, or may be, someone else's: any lock file
/// or socket counts, even one that looks stale. Those are left alone.
fn display_taken(number: u32) -> bool {
    Path::new(&format!("/tmp/.X{number}-lock")).exists()
        || Path::new(&format!("/tmp/.X11-unix/X{number}")).exists()
}

/// Removes the lock file and socket of `display` (`:N`) if they are still
/// there and the lock names the Xvfb started here (it had to be killed
/// before it could remove them itself).
fn remove_x_lock(display: &str, pid: u32) {
    let number: u32 = display.trim_start_matches(':').parse().unwrap();
    if x_lock_names(number, pid) {
        let _ = fs::remove_file(format!("/tmp/.X11-unix/X{number}"));
        let _ = fs::remove_file(format!("/tmp/.X{number}-lock"));
    }
}

/// Whether the lock file of display `:number` names process `pid`.
fn x_lock_names(number: u32, pid: u32) -> bool {
    fs::read_to_string(format!("/tmp/.X{number}-lock"))
        .is_ok_and(|text| text.trim() == pid.to_string())
}

/// Sound stays inside this desktop. Clients never start a sound server of
/// their own (one started that way would use the real sound card and
/// outlive the test), and ALSA's default device is PulseAudio, never a sound
/// card directly: without this desktop's server there is no sound at all.
fn write_sound_config(home: &Path) {
    fs::create_dir_all(home.join(".config/pulse")).unwrap();
    fs::write(home.join(".config/pulse/client.conf"), "autospawn = no\n").unwrap();
    fs::write(
        home.join(".asoundrc"),
        "pcm.!default { type pulse }\nctl.!default { type pulse }\n",
    )
    .unwrap();
}

fn set_private(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(dir, fs::Permissions::from_mode(0o700)).unwrap();
}

/// Polls `ready` for up to 10 s.
pub fn wait_for<T>(what: &str, mut ready: impl FnMut() -> Option<T>) -> T {
    let started = Instant::now();
    loop {
        if let Some(value) = ready() {
            return value;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "timed out waiting for {what}"
        );
        sleep(Duration::from_millis(30));
    }
}

/// A running `parec`; [`SoundCapture::finish`] stops it and returns the samples.
pub struct SoundCapture {
    child: Child,
    path: PathBuf,
}

impl SoundCapture {
    pub fn finish(mut self) -> Vec<i16> {
        // SIGINT, not SIGKILL: parec writes out what it holds before it exits.
        let _ = Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status();
        let _ = self.child.wait();
        let bytes = fs::read(&self.path).unwrap();
        bytes
            .chunks_exact(2)
            .map(|pair| i16::from_le_bytes([pair[0], pair[1]]))
            .collect()
    }
}

impl Drop for SoundCapture {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
