## AgentPhone 的中文文本：以下每条消息均译自英文文件 en.ftl，
## 供窗口界面和 Rust 代码共同使用（错误、错误代码及相关信息）。
## 每种语言都有一个同名文件，包含相同的消息和相同的变量（$name）。
##
## 术语表：call → 通话；objective（“需要 AI 助手做什么？”）→ 任务；outcome → 结果；
## Practice mode → 练习模式；credits → 点数；API key → API 密钥；
## keychain → 钥匙串；agent → AI 助手。
## 以下名称保持原样：agentphone.app、AgentPhone、GNOME Keyring、KWallet、
## AGENTPHONE_API_BASE、"apiBase"、preferences.json、https://、http://。

## 错误：消息 id 即错误代码；`.case` 属性为该错误的各种情况。

empty_key = 密钥输入框为空。请粘贴您的 AgentPhone API 密钥，然后点击“保存密钥”。
no_keychain_service = 没有正在运行的钥匙串服务。在 Linux 上，请安装并启动 GNOME Keyring 或 KWallet（大多数桌面环境已自带），然后重试。AgentPhone 绝不会将您的密钥存储在其他任何地方；练习模式无需钥匙串也可使用。
no_session_bus = AgentPhone 无法连接到您的桌面会话，因此无法使用钥匙串。请启动 GNOME Keyring 或 KWallet（通常注销后重新登录即可；如果您的桌面环境没有，请安装一个），然后重试。练习模式无需钥匙串也可使用。
keychain_locked = 您的钥匙串已锁定，或解锁对话框已被关闭。请解锁钥匙串（通常输入您的登录密码即可），然后重试。
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
    .caller = 您确认通话后，“为谁拨打”（设置 → 您的信息）已更改，因此未发起通话。请检查通话并重新确认。
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
mail_not_opened = AgentPhone 无法打开您的电子邮件程序。请在系统设置中设置一个，或使用“复制摘要”后自行粘贴到邮件中。
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

## Rust 自身显示的文本：对话框、通知、启动提示、保存对话框。

closing-title = 关闭 AgentPhone？
closing-close = 关闭 AgentPhone
closing-keep = 保持打开
closing-unsent = { $count ->
        [one] 有 { $count } 个通话尚未发送。如果现在关闭 AgentPhone，该通话将不会发起；您可以稍后重新发起。
       *[other] 有 { $count } 个通话尚未发送。如果现在关闭 AgentPhone，这些通话将不会发起；您可以稍后重新发起。
    }
closing-going-on = { $count ->
        [one] 有 { $count } 个通话正在服务端进行中。关闭 AgentPhone 不会停止该通话；再次打开 AgentPhone 时，它会继续跟踪该通话并向您显示结果。
       *[other] 有 { $count } 个通话正在服务端进行中。关闭 AgentPhone 不会停止这些通话；再次打开 AgentPhone 时，它会继续跟踪这些通话并向您显示结果。
    }
closing-scheduled = { $count ->
        [one] 有 { $count } 个通话已预定在稍后进行。AgentPhone 关闭期间不会发起该通话；再次打开 AgentPhone 后，您可以发起该通话或另选时间。
       *[other] 有 { $count } 个通话已预定在稍后进行。AgentPhone 关闭期间不会发起这些通话；再次打开 AgentPhone 后，您可以发起这些通话或另选时间。
    }
notify-scheduled = 您预定拨打给 { $who } 的通话现在开始。
notify-scheduled-unknown = 您预定的通话现在开始。
notify-ended-unknown = 有一个通话已结束。请打开 AgentPhone 查看详情。
notify-ended = { $who } — { $how ->
        [achieved] 已达成
        [partial] 部分达成
        [not_achieved] 未达成
        [failed] 通话失败
        [canceled] 通话已取消
       *[finished] 已结束
    }
notify-ended-summary = { $who } — { $how ->
        [achieved] 已达成
        [partial] 部分达成
        [not_achieved] 未达成
        [failed] 通话失败
        [canceled] 通话已取消
       *[finished] 已结束
    }：{ $summary }
notice-preferences-aside = 无法读取您的设置，因此 AgentPhone 已将该文件移至一旁保留（{ $file }），并以默认设置启动。其他内容均未更改。
notice-history-aside = 您的通话记录已损坏，因此 AgentPhone 已将其移至 { $file }（未删除任何内容），并新建了一份空的通话记录。
notice-kept-aside = 无法恢复您之前输入的内容，因此 AgentPhone 已将其文件移至一旁保留（{ $file }），并以空白表单启动。
save-calls-title = 将通话导出为电子表格
save-calls-kind = 电子表格（CSV）
save-calls-kind-excel = Excel 工作簿 (.xlsx)
save-call-title = 导出通话
save-call-kind = Markdown
save-recording-title = 保存录音
save-recording-kind = 录音

## 导出：电子表格的各列，以及导出为文档的通话。

export-date = 日期
export-number = 号码
export-business = 商家
export-objective = 任务
export-status = 状态
export-outcome = 结果
export-duration = 时长（秒）
export-summary = 摘要
export-note = 备注
export-labels = 标签
export-recording = 录音
export-practice = 练习
export-transcript = 文字记录
export-yes = 是
export-title = 拨打给 { $who } 的通话
export-website = 网站
export-placed = 发起时间
export-seconds = { $seconds } 秒
export-practice-call = 练习通话
export-practice-call-yes = 是，并未进行任何真实通话
export-unknown-speaker = 未知
email-subject = { $who }：{ $result }

## 通话的状态和结果，窗口和导出文件中通用。

status-queued = 排队中
status-dialing = 正在拨号
status-in_progress = 进行中
status-completed = 已完成
status-failed = 失败
status-canceled = 已取消
outcome-achieved = 已达成
outcome-partial = 部分达成
outcome-not_achieved = 未达成

export-call-duration = 时长

## 新通话表单：Rust 的检查结果。

check-phone-empty = 请输入要拨打的电话号码。
check-phone-letters = 电话号码只能包含数字（以及空格、短横线、括号或开头的 +）。字母无法拨号。
check-phone-symbols = 请删除这些符号：电话号码只能包含数字、空格、短横线、括号或开头的 +。
check-phone-no-digits = 请在 + 后面输入号码的数字。
check-phone-emergency = AgentPhone 无法拨打紧急电话或特服短号码，例如 911、112 或 999。如果您需要帮助，请立即亲自拨打。
check-phone-country = 请选择此号码所属的国家/地区，或以 + 加国家/地区代码的形式输入号码。
check-phone-unreadable = 这看起来不像电话号码。请检查数字，或选择正确的国家/地区。
check-phone-short = 这是特服短号码，不是商家的电话线路。AgentPhone 只能拨打完整的电话号码。
check-phone-invalid = 这不是该国家/地区的有效电话号码。请检查数字，或选择正确的国家/地区。
check-phone-premium = 这是付费增值号码：拨打时会按分钟额外收费。AgentPhone 不拨打付费增值号码；请在商家的网站上查找其普通电话号码。
check-note-shared-cost = 这是分摊费用号码：通话费用可能高于普通通话。
check-note-personal = 这是个人转接号码：接听者可能是某个人，而不是该商家。
check-note-pager = 这是寻呼机号码：没有人能通过它与 AI 助手交谈。
check-note-voicemail = 这是语音信箱号码：接通的是语音信箱，而不是真人。
check-objective-empty = 请描述 AI 助手在通话中需要做什么。
check-objective-too-long = 请缩短任务描述：已输入 { $chars } 个字符，上限为 { $limit } 个。
check-business-too-long = 商家名称请不要超过 { $limit } 个字符。
check-website-too-long = 网址请不要超过 { $limit } 个字符，或留空。
check-website-invalid = 请输入商家的网址，例如 https://example.com，或留空。
check-caller-too-long = 请不要超过 { $limit } 个字符。
check-voicemail-too-long = 语音信箱留言不能超过 { $limit } 个字符。
check-business-name-empty = 请为商家填写名称，方便以后查找。
check-business-note-too-long = 备注请不要超过 { $limit } 个字符。
check-business-number-kept = 此号码已保存为“{ $name }”。请打开该商家进行修改。
check-business-gone = 此商家已不再保存：它在此期间已被移除。如有需要，请重新保存。
check-speaks-unknown = 请从列表中选择一种语言，或选择“未指定”。

## 通话界面：通话的进展、结果、文字记录、录音、备注和标签。

# 通话的状态，用作标题或标记。
call-status-not-started = 未开始
# 通话时长：42 秒、1 分 15 秒。
call-duration-seconds = { $seconds } 秒
call-duration-minutes = { $minutes } 分 { $seconds } 秒
# 文字记录中的说话人：我们的 AI 助手，或没有名称时的被叫商家。
call-speaker-agent = AgentPhone AI 助手
call-speaker-business = 商家
# 复制时文字记录中的一段话：说话人及其所说内容。
call-transcript-line = { $speaker }：{ $text }

# 问题提示下方的按钮。
call-open-settings = 打开设置
call-open-api-keys = 打开 API 密钥页面
call-open-site = 打开 agentphone.app

# 用户自己为通话添加的备注和标签。
call-notes-heading = 您的备注和标签
call-note = 备注
call-note-saved = 备注已保存。
call-labels = 标签
call-remove-label = 移除标签 { $label }
call-new-label = 新标签
call-new-label-placeholder = 添加标签，例如：已预订
call-add-label = 添加标签

# 通话的各个步骤。
call-progress = 进展
call-progress-steps = 通话进展
# 通话结束前的最后一步。
call-step-end = 已完成 / 失败 / 已取消

call-transcript = 文字记录
call-transcript-hint = 播放录音时，正在说的那段话会被标记出来；点击某段话即可收听。位置是估算的，因此只是大致位置。

# 录音播放器。
call-player = 录音播放器
call-play = 播放
call-pause = 暂停
call-back = 后退 { $seconds } 秒
call-forward = 前进 { $seconds } 秒
# 录音当前的播放位置（供读屏软件朗读）：显示为 0:42 / 1:15。
call-position = 播放位置
call-seek = 跳转
call-speed = 播放速度
# 播放速度：0.75×、2×。
call-speed-option = { $speed }×
call-volume = 音量
call-save-recording-as = 录音另存为…
# $path：录音或通话所保存到的文件。
call-saved-to = 已保存到 { $path }。
call-player-keys = 空格键用于播放或暂停；方向键用于后退或前进 { $seconds ->
        [one] { $seconds } 秒。
       *[other] { $seconds } 秒。
    }

# 已结束通话的结果。
call-result = 通话结果
# $duration：通话时长（1 分 15 秒）。
call-duration = 时长：{ $duration }
call-credits-left = { $count ->
        [one] 剩余 { $count } 个点数
       *[other] 剩余 { $count } 个点数
    }
call-results-pending = 结果可能仍会更新：摘要或文字记录尚未送达。
call-follow-up = 跟进…
call-call-again = 再次拨打…
call-try-later = 稍后重试…
call-email = 通过邮件发送…
call-email-transcript = 包含文字记录
call-print = 打印…
call-export = 导出…
call-copy-summary = 复制摘要
call-copy-transcript = 复制文字记录
call-summary-copied = 摘要已复制。
call-transcript-copied = 文字记录已复制。
call-summary-not-copied = 无法复制摘要；请选中后手动复制。
call-transcript-not-copied = 无法复制文字记录；请选中后手动复制。
call-recording-kept = 录音已保存在此计算机上。
call-recording-saving = 正在将录音保存到此计算机…
# $percent：录音已接收的百分比，0 到 100。
call-recording-saving-percent = 正在将录音保存到此计算机… { $percent }%
call-recording-not-here = 录音尚未保存到此计算机上。
call-download-recording = 下载录音

# 通话页面。练习模式下的通话带有此标记。
call-practice = 练习
# 位于商家名称下方、电话号码之后。$time：时刻（下午3:04）；$elapsed：时长（1 分 15 秒）。
call-confirmed-at = 确认于 { $time }
call-confirmed-not-sent = 确认于 { $time } · 尚未发送
call-placed-at = 发起于 { $time } · { $elapsed }
# 一行文字“跟进[之前的一次通话]。”，中间部分是指向该通话的链接。
# 可根据语言需要在链接前后添加文字；某部分可以为空：{ "" }。
call-follows-up-before = 此通话跟进
call-follows-up-link = 之前的一次通话
call-follows-up-after = { "。" }
call-placing = 正在发起通话…
# 正在进行的通话。$who：商家或其号码；$elapsed：已进行的时长（1 分 15 秒）；
# $shown：AgentPhone 不认识的状态，按服务给出的名称显示。
call-calling = 正在拨打 { $who }… { $status ->
        [queued] 排队中
        [dialing] 正在拨号
        [in_progress] 进行中
        [completed] 已完成
        [failed] 失败
        [canceled] 已取消
       *[other] { $shown }
    } · { $elapsed }
# 通话状态变化时由读屏软件朗读。
call-status-changed = 通话状态：{ $status ->
        [queued] 排队中
        [dialing] 正在拨号
        [in_progress] 进行中
        [completed] 已完成
        [failed] 失败
        [canceled] 已取消
       *[other] { $shown }
    }。
call-unconfirmed = 无法确认通话是否已发起——正在核实…
call-may-be-placed = AgentPhone 可能已发起此通话。再次拨打前，请先在 agentphone.app 查看。
call-check-again = 再次检查
call-not-placed = 未发起。
call-still-running = 仍在进行中。
call-busy-countdown = 服务繁忙。通话尚未发送，未消耗点数。将在 { $seconds ->
        [one] { $seconds } 秒后重试…
       *[other] { $seconds } 秒后重试…
    }
call-busy = 服务繁忙。通话尚未发送，未消耗点数。AgentPhone 稍后会自动重试…
call-dont-place = 不要发起此通话
call-asked-and-went = 您的要求和通话经过
call-asked = 您的要求
call-follow-ups = 跟进通话
call-new-call = 新通话
call-keep-business = 保存此商家…
call-business-page = 拨打给 { $name } 的所有通话
call-loading = 正在加载通话…

## 通话记录列表、筛选条件和本月概况；设置（API 密钥、练习模式、语言、通知、删除旧通话）。

list-history-heading = 通话记录
# 导出列表所显示通话的按钮（全部通话，而不仅是屏幕上可见的通话）。
list-export = { $count ->
        [one] 导出 { $count } 个通话…
       *[other] 导出 { $count } 个通话…
    }
# 导出按钮后面的复选框。
list-export-with-transcripts = 包含文字记录
list-export-excel = 导出为 Excel…
# $path：通话所保存到的文件。
list-export-saved = { $count ->
        [one] 已将 { $count } 个通话保存到 { $path }。
       *[other] 已将 { $count } 个通话保存到 { $path }。
    }
list-opening = 正在打开您的通话记录…
list-no-match = 没有符合条件的通话。
list-empty = 还没有通话。您发起的通话将显示在这里，最新的排在最前面。
# 读屏软件对通话列表的称呼。
list-calls-label = 通话
list-businesses-label = 已保存的商家
# 列表中通话标记上显示的当前情况。
list-progress-not-placed = 未发起
list-progress-placing = 尚未发送
list-progress-sending = 正在发起…
list-progress-waiting = 等待重试
list-progress-unconfirmed = 正在核实…
list-progress-may-be-placed = 未确认
list-progress-still-running = 仍在进行中
# $when：日期和时间，已转换为文字（“今天 下午3:00”“明天（3月4日周二）上午9:00”）。
list-progress-scheduled = 预定于 { $when }
list-progress-missed = 已错过预定时间
# 练习模式下模拟生成的通话的标记。
list-practice-badge = 练习
list-remove-group = 移除此通话
list-remove-ringing = 对方电话可能已经在响铃。移除只会将其从此列表中去掉，并不会停止通话。仍要移除吗？
list-remove-anyway = 仍然移除
list-keep-it = 保留
list-cancel-scheduled-question = 要取消此预定通话吗？取消后将不会发起。
list-delete-question = 要删除此通话及其录音和文字记录吗？此操作无法撤销。
list-remove = 移除
list-keep = 保留
# 列表中通话的 × 按钮；$who：商家名称或电话号码。
list-remove-call = 移除拨打给 { $who } 的通话
list-show-more = 显示更多（还有 { $count } 个）

# 通话记录列表的筛选条件。
list-search = 搜索通话
list-filter-outcome = 按结果筛选
list-outcome-all = 所有结果
list-outcome-achieved = 已达成
list-outcome-partial = 部分达成
list-outcome-not-achieved = 未达成
list-outcome-failed = 失败或无人接听
list-outcome-not-placed = 未发起
list-filter-mode = 按模式筛选
list-mode-all = 真实通话和练习通话
list-mode-live = 仅真实通话
list-mode-practice = 仅练习通话
list-filter-label = 按标签筛选
list-label-all = 所有标签
list-filter-date = 按日期筛选
list-filter-button = 筛选
list-filter-button-count = 筛选（{ $count }）
list-filter-active = 已启用的筛选条件
list-filter-remove = 移除筛选条件“{ $filter }”
list-date-any = 任何时间
list-date-today = 今天
list-date-week = 最近 7 天
list-date-month = 最近 30 天
list-date-range = 指定日期范围…
list-order = 排序
list-order-newest = 最新的在前
list-order-oldest = 最早的在前
# 日期框前的文字：显示的第一天。
list-date-from = 从
# 日期框前的文字：显示的最后一天。
list-date-to = 至

# 列表上方的本月概况：每项单独成句，之间用“ · ”分隔。
list-overview-label = 本月
list-overview-calls = { $count ->
        [one] 本月：{ $count } 个通话
       *[other] 本月：{ $count } 个通话
    }
list-overview-achieved = 已达成 { $achieved } 个（共 { $outOf } 个）
list-overview-credits = { $count ->
        [one] 真实通话已用 { $count } 个点数
       *[other] 真实通话已用 { $count } 个点数
    }
# $duration：通话的平均时长，已转换为文字（“2 分 5 秒”）。
list-overview-average = 平均时长 { $duration }

list-settings-heading = 设置
list-caller-heading = 您的信息
list-caller-hint = 填写后，AI 助手会在每次通话中说明是为谁拨打以及回电方式。每次通话都可以选择不说明。
list-caller-name = 您的姓名
list-caller-organisation = 单位
list-caller-callback = 回电号码
list-caller-reference = 参考信息
list-caller-reference-placeholder = 例如：客户编号 44-1290
list-caller-save = 保存
list-caller-saved = 已保存。每次通话都会告知 AI 助手。
list-caller-cleared = 已清除。不会告知 AI 助手是为谁拨打。
list-caller-not-saved = 未保存：请修改标出的内容，然后重新保存。

list-key-heading = AgentPhone API 密钥
list-key-checking-keychain = 正在检查您的系统钥匙串…
# 后面是只显示最后几个字符的密钥（••••••9876）。
list-key-stored = 已存储密钥：
list-key-none = 尚未存储密钥。
list-key-label = API 密钥
list-key-label-new = 新的 API 密钥
list-key-hint = AgentPhone 密钥可在 agentphone.app 的 Dashboard → API keys 中获取（其他服务的密钥会被拒绝）。密钥仅保存在您系统的钥匙串中，之后不会再完整显示。
list-key-open-page = 在 agentphone.app 上打开 API 密钥页面
list-key-placeholder = 在此粘贴您的密钥
list-key-save = 保存密钥
list-key-replace = 替换密钥
list-key-checking = 正在向 AgentPhone 验证密钥…
list-key-remove-question = 要移除密钥吗？在重新添加密钥之前，您将无法发起通话。
list-key-remove-yes = 是，移除密钥
list-key-keep = 保留密钥
list-key-remove = 移除密钥
# 后面是无法检查密钥的原因（单独的一句话）。
list-key-saved-not-checked = 密钥已保存到您的系统钥匙串中，但目前无法验证。
list-key-works = 密钥可用。密钥已保存在您的系统钥匙串中。
list-key-works-replaced = 密钥可用。新密钥已替换您系统钥匙串中的旧密钥。
list-key-removed = 已从您的系统钥匙串中移除密钥。

list-practice-heading = 练习模式
# 读屏软件对练习模式开关的称呼。
list-practice-switch = 练习模式
# 显示在已开启的开关旁边。
list-switch-on = 已开启
# 显示在已关闭的开关旁边。
list-switch-off = 已关闭
list-practice-note-on = 通话由应用模拟生成。不会有电话响铃，也不会消耗点数。
list-practice-note-no-key = 开启后，无需密钥即可试用 AgentPhone。真实通话需要您的 AgentPhone 密钥（见下方）。
list-practice-note-off = 通话是真实的：商家的电话会响铃，每次通话消耗 1 个点数。

list-language-heading = 语言
list-language-label = AgentPhone 的显示语言
list-language-system = 系统默认

list-notify-heading = 通知
list-notify-when-done = AgentPhone 在后台运行时，通话结束后通知我

# 删除旧通话。$what：recordings（录音，保留通话）或 calls（整个通话）；$days：保存天数。
list-retention-heading = 自动删除旧通话
list-retention-rule = { $what ->
        [recordings] { $days ->
            [one] AgentPhone 会在启动时及每天一次删除超过 { $days } 天的录音。
           *[other] AgentPhone 会在启动时及每天一次删除超过 { $days } 天的录音。
        }
       *[calls] { $days ->
            [one] AgentPhone 会在启动时及每天一次删除超过 { $days } 天的通话。
           *[other] AgentPhone 会在启动时及每天一次删除超过 { $days } 天的通话。
        }
    }
list-retention-off = AgentPhone 会保留所有通话和录音，直到您将其移除。
# 该规则显示为一行控件：删除 [录音（保留通话）| 整个通话]，时间早于 [90] 天前。
list-retention-delete = 删除
list-retention-what = 删除内容
list-retention-recordings = 录音（保留通话）
list-retention-calls = 整个通话
list-retention-older-than = 时间早于
# 读屏软件对天数输入框的称呼。
list-retention-days = 天数
# 位于天数输入框之后。
list-retention-day-unit = { $days ->
        [one] 天前
       *[other] 天前
    }
list-retention-none-old = { $what ->
        [recordings] 目前没有这么旧的录音。
       *[calls] 目前没有这么旧的通话。
    }
list-retention-would-delete = { $what ->
        [recordings] { $count ->
            [one] 这将立即删除 { $count } 条录音。仍在进行中的通话永远不会被删除。
           *[other] 这将立即删除 { $count } 条录音。仍在进行中的通话永远不会被删除。
        }
       *[calls] { $count ->
            [one] 这将立即删除 { $count } 个通话。仍在进行中的通话永远不会被删除。
           *[other] 这将立即删除 { $count } 个通话。仍在进行中的通话永远不会被删除。
        }
    }
list-retention-save = 保存规则
# 开启规则的按钮（开启后会立即删除某些内容时显示）。
list-retention-turn-on-deleting = { $what ->
        [recordings] { $count ->
            [one] { $days ->
                [one] 立即删除 { $count } 条录音，并持续删除超过 { $days } 天的录音
               *[other] 立即删除 { $count } 条录音，并持续删除超过 { $days } 天的录音
            }
           *[other] { $days ->
                [one] 立即删除 { $count } 条录音，并持续删除超过 { $days } 天的录音
               *[other] 立即删除 { $count } 条录音，并持续删除超过 { $days } 天的录音
            }
        }
       *[calls] { $count ->
            [one] { $days ->
                [one] 立即删除 { $count } 个通话，并持续删除超过 { $days } 天的通话
               *[other] 立即删除 { $count } 个通话，并持续删除超过 { $days } 天的通话
            }
           *[other] { $days ->
                [one] 立即删除 { $count } 个通话，并持续删除超过 { $days } 天的通话
               *[other] 立即删除 { $count } 个通话，并持续删除超过 { $days } 天的通话
            }
        }
    }
list-retention-turn-on = 开启
list-retention-turn-off = 关闭
# 规则保存后：立即删除了 $count 个通话或录音。
list-retention-saved = 已保存。已立即删除 { $count } 项；其余内容将在到期后删除。
list-retention-all-kept = 所有内容都会保留。

## 窗口顶栏、主页、新通话表单、确认界面和预定通话。

form-app-name = AgentPhone
form-mode-label = 模式：
form-mode-checking = 正在检查…
form-mode-starting-hint = AgentPhone 正在启动
form-mode-practice = 练习
form-mode-practice-hint = 通话为模拟通话：不会有电话响铃，也不会消耗点数
form-mode-key-unavailable = 密钥不可用
form-mode-key-looking-hint = 正在系统钥匙串中查找您的密钥
form-mode-live = 真实通话
form-mode-live-hint = 通话是真实的，会消耗您的 AgentPhone 点数
form-mode-live-other = 真实通话 · { $service }
form-mode-live-other-hint = 通话是真实的，将发送到位于 { $service } 的服务，而不是 agentphone.app
form-mode-no-key = 尚无密钥
form-mode-no-key-hint = 请在“设置”中添加您的 AgentPhone 密钥，以便发起通话
form-practice-credits-hint = 练习模式的模拟点数；不会影响您的账户
form-practice-credits = 练习点数：{ $count }
form-practice-credits-unknown = 练习点数：—
form-credits-hint = 您 AgentPhone 账户的剩余点数，以服务最近一次告知的为准
form-credits = 点数：{ $count }（截至 { $time }）
form-credits-unknown = 点数：—
form-credits-later = （首次通话后显示）
form-nav-label = 应用
form-nav-new-call = 新通话
form-nav-settings = 设置
form-nav-shortcuts = 键盘快捷键
shortcuts-heading = 键盘快捷键
shortcuts-close = 关闭
shortcut-new-call = 新建通话（光标位于号码栏）
shortcut-search = 搜索历史记录
shortcut-review = 在表单中：发起前检查通话（不会直接发起通话）
shortcut-back = 返回，或关闭已打开的内容
shortcut-next-call = 列表中的下一个通话
shortcut-previous-call = 列表中的上一个通话
shortcut-play = 在通话页面：播放或暂停录音
shortcut-settings = 设置
shortcut-list = 此列表（在文本框外也可按 ?）
key-ctrl = Ctrl
key-alt = Alt
key-enter = Enter
key-escape = Esc
key-space = 空格键
form-nav-close-settings = 关闭设置
form-practice-banner = 练习模式——不会进行真实通话。此处的通话由 AgentPhone 模拟生成，用于向您展示每个界面。
form-held-heading = 预定在稍后进行的真实通话
form-held-note = 练习模式开启期间，这些真实通话不会发起。关闭练习模式后，它们将在预定时间发起。
# $who 是商家或电话号码；$time 是通话的预定时间（以粗体显示）。
form-held-call = { $who }：{ $time }
form-missed-heading = 未发起的预定通话
form-welcome-heading = 欢迎使用 AgentPhone
form-welcome-intro = AgentPhone 会让 AI AI 助手替您给商家打电话——例如预订餐位、取消订阅或咨询退货政策——并向您显示结果、摘要、文字记录和录音。
form-welcome-key-heading = 使用您的 AgentPhone 密钥
form-welcome-key-note = 请粘贴来自 agentphone.app 的 API 密钥。密钥将保存在您系统的钥匙串中。
form-welcome-key-button = 粘贴 AgentPhone 密钥
form-welcome-practice-heading = 先试用一下
form-welcome-practice-note = 练习模式会用模拟通话展示每个界面。不会有电话响铃，也不会消耗点数。
form-welcome-practice-button = 试用练习模式
form-new-call-heading = 新通话
form-wait-for-placing = 请等待正在发送的通话发起完成。
form-checking-details = 正在检查信息…
form-earlier-call = 之前的通话
form-following-up = 跟进您拨打给 { $who } 的通话。
form-make-separate = 改为单独的通话
form-you-asked = 您的要求：
form-their-answer = 对方的答复：
form-no-summary = 没有提供摘要。
form-calling-status = 正在拨打 { $who }… 通话正在发送中；发起后会立即在此处打开。
form-phone-label = 电话号码
form-country-label = 号码所属国家/地区
form-phone-placeholder = 例如 (415) 555-0132
# $number 是实际将拨打的号码（以粗体显示）。
form-will-dial = 将拨打 { $number }
form-phone-help = 按您平时拨号的方式输入，或以 + 和国家/地区代码开头。
form-business-label = 商家名称
form-website-label = 网站
form-website-placeholder = 例如 luigis.com
form-website-help = AI 助手会在拨打前阅读该网站。
form-objective-label = 需要 AI 助手做什么？
form-link-filled = 已填入您打开的链接中的号码。请核对号码，说明 AI 助手需要做什么，然后确认：在您确认之前不会拨打。
form-link-refused = 您打开的链接中没有电话号码，因此未填入任何内容。
form-for-caller = 说明此通话是为谁拨打：{ $who }
form-voicemail-label = 如果转入语音信箱，请留下这条留言
form-speaks-label = 对方使用的语言
form-speaks-not-said = 未指定
form-speaks-help = 会告知 AI 助手用哪种语言与对方交谈。
form-suggestions-label = 已保存的商家
form-objective-label-follow-up = 现在需要 AI 助手做什么？
form-objective-count = { $count } / { $limit ->
        [one] { $limit } 个字符
       *[other] { $limit } 个字符
    }
form-save-template = 保存为模板
form-place-call = 发起通话…
form-optional = （可选）
form-advice-label = 如何写好任务描述
form-advice-specific = 请具体说明。
form-advice-what = 写明 AI 助手需要的信息：姓名、日期、时间、人数、账号或理赔编号。
form-advice-example = 不要只写“给餐厅打电话”，而要写“询问今晚 7 点是否有 4 人桌；如果有，请以 Sarah 的名字预订”。
form-templates-intro = 您的模板（点击即可使用）：
form-templates-label = 您的模板
form-remove-template = 移除模板：{ $template }
form-examples-intro = 示例（点击即可使用）：
form-example-table = 询问今晚 7 点是否有 4 人桌；如果有，请以 Sarah 的名字预订。
form-example-gym = 为 Alex Morgan（会员编号 44718）取消健身房会员资格，自本月底起生效。
form-example-return = 询问 20 天前购买、尚未拆封的电水壶的退货政策，订单号为 55-1029。
form-check-heading = 拨打前请确认
# $number 是将要拨打的号码（以粗体显示）。
form-will-call = AgentPhone 将拨打 { $number }，任务是：
form-will-call-business = AgentPhone 将拨打 { $number }（{ $business }），任务是：
form-follows-up = 此通话跟进您拨打给 { $who } 的通话；两者会一起显示。
form-called-moments-ago = 您不到一分钟前刚拨打过这个号码。请确认是否要再次拨打。
form-called-minutes-ago = 您 { $minutes ->
        [one] { $minutes } 分钟
       *[other] { $minutes } 分钟
    }前拨打过这个号码。请确认是否要再次拨打。
form-open-that-call = 打开该通话
form-practice-no-ring = 练习模式：不会有真实的电话响铃。
# 以粗体显示在说明谁的电话会响铃的句子前面。
form-real-call = 这是真实通话：
form-real-call-rings = 当您点击“立即拨打”时，{ $who } 的电话会响铃，并消耗 1 个点数。
form-real-call-rings-left = 当您点击“立即拨打”时，{ $who } 的电话会响铃，并消耗 1 个点数（剩余 { $left } 个）。
form-scheduled-real-call-rings = 当您点击“立即拨打”时，对方的电话会响铃，并消耗 1 个点数。
form-open-site = 打开 agentphone.app
form-checked-place-another = 我已确认——发起另一个通话
form-calling = 正在拨打…
form-call-now = 立即拨打
form-calling-for = 代表：{ $who }
form-calling-for-callback = 代表：{ $who } · 回电号码 { $callback }
form-call-back-on = 回电号码 { $callback }
form-told-heading = 将附加到给 AI 助手的说明中：
form-call-later = 稍后拨打…
form-change-details = 修改信息
form-later-note = 如果届时 AgentPhone 处于打开状态，通话将在该时间发起；如果届时 AgentPhone 已关闭，它会先询问您。
form-when-to-call = 拨打时间
form-in-an-hour = 1 小时后
form-tomorrow-at-nine = 明天 9:00
form-at = 指定时间
form-schedule = 预定
# $time 是通话原定的时间（以粗体显示）。
form-missed-note = 拨打给 { $who } 的通话原定于 { $time } 进行，但当时未发起（AgentPhone 已关闭、练习模式已开启，或计算机处于睡眠状态）。
form-scheduled-note = 预定于 { $time }。届时如果 AgentPhone 处于打开状态，将发起此通话。
form-call-now-review = 立即拨打…
form-reschedule = 重新预定…
form-change-time = 更改时间…
form-cancel-call = 取消此通话
form-back = 返回
form-new-time = 通话的新时间
form-call-anyway = 我已确认：仍要拨打
# 按日常说法表示的预定时间；$time 是时刻（“下午3:46”），$day 是短日期（“12月1日周二”）。
form-schedule-today = 今天 { $time }
form-schedule-tomorrow = 明天（{ $day }）{ $time }
form-schedule-yesterday = 昨天（{ $day }）{ $time }
form-schedule-day = { $day } { $time }

## 通话的状态，按通话记录所保存的内容。

problem-busy-after-wait = 等待一分钟后服务仍然繁忙，因此未发起通话。请过几分钟再试。
problem-closed-while-waiting = 服务繁忙，且 AgentPhone 在重试之前已关闭，因此未发起此通话。如仍需要，请重新发起。
problem-forgotten = 服务已不再识别此通话。此处保留其最后已知的状态；请点击“再次检查”重新查询。
problem-still-running = 已跟踪此通话 { $minutes ->
        [one] { $minutes } 分钟
       *[other] { $minutes } 分钟
    }，通话尚未结束。请点击“再次检查”重新查看，或在 agentphone.app 上查看。
problem-may-be-placed = AgentPhone 可能已发起此通话，但无法确认。再次拨打之前，请先在 agentphone.app 上查看您的通话，或点击“再次检查”。

## 已保存的商家：商家页面，以及保存或修改商家。

business-heading-new = 保存此商家
business-name-label = 名称
business-phone-label = 电话号码
business-note-label = 备注
business-note-placeholder = 例如：找 Berg 女士；周一至周五营业
business-keep = 保存商家
business-save-changes = 保存更改
business-cancel = 取消
business-not-saved = 未保存：请修改标出的内容，然后重试。
business-new-call = 向此商家发起新通话
business-change = 修改…
business-forget = 移除此商家…
business-forget-question = 要移除此商家吗？它的通话仍会保留在您的通话记录中。
business-forget-confirm = 移除
business-keep-it = 保留
business-calls-heading = 通话
business-no-calls = 还没有拨打过此号码。
business-gone-heading = 商家未保存
business-forgotten = 此商家已不再保存。它的通话仍保留在您的通话记录中。
business-loading = 正在打开商家页面…
