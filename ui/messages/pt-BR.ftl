## As palavras do AgentPhone em português do Brasil, traduzidas de en.ftl
## (a fonte de todas as mensagens), para a janela e para o Rust (erros,
## seus códigos e dados). Cada idioma tem um arquivo com as mesmas
## mensagens e os mesmos dados ($name).
##
## Glossário: call → ligação; objective ("what the agent should do") →
## pedido ("O que o agente deve fazer?"); outcome → resultado;
## Practice mode → modo de treino; credits → créditos; API key → chave de API;
## keychain → chaveiro. Ficam como estão: agentphone.app, AgentPhone,
## GNOME Keyring, KWallet, AGENTPHONE_API_BASE, "apiBase", preferences.json,
## https://, http://.

## Erros: o id é o código do erro; os atributos `.case` são os seus casos.

empty_key = O campo da chave está vazio. Cole sua chave de API do AgentPhone e clique em Salvar chave.
no_keychain_service = Nenhum serviço de chaveiro está em execução. No Linux, instale e inicie o GNOME Keyring ou o KWallet (eles vêm com a maioria dos ambientes de trabalho) e tente novamente. O AgentPhone nunca guarda sua chave em nenhum outro lugar; o modo de treino funciona sem chaveiro.
no_session_bus = O AgentPhone não conseguiu acessar sua sessão da área de trabalho, por isso não pode usar um chaveiro. Inicie o GNOME Keyring ou o KWallet (sair da sessão e entrar de novo costuma resolver; instale um deles se o seu ambiente não tiver nenhum) e tente novamente. O modo de treino funciona sem chaveiro.
keychain_locked = Seu chaveiro está bloqueado, ou a solicitação para desbloqueá-lo foi fechada. Desbloqueie o chaveiro (normalmente com a sua senha de login) e tente novamente.
keychain_failed = O chaveiro recusou a solicitação. Tente novamente; se continuar acontecendo, reinicie o computador.
no_key = Ainda não há nenhuma chave do AgentPhone guardada, por isso nenhuma ligação foi feita. Adicione sua chave em Configurações ou experimente o modo de treino.
invalid_form = Alguns dados da ligação precisam ser corrigidos antes, por isso nenhuma ligação foi feita. Confira os campos marcados.
invalid_input = O serviço do AgentPhone não aceitou a solicitação. A resposta foi: “{ $message }” Confira os dados e tente novamente; tudo o que você digitou continua aí.
key_refused = O serviço do AgentPhone recusou sua chave de API. As chaves do AgentPhone são obtidas em agentphone.app (Dashboard → API keys): copie a sua lá, cole em Configurações e tente novamente.
out_of_credits = Sua conta do AgentPhone está sem créditos, por isso nenhuma ligação foi feita. Adicione créditos em agentphone.app e tente novamente.
rate_limited =
    .wait = O serviço do AgentPhone está recebendo solicitações demais desta chave. Ele pede para aguardar { $retryAfterSeconds ->
        [one] { $retryAfterSeconds } segundo
       *[other] { $retryAfterSeconds } segundos
    }; espere um minuto e tente novamente.
    .unknown = O serviço do AgentPhone está recebendo solicitações demais desta chave. Espere um minuto e tente novamente.
server_error = O serviço do AgentPhone teve um problema do lado dele (erro { $status }). Tente novamente em alguns minutos.
network = O AgentPhone não conseguiu acessar o serviço. Verifique sua conexão com a internet e tente novamente.
could_not_connect = O AgentPhone não conseguiu se conectar ao serviço, por isso nada foi enviado. Verifique sua conexão com a internet e tente novamente.
timeout = O serviço do AgentPhone demorou demais para responder. Verifique sua conexão com a internet e tente novamente.
malformed_answer = { $request ->
        [placing] O serviço do AgentPhone enviou uma resposta que o aplicativo não conseguiu ler ao fazer a ligação. Não faça a ligação de novo por enquanto: o AgentPhone vai verificar se ela foi feita.
        [reading] O serviço do AgentPhone enviou uma resposta sobre uma ligação que o aplicativo não conseguiu ler. O AgentPhone vai consultar de novo em instantes; se continuar acontecendo, verifique se há uma atualização do aplicativo.
       *[listing] O serviço do AgentPhone enviou uma lista de ligações que o aplicativo não conseguiu ler. Tente novamente em instantes; se continuar acontecendo, verifique se há uma atualização do aplicativo.
    }
call_not_found = O serviço do AgentPhone não reconhece a ligação { $callId }. Talvez ela tenha sido feita com outra chave.
recording = { $reason ->
        [not_kept] As gravações não são guardadas neste modo.
        [no_link] O serviço ainda não forneceu uma gravação desta ligação. Tente novamente mais tarde.
        [folder] Não foi possível guardar a gravação: a pasta dela não pode ser criada neste computador. Verifique se o disco não está cheio.
        [not_a_link] Não foi possível guardar a gravação: o link dela não é um endereço da web. Os outros resultados da ligação não foram perdidos.
        [not_secure] Não foi possível guardar a gravação: o link dela não é seguro (ele precisa começar com https://). Os outros resultados da ligação não foram perdidos.
        [gone] Não foi possível guardar a gravação: o link dela expirou ou a gravação não existe mais. Os outros resultados da ligação não foram perdidos.
        [server] Não foi possível guardar a gravação: o servidor respondeu com o erro { $status }. Os outros resultados da ligação não foram perdidos; tente baixar a gravação novamente mais tarde.
        [not_sound] Não foi possível guardar a gravação: o arquivo não é uma gravação de áudio. Os outros resultados da ligação não foram perdidos.
        [too_large] Não foi possível guardar a gravação: ela tem mais de { $megabytes } MB, muito mais do que qualquer ligação. Os outros resultados da ligação não foram perdidos.
        [copy] Não foi possível copiar a gravação para { $file }. Verifique se a pasta ainda existe e se o disco não está cheio. Depois, tente novamente.
       *[not_saved] Não foi possível salvar a gravação neste computador. Verifique se o disco não está cheio e tente baixá-la novamente.
    }
no_sound_output = Nenhuma saída de som encontrada — verifique seus alto-falantes ou fone de ouvido e clique em Reproduzir novamente.
playback = { $reason ->
        [player_stopped] Não é possível reproduzir a gravação: o reprodutor de áudio parou de funcionar. Feche o AgentPhone e abra-o novamente.
        [missing] Não é possível reproduzir a gravação: o arquivo dela não está mais neste computador. Baixe-a novamente.
        [damaged] Não é possível reproduzir a gravação: o arquivo está danificado ou não é de áudio.
       *[not_here] Não é possível reproduzir a gravação: ela ainda não está neste computador. Tente baixá-la novamente.
    }
history = O AgentPhone não conseguiu ler ou salvar o histórico de ligações. Verifique se o disco não está cheio e reinicie o aplicativo.
placed_not_saved = A ligação foi feita, mas o AgentPhone não conseguiu salvá-la no histórico. Não faça a ligação de novo: o aplicativo vai acompanhá-la enquanto estiver aberto. Verifique se o disco não está cheio.
call_on_its_way = Esta ligação talvez já esteja chamando: o AgentPhone já a enviou ao serviço. Removê-la apenas a tira desta lista; isso não interrompe a ligação.
confirmation_changed =
    .number = O número foi alterado depois que você confirmou a ligação, por isso nenhuma ligação foi feita. Confira o número e confirme novamente.
    .mode = O modo de treino foi ativado ou desativado depois que você confirmou a ligação, por isso nenhuma ligação foi feita. Confira a ligação e confirme novamente.
    .removed = A ligação foi removida ou alterada antes de ser enviada, por isso não foi feita.
    .caller = Os dados de para quem é a ligação (Configurações → Você) mudaram depois que você confirmou a ligação, por isso nenhuma ligação foi feita. Confira a ligação e confirme de novo.
sent_too_late = O computador estava em modo de suspensão na hora desta ligação, por isso ela não foi feita: o AgentPhone nunca faz uma ligação com atraso. Faça a ligação de novo se ainda quiser.
closed_before_sending = O AgentPhone foi fechado antes de esta ligação ser enviada, por isso ela não foi feita. Faça a ligação de novo se ainda quiser.
already_being_placed = Esta ligação já foi feita: a hora dela chegou agora há pouco. Acompanhe-a na lista; ela não será feita duas vezes.
send_pending = O modo de treino não foi alterado: { $count ->
        [one] ainda há uma ligação aguardando envio.
       *[other] ainda há { $count } ligações aguardando envio.
    } Aguarde o envio (leva no máximo um minuto) ou remova as ligações em espera e tente alterar o modo novamente.
unknown_call = Esta ligação não está mais no seu histórico: ela foi removida ou apagada pela limpeza automática.
save_failed = O AgentPhone não conseguiu salvar { $file }. Verifique se a pasta ainda existe, se o disco não está cheio e se você tem permissão para gravar nela. Depois, tente novamente.
browser_not_opened = O AgentPhone não conseguiu abrir seu navegador. Abra { $address } manualmente no seu navegador.
mail_not_opened = O AgentPhone não conseguiu abrir seu programa de e-mail. Configure um nas configurações do sistema, ou use “Copiar resumo” e cole em uma mensagem você mesmo.
may_be_placed = O AgentPhone talvez já tenha feito uma ligação para { $phone } há instantes, mas não conseguiu confirmar. Confira suas ligações em agentphone.app antes de ligar de novo.
wrong_mode =
    .practice = Esta é uma ligação de treino: ative o modo de treino em Configurações para consultá-la novamente.
    .live = Esta é uma ligação real: desative o modo de treino em Configurações para consultá-la novamente.
already_open = O AgentPhone já está aberto (outra cópia está usando a pasta de dados dele). Vá para essa janela ou feche-a e abra o AgentPhone novamente.
preferences = O AgentPhone não conseguiu salvar suas configurações, por isso a alteração não foi feita. Verifique se o disco não está cheio e se você tem permissão para gravar na pasta de dados do AgentPhone. Depois, tente novamente.
unsafe_api_base = O AgentPhone não vai enviar sua chave para { $base }: o endereço do serviço precisa começar com https:// (http:// simples só é aceito para este computador). Corrija ou remova AGENTPHONE_API_BASE, ou "apiBase" em preferences.json, e abra o AgentPhone novamente.
history_unavailable = { $reason ->
        [busy] O AgentPhone não conseguiu abrir o histórico de ligações ({ $path }): outro programa está usando o arquivo (um programa de backup ou de sincronização, por exemplo). Feche esse programa ou aguarde até que ele termine e abra o AgentPhone novamente. Nada foi movido ou apagado.
        [read_only] O AgentPhone não conseguiu abrir o histórico de ligações ({ $path }): o AgentPhone não tem permissão para gravar ali. Verifique se a pasta e o arquivo pertencem a você e não estão como somente leitura e abra o AgentPhone novamente. Nada foi movido ou apagado.
        [full] O AgentPhone não conseguiu abrir o histórico de ligações ({ $path }): o disco está cheio. Libere espaço e abra o AgentPhone novamente. Nada foi movido ou apagado.
       *[other] O AgentPhone não conseguiu abrir o histórico de ligações ({ $path }). Reinicie o computador e abra o AgentPhone novamente. Nada foi movido ou apagado.
    }
recording_downloading = A gravação já está sendo baixada; ela aparece aqui assim que for guardada.
invalid_api_base = O endereço do serviço { $base } não é um endereço da web que o AgentPhone possa usar, por isso nada foi enviado. Corrija ou remova AGENTPHONE_API_BASE, ou "apiBase" em preferences.json, e abra o AgentPhone novamente.
data_folder_unavailable = O AgentPhone não conseguiu usar a pasta de dados ({ $folder }). Verifique se o disco não está cheio e se você tem permissão para gravar nela. Depois, abra o AgentPhone novamente.
connection_setup_failed = O AgentPhone não conseguiu preparar a conexão com a internet neste computador, por isso nada foi enviado. Feche o AgentPhone e abra-o novamente.
practice_did_not_start = Não foi possível iniciar o modo de treino neste computador, por isso nada foi alterado. Feche o AgentPhone e abra-o novamente.
spreadsheet_failed = O AgentPhone não conseguiu colocar estas ligações em uma planilha, por isso nenhum arquivo foi salvo. Tente novamente selecionando menos ligações.
interrupted = O AgentPhone interrompeu esta etapa inesperadamente, por isso ela não foi concluída; nada do que você digitou foi perdido. Tente novamente e, se acontecer de novo, feche o AgentPhone e abra-o novamente.
time_in_the_past = Escolha um horário no futuro para a ligação ou ligue agora.

## O que o próprio Rust diz: diálogos, notificações, avisos ao iniciar, diálogos de salvar.

closing-title = Fechar o AgentPhone?
closing-close = Fechar o AgentPhone
closing-keep = Manter aberto
closing-unsent = { $count ->
        [one] Uma ligação ainda não foi enviada. Se você fechar o AgentPhone agora, ela não será feita; você poderá fazê-la de novo mais tarde.
       *[other] { $count } ligações ainda não foram enviadas. Se você fechar o AgentPhone agora, elas não serão feitas; você poderá fazê-las de novo mais tarde.
    }
closing-going-on = { $count ->
        [one] Uma ligação está em andamento no serviço. Fechar o AgentPhone não a interrompe; quando você abrir o AgentPhone de novo, ele voltará a acompanhar a ligação e mostrará o resultado.
       *[other] { $count } ligações estão em andamento no serviço. Fechar o AgentPhone não as interrompe; quando você abrir o AgentPhone de novo, ele voltará a acompanhar as ligações e mostrará os resultados.
    }
closing-scheduled = { $count ->
        [one] Uma ligação está agendada para mais tarde. Ela não será feita enquanto o AgentPhone estiver fechado; quando você abrir o AgentPhone de novo, poderá fazê-la ou escolher outro horário.
       *[other] { $count } ligações estão agendadas para mais tarde. Elas não serão feitas enquanto o AgentPhone estiver fechado; quando você abrir o AgentPhone de novo, poderá fazê-las ou escolher outros horários.
    }
notify-scheduled = Sua ligação agendada para { $who } está começando agora.
notify-scheduled-unknown = Sua ligação agendada está começando agora.
notify-ended-unknown = Uma ligação terminou. Abra o AgentPhone para ver o que aconteceu.
notify-ended = { $who } — { $how ->
        [achieved] Resolvido
        [partial] Resolvido em parte
        [not_achieved] Não resolvido
        [failed] A ligação falhou
        [canceled] A ligação foi cancelada
       *[finished] Concluída
    }
notify-ended-summary = { $who } — { $how ->
        [achieved] Resolvido
        [partial] Resolvido em parte
        [not_achieved] Não resolvido
        [failed] A ligação falhou
        [canceled] A ligação foi cancelada
       *[finished] Concluída
    }: { $summary }
notice-preferences-aside = Não foi possível ler suas preferências, por isso o AgentPhone separou o arquivo ({ $file }) e começou com as configurações padrão. Nada mais foi alterado.
notice-history-aside = Seu histórico de ligações estava danificado, por isso o AgentPhone o moveu para { $file } (nada foi apagado) e começou um histórico novo e vazio.
notice-kept-aside = Não foi possível recuperar o que você tinha digitado antes, por isso o AgentPhone separou o arquivo ({ $file }) e começou com um formulário vazio.
save-calls-title = Exportar ligações para uma planilha
save-calls-kind = Planilha (CSV)
save-calls-kind-excel = Pasta de trabalho do Excel (.xlsx)
save-call-title = Exportar a ligação
save-call-kind = Markdown
save-recording-title = Salvar a gravação
save-recording-kind = Gravação

## Exportações: as colunas da planilha e a ligação como documento.

export-date = Data
export-number = Número
export-business = Empresa
export-objective = Pedido
export-status = Status
export-outcome = Resultado
export-duration = Duração (s)
export-summary = Resumo
export-note = Anotação
export-labels = Etiquetas
export-recording = Gravação
export-practice = Treino
export-transcript = Transcrição
export-yes = sim
export-title = Ligação para { $who }
export-website = Site
export-placed = Feita em
export-seconds = { $seconds } s
export-practice-call = Ligação de treino
export-practice-call-yes = sim, nada aconteceu de verdade
export-unknown-speaker = Desconhecido
email-subject = { $who }: { $result }

## O status e o resultado de uma ligação, tanto na janela quanto nas exportações.

status-queued = Na fila
status-dialing = Discando
status-in_progress = Em andamento
status-completed = Concluída
status-failed = Falhou
status-canceled = Cancelada
outcome-achieved = Resolvido
outcome-partial = Resolvido em parte
outcome-not_achieved = Não resolvido

export-call-duration = Duração

## O formulário de nova ligação, conforme o Rust o verifica.

check-phone-empty = Digite o número de telefone que será chamado.
check-phone-letters = Um número de telefone tem apenas dígitos (e espaços, hifens, parênteses ou um + no início). Não é possível discar letras.
check-phone-symbols = Remova os símbolos: um número de telefone tem apenas dígitos, espaços, hifens, parênteses ou um + no início.
check-phone-no-digits = Digite os dígitos do número depois do +.
check-phone-emergency = O AgentPhone não pode ligar para números de emergência ou de serviço curtos, como 190, 192, 911 ou 112. Se precisar de ajuda, ligue você mesmo para esses números agora.
check-phone-country = Escolha o país deste número ou digite-o com + e o código do país.
check-phone-unreadable = Isto não parece um número de telefone. Confira os dígitos ou escolha o país certo.
check-phone-short = Este é um número de serviço curto, não a linha de uma empresa. O AgentPhone só pode ligar para números de telefone completos.
check-phone-invalid = Este não é um número de telefone válido para esse país. Confira os dígitos ou escolha o país certo.
check-phone-premium = Este é um número de tarifa especial: a ligação custa mais por minuto. O AgentPhone não liga para números de tarifa especial; procure o número comum da empresa no site dela.
check-note-shared-cost = Este é um número de custo compartilhado: a ligação pode custar mais do que uma ligação comum.
check-note-personal = Este é um número pessoal de encaminhamento: a ligação pode cair com uma pessoa, e não com a empresa.
check-note-pager = Este é um número de pager: ninguém pode conversar com o agente por ele.
check-note-voicemail = Este é um número de correio de voz: ele leva a uma caixa postal, não a uma pessoa.
check-objective-empty = Descreva o que o agente deve fazer na ligação.
check-objective-too-long = Encurte o que o agente deve fazer: { $chars } de { $limit } caracteres.
check-business-too-long = Use no máximo { $limit } caracteres no nome da empresa.
check-website-too-long = Use no máximo { $limit } caracteres no endereço do site ou deixe o campo vazio.
check-website-invalid = Digite o endereço do site da empresa, como https://example.com, ou deixe o campo vazio.
check-caller-too-long = Use no máximo { $limit } caracteres.
check-voicemail-too-long = A mensagem para a caixa postal deve ter no máximo { $limit } caracteres.
check-business-name-empty = Dê um nome à empresa para encontrá-la depois.
check-business-note-too-long = Use no máximo { $limit } caracteres na anotação.
check-business-number-kept = Este número já está salvo como “{ $name }”. Abra essa empresa para alterá-la.
check-business-gone = Esta empresa não está mais salva: ela foi removida nesse meio-tempo. Salve-a de novo se precisar.
check-speaks-unknown = Escolha um idioma da lista ou “Não informado”.

## A tela da ligação: andamento, resultado, transcrição, gravação, anotação e etiquetas de uma ligação.

# O status de uma ligação, como título ou selo.
call-status-not-started = Não iniciada
# Quanto tempo durou uma ligação: 42 s, 1 min 15 s.
call-duration-seconds = { $seconds } s
call-duration-minutes = { $minutes } min { $seconds } s
# Quem falou na transcrição: nosso agente, ou a empresa chamada quando ela não tem nome.
call-speaker-agent = Agente do AgentPhone
call-speaker-business = Empresa
# Uma fala da transcrição, ao ser copiada: quem falou e o que disse.
call-transcript-line = { $speaker }: { $text }

# Botões abaixo de um problema.
call-open-settings = Abrir Configurações
call-open-api-keys = Abrir a página de chaves de API
call-open-site = Abrir agentphone.app

# A anotação e as etiquetas da própria pessoa em uma ligação.
call-notes-heading = Sua anotação e etiquetas
call-note = Anotação
call-note-saved = Anotação salva.
call-labels = Etiquetas
call-remove-label = Remover a etiqueta { $label }
call-new-label = Nova etiqueta
call-new-label-placeholder = Adicione uma etiqueta, por exemplo: reservado
call-add-label = Adicionar etiqueta

# As etapas de uma ligação.
call-progress = Andamento
call-progress-steps = Andamento da ligação
# A última etapa, depois que a ligação terminou.
call-step-end = Concluída / falhou / cancelada

call-transcript = Transcrição
call-transcript-hint = Enquanto a gravação toca, a fala em curso fica destacada; clique em uma fala para ouvi-la. As posições são estimadas, por isso são aproximadas.

# O reprodutor da gravação.
call-player = Reprodutor da gravação
call-play = Reproduzir
call-pause = Pausar
call-back = Voltar { $seconds } s
call-forward = Avançar { $seconds } s
# Em que ponto a gravação está, para leitores de tela: exibido como 0:42 / 1:15.
call-position = Posição atual
call-seek = Posição na gravação
call-speed = Velocidade
# Uma velocidade de reprodução: 0,75×, 2×.
call-speed-option = { $speed }×
call-volume = Volume
call-save-recording-as = Salvar gravação como…
# $path: o arquivo em que uma gravação ou uma ligação foi salva.
call-saved-to = Salvo em { $path }.
call-player-keys = A barra de espaço reproduz ou pausa; as teclas de seta voltam ou avançam { $seconds ->
        [one] { $seconds } segundo.
       *[other] { $seconds } segundos.
    }

# O resultado de uma ligação concluída.
call-result = Resultado
# $duration: quanto tempo durou a ligação (1 min 15 s).
call-duration = Duração: { $duration }
call-credits-left = { $count ->
        [one] { $count } crédito restante
       *[other] { $count } créditos restantes
    }
call-results-pending = Os resultados ainda podem ser atualizados: o resumo ou a transcrição ainda não tinham chegado.
call-follow-up = Dar continuidade…
call-call-again = Ligar de novo…
call-try-later = Tentar de novo mais tarde…
call-email = Enviar por e-mail…
call-email-transcript = com a transcrição
call-print = Imprimir…
call-export = Exportar…
call-copy-summary = Copiar resumo
call-copy-transcript = Copiar transcrição
call-summary-copied = Resumo copiado.
call-transcript-copied = Transcrição copiada.
call-summary-not-copied = Não foi possível copiar o resumo; selecione-o e copie manualmente.
call-transcript-not-copied = Não foi possível copiar a transcrição; selecione-a e copie manualmente.
call-recording-kept = A gravação está guardada neste computador.
call-recording-saving = Salvando a gravação neste computador…
# $percent: quanto da gravação já chegou, de 0 a 100.
call-recording-saving-percent = Salvando a gravação neste computador… { $percent }%
call-recording-not-here = A gravação ainda não está neste computador.
call-download-recording = Baixar a gravação

# A página da ligação. Uma ligação no modo de treino leva este selo.
call-practice = Treino
# Abaixo do nome da empresa, depois do número de telefone. $time: um horário (15:04); $elapsed: uma duração (1 min 15 s).
call-confirmed-at = confirmada às { $time }
call-confirmed-not-sent = confirmada às { $time } · ainda não enviada
call-placed-at = feita às { $time } · { $elapsed }
# Uma linha, "Continuação de [uma ligação anterior].", em que a parte do meio é um link para essa ligação.
# Coloque palavras antes ou depois do link conforme o idioma exigir; uma parte pode ficar vazia: { "" }.
call-follows-up-before = Continuação de
call-follows-up-link = uma ligação anterior
call-follows-up-after = { "." }
call-placing = Fazendo a ligação…
# Uma ligação em andamento. $who: a empresa ou o número dela; $elapsed: há quanto tempo ela está em andamento (1 min 15 s);
# $shown: um status que o AgentPhone não conhece, com o nome dado pelo serviço.
call-calling = Ligando para { $who }… { $status ->
        [queued] na fila
        [dialing] discando
        [in_progress] em andamento
        [completed] concluída
        [failed] falhou
        [canceled] cancelada
       *[other] { $shown }
    } · { $elapsed }
# Anunciado aos leitores de tela quando o status de uma ligação muda.
call-status-changed = Status da ligação: { $status ->
        [queued] na fila
        [dialing] discando
        [in_progress] em andamento
        [completed] concluída
        [failed] falhou
        [canceled] cancelada
       *[other] { $shown }
    }.
call-unconfirmed = Não foi possível confirmar que a ligação foi feita — verificando…
call-may-be-placed = O AgentPhone talvez tenha feito esta ligação. Confira em agentphone.app antes de ligar de novo.
call-check-again = Verificar novamente
call-not-placed = Não foi feita.
call-still-running = Ainda em andamento.
call-busy-countdown = O serviço está ocupado. A ligação ainda não foi enviada e nenhum crédito foi usado. Nova tentativa em { $seconds ->
        [one] { $seconds } segundo…
       *[other] { $seconds } segundos…
    }
call-busy = O serviço está ocupado. A ligação ainda não foi enviada e nenhum crédito foi usado. O AgentPhone vai tentar de novo em instantes…
call-dont-place = Não fazer esta ligação
call-asked-and-went = O que você pediu e como foi a ligação
call-asked = O que você pediu
call-follow-ups = Ligações de continuação
call-new-call = Nova ligação
call-keep-business = Salvar esta empresa…
call-business-page = Todas as ligações para { $name }
call-loading = Carregando a ligação…

## A lista do Histórico, seus filtros e o resumo deste mês; Configurações (chave de API, modo de treino, idioma, notificações, exclusão de ligações antigas).

list-history-heading = Histórico
# O botão que exporta as ligações mostradas pela lista (todas elas, não só as que estão na tela).
list-export = { $count ->
        [one] Exportar { $count } ligação…
       *[other] Exportar { $count } ligações…
    }
# Uma caixa de seleção depois do botão de exportar.
list-export-with-transcripts = com transcrições
list-export-excel = Exportar para o Excel…
# $path: o arquivo em que as ligações foram salvas.
list-export-saved = { $count ->
        [one] { $count } ligação salva em { $path }.
       *[other] { $count } ligações salvas em { $path }.
    }
list-opening = Abrindo seu histórico de ligações…
list-no-match = Nenhuma ligação encontrada.
list-empty = Ainda não há ligações. As ligações que você fizer aparecerão aqui, das mais recentes para as mais antigas.
# Como os leitores de tela chamam a lista de ligações.
list-calls-label = Ligações
list-businesses-label = Empresas salvas
# A situação de uma ligação, no selo dela na lista.
list-progress-not-placed = Não feita
list-progress-placing = Ainda não enviada
list-progress-sending = Fazendo a ligação…
list-progress-waiting = Aguardando nova tentativa
list-progress-unconfirmed = Verificando…
list-progress-may-be-placed = Não confirmada
list-progress-still-running = Ainda em andamento
# $when: o dia e o horário, já por extenso ("hoje às 15:00", "amanhã, ter., 4 de mar., às 9:00").
list-progress-scheduled = Agendada para { $when }
list-progress-missed = Passou do horário
# O selo de uma ligação simulada no modo de treino.
list-practice-badge = Treino
list-remove-group = Remover esta ligação
list-remove-ringing = Esta ligação talvez já esteja chamando. Removê-la apenas a tira desta lista — isso não interrompe a ligação. Remover mesmo assim?
list-remove-anyway = Remover mesmo assim
list-keep-it = Manter na lista
list-cancel-scheduled-question = Cancelar esta ligação agendada? Ela não será feita.
list-delete-question = Apagar esta ligação, a gravação e a transcrição dela? Não é possível desfazer esta ação.
list-remove = Remover
list-keep = Manter
# O botão × de uma ligação na lista; $who: o nome de uma empresa ou um número de telefone.
list-remove-call = Remover a ligação para { $who }
list-show-more = Mostrar mais (restam { $count })

# Os filtros da lista do Histórico.
list-search = Buscar ligações
list-filter-outcome = Filtrar por resultado
list-outcome-all = Todos os resultados
list-outcome-achieved = Resolvido
list-outcome-partial = Resolvido em parte
list-outcome-not-achieved = Não resolvido
list-outcome-failed = Falhou ou sem resposta
list-outcome-not-placed = Não feita
list-filter-mode = Filtrar por modo
list-mode-all = Reais e de treino
list-mode-live = Somente reais
list-mode-practice = Somente de treino
list-filter-label = Filtrar por etiqueta
list-label-all = Todas as etiquetas
list-filter-date = Filtrar por data
list-filter-button = Filtrar
list-filter-button-count = Filtrar ({ $count })
list-filter-active = Filtros ativos
list-filter-remove = Remover o filtro { $filter }
list-date-any = Qualquer data
list-date-today = Hoje
list-date-week = Últimos 7 dias
list-date-month = Últimos 30 dias
list-date-range = Entre datas…
list-order = Ordem
list-order-newest = Mais recentes primeiro
list-order-oldest = Mais antigas primeiro
# Antes de uma caixa de data: o primeiro dia mostrado.
list-date-from = De
# Antes de uma caixa de data: o último dia mostrado.
list-date-to = Até

# Este mês em resumo, acima da lista: cada dado separado, divididos por " · ".
list-overview-label = Este mês
list-overview-calls = { $count ->
        [one] Este mês: { $count } ligação
       *[other] Este mês: { $count } ligações
    }
list-overview-achieved = resolvidas: { $achieved } de { $outOf }
list-overview-credits = { $count ->
        [one] { $count } crédito usado em ligações reais
       *[other] { $count } créditos usados em ligações reais
    }
# $duration: a duração média de uma ligação, já por extenso ("2 min 5 s").
list-overview-average = duração média de { $duration }

list-settings-heading = Configurações
list-caller-heading = Você
list-caller-hint = Se você preencher estes dados, o agente dirá em cada ligação para quem está ligando e como retornar a ligação. Você pode deixá-los de fora em qualquer ligação.
list-caller-name = Seu nome
list-caller-organisation = Organização
list-caller-callback = Número para retorno
list-caller-reference = Referência
list-caller-reference-placeholder = ex.: número de cliente 44-1290
list-caller-save = Salvar
list-caller-saved = Salvo. O agente recebe estas informações em cada ligação.
list-caller-cleared = Apagado. O agente não saberá para quem são as ligações.
list-caller-not-saved = Não foi salvo: corrija o que está marcado e salve de novo.

list-key-heading = Chave de API do AgentPhone
list-key-checking-keychain = Verificando o chaveiro do sistema…
# Seguido da chave com todos os caracteres ocultos, menos os últimos (••••••9876).
list-key-stored = Há uma chave guardada:
list-key-none = Ainda não há nenhuma chave guardada.
list-key-label = Chave de API
list-key-label-new = Nova chave de API
list-key-hint = As chaves do AgentPhone são obtidas em agentphone.app, em Dashboard → API keys (uma chave de outro serviço será recusada). A chave fica guardada apenas no chaveiro do seu sistema e nunca mais é mostrada por inteiro.
list-key-open-page = Abrir a página de chaves de API em agentphone.app
list-key-placeholder = Cole sua chave aqui
list-key-save = Salvar chave
list-key-replace = Substituir chave
list-key-checking = Verificando a chave com o AgentPhone…
list-key-remove-question = Remover a chave? Você não poderá fazer ligações até adicionar uma chave novamente.
list-key-remove-yes = Sim, remover a chave
list-key-keep = Manter a chave
list-key-remove = Remover chave
# Seguido do motivo pelo qual a chave não pôde ser verificada (uma frase à parte).
list-key-saved-not-checked = A chave foi salva no chaveiro do seu sistema, mas não foi possível verificá-la agora.
list-key-works = A chave funciona. Ela fica guardada no chaveiro do seu sistema.
list-key-works-replaced = A chave funciona. A nova chave substituiu a antiga no chaveiro do seu sistema.
list-key-removed = A chave foi removida do chaveiro do seu sistema.

list-practice-heading = Modo de treino
# Como os leitores de tela chamam o botão do modo de treino.
list-practice-switch = Modo de treino
# Ao lado de um botão ativado.
list-switch-on = Ativado
# Ao lado de um botão desativado.
list-switch-off = Desativado
list-practice-note-on = As ligações são simuladas dentro do aplicativo. Nenhum telefone toca e nenhum crédito é usado.
list-practice-note-no-key = Ative para experimentar o AgentPhone sem chave. Para fazer ligações reais, você precisa da sua chave do AgentPhone (veja abaixo).
list-practice-note-off = As ligações são reais: o telefone da empresa toca e cada ligação usa um crédito.

list-language-heading = Idioma
list-language-label = Idioma do AgentPhone
list-language-system = Padrão do sistema

list-notify-heading = Notificações
list-notify-when-done = Avisar quando uma ligação terminar enquanto o AgentPhone estiver em segundo plano

# Exclusão de ligações antigas. $what: recordings (as ligações ficam) ou calls (ligações inteiras); $days: a idade.
list-retention-heading = Apagar ligações antigas automaticamente
list-retention-rule = { $what ->
        [recordings] { $days ->
            [one] O AgentPhone apaga as gravações com mais de { $days } dia, ao iniciar e uma vez por dia.
           *[other] O AgentPhone apaga as gravações com mais de { $days } dias, ao iniciar e uma vez por dia.
        }
       *[calls] { $days ->
            [one] O AgentPhone apaga as ligações com mais de { $days } dia, ao iniciar e uma vez por dia.
           *[other] O AgentPhone apaga as ligações com mais de { $days } dias, ao iniciar e uma vez por dia.
        }
    }
list-retention-off = O AgentPhone guarda todas as ligações e gravações até você removê-las.
# A regra é lida como uma linha de controles: Apagar [gravações (as ligações ficam) | ligações inteiras] com mais de [90] dias.
list-retention-delete = Apagar
list-retention-what = O que apagar
list-retention-recordings = gravações (as ligações ficam)
list-retention-calls = ligações inteiras
list-retention-older-than = com mais de
# Como os leitores de tela chamam a caixa do número de dias.
list-retention-days = Dias
# Depois da caixa do número de dias.
list-retention-day-unit = { $days ->
        [one] dia
       *[other] dias
    }
list-retention-none-old = { $what ->
        [recordings] No momento, nenhuma gravação é tão antiga.
       *[calls] No momento, nenhuma ligação é tão antiga.
    }
list-retention-would-delete = { $what ->
        [recordings] { $count ->
            [one] Isso apagaria { $count } gravação agora. Ligações ainda em andamento nunca são apagadas.
           *[other] Isso apagaria { $count } gravações agora. Ligações ainda em andamento nunca são apagadas.
        }
       *[calls] { $count ->
            [one] Isso apagaria { $count } ligação agora. Ligações ainda em andamento nunca são apagadas.
           *[other] Isso apagaria { $count } ligações agora. Ligações ainda em andamento nunca são apagadas.
        }
    }
list-retention-save = Salvar a regra
# O botão que ativa a regra, quando ela apaga algo imediatamente.
list-retention-turn-on-deleting = { $what ->
        [recordings] { $count ->
            [one] { $days ->
                [one] Apagar { $count } gravação agora e continuar apagando as que tiverem mais de { $days } dia
               *[other] Apagar { $count } gravação agora e continuar apagando as que tiverem mais de { $days } dias
            }
           *[other] { $days ->
                [one] Apagar { $count } gravações agora e continuar apagando as que tiverem mais de { $days } dia
               *[other] Apagar { $count } gravações agora e continuar apagando as que tiverem mais de { $days } dias
            }
        }
       *[calls] { $count ->
            [one] { $days ->
                [one] Apagar { $count } ligação agora e continuar apagando as que tiverem mais de { $days } dia
               *[other] Apagar { $count } ligação agora e continuar apagando as que tiverem mais de { $days } dias
            }
           *[other] { $days ->
                [one] Apagar { $count } ligações agora e continuar apagando as que tiverem mais de { $days } dia
               *[other] Apagar { $count } ligações agora e continuar apagando as que tiverem mais de { $days } dias
            }
        }
    }
list-retention-turn-on = Ativar
list-retention-turn-off = Desativar
# Depois que a regra é salva: $count ligações ou gravações foram apagadas imediatamente.
list-retention-saved = Regra salva. Itens apagados agora: { $count }; os demais serão apagados à medida que ficarem mais antigos.
list-retention-all-kept = Tudo fica guardado.

## O cabeçalho da janela, a tela inicial, o formulário de nova ligação, a confirmação e as ligações agendadas.

form-app-name = AgentPhone
form-mode-label = Modo:
form-mode-checking = Verificando…
form-mode-starting-hint = O AgentPhone está iniciando
form-mode-practice = Treino
form-mode-practice-hint = As ligações são simuladas: nenhum telefone toca e nenhum crédito é usado
form-mode-key-unavailable = Chave indisponível
form-mode-key-looking-hint = Procurando sua chave no chaveiro do sistema
form-mode-live = Real
form-mode-live-hint = As ligações são reais e usam seus créditos do AgentPhone
form-mode-live-other = Real · { $service }
form-mode-live-other-hint = As ligações são reais e vão para o serviço em { $service }, não para agentphone.app
form-mode-no-key = Ainda sem chave
form-mode-no-key-hint = Adicione sua chave do AgentPhone em Configurações para fazer ligações
form-practice-credits-hint = Créditos simulados do modo de treino; sua conta não é afetada
form-practice-credits = Créditos de treino: { $count }
form-practice-credits-unknown = Créditos de treino: —
form-credits-hint = Créditos restantes na sua conta do AgentPhone, segundo a última informação do serviço
form-credits = Créditos: { $count } (atualizado às { $time })
form-credits-unknown = Créditos: —
form-credits-later = (exibidos após sua primeira ligação)
form-nav-label = Aplicativo
form-nav-new-call = Nova ligação
form-nav-settings = Configurações
form-nav-shortcuts = Atalhos de teclado
shortcuts-heading = Atalhos de teclado
shortcuts-close = Fechar
shortcut-new-call = Nova ligação, com o cursor no número
shortcut-search = Pesquisar no histórico
shortcut-review = No formulário: conferir a ligação antes de fazê-la (nunca faz a ligação)
shortcut-back = Voltar, ou fechar o que está aberto
shortcut-next-call = Próxima ligação da lista
shortcut-previous-call = Ligação anterior da lista
shortcut-play = Em uma ligação: reproduzir ou pausar a gravação
shortcut-settings = Configurações
shortcut-list = Esta lista (também ? fora das caixas de texto)
key-ctrl = Ctrl
key-alt = Alt
key-enter = Enter
key-escape = Esc
key-space = Espaço
form-nav-close-settings = Fechar configurações
form-practice-banner = Treino — nenhuma ligação real é feita. As ligações aqui são simuladas pelo AgentPhone para mostrar todas as telas.
form-held-heading = Ligações reais agendadas para mais tarde
form-held-note = Estas ligações reais não são feitas enquanto o modo de treino estiver ativado. Desative o modo de treino para que elas sejam feitas no horário marcado.
# $who é a empresa ou o número de telefone; $time é o horário agendado da ligação (exibido em negrito).
form-held-call = { $who }: { $time }
form-missed-heading = Ligações agendadas que não foram feitas
form-welcome-heading = Boas-vindas ao AgentPhone
form-welcome-intro = Com o AgentPhone, um agente de IA liga para uma empresa por você — para reservar uma mesa, cancelar uma assinatura ou perguntar sobre a política de devolução — e mostra o resultado, um resumo, a transcrição e a gravação.
form-welcome-key-heading = Use sua chave do AgentPhone
form-welcome-key-note = Cole a chave de API obtida em agentphone.app. Ela fica guardada no chaveiro do seu sistema.
form-welcome-key-button = Colar uma chave do AgentPhone
form-welcome-practice-heading = Experimente primeiro
form-welcome-practice-note = O modo de treino mostra todas as telas com ligações simuladas. Nenhum telefone toca e nenhum crédito é usado.
form-welcome-practice-button = Experimentar o modo de treino
form-new-call-heading = Nova ligação
form-wait-for-placing = Aguarde até que a ligação que está sendo enviada seja feita.
form-checking-details = Verificando os dados…
form-earlier-call = A ligação anterior
form-following-up = Dando continuidade à sua ligação para { $who }.
form-make-separate = Transformar em uma ligação separada
form-you-asked = Você pediu:
form-their-answer = A resposta:
form-no-summary = Nenhum resumo foi fornecido.
form-calling-status = Ligando para { $who }… A ligação está sendo enviada; ela vai aparecer aqui assim que for feita.
form-phone-label = Número de telefone
form-country-label = País do número
form-phone-placeholder = ex.: (415) 555-0132
# $number é o número como será discado (exibido em negrito).
form-will-dial = Número que será discado: { $number }
form-phone-help = Digite-o como você o discaria ou comece com + e o código do país.
form-business-label = Nome da empresa
form-website-label = Site
form-website-placeholder = ex.: luigis.com
form-website-help = O agente lê o site antes de ligar.
form-objective-label = O que o agente deve fazer?
form-link-filled = O número do link que você abriu foi preenchido. Confira, diga o que o agente deve fazer e confirme: nenhuma ligação é feita antes disso.
form-link-refused = O link que você abriu não contém um número de telefone, por isso nada foi preenchido.
form-for-caller = Dizer para quem é esta ligação: { $who }
form-voicemail-label = Se cair na caixa postal, deixar esta mensagem
form-speaks-label = Idioma que falam
form-speaks-not-said = Não informado
form-speaks-help = O agente fica sabendo em qual idioma deve falar com eles.
form-suggestions-label = Empresas salvas
form-objective-label-follow-up = O que o agente deve fazer agora?
form-objective-count = { $count } de { $limit ->
        [one] { $limit } caractere
       *[other] { $limit } caracteres
    }
form-save-template = Salvar como modelo
form-place-call = Fazer ligação…
form-optional = (opcional)
form-advice-label = Como escrever um bom pedido
form-advice-specific = Dê detalhes.
form-advice-what = Informe o que o agente precisa saber: nomes, datas, horários, número de pessoas, números de conta ou de protocolo.
form-advice-example = Em vez de “Ligue para o restaurante”, escreva “Peça uma mesa para 4 pessoas hoje às 19h; se houver, reserve em nome de Sarah”.
form-templates-intro = Seus modelos (clique para usar):
form-templates-label = Seus modelos
form-remove-template = Remover modelo: { $template }
form-examples-intro = Exemplos (clique para usar):
form-example-table = Peça uma mesa para 4 pessoas hoje às 19h; se houver, reserve em nome de Sarah.
form-example-gym = Cancele a matrícula da academia de Alex Morgan, número de sócio 44718, a partir do fim deste mês.
form-example-return = Pergunte qual é a política de devolução de uma chaleira elétrica ainda lacrada, comprada há 20 dias, compra nº 55-1029.
form-check-heading = Confira antes de ligar
# $number é o número para o qual se vai ligar (exibido em negrito).
form-will-call = O AgentPhone vai ligar para { $number } com este pedido:
form-will-call-business = O AgentPhone vai ligar para { $number } ({ $business }) com este pedido:
form-follows-up = Ela dá continuidade à sua ligação para { $who }; as duas aparecem juntas.
form-called-moments-ago = Você ligou para este número há menos de um minuto. Confirme que quer mesmo ligar de novo.
form-called-minutes-ago = Você ligou para este número há { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }. Confirme que quer mesmo ligar de novo.
form-open-that-call = Abrir essa ligação
form-practice-no-ring = Modo de treino: nenhum telefone real vai tocar.
# Exibido em negrito antes da frase sobre qual telefone vai tocar.
form-real-call = Esta é uma ligação real:
form-real-call-rings = o telefone de { $who } vai tocar quando você clicar em Ligar agora, e a ligação vai usar 1 crédito.
form-real-call-rings-left = o telefone de { $who } vai tocar quando você clicar em Ligar agora, e a ligação vai usar 1 crédito (restam { $left }).
form-scheduled-real-call-rings = o telefone vai tocar quando você clicar em Ligar agora, e a ligação vai usar 1 crédito.
form-open-site = Abrir agentphone.app
form-checked-place-another = Já conferi — fazer outra ligação
form-calling = Ligando…
form-call-now = Ligar agora
form-calling-for = Ligação em nome de: { $who }
form-calling-for-callback = Ligação em nome de: { $who } · retorno pelo { $callback }
form-call-back-on = Retorno pelo { $callback }
form-told-heading = Adicionado ao que o agente recebe:
form-call-later = Ligar mais tarde…
form-change-details = Alterar dados
form-later-note = A ligação é feita nesse horário se o AgentPhone estiver aberto; se estiver fechado, o aplicativo pergunta a você antes.
form-when-to-call = Quando ligar
form-in-an-hour = Daqui a 1 hora
form-tomorrow-at-nine = Amanhã às 9:00
form-at = Em
form-schedule = Agendar
# $time é o horário previsto da ligação (exibido em negrito).
form-missed-note = A ligação para { $who } estava agendada para { $time }. Ela não foi feita nesse horário (o AgentPhone estava fechado, o modo de treino estava ativado ou o computador estava em modo de suspensão).
form-scheduled-note = Agendada para { $time }. O AgentPhone fará a ligação nesse horário, se estiver aberto.
form-call-now-review = Ligar agora…
form-reschedule = Reagendar…
form-change-time = Alterar horário…
form-cancel-call = Cancelar a ligação
form-back = Voltar
form-new-time = Novo horário para a ligação
form-call-anyway = Já conferi: ligar mesmo assim
# Um horário agendado, como as pessoas falam; $time é o horário ("15:46"), $day a data curta ("ter., 1 de dez.").
form-schedule-today = hoje às { $time }
form-schedule-tomorrow = amanhã, { $day }, às { $time }
form-schedule-yesterday = ontem, { $day }, às { $time }
form-schedule-day = { $day }, às { $time }

## Como fica uma ligação, como o histórico a guarda.

problem-busy-after-wait = O serviço continua ocupado depois de um minuto de espera, por isso a ligação não foi feita. Tente novamente em alguns minutos.
problem-closed-while-waiting = O serviço estava ocupado e o AgentPhone foi fechado antes de tentar novamente, por isso esta ligação não foi feita. Faça-a novamente se ainda quiser.
problem-forgotten = O serviço não conhece mais esta ligação. O último estado conhecido fica guardado aqui; clique em Verificar novamente para perguntar mais uma vez.
problem-still-running = A ligação foi acompanhada por { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } e ainda não terminou. Clique em Verificar novamente para olhar outra vez, ou veja-a em agentphone.app.
problem-may-be-placed = O AgentPhone pode ter feito esta ligação, mas não conseguiu confirmar. Confira suas ligações em agentphone.app antes de ligar de novo, ou clique em Verificar novamente.

## Uma empresa salva: a página dela, e como salvar ou alterar uma empresa.

business-heading-new = Salvar esta empresa
business-name-label = Nome
business-phone-label = Número de telefone
business-note-label = Anotação
business-note-placeholder = ex.: pedir para falar com a Sra. Berg; aberto de segunda a sexta
business-keep = Salvar empresa
business-save-changes = Salvar alterações
business-cancel = Cancelar
business-not-saved = Não foi salva: corrija o que está marcado e tente de novo.
business-new-call = Nova ligação para esta empresa
business-change = Alterar…
business-forget = Remover esta empresa…
business-forget-question = Remover esta empresa? As ligações dela continuam no seu histórico.
business-forget-confirm = Remover
business-keep-it = Manter na lista
business-calls-heading = Ligações
business-no-calls = Ainda não há ligações para este número.
business-gone-heading = Empresa não salva
business-forgotten = Esta empresa não está mais salva. As ligações dela continuam no seu histórico.
business-loading = Abrindo a empresa…
