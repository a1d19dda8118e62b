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

empty_key = Le champ de la clé est vide. Collez votre clé API AgentPhone, puis cliquez sur Enregistrer.
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
