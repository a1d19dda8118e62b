## Die Texte von AgentPhone auf Deutsch, übersetzt aus en.ftl, der Quelle aller Meldungen,
## für das Fenster und für Rust gleichermaßen (Fehler, ihre Codes und Angaben).
## Jede andere Sprache hat eine eigene Datei mit denselben Meldungen
## und denselben Angaben ($name).
##
## Glossar: call → Anruf; objective („Was soll der Agent tun?“) → Auftrag;
## outcome → Ergebnis; Practice mode → Übungsmodus; credits → Credits;
## API key → API-Schlüssel; keychain → Schlüsselbund; place a call → Anruf tätigen;
## history → Anrufverlauf; recording → Aufnahme; Settings → Einstellungen.
## Unverändert bleiben: agentphone.app, AgentPhone, GNOME Keyring, KWallet,
## AGENTPHONE_API_BASE, "apiBase", preferences.json, https://, http://.

## Fehler: Die ID ist der Code des Fehlers; `.case`-Attribute sind seine Fälle.

empty_key = Das Schlüsselfeld ist leer. Fügen Sie Ihren AgentPhone-API-Schlüssel ein und klicken Sie dann auf „Schlüssel speichern“.
no_keychain_service = Es läuft kein Schlüsselbund-Dienst. Installieren und starten Sie unter Linux GNOME Keyring oder KWallet (bei den meisten Desktopumgebungen bereits enthalten) und versuchen Sie es dann erneut. AgentPhone speichert Ihren Schlüssel nirgendwo anders; der Übungsmodus funktioniert auch ohne Schlüssel.
no_session_bus = AgentPhone konnte Ihre Desktop-Sitzung nicht erreichen und kann daher keinen Schlüsselbund verwenden. Starten Sie GNOME Keyring oder KWallet (meist genügt es, sich ab- und wieder anzumelden; installieren Sie eines davon, falls Ihr Desktop keines hat) und versuchen Sie es dann erneut. Der Übungsmodus funktioniert auch ohne Schlüssel.
keychain_locked = Ihr Schlüsselbund ist gesperrt, oder die Anfrage zum Entsperren wurde geschlossen. Entsperren Sie ihn (meist mit Ihrem Anmeldepasswort) und versuchen Sie es erneut.
keychain_failed = Der Schlüsselbund hat die Anfrage abgelehnt. Versuchen Sie es erneut; wenn das Problem weiterhin auftritt, starten Sie Ihren Computer neu.
no_key = Es ist noch kein AgentPhone-Schlüssel gespeichert, daher wurde kein Anruf getätigt. Fügen Sie Ihren Schlüssel in den Einstellungen hinzu oder probieren Sie den Übungsmodus aus.
invalid_form = Einige Angaben zum Anruf müssen zuerst korrigiert werden, daher wurde kein Anruf getätigt. Prüfen Sie die markierten Felder.
invalid_input = Der AgentPhone-Dienst hat die Anfrage nicht angenommen. Er meldete: „{ $message }“ Prüfen Sie die Angaben und versuchen Sie es erneut; alle Ihre Eingaben sind noch vorhanden.
key_refused = Der AgentPhone-Dienst hat Ihren API-Schlüssel abgelehnt. AgentPhone-Schlüssel erhalten Sie auf agentphone.app (Dashboard → API keys): Kopieren Sie dort Ihren Schlüssel, fügen Sie ihn in den Einstellungen ein und versuchen Sie es erneut.
out_of_credits = Ihr AgentPhone-Konto hat keine Credits mehr, daher wurde kein Anruf getätigt. Laden Sie auf agentphone.app Credits auf und versuchen Sie es dann erneut.
rate_limited =
    .wait = Der AgentPhone-Dienst erhält zu viele Anfragen mit diesem Schlüssel. Er verlangt eine Pause von { $retryAfterSeconds ->
        [one] { $retryAfterSeconds } Sekunde
       *[other] { $retryAfterSeconds } Sekunden
    }; warten Sie eine Minute und versuchen Sie es dann erneut.
    .unknown = Der AgentPhone-Dienst erhält zu viele Anfragen mit diesem Schlüssel. Warten Sie eine Minute und versuchen Sie es dann erneut.
server_error = Beim AgentPhone-Dienst ist ein Problem aufgetreten (Fehler { $status }). Versuchen Sie es in ein paar Minuten erneut.
network = AgentPhone konnte seinen Dienst nicht erreichen. Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.
could_not_connect = AgentPhone konnte keine Verbindung zu seinem Dienst herstellen, daher wurde nichts gesendet. Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.
timeout = Der AgentPhone-Dienst hat zu lange nicht geantwortet. Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.
malformed_answer = { $request ->
        [placing] Der AgentPhone-Dienst hat beim Tätigen des Anrufs eine Antwort gesendet, die die App nicht lesen konnte. Tätigen Sie den Anruf noch nicht erneut: AgentPhone prüft, ob er getätigt wurde.
        [reading] Der AgentPhone-Dienst hat zu einem Anruf eine Antwort gesendet, die die App nicht lesen konnte. AgentPhone fragt gleich noch einmal nach; wenn das Problem weiterhin auftritt, prüfen Sie, ob ein Update für die App verfügbar ist.
       *[listing] Der AgentPhone-Dienst hat eine Anrufliste gesendet, die die App nicht lesen konnte. Versuchen Sie es gleich noch einmal; wenn das Problem weiterhin auftritt, prüfen Sie, ob ein Update für die App verfügbar ist.
    }
call_not_found = Der AgentPhone-Dienst kennt den Anruf { $callId } nicht. Möglicherweise wurde er mit einem anderen Schlüssel getätigt.
recording = { $reason ->
        [not_kept] In diesem Modus werden keine Aufnahmen gespeichert.
        [no_link] Der Dienst hat für diesen Anruf noch keine Aufnahme bereitgestellt. Versuchen Sie es später erneut.
        [folder] Die Aufnahme konnte nicht gespeichert werden: Der Ordner dafür kann auf diesem Computer nicht angelegt werden. Prüfen Sie, ob auf dem Datenträger genügend Speicherplatz frei ist.
        [not_a_link] Die Aufnahme konnte nicht gespeichert werden: Ihr Link ist keine Webadresse. Die übrigen Ergebnisse des Anrufs bleiben erhalten.
        [not_secure] Die Aufnahme konnte nicht gespeichert werden: Ihr Link ist nicht sicher (er muss mit https:// beginnen). Die übrigen Ergebnisse des Anrufs bleiben erhalten.
        [gone] Die Aufnahme konnte nicht gespeichert werden: Ihr Link ist abgelaufen oder die Aufnahme ist nicht mehr vorhanden. Die übrigen Ergebnisse des Anrufs bleiben erhalten.
        [server] Die Aufnahme konnte nicht gespeichert werden: Der Server hat mit Fehler { $status } geantwortet. Die übrigen Ergebnisse des Anrufs bleiben erhalten; versuchen Sie später erneut, die Aufnahme herunterzuladen.
        [not_sound] Die Aufnahme konnte nicht gespeichert werden: Die Datei ist keine Tonaufnahme. Die übrigen Ergebnisse des Anrufs bleiben erhalten.
        [too_large] Die Aufnahme konnte nicht gespeichert werden: Sie ist größer als { $megabytes } MB, weit mehr, als ein Anruf jemals benötigt. Die übrigen Ergebnisse des Anrufs bleiben erhalten.
        [copy] Die Aufnahme konnte nicht nach { $file } kopiert werden. Prüfen Sie, ob der Ordner noch vorhanden ist und ob auf dem Datenträger genügend Speicherplatz frei ist, und versuchen Sie es dann erneut.
       *[not_saved] Die Aufnahme konnte nicht auf diesem Computer gespeichert werden. Prüfen Sie, ob auf dem Datenträger genügend Speicherplatz frei ist, und versuchen Sie dann erneut, sie herunterzuladen.
    }
no_sound_output = Keine Audioausgabe gefunden – prüfen Sie Ihre Lautsprecher oder Ihr Headset und klicken Sie dann erneut auf „Abspielen“.
playback = { $reason ->
        [player_stopped] Die Aufnahme kann nicht abgespielt werden: Die Audiowiedergabe funktioniert nicht mehr. Schließen Sie AgentPhone und öffnen Sie es erneut.
        [missing] Die Aufnahme kann nicht abgespielt werden: Ihre Datei fehlt auf diesem Computer. Laden Sie sie erneut herunter.
        [damaged] Die Aufnahme kann nicht abgespielt werden: Die Datei ist beschädigt oder keine Audiodatei.
       *[not_here] Die Aufnahme kann nicht abgespielt werden: Sie ist noch nicht auf diesem Computer. Versuchen Sie erneut, sie herunterzuladen.
    }
history = AgentPhone konnte seinen Anrufverlauf nicht lesen oder speichern. Prüfen Sie, ob auf dem Datenträger genügend Speicherplatz frei ist, und starten Sie die App dann neu.
placed_not_saved = Der Anruf wurde getätigt, aber AgentPhone konnte ihn nicht im Anrufverlauf speichern. Tätigen Sie ihn nicht erneut: Die App verfolgt ihn, solange sie geöffnet bleibt. Prüfen Sie, ob auf dem Datenträger genügend Speicherplatz frei ist.
call_on_its_way = Bei diesem Anruf klingelt es möglicherweise schon: AgentPhone hat ihn bereits an den Dienst gesendet. Durch das Entfernen verschwindet er nur aus dieser Liste; der Anruf wird dadurch nicht abgebrochen.
confirmation_changed =
    .number = Die Nummer wurde geändert, nachdem Sie den Anruf bestätigt hatten, daher wurde kein Anruf getätigt. Prüfen Sie die Nummer und bestätigen Sie erneut.
    .mode = Der Übungsmodus wurde umgeschaltet, nachdem Sie den Anruf bestätigt hatten, daher wurde kein Anruf getätigt. Prüfen Sie den Anruf und bestätigen Sie erneut.
    .removed = Der Anruf wurde entfernt oder geändert, bevor er gesendet wurde, daher wurde er nicht getätigt.
    .caller = Die Angaben, für wen der Anruf ist (Einstellungen → Sie), haben sich nach Ihrer Bestätigung geändert, daher wurde kein Anruf getätigt. Prüfen Sie den Anruf und bestätigen Sie ihn erneut.
sent_too_late = Der Computer war im Ruhezustand, als dieser Anruf fällig war, daher wurde er nicht getätigt: AgentPhone tätigt Anrufe nie verspätet. Tätigen Sie ihn erneut, falls Sie ihn noch benötigen.
closed_before_sending = AgentPhone wurde geschlossen, bevor dieser Anruf gesendet wurde, daher wurde er nicht getätigt. Tätigen Sie ihn erneut, falls Sie ihn noch benötigen.
already_being_placed = Dieser Anruf wurde bereits getätigt: Sein geplanter Zeitpunkt ist gerade eben erreicht worden. Verfolgen Sie ihn in der Liste; er wird nicht zweimal getätigt.
send_pending = Der Übungsmodus wurde nicht umgeschaltet: { $count ->
        [one] Ein Anruf wartet noch darauf, gesendet zu werden.
       *[other] { $count } Anrufe warten noch darauf, gesendet zu werden.
    } Warten Sie, bis sie getätigt wurden (höchstens eine Minute), oder entfernen Sie die wartenden Anrufe und schalten Sie dann erneut um.
unknown_call = Dieser Anruf ist nicht mehr in Ihrem Anrufverlauf: Er wurde entfernt oder von der automatischen Bereinigung gelöscht.
save_failed = AgentPhone konnte { $file } nicht speichern. Prüfen Sie, ob der Ordner noch vorhanden ist, ob auf dem Datenträger genügend Speicherplatz frei ist und ob Sie dort Schreibrechte haben, und versuchen Sie es dann erneut.
browser_not_opened = AgentPhone konnte Ihren Webbrowser nicht öffnen. Öffnen Sie { $address } bitte selbst in Ihrem Browser.
mail_not_opened = AgentPhone konnte Ihr E-Mail-Programm nicht öffnen. Richten Sie eines in den Systemeinstellungen ein, oder verwenden Sie „Zusammenfassung kopieren“ und fügen Sie sie selbst in eine Nachricht ein.
may_be_placed = AgentPhone hat { $phone } möglicherweise vor einem Moment bereits angerufen, konnte dies aber nicht bestätigen. Prüfen Sie Ihre Anrufe auf agentphone.app, bevor Sie erneut anrufen.
wrong_mode =
    .practice = Dies ist ein Übungsanruf: Schalten Sie den Übungsmodus in den Einstellungen ein, um ihn erneut zu prüfen.
    .live = Dies ist ein echter Anruf: Schalten Sie den Übungsmodus in den Einstellungen aus, um ihn erneut zu prüfen.
already_open = AgentPhone ist bereits geöffnet (ein anderes AgentPhone-Fenster verwendet bereits den Datenordner). Wechseln Sie zu diesem Fenster oder schließen Sie es und öffnen Sie AgentPhone erneut.
preferences = AgentPhone konnte Ihre Einstellungen nicht speichern, daher wurde die Änderung nicht übernommen. Prüfen Sie, ob auf dem Datenträger genügend Speicherplatz frei ist und ob Sie im Datenordner von AgentPhone Schreibrechte haben, und versuchen Sie es dann erneut.
unsafe_api_base = AgentPhone sendet Ihren Schlüssel nicht an { $base }: Die Adresse des Dienstes muss mit https:// beginnen (unverschlüsseltes http:// nur für Verbindungen zu diesem Computer). Korrigieren oder entfernen Sie AGENTPHONE_API_BASE bzw. "apiBase" in preferences.json und öffnen Sie AgentPhone dann erneut.
history_unavailable = { $reason ->
        [busy] AgentPhone konnte seinen Anrufverlauf ({ $path }) nicht öffnen: Ein anderes Programm verwendet die Datei (zum Beispiel ein Sicherungs- oder Synchronisierungsprogramm). Schließen Sie dieses Programm oder warten Sie, bis es fertig ist, und öffnen Sie AgentPhone dann erneut. Es wurde nichts verschoben oder gelöscht.
        [read_only] AgentPhone konnte seinen Anrufverlauf ({ $path }) nicht öffnen: AgentPhone darf dort nicht schreiben. Prüfen Sie, ob der Ordner und die Datei Ihnen gehören und nicht schreibgeschützt sind, und öffnen Sie AgentPhone dann erneut. Es wurde nichts verschoben oder gelöscht.
        [full] AgentPhone konnte seinen Anrufverlauf ({ $path }) nicht öffnen: Der Datenträger ist voll. Geben Sie etwas Speicherplatz frei und öffnen Sie AgentPhone dann erneut. Es wurde nichts verschoben oder gelöscht.
       *[other] AgentPhone konnte seinen Anrufverlauf ({ $path }) nicht öffnen. Starten Sie den Computer neu und öffnen Sie AgentPhone dann erneut. Es wurde nichts verschoben oder gelöscht.
    }
recording_downloading = Die Aufnahme wird bereits heruntergeladen; sie erscheint hier, sobald sie gespeichert ist.
invalid_api_base = Die Adresse des Dienstes { $base } ist keine Webadresse, die AgentPhone verwenden kann, daher wurde nichts gesendet. Korrigieren oder entfernen Sie AGENTPHONE_API_BASE bzw. "apiBase" in preferences.json und öffnen Sie AgentPhone dann erneut.
data_folder_unavailable = AgentPhone konnte seinen Datenordner ({ $folder }) nicht verwenden. Prüfen Sie, ob auf dem Datenträger genügend Speicherplatz frei ist und ob Sie dort Schreibrechte haben, und öffnen Sie AgentPhone dann erneut.
connection_setup_failed = AgentPhone konnte seine Internetverbindung auf diesem Computer nicht einrichten, daher wurde nichts gesendet. Schließen Sie AgentPhone und öffnen Sie es erneut.
practice_did_not_start = Der Übungsmodus konnte auf diesem Computer nicht gestartet werden, daher wurde nichts geändert. Schließen Sie AgentPhone und öffnen Sie es erneut.
spreadsheet_failed = AgentPhone konnte diese Anrufe nicht in eine Tabelle übernehmen, daher wurde keine Datei gespeichert. Versuchen Sie es erneut und wählen Sie dabei weniger Anrufe aus.
interrupted = AgentPhone hat diesen Schritt unerwartet abgebrochen, daher wurde er nicht ausgeführt; Ihre Eingaben gehen nicht verloren. Versuchen Sie es erneut, und wenn das wieder passiert, schließen Sie AgentPhone und öffnen Sie es erneut.
time_in_the_past = Wählen Sie für den Anruf einen Zeitpunkt in der Zukunft oder rufen Sie jetzt an.

## Was Rust selbst anzeigt: Dialoge, Benachrichtigungen, Hinweise beim Start, Speicherdialoge.

closing-title = AgentPhone schließen?
closing-close = AgentPhone schließen
closing-keep = Geöffnet lassen
closing-unsent = { $count ->
        [one] Ein Anruf wurde noch nicht gesendet. Wenn Sie AgentPhone jetzt schließen, wird er nicht getätigt; Sie können ihn später erneut tätigen.
       *[other] Noch nicht gesendete Anrufe: { $count }. Wenn Sie AgentPhone jetzt schließen, werden sie nicht getätigt; Sie können sie später erneut tätigen.
    }
closing-going-on = { $count ->
        [one] Beim Dienst läuft gerade ein Anruf. Das Schließen von AgentPhone beendet ihn nicht; wenn Sie AgentPhone wieder öffnen, verfolgt es den Anruf weiter und zeigt Ihnen das Ergebnis.
       *[other] Beim Dienst laufende Anrufe: { $count }. Das Schließen von AgentPhone beendet sie nicht; wenn Sie AgentPhone wieder öffnen, verfolgt es die Anrufe weiter und zeigt Ihnen die Ergebnisse.
    }
closing-scheduled = { $count ->
        [one] Ein Anruf ist für später geplant. Solange AgentPhone geschlossen ist, wird er nicht getätigt; wenn Sie AgentPhone wieder öffnen, können Sie ihn tätigen oder einen anderen Zeitpunkt wählen.
       *[other] Für später geplante Anrufe: { $count }. Solange AgentPhone geschlossen ist, werden sie nicht getätigt; wenn Sie AgentPhone wieder öffnen, können Sie sie tätigen oder andere Zeitpunkte wählen.
    }
notify-scheduled = Ihr geplanter Anruf bei { $who } beginnt jetzt.
notify-scheduled-unknown = Ihr geplanter Anruf beginnt jetzt.
notify-ended-unknown = Ein Anruf ist beendet. Öffnen Sie AgentPhone, um zu sehen, wie er verlaufen ist.
notify-ended = { $who } – { $how ->
        [achieved] Erledigt
        [partial] Teilweise erledigt
        [not_achieved] Nicht erledigt
        [failed] Der Anruf ist fehlgeschlagen
        [canceled] Der Anruf wurde abgebrochen
       *[finished] Beendet
    }
notify-ended-summary = { $who } – { $how ->
        [achieved] Erledigt
        [partial] Teilweise erledigt
        [not_achieved] Nicht erledigt
        [failed] Der Anruf ist fehlgeschlagen
        [canceled] Der Anruf wurde abgebrochen
       *[finished] Beendet
    }: { $summary }
notice-preferences-aside = Ihre Einstellungen konnten nicht gelesen werden. Daher hat AgentPhone die Datei beiseitegelegt ({ $file }) und mit den Standardeinstellungen gestartet. Sonst wurde nichts geändert.
notice-history-aside = Ihr Anrufverlauf war beschädigt. Daher hat AgentPhone ihn nach { $file } verschoben (es wurde nichts gelöscht) und einen neuen, leeren Anrufverlauf begonnen.
notice-kept-aside = Ihre vorherigen Eingaben konnten nicht wiederhergestellt werden. Daher hat AgentPhone die zugehörige Datei beiseitegelegt ({ $file }) und mit einem leeren Formular gestartet.
save-calls-title = Anrufe als Tabelle exportieren
save-calls-kind = Tabelle (CSV)
save-calls-kind-excel = Excel-Arbeitsmappe (.xlsx)
save-call-title = Anruf exportieren
save-call-kind = Markdown
save-recording-title = Aufnahme speichern
save-recording-kind = Aufnahme

## Exporte: die Spalten der Tabelle und der Anruf als Dokument.

export-date = Datum
export-number = Nummer
export-business = Unternehmen
export-objective = Auftrag
export-status = Status
export-outcome = Ergebnis
export-duration = Dauer (s)
export-summary = Zusammenfassung
export-note = Notiz
export-labels = Labels
export-recording = Aufnahme
export-practice = Übung
export-transcript = Transkript
export-yes = ja
export-title = Anruf bei { $who }
export-website = Website
export-placed = Getätigt am
export-seconds = { $seconds } s
export-practice-call = Übungsanruf
export-practice-call-yes = ja, es fand kein echter Anruf statt
export-unknown-speaker = Unbekannt
email-subject = { $who }: { $result }

## Status und Ergebnis eines Anrufs, im Fenster wie in Exporten.

status-queued = In Warteschlange
status-dialing = Wird gewählt
status-in_progress = Läuft
status-completed = Abgeschlossen
status-failed = Fehlgeschlagen
status-canceled = Abgebrochen
outcome-achieved = Erledigt
outcome-partial = Teilweise erledigt
outcome-not_achieved = Nicht erledigt

export-call-duration = Dauer

## Das Formular für einen neuen Anruf, wie Rust es prüft.

check-phone-empty = Geben Sie die Telefonnummer ein, die angerufen werden soll.
check-phone-letters = Eine Telefonnummer besteht nur aus Ziffern (und Leerzeichen, Bindestrichen, Klammern oder einem + am Anfang). Buchstaben können nicht gewählt werden.
check-phone-symbols = Entfernen Sie die Sonderzeichen: Eine Telefonnummer besteht nur aus Ziffern, Leerzeichen, Bindestrichen, Klammern oder einem + am Anfang.
check-phone-no-digits = Geben Sie nach dem + die Ziffern der Nummer ein.
check-phone-emergency = AgentPhone kann keine Notrufnummern oder Kurznummern wie 911, 112 oder 999 anrufen. Wenn Sie Hilfe brauchen, rufen Sie diese Nummern jetzt selbst an.
check-phone-country = Wählen Sie das Land dieser Nummer aus oder geben Sie sie mit + und der Ländervorwahl ein.
check-phone-unreadable = Das sieht nicht wie eine Telefonnummer aus. Prüfen Sie die Ziffern oder wählen Sie das richtige Land aus.
check-phone-short = Das ist eine Kurznummer, kein Geschäftsanschluss. AgentPhone kann nur vollständige Telefonnummern anrufen.
check-phone-invalid = Das ist keine gültige Telefonnummer für dieses Land. Prüfen Sie die Ziffern oder wählen Sie das richtige Land aus.
check-phone-premium = Das ist eine Mehrwertnummer: Ein Anruf dort kostet pro Minute extra. AgentPhone ruft keine Mehrwertnummern an; suchen Sie auf der Website des Unternehmens nach seiner normalen Telefonnummer.
check-note-shared-cost = Das ist eine Sonderrufnummer mit geteilten Kosten: Der Anruf kann mehr kosten als ein normaler Anruf.
check-note-personal = Das ist eine persönliche Weiterleitungsnummer: Sie erreicht möglicherweise eine einzelne Person statt des Unternehmens.
check-note-pager = Das ist eine Pager-Nummer: Dort kann niemand mit dem Agenten sprechen.
check-note-voicemail = Das ist eine Mailbox-Nummer: Sie führt zu einer Mailbox, nicht zu einer Person.
check-objective-empty = Beschreiben Sie, was der Agent bei dem Anruf tun soll.
check-objective-too-long = Kürzen Sie den Auftrag: { $chars } von { $limit } Zeichen.
check-business-too-long = Der Name des Unternehmens darf höchstens { $limit } Zeichen lang sein.
check-website-too-long = Die Webadresse darf höchstens { $limit } Zeichen lang sein; Sie können das Feld auch leer lassen.
check-website-invalid = Geben Sie die Webadresse des Unternehmens ein, zum Beispiel https://example.com, oder lassen Sie das Feld leer.
check-caller-too-long = Bitte höchstens { $limit } Zeichen.
check-voicemail-too-long = Die Nachricht für die Mailbox darf höchstens { $limit } Zeichen lang sein.
check-business-name-empty = Geben Sie dem Unternehmen einen Namen, damit Sie es wiederfinden.
check-business-note-too-long = Die Notiz darf höchstens { $limit } Zeichen lang sein.
check-business-number-kept = Diese Nummer ist bereits als „{ $name }“ gespeichert. Öffnen Sie dieses Unternehmen, um es zu ändern.
check-business-gone = Dieses Unternehmen ist nicht mehr gespeichert: Es wurde inzwischen entfernt. Speichern Sie es erneut, falls Sie es brauchen.
check-speaks-unknown = Wählen Sie eine Sprache aus der Liste oder „Nicht angegeben“.

## Die Anrufansicht: Fortschritt, Ergebnis, Transkript, Aufnahme, Notiz und Labels eines Anrufs.

# Der Status eines Anrufs, als Überschrift oder Abzeichen.
call-status-not-started = Nicht gestartet
# Wie lange ein Anruf gedauert hat: 42 s, 1 Min. 15 s.
call-duration-seconds = { $seconds } s
call-duration-minutes = { $minutes } min { $seconds } s
# Wer im Transkript gesprochen hat: unser Agent oder das angerufene Unternehmen, wenn es keinen Namen hat.
call-speaker-agent = AgentPhone-Agent
call-speaker-business = Unternehmen
# Ein Redebeitrag des Transkripts beim Kopieren: wer gesprochen hat und was gesagt wurde.
call-transcript-line = { $speaker }: { $text }

# Schaltflächen unter einem Problem.
call-open-settings = Einstellungen öffnen
call-open-api-keys = Seite mit den API-Schlüsseln öffnen
call-open-site = agentphone.app öffnen

# Die eigene Notiz und die Labels der Person zu einem Anruf.
call-notes-heading = Ihre Notiz und Labels
call-note = Notiz
call-note-saved = Notiz gespeichert.
call-labels = Labels
call-remove-label = Label { $label } entfernen
call-new-label = Neues Label
call-new-label-placeholder = Label hinzufügen, z. B. gebucht
call-add-label = Label hinzufügen

# Die Schritte eines Anrufs.
call-progress = Fortschritt
call-progress-steps = Fortschritt des Anrufs
# Der letzte Schritt, bevor der Anruf beendet ist.
call-step-end = Abgeschlossen / fehlgeschlagen / abgebrochen

call-transcript = Transkript
call-transcript-hint = Während die Aufnahme abgespielt wird, ist der gerade gesprochene Redebeitrag markiert; klicken Sie auf einen Redebeitrag, um ihn anzuhören. Die Positionen sind geschätzt und daher nur ungefähr.

# Die Wiedergabe der Aufnahme.
call-player = Wiedergabe der Aufnahme
call-play = Abspielen
call-pause = Pause
call-back = { $seconds } s zurück
call-forward = { $seconds } s vor
# Wo die Aufnahme gerade steht, für Screenreader: angezeigt als 0:42 / 1:15.
call-position = Position
call-seek = Wiedergabeposition
call-speed = Geschwindigkeit
# Eine Wiedergabegeschwindigkeit: 0,75×, 2×.
call-speed-option = { $speed }×
call-volume = Lautstärke
call-save-recording-as = Aufnahme speichern unter…
# $path: die Datei, in der eine Aufnahme oder ein Anruf gespeichert wurde.
call-saved-to = Gespeichert unter { $path }.
call-player-keys = Mit der Leertaste starten oder pausieren Sie die Wiedergabe; mit den Pfeiltasten springen Sie { $seconds ->
        [one] { $seconds } Sekunde zurück oder vor.
       *[other] { $seconds } Sekunden zurück oder vor.
    }

# Das Ergebnis eines beendeten Anrufs.
call-result = Ergebnis
# $duration: wie lange der Anruf gedauert hat (1 Min. 15 s).
call-duration = Dauer: { $duration }
call-credits-left = { $count ->
        [one] Noch { $count } Credit übrig
       *[other] Noch { $count } Credits übrig
    }
call-results-pending = Die Ergebnisse können sich noch ändern: Die Zusammenfassung oder das Transkript war noch nicht eingetroffen.
call-follow-up = Folgeanruf…
call-call-again = Erneut anrufen…
call-try-later = Später erneut versuchen…
call-email = Per E-Mail senden…
call-email-transcript = mit Transkript
call-print = Drucken…
call-export = Exportieren…
call-copy-summary = Zusammenfassung kopieren
call-copy-transcript = Transkript kopieren
call-summary-copied = Zusammenfassung kopiert.
call-transcript-copied = Transkript kopiert.
call-summary-not-copied = Die Zusammenfassung konnte nicht kopiert werden; markieren Sie sie und kopieren Sie sie von Hand.
call-transcript-not-copied = Das Transkript konnte nicht kopiert werden; markieren Sie es und kopieren Sie es von Hand.
call-recording-kept = Die Aufnahme ist auf diesem Computer gespeichert.
call-recording-saving = Die Aufnahme wird auf diesem Computer gespeichert…
# $percent: wie viel der Aufnahme schon angekommen ist, 0 bis 100.
call-recording-saving-percent = Die Aufnahme wird auf diesem Computer gespeichert… { $percent } %
call-recording-not-here = Die Aufnahme ist noch nicht auf diesem Computer.
call-download-recording = Aufnahme herunterladen

# Die Seite des Anrufs. Ein Anruf im Übungsmodus trägt dieses Abzeichen.
call-practice = Übung
# Unter dem Namen des Unternehmens, nach seiner Telefonnummer. $time: eine Uhrzeit (15:04); $elapsed: eine Dauer (1 Min. 15 s).
call-confirmed-at = bestätigt um { $time }
call-confirmed-not-sent = bestätigt um { $time } · noch nicht gesendet
call-placed-at = getätigt um { $time } · { $elapsed }
# Eine Zeile „Folgeanruf zu [einem früheren Anruf].“, deren mittlerer Teil ein Link zu diesem Anruf ist.
# Wörter vor oder nach dem Link je nach Sprache; ein Teil darf leer sein: { "" }.
call-follows-up-before = Folgeanruf zu
call-follows-up-link = einem früheren Anruf
call-follows-up-after = { "." }
call-placing = Der Anruf wird getätigt…
# Ein laufender Anruf. $who: das Unternehmen oder seine Nummer; $elapsed: wie lange er schon läuft (1 Min. 15 s);
# $shown: ein Status, den AgentPhone nicht kennt, so wie der Dienst ihn genannt hat.
call-calling = { $who } wird angerufen… { $status ->
        [queued] in Warteschlange
        [dialing] wird gewählt
        [in_progress] läuft
        [completed] abgeschlossen
        [failed] fehlgeschlagen
        [canceled] abgebrochen
       *[other] { $shown }
    } · { $elapsed }
# Wird Screenreadern angesagt, wenn sich der Status eines Anrufs ändert.
call-status-changed = Anruf { $status ->
        [queued] in Warteschlange
        [dialing] wird gewählt
        [in_progress] läuft
        [completed] abgeschlossen
        [failed] fehlgeschlagen
        [canceled] abgebrochen
       *[other] { $shown }
    }.
call-unconfirmed = Es konnte nicht bestätigt werden, dass der Anruf getätigt wurde – wird geprüft…
call-may-be-placed = AgentPhone hat diesen Anruf möglicherweise getätigt. Prüfen Sie Ihre Anrufe auf agentphone.app, bevor Sie erneut anrufen.
call-check-again = Erneut prüfen
call-not-placed = Nicht getätigt.
call-still-running = Läuft noch.
call-busy-countdown = Der Dienst ist ausgelastet. Noch nicht gesendet, kein Credit verbraucht. Neuer Versuch in { $seconds ->
        [one] { $seconds } Sekunde…
       *[other] { $seconds } Sekunden…
    }
call-busy = Der Dienst ist ausgelastet. Noch nicht gesendet, kein Credit verbraucht. AgentPhone versucht es gleich erneut…
call-dont-place = Diesen Anruf nicht tätigen
call-asked-and-went = Ihr Auftrag und wie der Anruf verlief
call-asked = Ihr Auftrag
call-follow-ups = Folgeanrufe
call-new-call = Neuer Anruf
call-keep-business = Dieses Unternehmen speichern…
call-business-page = Alle Anrufe bei { $name }
call-loading = Der Anruf wird geladen…

## Der Anrufverlauf, seine Filter und die Übersicht über diesen Monat; Einstellungen (API-Schlüssel, Übungsmodus, Sprache, Benachrichtigungen, Löschen alter Anrufe).

list-history-heading = Anrufverlauf
# Die Schaltfläche, die die Anrufe exportiert, die die Liste zeigt (alle, nicht nur die auf dem Bildschirm sichtbaren).
list-export = { $count ->
        [one] { $count } Anruf exportieren…
       *[other] { $count } Anrufe exportieren…
    }
# Ein Kontrollkästchen nach der Export-Schaltfläche.
list-export-with-transcripts = mit Transkripten
list-export-excel = Für Excel exportieren…
# $path: die Datei, in der die Anrufe gespeichert wurden.
list-export-saved = { $count ->
        [one] { $count } Anruf unter { $path } gespeichert.
       *[other] { $count } Anrufe unter { $path } gespeichert.
    }
list-opening = Ihr Anrufverlauf wird geöffnet…
list-no-match = Keine passenden Anrufe.
list-empty = Noch keine Anrufe. Die Anrufe, die Sie tätigen, werden hier aufgelistet, die neuesten zuerst.
# Wie Screenreader die Liste der Anrufe nennen.
list-calls-label = Anrufe
list-businesses-label = Gespeicherte Unternehmen
# Wo ein Anruf steht, auf seinem Abzeichen in der Liste.
list-progress-not-placed = Nicht getätigt
list-progress-placing = Noch nicht gesendet
list-progress-sending = Wird getätigt…
list-progress-waiting = Wartet auf neuen Versuch
list-progress-unconfirmed = Wird geprüft…
list-progress-may-be-placed = Nicht bestätigt
list-progress-still-running = Läuft noch
# $when: Tag und Uhrzeit, schon in Worten („heute um 15:00“, „morgen, Di., 4. März, um 9:00“).
list-progress-scheduled = Geplant für { $when }
list-progress-missed = Zeitpunkt verpasst
# Das Abzeichen eines im Übungsmodus simulierten Anrufs.
list-practice-badge = Übung
list-remove-group = Diesen Anruf entfernen
list-remove-ringing = Bei diesem Anruf klingelt es möglicherweise schon. Durch das Entfernen verschwindet er nur aus dieser Liste – der Anruf wird dadurch nicht abgebrochen. Trotzdem entfernen?
list-remove-anyway = Trotzdem entfernen
list-keep-it = Behalten
list-cancel-scheduled-question = Diesen geplanten Anruf absagen? Er wird dann nicht getätigt.
list-delete-question = Diesen Anruf mit Aufnahme und Transkript löschen? Das kann nicht rückgängig gemacht werden.
list-remove = Entfernen
list-keep = Behalten
# Die ×-Schaltfläche eines Anrufs in der Liste; $who: ein Unternehmensname oder eine Telefonnummer.
list-remove-call = Anruf bei { $who } entfernen
list-show-more = Mehr anzeigen (noch { $count })

# Die Filter des Anrufverlaufs.
list-search = Anrufe durchsuchen
list-filter-outcome = Nach Ergebnis filtern
list-outcome-all = Alle Ergebnisse
list-outcome-achieved = Erledigt
list-outcome-partial = Teilweise erledigt
list-outcome-not-achieved = Nicht erledigt
list-outcome-failed = Fehlgeschlagen oder keine Antwort
list-outcome-not-placed = Nicht getätigt
list-filter-mode = Nach Modus filtern
list-mode-all = Echte Anrufe und Übungsanrufe
list-mode-live = Nur echte Anrufe
list-mode-practice = Nur Übungsanrufe
list-filter-label = Nach Label filtern
list-label-all = Alle Labels
list-filter-date = Nach Datum filtern
list-filter-button = Filter
list-filter-button-count = Filter ({ $count })
list-filter-active = Aktive Filter
list-filter-remove = Filter { $filter } entfernen
list-date-any = Gesamter Zeitraum
list-date-today = Heute
list-date-week = Letzte 7 Tage
list-date-month = Letzte 30 Tage
list-date-range = Zeitraum wählen…
list-order = Reihenfolge
list-order-newest = Neueste zuerst
list-order-oldest = Älteste zuerst
# Vor einem Datumsfeld: der erste angezeigte Tag.
list-date-from = Von
# Vor einem Datumsfeld: der letzte angezeigte Tag.
list-date-to = Bis

# Dieser Monat auf einen Blick, über der Liste: jede Angabe für sich, getrennt durch „ · “.
list-overview-label = Dieser Monat
list-overview-calls = { $count ->
        [one] Diesen Monat: { $count } Anruf
       *[other] Diesen Monat: { $count } Anrufe
    }
list-overview-achieved = { $achieved } von { $outOf } erledigt
list-overview-credits = { $count ->
        [one] { $count } Credit für echte Anrufe verbraucht
       *[other] { $count } Credits für echte Anrufe verbraucht
    }
# $duration: die durchschnittliche Länge eines Anrufs, schon in Worten („2 Min. 5 s“).
list-overview-average = durchschnittlich { $duration }

list-settings-heading = Einstellungen
list-caller-heading = Sie
list-caller-hint = Wenn Sie dies ausfüllen, sagt der Agent bei jedem Anruf, für wen er anruft und wie man zurückrufen kann. Bei jedem Anruf können Sie es weglassen.
list-caller-name = Ihr Name
list-caller-organisation = Organisation
list-caller-callback = Rückrufnummer
list-caller-reference = Referenz
list-caller-reference-placeholder = z. B. Kundennummer 44-1290
list-caller-save = Speichern
list-caller-saved = Gespeichert. Der Agent erfährt dies bei jedem Anruf.
list-caller-cleared = Gelöscht. Der Agent erfährt nicht, für wen die Anrufe sind.
list-caller-not-saved = Nicht gespeichert: Korrigieren Sie die markierten Angaben und speichern Sie erneut.

list-key-heading = AgentPhone-API-Schlüssel
list-key-checking-keychain = Der Schlüsselbund Ihres Systems wird geprüft…
# Gefolgt vom Schlüssel, bei dem alle Zeichen bis auf die letzten verborgen sind (••••••9876).
list-key-stored = Ein Schlüssel ist gespeichert:
list-key-none = Es ist noch kein Schlüssel gespeichert.
list-key-label = API-Schlüssel
list-key-label-new = Neuer API-Schlüssel
list-key-hint = AgentPhone-Schlüssel erhalten Sie auf agentphone.app unter Dashboard → API keys (ein Schlüssel eines anderen Dienstes wird abgelehnt). Er wird nur im Schlüsselbund Ihres Systems aufbewahrt und nie wieder vollständig angezeigt.
list-key-open-page = Seite mit den API-Schlüsseln auf agentphone.app öffnen
list-key-placeholder = Fügen Sie Ihren Schlüssel hier ein
list-key-save = Schlüssel speichern
list-key-replace = Schlüssel ersetzen
list-key-checking = Der Schlüssel wird bei AgentPhone geprüft…
list-key-remove-question = Schlüssel entfernen? Sie können dann erst wieder Anrufe tätigen, wenn Sie erneut einen Schlüssel hinzufügen.
list-key-remove-yes = Ja, Schlüssel entfernen
list-key-keep = Schlüssel behalten
list-key-remove = Schlüssel entfernen
# Gefolgt vom Grund, warum der Schlüssel nicht geprüft werden konnte (ein eigener Satz).
list-key-saved-not-checked = Der Schlüssel wurde im Schlüsselbund Ihres Systems gespeichert, konnte aber gerade nicht geprüft werden.
list-key-works = Der Schlüssel funktioniert. Er ist im Schlüsselbund Ihres Systems gespeichert.
list-key-works-replaced = Der Schlüssel funktioniert. Der neue Schlüssel hat den alten im Schlüsselbund Ihres Systems ersetzt.
list-key-removed = Der Schlüssel wurde aus dem Schlüsselbund Ihres Systems entfernt.

list-practice-heading = Übungsmodus
# Wie Screenreader den Schalter für den Übungsmodus nennen.
list-practice-switch = Übungsmodus
# Neben einem eingeschalteten Schalter.
list-switch-on = Ein
# Neben einem ausgeschalteten Schalter.
list-switch-off = Aus
list-practice-note-on = Die Anrufe werden innerhalb der App simuliert. Es klingelt kein Telefon und es werden keine Credits verbraucht.
list-practice-note-no-key = Schalten Sie ihn ein, um AgentPhone ohne Schlüssel auszuprobieren. Für echte Anrufe benötigen Sie Ihren AgentPhone-Schlüssel (siehe unten).
list-practice-note-off = Die Anrufe sind echt: Das Telefon des Unternehmens klingelt, und jeder Anruf verbraucht einen Credit.

list-language-heading = Sprache
list-language-label = Sprache von AgentPhone
list-language-system = Systemstandard

list-notify-heading = Benachrichtigungen
list-notify-when-done = Mich benachrichtigen, wenn ein Anruf endet, während AgentPhone im Hintergrund läuft

# Löschen alter Anrufe. $what: recordings (die Anrufe bleiben) oder calls (ganze Anrufe); $days: wie alt.
list-retention-heading = Alte Anrufe automatisch löschen
list-retention-rule = { $what ->
        [recordings] { $days ->
            [one] AgentPhone löscht Aufnahmen, die älter als { $days } Tag sind, beim Start und einmal täglich.
           *[other] AgentPhone löscht Aufnahmen, die älter als { $days } Tage sind, beim Start und einmal täglich.
        }
       *[calls] { $days ->
            [one] AgentPhone löscht Anrufe, die älter als { $days } Tag sind, beim Start und einmal täglich.
           *[other] AgentPhone löscht Anrufe, die älter als { $days } Tage sind, beim Start und einmal täglich.
        }
    }
list-retention-off = AgentPhone behält alle Anrufe und Aufnahmen, bis Sie sie entfernen.
# Die Regel liest sich als eine Zeile von Bedienelementen: Löschen [Aufnahmen (Anrufe bleiben erhalten) | ganze Anrufe] älter als [90] Tage.
list-retention-delete = Löschen:
list-retention-what = Was gelöscht werden soll
list-retention-recordings = Aufnahmen (Anrufe bleiben erhalten)
list-retention-calls = ganze Anrufe
list-retention-older-than = älter als
# Wie Screenreader das Feld für die Anzahl der Tage nennen.
list-retention-days = Tage
# Nach dem Feld für die Anzahl der Tage.
list-retention-day-unit = { $days ->
        [one] Tag
       *[other] Tage
    }
list-retention-none-old = { $what ->
        [recordings] Derzeit ist keine Aufnahme so alt.
       *[calls] Derzeit ist kein Anruf so alt.
    }
list-retention-would-delete = { $what ->
        [recordings] { $count ->
            [one] Damit würde jetzt { $count } Aufnahme gelöscht. Anrufe, die noch laufen, werden nie gelöscht.
           *[other] Damit würden jetzt { $count } Aufnahmen gelöscht. Anrufe, die noch laufen, werden nie gelöscht.
        }
       *[calls] { $count ->
            [one] Damit würde jetzt { $count } Anruf gelöscht. Anrufe, die noch laufen, werden nie gelöscht.
           *[other] Damit würden jetzt { $count } Anrufe gelöscht. Anrufe, die noch laufen, werden nie gelöscht.
        }
    }
list-retention-save = Regel speichern
# Die Schaltfläche, die die Regel einschaltet, wenn sie sofort etwas löscht.
list-retention-turn-on-deleting = { $what ->
        [recordings] { $count ->
            [one] { $days ->
                [one] { $count } Aufnahme jetzt löschen und künftig alle löschen, die älter als { $days } Tag sind
               *[other] { $count } Aufnahme jetzt löschen und künftig alle löschen, die älter als { $days } Tage sind
            }
           *[other] { $days ->
                [one] { $count } Aufnahmen jetzt löschen und künftig alle löschen, die älter als { $days } Tag sind
               *[other] { $count } Aufnahmen jetzt löschen und künftig alle löschen, die älter als { $days } Tage sind
            }
        }
       *[calls] { $count ->
            [one] { $days ->
                [one] { $count } Anruf jetzt löschen und künftig alle löschen, die älter als { $days } Tag sind
               *[other] { $count } Anruf jetzt löschen und künftig alle löschen, die älter als { $days } Tage sind
            }
           *[other] { $days ->
                [one] { $count } Anrufe jetzt löschen und künftig alle löschen, die älter als { $days } Tag sind
               *[other] { $count } Anrufe jetzt löschen und künftig alle löschen, die älter als { $days } Tage sind
            }
        }
    }
list-retention-turn-on = Einschalten
list-retention-turn-off = Ausschalten
# Nachdem die Regel gespeichert wurde: $count Anrufe oder Aufnahmen wurden sofort gelöscht.
list-retention-saved = Gespeichert. { $count } sofort gelöscht; die übrigen, sobald sie alt genug sind.
list-retention-all-kept = Es wird alles aufbewahrt.

## Kopfzeile des Fensters, Startansicht, Formular für neue Anrufe, Bestätigung und geplante Anrufe.

form-app-name = AgentPhone
form-mode-label = Modus:
form-mode-checking = Wird geprüft…
form-mode-starting-hint = AgentPhone wird gestartet
form-mode-practice = Übung
form-mode-practice-hint = Die Anrufe werden simuliert: Es klingelt kein Telefon, es werden keine Credits verbraucht
form-mode-key-unavailable = Schlüssel nicht verfügbar
form-mode-key-looking-hint = Ihr Schlüssel wird im Schlüsselbund des Systems gesucht
form-mode-live = Live
form-mode-live-hint = Die Anrufe sind echt und verbrauchen Ihre AgentPhone-Credits
form-mode-live-other = Live · { $service }
form-mode-live-other-hint = Die Anrufe sind echt und gehen an den Dienst unter { $service }, nicht an agentphone.app
form-mode-no-key = Noch kein Schlüssel
form-mode-no-key-hint = Fügen Sie Ihren AgentPhone-Schlüssel in den Einstellungen hinzu, um Anrufe zu tätigen
form-practice-credits-hint = Simulierte Credits des Übungsmodus; Ihr Konto bleibt unberührt
form-practice-credits = Übungs-Credits: { $count }
form-practice-credits-unknown = Übungs-Credits: –
form-credits-hint = Verbleibende Credits auf Ihrem AgentPhone-Konto, laut der letzten Angabe des Dienstes
form-credits = Credits: { $count }, Stand { $time }
form-credits-unknown = Credits: –
form-credits-later = (wird nach Ihrem ersten Anruf angezeigt)
form-nav-label = App
form-nav-new-call = Neuer Anruf
form-nav-settings = Einstellungen
form-nav-shortcuts = Tastenkürzel
shortcuts-heading = Tastenkürzel
shortcuts-close = Schließen
shortcut-new-call = Neuer Anruf, mit dem Cursor in der Nummer
shortcut-search = Im Anrufverlauf suchen
shortcut-review = Im Formular: den Anruf vor dem Tätigen prüfen (getätigt wird er dabei nie)
shortcut-back = Zurück, oder Geöffnetes schließen
shortcut-next-call = Nächster Anruf in der Liste
shortcut-previous-call = Vorheriger Anruf in der Liste
shortcut-play = Bei einem Anruf: Aufnahme abspielen oder anhalten
shortcut-settings = Einstellungen
shortcut-list = Diese Liste (außerhalb von Textfeldern auch ?)
key-ctrl = Strg
key-alt = Alt
key-enter = Eingabe
key-escape = Esc
key-space = Leertaste
form-nav-close-settings = Einstellungen schließen
form-practice-banner = Übung – es werden keine echten Anrufe getätigt. Die Anrufe hier werden von AgentPhone simuliert, um Ihnen jede Ansicht zu zeigen.
form-held-heading = Für später geplante echte Anrufe
form-held-note = Diese echten Anrufe werden nicht getätigt, solange der Übungsmodus eingeschaltet ist. Schalten Sie den Übungsmodus aus, damit sie zu ihrem Zeitpunkt getätigt werden.
# $who ist das Unternehmen oder die Telefonnummer; $time ist der geplante Zeitpunkt des Anrufs (fett dargestellt).
form-held-call = { $who }: { $time }
form-missed-heading = Geplante Anrufe, die nicht getätigt wurden
form-welcome-heading = Willkommen bei AgentPhone
form-welcome-intro = Mit AgentPhone ruft ein KI-Agent für Sie bei einem Unternehmen an – um einen Tisch zu reservieren, ein Abo zu kündigen oder nach den Rückgabebedingungen zu fragen – und zeigt Ihnen anschließend das Ergebnis, eine Zusammenfassung, das Transkript und die Aufnahme.
form-welcome-key-heading = Ihren AgentPhone-Schlüssel verwenden
form-welcome-key-note = Fügen Sie den API-Schlüssel von agentphone.app ein. Er wird im Schlüsselbund Ihres Systems aufbewahrt.
form-welcome-key-button = AgentPhone-Schlüssel einfügen
form-welcome-practice-heading = Erst einmal ausprobieren
form-welcome-practice-note = Der Übungsmodus zeigt jede Ansicht mit simulierten Anrufen. Es klingelt kein Telefon und es werden keine Credits verbraucht.
form-welcome-practice-button = Übungsmodus ausprobieren
form-new-call-heading = Neuer Anruf
form-wait-for-placing = Warten Sie, bis der Anruf, der gerade unterwegs ist, getätigt wurde.
form-checking-details = Die Angaben werden geprüft…
form-earlier-call = Der frühere Anruf
form-following-up = Folgeanruf zu Ihrem Anruf bei { $who }.
form-make-separate = Zu einem eigenständigen Anruf machen
form-you-asked = Ihr Auftrag:
form-their-answer = Antwort des Unternehmens:
form-no-summary = Es wurde keine Zusammenfassung geliefert.
form-calling-status = { $who } wird angerufen… Der Anruf ist unterwegs; er wird hier geöffnet, sobald er getätigt ist.
form-phone-label = Telefonnummer
form-country-label = Land der Nummer
form-phone-placeholder = z. B. (415) 555-0132
# $number ist die Nummer, wie sie gewählt wird (fett dargestellt).
form-will-dial = Gewählt wird { $number }
form-phone-help = Geben Sie die Nummer so ein, wie Sie sie wählen würden, oder beginnen Sie mit + und der Ländervorwahl.
form-business-label = Name des Unternehmens
form-website-label = Website
form-website-placeholder = z. B. luigis.com
form-website-help = Der Agent liest sie vor dem Anruf.
form-objective-label = Was soll der Agent tun?
form-link-filled = Die Nummer aus dem geöffneten Link ist eingetragen. Prüfen Sie sie, sagen Sie, was der Agent tun soll, und bestätigen Sie: Vorher wird niemand angerufen.
form-link-refused = Der geöffnete Link enthält keine Telefonnummer, daher wurde nichts eingetragen.
form-for-caller = Sagen, für wen dieser Anruf ist: { $who }
form-voicemail-label = Wenn die Mailbox antwortet, diese Nachricht hinterlassen
form-speaks-label = Gesprochene Sprache
form-speaks-not-said = Nicht angegeben
form-speaks-help = Der Agent erfährt, in welcher Sprache er dort sprechen soll.
form-suggestions-label = Gespeicherte Unternehmen
form-objective-label-follow-up = Was soll der Agent jetzt tun?
form-objective-count = { $count } von { $limit ->
        [one] { $limit } Zeichen
       *[other] { $limit } Zeichen
    }
form-save-template = Als Vorlage speichern
form-place-call = Anruf tätigen…
form-optional = (optional)
form-advice-label = So formulieren Sie einen guten Auftrag
form-advice-specific = Seien Sie konkret.
form-advice-what = Nennen Sie alles, was der Agent braucht: Namen, Daten, Uhrzeiten, Personenzahl, Kunden- oder Vorgangsnummern.
form-advice-example = Nicht „Das Restaurant anrufen“, sondern „Nach einem Tisch für 4 Personen heute um 19 Uhr fragen; wenn frei, auf den Namen Sarah reservieren“.
form-templates-intro = Ihre Vorlagen (zum Verwenden anklicken):
form-templates-label = Ihre Vorlagen
form-remove-template = Vorlage entfernen: { $template }
form-examples-intro = Beispiele (zum Verwenden anklicken):
form-example-table = Nach einem Tisch für 4 Personen heute um 19 Uhr fragen; wenn frei, auf den Namen Sarah reservieren.
form-example-gym = Die Mitgliedschaft im Fitnessstudio für Alex Morgan, Mitgliedsnummer 44718, zum Ende dieses Monats kündigen.
form-example-return = Nach den Rückgabebedingungen für einen ungeöffneten Wasserkocher fragen, der vor 20 Tagen gekauft wurde, Bestellnummer 55-1029.
form-check-heading = Vor dem Anruf prüfen
# $number ist die Nummer, die angerufen wird (fett dargestellt).
form-will-call = AgentPhone ruft { $number } mit folgendem Auftrag an:
form-will-call-business = AgentPhone ruft { $number } ({ $business }) mit folgendem Auftrag an:
form-follows-up = Es ist ein Folgeanruf zu Ihrem Anruf bei { $who }; beide werden zusammen angezeigt.
form-called-moments-ago = Sie haben diese Nummer vor weniger als einer Minute angerufen. Vergewissern Sie sich, dass Sie erneut anrufen möchten.
form-called-minutes-ago = Sie haben diese Nummer vor { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } angerufen. Vergewissern Sie sich, dass Sie erneut anrufen möchten.
form-open-that-call = Diesen Anruf öffnen
form-practice-no-ring = Übungsmodus: Es klingelt kein echtes Telefon.
# Fett dargestellt vor dem Satz darüber, wessen Telefon klingelt.
form-real-call = Dies ist ein echter Anruf:
form-real-call-rings = Das Telefon von { $who } klingelt, wenn Sie auf „Jetzt anrufen“ klicken, und der Anruf verbraucht 1 Credit.
form-real-call-rings-left = Das Telefon von { $who } klingelt, wenn Sie auf „Jetzt anrufen“ klicken, und der Anruf verbraucht 1 Credit (noch { $left } übrig).
form-scheduled-real-call-rings = Das Telefon klingelt, wenn Sie auf „Jetzt anrufen“ klicken, und der Anruf verbraucht 1 Credit.
form-open-site = agentphone.app öffnen
form-checked-place-another = Ich habe es geprüft – weiteren Anruf tätigen
form-calling = Wird angerufen…
form-call-now = Jetzt anrufen
form-calling-for = Anruf für: { $who }
form-calling-for-callback = Anruf für: { $who } · Rückruf unter { $callback }
form-call-back-on = Rückruf unter { $callback }
form-told-heading = Wird dem Agenten zusätzlich mitgeteilt:
form-call-later = Später anrufen…
form-change-details = Angaben ändern
form-later-note = Der Anruf wird zu diesem Zeitpunkt getätigt, sofern AgentPhone geöffnet ist; ist es dann geschlossen, fragt es Sie zuerst.
form-when-to-call = Wann anrufen?
form-in-an-hour = In 1 Stunde
form-tomorrow-at-nine = Morgen um 9:00
form-at = Um
form-schedule = Planen
# $time ist der Zeitpunkt, zu dem der Anruf fällig war (fett dargestellt).
form-missed-note = Der Anruf bei { $who } war für { $time } geplant. Er wurde zu diesem Zeitpunkt nicht getätigt (AgentPhone war geschlossen, der Übungsmodus war eingeschaltet oder der Computer war im Ruhezustand).
form-scheduled-note = Geplant für { $time }. AgentPhone tätigt den Anruf dann, sofern es geöffnet ist.
form-call-now-review = Jetzt anrufen…
form-reschedule = Neu planen…
form-change-time = Zeitpunkt ändern…
form-cancel-call = Anruf absagen
form-back = Zurück
form-new-time = Neuer Zeitpunkt für den Anruf
form-call-anyway = Ich habe es geprüft: trotzdem anrufen
# Ein geplanter Zeitpunkt, wie man ihn sagt; $time ist die Uhrzeit („15:46“), $day das kurze Datum („Di., 1. Dez.“).
form-schedule-today = heute um { $time }
form-schedule-tomorrow = morgen, { $day }, um { $time }
form-schedule-yesterday = gestern, { $day }, um { $time }
form-schedule-day = { $day }, um { $time }

## Wo ein Anruf steht, wie der Anrufverlauf es festhält.

problem-busy-after-wait = Der Dienst ist auch nach einer Minute Wartezeit noch ausgelastet, daher wurde der Anruf nicht getätigt. Versuchen Sie es in ein paar Minuten erneut.
problem-closed-while-waiting = Der Dienst war ausgelastet, und AgentPhone wurde geschlossen, bevor es einen neuen Versuch starten konnte. Daher wurde dieser Anruf nicht getätigt. Tätigen Sie ihn erneut, falls Sie ihn noch benötigen.
problem-forgotten = Der Dienst kennt diesen Anruf nicht mehr. Sein letzter bekannter Stand bleibt hier erhalten; klicken Sie auf „Erneut prüfen“, um noch einmal nachzufragen.
problem-still-running = Der Anruf wurde { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } lang verfolgt und ist noch nicht beendet. Klicken Sie auf „Erneut prüfen“, um noch einmal nachzusehen, oder sehen Sie ihn auf agentphone.app an.
problem-may-be-placed = AgentPhone hat diesen Anruf möglicherweise getätigt, konnte es aber nicht bestätigen. Prüfen Sie Ihre Anrufe auf agentphone.app, bevor Sie erneut anrufen, oder klicken Sie auf „Erneut prüfen“.

## Ein gespeichertes Unternehmen: seine Seite, und ein Unternehmen speichern oder ändern.

business-heading-new = Dieses Unternehmen speichern
business-name-label = Name
business-phone-label = Telefonnummer
business-note-label = Notiz
business-note-placeholder = z. B. Nach Frau Berg fragen; Montag bis Freitag geöffnet
business-keep = Unternehmen speichern
business-save-changes = Änderungen speichern
business-cancel = Abbrechen
business-not-saved = Nicht gespeichert: Korrigieren Sie die markierten Angaben und versuchen Sie es erneut.
business-new-call = Neuer Anruf bei diesem Unternehmen
business-change = Ändern…
business-forget = Dieses Unternehmen entfernen…
business-forget-question = Dieses Unternehmen entfernen? Seine Anrufe bleiben in Ihrem Anrufverlauf.
business-forget-confirm = Entfernen
business-keep-it = Behalten
business-calls-heading = Anrufe
business-no-calls = Noch keine Anrufe an diese Nummer.
business-gone-heading = Unternehmen nicht mehr gespeichert
business-forgotten = Dieses Unternehmen ist nicht mehr gespeichert. Seine Anrufe sind weiterhin in Ihrem Anrufverlauf.
business-loading = Das Unternehmen wird geöffnet…
