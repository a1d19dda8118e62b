## AgentPhone の日本語の文言：以下のすべてのメッセージの日本語訳です（原文は en.ftl）。
## ウィンドウと Rust の両方で使われます（エラー、そのコードと事実）。
## 各言語のファイルは同じ名前で、同じメッセージと同じ事実（$name）を持ちます。
##
## 用語集（どこでも同じ訳語を使います）：
## call → 通話
## objective（what the agent should do）→ 依頼内容（エージェントにしてほしいこと）
## outcome → 結果
## Practice mode → 練習モード
## credits → クレジット
## API key → APIキー
## keychain → キーチェーン
## agentphone.app、AgentPhone、GNOME Keyring、KWallet、AGENTPHONE_API_BASE、"apiBase"、
## preferences.json、https://、http:// は翻訳せずそのまま使います。

## エラー：id はエラーのコード、`.case` 属性はそのケースです。

empty_key = キーの入力欄が空です。AgentPhoneのAPIキーを貼り付けてから、「キーを保存」を押してください。
no_keychain_service = キーチェーンサービスが起動していません。Linuxの場合は、GNOME KeyringまたはKWallet（ほとんどのデスクトップ環境に付属しています）をインストールして起動してから、もう一度お試しください。AgentPhoneがキーをキーチェーン以外の場所に保存することはありません。練習モードはキーがなくても使用できます。
no_session_bus = AgentPhoneがデスクトップセッションに接続できなかったため、キーチェーンを使用できません。GNOME KeyringまたはKWalletを起動してから（通常はログアウトして再度ログインすると起動します。お使いのデスクトップ環境にない場合はインストールしてください）、もう一度お試しください。練習モードはキーがなくても使用できます。
keychain_locked = キーチェーンがロックされているか、ロック解除を求める画面が閉じられました。キーチェーンのロックを解除してから（通常はログインパスワードで解除できます）、もう一度お試しください。
keychain_failed = キーチェーンが要求を拒否しました。もう一度お試しください。繰り返し発生する場合は、コンピューターを再起動してください。
no_key = AgentPhoneのキーがまだ保存されていないため、通話は発信されませんでした。「設定」でキーを追加するか、練習モードをお試しください。
invalid_form = 通話の内容に修正が必要な項目があるため、通話は発信されませんでした。印の付いた項目を確認してください。
invalid_input = AgentPhoneサービスがリクエストを受け付けませんでした。サービスからのメッセージ：「{ $message }」内容を確認して、もう一度お試しください。入力した内容はすべてそのまま残っています。
key_refused = AgentPhoneサービスがAPIキーを拒否しました。AgentPhoneのキーはagentphone.app（Dashboard → API keys）で取得できます。そこでキーをコピーして「設定」に貼り付け、もう一度お試しください。
out_of_credits = AgentPhoneアカウントのクレジットが残っていないため、通話は発信されませんでした。agentphone.appでクレジットを追加してから、もう一度お試しください。
rate_limited =
    .wait = このキーからAgentPhoneサービスへのリクエストが多すぎます。サービスから{ $retryAfterSeconds ->
        [one] { $retryAfterSeconds }秒
       *[other] { $retryAfterSeconds }秒
    }待つよう求められています。1分ほど待ってから、もう一度お試しください。
    .unknown = このキーからAgentPhoneサービスへのリクエストが多すぎます。1分ほど待ってから、もう一度お試しください。
server_error = AgentPhoneサービス側で問題が発生しました（エラー{ $status }）。数分後にもう一度お試しください。
network = AgentPhoneがサービスと通信できませんでした。インターネット接続を確認してから、もう一度お試しください。
could_not_connect = AgentPhoneがサービスに接続できなかったため、何も送信されていません。インターネット接続を確認してから、もう一度お試しください。
timeout = AgentPhoneサービスの応答に時間がかかりすぎました。インターネット接続を確認してから、もう一度お試しください。
malformed_answer = { $request ->
        [placing] 通話の発信中に、AgentPhoneサービスからアプリで読み取れない応答が返されました。今はまだ発信し直さないでください。発信されたかどうかをAgentPhoneが確認しています。
        [reading] 通話について、AgentPhoneサービスからアプリで読み取れない応答が返されました。AgentPhoneがまもなく再度問い合わせます。繰り返し発生する場合は、アプリのアップデートがないか確認してください。
       *[listing] AgentPhoneサービスから、アプリで読み取れない通話一覧が返されました。しばらくしてから、もう一度お試しください。繰り返し発生する場合は、アプリのアップデートがないか確認してください。
    }
call_not_found = AgentPhoneサービスで通話{ $callId }が見つかりません。別のキーで発信された可能性があります。
recording = { $reason ->
        [not_kept] このモードでは録音は保存されません。
        [no_link] この通話の録音は、まだサービスから提供されていません。しばらくしてから、もう一度お試しください。
        [folder] 録音を保存できませんでした。このコンピューターに保存先のフォルダーを作成できません。ディスクの空き容量が不足していないか確認してください。
        [not_a_link] 録音を保存できませんでした。録音のリンクがWebアドレスではありません。通話のほかの結果には影響ありません。
        [not_secure] 録音を保存できませんでした。録音のリンクが安全ではありません（https://で始まる必要があります）。通話のほかの結果には影響ありません。
        [gone] 録音を保存できませんでした。リンクの有効期限が切れているか、録音がすでに削除されています。通話のほかの結果には影響ありません。
        [server] 録音を保存できませんでした。サーバーからエラー{ $status }が返されました。通話のほかの結果には影響ありません。しばらくしてから、録音をもう一度ダウンロードしてください。
        [not_sound] 録音を保存できませんでした。ファイルが音声の録音ではありません。通話のほかの結果には影響ありません。
        [too_large] 録音を保存できませんでした。サイズが{ $megabytes }MBを超えており、通話の録音としては大きすぎます。通話のほかの結果には影響ありません。
        [copy] 録音を{ $file }にコピーできませんでした。フォルダーがまだ存在し、ディスクの空き容量が不足していないことを確認してから、もう一度お試しください。
       *[not_saved] 録音をこのコンピューターに保存できませんでした。ディスクの空き容量が不足していないか確認してから、もう一度ダウンロードしてください。
    }
no_sound_output = 音声の出力先が見つかりません。スピーカーまたはヘッドセットを確認してから、もう一度「再生」を押してください。
playback = { $reason ->
        [player_stopped] 録音を再生できません。音声プレーヤーが動作を停止しました。AgentPhoneを閉じて、もう一度開いてください。
        [missing] 録音を再生できません。このコンピューター上に録音ファイルが見つかりません。もう一度ダウンロードしてください。
        [damaged] 録音を再生できません。ファイルが破損しているか、音声ファイルではありません。
       *[not_here] 録音を再生できません。録音がまだこのコンピューターにありません。もう一度ダウンロードしてみてください。
    }
history = AgentPhoneで通話履歴の読み込みまたは保存ができませんでした。ディスクの空き容量が不足していないか確認してから、アプリを再起動してください。
placed_not_saved = 通話は発信されましたが、AgentPhoneが通話履歴に保存できませんでした。もう一度発信しないでください。アプリを開いている間は、この通話の状況を引き続き追跡します。ディスクの空き容量が不足していないか確認してください。
call_on_its_way = この通話はすでに相手を呼び出している可能性があります。AgentPhoneはサービスに通話を送信済みです。削除しても一覧から消えるだけで、通話は止まりません。
confirmation_changed =
    .number = 通話を確定した後に電話番号が変更されたため、通話は発信されませんでした。番号を確認して、もう一度確定してください。
    .mode = 通話を確定した後に練習モードが切り替えられたため、通話は発信されませんでした。通話の内容を確認して、もう一度確定してください。
    .removed = 送信される前に通話が削除または変更されたため、発信されませんでした。
    .caller = 通話を確定した後に「誰のための通話か」（設定 → あなた）が変更されたため、発信しませんでした。通話内容を確認して、もう一度確定してください。
sent_too_late = この通話の予定時刻にコンピューターがスリープ状態だったため、発信されませんでした。AgentPhoneが予定時刻を過ぎてから通話を発信することはありません。必要な場合は、もう一度発信してください。
closed_before_sending = この通話が送信される前にAgentPhoneが終了したため、発信されませんでした。必要な場合は、もう一度発信してください。
already_being_placed = この通話はすでに発信されています。たった今、予定時刻になりました。一覧で状況を確認してください。二重に発信されることはありません。
send_pending = 練習モードは切り替えられませんでした。{ $count ->
        [one] 送信待ちの通話がまだ{ $count }件あります。
       *[other] 送信待ちの通話がまだ{ $count }件あります。
    }すべて発信されるまで（最長1分）お待ちいただくか、送信待ちの通話を削除してから、もう一度切り替えてください。
unknown_call = この通話はもう通話履歴にありません。手動で削除されたか、自動クリーンアップによって削除されました。
save_failed = AgentPhoneが{ $file }を保存できませんでした。フォルダーがまだ存在すること、ディスクの空き容量が不足していないこと、その場所への書き込み権限があることを確認してから、もう一度お試しください。
browser_not_opened = AgentPhoneがWebブラウザーを開けませんでした。ブラウザーで{ $address }を直接開いてください。
mail_not_opened = AgentPhone はメールソフトを開けませんでした。システムの設定でメールソフトを設定するか、「要約をコピー」を使ってご自身でメッセージに貼り付けてください。
may_be_placed = AgentPhoneが少し前に{ $phone }への通話をすでに発信した可能性がありますが、確認できませんでした。もう一度発信する前に、agentphone.appで通話を確認してください。
wrong_mode =
    .practice = これは練習用の通話です。もう一度確認するには、「設定」で練習モードをオンにしてください。
    .live = これは実際の通話です。もう一度確認するには、「設定」で練習モードをオフにしてください。
already_open = AgentPhoneはすでに開いています（別のAgentPhoneがデータフォルダーを使用しています）。そのウィンドウに切り替えるか、そのウィンドウを閉じてからAgentPhoneをもう一度開いてください。
preferences = AgentPhoneが設定を保存できなかったため、変更は反映されていません。ディスクの空き容量が不足していないこと、AgentPhoneのデータフォルダーへの書き込み権限があることを確認してから、もう一度お試しください。
unsafe_api_base = AgentPhoneは{ $base }にキーを送信しません。サービスのアドレスはhttps://で始まる必要があります（http://はこのコンピューター上のアドレスの場合のみ使用できます）。AGENTPHONE_API_BASE、またはpreferences.jsonの"apiBase"を修正または削除してから、AgentPhoneをもう一度開いてください。
history_unavailable = { $reason ->
        [busy] AgentPhoneが通話履歴（{ $path }）を開けませんでした。別のプログラム（バックアップツールや同期ツールなど）がファイルを使用しています。そのプログラムを閉じるか処理が終わるまで待ってから、AgentPhoneをもう一度開いてください。移動または削除されたものはありません。
        [read_only] AgentPhoneが通話履歴（{ $path }）を開けませんでした。AgentPhoneにその場所への書き込み権限がない可能性があります。フォルダーとファイルの所有者がご自身であり、読み取り専用になっていないことを確認してから、AgentPhoneをもう一度開いてください。移動または削除されたものはありません。
        [full] AgentPhoneが通話履歴（{ $path }）を開けませんでした。ディスクの空き容量がありません。空き容量を確保してから、AgentPhoneをもう一度開いてください。移動または削除されたものはありません。
       *[other] AgentPhoneが通話履歴（{ $path }）を開けませんでした。コンピューターを再起動してから、AgentPhoneをもう一度開いてください。移動または削除されたものはありません。
    }
recording_downloading = 録音はすでにダウンロード中です。保存が完了すると、すぐにここに表示されます。
invalid_api_base = サービスのアドレス{ $base }はAgentPhoneで使用できるWebアドレスではないため、何も送信されませんでした。AGENTPHONE_API_BASE、またはpreferences.jsonの"apiBase"を修正または削除してから、AgentPhoneをもう一度開いてください。
data_folder_unavailable = AgentPhoneがデータフォルダー（{ $folder }）を使用できませんでした。ディスクの空き容量が不足していないこと、その場所への書き込み権限があることを確認してから、AgentPhoneをもう一度開いてください。
connection_setup_failed = AgentPhoneがこのコンピューターでインターネット接続を準備できなかったため、何も送信されませんでした。AgentPhoneを閉じて、もう一度開いてください。
practice_did_not_start = このコンピューターで練習モードを開始できなかったため、何も変更されていません。AgentPhoneを閉じて、もう一度開いてください。
spreadsheet_failed = AgentPhoneがこれらの通話をスプレッドシートにまとめられなかったため、ファイルは保存されませんでした。選択する通話の数を減らして、もう一度お試しください。
interrupted = AgentPhoneがこの処理を予期せず中断したため、処理は完了していません。入力した内容は失われていません。もう一度お試しください。再び発生する場合は、AgentPhoneを閉じて、もう一度開いてください。
time_in_the_past = 通話の時刻には現在より後の時刻を選択するか、今すぐ発信してください。

## Rust が自ら表示する文言：ダイアログ、通知、起動時のお知らせ、保存ダイアログ。

closing-title = AgentPhoneを閉じますか？
closing-close = AgentPhoneを閉じる
closing-keep = 開いたままにする
closing-unsent = { $count ->
        [one] まだ送信されていない通話が{ $count }件あります。今AgentPhoneを閉じると発信されませんが、後でもう一度発信できます。
       *[other] まだ送信されていない通話が{ $count }件あります。今AgentPhoneを閉じると発信されませんが、後でもう一度発信できます。
    }
closing-going-on = { $count ->
        [one] サービスで進行中の通話が{ $count }件あります。AgentPhoneを閉じても通話は止まりません。次にAgentPhoneを開いたときに通話の状況を取得し、結果を表示します。
       *[other] サービスで進行中の通話が{ $count }件あります。AgentPhoneを閉じても通話は止まりません。次にAgentPhoneを開いたときに通話の状況を取得し、結果を表示します。
    }
closing-scheduled = { $count ->
        [one] 後で発信する予定の通話が{ $count }件あります。AgentPhoneを閉じている間は発信されません。次にAgentPhoneを開いたときに、発信するか、別の時刻を選択できます。
       *[other] 後で発信する予定の通話が{ $count }件あります。AgentPhoneを閉じている間は発信されません。次にAgentPhoneを開いたときに、発信するか、別の時刻を選択できます。
    }
notify-scheduled = 予定していた{ $who }への通話を開始します。
notify-scheduled-unknown = 予定していた通話を開始します。
notify-ended-unknown = 通話が終了しました。AgentPhoneを開いて結果を確認してください。
notify-ended = { $who } — { $how ->
        [achieved] 達成
        [partial] 一部達成
        [not_achieved] 未達成
        [failed] 通話に失敗しました
        [canceled] 通話はキャンセルされました
       *[finished] 終了
    }
notify-ended-summary = { $who } — { $how ->
        [achieved] 達成
        [partial] 一部達成
        [not_achieved] 未達成
        [failed] 通話に失敗しました
        [canceled] 通話はキャンセルされました
       *[finished] 終了
    }：{ $summary }
notice-preferences-aside = 設定を読み込めなかったため、AgentPhoneは設定ファイルを別の場所に移し（{ $file }）、標準の設定で起動しました。ほかには何も変更されていません。
notice-history-aside = 通話履歴が破損していたため、AgentPhoneは履歴を{ $file }に移動し（何も削除されていません）、新しい空の履歴で起動しました。
notice-kept-aside = 前回入力していた内容を復元できなかったため、AgentPhoneはそのファイルを別の場所に移し（{ $file }）、空の入力フォームで起動しました。
save-calls-title = 通話をスプレッドシートにエクスポート
save-calls-kind = スプレッドシート（CSV）
save-calls-kind-excel = Excel ブック (.xlsx)
save-call-title = 通話をエクスポート
save-call-kind = Markdown
save-recording-title = 録音を保存
save-recording-kind = 録音

## エクスポート：スプレッドシートの列と、文書としての通話。

export-date = 日付
export-number = 電話番号
export-business = 相手先
export-objective = 依頼内容
export-status = 状態
export-outcome = 結果
export-duration = 通話時間（秒）
export-summary = 要約
export-note = メモ
export-labels = ラベル
export-recording = 録音
export-practice = 練習
export-transcript = 文字起こし
export-yes = はい
export-title = { $who }への通話
export-website = Webサイト
export-placed = 発信日時
export-seconds = { $seconds }秒
export-practice-call = 練習用の通話
export-practice-call-yes = はい（実際の通話は行われていません）
export-unknown-speaker = 不明
email-subject = { $who }：{ $result }

## 通話の状態と結果（ウィンドウとエクスポートで共通）。

status-queued = 待機中
status-dialing = 呼び出し中
status-in_progress = 通話中
status-completed = 完了
status-failed = 失敗
status-canceled = キャンセル済み
outcome-achieved = 達成
outcome-partial = 一部達成
outcome-not_achieved = 未達成

export-call-duration = 通話時間

## 新しい通話の入力フォーム（Rust による確認）。

check-phone-empty = 発信先の電話番号を入力してください。
check-phone-letters = 電話番号に使えるのは数字（とスペース、ハイフン、かっこ、先頭の+）だけです。英字などの文字はダイヤルできません。
check-phone-symbols = 記号を削除してください。電話番号に使えるのは数字、スペース、ハイフン、かっこ、先頭の+だけです。
check-phone-no-digits = +の後に電話番号の数字を入力してください。
check-phone-emergency = AgentPhoneは、911、112、999などの緊急通報番号や短いサービス番号には発信できません。助けが必要な場合は、今すぐご自身で電話してください。
check-phone-country = この番号の国を選択するか、+と国番号を付けて入力してください。
check-phone-unreadable = 電話番号ではないようです。数字を確認するか、正しい国を選択してください。
check-phone-short = これは短いサービス番号で、会社やお店の電話番号ではありません。AgentPhoneが発信できるのは、通常の電話番号だけです。
check-phone-invalid = この国の電話番号として正しくありません。数字を確認するか、正しい国を選択してください。
check-phone-premium = これは有料番号です（1分ごとに追加料金がかかります）。AgentPhoneは有料番号には発信しません。相手先のWebサイトで通常の電話番号を探してください。
check-note-shared-cost = これは発信者と受信者が料金を分担する番号です。通常の通話より料金が高くなる場合があります。
check-note-personal = これは個人用の転送番号です。相手先の会社やお店ではなく、個人につながる可能性があります。
check-note-pager = これはポケットベルの番号です。この番号では、エージェントと会話できる相手はいません。
check-note-voicemail = これは留守番電話の番号です。人ではなく、留守番電話につながります。
check-objective-empty = 通話でエージェントにしてほしいことを入力してください。
check-objective-too-long = エージェントにしてほしいことを短くしてください（{ $chars }／{ $limit }文字）。
check-business-too-long = 相手先の名前は{ $limit }文字以内で入力してください。
check-website-too-long = Webアドレスは{ $limit }文字以内で入力するか、空欄にしてください。
check-website-invalid = 相手先のWebアドレスをhttps://example.comのように入力するか、空欄にしてください。
check-caller-too-long = { $limit } 文字以内で入力してください。
check-voicemail-too-long = 留守番電話のメッセージは { $limit } 文字以内にしてください。
check-business-name-empty = あとで見つけられるように、相手先の名前を入力してください。
check-business-note-too-long = メモは{ $limit }文字以内で入力してください。
check-business-number-kept = この番号はすでに「{ $name }」として登録されています。変更するには、その相手先を開いてください。
check-business-gone = この相手先の登録は、すでに解除されています。必要な場合は、もう一度登録してください。
check-speaks-unknown = 一覧から言語を選ぶか、「指定なし」を選んでください。

## 通話の画面：通話の進行状況、結果、文字起こし、録音、メモとラベル。

# 通話の状態（見出しまたはバッジ）。
call-status-not-started = 未開始
# 通話にかかった時間：42秒、1分15秒。
call-duration-seconds = { $seconds }秒
call-duration-minutes = { $minutes }分{ $seconds }秒
# 文字起こしで話した人：エージェント、または名前のない場合の電話先。
call-speaker-agent = AgentPhoneエージェント
call-speaker-business = 相手先
# コピーされた文字起こしの1つの発言：話した人と話した内容。
call-transcript-line = { $speaker }：{ $text }

# 問題の下に表示されるボタン。
call-open-settings = 設定を開く
call-open-api-keys = APIキーのページを開く
call-open-site = agentphone.appを開く

# 通話に付けた自分のメモとラベル。
call-notes-heading = メモとラベル
call-note = メモ
call-note-saved = メモを保存しました。
call-labels = ラベル
call-remove-label = ラベル「{ $label }」を削除
call-new-label = 新しいラベル
call-new-label-placeholder = ラベルを追加（例：予約済み）
call-add-label = ラベルを追加

# 通話の各段階。
call-progress = 進行状況
call-progress-steps = 通話の進行状況
# 通話が終わる前の最後の段階。
call-step-end = 完了／失敗／キャンセル

call-transcript = 文字起こし
call-transcript-hint = 録音の再生中は、話されている発言に印が付きます。発言をクリックすると、その部分を聞くことができます。位置は推定のため、おおよそのものです。

# 録音プレーヤー。
call-player = 録音プレーヤー
call-play = 再生
call-pause = 一時停止
call-back = { $seconds }秒戻る
call-forward = { $seconds }秒進む
# 録音の現在の再生位置（読み上げ用）：0:42 / 1:15 のように表示されます。
call-position = 再生位置
call-seek = シーク
call-speed = 再生速度
# 再生速度：0.75×、2×。
call-speed-option = { $speed }×
call-volume = 音量
call-save-recording-as = 録音に名前を付けて保存…
# $path：録音または通話を保存したファイル。
call-saved-to = { $path }に保存しました。
call-player-keys = スペースキーで再生・一時停止します。矢印キーで{ $seconds ->
        [one] { $seconds }秒
       *[other] { $seconds }秒
    }戻る・進むことができます。

# 終了した通話の結果。
call-result = 結果
# $duration：通話にかかった時間（1分15秒）。
call-duration = 通話時間：{ $duration }
call-credits-left = { $count ->
        [one] 残りクレジット：{ $count }
       *[other] 残りクレジット：{ $count }
    }
call-results-pending = 結果はまだ更新される可能性があります。要約または文字起こしがまだ届いていません。
call-follow-up = フォローアップ…
call-call-again = もう一度発信…
call-try-later = あとでもう一度…
call-email = メールで送る…
call-email-transcript = 文字起こしを含める
call-print = 印刷…
call-export = エクスポート…
call-copy-summary = 要約をコピー
call-copy-transcript = 文字起こしをコピー
call-summary-copied = 要約をコピーしました。
call-transcript-copied = 文字起こしをコピーしました。
call-summary-not-copied = 要約をコピーできませんでした。要約を選択して、手動でコピーしてください。
call-transcript-not-copied = 文字起こしをコピーできませんでした。文字起こしを選択して、手動でコピーしてください。
call-recording-kept = 録音はこのコンピューターに保存されています。
call-recording-saving = 録音をこのコンピューターに保存しています…
# $percent：録音のうち受信済みの割合（0～100）。
call-recording-saving-percent = 録音をこのコンピューターに保存しています… { $percent }%
call-recording-not-here = 録音はまだこのコンピューターにありません。
call-download-recording = 録音をダウンロード

# 通話のページ。練習モードの通話にはこのバッジが付きます。
call-practice = 練習
# 相手先の名前の下、電話番号の後に表示。$time：時刻（15:04）、$elapsed：経過時間（1分15秒）。
call-confirmed-at = { $time }に確定
call-confirmed-not-sent = { $time }に確定 · 未送信
call-placed-at = { $time }に発信 · { $elapsed }
# 1行で「[以前の通話]のフォローアップです。」と表示され、[ ] の部分がその通話へのリンクになります。
# リンクの前後の言葉は言語に合わせて置きます。空の部分は { "" } にできます。
call-follows-up-before = { "" }
call-follows-up-link = 以前の通話
call-follows-up-after = のフォローアップです。
call-placing = 通話を発信しています…
# 進行中の通話。$who：相手先またはその電話番号、$elapsed：経過時間（1分15秒）、
# $shown：AgentPhoneが知らない状態（サービスが付けた名前のまま）。
call-calling = { $who }に電話をかけています… { $status ->
        [queued] 待機中
        [dialing] 呼び出し中
        [in_progress] 通話中
        [completed] 完了
        [failed] 失敗
        [canceled] キャンセル済み
       *[other] { $shown }
    } · { $elapsed }
# 通話の状態が変わったときにスクリーンリーダーが読み上げます。
call-status-changed = 通話の状態：{ $status ->
        [queued] 待機中
        [dialing] 呼び出し中
        [in_progress] 通話中
        [completed] 完了
        [failed] 失敗
        [canceled] キャンセル済み
       *[other] { $shown }
    }。
call-unconfirmed = 通話が発信されたかどうかを確認できませんでした。確認しています…
call-may-be-placed = AgentPhoneがこの通話を発信した可能性があります。もう一度発信する前に、agentphone.appで確認してください。
call-check-again = もう一度確認
call-not-placed = 発信されませんでした。
call-still-running = まだ進行中です。
call-busy-countdown = サービスが混み合っています。まだ送信されていないため、クレジットは使用されていません。{ $seconds ->
        [one] { $seconds }秒後にもう一度試します…
       *[other] { $seconds }秒後にもう一度試します…
    }
call-busy = サービスが混み合っています。まだ送信されていないため、クレジットは使用されていません。まもなくAgentPhoneがもう一度試します…
call-dont-place = この通話を発信しない
call-asked-and-went = 依頼内容と通話の結果
call-asked = 依頼内容
call-follow-ups = フォローアップ
call-new-call = 新しい通話
call-keep-business = この相手先を登録…
call-business-page = { $name }への通話一覧
call-loading = 通話を読み込んでいます…

## 履歴の一覧、その絞り込みと今月の概要。設定（APIキー、練習モード、言語、通知、古い通話の削除）。

list-history-heading = 履歴
# 一覧に含まれる通話（画面に見えているものだけでなく、すべて）をエクスポートするボタン。
list-export = { $count ->
        [one] { $count }件の通話をエクスポート…
       *[other] { $count }件の通話をエクスポート…
    }
# エクスポートボタンの後のチェックボックス。
list-export-with-transcripts = 文字起こしを含める
list-export-excel = Excel 用に書き出す…
# $path：通話を保存したファイル。
list-export-saved = { $count ->
        [one] { $count }件の通話を{ $path }に保存しました。
       *[other] { $count }件の通話を{ $path }に保存しました。
    }
list-opening = 通話履歴を開いています…
list-no-match = 条件に一致する通話はありません。
list-empty = まだ通話はありません。発信した通話は、新しい順にここに表示されます。
# スクリーンリーダーが読み上げる通話一覧の名前。
list-calls-label = 通話
list-businesses-label = 登録済みの相手先
# 一覧のバッジに表示される通話の状況。
list-progress-not-placed = 未発信
list-progress-placing = 未送信
list-progress-sending = 発信中…
list-progress-waiting = 再試行を待機中
list-progress-unconfirmed = 確認中…
list-progress-may-be-placed = 未確認
list-progress-still-running = まだ進行中
# $when：日時（文章の形で渡されます。「今日 15:00」「明日 3月4日(火) 9:00」）。
list-progress-scheduled = { $when }に発信予定
list-progress-missed = 予定時刻を過ぎました
# 練習モードで作られた通話のバッジ。
list-practice-badge = 練習
list-remove-group = この通話を削除
list-remove-ringing = この通話はすでに相手を呼び出している可能性があります。削除しても一覧から消えるだけで、通話は止まりません。それでも削除しますか？
list-remove-anyway = それでも削除
list-keep-it = 残す
list-cancel-scheduled-question = この予定の通話をキャンセルしますか？通話は発信されません。
list-delete-question = この通話と、その録音および文字起こしを削除しますか？この操作は元に戻せません。
list-remove = 削除
list-keep = 残す
# 一覧の通話の×ボタン。$who：相手先の名前または電話番号。
list-remove-call = { $who }への通話を削除
list-show-more = さらに表示（残り{ $count }件）

# 履歴の一覧の絞り込み。
list-search = 通話を検索
list-filter-outcome = 結果で絞り込み
list-outcome-all = すべての結果
list-outcome-achieved = 達成
list-outcome-partial = 一部達成
list-outcome-not-achieved = 未達成
list-outcome-failed = 失敗または応答なし
list-outcome-not-placed = 未発信
list-filter-mode = モードで絞り込み
list-mode-all = 本番と練習
list-mode-live = 本番のみ
list-mode-practice = 練習のみ
list-filter-label = ラベルで絞り込み
list-label-all = すべてのラベル
list-filter-date = 日付で絞り込み
list-filter-button = 絞り込み
list-filter-button-count = 絞り込み（{ $count }）
list-filter-active = 使用中の絞り込み条件
list-filter-remove = 絞り込み条件「{ $filter }」を解除
list-date-any = すべての期間
list-date-today = 今日
list-date-week = 過去7日間
list-date-month = 過去30日間
list-date-range = 期間を指定…
list-order = 並び順
list-order-newest = 新しい順
list-order-oldest = 古い順
# 日付欄の前：表示する最初の日。
list-date-from = 開始日
# 日付欄の前：表示する最後の日。
list-date-to = 終了日

# 一覧の上に表示される今月の概要：各項目は " · " で区切られます。
list-overview-label = 今月
list-overview-calls = { $count ->
        [one] 今月：通話{ $count }件
       *[other] 今月：通話{ $count }件
    }
list-overview-achieved = { $outOf }件中{ $achieved }件達成
list-overview-credits = { $count ->
        [one] 本番で{ $count }クレジット使用
       *[other] 本番で{ $count }クレジット使用
    }
# $duration：通話の平均時間（文章の形で渡されます。「2分5秒」）。
list-overview-average = 平均{ $duration }

list-settings-heading = 設定
list-caller-heading = あなた
list-caller-hint = 入力すると、エージェントは毎回の通話で、誰の代わりに電話しているかと折り返し先を伝えます。通話ごとに省くこともできます。
list-caller-name = お名前
list-caller-organisation = 組織名
list-caller-callback = 折り返し先の電話番号
list-caller-reference = 参照番号
list-caller-reference-placeholder = 例：お客様番号 44-1290
list-caller-save = 保存
list-caller-saved = 保存しました。毎回の通話でエージェントに伝えます。
list-caller-cleared = 消去しました。誰のための通話かはエージェントに伝えません。
list-caller-not-saved = 保存されていません。示された箇所を直してから、もう一度保存してください。

list-key-heading = AgentPhoneのAPIキー
list-key-checking-keychain = システムのキーチェーンを確認しています…
# この後に、末尾の数文字以外を隠したキーが続きます（••••••9876）。
list-key-stored = 保存済みのキー：
list-key-none = キーはまだ保存されていません。
list-key-label = APIキー
list-key-label-new = 新しいAPIキー
list-key-hint = AgentPhoneのキーはagentphone.app（Dashboard → API keys）で取得できます。ほかのサービスのキーは拒否されます。キーはシステムのキーチェーンにのみ保存され、今後キー全体が表示されることはありません。
list-key-open-page = agentphone.appのAPIキーのページを開く
list-key-placeholder = ここにキーを貼り付けてください
list-key-save = キーを保存
list-key-replace = キーを置き換え
list-key-checking = AgentPhoneでキーを確認しています…
list-key-remove-question = キーを削除しますか？もう一度キーを追加するまで、通話を発信できなくなります。
list-key-remove-yes = はい、キーを削除します
list-key-keep = キーを残す
list-key-remove = キーを削除
# この後に、キーを確認できなかった理由（独立した文）が続きます。
list-key-saved-not-checked = キーをシステムのキーチェーンに保存しましたが、今はキーを確認できませんでした。
list-key-works = キーは有効です。システムのキーチェーンに保存されています。
list-key-works-replaced = キーは有効です。システムのキーチェーン内の古いキーを新しいキーに置き換えました。
list-key-removed = システムのキーチェーンからキーを削除しました。

list-practice-heading = 練習モード
# スクリーンリーダーが読み上げる練習モードのスイッチの名前。
list-practice-switch = 練習モード
# オンになっているスイッチの横に表示。
list-switch-on = オン
# オフになっているスイッチの横に表示。
list-switch-off = オフ
list-practice-note-on = 通話はアプリ内で作られる架空のものです。電話が鳴ることはなく、クレジットも使用されません。
list-practice-note-no-key = オンにすると、キーがなくてもAgentPhoneを試せます。実際の通話には、下で設定するAgentPhoneのキーが必要です。
list-practice-note-off = 通話は実際に行われます。相手先の電話が鳴り、通話ごとに1クレジットを使用します。

list-language-heading = 言語
list-language-label = AgentPhoneの表示言語
list-language-system = システムの既定

list-notify-heading = 通知
list-notify-when-done = AgentPhoneがバックグラウンドにあるときに通話が終了したら通知する

# 古い通話の削除。$what：録音（通話は残す）または通話（通話全体）、$days：経過日数。
list-retention-heading = 古い通話の自動削除
list-retention-rule = { $what ->
        [recordings] { $days ->
            [one] AgentPhoneは、{ $days }日より古い録音を、起動時と1日1回削除します。
           *[other] AgentPhoneは、{ $days }日より古い録音を、起動時と1日1回削除します。
        }
       *[calls] { $days ->
            [one] AgentPhoneは、{ $days }日より古い通話を、起動時と1日1回削除します。
           *[other] AgentPhoneは、{ $days }日より古い通話を、起動時と1日1回削除します。
        }
    }
list-retention-off = AgentPhoneは、ご自身で削除するまで、すべての通話と録音を保存します。
# ルールは1行の操作部品として表示されます：削除する対象：[録音（通話は残す）| 通話全体] 期間：[90] 日より古いもの
list-retention-delete = 削除する対象：
list-retention-what = 削除する対象
list-retention-recordings = 録音（通話は残す）
list-retention-calls = 通話全体
list-retention-older-than = 期間：
# スクリーンリーダーが読み上げる日数の入力欄の名前。
list-retention-days = 日数
# 日数の入力欄の後に表示。
list-retention-day-unit = { $days ->
        [one] 日より古いもの
       *[other] 日より古いもの
    }
list-retention-none-old = { $what ->
        [recordings] 現在、この期間より古い録音はありません。
       *[calls] 現在、この期間より古い通話はありません。
    }
list-retention-would-delete = { $what ->
        [recordings] { $count ->
            [one] このルールにすると、今すぐ{ $count }件の録音が削除されます。進行中の通話が削除されることはありません。
           *[other] このルールにすると、今すぐ{ $count }件の録音が削除されます。進行中の通話が削除されることはありません。
        }
       *[calls] { $count ->
            [one] このルールにすると、今すぐ{ $count }件の通話が削除されます。進行中の通話が削除されることはありません。
           *[other] このルールにすると、今すぐ{ $count }件の通話が削除されます。進行中の通話が削除されることはありません。
        }
    }
list-retention-save = ルールを保存
# ルールをオンにするボタン（すぐに削除されるものがある場合）。
list-retention-turn-on-deleting = { $what ->
        [recordings] { $count ->
            [one] { $days ->
                [one] 今すぐ{ $count }件の録音を削除し、以後も{ $days }日より古いものを削除する
               *[other] 今すぐ{ $count }件の録音を削除し、以後も{ $days }日より古いものを削除する
            }
           *[other] { $days ->
                [one] 今すぐ{ $count }件の録音を削除し、以後も{ $days }日より古いものを削除する
               *[other] 今すぐ{ $count }件の録音を削除し、以後も{ $days }日より古いものを削除する
            }
        }
       *[calls] { $count ->
            [one] { $days ->
                [one] 今すぐ{ $count }件の通話を削除し、以後も{ $days }日より古いものを削除する
               *[other] 今すぐ{ $count }件の通話を削除し、以後も{ $days }日より古いものを削除する
            }
           *[other] { $days ->
                [one] 今すぐ{ $count }件の通話を削除し、以後も{ $days }日より古いものを削除する
               *[other] 今すぐ{ $count }件の通話を削除し、以後も{ $days }日より古いものを削除する
            }
        }
    }
list-retention-turn-on = オンにする
list-retention-turn-off = オフにする
# ルールの保存後：$count件の通話または録音がすぐに削除されました。
list-retention-saved = 保存しました。今すぐ{ $count }件を削除しました。残りは古くなった時点で削除されます。
list-retention-all-kept = すべて保存されます。

## ウィンドウのヘッダー、ホーム画面、新しい通話の入力フォーム、確認画面、予定の通話。

form-app-name = AgentPhone
form-mode-label = モード：
form-mode-checking = 確認中…
form-mode-starting-hint = AgentPhoneを起動しています
form-mode-practice = 練習
form-mode-practice-hint = 通話は架空のものです。電話は鳴らず、クレジットも使用されません
form-mode-key-unavailable = キーを使用できません
form-mode-key-looking-hint = システムのキーチェーンでキーを探しています
form-mode-live = 本番
form-mode-live-hint = 通話は実際に行われ、AgentPhoneのクレジットを使用します
form-mode-live-other = 本番 · { $service }
form-mode-live-other-hint = 通話は実際に行われ、agentphone.appではなく{ $service }のサービスに送信されます
form-mode-no-key = キー未設定
form-mode-no-key-hint = 通話を発信するには、「設定」でAgentPhoneのキーを追加してください
form-practice-credits-hint = 練習モードの架空のクレジットです。アカウントには影響しません
form-practice-credits = 練習用クレジット：{ $count }
form-practice-credits-unknown = 練習用クレジット：—
form-credits-hint = AgentPhoneアカウントの残りクレジット（サービスから最後に取得した値）
form-credits = クレジット：{ $count }（{ $time }時点）
form-credits-unknown = クレジット：—
form-credits-later = （最初の通話の後に表示されます）
form-nav-label = アプリ
form-nav-new-call = 新しい通話
form-nav-settings = 設定
form-nav-shortcuts = キーボードショートカット
shortcuts-heading = キーボードショートカット
shortcuts-close = 閉じる
shortcut-new-call = 新しい通話（電話番号の欄にカーソル）
shortcut-search = 履歴を検索
shortcut-review = フォームから：発信前に通話内容を確認（これで発信されることはありません）
shortcut-back = 戻る、または開いているものを閉じる
shortcut-next-call = 一覧の次の通話
shortcut-previous-call = 一覧の前の通話
shortcut-play = 通話の画面で：録音を再生／一時停止
shortcut-settings = 設定
shortcut-list = この一覧（テキスト欄の外では ? でも表示）
key-ctrl = Ctrl
key-alt = Alt
key-enter = Enter
key-escape = Esc
key-space = スペース
form-nav-close-settings = 設定を閉じる
form-practice-banner = 練習モード — 実際の通話は行われません。ここに表示される通話は、すべての画面を確認できるようにAgentPhoneが作った架空のものです。
form-held-heading = 後で発信する予定の実際の通話
form-held-note = 練習モードがオンの間、これらの実際の通話は発信されません。予定時刻に発信するには、練習モードをオフにしてください。
# $who：相手先または電話番号、$time：通話の予定時刻（太字で表示）。
form-held-call = { $who }：{ $time }
form-missed-heading = 発信されなかった予定の通話
form-welcome-heading = AgentPhoneへようこそ
form-welcome-intro = AgentPhoneでは、AIエージェントが代わりに会社やお店に電話をかけます（レストランの予約、サブスクリプションの解約、返品条件の問い合わせなど）。通話の結果、要約、文字起こし、録音を確認できます。
form-welcome-key-heading = AgentPhoneのキーを使う
form-welcome-key-note = agentphone.appで取得したAPIキーを貼り付けてください。キーはシステムのキーチェーンに保存されます。
form-welcome-key-button = AgentPhoneのキーを貼り付ける
form-welcome-practice-heading = まずは試してみる
form-welcome-practice-note = 練習モードでは、架空の通話ですべての画面を確認できます。電話は鳴らず、クレジットも使用されません。
form-welcome-practice-button = 練習モードを試す
form-new-call-heading = 新しい通話
form-wait-for-placing = 送信中の通話が発信されるまでお待ちください。
form-checking-details = 内容を確認しています…
form-earlier-call = 以前の通話
form-following-up = { $who }への通話のフォローアップです。
form-make-separate = 別の通話にする
form-you-asked = 依頼内容：
form-their-answer = 相手の回答：
form-no-summary = 要約はありません。
form-calling-status = { $who }に電話をかけています… 通話を送信中です。発信されると、すぐにここに表示されます。
form-phone-label = 電話番号
form-country-label = 番号の国
form-phone-placeholder = 例：(415) 555-0132
# $number：実際にダイヤルされる番号（太字で表示）。
form-will-dial = { $number }にダイヤルします
form-phone-help = ダイヤルするとおりに入力するか、+と国番号から入力してください。
form-business-label = 相手先の名前
form-website-label = Webサイト
form-website-placeholder = 例：luigis.com
form-website-help = エージェントは電話をかける前にこのサイトを読みます。
form-objective-label = エージェントにしてほしいこと
form-link-filled = 開いたリンクの電話番号を入力しました。番号を確認し、エージェントにしてほしいことを入力して確定してください。確定するまで発信されません。
form-link-refused = 開いたリンクには電話番号が含まれていないため、何も入力しませんでした。
form-for-caller = この通話が誰のためかを伝える：{ $who }
form-voicemail-label = 留守番電話につながったら、このメッセージを残す
form-speaks-label = 相手先の言語
form-speaks-not-said = 指定なし
form-speaks-help = 相手とどの言語で話すかをエージェントに伝えます。
form-suggestions-label = 登録済みの相手先
form-objective-label-follow-up = 今回エージェントにしてほしいこと
form-objective-count = { $count }／{ $limit ->
        [one] { $limit }文字
       *[other] { $limit }文字
    }
form-save-template = テンプレートとして保存
form-place-call = 通話を発信…
form-optional = （任意）
form-advice-label = 依頼内容の上手な書き方
form-advice-specific = 具体的に書いてください。
form-advice-what = エージェントに必要な情報を書いてください：名前、日付、時刻、人数、アカウント番号や請求番号など。
form-advice-example = 「レストランに電話して」ではなく、「今夜7時に4名の席が空いているか聞いて、空いていればSarahの名前で予約して」のように書きます。
form-templates-intro = テンプレート（クリックして使用）：
form-templates-label = テンプレート
form-remove-template = テンプレートを削除：{ $template }
form-examples-intro = 例（クリックして使用）：
form-example-table = 今夜7時に4名の席が空いているか聞いて、空いていればSarahの名前で予約してください。
form-example-gym = Alex Morgan（会員番号44718）のジムの会員契約を、今月末で解約してください。
form-example-return = 20日前に購入した未開封の電気ケトル（注文番号55-1029）の返品条件を問い合わせてください。
form-check-heading = 発信前の確認
# $number：発信先の番号（太字で表示）。
form-will-call = AgentPhoneが{ $number }に電話をかけ、次のことを行います：
form-will-call-business = AgentPhoneが{ $number }（{ $business }）に電話をかけ、次のことを行います：
form-follows-up = これは{ $who }への通話のフォローアップです。2つの通話はまとめて表示されます。
form-called-moments-ago = 1分以内にこの番号に電話しています。もう一度電話してよいか確認してください。
form-called-minutes-ago = { $minutes ->
        [one] { $minutes }分
       *[other] { $minutes }分
    }前にこの番号に電話しています。もう一度電話してよいか確認してください。
form-open-that-call = その通話を開く
form-practice-no-ring = 練習モード：実際の電話は鳴りません。
# 誰の電話が鳴るかを説明する文の前に、太字で表示されます。
form-real-call = これは実際の通話です：
form-real-call-rings = 「今すぐ発信」を押すと{ $who }の電話が鳴り、1クレジットを使用します。
form-real-call-rings-left = 「今すぐ発信」を押すと{ $who }の電話が鳴り、1クレジットを使用します（残り{ $left }）。
form-scheduled-real-call-rings = 「今すぐ発信」を押すと相手の電話が鳴り、1クレジットを使用します。
form-open-site = agentphone.appを開く
form-checked-place-another = 確認しました。別の通話として発信します
form-calling = 発信中…
form-call-now = 今すぐ発信
form-calling-for = 通話の依頼者：{ $who }
form-calling-for-callback = 通話の依頼者：{ $who }・折り返し先 { $callback }
form-call-back-on = 折り返し先 { $callback }
form-told-heading = エージェントへの指示に追加される内容：
form-call-later = 後で発信…
form-change-details = 内容を変更
form-later-note = その時刻にAgentPhoneが開いていれば、通話が発信されます。その時刻にAgentPhoneが閉じていた場合は、発信する前に確認を求めます。
form-when-to-call = 発信する時刻
form-in-an-hour = 1時間後
form-tomorrow-at-nine = 明日の9:00
form-at = 日時：
form-schedule = 予定を設定
# $time：通話の予定時刻（太字で表示）。
form-missed-note = { $who }への通話は{ $time }に予定されていましたが、発信されませんでした（AgentPhoneが閉じていた、練習モードがオンだった、またはコンピューターがスリープ状態だったため）。
form-scheduled-note = { $time }に予定されています。その時刻にAgentPhoneが開いていれば発信されます。
form-call-now-review = 今すぐ発信…
form-reschedule = 予定を変更…
form-change-time = 時刻を変更…
form-cancel-call = 通話をキャンセル
form-back = 戻る
form-new-time = 通話の新しい時刻
form-call-anyway = 確認しました：それでも発信する
# 予定時刻の話し言葉での表し方。$time：時刻（「15:46」）、$day：短い日付（「12月1日(火)」）。
form-schedule-today = 今日 { $time }
form-schedule-tomorrow = 明日 { $day } { $time }
form-schedule-yesterday = 昨日 { $day } { $time }
form-schedule-day = { $day } { $time }

## 通話の状況（履歴に保存される内容）。

problem-busy-after-wait = 1分待ってもサービスが混み合っているため、通話は発信されませんでした。数分後にもう一度お試しください。
problem-closed-while-waiting = サービスが混み合っていて、再試行の前にAgentPhoneが閉じられたため、この通話は発信されませんでした。必要な場合はもう一度発信してください。
problem-forgotten = サービスはこの通話を認識できなくなりました。最後に分かっている状態をここに残しています。もう一度問い合わせるには「もう一度確認」をクリックしてください。
problem-still-running = この通話を{ $minutes ->
        [one] { $minutes }分間
       *[other] { $minutes }分間
    }追跡しましたが、まだ終了していません。もう一度確認するには「もう一度確認」をクリックするか、agentphone.appでご覧ください。
problem-may-be-placed = AgentPhoneがこの通話を発信した可能性がありますが、確認できませんでした。もう一度かける前にagentphone.appで通話をご確認いただくか、「もう一度確認」をクリックしてください。

## 登録した相手先：そのページと、相手先の登録・変更。

business-heading-new = この相手先を登録
business-name-label = 名前
business-phone-label = 電話番号
business-note-label = メモ
business-note-placeholder = 例：Bergさんに取り次いでもらう。営業は月～金
business-keep = 相手先を登録
business-save-changes = 変更を保存
business-cancel = キャンセル
business-not-saved = 登録されていません。示された箇所を直してから、もう一度お試しください。
business-new-call = この相手先への新しい通話
business-change = 変更…
business-forget = この相手先の登録を解除…
business-forget-question = この相手先の登録を解除しますか？通話は履歴に残ります。
business-forget-confirm = 解除
business-keep-it = 登録したままにする
business-calls-heading = 通話
business-no-calls = この番号への通話はまだありません。
business-gone-heading = 登録されていない相手先
business-forgotten = この相手先の登録は解除されています。通話は引き続き履歴に残っています。
business-loading = 相手先を開いています…
