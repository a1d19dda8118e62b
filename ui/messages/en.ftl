## AgentPhone's words in English: the one source of every message below,
## for the window and for Rust alike (errors, their codes and facts).
## Each other language has a file of the same name with the same messages
## and the same facts ($name).
##
## Glossary: call, objective ("what the agent should do"), outcome,
## Practice mode, credits, API key, agentphone.app.

## Errors: the id is the error's code; `.case` attributes are its cases.

empty_key = The key box is empty. Paste your AgentPhone API key, then press Save.
no_keychain_service = No keychain service is running. On Linux install and start GNOME Keyring or KWallet (they come with most desktops), then try again. AgentPhone never stores your key anywhere else; Practice mode works without one.
no_session_bus = AgentPhone could not reach your desktop session, so it cannot use a keychain. Start GNOME Keyring or KWallet (logging out and back in usually does; install one if your desktop has none), then try again. Practice mode works without one.
keychain_locked = Your keychain is locked, or the request to unlock it was closed. Unlock it (your login password usually does) and try again.
keychain_failed = The keychain refused the request. Try again; if it keeps happening, restart your computer.
no_key = No AgentPhone key is stored yet, so no call was placed. Add your key in Settings, or try Practice mode.
invalid_form = Some details of the call need fixing first, so no call was placed. Check the marked fields.
invalid_input = The AgentPhone service did not accept the request. It said: “{ $message }” Check the details and try again; everything you typed is still there.
key_refused = The AgentPhone service refused your API key. AgentPhone keys come from agentphone.app (Dashboard → API keys): copy yours there, paste it in Settings, and try again.
out_of_credits = Your AgentPhone account is out of credits, so no call was placed. Add credits at agentphone.app, then try again.
rate_limited =
    .wait = The AgentPhone service is getting too many requests from this key. It asks to wait { $retryAfterSeconds ->
        [one] { $retryAfterSeconds } second
       *[other] { $retryAfterSeconds } seconds
    }; wait a minute and try again.
    .unknown = The AgentPhone service is getting too many requests from this key. Wait a minute and try again.
server_error = The AgentPhone service had a problem on its side (error { $status }). Try again in a few minutes.
network = AgentPhone could not reach its service. Check your internet connection, then try again.
could_not_connect = AgentPhone could not connect to its service, so nothing was sent. Check your internet connection, then try again.
timeout = The AgentPhone service took too long to answer. Check your internet connection, then try again.
malformed_answer = { $request ->
        [placing] The AgentPhone service sent an answer the app could not read while placing the call. Do not place it again yet: AgentPhone checks whether it was placed.
        [reading] The AgentPhone service sent an answer the app could not read about a call. AgentPhone asks again in a moment; if it keeps happening, check for an app update.
       *[listing] The AgentPhone service sent a list of calls the app could not read. Try again in a moment; if it keeps happening, check for an app update.
    }
call_not_found = The AgentPhone service does not know the call { $callId }. It may have been placed with another key.
recording = { $reason ->
        [not_kept] Recordings are not kept in this mode.
        [no_link] The service has not given a recording for this call yet. Try again later.
        [folder] The recording could not be kept: its folder cannot be made on this computer. Check that the disk is not full.
        [not_a_link] The recording could not be kept: its link is not a web address. The call's other results are safe.
        [not_secure] The recording could not be kept: its link is not secure (it must start with https://). The call's other results are safe.
        [gone] The recording could not be kept: its link has expired or the recording is gone. The call's other results are safe.
        [server] The recording could not be kept: the server answered with error { $status }. The call's other results are safe; try downloading the recording again later.
        [not_sound] The recording could not be kept: the file is not a sound recording. The call's other results are safe.
        [too_large] The recording could not be kept: it is larger than { $megabytes } MB, far more than any call. The call's other results are safe.
        [copy] The recording could not be copied to { $file }. Check that the folder still exists and the disk is not full, then try again.
       *[not_saved] The recording could not be saved on this computer. Check that the disk is not full, then try downloading it again.
    }
no_sound_output = No sound output found — check your speakers or headset, then press Play again.
playback = { $reason ->
        [player_stopped] The recording cannot be played: the sound player stopped working. Close AgentPhone and open it again.
        [missing] The recording cannot be played: its file is missing from this computer. Download it again.
        [damaged] The recording cannot be played: the file is damaged or not audio.
       *[not_here] The recording cannot be played: it is not on this computer yet. Try downloading it again.
    }
history = AgentPhone could not read or save its call history. Check that your disk is not full, then restart the app.
placed_not_saved = The call was placed, but AgentPhone could not save it in its history. Do not place it again: the app follows it while it stays open. Check that your disk is not full.
call_on_its_way = This call may already be ringing: AgentPhone has sent it to the service. Removing it only takes it off this list; it does not stop the call.
confirmation_changed =
    .number = The number changed after you confirmed the call, so no call was placed. Check the number and confirm again.
    .mode = Practice mode was switched after you confirmed the call, so no call was placed. Check the call and confirm again.
    .removed = The call was removed or changed before it was sent, so it was not placed.
sent_too_late = The computer was asleep when this call was due, so it was not placed: AgentPhone never places a call late. Place it again if you still want it.
closed_before_sending = AgentPhone was closed before this call was sent, so it was not placed. Place it again if you still want it.
already_being_placed = This call has already been placed: its time came just now. Follow it in the list; it will not be placed twice.
send_pending = Practice mode was not switched: { $count ->
        [one] a call is still waiting to be sent.
       *[other] { $count } calls are still waiting to be sent.
    } Wait until they have been placed (a minute at most), or remove the ones that are waiting, then switch again.
unknown_call = This call is no longer in your history: it was removed, or deleted by the automatic clean-up.
save_failed = AgentPhone could not save { $file }. Check that the folder still exists, that the disk is not full and that you may write there, then try again.
browser_not_opened = AgentPhone could not open your web browser. Open { $address } in your browser yourself.
may_be_placed = AgentPhone may already have placed a call to { $phone } a moment ago, but could not confirm it. Check your calls at agentphone.app before you call again.
wrong_mode =
    .practice = This is a practice call: turn Practice mode on in Settings to check it again.
    .live = This is a real call: turn Practice mode off in Settings to check it again.
already_open = AgentPhone is already open (another copy is using its data folder). Switch to that window, or close it and open AgentPhone again.
preferences = AgentPhone could not save your settings, so the change was not made. Check that the disk is not full and that you may write to AgentPhone's data folder, then try again.
unsafe_api_base = AgentPhone will not send your key to { $base }: the service's address must start with https:// (plain http:// only to this computer). Correct or remove AGENTPHONE_API_BASE, or "apiBase" in preferences.json, then open AgentPhone again.
history_unavailable = { $reason ->
        [busy] AgentPhone could not open its call history ({ $path }): another program is using the file (a backup or sync tool, say). Close that program or wait for it to finish, then open AgentPhone again. Nothing was moved or deleted.
        [read_only] AgentPhone could not open its call history ({ $path }): AgentPhone may not write there. Check that the folder and the file belong to you and are not read-only, then open AgentPhone again. Nothing was moved or deleted.
        [full] AgentPhone could not open its call history ({ $path }): the disk is full. Free some space, then open AgentPhone again. Nothing was moved or deleted.
       *[other] AgentPhone could not open its call history ({ $path }). Restart the computer, then open AgentPhone again. Nothing was moved or deleted.
    }
recording_downloading = The recording is already downloading; it appears here as soon as it is kept.
invalid_api_base = The service's address { $base } is not a web address AgentPhone can use, so nothing was sent. Correct or remove AGENTPHONE_API_BASE, or "apiBase" in preferences.json, then open AgentPhone again.
data_folder_unavailable = AgentPhone could not use its data folder ({ $folder }). Check that the disk is not full and that you may write there, then open AgentPhone again.
connection_setup_failed = AgentPhone could not prepare its internet connection on this computer, so nothing was sent. Close AgentPhone and open it again.
practice_did_not_start = Practice mode could not start on this computer, so nothing changed. Close AgentPhone and open it again.
spreadsheet_failed = AgentPhone could not put these calls into a spreadsheet, so no file was saved. Try again with fewer calls chosen.
interrupted = AgentPhone stopped this step unexpectedly, so it was not done; nothing you typed is lost. Try again, and if it happens again, close AgentPhone and open it again.
time_in_the_past = Choose a time in the future for the call, or call now.
