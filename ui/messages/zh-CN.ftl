## AgentPhone 的中文文本：以下每条消息均译自英文文件 en.ftl，
## 供窗口界面和 Rust 代码共同使用（错误、错误代码及相关信息）。
## 每种语言都有一个同名文件，包含相同的消息和相同的变量（$name）。
##
## 术语表：call → 通话；objective（“需要代理做什么？”）→ 任务；outcome → 结果；
## Practice mode → 练习模式；credits → 点数；API key → API 密钥；
## keychain → 钥匙串；agent → 代理。
## 以下名称保持原样：agentphone.app、AgentPhone、GNOME Keyring、KWallet、
## AGENTPHONE_API_BASE、"apiBase"、preferences.json、https://、http://。

## 错误：消息 id 即错误代码；`.case` 属性为该错误的各种情况。

empty_key = 密钥框为空。请粘贴您的 AgentPhone API 密钥，然后点击“保存”。
no_keychain_service = 没有正在运行的钥匙串服务。在 Linux 上，请安装并启动 GNOME Keyring 或 KWallet（大多数桌面环境已自带），然后重试。AgentPhone 绝不会将您的密钥存储在其他任何地方；练习模式无需钥匙串也可使用。
no_session_bus = AgentPhone 无法连接到您的桌面会话，因此无法使用钥匙串。请启动 GNOME Keyring 或 KWallet（通常注销后重新登录即可；如果您的桌面环境没有，请安装一个），然后重试。练习模式无需钥匙串也可使用。
keychain_locked = 您的钥匙串已锁定，或解锁请求已被关闭。请解锁钥匙串（通常输入您的登录密码即可），然后重试。
keychain_failed = 钥匙串拒绝了此请求。请重试；如果问题持续出现，请重新启动计算机。
no_key = 尚未存储 AgentPhone 密钥，因此未发起通话。请在“设置”中添加您的密钥，或试用练习模式。
invalid_form = 通话的部分信息需要先修改，因此未发起通话。请检查已标记的字段。
invalid_input = AgentPhone 服务未接受此请求。服务提示：“{ $message }”请检查填写的信息，然后重试；您输入的所有内容都还在。
key_refused = AgentPhone 服务拒绝了您的 API 密钥。AgentPhone 密钥可在 agentphone.app 获取（Dashboard → API keys）：请在那里复制您的密钥，粘贴到“设置”中，然后重试。
out_of_credits = 您的 AgentPhone 账户点数已用完，因此未发起通话。请在 agentphone.app 充值点数，然后重试。
rate_limited =
    .wait = AgentPhone 服务收到来自此密钥的请求过多。服务要求等待 { $retryAfterSeconds ->
        [one] { $retryAfterSeconds } 秒
       *[other] { $retryAfterSeconds } 秒
    }；请稍等片刻再重试。
    .unknown = AgentPhone 服务收到来自此密钥的请求过多。请稍等片刻再重试。
server_error = AgentPhone 服务端出现问题（错误 { $status }）。请过几分钟再重试。
network = AgentPhone 无法访问其服务。请检查您的网络连接，然后重试。
could_not_connect = AgentPhone 无法连接到其服务，因此未发送任何内容。请检查您的网络连接，然后重试。
timeout = AgentPhone 服务响应超时。请检查您的网络连接，然后重试。
malformed_answer = { $request ->
        [placing] 发起通话时，AgentPhone 服务返回了应用无法读取的应答。请暂时不要再次发起此通话：AgentPhone 会核实该通话是否已发起。
        [reading] AgentPhone 服务返回了应用无法读取的通话信息。AgentPhone 稍后会再次查询；如果问题持续出现，请检查应用是否有更新。
       *[listing] AgentPhone 服务返回的通话列表无法被应用读取。请稍后重试；如果问题持续出现，请检查应用是否有更新。
    }
call_not_found = AgentPhone 服务中找不到通话 { $callId }。该通话可能是使用其他密钥发起的。
recording = { $reason ->
        [not_kept] 此模式下不保存录音。
        [no_link] 服务尚未提供此通话的录音。请稍后重试。
        [folder] 无法保存录音：无法在此计算机上创建录音文件夹。请检查磁盘是否已满。
        [not_a_link] 无法保存录音：录音链接不是网址。此通话的其他结果不受影响。
        [not_secure] 无法保存录音：录音链接不安全（必须以 https:// 开头）。此通话的其他结果不受影响。
        [gone] 无法保存录音：录音链接已过期，或录音已不存在。此通话的其他结果不受影响。
        [server] 无法保存录音：服务器返回了错误 { $status }。此通话的其他结果不受影响；请稍后再次尝试下载录音。
        [not_sound] 无法保存录音：该文件不是音频录音。此通话的其他结果不受影响。
        [too_large] 无法保存录音：文件大于 { $megabytes } MB，远超任何通话录音的正常大小。此通话的其他结果不受影响。
        [copy] 无法将录音复制到 { $file }。请检查该文件夹是否仍然存在、磁盘是否已满，然后重试。
       *[not_saved] 无法将录音保存到此计算机上。请检查磁盘是否已满，然后再次尝试下载。
    }
no_sound_output = 未找到音频输出设备。请检查您的扬声器或耳机，然后再次点击“播放”。
playback = { $reason ->
        [player_stopped] 无法播放录音：音频播放器已停止工作。请关闭 AgentPhone 后重新打开。
        [missing] 无法播放录音：此计算机上找不到录音文件。请重新下载。
        [damaged] 无法播放录音：文件已损坏或不是音频文件。
       *[not_here] 无法播放录音：录音尚未下载到此计算机上。请再次尝试下载。
    }
history = AgentPhone 无法读取或保存通话记录。请检查磁盘是否已满，然后重新启动应用。
placed_not_saved = 通话已发起，但 AgentPhone 无法将其保存到通话记录中。请不要再次发起：只要应用保持打开，就会持续跟踪此通话。请检查磁盘是否已满。
call_on_its_way = 对方电话可能已经在响铃：AgentPhone 已将此通话发送给服务。移除只会将其从此列表中去掉，并不会停止通话。
confirmation_changed =
    .number = 您确认通话后号码发生了更改，因此未发起通话。请检查号码并重新确认。
    .mode = 您确认通话后练习模式被切换，因此未发起通话。请检查通话并重新确认。
    .removed = 该通话在发送前已被移除或更改，因此未发起。
sent_too_late = 此通话的预定时间到达时计算机处于睡眠状态，因此未发起：AgentPhone 绝不会延迟发起通话。如果您仍需要此通话，请重新发起。
closed_before_sending = 此通话发送前 AgentPhone 已关闭，因此未发起。如果您仍需要此通话，请重新发起。
already_being_placed = 此通话已经发起：预定时间刚刚到达。请在列表中查看其进展；它不会被重复发起。
send_pending = 练习模式未切换：{ $count ->
        [one] 还有 { $count } 个通话正在等待发送。
       *[other] 还有 { $count } 个通话正在等待发送。
    }请等待这些通话发起（最多一分钟），或移除正在等待的通话，然后再次切换。
unknown_call = 此通话已不在您的通话记录中：它已被移除，或已被自动清理删除。
save_failed = AgentPhone 无法保存 { $file }。请检查该文件夹是否仍然存在、磁盘是否已满，以及您是否有权在此写入，然后重试。
browser_not_opened = AgentPhone 无法打开您的网页浏览器。请自行在浏览器中打开 { $address }。
may_be_placed = AgentPhone 可能刚刚已向 { $phone } 发起了通话，但无法确认。再次拨打前，请先在 agentphone.app 查看您的通话。
wrong_mode =
    .practice = 这是一个练习通话：请在“设置”中开启练习模式，以再次查看此通话。
    .live = 这是一个真实通话：请在“设置”中关闭练习模式，以再次查看此通话。
already_open = AgentPhone 已经打开（另一个实例正在使用其数据文件夹）。请切换到该窗口，或将其关闭后重新打开 AgentPhone。
preferences = AgentPhone 无法保存您的设置，因此更改未生效。请检查磁盘是否已满，以及您是否有权写入 AgentPhone 的数据文件夹，然后重试。
unsafe_api_base = AgentPhone 不会将您的密钥发送到 { $base }：服务地址必须以 https:// 开头（只有本机地址可以使用普通的 http://）。请更正或删除 AGENTPHONE_API_BASE 或 preferences.json 中的 "apiBase"，然后重新打开 AgentPhone。
history_unavailable = { $reason ->
        [busy] AgentPhone 无法打开通话记录（{ $path }）：另一个程序（例如备份或同步工具）正在使用该文件。请关闭该程序或等待其完成，然后重新打开 AgentPhone。所有文件均未被移动或删除。
        [read_only] AgentPhone 无法打开通话记录（{ $path }）：AgentPhone 没有该位置的写入权限。请检查该文件夹和文件是否归您所有且不是只读，然后重新打开 AgentPhone。所有文件均未被移动或删除。
        [full] AgentPhone 无法打开通话记录（{ $path }）：磁盘已满。请释放一些空间，然后重新打开 AgentPhone。所有文件均未被移动或删除。
       *[other] AgentPhone 无法打开通话记录（{ $path }）。请重新启动计算机，然后重新打开 AgentPhone。所有文件均未被移动或删除。
    }
recording_downloading = 录音正在下载中；保存完成后会立即显示在这里。
invalid_api_base = 服务地址 { $base } 不是 AgentPhone 可以使用的网址，因此未发送任何内容。请更正或删除 AGENTPHONE_API_BASE 或 preferences.json 中的 "apiBase"，然后重新打开 AgentPhone。
data_folder_unavailable = AgentPhone 无法使用其数据文件夹（{ $folder }）。请检查磁盘是否已满，以及您是否有权在此写入，然后重新打开 AgentPhone。
connection_setup_failed = AgentPhone 无法在此计算机上准备网络连接，因此未发送任何内容。请关闭 AgentPhone 后重新打开。
practice_did_not_start = 练习模式无法在此计算机上启动，因此未做任何更改。请关闭 AgentPhone 后重新打开。
spreadsheet_failed = AgentPhone 无法将这些通话导出为电子表格，因此未保存任何文件。请减少所选的通话数量后重试。
interrupted = AgentPhone 意外中止了此步骤，因此该操作未完成；您输入的内容均未丢失。请重试；如果再次发生，请关闭 AgentPhone 后重新打开。
time_in_the_past = 请为通话选择一个将来的时间，或立即发起通话。
