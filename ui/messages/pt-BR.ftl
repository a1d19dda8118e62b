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

empty_key = O campo da chave está vazio. Cole sua chave de API do AgentPhone e clique em Salvar.
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
