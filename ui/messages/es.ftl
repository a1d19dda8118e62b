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

empty_key = El campo de la clave está vacío. Pegue su clave de API de AgentPhone y haga clic en Guardar.
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
        [reading] El servicio de AgentPhone envió sobre una llamada una respuesta que la aplicación no pudo leer. AgentPhone volverá a consultarlo en un momento; si sigue ocurriendo, busque una actualización de la aplicación.
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
placed_not_saved = La llamada se realizó, pero AgentPhone no pudo guardarla en el historial. No vuelva a realizarla: la aplicación sigue su curso mientras permanezca abierta. Compruebe que el disco no esté lleno.
call_on_its_way = Puede que esta llamada ya esté sonando: AgentPhone ya la envió al servicio. Si la quita, solo desaparece de esta lista; la llamada no se detiene.
confirmation_changed =
    .number = El número cambió después de que usted confirmara la llamada, así que no se realizó ninguna llamada. Revise el número y vuelva a confirmarla.
    .mode = El modo de práctica se cambió después de que usted confirmara la llamada, así que no se realizó ninguna llamada. Revise la llamada y vuelva a confirmarla.
    .removed = La llamada se quitó o se modificó antes de enviarse, así que no se realizó.
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
