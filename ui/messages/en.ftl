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
    .caller = Who the call is for (Settings → You) changed after you confirmed the call, so no call was placed. Check the call and confirm again.
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
mail_not_opened = AgentPhone could not open your e-mail program. Set one up in your system's settings, or use Copy summary and paste it into a message yourself.
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

## What Rust says itself: dialogs, notifications, start-up notices, save dialogs.

closing-title = Close AgentPhone?
closing-close = Close AgentPhone
closing-keep = Keep it open
closing-unsent = { $count ->
        [one] A call has not been sent yet. If you close AgentPhone now, it is not placed; you can place it again later.
       *[other] Calls not sent yet: { $count }. If you close AgentPhone now, they are not placed; you can place them again later.
    }
closing-going-on = { $count ->
        [one] A call is going on at the service. Closing AgentPhone does not stop it; when you open AgentPhone again, it picks the call up and shows you the result.
       *[other] Calls going on at the service: { $count }. Closing AgentPhone does not stop them; when you open AgentPhone again, it picks them up and shows you the results.
    }
closing-scheduled = { $count ->
        [one] A call is scheduled for later. It is not placed while AgentPhone is closed; when you open AgentPhone again you can place it or choose another time.
       *[other] Calls scheduled for later: { $count }. They are not placed while AgentPhone is closed; when you open AgentPhone again you can place them or choose other times.
    }
notify-scheduled = Your scheduled call to { $who } is starting now.
notify-scheduled-unknown = Your scheduled call is starting now.
notify-ended-unknown = A call has ended. Open AgentPhone to see what happened.
notify-ended = { $who } — { $how ->
        [achieved] Achieved
        [partial] Partly achieved
        [not_achieved] Not achieved
        [failed] The call failed
        [canceled] The call was canceled
       *[finished] Finished
    }
notify-ended-summary = { $who } — { $how ->
        [achieved] Achieved
        [partial] Partly achieved
        [not_achieved] Not achieved
        [failed] The call failed
        [canceled] The call was canceled
       *[finished] Finished
    }: { $summary }
notice-preferences-aside = Your preferences could not be read, so AgentPhone set the file aside ({ $file }) and started with the usual settings. Nothing else was changed.
notice-history-aside = Your call history was damaged, so AgentPhone moved it to { $file } (nothing was deleted) and started a new, empty history.
notice-kept-aside = What you had typed before could not be brought back, so AgentPhone set its file aside ({ $file }) and started with an empty form.
save-calls-title = Export calls to a spreadsheet
save-calls-kind = Spreadsheet (CSV)
save-calls-kind-excel = Excel workbook (.xlsx)
save-call-title = Export the call
save-call-kind = Markdown
save-recording-title = Save the recording
save-recording-kind = Recording

## Exports: the spreadsheet's columns and the call as a document.

export-date = Date
export-number = Number
export-business = Business
export-objective = Objective
export-status = Status
export-outcome = Outcome
export-duration = Duration (s)
export-summary = Summary
export-note = Note
export-labels = Labels
export-recording = Recording
export-practice = Practice
export-transcript = Transcript
export-yes = yes
export-title = Call to { $who }
export-website = Website
export-placed = Placed
export-seconds = { $seconds } s
export-practice-call = Practice call
export-practice-call-yes = yes, nothing real happened
export-unknown-speaker = Unknown
email-subject = { $who }: { $result }

## A call's status and outcome, in the window and in exports alike.

status-queued = Queued
status-dialing = Dialing
status-in_progress = In progress
status-completed = Completed
status-failed = Failed
status-canceled = Canceled
outcome-achieved = Achieved
outcome-partial = Partly achieved
outcome-not_achieved = Not achieved

export-call-duration = Duration

## The new-call form, as Rust checks it.

check-phone-empty = Enter the phone number to call.
check-phone-letters = A phone number has only digits (and spaces, dashes, brackets or a leading +). Letters cannot be dialled.
check-phone-symbols = Remove the symbols: a phone number has only digits, spaces, dashes, brackets or a leading +.
check-phone-no-digits = Enter the digits of the number after the +.
check-phone-emergency = AgentPhone cannot call emergency or short service numbers such as 911, 112 or 999. If you need help, call them yourself now.
check-phone-country = Choose the country of this number, or type it with + and the country code.
check-phone-unreadable = This does not look like a phone number. Check the digits, or choose the right country.
check-phone-short = This is a short service number, not a business line. AgentPhone can only call full phone numbers.
check-phone-invalid = This is not a valid phone number for that country. Check the digits, or choose the right country.
check-phone-premium = This is a premium-rate number: calling it costs extra by the minute. AgentPhone does not call premium-rate numbers; look for the business's ordinary number on its website.
check-note-shared-cost = This is a shared-cost number: the call may cost more than an ordinary one.
check-note-personal = This is a personal forwarding number: it may reach a person rather than the business.
check-note-pager = This is a pager number: nobody can talk with the agent on it.
check-note-voicemail = This is a voicemail number: it reaches a mailbox, not a person.
check-objective-empty = Describe what the agent should do on the call.
check-objective-too-long = Shorten what the agent should do: { $chars } of { $limit } characters.
check-business-too-long = Keep the business name to { $limit } characters or fewer.
check-website-too-long = Keep the web address to { $limit } characters or fewer, or leave it empty.
check-website-invalid = Enter the business's web address, like https://example.com, or leave it empty.
check-caller-too-long = Keep this to { $limit } characters or fewer.
check-voicemail-too-long = Keep the voicemail message to { $limit } characters or fewer.
check-business-name-empty = Give the business a name, so you can find it again.
check-business-note-too-long = Keep the note to { $limit } characters or fewer.
check-business-number-kept = This number is already kept as “{ $name }”. Open that business to change it.
check-business-gone = This business is no longer kept: it was forgotten meanwhile. Keep it again if you need it.
check-speaks-unknown = Choose a language from the list, or “Not said”.

## The call screen: a call's progress, result, transcript, recording, notes and labels.

# A call's status, as a heading or a badge.
call-status-not-started = Not started
# How long a call took: 42 s, 1 min 15 s.
call-duration-seconds = { $seconds } s
call-duration-minutes = { $minutes } min { $seconds } s
# Who spoke in the transcript: our agent, or the business called when it has no name.
call-speaker-agent = AgentPhone agent
call-speaker-business = Business
# One turn of the transcript as copied: who spoke and what they said.
call-transcript-line = { $speaker }: { $text }

# Buttons under a problem.
call-open-settings = Open Settings
call-open-api-keys = Open the API keys page
call-open-site = Open agentphone.app

# The person's own note and labels on a call.
call-notes-heading = Your note and labels
call-note = Note
call-note-saved = Note saved.
call-labels = Labels
call-remove-label = Remove label { $label }
call-new-label = New label
call-new-label-placeholder = Add a label, e.g. booked
call-add-label = Add label

# The steps of a call.
call-progress = Progress
call-progress-steps = Call progress
# The last step before the call has ended.
call-step-end = Completed / failed / canceled

call-transcript = Transcript
call-transcript-hint = While the recording plays, the turn being spoken is marked; click a turn to hear it. Positions are estimated, so they are approximate.

# The recording player.
call-player = Recording player
call-play = Play
call-pause = Pause
call-back = Back { $seconds } s
call-forward = Forward { $seconds } s
# Where the recording is now, for the ear: shown as 0:42 / 1:15.
call-position = Position
call-seek = Seek
call-speed = Speed
# A playback speed: 0.75×, 2×.
call-speed-option = { $speed }×
call-volume = Volume
call-save-recording-as = Save recording as…
# $path: the file a recording or a call was saved to.
call-saved-to = Saved to { $path }.
call-player-keys = Space plays or pauses; the arrow keys go back or forward { $seconds ->
        [one] { $seconds } second.
       *[other] { $seconds } seconds.
    }

# A finished call's result.
call-result = Result
# $duration: how long the call took (1 min 15 s).
call-duration = Duration { $duration }
call-credits-left = { $count ->
        [one] { $count } credit left
       *[other] { $count } credits left
    }
call-results-pending = Results may still update: the summary or transcript had not arrived yet.
call-follow-up = Follow up…
call-call-again = Call again…
call-try-later = Try again later…
call-email = Email…
call-email-transcript = with the transcript
call-print = Print…
call-export = Export…
call-copy-summary = Copy summary
call-copy-transcript = Copy transcript
call-summary-copied = Summary copied.
call-transcript-copied = Transcript copied.
call-summary-not-copied = Could not copy the summary; select it and copy by hand.
call-transcript-not-copied = Could not copy the transcript; select it and copy by hand.
call-recording-kept = The recording is kept on this computer.
call-recording-saving = Saving the recording on this computer…
# $percent: how much of the recording has arrived, 0 to 100.
call-recording-saving-percent = Saving the recording on this computer… { $percent }%
call-recording-not-here = The recording is not on this computer yet.
call-download-recording = Download the recording

# The call's page. A call in Practice mode carries this badge.
call-practice = Practice
# Under the business's name, after its phone number. $time: a clock time (3:04 PM); $elapsed: a duration (1 min 15 s).
call-confirmed-at = confirmed { $time }
call-confirmed-not-sent = confirmed { $time } · not sent yet
call-placed-at = placed { $time } · { $elapsed }
# One line, "Follows up [an earlier call].", where the middle piece is a link to that call.
# Put words before or after the link as your language needs; a piece may be empty: { "" }.
call-follows-up-before = Follows up
call-follows-up-link = an earlier call
call-follows-up-after = { "." }
call-placing = Placing the call…
# A running call. $who: the business or its number; $elapsed: how long it has run (1 min 15 s);
# $shown: a status AgentPhone does not know, as the service named it.
call-calling = Calling { $who }… { $status ->
        [queued] queued
        [dialing] dialing
        [in_progress] in progress
        [completed] completed
        [failed] failed
        [canceled] canceled
       *[other] { $shown }
    } · { $elapsed }
# Said to screen readers when a call's status changes.
call-status-changed = Call { $status ->
        [queued] queued
        [dialing] dialing
        [in_progress] in progress
        [completed] completed
        [failed] failed
        [canceled] canceled
       *[other] { $shown }
    }.
call-unconfirmed = We could not confirm the call was placed — checking…
call-may-be-placed = AgentPhone may have placed this call. Check agentphone.app before you call again.
call-check-again = Check again
call-not-placed = Not placed.
call-still-running = Still running.
call-busy-countdown = The service is busy. Not sent yet, no credit used. Trying again in { $seconds ->
        [one] { $seconds } second…
       *[other] { $seconds } seconds…
    }
call-busy = The service is busy. Not sent yet, no credit used. AgentPhone will try again in a moment…
call-dont-place = Don't place this call
call-asked-and-went = What you asked and how the call went
call-asked = What you asked
call-follow-ups = Follow-ups
call-new-call = New call
call-keep-business = Keep this business…
call-business-page = All calls to { $name }
call-loading = Loading the call…

## The History list, its filters and this month's overview; Settings (API key, Practice mode, language, notifications, deleting old calls).

list-history-heading = History
# The button that exports the calls the list shows (all of them, not only those on screen).
list-export = { $count ->
        [one] Export { $count } call…
       *[other] Export { $count } calls…
    }
# A checkbox after the export button.
list-export-with-transcripts = with transcripts
list-export-excel = Export for Excel…
# $path: the file the calls were saved to.
list-export-saved = { $count ->
        [one] Saved { $count } call to { $path }.
       *[other] Saved { $count } calls to { $path }.
    }
list-opening = Opening your call history…
list-no-match = No calls match.
list-empty = No calls yet. Calls you place will be listed here, newest first.
# What screen readers call the list of calls.
list-calls-label = Calls
list-businesses-label = Kept businesses
# Where a call stands, on its badge in the list.
list-progress-not-placed = Not placed
list-progress-placing = Not sent yet
list-progress-sending = Placing…
list-progress-waiting = Waiting to retry
list-progress-unconfirmed = Checking…
list-progress-may-be-placed = Not confirmed
list-progress-still-running = Still running
# $when: the day and time, already in words ("today at 3:00 PM", "tomorrow, Tue, 4 Mar, 9:00 AM").
list-progress-scheduled = Scheduled for { $when }
list-progress-missed = Missed its time
# The badge of a call made up in Practice mode.
list-practice-badge = Practice
list-remove-group = Remove this call
list-remove-ringing = This call may already be ringing. Removing it only takes it off this list — it does not stop the call. Remove it anyway?
list-remove-anyway = Remove anyway
list-keep-it = Keep it
list-cancel-scheduled-question = Cancel this scheduled call? It will not be placed.
list-delete-question = Delete this call, its recording and transcript? This cannot be undone.
list-remove = Remove
list-keep = Keep
# The × button of a call in the list; $who: a business name or a phone number.
list-remove-call = Remove call to { $who }
list-show-more = Show more ({ $count } left)

# The History list's filters.
list-search = Search calls
list-filter-outcome = Filter by outcome
list-outcome-all = All outcomes
list-outcome-achieved = Achieved
list-outcome-partial = Partly achieved
list-outcome-not-achieved = Not achieved
list-outcome-failed = Failed or no answer
list-outcome-not-placed = Not placed
list-filter-mode = Filter by mode
list-mode-all = Live and practice
list-mode-live = Live only
list-mode-practice = Practice only
list-filter-label = Filter by label
list-label-all = All labels
list-filter-date = Filter by date
list-filter-button = Filter
list-filter-button-count = Filter ({ $count })
list-filter-active = Filters in use
list-filter-remove = Remove the filter { $filter }
list-date-any = Any time
list-date-today = Today
list-date-week = Last 7 days
list-date-month = Last 30 days
list-date-range = Between dates…
list-order = Order
list-order-newest = Newest first
list-order-oldest = Oldest first
# Before a date box: the first day shown.
list-date-from = From
# Before a date box: the last day shown.
list-date-to = To

# This month at a glance, above the list: each fact on its own, kept apart by " · ".
list-overview-label = This month
list-overview-calls = { $count ->
        [one] This month: { $count } call
       *[other] This month: { $count } calls
    }
list-overview-achieved = { $achieved } of { $outOf } achieved
list-overview-credits = { $count ->
        [one] { $count } live credit used
       *[other] { $count } live credits used
    }
# $duration: a call's average length, already in words ("2 min 5 s").
list-overview-average = on average { $duration }

list-settings-heading = Settings
list-caller-heading = You
list-caller-hint = When you fill this in, the agent says on every call who it is calling for and how to call back. You can leave it out on any call.
list-caller-name = Your name
list-caller-organisation = Organisation
list-caller-callback = Callback number
list-caller-reference = Reference
list-caller-reference-placeholder = e.g. customer number 44-1290
list-caller-save = Save
list-caller-saved = Saved. The agent is told this on every call.
list-caller-cleared = Cleared. The agent is not told who the calls are for.
list-caller-not-saved = Not saved: fix what is marked, then save again.

list-key-heading = AgentPhone API key
list-key-checking-keychain = Checking your system keychain…
# Followed by the key with all but its last characters hidden (••••••9876).
list-key-stored = A key is stored:
list-key-none = No key is stored yet.
list-key-label = API key
list-key-label-new = New API key
list-key-hint = AgentPhone keys come from agentphone.app, under Dashboard → API keys (a key from another service will be refused). It is kept only in your system's keychain and never shown in full again.
list-key-open-page = Open the API keys page on agentphone.app
list-key-placeholder = Paste your key here
list-key-save = Save key
list-key-replace = Replace key
list-key-checking = Checking the key with AgentPhone…
list-key-remove-question = Remove the key? You will not be able to place calls until you add one again.
list-key-remove-yes = Yes, remove key
list-key-keep = Keep key
list-key-remove = Remove key
# Followed by why the key could not be checked (a sentence of its own).
list-key-saved-not-checked = Key saved in your system keychain, but it could not be checked now.
list-key-works = Key works. It is kept in your system keychain.
list-key-works-replaced = Key works. The new key replaced the old one in your system keychain.
list-key-removed = Key removed from your system keychain.

list-practice-heading = Practice mode
# What screen readers call the Practice mode switch.
list-practice-switch = Practice mode
# Next to a switch that is on.
list-switch-on = On
# Next to a switch that is off.
list-switch-off = Off
list-practice-note-on = Calls are made up inside the app. No phone rings and no credits are used.
list-practice-note-no-key = Turn it on to try AgentPhone without a key. Real calls need your AgentPhone key, below.
list-practice-note-off = Calls are real: the business's phone rings and each call uses a credit.

list-language-heading = Language
list-language-label = Language of AgentPhone
list-language-system = System default

list-notify-heading = Notifications
list-notify-when-done = Tell me when a call ends while AgentPhone is in the background

# Deleting old calls. $what: recordings (the calls stay) or calls (whole calls); $days: how old.
list-retention-heading = Automatically delete old calls
list-retention-rule = { $what ->
        [recordings] { $days ->
            [one] AgentPhone deletes recordings older than { $days } day, at start and once a day.
           *[other] AgentPhone deletes recordings older than { $days } days, at start and once a day.
        }
       *[calls] { $days ->
            [one] AgentPhone deletes calls older than { $days } day, at start and once a day.
           *[other] AgentPhone deletes calls older than { $days } days, at start and once a day.
        }
    }
list-retention-off = AgentPhone keeps every call and recording until you remove them.
# The rule reads as one line of controls: Delete [recordings (calls stay) | whole calls] older than [90] days.
list-retention-delete = Delete
list-retention-what = What to delete
list-retention-recordings = recordings (calls stay)
list-retention-calls = whole calls
list-retention-older-than = older than
# What screen readers call the box of the number of days.
list-retention-days = Days
# After the box of the number of days.
list-retention-day-unit = { $days ->
        [one] day
       *[other] days
    }
list-retention-none-old = { $what ->
        [recordings] No recording is that old now.
       *[calls] No call is that old now.
    }
list-retention-would-delete = { $what ->
        [recordings] { $count ->
            [one] This would delete { $count } recording now. Calls still in progress are never deleted.
           *[other] This would delete { $count } recordings now. Calls still in progress are never deleted.
        }
       *[calls] { $count ->
            [one] This would delete { $count } call now. Calls still in progress are never deleted.
           *[other] This would delete { $count } calls now. Calls still in progress are never deleted.
        }
    }
list-retention-save = Save the rule
# The button that turns the rule on, when it deletes something at once.
list-retention-turn-on-deleting = { $what ->
        [recordings] { $count ->
            [one] { $days ->
                [one] Delete { $count } recording now and keep deleting those older than { $days } day
               *[other] Delete { $count } recording now and keep deleting those older than { $days } days
            }
           *[other] { $days ->
                [one] Delete { $count } recordings now and keep deleting those older than { $days } day
               *[other] Delete { $count } recordings now and keep deleting those older than { $days } days
            }
        }
       *[calls] { $count ->
            [one] { $days ->
                [one] Delete { $count } call now and keep deleting those older than { $days } day
               *[other] Delete { $count } call now and keep deleting those older than { $days } days
            }
           *[other] { $days ->
                [one] Delete { $count } calls now and keep deleting those older than { $days } day
               *[other] Delete { $count } calls now and keep deleting those older than { $days } days
            }
        }
    }
list-retention-turn-on = Turn on
list-retention-turn-off = Turn off
# After the rule is saved: $count calls or recordings were deleted at once.
list-retention-saved = Saved. { $count } deleted now; the rest as they get older.
list-retention-all-kept = Everything is kept.

## The window's header, home screen, new-call form, confirmation and scheduled calls.

form-app-name = AgentPhone
form-mode-label = Mode:
form-mode-checking = Checking…
form-mode-starting-hint = AgentPhone is starting
form-mode-practice = Practice
form-mode-practice-hint = Calls are made up: no phone rings, no credits are used
form-mode-key-unavailable = Key unavailable
form-mode-key-looking-hint = Looking for your key in the system keychain
form-mode-live = Live
form-mode-live-hint = Calls are real and use your AgentPhone credits
form-mode-live-other = Live · { $service }
form-mode-live-other-hint = Calls are real and go to the service at { $service }, not agentphone.app
form-mode-no-key = No key yet
form-mode-no-key-hint = Add your AgentPhone key in Settings to place calls
form-practice-credits-hint = Made-up credits of Practice mode; your account is not touched
form-practice-credits = Practice credits: { $count }
form-practice-credits-unknown = Practice credits: —
form-credits-hint = Credits left on your AgentPhone account, as the service last said
form-credits = Credits: { $count }, as of { $time }
form-credits-unknown = Credits: —
form-credits-later = (shown after your first call)
form-nav-label = App
form-nav-new-call = New call
form-nav-settings = Settings
form-nav-shortcuts = Keyboard shortcuts
shortcuts-heading = Keyboard shortcuts
shortcuts-close = Close
shortcut-new-call = New call, with the cursor in the number
shortcut-search = Search the history
shortcut-review = From the form: check the call before placing it (it never places the call)
shortcut-back = Go back, or close what is open
shortcut-next-call = Next call in the list
shortcut-previous-call = Previous call in the list
shortcut-play = On a call: play or pause the recording
shortcut-settings = Settings
shortcut-list = This list (also ? outside text boxes)
key-ctrl = Ctrl
key-alt = Alt
key-enter = Enter
key-escape = Esc
key-space = Space
form-nav-close-settings = Close settings
form-practice-banner = Practice — no real calls are made. Calls here are made up by AgentPhone to show you every screen.
form-held-heading = Real calls scheduled for later
form-held-note = These real calls are not placed while Practice mode is on. Turn Practice mode off to place them at their time.
# $who is the business or the phone number; $time is when the call is scheduled (shown in bold).
form-held-call = { $who }: { $time }
form-missed-heading = Scheduled calls that were not placed
form-welcome-heading = Welcome to AgentPhone
form-welcome-intro = AgentPhone has an AI agent phone a business for you — to book a table, cancel a subscription or ask about a return policy — and shows you the outcome, a summary, the transcript and the recording.
form-welcome-key-heading = Use your AgentPhone key
form-welcome-key-note = Paste the API key from agentphone.app. It is kept in your system's keychain.
form-welcome-key-button = Paste an AgentPhone key
form-welcome-practice-heading = Try it first
form-welcome-practice-note = Practice mode shows every screen with made-up calls. No phone rings and no credits are used.
form-welcome-practice-button = Try Practice mode
form-new-call-heading = New call
form-wait-for-placing = Wait until the call on its way has been placed.
form-checking-details = Checking the details…
form-earlier-call = The earlier call
form-following-up = Following up your call to { $who }.
form-make-separate = Make it a separate call
form-you-asked = You asked:
form-their-answer = Their answer:
form-no-summary = No summary was given.
form-calling-status = Calling { $who }… The call is on its way; it opens here as soon as it is placed.
form-phone-label = Phone number
form-country-label = Country of the number
form-phone-placeholder = e.g. (415) 555-0132
# $number is the number as it will be dialled (shown in bold).
form-will-dial = Will dial { $number }
form-phone-help = Type it as you would dial it, or start with + and the country code.
form-business-label = Business name
form-website-label = Website
form-website-placeholder = e.g. luigis.com
form-website-help = The agent reads it before calling.
form-objective-label = What should the agent do?
form-link-filled = The number from the link you opened is filled in. Check it, say what the agent should do, and confirm: nothing is called until you do.
form-link-refused = The link you opened does not hold a phone number, so nothing was filled in.
form-for-caller = Say who this call is for: { $who }
form-voicemail-label = If you reach voicemail, leave this message
form-speaks-label = They speak
form-speaks-not-said = Not said
form-speaks-help = The agent is told which language to speak with them.
form-suggestions-label = Kept businesses
form-objective-label-follow-up = What should the agent do now?
form-objective-count = { $count } of { $limit ->
        [one] { $limit } character
       *[other] { $limit } characters
    }
form-save-template = Save as template
form-place-call = Place call…
form-optional = (optional)
form-advice-label = How to write a good objective
form-advice-specific = Be specific.
form-advice-what = Say what the agent needs: names, dates, times, party size, account or claim numbers.
form-advice-example = Not "Call the restaurant", but "Ask for a table for 4 tonight at 7pm; if free, book it under Sarah".
form-templates-intro = Your templates (click to use):
form-templates-label = Your templates
form-remove-template = Remove template: { $template }
form-examples-intro = Examples (click to use):
form-example-table = Ask for a table for 4 tonight at 7pm; if free, book it under Sarah.
form-example-gym = Cancel the gym membership for Alex Morgan, member number 44718, from the end of this month.
form-example-return = Ask what the return policy is for an unopened kettle bought 20 days ago, order 55-1029.
form-check-heading = Check before calling
# $number is the number to be called (shown in bold).
form-will-call = AgentPhone will call { $number } to:
form-will-call-business = AgentPhone will call { $number } ({ $business }) to:
form-follows-up = It follows up your call to { $who }; the two are shown together.
form-called-moments-ago = You called this number less than a minute ago. Make sure you want to call again.
form-called-minutes-ago = You called this number { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } ago. Make sure you want to call again.
form-open-that-call = Open that call
form-practice-no-ring = Practice mode: no real phone will ring.
# Shown in bold before the sentence about whose phone rings.
form-real-call = This is a real call:
form-real-call-rings = { $who }'s phone rings when you press Call now, and it uses 1 credit.
form-real-call-rings-left = { $who }'s phone rings when you press Call now, and it uses 1 credit ({ $left } left).
form-scheduled-real-call-rings = the phone rings when you press Call now, and it uses 1 credit.
form-open-site = Open agentphone.app
form-checked-place-another = I checked — place another call
form-calling = Calling…
form-call-now = Call now
form-calling-for = Calling for: { $who }
form-calling-for-callback = Calling for: { $who } · call back on { $callback }
form-call-back-on = Call back on { $callback }
form-told-heading = Added to what the agent is told:
form-call-later = Call later…
form-change-details = Change details
form-later-note = The call is placed at that time while AgentPhone is open; if it is closed then, it asks you first.
form-when-to-call = When to call
form-in-an-hour = In 1 hour
form-tomorrow-at-nine = Tomorrow at 9:00
form-at = At
form-schedule = Schedule
# $time is when the call was due (shown in bold).
form-missed-note = The call to { $who } was scheduled for { $time }. It was not placed then (AgentPhone was closed, Practice mode was on, or the computer was asleep).
form-scheduled-note = Scheduled for { $time }. AgentPhone places it then, if it is open.
form-call-now-review = Call now…
form-reschedule = Reschedule…
form-change-time = Change time…
form-cancel-call = Cancel the call
form-back = Back
form-new-time = New time for the call
form-call-anyway = I checked: call anyway
# A scheduled time as people say it; $time is the clock time ("3:46 PM"), $day the short date ("Tue 1 Dec").
form-schedule-today = today at { $time }
form-schedule-tomorrow = tomorrow, { $day }, { $time }
form-schedule-yesterday = yesterday, { $day }, { $time }
form-schedule-day = { $day }, { $time }

## Where a call stands, as history keeps it.

problem-busy-after-wait = The service is still too busy after a minute's wait, so the call was not placed. Try again in a few minutes.
problem-closed-while-waiting = The service was busy, and AgentPhone was closed before it could try again, so this call was not placed. Place it again if you still want it.
problem-forgotten = The service no longer knows this call. Its last known state is kept here; press Check again to ask once more.
problem-still-running = The call was followed for { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } and has not ended yet. Press Check again to look once more, or see it at agentphone.app.
problem-may-be-placed = AgentPhone may have placed this call, but could not confirm it. Check your calls at agentphone.app before you call again, or press Check again.

## A kept business: its page, and keeping or changing one

business-heading-new = Keep this business
business-name-label = Name
business-phone-label = Phone number
business-note-label = Note
business-note-placeholder = e.g. Ask for Ms Berg; open Monday to Friday
business-keep = Keep business
business-save-changes = Save changes
business-cancel = Cancel
business-not-saved = Not kept: fix what is marked, then try again.
business-new-call = New call to this business
business-change = Change…
business-forget = Forget this business…
business-forget-question = Forget this business? Its calls stay in your history.
business-forget-confirm = Forget
business-keep-it = Keep it
business-calls-heading = Calls
business-no-calls = No calls to this number yet.
business-gone-heading = Business not kept
business-forgotten = This business is no longer kept. Its calls are still in your history.
business-loading = Opening the business…
