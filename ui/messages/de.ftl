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

empty_key = Das Schlüsselfeld ist leer. Fügen Sie Ihren AgentPhone-API-Schlüssel ein und klicken Sie dann auf „Speichern“.
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
may_be_placed = AgentPhone hat { $phone } möglicherweise vor einem Moment bereits angerufen, konnte dies aber nicht bestätigen. Prüfen Sie Ihre Anrufe auf agentphone.app, bevor Sie erneut anrufen.
wrong_mode =
    .practice = Dies ist ein Übungsanruf: Schalten Sie den Übungsmodus in den Einstellungen ein, um ihn erneut zu prüfen.
    .live = Dies ist ein echter Anruf: Schalten Sie den Übungsmodus in den Einstellungen aus, um ihn erneut zu prüfen.
already_open = AgentPhone ist bereits geöffnet (ein weiteres geöffnetes AgentPhone verwendet seinen Datenordner). Wechseln Sie zu diesem Fenster oder schließen Sie es und öffnen Sie AgentPhone erneut.
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
