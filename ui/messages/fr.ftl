## Les textes d'AgentPhone en français : chaque message ci-dessous,
## pour la fenêtre comme pour Rust (erreurs, leurs codes et leurs données).
## Chaque langue a un fichier du même nom avec les mêmes messages
## et les mêmes données ($name).
##
## Glossaire : call → appel ; objective (« ce que l'agent doit faire ») → mission
## (« Que doit faire l'agent ? ») ; outcome → résultat ; Practice mode → mode entraînement ;
## credits → crédits ; API key → clé API ; keychain → trousseau.
## Restent tels quels : agentphone.app, AgentPhone, GNOME Keyring, KWallet,
## AGENTPHONE_API_BASE, "apiBase", preferences.json, https://, http://.

## Erreurs : l'identifiant est le code de l'erreur ; les attributs `.case` sont ses cas.

empty_key = Le champ de la clé est vide. Collez votre clé API AgentPhone, puis cliquez sur Enregistrer la clé.
no_keychain_service = Aucun service de trousseau n'est en cours d'exécution. Sous Linux, installez et démarrez GNOME Keyring ou KWallet (fournis avec la plupart des bureaux), puis réessayez. AgentPhone n'enregistre jamais votre clé ailleurs ; le mode entraînement fonctionne sans trousseau.
no_session_bus = AgentPhone n'a pas pu accéder à votre session de bureau et ne peut donc pas utiliser de trousseau. Démarrez GNOME Keyring ou KWallet (il suffit généralement de vous déconnecter puis de vous reconnecter ; installez-en un si votre bureau n'en a pas), puis réessayez. Le mode entraînement fonctionne sans trousseau.
keychain_locked = Votre trousseau est verrouillé, ou la demande de déverrouillage a été fermée. Déverrouillez-le (votre mot de passe de session suffit généralement), puis réessayez.
keychain_failed = Le trousseau a refusé la demande. Réessayez ; si le problème persiste, redémarrez votre ordinateur.
no_key = Aucune clé AgentPhone n'est encore enregistrée, aucun appel n'a donc été passé. Ajoutez votre clé dans les Paramètres, ou essayez le mode entraînement.
invalid_form = Certaines informations de l'appel doivent d'abord être corrigées, aucun appel n'a donc été passé. Vérifiez les champs signalés.
invalid_input = Le service AgentPhone n'a pas accepté la demande. Il a répondu : « { $message } » Vérifiez les informations et réessayez ; tout ce que vous avez saisi est conservé.
key_refused = Le service AgentPhone a refusé votre clé API. Les clés AgentPhone s'obtiennent sur agentphone.app (Dashboard → API keys) : copiez-y la vôtre, collez-la dans les Paramètres, puis réessayez.
out_of_credits = Votre compte AgentPhone n'a plus de crédits, aucun appel n'a donc été passé. Ajoutez des crédits sur agentphone.app, puis réessayez.
rate_limited =
    .wait = Le service AgentPhone reçoit trop de demandes avec cette clé. Il demande d'attendre { $retryAfterSeconds ->
        [one] { $retryAfterSeconds } seconde
       *[other] { $retryAfterSeconds } secondes
    } ; attendez une minute, puis réessayez.
    .unknown = Le service AgentPhone reçoit trop de demandes avec cette clé. Attendez une minute, puis réessayez.
server_error = Le service AgentPhone a rencontré un problème de son côté (erreur { $status }). Réessayez dans quelques minutes.
network = AgentPhone n'a pas pu joindre son service. Vérifiez votre connexion Internet, puis réessayez.
could_not_connect = AgentPhone n'a pas pu se connecter à son service, rien n'a donc été envoyé. Vérifiez votre connexion Internet, puis réessayez.
timeout = Le service AgentPhone a mis trop de temps à répondre. Vérifiez votre connexion Internet, puis réessayez.
malformed_answer = { $request ->
        [placing] Lors du lancement de l'appel, le service AgentPhone a envoyé une réponse que l'application n'a pas pu lire. Ne repassez pas l'appel pour le moment : AgentPhone vérifie s'il a bien été passé.
        [reading] Le service AgentPhone a envoyé au sujet d'un appel une réponse que l'application n'a pas pu lire. AgentPhone redemande dans un instant ; si le problème persiste, vérifiez si une mise à jour de l'application est disponible.
       *[listing] Le service AgentPhone a envoyé une liste d'appels que l'application n'a pas pu lire. Réessayez dans un instant ; si le problème persiste, vérifiez si une mise à jour de l'application est disponible.
    }
call_not_found = Le service AgentPhone ne connaît pas l'appel { $callId }. Il a peut-être été passé avec une autre clé.
recording = { $reason ->
        [not_kept] Les enregistrements ne sont pas conservés dans ce mode.
        [no_link] Le service n'a pas encore fourni d'enregistrement pour cet appel. Réessayez plus tard.
        [folder] L'enregistrement n'a pas pu être conservé : son dossier ne peut pas être créé sur cet ordinateur. Vérifiez que le disque n'est pas plein.
        [not_a_link] L'enregistrement n'a pas pu être conservé : son lien n'est pas une adresse web. Les autres résultats de l'appel sont préservés.
        [not_secure] L'enregistrement n'a pas pu être conservé : son lien n'est pas sécurisé (il doit commencer par https://). Les autres résultats de l'appel sont préservés.
        [gone] L'enregistrement n'a pas pu être conservé : son lien a expiré ou l'enregistrement n'existe plus. Les autres résultats de l'appel sont préservés.
        [server] L'enregistrement n'a pas pu être conservé : le serveur a répondu par l'erreur { $status }. Les autres résultats de l'appel sont préservés ; réessayez de télécharger l'enregistrement plus tard.
        [not_sound] L'enregistrement n'a pas pu être conservé : le fichier n'est pas un enregistrement audio. Les autres résultats de l'appel sont préservés.
        [too_large] L'enregistrement n'a pas pu être conservé : il dépasse { $megabytes } Mo, bien plus que n'importe quel appel. Les autres résultats de l'appel sont préservés.
        [copy] L'enregistrement n'a pas pu être copié vers { $file }. Vérifiez que le dossier existe toujours et que le disque n'est pas plein, puis réessayez.
       *[not_saved] L'enregistrement n'a pas pu être sauvegardé sur cet ordinateur. Vérifiez que le disque n'est pas plein, puis réessayez de le télécharger.
    }
no_sound_output = Aucune sortie audio trouvée — vérifiez vos haut-parleurs ou votre casque, puis cliquez à nouveau sur Lecture.
playback = { $reason ->
        [player_stopped] Impossible de lire l'enregistrement : le lecteur audio a cessé de fonctionner. Fermez AgentPhone, puis rouvrez-le.
        [missing] Impossible de lire l'enregistrement : son fichier est introuvable sur cet ordinateur. Téléchargez-le à nouveau.
        [damaged] Impossible de lire l'enregistrement : le fichier est endommagé ou n'est pas un fichier audio.
       *[not_here] Impossible de lire l'enregistrement : il n'est pas encore sur cet ordinateur. Réessayez de le télécharger.
    }
history = AgentPhone n'a pas pu lire ou enregistrer son historique des appels. Vérifiez que votre disque n'est pas plein, puis redémarrez l'application.
placed_not_saved = L'appel a été passé, mais AgentPhone n'a pas pu l'enregistrer dans son historique. Ne le repassez pas : l'application le suit tant qu'elle reste ouverte. Vérifiez que votre disque n'est pas plein.
call_on_its_way = Cet appel est peut-être déjà en train de sonner : AgentPhone l'a transmis au service. Le supprimer le retire seulement de cette liste ; cela n'arrête pas l'appel.
confirmation_changed =
    .number = Le numéro a changé après votre confirmation de l'appel, aucun appel n'a donc été passé. Vérifiez le numéro et confirmez à nouveau.
    .mode = Le mode entraînement a été activé ou désactivé après votre confirmation de l'appel, aucun appel n'a donc été passé. Vérifiez l'appel et confirmez à nouveau.
    .removed = L'appel a été supprimé ou modifié avant son envoi, il n'a donc pas été passé.
    .caller = Les informations sur la personne pour qui vous appelez (Paramètres → Vous) ont changé après votre confirmation, aucun appel n'a donc été passé. Vérifiez l'appel et confirmez-le à nouveau.
sent_too_late = L'ordinateur était en veille à l'heure prévue pour cet appel, il n'a donc pas été passé : AgentPhone ne passe jamais un appel en retard. Repassez-le si vous le souhaitez toujours.
closed_before_sending = AgentPhone a été fermé avant l'envoi de cet appel, il n'a donc pas été passé. Repassez-le si vous le souhaitez toujours.
already_being_placed = Cet appel a déjà été passé : son heure vient d'arriver. Suivez-le dans la liste ; il ne sera pas passé deux fois.
send_pending = Le mode entraînement n'a pas été modifié : { $count ->
        [one] un appel attend encore d'être envoyé.
       *[other] { $count } appels attendent encore d'être envoyés.
    } Attendez la fin de l'envoi (une minute au plus), ou supprimez les appels en attente, puis réessayez de changer de mode.
unknown_call = Cet appel ne figure plus dans votre historique : il a été supprimé, manuellement ou par le nettoyage automatique.
save_failed = AgentPhone n'a pas pu enregistrer { $file }. Vérifiez que le dossier existe toujours, que le disque n'est pas plein et que vous avez le droit d'y écrire, puis réessayez.
browser_not_opened = AgentPhone n'a pas pu ouvrir votre navigateur web. Ouvrez vous-même { $address } dans votre navigateur.
mail_not_opened = AgentPhone n'a pas pu ouvrir votre logiciel de messagerie. Configurez-en un dans les réglages du système, ou utilisez « Copier le résumé » et collez-le vous-même dans un message.
may_be_placed = AgentPhone a peut-être déjà passé un appel au { $phone } il y a un instant, mais n'a pas pu le confirmer. Vérifiez vos appels sur agentphone.app avant de passer un nouvel appel.
wrong_mode =
    .practice = Ceci est un appel d'entraînement : activez le mode entraînement dans les Paramètres pour le vérifier à nouveau.
    .live = Ceci est un appel réel : désactivez le mode entraînement dans les Paramètres pour le vérifier à nouveau.
already_open = AgentPhone est déjà ouvert (une autre copie de l'application utilise son dossier de données). Passez à cette fenêtre, ou fermez-la et rouvrez AgentPhone.
preferences = AgentPhone n'a pas pu enregistrer vos paramètres, la modification n'a donc pas été appliquée. Vérifiez que le disque n'est pas plein et que vous avez le droit d'écrire dans le dossier de données d'AgentPhone, puis réessayez.
unsafe_api_base = AgentPhone n'enverra pas votre clé à { $base } : l'adresse du service doit commencer par https:// (http:// simple n'est accepté que pour cet ordinateur). Corrigez ou supprimez AGENTPHONE_API_BASE, ou "apiBase" dans preferences.json, puis rouvrez AgentPhone.
history_unavailable = { $reason ->
        [busy] AgentPhone n'a pas pu ouvrir son historique des appels ({ $path }) : un autre programme utilise le fichier (un outil de sauvegarde ou de synchronisation, par exemple). Fermez ce programme ou attendez qu'il ait terminé, puis rouvrez AgentPhone. Rien n'a été déplacé ni supprimé.
        [read_only] AgentPhone n'a pas pu ouvrir son historique des appels ({ $path }) : AgentPhone n'a pas le droit d'y écrire. Vérifiez que le dossier et le fichier vous appartiennent et ne sont pas en lecture seule, puis rouvrez AgentPhone. Rien n'a été déplacé ni supprimé.
        [full] AgentPhone n'a pas pu ouvrir son historique des appels ({ $path }) : le disque est plein. Libérez de l'espace, puis rouvrez AgentPhone. Rien n'a été déplacé ni supprimé.
       *[other] AgentPhone n'a pas pu ouvrir son historique des appels ({ $path }). Redémarrez l'ordinateur, puis rouvrez AgentPhone. Rien n'a été déplacé ni supprimé.
    }
recording_downloading = L'enregistrement est déjà en cours de téléchargement ; il apparaîtra ici dès qu'il sera conservé.
invalid_api_base = L'adresse du service { $base } n'est pas une adresse web utilisable par AgentPhone, rien n'a donc été envoyé. Corrigez ou supprimez AGENTPHONE_API_BASE, ou "apiBase" dans preferences.json, puis rouvrez AgentPhone.
data_folder_unavailable = AgentPhone n'a pas pu utiliser son dossier de données ({ $folder }). Vérifiez que le disque n'est pas plein et que vous avez le droit d'y écrire, puis rouvrez AgentPhone.
connection_setup_failed = AgentPhone n'a pas pu préparer sa connexion Internet sur cet ordinateur, rien n'a donc été envoyé. Fermez AgentPhone, puis rouvrez-le.
practice_did_not_start = Le mode entraînement n'a pas pu démarrer sur cet ordinateur, rien n'a donc changé. Fermez AgentPhone, puis rouvrez-le.
spreadsheet_failed = AgentPhone n'a pas pu mettre ces appels dans une feuille de calcul, aucun fichier n'a donc été enregistré. Réessayez en sélectionnant moins d'appels.
interrupted = AgentPhone a interrompu cette étape de façon inattendue, elle n'a donc pas été effectuée ; rien de ce que vous avez saisi n'est perdu. Réessayez et, si le problème se reproduit, fermez AgentPhone, puis rouvrez-le.
time_in_the_past = Choisissez une heure à venir pour l'appel, ou lancez l'appel maintenant.

## Ce que Rust dit lui-même : boîtes de dialogue, notifications, avis au démarrage, fenêtres d'enregistrement.

closing-title = Fermer AgentPhone ?
closing-close = Fermer AgentPhone
closing-keep = Le laisser ouvert
closing-unsent = { $count ->
        [one] Un appel n'a pas encore été envoyé. Si vous fermez AgentPhone maintenant, il ne sera pas passé ; vous pourrez le repasser plus tard.
       *[other] Appels non encore envoyés : { $count }. Si vous fermez AgentPhone maintenant, ils ne seront pas passés ; vous pourrez les repasser plus tard.
    }
closing-going-on = { $count ->
        [one] Un appel est en cours auprès du service. Fermer AgentPhone ne l'arrête pas ; quand vous rouvrirez AgentPhone, il reprendra le suivi de l'appel et vous en montrera le résultat.
       *[other] Appels en cours auprès du service : { $count }. Fermer AgentPhone ne les arrête pas ; quand vous rouvrirez AgentPhone, il reprendra leur suivi et vous en montrera les résultats.
    }
closing-scheduled = { $count ->
        [one] Un appel est programmé pour plus tard. Il n'est pas passé tant qu'AgentPhone est fermé ; quand vous rouvrirez AgentPhone, vous pourrez le passer ou choisir une autre heure.
       *[other] Appels programmés pour plus tard : { $count }. Ils ne sont pas passés tant qu'AgentPhone est fermé ; quand vous rouvrirez AgentPhone, vous pourrez les passer ou choisir d'autres heures.
    }
notify-scheduled = Votre appel programmé vers { $who } commence maintenant.
notify-scheduled-unknown = Votre appel programmé commence maintenant.
notify-ended-unknown = Un appel est terminé. Ouvrez AgentPhone pour voir ce qui s'est passé.
notify-ended = { $who } — { $how ->
        [achieved] Réussi
        [partial] Partiellement réussi
        [not_achieved] Non réussi
        [failed] L'appel a échoué
        [canceled] L'appel a été annulé
       *[finished] Terminé
    }
notify-ended-summary = { $who } — { $how ->
        [achieved] Réussi
        [partial] Partiellement réussi
        [not_achieved] Non réussi
        [failed] L'appel a échoué
        [canceled] L'appel a été annulé
       *[finished] Terminé
    } : { $summary }
notice-preferences-aside = Vos préférences n'ont pas pu être lues : AgentPhone a donc mis le fichier de côté ({ $file }) et a démarré avec les paramètres par défaut. Rien d'autre n'a été modifié.
notice-history-aside = Votre historique des appels était endommagé : AgentPhone l'a donc déplacé vers { $file } (rien n'a été supprimé) et a commencé un nouvel historique, vide.
notice-kept-aside = Ce que vous aviez saisi n'a pas pu être récupéré : AgentPhone a donc mis son fichier de côté ({ $file }) et a démarré avec un formulaire vide.
save-calls-title = Exporter les appels vers une feuille de calcul
save-calls-kind = Feuille de calcul (CSV)
save-calls-kind-excel = Classeur Excel (.xlsx)
save-call-title = Exporter l'appel
save-call-kind = Markdown
save-recording-title = Sauvegarder l'enregistrement
save-recording-kind = Enregistrement audio

## Exports : les colonnes de la feuille de calcul et l'appel sous forme de document.

export-date = Date
export-number = Numéro
export-business = Entreprise
export-objective = Mission
export-status = Statut
export-outcome = Résultat
export-duration = Durée (s)
export-summary = Résumé
export-note = Note
export-labels = Étiquettes
export-recording = Enregistrement
export-practice = Entraînement
export-transcript = Transcription
export-yes = oui
export-title = Appel à { $who }
export-website = Site web
export-placed = Passé le
export-seconds = { $seconds } s
export-practice-call = Appel d'entraînement
export-practice-call-yes = oui, aucun appel réel n'a eu lieu
export-unknown-speaker = Inconnu
email-subject = { $who } : { $result }

## Le statut et le résultat d'un appel, dans la fenêtre comme dans les exports.

status-queued = En file d'attente
status-dialing = Numérotation
status-in_progress = En cours
status-completed = Terminé
status-failed = Échec
status-canceled = Annulé
outcome-achieved = Réussi
outcome-partial = Partiellement réussi
outcome-not_achieved = Non réussi

export-call-duration = Durée

## Le formulaire de nouvel appel, tel que Rust le vérifie.

check-phone-empty = Saisissez le numéro de téléphone à appeler.
check-phone-letters = Un numéro de téléphone ne contient que des chiffres (et des espaces, des tirets, des parenthèses ou un + au début). Les lettres ne peuvent pas être composées.
check-phone-symbols = Retirez les symboles : un numéro de téléphone ne contient que des chiffres, des espaces, des tirets, des parenthèses ou un + au début.
check-phone-no-digits = Saisissez les chiffres du numéro après le +.
check-phone-emergency = AgentPhone ne peut pas appeler les numéros d'urgence ni les numéros courts de services, comme le 911, le 112 ou le 999. Si vous avez besoin d'aide, appelez-les vous-même dès maintenant.
check-phone-country = Choisissez le pays de ce numéro, ou saisissez-le avec le + et l'indicatif du pays.
check-phone-unreadable = Cela ne ressemble pas à un numéro de téléphone. Vérifiez les chiffres, ou choisissez le bon pays.
check-phone-short = Ceci est un numéro court de service, pas la ligne d'une entreprise. AgentPhone ne peut appeler que des numéros de téléphone complets.
check-phone-invalid = Ce numéro de téléphone n'est pas valide pour ce pays. Vérifiez les chiffres, ou choisissez le bon pays.
check-phone-premium = Ceci est un numéro surtaxé : l'appeler coûte plus cher à la minute. AgentPhone n'appelle pas les numéros surtaxés ; cherchez le numéro habituel de l'entreprise sur son site web.
check-note-shared-cost = Ceci est un numéro à coût partagé : l'appel peut coûter plus cher qu'un appel ordinaire.
check-note-personal = Ceci est un numéro de renvoi personnel : il peut aboutir chez une personne plutôt qu'à l'entreprise.
check-note-pager = Ceci est un numéro de radiomessagerie : personne ne pourra y parler avec l'agent.
check-note-voicemail = Ceci est un numéro de messagerie vocale : il aboutit à une boîte vocale, pas à une personne.
check-objective-empty = Décrivez ce que l'agent doit faire pendant l'appel.
check-objective-too-long = Raccourcissez ce que l'agent doit faire : { $chars } sur { $limit } caractères.
check-business-too-long = Limitez le nom de l'entreprise à { $limit } caractères au maximum.
check-website-too-long = Limitez l'adresse web à { $limit } caractères au maximum, ou laissez-la vide.
check-website-invalid = Saisissez l'adresse web de l'entreprise, par exemple https://example.com, ou laissez-la vide.
check-caller-too-long = { $limit } caractères au maximum.
check-voicemail-too-long = Le message pour la messagerie vocale ne doit pas dépasser { $limit } caractères.
check-business-name-empty = Donnez un nom à l'entreprise pour pouvoir la retrouver.
check-business-note-too-long = Limitez la note à { $limit } caractères au maximum.
check-business-number-kept = Ce numéro est déjà enregistré sous le nom « { $name } ». Ouvrez la fiche de cette entreprise pour la modifier.
check-business-gone = Cette entreprise n'est plus enregistrée : elle a été retirée entre-temps. Enregistrez-la à nouveau si vous en avez besoin.
check-speaks-unknown = Choisissez une langue dans la liste, ou « Non précisée ».

## L'écran d'un appel : sa progression, son résultat, sa transcription, son enregistrement, ses notes et ses étiquettes.

# Le statut d'un appel, en titre ou en badge.
call-status-not-started = Non démarré
# La durée d'un appel : 42 s, 1 min 15 s.
call-duration-seconds = { $seconds } s
call-duration-minutes = { $minutes } min { $seconds } s
# Qui a parlé dans la transcription : notre agent, ou l'entreprise appelée quand elle n'a pas de nom.
call-speaker-agent = Agent AgentPhone
call-speaker-business = Entreprise
# Une réplique de la transcription, telle que copiée : qui a parlé et ce qui a été dit.
call-transcript-line = { $speaker } : { $text }

# Boutons sous un problème.
call-open-settings = Ouvrir les Paramètres
call-open-api-keys = Ouvrir la page des clés API
call-open-site = Ouvrir agentphone.app

# La note et les étiquettes de la personne sur un appel.
call-notes-heading = Votre note et vos étiquettes
call-note = Note
call-note-saved = Note enregistrée.
call-labels = Étiquettes
call-remove-label = Retirer l'étiquette { $label }
call-new-label = Nouvelle étiquette
call-new-label-placeholder = Ajoutez une étiquette, p. ex. réservé
call-add-label = Ajouter l'étiquette

# Les étapes d'un appel.
call-progress = Progression
call-progress-steps = Progression de l'appel
# La dernière étape, avant que l'appel ne soit terminé.
call-step-end = Terminé / échec / annulé

call-transcript = Transcription
call-transcript-hint = Pendant la lecture de l'enregistrement, la réplique en cours est mise en évidence ; cliquez sur une réplique pour l'écouter. Les positions sont estimées : elles sont donc approximatives.

# Le lecteur d'enregistrement.
call-player = Lecteur d'enregistrement
call-play = Lecture
call-pause = Pause
call-back = Reculer de { $seconds } s
call-forward = Avancer de { $seconds } s
# Où en est l'enregistrement, pour les lecteurs d'écran : affiché sous la forme 0:42 / 1:15.
call-position = Position
call-seek = Curseur de lecture
call-speed = Vitesse
# Une vitesse de lecture : 0,75×, 2×.
call-speed-option = { $speed }×
call-volume = Volume
call-save-recording-as = Sauvegarder l'enregistrement sous…
# $path : le fichier dans lequel un enregistrement ou un appel a été sauvegardé.
call-saved-to = Enregistré sous { $path }.
call-player-keys = La touche Espace lance ou met en pause la lecture ; les touches fléchées reculent ou avancent de { $seconds ->
        [one] { $seconds } seconde.
       *[other] { $seconds } secondes.
    }

# Le résultat d'un appel terminé.
call-result = Résultat
# $duration : la durée de l'appel (1 min 15 s).
call-duration = Durée : { $duration }
call-credits-left = { $count ->
        [one] { $count } crédit restant
       *[other] { $count } crédits restants
    }
call-results-pending = Les résultats peuvent encore changer : le résumé ou la transcription n'était pas encore arrivé.
call-follow-up = Appel de suivi…
call-call-again = Rappeler…
call-try-later = Réessayer plus tard…
call-email = Envoyer par e-mail…
call-email-transcript = avec la transcription
call-print = Imprimer…
call-export = Exporter…
call-copy-summary = Copier le résumé
call-copy-transcript = Copier la transcription
call-summary-copied = Résumé copié.
call-transcript-copied = Transcription copiée.
call-summary-not-copied = Impossible de copier le résumé ; sélectionnez-le et copiez-le manuellement.
call-transcript-not-copied = Impossible de copier la transcription ; sélectionnez-la et copiez-la manuellement.
call-recording-kept = L'enregistrement est conservé sur cet ordinateur.
call-recording-saving = Sauvegarde de l'enregistrement sur cet ordinateur…
# $percent : la part de l'enregistrement déjà reçue, de 0 à 100.
call-recording-saving-percent = Sauvegarde de l'enregistrement sur cet ordinateur… { $percent } %
call-recording-not-here = L'enregistrement n'est pas encore sur cet ordinateur.
call-download-recording = Télécharger l'enregistrement

# La page de l'appel. Un appel en mode entraînement porte ce badge.
call-practice = Entraînement
# Sous le nom de l'entreprise, après son numéro de téléphone. $time : une heure (15:04) ; $elapsed : une durée (1 min 15 s).
call-confirmed-at = confirmé à { $time }
call-confirmed-not-sent = confirmé à { $time } · pas encore envoyé
call-placed-at = passé à { $time } · { $elapsed }
# Une ligne, « Fait suite à [un appel précédent]. », dont la partie centrale est un lien vers cet appel.
# Placez des mots avant ou après le lien selon les besoins de la langue ; une partie peut être vide : { "" }.
call-follows-up-before = Fait suite à
call-follows-up-link = un appel précédent
call-follows-up-after = { "." }
call-placing = Lancement de l'appel…
# Un appel en cours. $who : l'entreprise ou son numéro ; $elapsed : depuis combien de temps il dure (1 min 15 s) ;
# $shown : un statut qu'AgentPhone ne connaît pas, tel que le service l'a nommé.
call-calling = Appel à { $who }… { $status ->
        [queued] en file d'attente
        [dialing] numérotation
        [in_progress] en cours
        [completed] terminé
        [failed] échec
        [canceled] annulé
       *[other] { $shown }
    } · { $elapsed }
# Annoncé aux lecteurs d'écran quand le statut d'un appel change.
call-status-changed = Appel { $status ->
        [queued] en file d'attente
        [dialing] en cours de numérotation
        [in_progress] en cours
        [completed] terminé
        [failed] échoué
        [canceled] annulé
       *[other] { $shown }
    }.
call-unconfirmed = Nous n'avons pas pu confirmer que l'appel a été passé — vérification…
call-may-be-placed = AgentPhone a peut-être passé cet appel. Vérifiez sur agentphone.app avant de rappeler.
call-check-again = Vérifier à nouveau
call-not-placed = Non passé.
call-still-running = Toujours en cours.
call-busy-countdown = Le service est occupé. Pas encore envoyé, aucun crédit utilisé. Nouvel essai dans { $seconds ->
        [one] { $seconds } seconde…
       *[other] { $seconds } secondes…
    }
call-busy = Le service est occupé. Pas encore envoyé, aucun crédit utilisé. AgentPhone va réessayer dans un instant…
call-dont-place = Ne pas passer cet appel
call-asked-and-went = Votre demande et le déroulement de l'appel
call-asked = Votre demande
call-follow-ups = Appels de suivi
call-new-call = Nouvel appel
call-keep-business = Enregistrer cette entreprise…
call-business-page = Tous les appels à { $name }
call-loading = Chargement de l'appel…

## La liste Historique, ses filtres et le bilan du mois ; les Paramètres (clé API, mode entraînement, langue, notifications, suppression des anciens appels).

list-history-heading = Historique
# Le bouton qui exporte les appels affichés par la liste (tous, pas seulement ceux visibles à l'écran).
list-export = { $count ->
        [one] Exporter { $count } appel…
       *[other] Exporter { $count } appels…
    }
# Une case à cocher après le bouton d'export.
list-export-with-transcripts = avec les transcriptions
list-export-excel = Exporter pour Excel…
# $path : le fichier dans lequel les appels ont été enregistrés.
list-export-saved = { $count ->
        [one] { $count } appel enregistré dans { $path }.
       *[other] { $count } appels enregistrés dans { $path }.
    }
list-opening = Ouverture de votre historique des appels…
list-no-match = Aucun appel ne correspond.
list-empty = Aucun appel pour l'instant. Les appels que vous passerez apparaîtront ici, du plus récent au plus ancien.
# Le nom de la liste des appels pour les lecteurs d'écran.
list-calls-label = Appels
list-businesses-label = Entreprises enregistrées
# Où en est un appel, sur son badge dans la liste.
list-progress-not-placed = Non passé
list-progress-placing = Pas encore envoyé
list-progress-sending = Lancement…
list-progress-waiting = En attente d'un nouvel essai
list-progress-unconfirmed = Vérification…
list-progress-may-be-placed = Non confirmé
list-progress-still-running = Toujours en cours
# $when : le jour et l'heure, déjà en toutes lettres (« aujourd'hui à 15:00 », « demain (mar. 4 mars) à 09:00 »).
list-progress-scheduled = Programmé { $when }
list-progress-missed = Heure dépassée
# Le badge d'un appel simulé en mode entraînement.
list-practice-badge = Entraînement
list-remove-group = Supprimer cet appel
list-remove-ringing = Cet appel est peut-être déjà en train de sonner. Le supprimer le retire seulement de cette liste — cela n'arrête pas l'appel. Le supprimer quand même ?
list-remove-anyway = Supprimer quand même
list-keep-it = Le garder
list-cancel-scheduled-question = Annuler cet appel programmé ? Il ne sera pas passé.
list-delete-question = Supprimer cet appel, son enregistrement et sa transcription ? Cette action est irréversible.
list-remove = Supprimer
list-keep = Garder
# Le bouton × d'un appel dans la liste ; $who : un nom d'entreprise ou un numéro de téléphone.
list-remove-call = Supprimer l'appel à { $who }
list-show-more = Afficher plus (encore { $count })

# Les filtres de la liste Historique.
list-search = Rechercher dans les appels
list-filter-outcome = Filtrer par résultat
list-outcome-all = Tous les résultats
list-outcome-achieved = Réussi
list-outcome-partial = Partiellement réussi
list-outcome-not-achieved = Non réussi
list-outcome-failed = Échec ou pas de réponse
list-outcome-not-placed = Non passé
list-filter-mode = Filtrer par mode
list-mode-all = Réels et entraînement
list-mode-live = Réels uniquement
list-mode-practice = Entraînement uniquement
list-filter-label = Filtrer par étiquette
list-label-all = Toutes les étiquettes
list-filter-date = Filtrer par date
list-filter-button = Filtrer
list-filter-button-count = Filtrer ({ $count })
list-filter-active = Filtres actifs
list-filter-remove = Retirer le filtre { $filter }
list-date-any = Toutes les dates
list-date-today = Aujourd'hui
list-date-week = 7 derniers jours
list-date-month = 30 derniers jours
list-date-range = Entre deux dates…
list-order = Ordre
list-order-newest = Plus récents d'abord
list-order-oldest = Plus anciens d'abord
# Avant un champ de date : le premier jour affiché.
list-date-from = Du
# Avant un champ de date : le dernier jour affiché.
list-date-to = Au

# Ce mois-ci en un coup d'œil, au-dessus de la liste : chaque information à part, séparées par « · ».
list-overview-label = Ce mois-ci
list-overview-calls = { $count ->
        [one] Ce mois-ci : { $count } appel
       *[other] Ce mois-ci : { $count } appels
    }
list-overview-achieved = réussis : { $achieved } sur { $outOf }
list-overview-credits = { $count ->
        [one] { $count } crédit utilisé pour des appels réels
       *[other] { $count } crédits utilisés pour des appels réels
    }
# $duration : la durée moyenne d'un appel, déjà en toutes lettres (« 2 min 5 s »).
list-overview-average = durée moyenne : { $duration }

list-settings-heading = Paramètres
list-caller-heading = Vous
list-caller-hint = Si vous remplissez ces champs, l'agent indique à chaque appel pour qui il appelle et comment rappeler. Vous pouvez les omettre pour n'importe quel appel.
list-caller-name = Votre nom
list-caller-organisation = Organisation
list-caller-callback = Numéro de rappel
list-caller-reference = Référence
list-caller-reference-placeholder = p. ex. numéro client 44-1290
list-caller-save = Enregistrer
list-caller-saved = Enregistré. L'agent en est informé à chaque appel.
list-caller-cleared = Effacé. L'agent n'est pas informé de la personne pour qui il appelle.
list-caller-not-saved = Non enregistré : corrigez ce qui est signalé, puis enregistrez à nouveau.

list-key-heading = Clé API AgentPhone
list-key-checking-keychain = Vérification du trousseau de votre système…
# Suivi de la clé, dont tous les caractères sauf les derniers sont masqués (••••••9876).
list-key-stored = Une clé est enregistrée :
list-key-none = Aucune clé n'est encore enregistrée.
list-key-label = Clé API
list-key-label-new = Nouvelle clé API
list-key-hint = Les clés AgentPhone s'obtiennent sur agentphone.app, dans Dashboard → API keys (une clé d'un autre service sera refusée). Elle est conservée uniquement dans le trousseau de votre système et ne sera plus jamais affichée en entier.
list-key-open-page = Ouvrir la page des clés API sur agentphone.app
list-key-placeholder = Collez votre clé ici
list-key-save = Enregistrer la clé
list-key-replace = Remplacer la clé
list-key-checking = Vérification de la clé auprès d'AgentPhone…
list-key-remove-question = Supprimer la clé ? Vous ne pourrez plus passer d'appels tant que vous n'en aurez pas ajouté une autre.
list-key-remove-yes = Oui, supprimer la clé
list-key-keep = Garder la clé
list-key-remove = Supprimer la clé
# Suivi de la raison pour laquelle la clé n'a pas pu être vérifiée (une phrase à part entière).
list-key-saved-not-checked = Clé enregistrée dans le trousseau de votre système, mais elle n'a pas pu être vérifiée pour le moment.
list-key-works = La clé fonctionne. Elle est conservée dans le trousseau de votre système.
list-key-works-replaced = La clé fonctionne. La nouvelle clé a remplacé l'ancienne dans le trousseau de votre système.
list-key-removed = Clé supprimée du trousseau de votre système.

list-practice-heading = Mode entraînement
# Le nom de l'interrupteur du mode entraînement pour les lecteurs d'écran.
list-practice-switch = Mode entraînement
# À côté d'un interrupteur activé.
list-switch-on = Activé
# À côté d'un interrupteur désactivé.
list-switch-off = Désactivé
list-practice-note-on = Les appels sont simulés dans l'application. Aucun téléphone ne sonne et aucun crédit n'est utilisé.
list-practice-note-no-key = Activez-le pour essayer AgentPhone sans clé. Les appels réels nécessitent votre clé AgentPhone (section « Clé API AgentPhone »).
list-practice-note-off = Les appels sont réels : le téléphone de l'entreprise sonne et chaque appel utilise un crédit.

list-language-heading = Langue
list-language-label = Langue d'AgentPhone
list-language-system = Langue du système

list-notify-heading = Notifications
list-notify-when-done = Me prévenir quand un appel se termine alors qu'AgentPhone est en arrière-plan

# Suppression des anciens appels. $what : recordings (les appels restent) ou calls (les appels entiers) ; $days : leur âge.
list-retention-heading = Supprimer automatiquement les anciens appels
list-retention-rule = { $what ->
        [recordings] { $days ->
            [one] AgentPhone supprime les enregistrements de plus de { $days } jour, au démarrage puis une fois par jour.
           *[other] AgentPhone supprime les enregistrements de plus de { $days } jours, au démarrage puis une fois par jour.
        }
       *[calls] { $days ->
            [one] AgentPhone supprime les appels de plus de { $days } jour, au démarrage puis une fois par jour.
           *[other] AgentPhone supprime les appels de plus de { $days } jours, au démarrage puis une fois par jour.
        }
    }
list-retention-off = AgentPhone conserve chaque appel et chaque enregistrement jusqu'à ce que vous les supprimiez.
# La règle se lit comme une ligne de commandes : Supprimer [les enregistrements (les appels restent) | les appels entiers] de plus de [90] jours.
list-retention-delete = Supprimer
list-retention-what = Éléments à supprimer
list-retention-recordings = les enregistrements (les appels restent)
list-retention-calls = les appels entiers
list-retention-older-than = de plus de
# Le nom du champ du nombre de jours pour les lecteurs d'écran.
list-retention-days = Jours
# Après le champ du nombre de jours.
list-retention-day-unit = { $days ->
        [one] jour
       *[other] jours
    }
list-retention-none-old = { $what ->
        [recordings] Aucun enregistrement n'est aussi ancien pour le moment.
       *[calls] Aucun appel n'est aussi ancien pour le moment.
    }
list-retention-would-delete = { $what ->
        [recordings] { $count ->
            [one] Cela supprimerait { $count } enregistrement dès maintenant. Les appels encore en cours ne sont jamais supprimés.
           *[other] Cela supprimerait { $count } enregistrements dès maintenant. Les appels encore en cours ne sont jamais supprimés.
        }
       *[calls] { $count ->
            [one] Cela supprimerait { $count } appel dès maintenant. Les appels encore en cours ne sont jamais supprimés.
           *[other] Cela supprimerait { $count } appels dès maintenant. Les appels encore en cours ne sont jamais supprimés.
        }
    }
list-retention-save = Enregistrer la règle
# Le bouton qui active la règle, quand elle supprime aussitôt quelque chose.
list-retention-turn-on-deleting = { $what ->
        [recordings] { $count ->
            [one] { $days ->
                [one] Supprimer { $count } enregistrement maintenant et continuer à supprimer ceux de plus de { $days } jour
               *[other] Supprimer { $count } enregistrement maintenant et continuer à supprimer ceux de plus de { $days } jours
            }
           *[other] { $days ->
                [one] Supprimer { $count } enregistrements maintenant et continuer à supprimer ceux de plus de { $days } jour
               *[other] Supprimer { $count } enregistrements maintenant et continuer à supprimer ceux de plus de { $days } jours
            }
        }
       *[calls] { $count ->
            [one] { $days ->
                [one] Supprimer { $count } appel maintenant et continuer à supprimer ceux de plus de { $days } jour
               *[other] Supprimer { $count } appel maintenant et continuer à supprimer ceux de plus de { $days } jours
            }
           *[other] { $days ->
                [one] Supprimer { $count } appels maintenant et continuer à supprimer ceux de plus de { $days } jour
               *[other] Supprimer { $count } appels maintenant et continuer à supprimer ceux de plus de { $days } jours
            }
        }
    }
list-retention-turn-on = Activer
list-retention-turn-off = Désactiver
# Une fois la règle enregistrée : $count appels ou enregistrements ont été supprimés aussitôt.
list-retention-saved = Règle enregistrée. Supprimés dès maintenant : { $count } ; les autres le seront au fil du temps.
list-retention-all-kept = Tout est conservé.

## L'en-tête de la fenêtre, l'écran d'accueil, le formulaire de nouvel appel, la confirmation et les appels programmés.

form-app-name = AgentPhone
form-mode-label = Mode :
form-mode-checking = Vérification…
form-mode-starting-hint = AgentPhone démarre
form-mode-practice = Entraînement
form-mode-practice-hint = Les appels sont simulés : aucun téléphone ne sonne, aucun crédit n'est utilisé
form-mode-key-unavailable = Clé indisponible
form-mode-key-looking-hint = Recherche de votre clé dans le trousseau du système
form-mode-live = Réel
form-mode-live-hint = Les appels sont réels et utilisent vos crédits AgentPhone
form-mode-live-other = Réel · { $service }
form-mode-live-other-hint = Les appels sont réels et passent par le service à l'adresse { $service }, et non par agentphone.app
form-mode-no-key = Pas encore de clé
form-mode-no-key-hint = Ajoutez votre clé AgentPhone dans les Paramètres pour passer des appels
form-practice-credits-hint = Crédits fictifs du mode entraînement ; votre compte n'est pas débité
form-practice-credits = Crédits d'entraînement : { $count }
form-practice-credits-unknown = Crédits d'entraînement : —
form-credits-hint = Crédits restants sur votre compte AgentPhone, d'après la dernière indication du service
form-credits = Crédits : { $count } (à { $time })
form-credits-unknown = Crédits : —
form-credits-later = (affichés après votre premier appel)
form-nav-label = Application
form-nav-new-call = Nouvel appel
form-nav-settings = Paramètres
form-nav-shortcuts = Raccourcis clavier
shortcuts-heading = Raccourcis clavier
shortcuts-close = Fermer
shortcut-new-call = Nouvel appel, curseur dans le numéro
shortcut-search = Rechercher dans l'historique
shortcut-review = Depuis le formulaire : vérifier l'appel avant de le passer (l'appel n'est jamais passé ainsi)
shortcut-back = Revenir en arrière, ou fermer ce qui est ouvert
shortcut-next-call = Appel suivant de la liste
shortcut-previous-call = Appel précédent de la liste
shortcut-play = Sur un appel : lire ou mettre en pause l'enregistrement
shortcut-settings = Paramètres
shortcut-list = Cette liste (aussi ? hors des zones de texte)
key-ctrl = Ctrl
key-alt = Alt
key-enter = Entrée
key-escape = Échap
key-space = Espace
form-nav-close-settings = Fermer les paramètres
form-practice-banner = Entraînement — aucun appel réel n'est passé. Les appels affichés ici sont simulés par AgentPhone pour vous montrer chaque écran.
form-held-heading = Appels réels programmés pour plus tard
form-held-note = Ces appels réels ne sont pas passés tant que le mode entraînement est activé. Désactivez le mode entraînement pour qu'ils soient passés à l'heure prévue.
# $who est l'entreprise ou le numéro de téléphone ; $time est l'heure prévue de l'appel (affichée en gras).
form-held-call = { $who } : { $time }
form-missed-heading = Appels programmés qui n'ont pas été passés
form-welcome-heading = Bienvenue dans AgentPhone
form-welcome-intro = Avec AgentPhone, un agent IA appelle une entreprise pour vous — pour réserver une table, résilier un abonnement ou se renseigner sur une politique de retour — puis vous montre le résultat, un résumé, la transcription et l'enregistrement.
form-welcome-key-heading = Utiliser votre clé AgentPhone
form-welcome-key-note = Collez la clé API obtenue sur agentphone.app. Elle est conservée dans le trousseau de votre système.
form-welcome-key-button = Coller une clé AgentPhone
form-welcome-practice-heading = Essayer d'abord
form-welcome-practice-note = Le mode entraînement vous montre chaque écran avec des appels simulés. Aucun téléphone ne sonne et aucun crédit n'est utilisé.
form-welcome-practice-button = Essayer le mode entraînement
form-new-call-heading = Nouvel appel
form-wait-for-placing = Attendez que l'appel en cours d'envoi ait été passé.
form-checking-details = Vérification des informations…
form-earlier-call = L'appel précédent
form-following-up = Suite de votre appel à { $who }.
form-make-separate = En faire un appel distinct
form-you-asked = Votre demande :
form-their-answer = Leur réponse :
form-no-summary = Aucun résumé n'a été fourni.
form-calling-status = Appel à { $who }… L'appel est en cours d'envoi ; il s'ouvrira ici dès qu'il aura été passé.
form-phone-label = Numéro de téléphone
form-country-label = Pays du numéro
form-phone-placeholder = p. ex. (415) 555-0132
# $number est le numéro tel qu'il sera composé (affiché en gras).
form-will-dial = Numéro qui sera composé : { $number }
form-phone-help = Saisissez-le comme vous le composeriez, ou commencez par + et l'indicatif du pays.
form-business-label = Nom de l'entreprise
form-website-label = Site web
form-website-placeholder = p. ex. luigis.com
form-website-help = L'agent le consulte avant d'appeler.
form-objective-label = Que doit faire l'agent ?
form-link-filled = Le numéro du lien que vous avez ouvert est saisi. Vérifiez-le, dites ce que l'agent doit faire et confirmez : aucun appel n'est passé avant.
form-link-refused = Le lien que vous avez ouvert ne contient pas de numéro de téléphone, rien n'a donc été saisi.
form-for-caller = Dire pour qui est cet appel : { $who }
form-voicemail-label = En cas de messagerie vocale, laisser ce message
form-speaks-label = Langue parlée
form-speaks-not-said = Non précisée
form-speaks-help = L'agent saura dans quelle langue leur parler.
form-suggestions-label = Entreprises enregistrées
form-objective-label-follow-up = Que doit faire l'agent maintenant ?
form-objective-count = { $count } sur { $limit ->
        [one] { $limit } caractère
       *[other] { $limit } caractères
    }
form-save-template = Enregistrer comme modèle
form-place-call = Passer l'appel…
form-optional = (facultatif)
form-advice-label = Comment bien rédiger la mission
form-advice-specific = Soyez précis.
form-advice-what = Indiquez ce dont l'agent a besoin : noms, dates, heures, nombre de personnes, numéros de compte ou de dossier.
form-advice-example = Pas « Appeler le restaurant », mais « Demander une table pour 4 personnes ce soir à 19 h ; si c'est possible, réserver au nom de Sarah ».
form-templates-intro = Vos modèles (cliquez pour en utiliser un) :
form-templates-label = Vos modèles
form-remove-template = Supprimer le modèle : { $template }
form-examples-intro = Exemples (cliquez pour en utiliser un) :
form-example-table = Demander une table pour 4 personnes ce soir à 19 h ; si c'est possible, réserver au nom de Sarah.
form-example-gym = Résilier l'abonnement à la salle de sport d'Alex Morgan, numéro d'adhérent 44718, à la fin de ce mois.
form-example-return = Demander quelle est la politique de retour pour une bouilloire non ouverte achetée il y a 20 jours, commande 55-1029.
form-check-heading = Vérifiez avant d'appeler
# $number est le numéro à appeler (affiché en gras).
form-will-call = AgentPhone va appeler le { $number } pour :
form-will-call-business = AgentPhone va appeler le { $number } ({ $business }) pour :
form-follows-up = Il fait suite à votre appel à { $who } ; les deux sont affichés ensemble.
form-called-moments-ago = Vous avez appelé ce numéro il y a moins d'une minute. Assurez-vous de vouloir rappeler.
form-called-minutes-ago = Vous avez appelé ce numéro il y a { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }. Assurez-vous de vouloir rappeler.
form-open-that-call = Ouvrir cet appel
form-practice-no-ring = Mode entraînement : aucun vrai téléphone ne sonnera.
# Affiché en gras avant la phrase indiquant quel téléphone sonne.
form-real-call = Ceci est un appel réel :
form-real-call-rings = le téléphone de { $who } sonnera quand vous cliquerez sur Appeler maintenant, et l'appel utilisera 1 crédit.
form-real-call-rings-left = le téléphone de { $who } sonnera quand vous cliquerez sur Appeler maintenant, et l'appel utilisera 1 crédit (il en reste { $left }).
form-scheduled-real-call-rings = le téléphone sonnera quand vous cliquerez sur Appeler maintenant, et l'appel utilisera 1 crédit.
form-open-site = Ouvrir agentphone.app
form-checked-place-another = J'ai vérifié — passer un autre appel
form-calling = Appel en cours…
form-call-now = Appeler maintenant
form-calling-for = Appel pour : { $who }
form-calling-for-callback = Appel pour : { $who } · rappeler au { $callback }
form-call-back-on = Rappeler au { $callback }
form-told-heading = Ajouté à ce qui est dit à l'agent :
form-call-later = Appeler plus tard…
form-change-details = Modifier les informations
form-later-note = L'appel est passé à cette heure-là si AgentPhone est ouvert ; s'il est fermé à ce moment-là, il vous demandera d'abord confirmation.
form-when-to-call = Quand appeler
form-in-an-hour = Dans 1 heure
form-tomorrow-at-nine = Demain à 9 h
form-at = À
form-schedule = Programmer
# $time est l'heure à laquelle l'appel était prévu (affichée en gras).
form-missed-note = L'appel à { $who } était programmé { $time }. Il n'a pas été passé à ce moment-là (AgentPhone était fermé, le mode entraînement était activé ou l'ordinateur était en veille).
form-scheduled-note = Programmé { $time }. AgentPhone le passera à ce moment-là s'il est ouvert.
form-call-now-review = Appeler maintenant…
form-reschedule = Reprogrammer…
form-change-time = Changer l'heure…
form-cancel-call = Annuler l'appel
form-back = Retour
form-new-time = Nouvelle heure pour l'appel
form-call-anyway = J'ai vérifié : appeler quand même
# Une heure programmée, telle qu'on la dit ; $time est l'heure (« 15:46 »), $day la date courte (« mar. 1 déc. »).
form-schedule-today = aujourd'hui à { $time }
form-schedule-tomorrow = demain ({ $day }) à { $time }
form-schedule-yesterday = hier ({ $day }) à { $time }
form-schedule-day = le { $day } à { $time }

## Où en est un appel, tel que l'historique le garde.

problem-busy-after-wait = Le service est toujours occupé après une minute d'attente, l'appel n'a donc pas été passé. Réessayez dans quelques minutes.
problem-closed-while-waiting = Le service était occupé et AgentPhone a été fermé avant de pouvoir réessayer, cet appel n'a donc pas été passé. Passez-le à nouveau si vous en avez toujours besoin.
problem-forgotten = Le service ne connaît plus cet appel. Son dernier état connu est conservé ici ; cliquez sur Vérifier à nouveau pour redemander.
problem-still-running = L'appel a été suivi pendant { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } et n'est pas encore terminé. Cliquez sur Vérifier à nouveau pour regarder encore, ou consultez-le sur agentphone.app.
problem-may-be-placed = AgentPhone a peut-être passé cet appel, mais n'a pas pu le confirmer. Vérifiez vos appels sur agentphone.app avant de rappeler, ou cliquez sur Vérifier à nouveau.

## Une entreprise enregistrée : sa fiche, et l'enregistrement ou la modification d'une entreprise.

business-heading-new = Enregistrer cette entreprise
business-name-label = Nom
business-phone-label = Numéro de téléphone
business-note-label = Note
business-note-placeholder = p. ex. demander Mme Berg ; ouvert du lundi au vendredi
business-keep = Enregistrer l'entreprise
business-save-changes = Enregistrer les modifications
business-cancel = Annuler
business-not-saved = Non enregistrée : corrigez ce qui est signalé, puis réessayez.
business-new-call = Nouvel appel à cette entreprise
business-change = Modifier…
business-forget = Retirer cette entreprise…
business-forget-question = Retirer cette entreprise ? Ses appels restent dans votre historique.
business-forget-confirm = Retirer
business-keep-it = La garder
business-calls-heading = Appels
business-no-calls = Aucun appel à ce numéro pour l'instant.
business-gone-heading = Entreprise non enregistrée
business-forgotten = Cette entreprise n'est plus enregistrée. Ses appels restent dans votre historique.
business-loading = Ouverture de la fiche de l'entreprise…
