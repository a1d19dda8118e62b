## Las palabras de AgentPhone en español, traducidas de en.ftl, la fuente de
## todos los mensajes, para la ventana y para Rust (errores, sus códigos y datos).
## Cada idioma tiene un archivo con el mismo nombre, los mismos mensajes
## y los mismos datos ($name).
##
## Glosario: call → llamada; objective ("what the agent should do") → encargo
## ("¿Qué debe hacer el agente?"); outcome → resultado; Practice mode → modo
## de práctica; credits → créditos; API key → clave de API; keychain → llavero.
## No se traducen: agentphone.app, AgentPhone, GNOME Keyring, KWallet,
## AGENTPHONE_API_BASE, "apiBase", preferences.json, https://, http://.

## Errores: el id es el código del error; los atributos `.case` son sus casos.

empty_key = El campo de la clave está vacío. Pegue su clave de API de AgentPhone y haga clic en Guardar clave.
no_keychain_service = No hay ningún servicio de llavero en ejecución. En Linux, instale e inicie GNOME Keyring o KWallet (vienen con la mayoría de los escritorios) y vuelva a intentarlo. AgentPhone nunca guarda su clave en ningún otro lugar; el modo de práctica funciona sin llavero.
no_session_bus = AgentPhone no pudo comunicarse con su sesión de escritorio, así que no puede usar un llavero. Inicie GNOME Keyring o KWallet (normalmente basta con cerrar la sesión y volver a iniciarla; instale uno si su escritorio no tiene ninguno) y vuelva a intentarlo. El modo de práctica funciona sin llavero.
keychain_locked = Su llavero está bloqueado, o se cerró la solicitud para desbloquearlo. Desbloquéelo (normalmente con su contraseña de inicio de sesión) y vuelva a intentarlo.
keychain_failed = El llavero rechazó la solicitud. Vuelva a intentarlo; si sigue ocurriendo, reinicie el equipo.
no_key = Todavía no hay ninguna clave de AgentPhone guardada, así que no se realizó ninguna llamada. Agregue su clave en Configuración o pruebe el modo de práctica.
invalid_form = Antes hay que corregir algunos datos de la llamada, así que no se realizó ninguna llamada. Revise los campos marcados.
invalid_input = El servicio de AgentPhone no aceptó la solicitud. Indicó: “{ $message }” Revise los datos y vuelva a intentarlo; todo lo que escribió sigue ahí.
key_refused = El servicio de AgentPhone rechazó su clave de API. Las claves de AgentPhone se obtienen en agentphone.app (Dashboard → API keys): copie allí la suya, péguela en Configuración y vuelva a intentarlo.
out_of_credits = Su cuenta de AgentPhone ya no tiene créditos, así que no se realizó ninguna llamada. Agregue créditos en agentphone.app y vuelva a intentarlo.
rate_limited =
    .wait = El servicio de AgentPhone está recibiendo demasiadas solicitudes con esta clave. Pide esperar { $retryAfterSeconds ->
        [one] { $retryAfterSeconds } segundo
       *[other] { $retryAfterSeconds } segundos
    }; espere un minuto y vuelva a intentarlo.
    .unknown = El servicio de AgentPhone está recibiendo demasiadas solicitudes con esta clave. Espere un minuto y vuelva a intentarlo.
server_error = El servicio de AgentPhone tuvo un problema interno (error { $status }). Vuelva a intentarlo dentro de unos minutos.
network = AgentPhone no pudo comunicarse con el servicio. Compruebe su conexión a internet y vuelva a intentarlo.
could_not_connect = AgentPhone no pudo conectarse con el servicio, así que no se envió nada. Compruebe su conexión a internet y vuelva a intentarlo.
timeout = El servicio de AgentPhone tardó demasiado en responder. Compruebe su conexión a internet y vuelva a intentarlo.
malformed_answer = { $request ->
        [placing] Al realizar la llamada, el servicio de AgentPhone envió una respuesta que la aplicación no pudo leer. No vuelva a realizarla todavía: AgentPhone está comprobando si se realizó.
        [reading] El servicio de AgentPhone envió una respuesta sobre una llamada que la aplicación no pudo leer. AgentPhone volverá a consultarlo en un momento; si sigue ocurriendo, busque una actualización de la aplicación.
       *[listing] El servicio de AgentPhone envió una lista de llamadas que la aplicación no pudo leer. Vuelva a intentarlo en un momento; si sigue ocurriendo, busque una actualización de la aplicación.
    }
call_not_found = El servicio de AgentPhone no reconoce la llamada { $callId }. Puede que se haya realizado con otra clave.
recording = { $reason ->
        [not_kept] En este modo no se guardan las grabaciones.
        [no_link] El servicio todavía no ha proporcionado ninguna grabación de esta llamada. Vuelva a intentarlo más tarde.
        [folder] No se pudo guardar la grabación: no se puede crear su carpeta en este equipo. Compruebe que el disco no esté lleno.
        [not_a_link] No se pudo guardar la grabación: su enlace no es una dirección web. Los demás resultados de la llamada están a salvo.
        [not_secure] No se pudo guardar la grabación: su enlace no es seguro (debe comenzar con https://). Los demás resultados de la llamada están a salvo.
        [gone] No se pudo guardar la grabación: su enlace ha caducado o la grabación ya no existe. Los demás resultados de la llamada están a salvo.
        [server] No se pudo guardar la grabación: el servidor respondió con el error { $status }. Los demás resultados de la llamada están a salvo; intente descargar la grabación de nuevo más tarde.
        [not_sound] No se pudo guardar la grabación: el archivo no es una grabación de sonido. Los demás resultados de la llamada están a salvo.
        [too_large] No se pudo guardar la grabación: ocupa más de { $megabytes } MB, mucho más que cualquier llamada. Los demás resultados de la llamada están a salvo.
        [copy] No se pudo copiar la grabación en { $file }. Compruebe que la carpeta todavía exista y que el disco no esté lleno, y vuelva a intentarlo.
       *[not_saved] No se pudo guardar la grabación en este equipo. Compruebe que el disco no esté lleno y vuelva a intentar descargarla.
    }
no_sound_output = No se encontró ninguna salida de sonido: compruebe sus altavoces o auriculares y vuelva a hacer clic en Reproducir.
playback = { $reason ->
        [player_stopped] No se puede reproducir la grabación: el reproductor de sonido dejó de funcionar. Cierre AgentPhone y vuelva a abrirlo.
        [missing] No se puede reproducir la grabación: su archivo ya no está en este equipo. Vuelva a descargarla.
        [damaged] No se puede reproducir la grabación: el archivo está dañado o no es de audio.
       *[not_here] No se puede reproducir la grabación: todavía no está en este equipo. Vuelva a intentar descargarla.
    }
history = AgentPhone no pudo leer ni guardar el historial de llamadas. Compruebe que el disco no esté lleno y reinicie la aplicación.
placed_not_saved = La llamada se realizó, pero AgentPhone no pudo guardarla en el historial. No vuelva a realizarla: la aplicación le hará seguimiento mientras permanezca abierta. Compruebe que el disco no esté lleno.
call_on_its_way = Puede que esta llamada ya esté sonando: AgentPhone ya la envió al servicio. Si la quita, solo desaparece de esta lista; la llamada no se detiene.
confirmation_changed =
    .number = El número cambió después de que usted confirmara la llamada, así que no se realizó ninguna llamada. Revise el número y vuelva a confirmarla.
    .mode = El modo de práctica se cambió después de que usted confirmara la llamada, así que no se realizó ninguna llamada. Revise la llamada y vuelva a confirmarla.
    .removed = La llamada se quitó o se modificó antes de enviarse, así que no se realizó.
    .caller = Los datos de para quién es la llamada (Configuración → Usted) cambiaron después de que la confirmara, así que no se realizó ninguna llamada. Revise la llamada y vuelva a confirmarla.
sent_too_late = El equipo estaba en suspensión cuando llegó la hora de esta llamada, así que no se realizó: AgentPhone nunca realiza una llamada con retraso. Vuelva a realizarla si todavía la necesita.
closed_before_sending = AgentPhone se cerró antes de enviar esta llamada, así que no se realizó. Vuelva a realizarla si todavía la necesita.
already_being_placed = Esta llamada ya se realizó: acaba de llegar su hora. Puede seguirla en la lista; no se realizará dos veces.
send_pending = No se cambió el modo de práctica: { $count ->
        [one] todavía hay una llamada pendiente de envío.
       *[other] todavía hay { $count } llamadas pendientes de envío.
    } Espere a que se realicen (un minuto como máximo) o quite las que están pendientes, y vuelva a cambiarlo.
unknown_call = Esta llamada ya no está en su historial: se quitó o la eliminó la limpieza automática.
save_failed = AgentPhone no pudo guardar { $file }. Compruebe que la carpeta todavía exista, que el disco no esté lleno y que tenga permiso para escribir en ella, y vuelva a intentarlo.
browser_not_opened = AgentPhone no pudo abrir su navegador web. Abra usted mismo { $address } en el navegador.
mail_not_opened = AgentPhone no pudo abrir su programa de correo. Configure uno en los ajustes del sistema, o use «Copiar resumen» y péguelo usted mismo en un mensaje.
may_be_placed = Puede que AgentPhone ya haya realizado hace un momento una llamada a { $phone }, pero no pudo confirmarlo. Revise sus llamadas en agentphone.app antes de volver a llamar.
wrong_mode =
    .practice = Esta es una llamada de práctica: active el modo de práctica en Configuración para volver a consultarla.
    .live = Esta es una llamada real: desactive el modo de práctica en Configuración para volver a consultarla.
already_open = AgentPhone ya está abierto (otra copia está usando su carpeta de datos). Cambie a esa ventana, o ciérrela y vuelva a abrir AgentPhone.
preferences = AgentPhone no pudo guardar su configuración, así que no se aplicó el cambio. Compruebe que el disco no esté lleno y que tenga permiso para escribir en la carpeta de datos de AgentPhone, y vuelva a intentarlo.
unsafe_api_base = AgentPhone no enviará su clave a { $base }: la dirección del servicio debe comenzar con https:// (http:// sin cifrar solo se admite para este mismo equipo). Corrija o elimine AGENTPHONE_API_BASE, o "apiBase" en preferences.json, y vuelva a abrir AgentPhone.
history_unavailable = { $reason ->
        [busy] AgentPhone no pudo abrir el historial de llamadas ({ $path }): otro programa está usando el archivo (por ejemplo, una herramienta de copia de seguridad o de sincronización). Cierre ese programa o espere a que termine, y vuelva a abrir AgentPhone. No se movió ni se eliminó nada.
        [read_only] AgentPhone no pudo abrir el historial de llamadas ({ $path }): AgentPhone no tiene permiso para escribir ahí. Compruebe que la carpeta y el archivo le pertenezcan y que no sean de solo lectura, y vuelva a abrir AgentPhone. No se movió ni se eliminó nada.
        [full] AgentPhone no pudo abrir el historial de llamadas ({ $path }): el disco está lleno. Libere espacio y vuelva a abrir AgentPhone. No se movió ni se eliminó nada.
       *[other] AgentPhone no pudo abrir el historial de llamadas ({ $path }). Reinicie el equipo y vuelva a abrir AgentPhone. No se movió ni se eliminó nada.
    }
recording_downloading = La grabación ya se está descargando; aparecerá aquí en cuanto se guarde.
invalid_api_base = La dirección del servicio, { $base }, no es una dirección web que AgentPhone pueda usar, así que no se envió nada. Corrija o elimine AGENTPHONE_API_BASE, o "apiBase" en preferences.json, y vuelva a abrir AgentPhone.
data_folder_unavailable = AgentPhone no pudo usar su carpeta de datos ({ $folder }). Compruebe que el disco no esté lleno y que tenga permiso para escribir ahí, y vuelva a abrir AgentPhone.
connection_setup_failed = AgentPhone no pudo preparar la conexión a internet en este equipo, así que no se envió nada. Cierre AgentPhone y vuelva a abrirlo.
practice_did_not_start = No se pudo iniciar el modo de práctica en este equipo, así que no cambió nada. Cierre AgentPhone y vuelva a abrirlo.
spreadsheet_failed = AgentPhone no pudo pasar estas llamadas a una hoja de cálculo, así que no se guardó ningún archivo. Vuelva a intentarlo con menos llamadas seleccionadas.
interrupted = AgentPhone detuvo este paso de forma inesperada, así que no se completó; no se perdió nada de lo que escribió. Vuelva a intentarlo y, si vuelve a ocurrir, cierre AgentPhone y vuelva a abrirlo.
time_in_the_past = Elija una hora futura para la llamada, o llame ahora.

## Lo que dice el propio Rust: diálogos, notificaciones, avisos al iniciar, diálogos para guardar.

closing-title = ¿Cerrar AgentPhone?
closing-close = Cerrar AgentPhone
closing-keep = Dejarlo abierto
closing-unsent = { $count ->
        [one] Hay una llamada que todavía no se ha enviado. Si cierra AgentPhone ahora, no se realizará; podrá volver a realizarla más tarde.
       *[other] Llamadas que todavía no se han enviado: { $count }. Si cierra AgentPhone ahora, no se realizarán; podrá volver a realizarlas más tarde.
    }
closing-going-on = { $count ->
        [one] Hay una llamada en curso en el servicio. Cerrar AgentPhone no la detiene; cuando vuelva a abrir AgentPhone, volverá a seguirla y le mostrará el resultado.
       *[other] Llamadas en curso en el servicio: { $count }. Cerrar AgentPhone no las detiene; cuando vuelva a abrir AgentPhone, volverá a seguirlas y le mostrará los resultados.
    }
closing-scheduled = { $count ->
        [one] Hay una llamada programada para más tarde. No se realizará mientras AgentPhone esté cerrado; cuando vuelva a abrir AgentPhone, podrá realizarla o elegir otra hora.
       *[other] Llamadas programadas para más tarde: { $count }. No se realizarán mientras AgentPhone esté cerrado; cuando vuelva a abrir AgentPhone, podrá realizarlas o elegir otras horas.
    }
notify-scheduled = Su llamada programada a { $who } comienza ahora.
notify-scheduled-unknown = Su llamada programada comienza ahora.
notify-ended-unknown = Una llamada ha terminado. Abra AgentPhone para ver qué ocurrió.
notify-ended = { $who } — { $how ->
        [achieved] Encargo cumplido
        [partial] Encargo cumplido en parte
        [not_achieved] Encargo no cumplido
        [failed] La llamada falló
        [canceled] La llamada se canceló
       *[finished] Llamada terminada
    }
notify-ended-summary = { $who } — { $how ->
        [achieved] Encargo cumplido
        [partial] Encargo cumplido en parte
        [not_achieved] Encargo no cumplido
        [failed] La llamada falló
        [canceled] La llamada se canceló
       *[finished] Llamada terminada
    }: { $summary }
notice-preferences-aside = No se pudo leer su configuración, así que AgentPhone apartó el archivo ({ $file }) y se inició con la configuración predeterminada. No se cambió nada más.
notice-history-aside = Su historial de llamadas estaba dañado, así que AgentPhone lo movió a { $file } (no se eliminó nada) y comenzó un historial nuevo y vacío.
notice-kept-aside = No se pudo recuperar lo que había escrito antes, así que AgentPhone apartó su archivo ({ $file }) y empezó con un formulario vacío.
save-calls-title = Exportar las llamadas a una hoja de cálculo
save-calls-kind = Hoja de cálculo (CSV)
save-calls-kind-excel = Libro de Excel (.xlsx)
save-call-title = Exportar la llamada
save-call-kind = Markdown
save-recording-title = Guardar la grabación
save-recording-kind = Grabación

## Exportaciones: las columnas de la hoja de cálculo y la llamada como documento.

export-date = Fecha
export-number = Número
export-business = Empresa
export-objective = Encargo
export-status = Estado
export-outcome = Resultado
export-duration = Duración (s)
export-summary = Resumen
export-note = Nota
export-labels = Etiquetas
export-recording = Grabación
export-practice = Práctica
export-transcript = Transcripción
export-yes = sí
export-title = Llamada a { $who }
export-website = Sitio web
export-placed = Realizada
export-seconds = { $seconds } s
export-practice-call = Llamada de práctica
export-practice-call-yes = sí, no ocurrió nada real
export-unknown-speaker = Desconocido
email-subject = { $who }: { $result }

## El estado y el resultado de una llamada, igual en la ventana y en las exportaciones.

status-queued = En cola
status-dialing = Marcando
status-in_progress = En curso
status-completed = Completada
status-failed = Fallida
status-canceled = Cancelada
outcome-achieved = Cumplido
outcome-partial = Cumplido en parte
outcome-not_achieved = No cumplido

export-call-duration = Duración

## El formulario de nueva llamada, tal como lo comprueba Rust.

check-phone-empty = Escriba el número de teléfono al que desea llamar.
check-phone-letters = Un número de teléfono solo tiene dígitos (y espacios, guiones, paréntesis o un + al principio). No se pueden marcar letras.
check-phone-symbols = Quite los símbolos: un número de teléfono solo tiene dígitos, espacios, guiones, paréntesis o un + al principio.
check-phone-no-digits = Escriba los dígitos del número después del +.
check-phone-emergency = AgentPhone no puede llamar a números de emergencia ni a números cortos de servicios, como el 911, el 112 o el 999. Si necesita ayuda, llámelos usted mismo ahora.
check-phone-country = Elija el país de este número, o escríbalo con + y el código del país.
check-phone-unreadable = Esto no parece un número de teléfono. Revise los dígitos o elija el país correcto.
check-phone-short = Este es un número corto de servicio, no la línea de una empresa. AgentPhone solo puede llamar a números de teléfono completos.
check-phone-invalid = Este no es un número de teléfono válido para ese país. Revise los dígitos o elija el país correcto.
check-phone-premium = Este es un número de tarifa especial: las llamadas a este número tienen un costo adicional por minuto. AgentPhone no llama a números de tarifa especial; busque el número habitual de la empresa en su sitio web.
check-note-shared-cost = Este es un número de costo compartido: la llamada puede costar más que una llamada normal.
check-note-personal = Este es un número personal de desvío: puede que conteste una persona y no la empresa.
check-note-pager = Este es un número de buscapersonas: nadie puede hablar con el agente a través de él.
check-note-voicemail = Este es un número de buzón de voz: lleva a un buzón, no a una persona.
check-objective-empty = Describa qué debe hacer el agente en la llamada.
check-objective-too-long = Acorte el encargo: { $chars } de { $limit } caracteres.
check-business-too-long = El nombre de la empresa puede tener como máximo { $limit } caracteres.
check-website-too-long = La dirección web puede tener como máximo { $limit } caracteres; también puede dejar el campo vacío.
check-website-invalid = Escriba la dirección web de la empresa, por ejemplo https://example.com, o deje el campo vacío.
check-caller-too-long = Use como máximo { $limit } caracteres.
check-voicemail-too-long = El mensaje para el buzón de voz no puede superar los { $limit } caracteres.
check-business-name-empty = Escriba un nombre para la empresa, así podrá encontrarla de nuevo.
check-business-note-too-long = La nota puede tener como máximo { $limit } caracteres.
check-business-number-kept = Este número ya está guardado como «{ $name }». Abra esa empresa para cambiar sus datos.
check-business-gone = Esta empresa ya no está guardada: se quitó mientras tanto. Vuelva a guardarla si la necesita.
check-speaks-unknown = Elija un idioma de la lista, o «Sin indicar».

## La pantalla de la llamada: su progreso, resultado, transcripción, grabación, nota y etiquetas.

# El estado de una llamada, como título o como distintivo.
call-status-not-started = Sin iniciar
# Cuánto duró una llamada: 42 s, 1 min 15 s.
call-duration-seconds = { $seconds } s
call-duration-minutes = { $minutes } min { $seconds } s
# Quién habló en la transcripción: nuestro agente, o la empresa llamada cuando no tiene nombre.
call-speaker-agent = Agente de AgentPhone
call-speaker-business = Empresa
# Un turno de la transcripción tal como se copia: quién habló y qué dijo.
call-transcript-line = { $speaker }: { $text }

# Botones debajo de un problema.
call-open-settings = Abrir Configuración
call-open-api-keys = Abrir la página de claves de API
call-open-site = Abrir agentphone.app

# La nota y las etiquetas que la persona pone a una llamada.
call-notes-heading = Su nota y sus etiquetas
call-note = Nota
call-note-saved = Nota guardada.
call-labels = Etiquetas
call-remove-label = Quitar la etiqueta { $label }
call-new-label = Nueva etiqueta
call-new-label-placeholder = Agregue una etiqueta, p. ej., reservado
call-add-label = Agregar etiqueta

# Los pasos de una llamada.
call-progress = Progreso
call-progress-steps = Progreso de la llamada
# El último paso, cuando la llamada ha terminado.
call-step-end = Completada / fallida / cancelada

call-transcript = Transcripción
call-transcript-hint = Mientras se reproduce la grabación, se marca la intervención que se está escuchando; haga clic en una intervención para oírla. Las posiciones son estimadas, así que son aproximadas.

# El reproductor de la grabación.
call-player = Reproductor de la grabación
call-play = Reproducir
call-pause = Pausar
call-back = Retroceder { $seconds } s
call-forward = Avanzar { $seconds } s
# En qué punto está la grabación, para lectores de pantalla: se muestra como 0:42 / 1:15.
call-position = Posición
call-seek = Ir a un punto de la grabación
call-speed = Velocidad
# Una velocidad de reproducción: 0.75×, 2×.
call-speed-option = { $speed }×
call-volume = Volumen
call-save-recording-as = Guardar la grabación como…
# $path: el archivo en el que se guardó una grabación o una llamada.
call-saved-to = Se guardó en { $path }.
call-player-keys = La barra espaciadora reproduce o pausa; las teclas de flecha retroceden o avanzan { $seconds ->
        [one] { $seconds } segundo.
       *[other] { $seconds } segundos.
    }

# El resultado de una llamada terminada.
call-result = Resultado
# $duration: cuánto duró la llamada (1 min 15 s).
call-duration = Duración: { $duration }
call-credits-left = { $count ->
        [one] Queda { $count } crédito
       *[other] Quedan { $count } créditos
    }
call-results-pending = Puede que los resultados todavía cambien: el resumen o la transcripción aún no habían llegado.
call-follow-up = Hacer seguimiento…
call-call-again = Volver a llamar…
call-try-later = Volver a intentarlo más tarde…
call-email = Enviar por correo…
call-email-transcript = con la transcripción
call-print = Imprimir…
call-export = Exportar…
call-copy-summary = Copiar el resumen
call-copy-transcript = Copiar la transcripción
call-summary-copied = Resumen copiado.
call-transcript-copied = Transcripción copiada.
call-summary-not-copied = No se pudo copiar el resumen; selecciónelo y cópielo manualmente.
call-transcript-not-copied = No se pudo copiar la transcripción; selecciónela y cópiela manualmente.
call-recording-kept = La grabación está guardada en este equipo.
call-recording-saving = Guardando la grabación en este equipo…
# $percent: cuánto de la grabación ha llegado, de 0 a 100.
call-recording-saving-percent = Guardando la grabación en este equipo… { $percent } %
call-recording-not-here = La grabación todavía no está en este equipo.
call-download-recording = Descargar la grabación

# La página de la llamada. Una llamada en el modo de práctica lleva este distintivo.
call-practice = Práctica
# Debajo del nombre de la empresa, después de su número de teléfono. $time: una hora (3:04 p. m.); $elapsed: una duración (1 min 15 s).
call-confirmed-at = confirmada a las { $time }
call-confirmed-not-sent = confirmada a las { $time } · aún no enviada
call-placed-at = realizada a las { $time } · { $elapsed }
# Una línea, "Da seguimiento a [una llamada anterior].", donde la parte central es un enlace a esa llamada.
# Ponga palabras antes o después del enlace según lo necesite su idioma; una parte puede quedar vacía: { "" }.
call-follows-up-before = Da seguimiento a
call-follows-up-link = una llamada anterior
call-follows-up-after = { "." }
call-placing = Realizando la llamada…
# Una llamada en curso. $who: la empresa o su número; $elapsed: cuánto tiempo lleva (1 min 15 s);
# $shown: un estado que AgentPhone no conoce, tal como lo nombró el servicio.
call-calling = Llamando a { $who }… { $status ->
        [queued] en cola
        [dialing] marcando
        [in_progress] en curso
        [completed] completada
        [failed] fallida
        [canceled] cancelada
       *[other] { $shown }
    } · { $elapsed }
# Lo que oyen los lectores de pantalla cuando cambia el estado de una llamada.
call-status-changed = Estado de la llamada: { $status ->
        [queued] en cola
        [dialing] marcando
        [in_progress] en curso
        [completed] completada
        [failed] fallida
        [canceled] cancelada
       *[other] { $shown }
    }.
call-unconfirmed = No se pudo confirmar que la llamada se realizara; comprobando…
call-may-be-placed = Puede que AgentPhone haya realizado esta llamada. Revise agentphone.app antes de volver a llamar.
call-check-again = Volver a comprobar
call-not-placed = No se realizó.
call-still-running = Sigue en curso.
call-busy-countdown = El servicio está ocupado. Aún no se ha enviado y no se ha usado ningún crédito. Se volverá a intentar en { $seconds ->
        [one] { $seconds } segundo…
       *[other] { $seconds } segundos…
    }
call-busy = El servicio está ocupado. Aún no se ha enviado y no se ha usado ningún crédito. AgentPhone volverá a intentarlo en un momento…
call-dont-place = No realizar esta llamada
call-asked-and-went = Lo que pidió y cómo fue la llamada
call-asked = Lo que pidió
call-follow-ups = Llamadas de seguimiento
call-new-call = Nueva llamada
call-keep-business = Guardar esta empresa…
call-business-page = Todas las llamadas a { $name }
call-loading = Cargando la llamada…

## La lista del historial, sus filtros y el resumen de este mes; Configuración (clave de API, modo de práctica, idioma, notificaciones, eliminación de llamadas antiguas).

list-history-heading = Historial
# El botón que exporta las llamadas que muestra la lista (todas, no solo las que se ven en pantalla).
list-export = { $count ->
        [one] Exportar { $count } llamada…
       *[other] Exportar { $count } llamadas…
    }
# Una casilla después del botón de exportar.
list-export-with-transcripts = con transcripciones
list-export-excel = Exportar para Excel…
# $path: el archivo en el que se guardaron las llamadas.
list-export-saved = { $count ->
        [one] Se guardó { $count } llamada en { $path }.
       *[other] Se guardaron { $count } llamadas en { $path }.
    }
list-opening = Abriendo su historial de llamadas…
list-no-match = Ninguna llamada coincide.
list-empty = Todavía no hay llamadas. Las llamadas que realice aparecerán aquí, de la más reciente a la más antigua.
# Cómo llaman los lectores de pantalla a la lista de llamadas.
list-calls-label = Llamadas
list-businesses-label = Empresas guardadas
# En qué punto está una llamada, en su distintivo de la lista.
list-progress-not-placed = No realizada
list-progress-placing = Aún no enviada
list-progress-sending = Realizando…
list-progress-waiting = Esperando para reintentar
list-progress-unconfirmed = Comprobando…
list-progress-may-be-placed = Sin confirmar
list-progress-still-running = Sigue en curso
# $when: el día y la hora, ya en palabras ("hoy a las 15:00", "mañana, mar, 4 mar, 9:00").
list-progress-scheduled = Programada para { $when }
list-progress-missed = No se realizó a su hora
# El distintivo de una llamada simulada en el modo de práctica.
list-practice-badge = Práctica
list-remove-group = Quitar esta llamada
list-remove-ringing = Puede que esta llamada ya esté sonando. Si la quita, solo desaparece de esta lista; la llamada no se detiene. ¿Quitarla de todos modos?
list-remove-anyway = Quitar de todos modos
list-keep-it = Conservarla
list-cancel-scheduled-question = ¿Cancelar esta llamada programada? No se realizará.
list-delete-question = ¿Eliminar esta llamada, su grabación y su transcripción? Esta acción no se puede deshacer.
list-remove = Quitar
list-keep = Conservar
# El botón × de una llamada en la lista; $who: el nombre de una empresa o un número de teléfono.
list-remove-call = Quitar la llamada a { $who }
list-show-more = Mostrar más (quedan { $count })

# Los filtros de la lista del historial.
list-search = Buscar llamadas
list-filter-outcome = Filtrar por resultado
list-outcome-all = Todos los resultados
list-outcome-achieved = Cumplido
list-outcome-partial = Cumplido en parte
list-outcome-not-achieved = No cumplido
list-outcome-failed = Fallida o sin respuesta
list-outcome-not-placed = No realizada
list-filter-mode = Filtrar por modo
list-mode-all = Reales y de práctica
list-mode-live = Solo reales
list-mode-practice = Solo de práctica
list-filter-label = Filtrar por etiqueta
list-label-all = Todas las etiquetas
list-filter-date = Filtrar por fecha
list-filter-button = Filtrar
list-filter-button-count = Filtrar ({ $count })
list-filter-active = Filtros activos
list-filter-remove = Quitar el filtro { $filter }
list-date-any = Cualquier fecha
list-date-today = Hoy
list-date-week = Últimos 7 días
list-date-month = Últimos 30 días
list-date-range = Entre dos fechas…
list-order = Orden
list-order-newest = Más recientes primero
list-order-oldest = Más antiguas primero
# Antes de un campo de fecha: el primer día que se muestra.
list-date-from = Desde
# Antes de un campo de fecha: el último día que se muestra.
list-date-to = Hasta

# Este mes de un vistazo, encima de la lista: cada dato por separado, separados por " · ".
list-overview-label = Este mes
list-overview-calls = { $count ->
        [one] Este mes: { $count } llamada
       *[other] Este mes: { $count } llamadas
    }
list-overview-achieved = { $achieved } de { $outOf } encargos cumplidos
list-overview-credits = { $count ->
        [one] { $count } crédito usado en llamadas reales
       *[other] { $count } créditos usados en llamadas reales
    }
# $duration: la duración media de una llamada, ya en palabras ("2 min 5 s").
list-overview-average = duración media: { $duration }

list-settings-heading = Configuración
list-caller-heading = Usted
list-caller-hint = Si completa estos datos, el agente dirá en cada llamada para quién llama y cómo devolver la llamada. Puede omitirlos en cualquier llamada.
list-caller-name = Su nombre
list-caller-organisation = Organización
list-caller-callback = Número para devolver la llamada
list-caller-reference = Referencia
list-caller-reference-placeholder = p. ej., número de cliente 44-1290
list-caller-save = Guardar
list-caller-saved = Guardado. El agente lo sabrá en cada llamada.
list-caller-cleared = Borrado. El agente no sabrá para quién son las llamadas.
list-caller-not-saved = No se guardó: corrija lo marcado y vuelva a guardar.

list-key-heading = Clave de API de AgentPhone
list-key-checking-keychain = Comprobando el llavero de su sistema…
# Seguido de la clave con todos sus caracteres ocultos excepto los últimos (••••••9876).
list-key-stored = Hay una clave guardada:
list-key-none = Todavía no hay ninguna clave guardada.
list-key-label = Clave de API
list-key-label-new = Nueva clave de API
list-key-hint = Las claves de AgentPhone se obtienen en agentphone.app, en Dashboard → API keys (se rechazará una clave de otro servicio). Se guarda solo en el llavero de su sistema y nunca vuelve a mostrarse completa.
list-key-open-page = Abrir la página de claves de API en agentphone.app
list-key-placeholder = Pegue aquí su clave
list-key-save = Guardar clave
list-key-replace = Reemplazar clave
list-key-checking = Comprobando la clave con AgentPhone…
list-key-remove-question = ¿Quitar la clave? No podrá realizar llamadas hasta que vuelva a agregar una.
list-key-remove-yes = Sí, quitar la clave
list-key-keep = Conservar la clave
list-key-remove = Quitar clave
# Seguido del motivo por el que no se pudo comprobar la clave (una frase aparte).
list-key-saved-not-checked = La clave se guardó en el llavero de su sistema, pero no se pudo comprobar ahora.
list-key-works = La clave funciona. Está guardada en el llavero de su sistema.
list-key-works-replaced = La clave funciona. La nueva clave reemplazó a la anterior en el llavero de su sistema.
list-key-removed = Se quitó la clave del llavero de su sistema.

list-practice-heading = Modo de práctica
# Cómo llaman los lectores de pantalla al interruptor del modo de práctica.
list-practice-switch = Modo de práctica
# Junto a un interruptor activado.
list-switch-on = Activado
# Junto a un interruptor desactivado.
list-switch-off = Desactivado
list-practice-note-on = Las llamadas se simulan dentro de la aplicación. No suena ningún teléfono y no se usan créditos.
list-practice-note-no-key = Actívelo para probar AgentPhone sin clave. Para realizar llamadas reales, necesita su clave de AgentPhone (más abajo).
list-practice-note-off = Las llamadas son reales: suena el teléfono de la empresa y cada llamada usa un crédito.

list-language-heading = Idioma
list-language-label = Idioma de AgentPhone
list-language-system = Predeterminado del sistema

list-notify-heading = Notificaciones
list-notify-when-done = Avisarme cuando termine una llamada mientras AgentPhone está en segundo plano

# Eliminación de llamadas antiguas. $what: recordings (grabaciones; las llamadas se conservan) o calls (llamadas completas); $days: la antigüedad.
list-retention-heading = Eliminar automáticamente las llamadas antiguas
list-retention-rule = { $what ->
        [recordings] { $days ->
            [one] AgentPhone elimina las grabaciones de más de { $days } día de antigüedad, al iniciarse y una vez al día.
           *[other] AgentPhone elimina las grabaciones de más de { $days } días de antigüedad, al iniciarse y una vez al día.
        }
       *[calls] { $days ->
            [one] AgentPhone elimina las llamadas de más de { $days } día de antigüedad, al iniciarse y una vez al día.
           *[other] AgentPhone elimina las llamadas de más de { $days } días de antigüedad, al iniciarse y una vez al día.
        }
    }
list-retention-off = AgentPhone conserva todas las llamadas y grabaciones hasta que usted las quite.
# La regla se lee como una línea de controles: Eliminar [grabaciones (las llamadas se conservan) | llamadas completas] con más de [90] días.
list-retention-delete = Eliminar
list-retention-what = Qué eliminar
list-retention-recordings = grabaciones (las llamadas se conservan)
list-retention-calls = llamadas completas
list-retention-older-than = con más de
# Cómo llaman los lectores de pantalla al campo del número de días.
list-retention-days = Días
# Después del campo del número de días.
list-retention-day-unit = { $days ->
        [one] día
       *[other] días
    }
list-retention-none-old = { $what ->
        [recordings] Ahora no hay ninguna grabación con esa antigüedad.
       *[calls] Ahora no hay ninguna llamada con esa antigüedad.
    }
list-retention-would-delete = { $what ->
        [recordings] { $count ->
            [one] Esto eliminaría { $count } grabación ahora. Las llamadas que siguen en curso nunca se eliminan.
           *[other] Esto eliminaría { $count } grabaciones ahora. Las llamadas que siguen en curso nunca se eliminan.
        }
       *[calls] { $count ->
            [one] Esto eliminaría { $count } llamada ahora. Las llamadas que siguen en curso nunca se eliminan.
           *[other] Esto eliminaría { $count } llamadas ahora. Las llamadas que siguen en curso nunca se eliminan.
        }
    }
list-retention-save = Guardar la regla
# El botón que activa la regla, cuando elimina algo en el acto.
list-retention-turn-on-deleting = { $what ->
        [recordings] { $count ->
            [one] { $days ->
                [one] Eliminar { $count } grabación ahora y seguir eliminando las de más de { $days } día
               *[other] Eliminar { $count } grabación ahora y seguir eliminando las de más de { $days } días
            }
           *[other] { $days ->
                [one] Eliminar { $count } grabaciones ahora y seguir eliminando las de más de { $days } día
               *[other] Eliminar { $count } grabaciones ahora y seguir eliminando las de más de { $days } días
            }
        }
       *[calls] { $count ->
            [one] { $days ->
                [one] Eliminar { $count } llamada ahora y seguir eliminando las de más de { $days } día
               *[other] Eliminar { $count } llamada ahora y seguir eliminando las de más de { $days } días
            }
           *[other] { $days ->
                [one] Eliminar { $count } llamadas ahora y seguir eliminando las de más de { $days } día
               *[other] Eliminar { $count } llamadas ahora y seguir eliminando las de más de { $days } días
            }
        }
    }
list-retention-turn-on = Activar
list-retention-turn-off = Desactivar
# Después de guardar la regla: se eliminaron en el acto $count llamadas o grabaciones.
list-retention-saved = Regla guardada. Eliminadas ahora: { $count }; las demás se eliminarán cuando alcancen esa antigüedad.
list-retention-all-kept = Se conserva todo.

## El encabezado de la ventana, la pantalla de inicio, el formulario de nueva llamada, la confirmación y las llamadas programadas.

form-app-name = AgentPhone
form-mode-label = Modo:
form-mode-checking = Comprobando…
form-mode-starting-hint = AgentPhone se está iniciando
form-mode-practice = Práctica
form-mode-practice-hint = Las llamadas son simuladas: no suena ningún teléfono y no se usan créditos
form-mode-key-unavailable = Clave no disponible
form-mode-key-looking-hint = Buscando su clave en el llavero del sistema
form-mode-live = Real
form-mode-live-hint = Las llamadas son reales y usan sus créditos de AgentPhone
form-mode-live-other = Real · { $service }
form-mode-live-other-hint = Las llamadas son reales y van al servicio de { $service }, no a agentphone.app
form-mode-no-key = Aún no hay clave
form-mode-no-key-hint = Agregue su clave de AgentPhone en Configuración para realizar llamadas
form-practice-credits-hint = Créditos simulados del modo de práctica; su cuenta no se modifica
form-practice-credits = Créditos de práctica: { $count }
form-practice-credits-unknown = Créditos de práctica: —
form-credits-hint = Créditos que quedan en su cuenta de AgentPhone, según el último dato del servicio
form-credits = Créditos: { $count } (a las { $time })
form-credits-unknown = Créditos: —
form-credits-later = (se muestran después de su primera llamada)
form-nav-label = Aplicación
form-nav-new-call = Nueva llamada
form-nav-settings = Configuración
form-nav-shortcuts = Atajos de teclado
shortcuts-heading = Atajos de teclado
shortcuts-close = Cerrar
shortcut-new-call = Nueva llamada, con el cursor en el número
shortcut-search = Buscar en el historial
shortcut-review = Desde el formulario: revisar la llamada antes de realizarla (nunca la realiza)
shortcut-back = Volver, o cerrar lo que está abierto
shortcut-next-call = Siguiente llamada de la lista
shortcut-previous-call = Llamada anterior de la lista
shortcut-play = En una llamada: reproducir o pausar la grabación
shortcut-settings = Configuración
shortcut-list = Esta lista (también ? fuera de los cuadros de texto)
key-ctrl = Ctrl
key-alt = Alt
key-enter = Intro
key-escape = Esc
key-space = Espacio
form-nav-close-settings = Cerrar Configuración
form-practice-banner = Práctica: no se realiza ninguna llamada real. AgentPhone simula estas llamadas para mostrarle todas las pantallas.
form-held-heading = Llamadas reales programadas para más tarde
form-held-note = Estas llamadas reales no se realizan mientras el modo de práctica esté activado. Desactive el modo de práctica para que se realicen a su hora.
# $who es la empresa o el número de teléfono; $time es la hora a la que está programada la llamada (se muestra en negrita).
form-held-call = { $who }: { $time }
form-missed-heading = Llamadas programadas que no se realizaron
form-welcome-heading = Le damos la bienvenida a AgentPhone
form-welcome-intro = Con AgentPhone, un agente de IA llama por teléfono a una empresa por usted (para reservar una mesa, cancelar una suscripción o preguntar por la política de devoluciones) y le muestra el resultado, un resumen, la transcripción y la grabación.
form-welcome-key-heading = Use su clave de AgentPhone
form-welcome-key-note = Pegue la clave de API de agentphone.app. Se guarda en el llavero de su sistema.
form-welcome-key-button = Pegar una clave de AgentPhone
form-welcome-practice-heading = Pruébelo primero
form-welcome-practice-note = El modo de práctica muestra todas las pantallas con llamadas simuladas. No suena ningún teléfono y no se usan créditos.
form-welcome-practice-button = Probar el modo de práctica
form-new-call-heading = Nueva llamada
form-wait-for-placing = Espere a que se realice la llamada que se está enviando.
form-checking-details = Comprobando los datos…
form-earlier-call = La llamada anterior
form-following-up = Seguimiento de su llamada a { $who }.
form-make-separate = Convertirla en una llamada independiente
form-you-asked = Lo que pidió:
form-their-answer = Lo que respondieron:
form-no-summary = No se proporcionó ningún resumen.
form-calling-status = Llamando a { $who }… La llamada se está enviando; se abrirá aquí en cuanto se realice.
form-phone-label = Número de teléfono
form-country-label = País del número
form-phone-placeholder = p. ej., (415) 555-0132
# $number es el número tal como se marcará (se muestra en negrita).
form-will-dial = Se marcará el { $number }
form-phone-help = Escríbalo como lo marcaría, o empiece con + y el código del país.
form-business-label = Nombre de la empresa
form-website-label = Sitio web
form-website-placeholder = p. ej., luigis.com
form-website-help = El agente lo lee antes de llamar.
form-objective-label = ¿Qué debe hacer el agente?
form-link-filled = Se ha rellenado el número del enlace que abrió. Revíselo, indique qué debe hacer el agente y confirme: no se llama a nadie hasta que lo haga.
form-link-refused = El enlace que abrió no contiene un número de teléfono, así que no se rellenó nada.
form-for-caller = Decir para quién es esta llamada: { $who }
form-voicemail-label = Si responde el buzón de voz, dejar este mensaje
form-speaks-label = Idioma que hablan
form-speaks-not-said = Sin indicar
form-speaks-help = Se le indica al agente en qué idioma hablarles.
form-suggestions-label = Empresas guardadas
form-objective-label-follow-up = ¿Qué debe hacer ahora el agente?
form-objective-count = { $count } de { $limit ->
        [one] { $limit } carácter
       *[other] { $limit } caracteres
    }
form-save-template = Guardar como plantilla
form-place-call = Realizar llamada…
form-optional = (opcional)
form-advice-label = Cómo escribir un buen encargo
form-advice-specific = Dé detalles concretos.
form-advice-what = Indique lo que necesita el agente: nombres, fechas, horas, número de personas, números de cuenta o de reclamación.
form-advice-example = No “Llamar al restaurante”, sino “Pedir una mesa para 4 esta noche a las 19:00; si hay disponibilidad, reservarla a nombre de Sarah”.
form-templates-intro = Sus plantillas (haga clic en una para usarla):
form-templates-label = Sus plantillas
form-remove-template = Quitar la plantilla: { $template }
form-examples-intro = Ejemplos (haga clic en uno para usarlo):
form-example-table = Pedir una mesa para 4 esta noche a las 19:00; si hay disponibilidad, reservarla a nombre de Sarah.
form-example-gym = Cancelar la membresía del gimnasio de Alex Morgan, número de socio 44718, a partir del final de este mes.
form-example-return = Preguntar cuál es la política de devoluciones de un hervidor sin abrir comprado hace 20 días, pedido 55-1029.
form-check-heading = Revise antes de llamar
# $number es el número al que se llamará (se muestra en negrita).
form-will-call = AgentPhone llamará al { $number } para:
form-will-call-business = AgentPhone llamará al { $number } ({ $business }) para:
form-follows-up = Da seguimiento a su llamada a { $who }; las dos se muestran juntas.
form-called-moments-ago = Llamó a este número hace menos de un minuto. Asegúrese de que quiere volver a llamar.
form-called-minutes-ago = Llamó a este número hace { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }. Asegúrese de que quiere volver a llamar.
form-open-that-call = Abrir esa llamada
form-practice-no-ring = Modo de práctica: no sonará ningún teléfono real.
# Se muestra en negrita antes de la frase sobre qué teléfono suena.
form-real-call = Esta es una llamada real:
form-real-call-rings = el teléfono de { $who } sonará cuando haga clic en Llamar ahora, y se usará 1 crédito.
form-real-call-rings-left = el teléfono de { $who } sonará cuando haga clic en Llamar ahora, y se usará 1 crédito (quedan { $left }).
form-scheduled-real-call-rings = el teléfono sonará cuando haga clic en Llamar ahora, y se usará 1 crédito.
form-open-site = Abrir agentphone.app
form-checked-place-another = Ya lo comprobé: realizar otra llamada
form-calling = Llamando…
form-call-now = Llamar ahora
form-calling-for = Llamada en nombre de: { $who }
form-calling-for-callback = Llamada en nombre de: { $who } · devolver la llamada al { $callback }
form-call-back-on = Devolver la llamada al { $callback }
form-told-heading = Se añade a lo que se le indica al agente:
form-call-later = Llamar más tarde…
form-change-details = Cambiar los datos
form-later-note = La llamada se realiza a esa hora si AgentPhone está abierto; si en ese momento está cerrado, le preguntará primero.
form-when-to-call = Cuándo llamar
form-in-an-hour = Dentro de 1 hora
form-tomorrow-at-nine = Mañana a las 9:00
form-at = Fecha y hora
form-schedule = Programar
# $time es la hora a la que debía realizarse la llamada (se muestra en negrita).
form-missed-note = La llamada a { $who } estaba programada para { $time }. No se realizó en ese momento (AgentPhone estaba cerrado, el modo de práctica estaba activado o el equipo estaba en suspensión).
form-scheduled-note = Programada para { $time }. AgentPhone la realizará a esa hora, si está abierto.
form-call-now-review = Llamar ahora…
form-reschedule = Reprogramar…
form-change-time = Cambiar la hora…
form-cancel-call = Cancelar la llamada
form-back = Volver
form-new-time = Nueva hora para la llamada
form-call-anyway = Ya lo comprobé: llamar de todos modos
# Una hora programada tal como se dice; $time es la hora ("15:46"), $day la fecha corta ("mar, 1 dic").
form-schedule-today = hoy a las { $time }
form-schedule-tomorrow = mañana, { $day }, { $time }
form-schedule-yesterday = ayer, { $day }, { $time }
form-schedule-day = { $day }, { $time }

## En qué punto está una llamada, tal como la guarda el historial.

problem-busy-after-wait = El servicio sigue ocupado después de un minuto de espera, por lo que la llamada no se realizó. Vuelva a intentarlo dentro de unos minutos.
problem-closed-while-waiting = El servicio estaba ocupado y AgentPhone se cerró antes de poder volver a intentarlo, por lo que esta llamada no se realizó. Vuelva a realizarla si todavía la necesita.
problem-forgotten = El servicio ya no reconoce esta llamada. Su último estado conocido se conserva aquí; haga clic en Volver a comprobar para consultar de nuevo.
problem-still-running = Se siguió la llamada durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } y todavía no ha terminado. Haga clic en Volver a comprobar para mirar de nuevo, o consúltela en agentphone.app.
problem-may-be-placed = Es posible que AgentPhone haya realizado esta llamada, pero no pudo confirmarlo. Revise sus llamadas en agentphone.app antes de volver a llamar, o haga clic en Volver a comprobar.

## Una empresa guardada: su página, y cómo guardar o cambiar una empresa.

business-heading-new = Guardar esta empresa
business-name-label = Nombre
business-phone-label = Número de teléfono
business-note-label = Nota
business-note-placeholder = p. ej., preguntar por la Sra. Berg; abierto de lunes a viernes
business-keep = Guardar empresa
business-save-changes = Guardar cambios
business-cancel = Cancelar
business-not-saved = No se guardó: corrija lo marcado y vuelva a intentarlo.
business-new-call = Nueva llamada a esta empresa
business-change = Cambiar…
business-forget = Quitar esta empresa…
business-forget-question = ¿Quitar esta empresa? Sus llamadas seguirán en el historial.
business-forget-confirm = Quitar
business-keep-it = Conservarla
business-calls-heading = Llamadas
business-no-calls = Todavía no hay llamadas a este número.
business-gone-heading = Empresa no guardada
business-forgotten = Esta empresa ya no está guardada. Sus llamadas siguen en el historial.
business-loading = Abriendo la empresa…
