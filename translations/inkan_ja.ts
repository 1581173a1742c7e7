<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AccountStore</name>
    <message>
        <location filename="../core/session/AccountStore.cpp" line="+57"/>
        <source>Could not save the account settings to %1.</source>
        <translation>アカウント設定を %1 に保存できませんでした。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>An account needs a name without &apos;/&apos;.</source>
        <translation>アカウント名には「/」を含めないでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already an account named &quot;%1&quot;.</source>
        <translation>「%1」という名前のアカウントはすでにあります。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>アカウント「%1」はありません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no such account.</source>
        <translation>そのアカウントはありません。</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../core/net/ApiError.cpp" line="+11"/>
        <source>The service said: %1</source>
        <translation>サービスからのメッセージ: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The service refused the request as invalid; check what you entered.</source>
        <translation>サービスがリクエストを不正として拒否しました。入力内容を確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service did not accept your credentials; sign in again.</source>
        <translation>サービスが認証情報を受け付けませんでした。もう一度サインインしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This account is not allowed to do that.</source>
        <translation>このアカウントにはその操作が許可されていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service has nothing by that name or id that you may see.</source>
        <translation>その名前または ID で閲覧できるものはサービス上にありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request conflicts with what the service already has (it may have been done already).</source>
        <translation>リクエストがサービス上の既存のデータと競合しています（すでに実行済みの可能性があります）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That code or token has expired; start again.</source>
        <translation>コードまたはトークンの有効期限が切れています。最初からやり直してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request is too large for the service.</source>
        <translation>リクエストがサービスの上限を超えています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service is receiving too many requests; wait a moment and try again.</source>
        <translation>サービスへのリクエストが集中しています。しばらく待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service had an internal error (HTTP %1); try again later.</source>
        <translation>サービスで内部エラーが発生しました（HTTP %1）。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service refused the request (HTTP %1).</source>
        <translation>サービスがリクエストを拒否しました（HTTP %1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service answered with an unexpected HTTP status %1.</source>
        <translation>サービスから予期しない HTTP ステータス %1 が返されました。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not connect to the service: nothing is listening there. Is it running?</source>
        <translation>サービスに接続できませんでした。接続先で待ち受けているものがありません。サービスは起動していますか？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service&apos;s host name could not be found; check the address and your connection.</source>
        <translation>サービスのホスト名が見つかりませんでした。アドレスとネットワーク接続を確認してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service did not answer in time; try again later.</source>
        <translation>サービスから時間内に応答がありませんでした。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secure connection to the service failed; its certificate could not be trusted.</source>
        <translation>サービスとの安全な接続に失敗しました。証明書を信頼できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secure connection to the service failed: %1</source>
        <translation>サービスとの安全な接続に失敗しました: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service closed the connection before answering; try again.</source>
        <translation>サービスが応答前に接続を閉じました。もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network request failed; check your connection and try again.</source>
        <translation>ネットワークリクエストに失敗しました。接続を確認してもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The service sent an answer Inkan cannot read (%1).</source>
        <translation>サービスから Inkan が読み取れない応答が返されました（%1）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The service&apos;s answer is larger than the %1 MiB limit; it was stopped.</source>
        <translation>サービスの応答が上限の %1 MiB を超えたため、受信を中止しました。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Refusing plain http:// to %1: only loopback addresses may be used without https.</source>
        <translation>%1 への暗号化されていない http:// 接続を拒否しました。https なしで使えるのはループバックアドレスだけです。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The signature was refused, so nothing was sent.</source>
        <translation>署名が拒否されたため、何も送信していません。</translation>
    </message>
    <message>
        <location filename="../core/net/ApiJob.cpp" line="+12"/>
        <source>You are not signed in to this service; sign in first.</source>
        <translation>このサービスにサインインしていません。先にサインインしてください。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The network layer is gone.</source>
        <translation>ネットワーク層が利用できなくなりました。</translation>
    </message>
    <message>
        <location filename="../core/net/HttpTransport.cpp" line="+148"/>
        <source>no HTTP status</source>
        <translation>HTTP ステータスがない</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The service redirected too many times; the request was stopped.</source>
        <translation>サービスのリダイレクトが多すぎるため、リクエストを中止しました。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service redirected from https to an unencrypted address; the request was stopped.</source>
        <translation>サービスが https から暗号化されていないアドレスにリダイレクトしたため、リクエストを中止しました。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service redirected a request that carries a secret to another server (%1); nothing was sent there.</source>
        <translation>サービスが、シークレットを含むリクエストを別のサーバー（%1）にリダイレクトしました。そのサーバーには何も送信していません。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&quot;%1&quot; is not a usable service address.</source>
        <translation>「%1」はサービスのアドレスとして使用できません。</translation>
    </message>
    <message>
        <location filename="../core/net/Json.cpp" line="+74"/>
        <source>not JSON: %1</source>
        <translation>JSON ではない: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+18"/>
        <source>the envelope is not an object</source>
        <translation>エンベロープがオブジェクトではない</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+18"/>
        <source>the envelope has no status</source>
        <translation>エンベロープに status がない</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>the envelope has no result</source>
        <translation>エンベロープに result がない</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>an unknown envelope kind</source>
        <translation>不明なエンベロープの種類</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected an object</source>
        <translation>オブジェクトが必要</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>missing field &quot;%1&quot;</source>
        <translation>フィールド「%1」がない</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <source>field &quot;%1&quot; is not text</source>
        <translation>フィールド「%1」が文字列ではない</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>field &quot;%1&quot; is not an integer</source>
        <translation>フィールド「%1」が整数ではない</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>field &quot;%1&quot; is not a number</source>
        <translation>フィールド「%1」が数値ではない</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>field &quot;%1&quot; is not true or false</source>
        <translation>フィールド「%1」が true でも false でもない</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <source>field &quot;%1&quot; is not an object</source>
        <translation>フィールド「%1」がオブジェクトではない</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>field &quot;%1&quot; is not a list</source>
        <translation>フィールド「%1」がリストではない</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not an object</source>
        <translation>%1 がオブジェクトではない</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a list</source>
        <translation>%1 がリストではない</translation>
    </message>
    <message>
        <location filename="../core/services/capture/CaptureClient.cpp" line="+21"/>
        <source>empty auth_token</source>
        <translation>auth_token が空</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>empty message to sign</source>
        <translation>署名するメッセージが空</translation>
    </message>
    <message>
        <location filename="../core/services/nonceauth/NonceAuthClient.cpp" line="+23"/>
        <source>empty nonce</source>
        <translation>ノンスが空</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>empty token</source>
        <translation>トークンが空</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>a balance is not a non-negative integer</source>
        <translation>残高が 0 以上の整数ではない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decimals out of range</source>
        <translation>decimals が範囲外</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>The intended use may be at most 255 characters.</source>
        <translation>利用目的は 255 文字以内で入力してください。</translation>
    </message>
    <message>
        <location filename="../core/services/oidc/OidcClient.cpp" line="+157"/>
        <source>a JWKS key has bad coordinates</source>
        <translation>JWKS の鍵の座標が不正</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the JWKS has no secp256k1 key</source>
        <translation>JWKS に secp256k1 の鍵がない</translation>
    </message>
    <message>
        <location filename="../core/services/pakt/PaktClient.cpp" line="+78"/>
        <source>no session token in the validation reply</source>
        <translation>検証の応答にセッショントークンがない</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Onboarding needs a first name, a last name and an e-mail address.</source>
        <translation>オンボーディングには名、姓、メールアドレスが必要です。</translation>
    </message>
    <message>
        <location filename="../core/services/web3connect/Web3ConnectClient.cpp" line="+86"/>
        <source>Your Web3Connect session has expired; sign in again.</source>
        <translation>Web3Connect のセッションの有効期限が切れました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+83"/>
        <source>the access token is not text</source>
        <translation>アクセストークンが文字列ではない</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Web3Connect did not accept the API key secret.</source>
        <translation>Web3Connect が API キーシークレットを受け付けませんでした。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The %1 is not a valid ID wallet address: %2</source>
        <translation>%1に指定された値は有効な ID ウォレットアドレスではありません: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a token id (0x followed by 64 hex digits).</source>
        <translation>「%1」はトークン ID ではありません（0x に続く 16 進数 64 桁）。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The redirect URL is not a valid absolute URL.</source>
        <translation>リダイレクト URL が有効な絶対 URL ではありません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>「%1」はメールアドレスではありません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A batch takes 1 to 10,000 e-mail addresses; this one has %1.</source>
        <translation>一括処理で指定できるメールアドレスは 1〜10,000 件です。指定されたのは %1 件です。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a phone number in E.164 form (like +818012345678).</source>
        <translation>「%1」は E.164 形式（+818012345678 など）の電話番号ではありません。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+91"/>
        <source>holder</source>
        <translation>保有者</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>The transfer got no answer, and the NFT is not with the receiver: it was not transferred. You can try again.</source>
        <translation>譲渡の応答がなく、NFT は受取人のもとにありません。譲渡は行われていません。もう一度お試しいただけます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The transfer got no answer, and whether it happened could not be checked; look the NFT up before trying again.</source>
        <translation>譲渡の応答がなく、譲渡が行われたかどうかを確認できませんでした。もう一度試す前に NFT の状態を確認してください。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>receiver</source>
        <translation>受取人</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>step 2 returned no token_id</source>
        <translation>ステップ 2 の応答に token_id がない</translation>
    </message>
    <message>
        <location filename="../core/services/web3connect/Web3ConnectTypes.cpp" line="+81"/>
        <source>the result is not text</source>
        <translation>result が文字列ではない</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the result is not true or false</source>
        <translation>result が true でも false でもない</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+110"/>
        <source>unknown account_type</source>
        <translation>不明な account_type</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>the import result has no id_wallet_address</source>
        <translation>インポート結果に id_wallet_address がない</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unknown batch status</source>
        <translation>不明な一括処理ステータス</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the public key is not a secp256k1 JWK</source>
        <translation>公開鍵が secp256k1 の JWK ではない</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>the QR code is not a PNG data URL</source>
        <translation>QR コードが PNG のデータ URL ではない</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the QR code is not valid base64</source>
        <translation>QR コードが有効な Base64 ではない</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>token_id is not text</source>
        <translation>token_id が文字列ではない</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../core/session/AppSettings.cpp" line="+33"/>
        <location line="+11"/>
        <source>The settings could not be saved to %1; check that the folder is writable.</source>
        <translation>設定を %1 に保存できませんでした。フォルダーに書き込めるか確認してください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the system&apos;s language, English or Japanese.</source>
        <translation>システムの言語、英語、日本語のいずれかを選んでください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the system&apos;s theme, light or dark.</source>
        <translation>システムのテーマ、ライト、ダークのいずれかを選んでください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Auto-lock takes 0 (never) to 1440 minutes.</source>
        <translation>自動ロックには 0（しない）〜1440 分を指定してください。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The latitude must be between -90 and 90 degrees.</source>
        <translation>緯度は -90〜90 度の範囲で指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The longitude must be between -180 and 180 degrees.</source>
        <translation>経度は -180〜180 度の範囲で指定してください。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The batch file must be given by its full path.</source>
        <translation>バッチファイルはフルパスで指定してください。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Give the scanner a name of 1 to 60 characters on one line, such as &quot;Gate 2&quot;.</source>
        <translation>スキャナーには「Gate 2」のように、1 行で 1〜60 文字の名前を付けてください。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A verdict stays 1 to 30 seconds.</source>
        <translation>判定の表示時間には 1〜30 秒を指定してください。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A kiosk PIN is 4 to 8 digits.</source>
        <translation>キオスク PIN は 4〜8 桁の数字です。</translation>
    </message>
</context>
<context>
    <name>Authenticity</name>
    <message>
        <location filename="../core/services/web3connect/Authenticity.cpp" line="+24"/>
        <source>This NFT carries no minter signature.</source>
        <translation>この NFT には発行者の署名がありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This NFT carries no minter signature, so who minted it cannot be checked. Treat it with care.</source>
        <translation>この NFT には発行者の署名がないため、誰が発行したかを確認できません。注意して扱ってください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The minter signature of this NFT is malformed: it may be forged. Do not rely on it.</source>
        <translation>この NFT の発行者の署名は形式が不正で、偽造されている可能性があります。信頼しないでください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The minter signature does not match any ID wallet on this service: this NFT or its metadata was altered. Do not rely on it.</source>
        <translation>発行者の署名がこのサービスのどの ID ウォレットとも一致しません。この NFT またはそのメタデータは改ざんされています。信頼しないでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Authentic: signed by the ID wallet %1, known to this service.</source>
        <translation>本物: このサービスに登録されている ID ウォレット %1 が署名しています。</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../core/jobs/Csv.cpp" line="+23"/>
        <source>The file is not UTF-8 text (it may be Shift_JIS or Latin-1): save it as UTF-8 (&quot;CSV UTF-8&quot;) and try again.</source>
        <translation>このファイルは UTF-8 のテキストではありません（Shift_JIS または Latin-1 の可能性があります）。UTF-8（「CSV UTF-8」）で保存してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The CSV has an unclosed quote starting on line %1.</source>
        <translation>CSV の %1 行目から始まる引用符が閉じられていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CSV is empty; it needs a header line.</source>
        <translation>CSV が空です。ヘッダー行が必要です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1 of the CSV has %2 fields; the header has %3.</source>
        <translation>CSV の %1 行目のフィールド数は %2 ですが、ヘッダーは %3 です。</translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <location filename="../core/net/Jwt.cpp" line="+83"/>
        <source>The token is not a valid JWT: %1.</source>
        <translation>トークンが有効な JWT ではありません: %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too long</source>
        <translation>長すぎる</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it must have three parts</source>
        <translation>3 つの部分が必要</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad header encoding</source>
        <translation>ヘッダーのエンコードが不正</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bad payload encoding</source>
        <translation>ペイロードのエンコードが不正</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bad signature encoding</source>
        <translation>署名のエンコードが不正</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the header is not a JSON object</source>
        <translation>ヘッダーが JSON オブジェクトではない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the payload is not a JSON object</source>
        <translation>ペイロードが JSON オブジェクトではない</translation>
    </message>
</context>
<context>
    <name>Oidc</name>
    <message>
        <location filename="../core/services/oidc/OidcClient.cpp" line="-139"/>
        <source>The ID token was rejected: %1.</source>
        <translation>ID トークンを拒否しました: %1。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>it is not signed with ES256K</source>
        <translation>ES256K で署名されていない</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no key in the JWKS matches its kid</source>
        <translation>kid に一致する鍵が JWKS にない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the signature has the wrong length</source>
        <translation>署名の長さが正しくない</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the signature does not verify</source>
        <translation>署名を検証できない</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it was issued by &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>発行者が「%2」ではなく「%1」</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is meant for another client</source>
        <translation>別のクライアント向けのもの</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it was issued to another client (azp)</source>
        <translation>別のクライアントに発行されたもの（azp）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has expired</source>
        <translation>有効期限切れ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its nonce is not the one this sign-in sent (a replay?)</source>
        <translation>ノンスがこのサインインで送ったものと異なる（リプレイ攻撃の可能性）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its s_hash does not match the state</source>
        <translation>s_hash が state と一致しない</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it has no c_hash for the authorization code</source>
        <translation>認可コードに対する c_hash がない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its c_hash does not match the authorization code</source>
        <translation>c_hash が認可コードと一致しない</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it has no subject</source>
        <translation>subject がない</translation>
    </message>
</context>
<context>
    <name>PhishingGuard</name>
    <message>
        <location filename="../core/services/PhishingGuard.cpp" line="+71"/>
        <source>Refused to sign: the message names &quot;%1&quot;, but you are signing in to &quot;%2&quot;. This is how phishing sites borrow a signature; nothing was signed.</source>
        <translation>署名を拒否しました: メッセージには「%1」とありますが、サインイン先は「%2」です。これはフィッシングサイトが署名を盗用する手口です。何も署名していません。</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../ui/widgets/LineEditButtons.cpp" line="+22"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
</context>
<context>
    <name>QrDecoder</name>
    <message>
        <location filename="../core/qr/QrDecoder.cpp" line="+115"/>
        <source>No QR code was found in the image.</source>
        <translation>画像に QR コードが見つかりませんでした。</translation>
    </message>
    <message>
        <location line="+167"/>
        <location line="+9"/>
        <source>The image is empty.</source>
        <translation>画像が空です。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The camera frame is empty.</source>
        <translation>カメラのフレームが空です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The camera delivers frames in a format that cannot be read.</source>
        <translation>カメラのフレーム形式を読み取れません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <source>The camera frame could not be read.</source>
        <translation>カメラのフレームを読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The camera frame is smaller than its format requires.</source>
        <translation>カメラのフレームが形式に必要なサイズより小さくなっています。</translation>
    </message>
</context>
<context>
    <name>ScanHistory</name>
    <message>
        <location filename="../core/session/ScanHistory.cpp" line="+104"/>
        <source>The scan history %1 could not be read (%2); new scans are still recorded.</source>
        <translation>スキャン履歴 %1 を読み込めませんでした（%2）。新しいスキャンは引き続き記録されます。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The folder of the scan history %1 could not be created; check that the data folder is writable.</source>
        <translation>スキャン履歴 %1 のフォルダーを作成できませんでした。データフォルダーに書き込めるか確認してください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The scan could not be added to the history %1 (%2); check that the data folder is writable.</source>
        <translation>スキャンを履歴 %1 に追加できませんでした（%2）。データフォルダーに書き込めるか確認してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The scan could not be added to the history %1 (%2); check that the disk is not full.</source>
        <translation>スキャンを履歴 %1 に追加できませんでした（%2）。ディスクの空き容量を確認してください。</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+4"/>
        <source>%1 could not be written (%2); choose another folder.</source>
        <translation>%1 に書き込めませんでした（%2）。別のフォルダーを選んでください。</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../core/session/FileSecretStore.cpp" line="+49"/>
        <source>Could not write the secret store %1: %2</source>
        <translation>シークレットストア %1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The key derivation for the secret store failed.</source>
        <translation>シークレットストアの鍵導出に失敗しました。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The secret store %1 is locked by another Inkan process; try again.</source>
        <translation>シークレットストア %1 は別の Inkan プロセスがロックしています。もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not read the secret store %1.</source>
        <translation>シークレットストア %1 を読み込めませんでした。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secret store %1 is damaged; it cannot be read.</source>
        <translation>シークレットストア %1 が破損しているため、読み込めません。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The password does not unlock the stored secrets.</source>
        <translation>このパスワードでは保存されたシークレットのロックを解除できません。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Encrypting the secret store failed.</source>
        <translation>シークレットストアの暗号化に失敗しました。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No stored secret named %1.</source>
        <translation>%1 という名前のシークレットは保存されていません。</translation>
    </message>
    <message>
        <location filename="../core/session/KeychainSecretStore.cpp" line="+18"/>
        <source>The keychain has no such entry.</source>
        <translation>キーチェーンにそのエントリーはありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain refused access: %1</source>
        <translation>キーチェーンがアクセスを拒否しました: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keychain failed: %1</source>
        <translation>キーチェーンでエラーが発生しました: %1</translation>
    </message>
    <message>
        <location filename="../core/session/SecretStore.cpp" line="+23"/>
        <source>An empty password cannot protect the stored secrets.</source>
        <translation>空のパスワードでは保存したシークレットを保護できません。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No OS keychain is running, and the secrets of this account are kept there.</source>
        <translation>OS のキーチェーンが起動していません。このアカウントのシークレットはキーチェーンに保存されています。</translation>
    </message>
</context>
<context>
    <name>VerificationPayload</name>
    <message>
        <location filename="../core/qr/VerificationPayload.cpp" line="+64"/>
        <source>The QR code holds an empty verification code.</source>
        <translation>QR コードの検証コードが空です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The QR code holds a link, not a verification code. It was not opened.</source>
        <translation>QR コードの内容は検証コードではなくリンクです。リンクは開いていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The QR code holds a wallet address, not a verification code.</source>
        <translation>QR コードの内容は検証コードではなくウォレットアドレスです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The QR code holds a hexadecimal value such as a token id, not a verification code.</source>
        <translation>QR コードの内容は検証コードではなく、トークン ID などの 16 進数の値です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The QR code holds text that is not a verification code: a code is 4 to 128 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>QR コードの内容は検証コードではないテキストです。検証コードは英字、数字、「-」、「_」からなる 4〜128 文字です。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+10"/>
        <source>The QR code holds malformed data, not a verification code.</source>
        <translation>QR コードの内容は検証コードではなく、形式が不正なデータです。</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The QR code holds data of another kind, not an NFT verification code.</source>
        <translation>QR コードの内容は NFT の検証コードではなく、別の種類のデータです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The QR code is an NFT verification code of a format version this version of Inkan does not read.</source>
        <translation>この QR コードは、このバージョンの Inkan では読み取れない形式バージョンの NFT 検証コードです。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The QR code is an NFT verification code without a code in it.</source>
        <translation>この QR コードは NFT 検証コードですが、コードが含まれていません。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The QR code holds %n bytes, far more than a verification code.</source>
        <translation>
            <numerusform>QR コードのデータは %n バイトあり、検証コードとしては大きすぎます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The QR code holds binary data, not a verification code.</source>
        <translation>QR コードの内容は検証コードではなくバイナリデータです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The QR code is empty.</source>
        <translation>QR コードが空です。</translation>
    </message>
</context>
<context>
    <name>inkan</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="+81"/>
        <source>No password was given: use --password-file FILE or INKAN_PASSWORD, or run on a terminal.</source>
        <translation>パスワードが指定されていません。--password-file FILE または INKAN_PASSWORD を使うか、端末で実行してください。</translation>
    </message>
    <message>
        <location line="+73"/>
        <location filename="../app/cli/main.cpp" line="+100"/>
        <source>Usage: %1</source>
        <translation>使い方: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The password file %1 cannot be read: %2.</source>
        <translation>パスワードファイル %1 を読み込めません: %2。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The two passwords differ.</source>
        <translation>2 つのパスワードが一致しません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Repeat the password: </source>
        <translation>パスワードをもう一度入力: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No new password was given: use --new-password-file FILE, or run on a terminal.</source>
        <translation>新しいパスワードが指定されていません。--new-password-file FILE を使うか、端末で実行してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat the new password: </source>
        <translation>新しいパスワードをもう一度入力: </translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The option --%1 needs a value.</source>
        <translation>オプション --%1 には値が必要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown option --%1.</source>
        <translation>不明なオプション --%1 です。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This command takes no arguments besides its options.</source>
        <translation>このコマンドはオプション以外の引数を取りません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This command takes one argument besides its options.</source>
        <translation>このコマンドはオプションのほかに引数を 1 つ取ります。</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../core/ManPage.cpp" line="+170"/>
        <source>e.g. %1</source>
        <translation>例: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/LoginCommand.cpp" line="+56"/>
        <source>Signed in to %1 as %2.</source>
        <translation>%1 に %2 としてサインインしました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role: %1.</source>
        <translation>ロール: %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+48"/>
        <location line="+22"/>
        <location line="+42"/>
        <location line="+49"/>
        <location filename="../app/cli/ProfileCommand.cpp" line="+45"/>
        <location line="+63"/>
        <source>Unexpected argument.</source>
        <translation>予期しない引数です。</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>API key secret: </source>
        <translation>API キーシークレット: </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give either --email or --wallet.</source>
        <translation>--email と --wallet のどちらか一方を指定してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Capture password: </source>
        <translation>Capture のパスワード: </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Pakt builder token: </source>
        <translation>Pakt のビルダートークン: </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>OIDC needs the organization&apos;s client id: --client-id ID (or service add … --client-id).</source>
        <translation>OIDC には組織のクライアント ID が必要です: --client-id ID（または service add … --client-id）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open this address in a browser to sign in:</source>
        <translation>サインインするには、このアドレスをブラウザーで開いてください:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Signed out of %1; its token is forgotten.</source>
        <translation>%1 からサインアウトし、トークンを削除しました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in:</source>
        <translation>サインイン:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signs in to Web3Connect as an organization with its API key secret (from the file, else INKAN_API_KEY_SECRET, else stdin).</source>
        <translation>組織として API キーシークレットで Web3Connect にサインインします（シークレットはファイル、INKAN_API_KEY_SECRET、標準入力の順に探します）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signs in to Capture with an e-mail and password, or with a wallet key.</source>
        <translation>メールアドレスとパスワード、またはウォレットの鍵で Capture にサインインします。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signs in to the nonce-auth users API by signing its nonce with a wallet key (--yes signs a text of the expected form without asking).</source>
        <translation>nonce-auth ユーザー API のノンスにウォレットの鍵で署名してサインインします（--yes を指定すると、想定どおりの形式のテキストには確認なしで署名します）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signs in to Pakt with the app&apos;s builder token and a wallet key; the names and e-mail are sent for onboarding.</source>
        <translation>アプリのビルダートークンとウォレットの鍵で Pakt にサインインします。名前とメールアドレスはオンボーディングのために送信されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signs in through Web3Connect OIDC in the browser, answered on a loopback address.</source>
        <translation>ブラウザーで Web3Connect の OIDC を使ってサインインし、ループバックアドレスで応答を受け取ります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signs out of the account and forgets its token.</source>
        <translation>アカウントからサインアウトし、トークンを削除します。</translation>
    </message>
    <message>
        <location filename="../app/cli/NftCommand.cpp" line="+61"/>
        <source>&quot;%1&quot; is not FIELD=VALUE.</source>
        <translation>「%1」は FIELD=VALUE の形式ではありません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(no name)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+19"/>
        <source>Token id</source>
        <translation>トークン ID</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+19"/>
        <location filename="../app/cli/ServiceCommand.cpp" line="+63"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+23"/>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+19"/>
        <source>Visibility</source>
        <translation>公開設定</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>No NFTs.</source>
        <translation>NFT はありません。</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Visibility is public or private.</source>
        <translation>公開設定には public か private を指定してください。</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Token URI</source>
        <translation>トークン URI</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Block</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transaction</source>
        <translation>トランザクション</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minted</source>
        <translation>発行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>transferred</source>
        <translation>譲渡</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>burned</source>
        <translation>バーン</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no history yet.</source>
        <translation>%1 にはまだ履歴がありません。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The NFT %1 is now public.</source>
        <translation>NFT %1 を公開に設定しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The NFT %1 is now private.</source>
        <translation>NFT %1 を非公開に設定しました。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The transfer got no answer, but the NFT is with the receiver: it was already transferred.</source>
        <translation>譲渡の応答はありませんでしたが、NFT は受取人のもとにあります。譲渡はすでに完了しています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 now belongs to %2.</source>
        <translation>%1 の保有者は %2 になりました。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read the metadata file &quot;%1&quot;.</source>
        <translation>メタデータファイル「%1」を読み込めません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The metadata file is not JSON: %1</source>
        <translation>メタデータファイルが JSON ではありません: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Minted %1 to %2.</source>
        <translation>%1 を %2 に発行しました。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../app/cli/OrgCommand.cpp" line="+41"/>
        <source>Cannot read &quot;%1&quot;.</source>
        <translation>「%1」を読み込めません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give at least one FIELD=VALUE or --file.</source>
        <translation>FIELD=VALUE または --file を 1 つ以上指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated %1: %2.</source>
        <translation>%1 を更新しました: %2。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--map wants COLUMN=TARGET, not &quot;%1&quot;.</source>
        <translation>--map には「%1」ではなく COLUMN=TARGET の形式で指定してください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown target &quot;%1&quot;: use holder, static.FIELD, dynamic.FIELD or ignore.</source>
        <translation>不明な対象「%1」です。holder、static.FIELD、dynamic.FIELD、ignore のいずれかを指定してください。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>row %1, column %2: %3</source>
        <translation>%1 行目、列 %2: %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Stopping: rows in flight finish first; run the same command again to continue.</source>
        <translation>停止しています。処理中の行が完了するまでお待ちください。続きを実行するには同じコマンドをもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 rows: %2 minted now, %3 already minted, %4 failed, %5 unknown. Results in %6.</source>
        <translation>%1 行: 今回発行 %2、発行済み %3、失敗 %4、不明 %5。結果は %6 にあります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 rows were not sent (cancelled).</source>
        <translation>%1 行は送信していません（キャンセル）。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>NFTs (Web3Connect):</source>
        <translation>NFT（Web3Connect）:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lists the NFTs held by the signed-in holder (or ADDRESS), or those the organization minted.</source>
        <translation>サインイン中の保有者（または ADDRESS）が保有する NFT、または組織が発行した NFT を一覧表示します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prints one NFT with its metadata.</source>
        <translation>NFT を 1 つ、メタデータとともに表示します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prints who held the NFT and when.</source>
        <translation>NFT の保有者とその時期を表示します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Searches NFTs by metadata fields (--minted: among those the organization minted).</source>
        <translation>メタデータのフィールドで NFT を検索します（--minted: 組織が発行した NFT の中から検索）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Makes the NFT public or private.</source>
        <translation>NFT を公開または非公開にします。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transfers the NFT to another address.</source>
        <translation>NFT を別のアドレスに譲渡します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mints one NFT for a holder from a metadata JSON file (organizations).</source>
        <translation>メタデータの JSON ファイルから、保有者に NFT を 1 つ発行します（組織向け）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mints one NFT per row of a CSV file, journaled so that a killed run resumes without minting twice.</source>
        <translation>CSV ファイルの 1 行ごとに NFT を 1 つ発行します。処理は記録されるため、中断された実行を再開しても二重に発行されません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes the dynamic metadata fields of an NFT (organizations).</source>
        <translation>NFT の動的メタデータのフィールドを変更します（組織向け）。</translation>
    </message>
    <message>
        <location filename="../app/cli/OrgCommand.cpp" line="+16"/>
        <source>Entry %1 (&quot;%2&quot;) is not an e-mail address.</source>
        <translation>%1 件目（「%2」）はメールアドレスではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A batch takes 1 to 10,000 e-mail addresses; this file has %1.</source>
        <translation>一括処理で指定できるメールアドレスは 1〜10,000 件です。このファイルには %1 件あります。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>org import takes one e-mail address.</source>
        <translation>org import にはメールアドレスを 1 つ指定してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has the ID wallet %2.</source>
        <translation>%1 の ID ウォレットは %2 です。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>org import-batch takes one file.</source>
        <translation>org import-batch にはファイルを 1 つ指定してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Batch import needs the organization&apos;s API key secret: sign in with &apos;inkan-cli login web3connect&apos;.</source>
        <translation>一括インポートには組織の API キーシークレットが必要です。「inkan-cli login web3connect」でサインインしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Submitted batch %1; waiting for it to finish…</source>
        <translation>一括処理 %1 を送信しました。完了を待っています…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/ProfileCommand.cpp" line="-40"/>
        <source>ID wallet</source>
        <translation>ID ウォレット</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(failed)</source>
        <translation>（失敗）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 imported, %2 failed (batch %3).</source>
        <translation>インポート %1 件、失敗 %2 件（一括処理 %3）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The phone number is verified.</source>
        <translation>電話番号を認証しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the phone number, or --tmp-token and --code.</source>
        <translation>電話番号、または --tmp-token と --code を指定してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A code was sent. Confirm with: inkan-cli org verify-phone --tmp-token %1 --code CODE</source>
        <translation>コードを送信しました。次のコマンドで確認してください: inkan-cli org verify-phone --tmp-token %1 --code CODE</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The domain is verified.</source>
        <translation>ドメインを認証しました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add this TXT record to %1, then run &apos;inkan-cli org verify-domain --check&apos;:
%2</source>
        <translation>%1 にこの TXT レコードを追加してから、「inkan-cli org verify-domain --check」を実行してください:
%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>org button-js needs --redirect-url.</source>
        <translation>org button-js には --redirect-url が必要です。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Organization (Web3Connect):</source>
        <translation>組織（Web3Connect）:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imports the end-user with this e-mail address and prints their ID wallet.</source>
        <translation>このメールアドレスのエンドユーザーをインポートし、その ID ウォレットを表示します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imports 1 to 10,000 e-mail addresses, one per line, and waits for the batch.</source>
        <translation>1 行に 1 つずつ、1〜10,000 件のメールアドレスをインポートし、一括処理の完了を待ちます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sends a code to the organization&apos;s phone number, or confirms it with --tmp-token and --code.</source>
        <translation>組織の電話番号にコードを送信します。--tmp-token と --code を指定すると、そのコードで確認します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prints the TXT record that proves the organization&apos;s domain, or checks it with --check.</source>
        <translation>組織のドメインを証明する TXT レコードを表示します。--check を指定すると、そのレコードを確認します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prints the JavaScript of a sign-in button for the organization&apos;s web site.</source>
        <translation>組織の Web サイト用のサインインボタンの JavaScript を表示します。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="-39"/>
        <source>The profile is empty.</source>
        <translation>プロフィールは空です。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../app/cli/ServiceSupport.cpp" line="+150"/>
        <source>You are not signed in to &quot;%1&quot;; run &apos;inkan-cli login&apos; first.</source>
        <translation>「%1」にサインインしていません。先に「inkan-cli login」を実行してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a nonce-auth profile can be changed here.</source>
        <translation>ここで変更できるのは nonce-auth のプロフィールだけです。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Account id</source>
        <translation>アカウント ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account type</source>
        <translation>アカウントの種類</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chain</source>
        <translation>チェーン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balance</source>
        <translation>残高</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price (USD)</source>
        <translation>価格（USD）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (USD)</source>
        <translation>評価額（USD）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Profile:</source>
        <translation>プロフィール:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prints the signed-in account&apos;s profile; --name and --intended-use change a nonce-auth profile.</source>
        <translation>サインイン中のアカウントのプロフィールを表示します。--name と --intended-use を指定すると nonce-auth のプロフィールを変更します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prints the token balances of a nonce-auth account and their value in USD.</source>
        <translation>nonce-auth アカウントのトークン残高と、その USD での評価額を表示します。</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Signed in to Pakt as %1.</source>
        <translation>Pakt に %1 としてサインインしました。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You are not signed in to &quot;%1&quot;; run &apos;inkan-cli login nonceauth&apos; first.</source>
        <translation>「%1」にサインインしていません。先に「inkan-cli login nonceauth」を実行してください。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No token balances.</source>
        <translation>トークン残高はありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total value: %1 USD.</source>
        <translation>評価額の合計: %1 USD。</translation>
    </message>
    <message>
        <location filename="../app/cli/QrCommand.cpp" line="+48"/>
        <source>Could not write %1: %2.</source>
        <translation>%1 に書き込めませんでした: %2。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Say where the image goes with --out FILE.png.</source>
        <translation>画像の保存先を --out FILE.png で指定してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--scale takes a whole number of pixels per module from 1 to %1.</source>
        <translation>--scale にはモジュールあたりのピクセル数を 1〜%1 の整数で指定してください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--ecc takes L, M, Q or H.</source>
        <translation>--ecc には L、M、Q、H のいずれかを指定してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The text is too long for a QR code (%1 bytes as UTF-8).</source>
        <translation>テキストが長すぎて QR コードにできません（UTF-8 で %1 バイト）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The QR code image could not be made into a PNG.</source>
        <translation>QR コードの画像を PNG にできませんでした。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote %1 (%2×%3 pixels).</source>
        <translation>%1 を書き出しました（%2×%3 ピクセル）。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--repeat takes a whole number from 1 to %1.</source>
        <translation>--repeat には 1〜%1 の整数を指定してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read the image %1: %2.</source>
        <translation>画像 %1 を読み込めませんでした: %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image could not be turned into a camera frame.</source>
        <translation>画像をカメラのフレームに変換できませんでした。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 ns per decode (mean of %2, %3 path)</source>
        <translation>デコード 1 回あたり %1 ns（%2 回の平均、%3 経由）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NV12 frame</source>
        <translation>NV12 フレーム</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>QImage</source>
        <translation>QImage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No QR code was found in %1.</source>
        <translation>%1 に QR コードが見つかりませんでした。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>QR codes (exit 4 when an image holds no readable code):</source>
        <translation>QR コード（画像に読み取れるコードがない場合は終了コード 4）:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes TEXT as a QR code PNG, SCALE pixels per module (default 8), 4 modules of quiet zone.</source>
        <translation>TEXT を QR コードの PNG として書き出します。モジュールあたり SCALE ピクセル（既定値 8）、クワイエットゾーンは 4 モジュールです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prints the text of the QR code in FILE, or writes it to TEXT_FILE in UTF-8 whatever charset the code carried (Shift_JIS, ISO-8859-1, UTF-8). --raw writes the payload bytes as carried instead. --as-nv12 reads it through the camera-frame path, --live with one fast pass as for video, --repeat N prints the mean time per decode on stderr.</source>
        <translation>FILE の QR コードのテキストを表示します。TEXT_FILE を指定すると、コードの文字セット（Shift_JIS、ISO-8859-1、UTF-8）にかかわらず UTF-8 で TEXT_FILE に書き出します。--raw を指定すると、代わりにペイロードのバイト列をそのまま書き出します。--as-nv12 はカメラフレームの経路で読み取り、--live は動画と同じく高速な 1 パスで読み取ります。--repeat N はデコード 1 回あたりの平均時間を標準エラー出力に表示します。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No qr command given; &apos;inkan-cli qr help&apos; lists them.</source>
        <translation>qr のコマンドが指定されていません。「inkan-cli qr help」で一覧を表示できます。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown qr command &apos;%1&apos;; &apos;inkan-cli qr help&apos; lists them.</source>
        <translation>不明な qr コマンド「%1」です。「inkan-cli qr help」で一覧を表示できます。</translation>
    </message>
    <message>
        <location filename="../app/cli/ServiceCommand.cpp" line="-25"/>
        <source>service add takes KIND and URL, and --name.</source>
        <translation>service add には KIND と URL、および --name を指定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KIND is one of web3connect, capture, nonceauth, pakt, oidc.</source>
        <translation>KIND は web3connect、capture、nonceauth、pakt、oidc のいずれかです。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added %1 (%2 at %3).</source>
        <translation>%1 を追加しました（%3 の %2）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>service list takes no arguments.</source>
        <translation>service list は引数を取りません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>signed in as %1</source>
        <translation>%1 としてサインイン中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>signed out</source>
        <translation>サインアウト済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No services yet; add one with &apos;inkan-cli service add&apos;.</source>
        <translation>サービスはまだありません。「inkan-cli service add」で追加してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>service remove takes the account&apos;s NAME.</source>
        <translation>service remove にはアカウントの NAME を指定してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation>「%1」という名前のアカウントはありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removed %1 and forgot its secrets.</source>
        <translation>%1 を削除し、そのシークレットも消去しました。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Services:</source>
        <translation>サービス:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adds an account for a service: its kind (web3connect, oidc, capture, nonceauth, pakt) and base URL.</source>
        <translation>サービスのアカウントを追加します。サービスの種類（web3connect、oidc、capture、nonceauth、pakt）とベース URL を指定します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lists the accounts of every service.</source>
        <translation>すべてのサービスのアカウントを一覧表示します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removes the account and forgets its secrets.</source>
        <translation>アカウントを削除し、そのシークレットを消去します。</translation>
    </message>
    <message>
        <location filename="../app/cli/ServiceSupport.cpp" line="-112"/>
        <source>Warning: the refreshed access token could not be stored: %1</source>
        <translation>警告: 更新したアクセストークンを保存できませんでした: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 or %2</source>
        <translation>%1, %2 のいずれか</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 takes %2.</source>
        <translation>%1 には %2 を指定してください。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no account named &quot;%1&quot;; &apos;inkan-cli service list&apos; shows them.</source>
        <translation>「%1」という名前のアカウントはありません。「inkan-cli service list」で一覧を表示できます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account &quot;%1&quot; is a %2 account, not %3.</source>
        <translation>アカウント「%1」は %3 ではなく %2 のアカウントです。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No account is set up for this; add one with &apos;inkan-cli service add&apos;.</source>
        <translation>これに使えるアカウントが設定されていません。「inkan-cli service add」で追加してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several accounts fit; choose one with --account NAME.</source>
        <translation>該当するアカウントが複数あります。--account NAME で 1 つ選んでください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wallet password: </source>
        <translation>ウォレットのパスワード: </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Wrong number of arguments.</source>
        <translation>引数の数が正しくありません。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The service at %1 asks you to sign this text:</source>
        <translation>%1 のサービスが次のテキストへの署名を求めています:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-In with Ethereum for %1, chain ID %2.</source>
        <translation>%1 向けの Sign-In with Ethereum です（チェーン ID %2）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not signing: this text is not in the form this service&apos;s sign-in uses, so --yes does not cover it; approve it on a terminal.</source>
        <translation>署名しません。このテキストはこのサービスのサインインで使われる形式ではないため、--yes では承認されません。端末で承認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signing: pass --yes to approve when not on a terminal.</source>
        <translation>署名しません。端末以外で承認するには --yes を指定してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign it? [y/N] </source>
        <translation>署名しますか？ [y/N] </translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="+29"/>
        <source>Give your position as --lat and --lon in degrees.</source>
        <translation>現在地を --lat と --lon で度単位で指定してください。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verification code %1 (valid 5 minutes). Show the QR code to the scanner.</source>
        <translation>検証コード %1（有効期限 5 分）。QR コードをスキャン担当者に提示してください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not an image Inkan can read.</source>
        <translation>%1 は Inkan で読み込める画像ではありません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>VERIFIED: the code is genuine and belongs to the NFT %1.</source>
        <translation>検証成功: コードは本物で、NFT %1 のものです。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Verified: a scanner has accepted the code for the NFT %1.</source>
        <translation>検証済み: スキャン担当者が NFT %1 のコードを受け付けました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not verified yet.</source>
        <translation>まだ検証されていません。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>NFT verification by QR code:</source>
        <translation>QR コードによる NFT の検証:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holder: makes a verification code for the NFT (valid 5 minutes) and writes its QR code.</source>
        <translation>保有者: NFT の検証コード（有効期限 5 分）を作成し、その QR コードを書き出します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scanner: checks a code read from an image or typed, at the scanner&apos;s position.</source>
        <translation>スキャナー: 画像から読み取ったコードまたは入力したコードを、スキャナーの位置で確認します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holder: waits until a scanner has accepted the code.</source>
        <translation>保有者: スキャナーがコードを受け付けるまで待ちます。</translation>
    </message>
    <message>
        <location filename="../app/cli/WalletCommand.cpp" line="+63"/>
        <source>The message file %1 cannot be read: %2.</source>
        <translation>メッセージファイル %1 を読み込めません: %2。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--words takes 12 or 24, not &apos;%1&apos;.</source>
        <translation>--words には「%1」ではなく 12 か 24 を指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for the new account: </source>
        <translation>新しいアカウントのパスワード: </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The keystore file %1 cannot be read: %2.</source>
        <translation>キーストアファイル %1 を読み込めません: %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password of the keystore file: </source>
        <translation>キーストアファイルのパスワード: </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--index takes a whole number from 0 to 2147483647.</source>
        <translation>--index には 0〜2147483647 の整数を指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mnemonic words: </source>
        <translation>ニーモニックの単語: </translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+28"/>
        <source>Password for the imported account: </source>
        <translation>インポートするアカウントのパスワード: </translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Private key (0x and 64 hex digits): </source>
        <translation>秘密鍵（0x と 16 進数 64 桁）: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The private key must be 64 hex digits, optionally after 0x.</source>
        <translation>秘密鍵は 16 進数 64 桁で指定してください（先頭の 0x は省略可）。</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+40"/>
        <source>Password of the account: </source>
        <translation>アカウントのパスワード: </translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+33"/>
        <source>Give exactly one of --message, --message-file or --hex.</source>
        <translation>--message、--message-file、--hex のうち 1 つだけを指定してください。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>--signature is required.</source>
        <translation>--signature は必須です。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Current password: </source>
        <translation>現在のパスワード: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New password: </source>
        <translation>新しいパスワード: </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Wallet (accounts in DATA/keystore, geth/MetaMask-compatible keystore v3 files):</source>
        <translation>ウォレット（アカウントは DATA/keystore 内の geth/MetaMask 互換のキーストア v3 ファイル）:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes a new mnemonic and its first account; prints the address.</source>
        <translation>新しいニーモニックとその最初のアカウントを作成し、アドレスを表示します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prints every account&apos;s address.</source>
        <translation>すべてのアカウントのアドレスを表示します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imports a keystore v3 file; asks for its password.</source>
        <translation>キーストア v3 ファイルをインポートします。ファイルのパスワードを尋ねます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imports account N (m/44&apos;/60&apos;/0&apos;/0/N) of the mnemonic read from stdin.</source>
        <translation>標準入力から読み込んだニーモニックのアカウント N（m/44&apos;/60&apos;/0&apos;/0/N）をインポートします。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imports the 0x-hex private key read from stdin.</source>
        <translation>標準入力から読み込んだ 0x 付き 16 進数の秘密鍵をインポートします。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prints (or writes to FILE) the account&apos;s keystore; re-encrypted under the new password if one is given, with light scrypt if --light.</source>
        <translation>アカウントのキーストアを表示します（または FILE に書き出します）。新しいパスワードを指定するとそのパスワードで再暗号化し、--light を指定すると軽量な scrypt を使います。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signs the message with EIP-191 personal_sign; prints the 0x signature.</source>
        <translation>メッセージに EIP-191 の personal_sign で署名し、0x 付きの署名を表示します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prints the address that made a personal_sign signature.</source>
        <translation>personal_sign の署名を作成したアドレスを表示します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prints the address in EIP-55 mixed case; refuses a wrong checksum.</source>
        <translation>アドレスを EIP-55 の大文字小文字混在形式で表示します。チェックサムが誤っている場合は拒否します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-encrypts the account under a new password.</source>
        <translation>アカウントを新しいパスワードで再暗号化します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moves the account&apos;s file to DATA/keystore/removed (--destroy deletes it).</source>
        <translation>アカウントのファイルを DATA/keystore/removed に移動します（--destroy を指定すると削除します）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No wallet command given; &apos;inkan-cli wallet help&apos; lists them.</source>
        <translation>wallet のコマンドが指定されていません。「inkan-cli wallet help」で一覧を表示できます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown wallet command &apos;%1&apos;; &apos;inkan-cli wallet help&apos; lists them.</source>
        <translation>不明な wallet コマンド「%1」です。「inkan-cli wallet help」で一覧を表示できます。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+1"/>
        <source>Global options:</source>
        <translation>グローバルオプション:</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Passwords come from --password-file, else INKAN_PASSWORD, else a prompt on the terminal.</source>
        <translation>パスワードは --password-file、INKAN_PASSWORD、端末での入力の順に探します。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Exit codes: 0 ok, 2 usage, 3 wrong password or refused, 4 invalid input, 5 network or service failure.</source>
        <translation>終了コード: 0 成功、2 使い方の誤り、3 パスワードの誤りまたは拒否、4 不正な入力、5 ネットワークまたはサービスの障害。</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>ID wallet and NFT manager on the command line</source>
        <translation>コマンドラインの ID ウォレット・NFT 管理ツール</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>inkan-cli is the command-line client of Inkan. It keeps self-custody keys as keystore v3 files (compatible with geth, MetaMask and ethers), signs in to Web3Connect, Capture, nonce-auth, Pakt and OIDC services by signing with them, and lists, mints, transfers and verifies NFTs. It shares its data folder with the desktop app, inkan.</source>
        <translation>inkan-cli は Inkan のコマンドラインクライアントです。セルフカストディの鍵をキーストア v3 ファイル（geth、MetaMask、ethers と互換）として保管し、その鍵で署名して Web3Connect、Capture、nonce-auth、Pakt、OIDC の各サービスにサインインし、NFT の一覧表示、発行、譲渡、検証を行います。データフォルダーはデスクトップアプリ inkan と共有します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Global options come before the command group. Every command prints plain text, or one JSON object with --json, and ends with one of the exit codes below, so that scripts can rely on it.</source>
        <translation>グローバルオプションはコマンドグループの前に指定します。どのコマンドもプレーンテキスト、または --json を指定すると JSON オブジェクトを 1 つ出力し、以下のいずれかの終了コードで終了するため、スクリプトから利用できます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>where accounts and settings live (default: %1)</source>
        <translation>アカウントと設定の保存先（既定値: %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print one JSON object instead of plain text</source>
        <translation>プレーンテキストの代わりに JSON オブジェクトを 1 つ出力する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the password from the first line of FILE</source>
        <translation>FILE の 1 行目からパスワードを読み込む</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this text; &apos;inkan-cli help&apos; too, and &apos;inkan-cli GROUP help&apos; shows one group</source>
        <translation>このヘルプ。&apos;inkan-cli help&apos; でも表示でき、&apos;inkan-cli GROUP help&apos; で 1 つのグループを表示する</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the version, the commit it was built from and the versions of the libraries it runs with</source>
        <translation>バージョン、ビルド元のコミット、実行時に使用しているライブラリのバージョン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/sandbox_main.cpp" line="+89"/>
        <source>Exit status</source>
        <translation>終了ステータス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environment</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>INKAN_API_KEY_SECRET, INKAN_CAPTURE_PASSWORD and INKAN_PAKT_BUILDER_TOKEN give the secret that login needs when no file option names one; otherwise it is read from standard input.</source>
        <translation>INKAN_API_KEY_SECRET、INKAN_CAPTURE_PASSWORD、INKAN_PAKT_BUILDER_TOKEN は、ファイルのオプションで指定されていない場合に login に必要なシークレットを与えます。どれもない場合は標準入力から読み込みます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>INKAN_SECRET_BACKEND=file keeps tokens in the encrypted file even where a keychain runs. INKAN_HTTP_TIMEOUT_MS sets the time allowed for each request.</source>
        <translation>INKAN_SECRET_BACKEND=file を指定すると、キーチェーンが動作している環境でもトークンを暗号化ファイルに保存します。INKAN_HTTP_TIMEOUT_MS は各リクエストの制限時間を設定します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LANGUAGE or LANG chooses the language of the messages (English or Japanese).</source>
        <translation>LANGUAGE または LANG でメッセージの言語（英語または日本語）を選びます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/sandbox_main.cpp" line="-4"/>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data folder (--data-dir, by default %1) holds the keystore files under keystore/ (mode 0600), the accounts and settings, and the encrypted secrets file where no keychain runs. Tokens, API key secrets and passwords go to the OS keychain (Secret Service) when one runs. Removing the package leaves this folder alone.</source>
        <translation>データフォルダー（--data-dir、既定値は %1）には、keystore/ 以下のキーストアファイル（モード 0600）、アカウントと設定、およびキーチェーンが動作していない場合の暗号化されたシークレットファイルが保存されます。トークン、API キーシークレット、パスワードは、OS のキーチェーン（Secret Service）が動作している場合はそこに保存されます。パッケージを削除しても、このフォルダーは残ります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/sandbox_main.cpp" line="+6"/>
        <source>Example</source>
        <translation>例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An organization&apos;s script that mints one NFT per row of a CSV file:</source>
        <translation>CSV ファイルの 1 行ごとに NFT を 1 つ発行する組織のスクリプト:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The option %1 needs a value.</source>
        <translation>オプション %1 には値が必要です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown global option %1.</source>
        <translation>不明なグローバルオプション %1 です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No command given; &apos;inkan-cli help&apos; lists them.</source>
        <translation>コマンドが指定されていません。「inkan-cli help」で一覧を表示できます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown command group &apos;%1&apos;; &apos;inkan-cli help&apos; lists them.</source>
        <translation>不明なコマンドグループ「%1」です。「inkan-cli help」で一覧を表示できます。</translation>
    </message>
    <message>
        <location filename="../app/sandbox_main.cpp" line="-65"/>
        <source>A local Web3Connect, OIDC, Capture, nonce-auth and Pakt service with SQLite storage.</source>
        <translation>Web3Connect、OIDC、Capture、nonce-auth、Pakt のサービスを SQLite に保存しながらローカルで提供します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory for sandbox.sqlite, outbox.log, dns.json, demo.json.</source>
        <translation>sandbox.sqlite、outbox.log、dns.json、demo.json を置くディレクトリー。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP port; 0 picks a free one.</source>
        <translation>TCP ポート。0 を指定すると空いているポートを選びます。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address to listen on.</source>
        <translation>待ち受けるアドレス。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ADDR</source>
        <translation>ADDR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed the demo data (once) and write DIR/demo.json.</source>
        <translation>デモデータを（初回だけ）投入し、DIR/demo.json を書き出します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --demo: give the demo holder (alice) N NFTs in all, for scale tests. Running again with the same N adds none.</source>
        <translation>--demo と併用: デモの保有者 (alice) が合計 N 個の NFT を持つようにします (規模のテスト用)。同じ N でもう一度実行しても増えません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifetime of NFT verification codes.</source>
        <translation>NFT 検証コードの有効期間。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+5"/>
        <location line="+2"/>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Lifetime of Web3Connect and OIDC access tokens.</source>
        <translation>Web3Connect と OIDC のアクセストークンの有効期間。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifetime of OIDC authorization codes.</source>
        <translation>OIDC の認可コードの有効期間。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lifetime of one-time challenges: Capture messages to sign, nonce-auth nonces, Pakt temp tokens, phone verification tmp_tokens.</source>
        <translation>使い捨てのチャレンジの有効期間: Capture の署名用メッセージ、nonce-auth のノンス、Pakt の一時トークン、電話番号認証の tmp_token。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lifetime of nonce-auth and Pakt session tokens.</source>
        <translation>nonce-auth と Pakt のセッショントークンの有効期間。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How far a scanner may be from the holder.</source>
        <translation>スキャン担当者と保有者の間で許容される距離。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KM</source>
        <translation>KM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enable the /_test/ routes of the integration tests. Never in normal use.</source>
        <translation>結合テスト用の /_test/ ルートを有効にします。通常の利用では使わないでください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>local stand-in for the services Inkan talks to</source>
        <translation>Inkan が通信するサービスのローカルな代替</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>inkan-sandbox serves the Web3Connect REST and OIDC, Capture, nonce-auth and Pakt APIs on one port, with real persistence in DIR/sandbox.sqlite, real signature checks and the same access rules as the hosted services. inkan --demo, the integration tests and developers trying Inkan before pointing it at the hosted services use it. It prints &quot;listening on URL&quot; as its first line, logs one line per request and runs until it receives SIGINT or SIGTERM.</source>
        <translation>inkan-sandbox は、Web3Connect の REST と OIDC、Capture、nonce-auth、Pakt の API を 1 つのポートで提供します。DIR/sandbox.sqlite に実際にデータを保存し、実際に署名を確認し、ホスティングされているサービスと同じアクセス規則を適用します。inkan --demo、結合テスト、そしてホスティングされているサービスに接続する前に Inkan を試す開発者が使用します。最初の行に「listening on URL」と出力し、リクエストごとに 1 行のログを出力して、SIGINT または SIGTERM を受け取るまで動作します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is a development server: it holds custodial keys and does not limit what a peer can send. Keep it on a loopback address.</source>
        <translation>これは開発用のサーバーです。カストディアル鍵を保持しており、ピアが送信できる内容を制限しません。ループバックアドレスで使用してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DIR/sandbox.sqlite holds everything the services store. Phone verification codes go to DIR/outbox.log instead of being sent, domain TXT records are looked up in DIR/dns.json, and --demo writes the demo organization&apos;s credentials to DIR/demo.json.</source>
        <translation>DIR/sandbox.sqlite には、サービスが保存するすべてのデータが入ります。電話番号の確認コードは送信されずに DIR/outbox.log に書き込まれ、ドメインの TXT レコードは DIR/dns.json から検索されます。--demo を指定すると、デモ組織の認証情報を DIR/demo.json に書き出します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>0 after SIGINT or SIGTERM, 1 when the server cannot start, 2 for a mistake on the command line.</source>
        <translation>SIGINT または SIGTERM の後は 0、サーバーを起動できない場合は 1、コマンドラインの誤りには 2。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--data DIR is required.</source>
        <translation>--data DIR は必須です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port には 0〜65535 の数値を指定してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--bind must be an IP address.</source>
        <translation>--bind には IP アドレスを指定してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--demo-nfts must be a number from 0 to 1000000.</source>
        <translation>--demo-nfts には 0 から 1000000 までの数を指定してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--demo-nfts needs --demo (the NFTs go to the demo holder).</source>
        <translation>--demo-nfts には --demo が必要です (NFT はデモの保有者に渡されます)。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--%1 must be a positive number of seconds.</source>
        <translation>--%1 には正の秒数を指定してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--max-scan-distance-km must be a positive number.</source>
        <translation>--max-scan-distance-km には正の数値を指定してください。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Warning: the sandbox listens on %1, which is not a loopback address. It is a development server: it holds custodial keys, and it reads a whole request body before it can refuse it, so it does not limit what a peer on the network can send. Bind it to 127.0.0.1 unless you trust the network.</source>
        <translation>警告: サンドボックスはループバックアドレスではない %1 で待ち受けています。これは開発用のサーバーです。預かった鍵（カストディアル鍵）を保持しており、リクエスト本文は拒否する前にすべて読み込むため、ネットワーク上の相手が送信できる内容を制限しません。ネットワークを信頼できる場合を除き、127.0.0.1 にバインドしてください。</translation>
    </message>
    <message>
        <location filename="../core/crypto/Address.cpp" line="+17"/>
        <source>The address is empty; an address has 40 hex digits.</source>
        <translation>アドレスが空です。アドレスは 16 進数 40 桁です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address contains &apos;%1&apos; at position %2, which is not a hex digit.</source>
        <translation>アドレスの %2 文字目の「%1」は 16 進数の数字ではありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address has %1 hex digits; an address has 40.</source>
        <translation>アドレスが 16 進数 %1 桁です。アドレスは 40 桁です。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The checksum of this mixed-case address is wrong.</source>
        <translation>この大文字小文字混在のアドレスはチェックサムが誤っています。</translation>
    </message>
    <message>
        <location filename="../core/crypto/Bip32.cpp" line="+103"/>
        <source>This seed gives an invalid BIP-32 master key.</source>
        <translation>このシードからは有効な BIP-32 マスターキーを作れません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The BIP-32 child key at index %1 is invalid; use the next index.</source>
        <translation>インデックス %1 の BIP-32 子鍵は無効です。次のインデックスを使ってください。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The seed has %1 bytes; BIP-32 takes 16 to 64.</source>
        <translation>シードが %1 バイトです。BIP-32 のシードは 16〜64 バイトです。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>RIPEMD-160 is not available from OpenSSL.</source>
        <translation>OpenSSL で RIPEMD-160 を利用できません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The derivation path &apos;%1&apos; does not start with &apos;m&apos;.</source>
        <translation>導出パス「%1」が「m」で始まっていません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Step %1 of the derivation path &apos;%2&apos; is not an index below 2^31.</source>
        <translation>導出パス「%2」の %1 番目の要素が 2^31 未満のインデックスではありません。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The account index %1 is too large; it must be below 2^31.</source>
        <translation>アカウントのインデックス %1 が大きすぎます。2^31 未満にしてください。</translation>
    </message>
    <message>
        <location filename="../core/crypto/Bip39.cpp" line="+109"/>
        <source>The entropy has %1 bytes; BIP-39 takes 16, 20, 24, 28 or 32.</source>
        <translation>エントロピーが %1 バイトです。BIP-39 では 16、20、24、28、32 バイトのいずれかです。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The mnemonic has %1 words; it must have 12, 15, 18, 21 or 24.</source>
        <translation>ニーモニックが %1 語です。12、15、18、21、24 語のいずれかである必要があります。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Word %1 of the mnemonic is not in the BIP-39 English word list.</source>
        <translation>ニーモニックの %1 語目は BIP-39 の英語単語リストにありません。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The mnemonic&apos;s checksum does not match; a word is wrong or out of order.</source>
        <translation>ニーモニックのチェックサムが一致しません。単語の誤りか、順序の間違いがあります。</translation>
    </message>
    <message>
        <location filename="../core/crypto/Keystore.cpp" line="+32"/>
        <source>The keystore&apos;s field &apos;%1&apos; is missing or has the wrong type.</source>
        <translation>キーストアのフィールド「%1」がないか、型が正しくありません。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The keystore&apos;s field &apos;%1&apos; is missing or is not hex.</source>
        <translation>キーストアのフィールド「%1」がないか、16 進数ではありません。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The cryptography library libsodium could not start.</source>
        <translation>暗号ライブラリー libsodium を初期化できませんでした。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The scrypt key derivation failed for n=%1, r=%2, p=%3 (not enough memory?).</source>
        <translation>n=%1、r=%2、p=%3 での scrypt の鍵導出に失敗しました（メモリー不足の可能性があります）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The PBKDF2 key derivation failed.</source>
        <translation>PBKDF2 の鍵導出に失敗しました。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The keystore has version %1; only version 3 is supported.</source>
        <translation>キーストアのバージョンが %1 です。対応しているのはバージョン 3 だけです。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The keystore uses the cipher &apos;%1&apos;; only aes-128-ctr is supported.</source>
        <translation>キーストアの暗号方式が「%1」です。対応しているのは aes-128-ctr だけです。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The keystore&apos;s iv has %1 bytes; aes-128-ctr needs 16.</source>
        <translation>キーストアの iv が %1 バイトです。aes-128-ctr では 16 バイトが必要です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keystore&apos;s ciphertext has %1 bytes; an encrypted private key has 32.</source>
        <translation>キーストアの ciphertext が %1 バイトです。暗号化された秘密鍵は 32 バイトです。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keystore&apos;s mac has %1 bytes; a keccak-256 MAC has 32.</source>
        <translation>キーストアの mac が %1 バイトです。keccak-256 の MAC は 32 バイトです。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The keystore&apos;s dklen is %1; it must be between 32 and 64.</source>
        <translation>キーストアの dklen が %1 です。32〜64 の範囲である必要があります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keystore&apos;s salt has %1 bytes, far more than any wallet writes.</source>
        <translation>キーストアの salt が %1 バイトあり、ウォレットが書き出す長さを大きく超えています。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The keystore&apos;s scrypt n is %1; it must be a power of two above 1.</source>
        <translation>キーストアの scrypt の n が %1 です。1 より大きい 2 のべき乗である必要があります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keystore asks scrypt for n=%1, r=%2 (%3 MiB of memory); at most %4 MiB is allowed.</source>
        <translation>キーストアが指定する scrypt のパラメーターは n=%1、r=%2（メモリー %3 MiB）です。許容されるのは %4 MiB までです。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keystore asks scrypt for n=%1, r=%2, p=%3, more work than the allowed n*r*p=%4.</source>
        <translation>キーストアが指定する scrypt のパラメーター n=%1、r=%2、p=%3 は、許容される計算量 n*r*p=%4 を超えています。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The keystore uses the PBKDF2 function &apos;%1&apos;; only hmac-sha256 is supported.</source>
        <translation>キーストアの PBKDF2 の関数が「%1」です。対応しているのは hmac-sha256 だけです。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keystore asks for %1 PBKDF2 rounds; at most %2 are allowed.</source>
        <translation>キーストアが指定する PBKDF2 の反復回数は %1 回です。許容されるのは %2 回までです。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keystore uses the key derivation &apos;%1&apos;; only scrypt and pbkdf2 are supported.</source>
        <translation>キーストアの鍵導出方式が「%1」です。対応しているのは scrypt と pbkdf2 だけです。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The keystore&apos;s address field is not a valid address.</source>
        <translation>キーストアの address フィールドが有効なアドレスではありません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The keystore file has %1 bytes, too large to be a keystore.</source>
        <translation>キーストアファイルが %1 バイトあり、キーストアにしては大きすぎます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keystore is not valid JSON (%1 at byte %2).</source>
        <translation>キーストアが有効な JSON ではありません（%2 バイト目で %1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keystore is JSON but not a JSON object.</source>
        <translation>キーストアは JSON ですが、JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The password is wrong for this keystore.</source>
        <translation>このキーストアのパスワードが違います。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The AES-128-CTR decryption failed.</source>
        <translation>AES-128-CTR の復号に失敗しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keystore decrypts to a value that is not a valid secp256k1 private key.</source>
        <translation>キーストアを復号した値が有効な secp256k1 の秘密鍵ではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keystore&apos;s address field does not match the key it holds.</source>
        <translation>キーストアの address フィールドが、含まれている鍵と一致しません。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The AES-128-CTR encryption failed.</source>
        <translation>AES-128-CTR の暗号化に失敗しました。</translation>
    </message>
    <message>
        <location filename="../core/crypto/PersonalSign.cpp" line="+32"/>
        <source>The hex text contains &apos;%1&apos; at position %2, which is not a hex digit.</source>
        <translation>16 進数テキストの %2 文字目の「%1」は 16 進数の数字ではありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The hex text has an odd number of digits (%1); bytes take two each.</source>
        <translation>16 進数テキストの桁数が奇数（%1）です。1 バイトは 2 桁で表します。</translation>
    </message>
    <message>
        <location filename="../core/crypto/Secp256k1.cpp" line="+78"/>
        <source>The signature has %1 bytes; a signature has 65.</source>
        <translation>署名が %1 バイトです。署名は 65 バイトです。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The signature&apos;s recovery byte v is %1; it must be 27 or 28 (or 0 or 1).</source>
        <translation>署名のリカバリーバイト v が %1 です。27 か 28（または 0 か 1）である必要があります。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+94"/>
        <source>The signature&apos;s r or s value is out of range.</source>
        <translation>署名の r または s の値が範囲外です。</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>The signature has a high s value, which Ethereum does not accept.</source>
        <translation>署名の s の値が大きすぎます（high-s）。Ethereum ではこの署名は受け付けられません。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The private key has %1 bytes; a private key has 32.</source>
        <translation>秘密鍵が %1 バイトです。秘密鍵は 32 バイトです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The private key is zero or not below the secp256k1 curve order.</source>
        <translation>秘密鍵が 0 か、secp256k1 の曲線の位数以上です。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The signature or the digest has the wrong length.</source>
        <translation>署名またはダイジェストの長さが正しくありません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No public key can be recovered from this signature.</source>
        <translation>この署名から公開鍵を復元できません。</translation>
    </message>
    <message>
        <location filename="../core/crypto/WalletStore.cpp" line="+29"/>
        <source>The folder %1 cannot be created.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The permissions of the folder %1 cannot be set to owner-only.</source>
        <translation>フォルダー %1 のアクセス権を所有者のみに設定できません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no account %1 in this wallet.</source>
        <translation>このウォレットにアカウント %1 はありません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>The file %1 cannot be written: %2.</source>
        <translation>ファイル %1 に書き込めません: %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1 cannot be saved: %2.</source>
        <translation>ファイル %1 を保存できません: %2。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file %1 is too large to be a keystore.</source>
        <translation>ファイル %1 はキーストアにしては大きすぎます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 cannot be read: %2.</source>
        <translation>ファイル %1 を読み込めません: %2。</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+32"/>
        <location line="+29"/>
        <source>The account %1 is already in this wallet.</source>
        <translation>アカウント %1 はすでにこのウォレットにあります。</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>A new mnemonic has 12 or 24 words, not %1.</source>
        <translation>新しいニーモニックの単語数は %1 ではなく 12 か 24 です。</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The keystore file %1 holds a different account than its address field says.</source>
        <translation>キーストアファイル %1 に含まれるアカウントが address フィールドと一致しません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file %1 cannot be deleted.</source>
        <translation>ファイル %1 を削除できません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file %1 cannot be moved aside.</source>
        <translation>ファイル %1 を退避できません。</translation>
    </message>
    <message>
        <location filename="../sandbox/Accounts.cpp" line="+286"/>
        <source>Sign in first: send Authorization: Bearer &lt;access token&gt;.</source>
        <translation>先にサインインしてください。Authorization: Bearer &lt;access token&gt; を送信してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>The access token has expired; refresh it with the API key secret.</source>
        <translation>アクセストークンの有効期限が切れています。API キーシークレットで更新してください。</translation>
    </message>
    <message>
        <location line="-5"/>
        <location filename="../sandbox/Oidc.cpp" line="+329"/>
        <source>The access token is not valid.</source>
        <translation>アクセストークンが無効です。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../sandbox/Oidc.cpp" line="+3"/>
        <source>The access token names an account that does not exist.</source>
        <translation>アクセストークンが示すアカウントは存在しません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../sandbox/Web3ConnectAccounts.cpp" line="+86"/>
        <location line="+169"/>
        <location line="+34"/>
        <source>Only an organization account can do this.</source>
        <translation>この操作は組織アカウントだけが行えます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The field api_key_secret is required.</source>
        <translation>フィールド api_key_secret は必須です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key secret is not valid.</source>
        <translation>API キーシークレットが無効です。</translation>
    </message>
    <message>
        <location filename="../sandbox/Capture.cpp" line="+57"/>
        <source>Unable to log in with provided credentials.</source>
        <translation>指定された認証情報ではログインできません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+24"/>
        <source>address must be a 0x-prefixed Ethereum address.</source>
        <translation>address には 0x で始まる Ethereum アドレスを指定してください。</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Sign in to Capture at %1
Address: %2
Nonce: %3
Issued at: %4</source>
        <translation>Sign in to Capture at %1
Address: %2
Nonce: %3
Issued at: %4</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Ask for a message to sign first (GET login-web3/?address=…).</source>
        <translation>先に署名するメッセージを取得してください（GET login-web3/?address=…）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The message to sign has expired; ask for a new one.</source>
        <translation>署名するメッセージの有効期限が切れています。新しいメッセージを取得してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signature does not match the address and message.</source>
        <translation>署名がアドレスとメッセージに一致しません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Authentication credentials were not provided.</source>
        <translation>認証情報が指定されていません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid token.</source>
        <translation>トークンが無効です。</translation>
    </message>
    <message>
        <location filename="../sandbox/Database.cpp" line="+205"/>
        <location line="+30"/>
        <source>Cannot open the sandbox database %1: %2</source>
        <translation>サンドボックスのデータベース %1 を開けません: %2</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Cannot make %1 private (mode 0600).</source>
        <translation>%1 のアクセス権を所有者のみ（モード 0600）に設定できません。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot prepare the sandbox database: %1</source>
        <translation>サンドボックスのデータベースを準備できません: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The database has schema version %1, newer than this sandbox understands (%2).</source>
        <translation>データベースのスキーマバージョン %1 は、このサンドボックスが扱えるバージョン（%2）より新しいものです。</translation>
    </message>
    <message>
        <location filename="../sandbox/DemoSeeder.cpp" line="+63"/>
        <source>Night Concert at the Museum</source>
        <translation>美術館ナイトコンサート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One seat at the summer night concert in the great hall.</source>
        <translation>大ホールで開かれる夏の夜のコンサートの座席 1 席。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impressionism Exhibition</source>
        <translation>印象派展</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry to the special exhibition, any day of its run.</source>
        <translation>特別展の入場券。会期中いつでも入場できます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Winter Gala</source>
        <translation>ウィンターガラ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An evening at the museum&apos;s winter gala.</source>
        <translation>美術館のウィンターガラでのひととき。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Friends of the Museum — %1</source>
        <translation>美術館友の会 — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership credential of the Friends of the Museum.</source>
        <translation>美術館友の会の会員証。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loyalty points, spent at the museum.</source>
        <translation>美術館で使えるポイント。</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>The demo data has not been seeded.</source>
        <translation>デモデータが投入されていません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../sandbox/HtmlPages.cpp" line="+23"/>
        <source>en</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Connect your ID wallet</source>
        <translation>ID ウォレットを連携</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 asks to know the address of your Web3Connect ID wallet.</source>
        <translation>%1 が Web3Connect の ID ウォレットのアドレスの提供を求めています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your e-mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect</source>
        <translation>連携する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkan sandbox: an ID wallet is created for a new e-mail address.</source>
        <translation>Inkan サンドボックス: 新しいメールアドレスには ID ウォレットが作成されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in with Web3Connect</source>
        <translation>Web3Connect でサインイン</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 wants to know your ID wallet address and e-mail.</source>
        <translation>%1 が ID ウォレットのアドレスとメールアドレスの提供を求めています。</translation>
    </message>
    <message>
        <location filename="../app/cli/OrgCommand.cpp" line="-105"/>
        <location filename="../app/cli/ProfileCommand.cpp" line="-66"/>
        <location filename="../sandbox/HtmlPages.cpp" line="+3"/>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location filename="../sandbox/HtmlPages.cpp" line="+1"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkan sandbox: use an end-user from demo.json.</source>
        <translation>Inkan サンドボックス: demo.json にあるエンドユーザーを使ってください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing you in…</source>
        <translation>サインインしています…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue</source>
        <translation>続行</translation>
    </message>
    <message>
        <location filename="../sandbox/NftSchema.cpp" line="+91"/>
        <source>metadata.static is required and must be an object.</source>
        <translation>metadata.static は必須で、オブジェクトである必要があります。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>metadata.static.%1 is required and must be a string.</source>
        <translation>metadata.static.%1 は必須で、文字列である必要があります。</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>metadata.static.%1 is required and must be an integer.</source>
        <translation>metadata.static.%1 は必須で、整数である必要があります。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>metadata.static.%1 must not be empty.</source>
        <translation>metadata.static.%1 を空にすることはできません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>metadata.static.expired_at must be an ISO date string.</source>
        <translation>metadata.static.expired_at は ISO 形式の日時の文字列である必要があります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>metadata.static.%1 is not a static field; put it in metadata.dynamic.</source>
        <translation>metadata.static.%1 は静的フィールドではありません。metadata.dynamic に入れてください。</translation>
    </message>
    <message>
        <location filename="../sandbox/NftRoutes.cpp" line="+33"/>
        <location filename="../sandbox/NftStore.cpp" line="+232"/>
        <location line="+37"/>
        <location filename="../sandbox/Verification.cpp" line="+84"/>
        <source>A token id is 0x followed by 64 hex digits.</source>
        <translation>トークン ID は 0x に続く 16 進数 64 桁です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../sandbox/NftStore.cpp" line="-34"/>
        <location line="+37"/>
        <location filename="../sandbox/Verification.cpp" line="+3"/>
        <source>There is no NFT %1.</source>
        <translation>NFT %1 はありません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>perPageItemNum must be an integer from 1 to 100.</source>
        <translation>perPageItemNum は 1〜100 の整数である必要があります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pageNum must be an integer from 1.</source>
        <translation>pageNum は 1 以上の整数である必要があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>order must be asc or desc.</source>
        <translation>order は asc か desc である必要があります。</translation>
    </message>
    <message>
        <location filename="../sandbox/NftStore.cpp" line="-126"/>
        <source>%1 is not a search field.</source>
        <translation>%1 は検索できるフィールドではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The search value of %1 must be a string.</source>
        <translation>%1 の検索値は文字列である必要があります。</translation>
    </message>
    <message>
        <location filename="../sandbox/NftRoutes.cpp" line="+77"/>
        <source>Only the minter of this NFT can change its dynamic metadata.</source>
        <translation>この NFT の動的メタデータを変更できるのは発行者だけです。</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../sandbox/NftStore.cpp" line="+27"/>
        <location line="+64"/>
        <location filename="../sandbox/Web3ConnectAccounts.cpp" line="-218"/>
        <source>%1 is not a valid ID wallet address.</source>
        <translation>%1 は有効な ID ウォレットアドレスではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../sandbox/Web3ConnectAccounts.cpp" line="+3"/>
        <source>No account has the ID wallet %1.</source>
        <translation>ID ウォレット %1 を持つアカウントはありません。</translation>
    </message>
    <message>
        <location filename="../sandbox/NftSchema.cpp" line="+14"/>
        <source>%1%2 must be a string.</source>
        <translation>%1%2 は文字列である必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1%2 must be an integer.</source>
        <translation>%1%2 は整数である必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1%2 must be a number.</source>
        <translation>%1%2 は数値である必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1%2 must be an array.</source>
        <translation>%1%2 は配列である必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1%2 must be an object.</source>
        <translation>%1%2 はオブジェクトである必要があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1valid_latitude must be a latitude in degrees, such as &quot;35.6812&quot;.</source>
        <translation>%1valid_latitude には &quot;35.6812&quot; のように緯度を度単位で指定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1valid_longitude must be a longitude in degrees, such as &quot;139.7671&quot;.</source>
        <translation>%1valid_longitude には &quot;139.7671&quot; のように経度を度単位で指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1valid_radius must not be negative.</source>
        <translation>%1valid_radius に負の値は指定できません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1unit_of_length must be m or km.</source>
        <translation>%1unit_of_length は m か km である必要があります。</translation>
    </message>
    <message>
        <location filename="../sandbox/NftStore.cpp" line="-68"/>
        <source>Only an organization account can mint.</source>
        <translation>NFT を発行できるのは組織アカウントだけです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify the organization&apos;s domain before minting.</source>
        <translation>発行する前に組織のドメインを認証してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+63"/>
        <source>No end-user has the ID wallet %1.</source>
        <translation>ID ウォレット %1 を持つエンドユーザーはいません。</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>NFTs are minted to end-users; %1 is an organization.</source>
        <translation>NFT の発行先はエンドユーザーです。%1 は組織です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>metadata is required and must be an object.</source>
        <translation>metadata は必須で、オブジェクトである必要があります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>metadata.dynamic must be an object.</source>
        <translation>metadata.dynamic はオブジェクトである必要があります。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Only the holder or the minter of this NFT can transfer it.</source>
        <translation>この NFT を譲渡できるのは保有者か発行者だけです。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NFTs are held by end-users; %1 is an organization.</source>
        <translation>NFT を保有できるのはエンドユーザーです。%1 は組織です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already holds this NFT.</source>
        <translation>%1 はすでにこの NFT を保有しています。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The NFT changed hands meanwhile; fetch it again.</source>
        <translation>その間に NFT の保有者が変わりました。もう一度取得してください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only the holder or the minter of this NFT can change its visibility.</source>
        <translation>この NFT の公開設定を変更できるのは保有者か発行者だけです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The field to must be &quot;public&quot; or &quot;private&quot;.</source>
        <translation>フィールド to は &quot;public&quot; か &quot;private&quot; である必要があります。</translation>
    </message>
    <message>
        <location filename="../sandbox/NonceAuth.cpp" line="+35"/>
        <source>address must be a valid 0x-prefixed EVM address.</source>
        <translation>address には 0x で始まる有効な EVM アドレスを指定してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send the token from /users/authenticate in x-auth-token.</source>
        <translation>/users/authenticate で取得したトークンを x-auth-token で送信してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token has expired; authenticate again.</source>
        <translation>トークンの有効期限が切れています。もう一度認証してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token is not valid.</source>
        <translation>トークンが無効です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token names an unknown user.</source>
        <translation>トークンが示すユーザーは存在しません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The path must name a valid 0x-prefixed EVM address.</source>
        <translation>パスには 0x で始まる有効な EVM アドレスを指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the authenticated user may read or change this profile.</source>
        <translation>このプロフィールを参照・変更できるのは認証済みの本人だけです。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>There is no nonce for this address; ask POST /users/nonce first.</source>
        <translation>このアドレスのノンスがありません。先に POST /users/nonce で取得してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The nonce has expired; ask for a new one.</source>
        <translation>ノンスの有効期限が切れています。新しいノンスを取得してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signature is not the address&apos;s signature of the nonce.</source>
        <translation>署名が、このアドレスによるノンスへの署名ではありません。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>name must be a string.</source>
        <translation>name は文字列である必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>intendedUse must be a string.</source>
        <translation>intendedUse は文字列である必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>intendedUse is limited to %1 characters.</source>
        <translation>intendedUse は %1 文字以内にしてください。</translation>
    </message>
    <message>
        <location filename="../sandbox/Oidc.cpp" line="-252"/>
        <source>client_id is not a Web3Connect organization account id.</source>
        <translation>client_id が Web3Connect の組織アカウントの ID ではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>redirect_uri is not registered; the sandbox registers http URIs on 127.0.0.1 and localhost.</source>
        <translation>redirect_uri が登録されていません。サンドボックスが登録するのは 127.0.0.1 と localhost の http URI です。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>response_type must be &quot;code id_token&quot; (hybrid) or &quot;id_token&quot; (implicit).</source>
        <translation>response_type は &quot;code id_token&quot;（ハイブリッド）か &quot;id_token&quot;（インプリシット）である必要があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>response_mode must be fragment or form_post.</source>
        <translation>response_mode は fragment か form_post である必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scope must include openid.</source>
        <translation>scope には openid を含める必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nonce is required.</source>
        <translation>nonce は必須です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PKCE is required: send code_challenge with code_challenge_method=S256.</source>
        <translation>PKCE が必要です。code_challenge を code_challenge_method=S256 と一緒に送信してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>code_challenge must be base64url of a SHA-256 hash.</source>
        <translation>code_challenge は SHA-256 ハッシュの base64url である必要があります。</translation>
    </message>
    <message>
        <location line="+86"/>
        <location line="+22"/>
        <source>This sign-in request is not valid</source>
        <translation>このサインインリクエストは無効です</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The e-mail or the password is wrong.</source>
        <translation>メールアドレスまたはパスワードが違います。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>grant_type must be authorization_code.</source>
        <translation>grant_type は authorization_code である必要があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>code, redirect_uri, code_verifier and client_id are required.</source>
        <translation>code、redirect_uri、code_verifier、client_id は必須です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The authorization code is unknown.</source>
        <translation>認可コードが不明です。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The authorization code was already used.</source>
        <translation>認可コードはすでに使用されています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The authorization code has expired.</source>
        <translation>認可コードの有効期限が切れています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The authorization code was issued to another client.</source>
        <translation>認可コードは別のクライアントに発行されたものです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>redirect_uri differs from the one in the authorization request.</source>
        <translation>redirect_uri が認可リクエストのものと異なります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>code_verifier does not match the code_challenge (PKCE S256).</source>
        <translation>code_verifier が code_challenge と一致しません（PKCE S256）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account of this code no longer exists.</source>
        <translation>このコードのアカウントはもう存在しません。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Send the access token as Authorization: Bearer &lt;token&gt;.</source>
        <translation>アクセストークンを Authorization: Bearer &lt;token&gt; として送信してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The access token has expired.</source>
        <translation>アクセストークンの有効期限が切れています。</translation>
    </message>
    <message>
        <location filename="../sandbox/Pakt.cpp" line="+34"/>
        <source>Send the builder secret token as Authorization: Bearer &lt;token&gt;.</source>
        <translation>ビルダーのシークレットトークンを Authorization: Bearer &lt;token&gt; として送信してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The builder secret token is not valid.</source>
        <translation>ビルダーのシークレットトークンが無効です。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>tempToken is required.</source>
        <translation>tempToken は必須です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The temporary token has expired; start again.</source>
        <translation>一時トークンの有効期限が切れています。最初からやり直してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The temporary token is not valid here.</source>
        <translation>この一時トークンはここでは使えません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The temporary token was already used; start again.</source>
        <translation>この一時トークンはすでに使用されています。最初からやり直してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>account must be a 0x-prefixed EVM address.</source>
        <translation>account には 0x で始まる EVM アドレスを指定してください。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The signature does not match the account and message.</source>
        <translation>署名がアカウントとメッセージに一致しません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Login successful</source>
        <translation>ログインしました</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Account created successfully, Please complete onboarding to verify your account</source>
        <translation>アカウントを作成しました。アカウントを確認するためにオンボーディングを完了してください</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>email is not a valid e-mail address.</source>
        <translation>email が有効なメールアドレスではありません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>account on-boarded</source>
        <translation>オンボーディング完了</translation>
    </message>
    <message>
        <location filename="../sandbox/Router.cpp" line="+95"/>
        <source>The request body is larger than 1 MiB.</source>
        <translation>リクエスト本文が 1 MiB を超えています。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This path does not accept the %1 method.</source>
        <translation>このパスは %1 メソッドを受け付けません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no such endpoint.</source>
        <translation>そのエンドポイントはありません。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The request body is not valid JSON: %1.</source>
        <translation>リクエスト本文が有効な JSON ではありません: %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request body must be a JSON object.</source>
        <translation>リクエスト本文は JSON オブジェクトである必要があります。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The sandbox failed to handle this request; see its log.</source>
        <translation>サンドボックスでこのリクエストを処理できませんでした。ログを確認してください。</translation>
    </message>
    <message>
        <location filename="../sandbox/Sandbox.cpp" line="+53"/>
        <location line="+5"/>
        <source>Cannot create the data directory %1.</source>
        <translation>データディレクトリー %1 を作成できません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data directory %1 is shared with other users; give the sandbox a directory of its own (it keeps custodial keys there).</source>
        <translation>データディレクトリー %1 は他のユーザーと共有されています。サンドボックス専用のディレクトリーを指定してください（サンドボックスはそこにカストディアル鍵を保存します）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot make the data directory %1 private (mode 0700).</source>
        <translation>データディレクトリー %1 のアクセス権を所有者のみ（モード 0700）に設定できません。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot listen on %1 port %2.</source>
        <translation>%1 のポート %2 で待ち受けできません。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot seed the demo data: %1</source>
        <translation>デモデータを投入できません: %1</translation>
    </message>
    <message>
        <location filename="../sandbox/TestHooks.cpp" line="+29"/>
        <source>This e-mail already has an account.</source>
        <translation>このメールアドレスのアカウントはすでにあります。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>address and nonce are required.</source>
        <translation>address と nonce は必須です。</translation>
    </message>
    <message>
        <location filename="../sandbox/Verification.cpp" line="-32"/>
        <source>gps.latitude and gps.longitude are required, as decimal degrees in strings.</source>
        <translation>gps.latitude と gps.longitude は必須です。10 進数の度数を文字列で指定してください。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Only the holder of this NFT can show it for verification.</source>
        <translation>この NFT を検証用に提示できるのは保有者だけです。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The QR code could not be drawn.</source>
        <translation>QR コードを描画できませんでした。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The query parameter c (the code from the QR code) is required.</source>
        <translation>クエリパラメーター c（QR コードから読み取ったコード）は必須です。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+50"/>
        <source>This verification code is unknown.</source>
        <translation>この検証コードは不明です。</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>This verification code has expired; ask the holder for a new one.</source>
        <translation>この検証コードは有効期限が切れています。保有者に新しいコードを表示してもらってください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This verification code was already used.</source>
        <translation>この検証コードはすでに使用されています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused: the NFT changed hands after the code was made.</source>
        <translation>拒否しました: コードの作成後に NFT の保有者が変わっています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refused: the scanner is %1 km from the holder; the limit is %2 km.</source>
        <translation>拒否しました: スキャン担当者が保有者から %1 km 離れています。上限は %2 km です。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refused: the scanner is %1 m from the venue; this NFT is valid within %2 m of it.</source>
        <translation>拒否しました: スキャン担当者が会場から %1 m 離れています。この NFT は会場から %2 m 以内でのみ有効です。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The query parameter c (the code from step 1) is required.</source>
        <translation>クエリパラメーター c（ステップ 1 で得たコード）は必須です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This verification code has expired.</source>
        <translation>この検証コードは有効期限が切れています。</translation>
    </message>
    <message>
        <location filename="../sandbox/Web3ConnectAccounts.cpp" line="+19"/>
        <source>redirect_url must be an absolute http(s) URL without a fragment.</source>
        <translation>redirect_url にはフラグメントを含まない http(s) の絶対 URL を指定してください。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This link does not work</source>
        <translation>このリンクは使用できません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The association link is unknown.</source>
        <translation>関連付けリンクが不明です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This association link was already used; start again from the button.</source>
        <translation>この関連付けリンクはすでに使用されています。ボタンからやり直してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This association link has expired; start again from the button.</source>
        <translation>この関連付けリンクは有効期限が切れています。ボタンからやり直してください。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Enter a valid e-mail address.</source>
        <translation>有効なメールアドレスを入力してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This e-mail belongs to an organization account.</source>
        <translation>このメールアドレスは組織アカウントのものです。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is not a valid e-mail address.</source>
        <translation>%1 は有効なメールアドレスではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 belongs to an organization account.</source>
        <translation>%1 は組織アカウントのものです。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The field emails is required and must be an array of e-mail addresses.</source>
        <translation>フィールド emails は必須で、メールアドレスの配列である必要があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A batch holds at most %1 e-mail addresses; this one has %2.</source>
        <translation>一括処理で指定できるメールアドレスは最大 %1 件です。指定されたのは %2 件です。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>There is no batch %1 of this organization.</source>
        <translation>この組織に一括処理 %1 はありません。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Your Web3Connect verification code is %1.</source>
        <translation>Web3Connect の確認コードは %1 です。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>phone_number must be in E.164 form, such as +819012345678.</source>
        <translation>phone_number は +819012345678 のような E.164 形式で指定してください。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The tmp_token is unknown, used up or expired; start again with step 1.</source>
        <translation>tmp_token が不明、使用済み、または有効期限切れです。ステップ 1 からやり直してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The code is wrong, and that was the last try; start again with step 1.</source>
        <translation>コードが違います。試行回数の上限に達したため、ステップ 1 からやり直してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The code is wrong; %n attempt(s) left.</source>
        <translation>
            <numerusform>コードが違います。残り %n 回です。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+11"/>
        <source>This organization has no domain to verify.</source>
        <translation>この組織には認証するドメインがありません。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No TXT record %1 was found for %2.</source>
        <translation>%2 に TXT レコード %1 が見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../core/jobs/MetadataRules.cpp" line="+108"/>
        <source>The static field &quot;%1&quot; is required.</source>
        <translation>静的フィールド「%1」は必須です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The static field &quot;%1&quot; must be a whole number.</source>
        <translation>静的フィールド「%1」は整数で指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The static field &quot;%1&quot; must be text.</source>
        <translation>静的フィールド「%1」は文字列で指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The static field &quot;%1&quot; must not be empty.</source>
        <translation>静的フィールド「%1」を空にすることはできません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expired_at must be an ISO date like 2030-12-31T12:34:56.000Z.</source>
        <translation>expired_at は 2030-12-31T12:34:56.000Z のような ISO 形式の日時で指定してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a static field; put it in the dynamic metadata.</source>
        <translation>「%1」は静的フィールドではありません。動的メタデータに入れてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The dynamic field &quot;%1&quot; must be a whole number.</source>
        <translation>動的フィールド「%1」は整数で指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dynamic field &quot;%1&quot; must be a number.</source>
        <translation>動的フィールド「%1」は数値で指定してください。</translation>
    </message>
    <message>
        <location filename="../core/services/SigningPolicy.cpp" line="+93"/>
        <source>Refused to sign: the text contains the invisible or control character %1, which can hide or reorder what you see; nothing was signed.</source>
        <translation>署名を拒否しました: テキストに不可視文字または制御文字 %1 が含まれており、表示される内容が隠されたり並べ替えられたりするおそれがあります。何も署名していません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refused to sign: the service sent an empty text; nothing was signed.</source>
        <translation>署名を拒否しました: サービスから空のテキストが送られてきました。何も署名していません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../core/services/Siwe.cpp" line="+156"/>
        <source>Refused to sign: the message is for the address %1, not for your key %2; nothing was signed.</source>
        <translation>署名を拒否しました: メッセージはあなたの鍵 %2 ではなく、アドレス %1 宛てのものです。何も署名していません。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Refused to sign: a nonce-auth challenge is &quot;0x&quot; followed by hex digits, and this text is something else; nothing was signed.</source>
        <translation>署名を拒否しました: nonce-auth のチャレンジは「0x」に続く 16 進数ですが、このテキストはそれとは異なります。何も署名していません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refused to sign: a Pakt challenge reads &quot;I approve APP to authenticate with token TIME::CODE&quot;, and this text is something else; nothing was signed.</source>
        <translation>署名を拒否しました: Pakt のチャレンジは「I approve APP to authenticate with token TIME::CODE」という形式ですが、このテキストはそれとは異なります。何も署名していません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused to sign: this Pakt account signs in to the app &quot;%1&quot;, but the text names &quot;%2&quot;; nothing was signed.</source>
        <translation>署名を拒否しました: この Pakt アカウントのサインイン先はアプリ「%1」ですが、テキストには「%2」とあります。何も署名していません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refused to sign: the text does not name &quot;%1&quot;, the service you are signing in to; nothing was signed.</source>
        <translation>署名を拒否しました: テキストにサインイン先のサービス「%1」の名前がありません。何も署名していません。</translation>
    </message>
    <message>
        <location filename="../core/services/Siwe.cpp" line="-139"/>
        <source>Refused to sign: the Sign-In with Ethereum message is malformed (%1); nothing was signed.</source>
        <translation>署名を拒否しました: Sign-In with Ethereum のメッセージの形式が不正です（%1）。何も署名していません。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the first line is not &quot;DOMAIN wants you to sign in with your Ethereum account:&quot;</source>
        <translation>1 行目が「DOMAIN wants you to sign in with your Ethereum account:」ではない</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the domain is not a host name</source>
        <translation>ドメインがホスト名ではない</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the second line is not an Ethereum address</source>
        <translation>2 行目が Ethereum アドレスではない</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no blank line after the address</source>
        <translation>アドレスの後に空行がない</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the statement is longer than one line</source>
        <translation>ステートメントが 1 行を超えている</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1:&quot; is missing or out of order</source>
        <translation>「%1:」がないか、順序が正しくない</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the URI is not a URI</source>
        <translation>URI が有効な URI ではない</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the version is not 1</source>
        <translation>バージョンが 1 ではない</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the chain id is not a number</source>
        <translation>チェーン ID が数値ではない</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the nonce is not at least 8 letters and digits</source>
        <translation>ノンスが 8 文字以上の英数字ではない</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;Issued At&quot; is not an RFC 3339 time</source>
        <translation>「Issued At」が RFC 3339 形式の時刻ではない</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;Expiration Time&quot; is not an RFC 3339 time</source>
        <translation>「Expiration Time」が RFC 3339 形式の時刻ではない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;Not Before&quot; is not an RFC 3339 time</source>
        <translation>「Not Before」が RFC 3339 形式の時刻ではない</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unexpected line &quot;%1&quot;</source>
        <translation>予期しない行「%1」</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refused to sign: the Sign-In with Ethereum message is for &quot;%1&quot;, but you are signing in to &quot;%2&quot;; nothing was signed.</source>
        <translation>署名を拒否しました: Sign-In with Ethereum のメッセージは「%1」向けですが、サインイン先は「%2」です。何も署名していません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refused to sign: the Sign-In with Ethereum message expired at %1; nothing was signed.</source>
        <translation>署名を拒否しました: Sign-In with Ethereum のメッセージは %1 に有効期限が切れています。何も署名していません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused to sign: the Sign-In with Ethereum message is not valid before %1; nothing was signed.</source>
        <translation>署名を拒否しました: Sign-In with Ethereum のメッセージは %1 より前には有効になりません。何も署名していません。</translation>
    </message>
    <message>
        <location filename="../core/session/AddressBook.cpp" line="+38"/>
        <source>The address book %1 is damaged; fix or remove the file, then open it again.</source>
        <translation>アドレス帳 %1 が壊れています。ファイルを修正または削除してから、もう一度開いてください。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Give the address a name.</source>
        <translation>アドレスに名前を付けてください。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not in the address book.</source>
        <translation>%1 はアドレス帳にありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The address book %1 is damaged, so it was not changed; fix or remove the file first.</source>
        <translation>アドレス帳 %1 が壊れているため、変更しませんでした。先にファイルを修正または削除してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Could not write the address book %1: %2</source>
        <translation>アドレス帳 %1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <location filename="../core/session/SignInStarter.cpp" line="+96"/>
        <source>Enter the API key secret from your Web3Connect dashboard.</source>
        <translation>Web3Connect のダッシュボードにある API キーシークレットを入力してください。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter your Capture e-mail address and password.</source>
        <translation>Capture のメールアドレスとパスワードを入力してください。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter the organization&apos;s client id to sign in with OIDC.</source>
        <translation>OIDC でサインインするには、組織のクライアント ID を入力してください。</translation>
    </message>
    <message>
        <location filename="../core/session/VerificationLog.cpp" line="+22"/>
        <source>A verification record needs a token id.</source>
        <translation>検証記録にはトークン ID が必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not create the folder for the verification log %1.</source>
        <translation>検証ログ %1 のフォルダーを作成できませんでした。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not open the verification log %1: %2</source>
        <translation>検証ログ %1 を開けませんでした: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not write to the verification log %1: %2</source>
        <translation>検証ログ %1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not read the verification log %1: %2</source>
        <translation>検証ログ %1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <location filename="../core/BuildInfo.cpp" line="+29"/>
        <source>pkg-config version at build time; the library has no run-time version call</source>
        <translation>ビルド時の pkg-config のバージョン。このライブラリには実行時にバージョンを取得する関数がありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>header version at build time; this release of the library has no run-time version call</source>
        <translation>ビルド時のヘッダーのバージョン。このリリースのライブラリには実行時にバージョンを取得する関数がありません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Built from commit %1</source>
        <translation>ビルド元のコミット: %1</translation>
    </message>
    <message>
        <location filename="../core/ManPage.cpp" line="-75"/>
        <source>Displays help on the command-line options.</source>
        <translation>コマンドラインオプションのヘルプを表示します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Displays help including Qt&apos;s own options.</source>
        <translation>Qt 独自のオプションを含むヘルプを表示します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Displays the version, the commit it was built from and the versions of Qt, OpenSSL, libsecp256k1, ZXing-C++ and libsodium.</source>
        <translation>バージョン、ビルド元のコミット、および Qt、OpenSSL、libsecp256k1、ZXing-C++、libsodium のバージョンを表示します。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Default: %1.</source>
        <translation>既定値: %1。</translation>
    </message>
    <message>
        <location filename="../core/commands/ScannerSession.cpp" line="+58"/>
        <source>This looks like a verification code garbled by a keyboard layout mismatch: set the handheld scanner to this computer&apos;s keyboard layout, then scan again. Nothing was sent.</source>
        <translation>キーボードレイアウトの不一致で文字化けした検証コードのようです。ハンドヘルドスキャナーをこのコンピューターのキーボードレイアウトに設定してから、もう一度スキャンしてください。何も送信していません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was sent.</source>
        <translation>何も送信していません。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Already verified at %1 at %2. The same code cannot be let in twice.</source>
        <translation>%2 に %1 で検証済みです。同じコードで 2 回入場することはできません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this scanner</source>
        <translation>このスキャナー</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The venue&apos;s position is not set, so the code was not checked: set it in Settings, then scan again.</source>
        <translation>会場の位置が設定されていないため、コードを確認していません。設定で会場の位置を設定してから、もう一度スキャンしてください。</translation>
    </message>
    <message>
        <location filename="../core/commands/VerifyScan.cpp" line="+35"/>
        <source>This code has expired: codes are valid for five minutes. Ask the holder to show a new one.</source>
        <translation>このコードは有効期限が切れています。コードの有効期限は 5 分です。保有者に新しいコードを表示してもらってください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This code was already used. Ask the holder to show a new one.</source>
        <translation>このコードはすでに使用されています。保有者に新しいコードを表示してもらってください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service does not know this code. Ask the holder to show the code again from the app.</source>
        <translation>サービスはこのコードを認識していません。保有者にアプリからもう一度コードを表示してもらってください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This scanner is no longer signed in to the service: sign in again in Settings, then scan again.</source>
        <translation>このスキャナーはサービスにサインインしていない状態になりました。設定でもう一度サインインしてから、もう一度スキャンしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The NFT changed hands after this code was made. Ask the holder to show a new code.</source>
        <translation>このコードの作成後に NFT の保有者が変わっています。保有者に新しいコードを表示してもらってください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outside the venue area: the service refused this scanner&apos;s position for this NFT. Check the venue position in Settings.</source>
        <translation>会場のエリア外です。サービスがこの NFT に対するこのスキャナーの位置を拒否しました。設定で会場の位置を確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service does not allow this scanner&apos;s account to verify this code.</source>
        <translation>サービスは、このスキャナーのアカウントにこのコードの検証を許可していません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service answered with an error; the code could not be checked. Try again.</source>
        <translation>サービスがエラーを返したため、コードを確認できませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This scanner is not signed in to the service: sign in in Settings, then scan again.</source>
        <translation>このスキャナーはサービスにサインインしていません。設定でサインインしてから、もう一度スキャンしてください。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The service&apos;s answer did not name the NFT, so the code is not shown as verified. Try again.</source>
        <translation>サービスの応答に NFT の名前がなかったため、このコードは検証済みとして表示していません。もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The service could not be reached (attempts: %1), so the code was not checked. Check the network connection, then scan again.</source>
        <translation>サービスに接続できなかったため（試行回数: %1）、コードを確認していません。ネットワーク接続を確認してから、もう一度スキャンしてください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This code is already used, perhaps by this scanner&apos;s earlier attempt whose answer was lost. It is not shown as verified: ask the holder to show a new code.</source>
        <translation>このコードはすでに使用されています。このスキャナーの前回の試行で、応答が失われた可能性があります。検証済みとしては表示していません。保有者に新しいコードを表示してもらってください。</translation>
    </message>
    <message>
        <location filename="../core/jobs/EmailList.cpp" line="+32"/>
        <source>The list has no e-mail address: paste one a line, or choose a file.</source>
        <translation>リストにメールアドレスがありません。1 行に 1 つずつ貼り付けるか、ファイルを選んでください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The list has %1 addresses; an import takes at most 10,000. Split it into several lists.</source>
        <translation>リストには %1 件のアドレスがありますが、1 回でインポートできるのは最大 10,000 件です。複数のリストに分けてください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Entry %1, &quot;%2&quot;, is not an e-mail address; correct or remove it.</source>
        <translation>%1 件目の「%2」はメールアドレスではありません。修正するか削除してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entry %1, %2, is already in the list; remove the repeat.</source>
        <translation>%1 件目の %2 はすでにリストにあります。重複を削除してください。</translation>
    </message>
</context>
<context>
    <name>inkan::Command</name>
    <message>
        <location filename="../core/commands/NftCommands.cpp" line="+17"/>
        <source>You are signed out of the service: sign in again and retry.</source>
        <translation>サービスからサインアウトされています。もう一度サインインしてから再試行してください。</translation>
    </message>
</context>
<context>
    <name>inkan::ToggleVisibility</name>
    <message>
        <location line="+49"/>
        <source>Making the NFT public…</source>
        <translation>NFT を公開にしています…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Making the NFT private…</source>
        <translation>NFT を非公開にしています…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The NFT could not be made public: %1</source>
        <translation>NFT を公開にできませんでした: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The NFT could not be made private: %1</source>
        <translation>NFT を非公開にできませんでした: %1</translation>
    </message>
</context>
<context>
    <name>inkan::TransferNft</name>
    <message>
        <location line="+35"/>
        <source>The recipient is the current holder: enter someone else&apos;s ID wallet address.</source>
        <translation>受取人が現在の保有者です。他の人の ID ウォレットアドレスを入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferring the NFT…</source>
        <translation>NFT を譲渡しています…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The NFT could not be transferred: %1</source>
        <translation>NFT を譲渡できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>inkan::UpdateDynamicMetadata</name>
    <message>
        <location line="+16"/>
        <source>Nothing was changed: edit a field first.</source>
        <translation>何も変更されていません。先にフィールドを編集してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving the dynamic metadata…</source>
        <translation>動的メタデータを保存しています…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The change was not saved: %1</source>
        <translation>変更を保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>inkan::VerificationWatcher</name>
    <message>
        <location filename="../core/commands/VerificationWatcher.cpp" line="+46"/>
        <location line="+14"/>
        <source>Waiting for the code to be scanned</source>
        <translation>コードのスキャンを待っています</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Requesting a verification code</source>
        <translation>検証コードを要求しています</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The code %1 has not been scanned yet.</source>
        <translation>コード %1 はまだスキャンされていません。</translation>
    </message>
</context>
<context>
    <name>inkan::VerifyScan</name>
    <message>
        <location filename="../core/commands/VerifyScan.cpp" line="-65"/>
        <source>Checking the code (attempt %1 of %2)…</source>
        <translation>コードを確認しています（%2 回中 %1 回目の試行）…</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Verified by the service.</source>
        <translation>サービスで検証されました。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verified by the service. The NFT&apos;s details are not visible to this scanner.</source>
        <translation>サービスで検証されました。このスキャナーには NFT の詳細が表示されません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verified by the service. The NFT&apos;s details did not arrive in time.</source>
        <translation>サービスで検証されました。NFT の詳細は時間内に届きませんでした。</translation>
    </message>
</context>
<context>
    <name>inkan::jobs::BatchImportJob</name>
    <message numerus="yes">
        <location filename="../core/jobs/BatchImportJob.cpp" line="+19"/>
        <source>Submitting %n e-mail(s)</source>
        <translation>
            <numerusform>メールアドレス %n 件を送信しています</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for the batch %1 to finish</source>
        <translation>一括処理 %1 の完了を待っています</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The batch import %1 had not finished after %n check(s); it may still be running, check it again later.</source>
        <translation>
            <numerusform>一括インポート %1 は %n 回確認しても完了していません。まだ実行中の可能性があります。しばらくしてからもう一度確認してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inkan::jobs::BatchMintJob</name>
    <message>
        <location filename="../core/jobs/BatchPlan.cpp" line="+38"/>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>「%1」は整数ではありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>「%1」は数値ではありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a JSON list like [&quot;a&quot;,&quot;b&quot;].</source>
        <translation>[&quot;a&quot;,&quot;b&quot;] のような JSON のリストで指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a JSON object like {&quot;k&quot;:&quot;v&quot;}.</source>
        <translation>{&quot;k&quot;:&quot;v&quot;} のような JSON オブジェクトで指定してください。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot read %1.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>The CSV has %1 rows; a batch takes at most 10,000. Split it into several files.</source>
        <translation>CSV には %1 行ありますが、一括処理で扱えるのは最大 10,000 行です。複数のファイルに分けてください。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The column %1 is reserved for Inkan&apos;s own marker.</source>
        <translation>列 %1 は Inkan 自身のマーカー用に予約されています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CSV needs exactly one holder column (named &quot;holder&quot;, or mapped with --map COLUMN=holder).</source>
        <translation>CSV には保有者の列がちょうど 1 つ必要です（列名を「holder」にするか、--map COLUMN=holder で対応付けてください）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The holder is neither an ID wallet address nor an e-mail: %1</source>
        <translation>保有者が ID ウォレットアドレスでもメールアドレスでもありません: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The CSV has a header but no rows.</source>
        <translation>CSV にヘッダーはありますが、データ行がありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n problem(s) in the CSV; nothing was sent.</source>
        <translation>
            <numerusform>CSV に %n 件の問題があるため、何も送信していません。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the journal %1.</source>
        <translation>ジャーナル %1 を読み込めません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not an Inkan batch journal.</source>
        <translation>%1 は Inkan の一括処理ジャーナルではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CSV changed since its journal was started; restore it, or move %1 away to start a new batch.</source>
        <translation>ジャーナルの開始後に CSV が変更されています。CSV を元に戻すか、新しい一括処理を始めるには %1 を別の場所に移動してください。</translation>
    </message>
    <message>
        <location filename="../core/jobs/BatchJournal.cpp" line="+35"/>
        <source>Another run of this batch is still going (it holds %1.lock); wait for it to finish.</source>
        <translation>この一括処理の別の実行がまだ続いています（%1.lock を保持しています）。完了するまでお待ちください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot lock the journal %1.</source>
        <translation>ジャーナル %1 をロックできません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>Cannot write the journal %1.</source>
        <translation>ジャーナル %1 に書き込めません。</translation>
    </message>
    <message>
        <location filename="../core/jobs/BatchMintJob.cpp" line="+123"/>
        <source>Reading and checking the CSV</source>
        <translation>CSV を読み込んで確認しています</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Checking which rows an interrupted run already minted</source>
        <translation>中断した実行でどの行が発行済みかを確認しています</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not check which rows an interrupted run already minted: %1</source>
        <translation>中断した実行でどの行が発行済みかを確認できませんでした: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Minting</source>
        <translation>発行しています</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot write the journal %1; stopped before sending row %2.</source>
        <translation>ジャーナル %1 に書き込めないため、%2 行目を送信する前に停止しました。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No answer for this row (%1); run the batch again to check it.</source>
        <translation>この行への応答がありません（%1）。確認するには一括処理をもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Writing the results</source>
        <translation>結果を書き出しています</translation>
    </message>
    <message>
        <location line="-268"/>
        <location line="+15"/>
        <source>Cannot write the result file %1.</source>
        <translation>結果ファイル %1 に書き込めません。</translation>
    </message>
</context>
<context>
    <name>inkan::models::AccountsModel</name>
    <message>
        <location filename="../core/models/AccountsModel.cpp" line="+27"/>
        <source>%1 at %2, signed in as %3</source>
        <translation>%2 の %1（%3 としてサインイン中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2, signed out</source>
        <translation>%2 の %1（サインアウト済み）</translation>
    </message>
</context>
<context>
    <name>inkan::models::AddressBookModel</name>
    <message>
        <location filename="../core/models/AddressBookModel.cpp" line="+53"/>
        <source>Choose an entry to remove.</source>
        <translation>削除する項目を選んでください。</translation>
    </message>
</context>
<context>
    <name>inkan::models::BalancesModel</name>
    <message>
        <location filename="../core/models/BalancesModel.cpp" line="+45"/>
        <source>Asset wallet</source>
        <translation>アセットウォレット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity wallet</source>
        <translation>インテグリティウォレット</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture Credits</source>
        <translation>Capture クレジット</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 %2</source>
        <comment>amount, then the token symbol</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>inkan::models::BatchRowsModel</name>
    <message>
        <location filename="../core/models/BatchRowsModel.cpp" line="+23"/>
        <source>Pending</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder</source>
        <translation>保有者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token ID</source>
        <translation>トークン ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>inkan::models::NftHistoryModel</name>
    <message>
        <location filename="../core/models/NftHistoryModel.cpp" line="+35"/>
        <location line="+118"/>
        <source>Minted</source>
        <translation>発行</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+121"/>
        <source>Transferred</source>
        <translation>譲渡</translation>
    </message>
    <message>
        <location line="-120"/>
        <location line="+122"/>
        <source>Burned</source>
        <translation>バーン</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Transaction %1</source>
        <translation>トランザクション %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction %1 in block %2</source>
        <translation>ブロック %2 のトランザクション %1</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Minted on %1</source>
        <translation>%1 に発行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minted on %1 to %2</source>
        <translation>%1 に %2 へ発行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minted to %1</source>
        <translation>%1 へ発行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transferred on %1</source>
        <translation>%1 に譲渡</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transferred on %1 to %2</source>
        <translation>%1 に %2 へ譲渡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred to %1</source>
        <translation>%1 へ譲渡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Burned on %1</source>
        <translation>%1 に焼却</translation>
    </message>
</context>
<context>
    <name>inkan::models::WalletKeysModel</name>
    <message>
        <location filename="../core/models/WalletKeysModel.cpp" line="+71"/>
        <source>Listing the wallet&apos;s keys was cancelled.</source>
        <translation>ウォレットの鍵の一覧取得をキャンセルしました。</translation>
    </message>
</context>
<context>
    <name>inkan::models::nftfields</name>
    <message>
        <location filename="../core/models/NftDescription.cpp" line="+45"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(structured value)</source>
        <translation>（構造化された値）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within %1 of %2, %3</source>
        <translation>%2, %3 から %1 以内</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issuer</source>
        <translation>発行元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provided by</source>
        <translation>提供元</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. %1 of %2</source>
        <translation>%1 番（全 %2 点）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. %1</source>
        <translation>%1 番</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minted</source>
        <translation>発行日時</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>無期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (expired)</source>
        <translation>%1（期限切れ）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid at</source>
        <translation>有効な場所</translation>
    </message>
</context>
<context>
    <name>inkan::qr::CameraFrameSource</name>
    <message>
        <location filename="../core/qr/CameraFrameSource.cpp" line="+91"/>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Camera: %1</source>
        <translation>カメラ: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../ui/pages/ScannerPage.cpp" line="+486"/>
        <source>No camera is connected.</source>
        <translation>カメラが接続されていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The camera &quot;%1&quot; is not connected any more.</source>
        <translation>カメラ「%1」はもう接続されていません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The camera stopped working.</source>
        <translation>カメラが動作しなくなりました。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The camera stopped working: %1</source>
        <translation>カメラが動作しなくなりました: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The camera &quot;%1&quot; was disconnected.</source>
        <translation>カメラ「%1」の接続が切れました。</translation>
    </message>
</context>
<context>
    <name>inkan::qr::ClipboardFrameSource</name>
    <message>
        <location filename="../core/qr/ClipboardFrameSource.cpp" line="+15"/>
        <source>Clipboard</source>
        <translation>クリップボード</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The clipboard can only be read by the graphical application.</source>
        <translation>クリップボードを読み取れるのは GUI アプリケーションだけです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The clipboard holds no image.</source>
        <translation>クリップボードに画像がありません。</translation>
    </message>
</context>
<context>
    <name>inkan::qr::ImageFileFrameSource</name>
    <message>
        <location filename="../core/qr/ImageFileFrameSource.cpp" line="+38"/>
        <source>Image file: %1</source>
        <translation>画像ファイル: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read the image &quot;%1&quot;: %2</source>
        <translation>画像「%1」を読み込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>inkan::qr::ScreenFrameSource</name>
    <message>
        <location filename="../core/qr/ScreenFrameSource.cpp" line="+20"/>
        <source>Screen: %1</source>
        <translation>画面: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Screen</source>
        <translation>画面</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The screen can only be read by the graphical application.</source>
        <translation>画面を読み取れるのは GUI アプリケーションだけです。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No screen is available to read from.</source>
        <translation>読み取れる画面がありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The screen could not be read; this system does not allow screen capture.</source>
        <translation>画面を読み取れませんでした。このシステムでは画面のキャプチャーが許可されていません。</translation>
    </message>
</context>
<context>
    <name>inkan::qr::SyntheticFrameSource</name>
    <message>
        <location filename="../core/qr/SyntheticFrameSource.cpp" line="+11"/>
        <source>Test frames</source>
        <translation>テストフレーム</translation>
    </message>
</context>
<context>
    <name>inkan::qr::VideoFileFrameSource</name>
    <message>
        <location filename="../core/qr/VideoFileFrameSource.cpp" line="+34"/>
        <source>Video file: %1</source>
        <translation>動画ファイル: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not play the video &quot;%1&quot;: %2</source>
        <translation>動画「%1」を再生できませんでした: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file &quot;%1&quot; is not a video that can be played.</source>
        <translation>ファイル「%1」は再生できる動画ではありません。</translation>
    </message>
</context>
<context>
    <name>inkan::sandbox::Artwork</name>
    <message>
        <location filename="../sandbox/Artwork.cpp" line="+146"/>
        <source>There is no asset %1.</source>
        <translation>アセット %1 はありません。</translation>
    </message>
</context>
<context>
    <name>inkan::sandbox::Http</name>
    <message>
        <location filename="../sandbox/Http.cpp" line="+156"/>
        <source>The field %1 is required and must be a non-empty string.</source>
        <translation>フィールド %1 は必須で、空でない文字列である必要があります。</translation>
    </message>
</context>
<context>
    <name>inkan::services::SignInFlow</name>
    <message>
        <location filename="../core/services/SignInFlow.cpp" line="+35"/>
        <source>No one approved the signature, so nothing was signed.</source>
        <translation>署名が承認されなかったため、何も署名していません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for your approval to sign</source>
        <translation>署名の承認を待っています</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You refused to sign, so nothing was sent.</source>
        <translation>署名を拒否したため、何も送信していません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing</source>
        <translation>署名しています</translation>
    </message>
</context>
<context>
    <name>inkan::services::capture::CaptureSignIn</name>
    <message>
        <location filename="../core/services/capture/CaptureSignIn.cpp" line="+31"/>
        <source>Signing in with e-mail and password</source>
        <translation>メールアドレスとパスワードでサインインしています</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Capture did not accept this e-mail and password.</source>
        <translation>Capture がこのメールアドレスとパスワードを受け付けませんでした。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fetching the message to sign</source>
        <translation>署名するメッセージを取得しています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending the signature</source>
        <translation>署名を送信しています</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading your Capture profile</source>
        <translation>Capture のプロフィールを読み込んでいます</translation>
    </message>
</context>
<context>
    <name>inkan::services::nonceauth::NonceAuthSignIn</name>
    <message>
        <location filename="../core/services/nonceauth/NonceAuthSignIn.cpp" line="+40"/>
        <source>Requesting a nonce</source>
        <translation>ノンスを要求しています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authenticating</source>
        <translation>認証しています</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading your API key, balances and profile</source>
        <translation>API キー、残高、プロフィールを読み込んでいます</translation>
    </message>
</context>
<context>
    <name>inkan::services::oidc::OidcDesktopFlow</name>
    <message>
        <location filename="../core/services/oidc/OidcDesktopFlow.cpp" line="+56"/>
        <source>Nobody finished signing in within %1 seconds.</source>
        <translation>%1 秒以内にサインインが完了しませんでした。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>OIDC needs a client id.</source>
        <translation>OIDC にはクライアント ID が必要です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the provider&apos;s configuration</source>
        <translation>プロバイダーの設定を読み込んでいます</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provider calls itself &quot;%1&quot;, but this account signs in with &quot;%2&quot;; nothing was sent.</source>
        <translation>プロバイダーは自身を「%1」と名乗っていますが、このアカウントのサインイン先は「%2」です。何も送信していません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not listen on 127.0.0.1 for the sign-in callback.</source>
        <translation>サインインのコールバックを 127.0.0.1 で待ち受けできませんでした。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Waiting for you to sign in in the browser</source>
        <translation>ブラウザーでのサインインを待っています</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No browser could be opened; hand the sign-in address to one yourself.</source>
        <translation>ブラウザーを開けませんでした。サインイン用のアドレスをご自身でブラウザーに入力してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Too large</source>
        <translation>サイズ超過</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The request is too large.</source>
        <translation>リクエストが大きすぎます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <location line="+21"/>
        <source>Bad request</source>
        <translation>不正なリクエスト</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign-in not accepted</source>
        <translation>サインインを受け付けられません</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This answer does not belong to the sign-in Inkan started.</source>
        <translation>この応答は Inkan が開始したサインインのものではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in</source>
        <translation>サインインしました</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You can close this window and return to Inkan.</source>
        <translation>このウィンドウを閉じて Inkan に戻ってください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The provider refused the sign-in: %1</source>
        <translation>プロバイダーがサインインを拒否しました: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the callback has no authorization code</source>
        <translation>コールバックに認可コードがない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanging the authorization code</source>
        <translation>認可コードを交換しています</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The token endpoint named another user.</source>
        <translation>トークンエンドポイントが別のユーザーを返しました。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The userinfo endpoint named another user.</source>
        <translation>userinfo エンドポイントが別のユーザーを返しました。</translation>
    </message>
</context>
<context>
    <name>inkan::services::pakt::PaktSignIn</name>
    <message>
        <location filename="../core/services/pakt/PaktSignIn.cpp" line="+17"/>
        <source>Requesting a message to sign</source>
        <translation>署名するメッセージを要求しています</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Validating the signature</source>
        <translation>署名を検証しています</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is a new Pakt account: give a first name, last name and e-mail to onboard it.</source>
        <translation>これは新しい Pakt アカウントです。オンボーディングするには名、姓、メールアドレスを指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onboarding the new account</source>
        <translation>新しいアカウントをオンボーディングしています</translation>
    </message>
</context>
<context>
    <name>inkan::services::web3connect::AuthenticityChecker</name>
    <message>
        <location filename="../core/services/web3connect/Authenticity.cpp" line="+45"/>
        <source>The minter signature could not be checked now: %1</source>
        <translation>発行者の署名を現在確認できません: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The minter signature could not be checked: sign in to the service and try again.</source>
        <translation>発行者の署名を確認できませんでした。サービスにサインインしてから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>inkan::services::web3connect::Web3ConnectSignIn</name>
    <message>
        <location filename="../core/services/web3connect/Web3ConnectSignIn.cpp" line="+15"/>
        <source>The API key secret is empty.</source>
        <translation>API キーシークレットが空です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the API key secret</source>
        <translation>API キーシークレットを確認しています</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Web3Connect did not accept this API key secret.</source>
        <translation>Web3Connect がこの API キーシークレットを受け付けませんでした。</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Obtaining an access token</source>
        <translation>アクセストークンを取得しています</translation>
    </message>
</context>
<context>
    <name>inkan::session::ServiceHub</name>
    <message>
        <location filename="../core/session/ServiceHub.cpp" line="+92"/>
        <source>That account no longer exists.</source>
        <translation>そのアカウントはもう存在しません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The wallet password is needed to %1, and nothing can ask for it.</source>
        <translation>%1にはウォレットのパスワードが必要ですが、パスワードを尋ねる手段がありません。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>open the stored secrets</source>
        <translation>保存されたシークレットを開く</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>unlock Inkan</source>
        <translation>Inkan のロックを解除する</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>You are not signed in to &quot;%1&quot;; sign in first.</source>
        <translation>「%1」にサインインしていません。先にサインインしてください。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The account &quot;%1&quot; is not a Web3Connect account.</source>
        <translation>アカウント「%1」は Web3Connect のアカウントではありません。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The service no longer accepts the session of &quot;%1&quot;; sign in again.</source>
        <translation>サービスが「%1」のセッションを受け付けなくなりました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The wallet has no key; create or import one first.</source>
        <translation>ウォレットに鍵がありません。先に鍵を作成するかインポートしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wallet has several keys; choose the one to sign with.</source>
        <translation>ウォレットに複数の鍵があります。署名に使う鍵を選んでください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unlock the key %1</source>
        <translation>鍵 %1 のロックを解除する</translation>
    </message>
</context>
<context>
    <name>inkan::session::SessionManager</name>
    <message>
        <location filename="../core/session/SessionManager.cpp" line="+40"/>
        <source>The wallet was locked; unlock it and try again.</source>
        <translation>ウォレットがロックされていました。ロックを解除してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The secrets of &quot;%1&quot; are in the %2 store, which is not the one open now.</source>
        <translation>「%1」のシークレットは %2 ストアにありますが、現在開いているのはそのストアではありません。</translation>
    </message>
</context>
<context>
    <name>inkan::ui::AddressBookDialog</name>
    <message>
        <location filename="../ui/dialogs/AddressBookDialog.cpp" line="+23"/>
        <location line="+1"/>
        <source>Address book</source>
        <translation>アドレス帳</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address book entries</source>
        <translation>アドレス帳の項目</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save entry</source>
        <translation>項目を保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save entry</source>
        <translation>項目を保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove entry</source>
        <translation>項目を削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove entry</source>
        <translation>項目を削除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
</context>
<context>
    <name>inkan::ui::AddressField</name>
    <message>
        <location filename="../ui/widgets/AddressField.cpp" line="+22"/>
        <location line="+4"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0x followed by 40 hex digits</source>
        <translation>0x に続く 16 進数 40 桁</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Address check</source>
        <translation>アドレスの確認</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Enter an address: 0x followed by 40 hex digits.</source>
        <translation>アドレスを入力してください（0x に続く 16 進数 40 桁）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Valid address: %1</source>
        <translation>有効なアドレス: %1</translation>
    </message>
</context>
<context>
    <name>inkan::ui::AddressLabel</name>
    <message>
        <location filename="../ui/widgets/AddressLabel.cpp" line="+26"/>
        <location line="+6"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name in the address book</source>
        <translation>アドレス帳での名前</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy address</source>
        <translation>アドレスをコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the address</source>
        <translation>アドレスをコピーします</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show QR code</source>
        <translation>QR コードを表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the address as a QR code</source>
        <translation>アドレスを QR コードで表示します</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>inkan::ui::AddressQrDialog</name>
    <message>
        <location filename="../ui/dialogs/AddressQrDialog.cpp" line="+19"/>
        <location line="+1"/>
        <source>Address QR code</source>
        <translation>アドレスの QR コード</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>inkan::ui::AppController</name>
    <message>
        <location filename="../ui/AppController.cpp" line="+212"/>
        <location line="+8"/>
        <source>Sign in again</source>
        <translation>もう一度サインイン</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 signed you out: %2 Sign in again to go on using it.</source>
        <translation>%1 からサインアウトされました: %2 引き続き使用するには、もう一度サインインしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in…</source>
        <translation>サインイン…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Later</source>
        <translation>後で</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>That did not unlock Inkan: %1 Try again.</source>
        <translation>Inkan のロックを解除できませんでした: %1 もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>inkan::ui::BatchMintPanel</name>
    <message>
        <location filename="../ui/pages/BatchMintPanel.cpp" line="+38"/>
        <source>%1 columns</source>
        <translation>%1 の列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rows</source>
        <translation>%1 の行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select all of %1</source>
        <translation>%1 をすべて選択</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; cannot be read; choose another file.</source>
        <translation>「%1」を読み込めません。別のファイルを選んでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is empty: a batch CSV starts with a header line naming its columns.</source>
        <translation>「%1」は空です。一括発行の CSV は、列名を並べたヘッダー行で始まります。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Batch mint</source>
        <translation>一括発行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mint many NFTs from a CSV file: one row per NFT, a header line naming the columns. Map each column to the holder (an ID wallet address or an e-mail), a static field or a dynamic field.</source>
        <translation>CSV ファイルから多数の NFT を発行します。1 行が 1 つの NFT で、ヘッダー行に列名を並べます。各列を、保有者（ID ウォレットアドレスまたはメールアドレス）、静的フィールド、動的フィールドのいずれかに対応付けてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose CSV…</source>
        <translation>CSV を選択…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a CSV file</source>
        <translation>CSV ファイルを選択します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file chosen yet: choose a CSV file to start.</source>
        <translation>ファイルがまだ選ばれていません。CSV ファイルを選んで開始してください。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chosen CSV file</source>
        <translation>選択した CSV ファイル</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Column mapping</source>
        <translation>列の対応付け</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV column</source>
        <translation>CSV の列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goes to</source>
        <translation>対応付け先</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resume an interrupted batch</source>
        <translation>中断した一括処理を再開</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check (dry run)</source>
        <translation>確認（ドライラン）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check every row without sending anything</source>
        <translation>何も送信せずにすべての行を確認します</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+280"/>
        <source>Mint</source>
        <translation>発行</translation>
    </message>
    <message>
        <location line="-280"/>
        <source>Mint the batch</source>
        <translation>一括発行を実行します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel the batch</source>
        <translation>一括処理をキャンセルします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export result CSV…</source>
        <translation>結果の CSV をエクスポート…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+382"/>
        <source>Export the result CSV</source>
        <translation>結果の CSV をエクスポートします</translation>
    </message>
    <message>
        <location line="-369"/>
        <source>Batch progress</source>
        <translation>一括処理の進行状況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%v of %m rows</source>
        <translation>%v / %m 行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Batch status</source>
        <translation>一括処理の状態</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problems by row and column</source>
        <translation>行と列ごとの問題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rows of the batch</source>
        <translation>一括処理の行</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Minting needs a verified organization: verify its domain first.</source>
        <translation>発行するには認証済みの組織が必要です。先にドメインを認証してください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a batch CSV</source>
        <translation>一括発行の CSV を選択</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading the header…</source>
        <translation>ヘッダーを読み込んでいます…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check the mapping, then press &quot;Check (dry run)&quot;: nothing is sent until every row is right.</source>
        <translation>対応付けを確認してから「確認（ドライラン）」を押してください。すべての行が正しくなるまで、何も送信されません。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Where the column %1 goes</source>
        <translation>列 %1 の対応付け先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder (address or e-mail)</source>
        <translation>保有者（アドレスまたはメールアドレス）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Static: %1</source>
        <translation>静的: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dynamic: %1</source>
        <translation>動的: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>無視</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The mapping changed: check the rows again.</source>
        <translation>対応付けが変更されました。もう一度行を確認してください。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Checking every row…</source>
        <translation>すべての行を確認しています…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>%1 Nothing was sent.</source>
        <translation>%1 何も送信していません。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s) found; nothing was sent. Correct the file or the mapping, then check again.</source>
        <translation>
            <numerusform>%n 件の問題が見つかったため、何も送信していません。ファイルまたは対応付けを修正してから、もう一度確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>An earlier run of this file stopped after %1 of %2 rows. Press &quot;Resume&quot; to mint the rest; no row is minted twice (rows whose answer was lost are looked up first).</source>
        <translation>このファイルの前回の実行は、%2 行中 %1 行で停止しました。「再開」を押すと残りを発行します。同じ行が二重に発行されることはありません（応答が失われた行は先に照会します）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Dry run: all %n row(s) are valid and nothing was sent. Press &quot;%1&quot; to mint.</source>
        <translation>
            <numerusform>ドライラン: %n 行すべてが有効で、何も送信していません。「%1」を押すと発行します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Dry run: all %n row(s) are valid. Minting needs a verified organization: verify its domain first.</source>
        <translation>
            <numerusform>ドライラン: %n 行すべてが有効です。発行するには認証済みの組織が必要です。先にドメインを認証してください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+14"/>
        <source>estimating time left…</source>
        <translation>残り時間を見積もっています…</translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <source>Minting %n row(s)…</source>
        <translation>
            <numerusform>%n 行を発行しています…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>finishing…</source>
        <translation>完了処理中…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>残り約 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>残り約 %n 分</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopping: the rows already sent are finished and recorded first…</source>
        <translation>停止しています。送信済みの行の処理を完了して記録してから停止します…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The batch stopped: %1 Nothing minted is lost; check the file again to resume.</source>
        <translation>一括処理が停止しました: %1 発行済みのものは失われていません。再開するには、もう一度ファイルを確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: %1 of %2 rows are minted. Check the file again to resume where it stopped.</source>
        <translation>キャンセルしました。%2 行中 %1 行を発行済みです。停止した位置から再開するには、もう一度ファイルを確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 rows minted, %3 failed, %4 not sent. The result CSV is %5.</source>
        <translation>%2 行中 %1 行を発行、失敗 %3 行、未送信 %4 行。結果の CSV は %5 です。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) got no answer: the service may have minted them. Checking the file again finds out, and mints only what is missing.</source>
        <translation>
            <numerusform>%n 行は応答がありませんでした。サービスが発行した可能性があります。ファイルをもう一度確認すると判明し、足りない分だけを発行します。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix what the result CSV says of the failed rows, or wait until the service is back, then check the file again: only the rows not minted are sent.</source>
        <translation>結果の CSV に書かれた失敗した行の原因を直すか、サービスが復旧するのを待ってから、ファイルをもう一度確認してください。発行されていない行だけが送信されます。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved the result to %1.</source>
        <translation>結果を %1 に保存しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The result could not be saved to %1; choose another place.</source>
        <translation>結果を %1 に保存できませんでした。別の場所を選んでください。</translation>
    </message>
</context>
<context>
    <name>inkan::ui::ChangePasswordDialog</name>
    <message>
        <location filename="../ui/dialogs/ChangePasswordDialog.cpp" line="+24"/>
        <source>Change the password of %1</source>
        <translation>%1 のパスワードを変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change password</source>
        <translation>パスワードを変更</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Current password</source>
        <translation>現在のパスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>新しいパスワード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm the new password</source>
        <translation>新しいパスワードの確認</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-encrypting the key</source>
        <translation>鍵を再暗号化しています</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re-encrypting the key…</source>
        <translation>鍵を再暗号化しています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change password</source>
        <translation>パスワードを変更(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;urrent password:</source>
        <translation>現在のパスワード(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password:</source>
        <translation>新しいパスワード(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onfirm:</source>
        <translation>確認(&amp;O):</translation>
    </message>
</context>
<context>
    <name>inkan::ui::CountdownLabel</name>
    <message>
        <location filename="../ui/widgets/CountdownLabel.cpp" line="+10"/>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+1"/>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n second(s) left</source>
        <translation>
            <numerusform>残り %n 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inkan::ui::CreateWalletWizard</name>
    <message>
        <location filename="../ui/dialogs/CreateWalletWizard.cpp" line="+34"/>
        <source>Choose a password</source>
        <translation>パスワードの設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password encrypts the key on this computer. It cannot be recovered: if you forget it, only the words you are about to write down can restore the wallet.</source>
        <translation>パスワードはこのコンピューター上の鍵を暗号化します。パスワードは復元できません。忘れた場合にウォレットを復元できるのは、これから書き留めるリカバリーワードだけです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>The two passwords differ.</source>
        <translation>2 つのパスワードが一致しません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number of words</source>
        <translation>単語数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12 words</source>
        <translation>12 単語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24 words</source>
        <translation>24 単語</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Confirm:</source>
        <translation>確認(&amp;C):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recovery words:</source>
        <translation>リカバリーワード(&amp;R):</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Write down your recovery words</source>
        <translation>リカバリーワードを書き留めてください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These words, in this order, restore the wallet on any computer. Write them on paper and keep it safe; anyone who has them has your key.</source>
        <translation>これらの単語をこの順番で使うと、どのコンピューターでもウォレットを復元できます。紙に書き留めて安全な場所に保管してください。これを手にした人は誰でもあなたの鍵を使えます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy words</source>
        <translation>単語をコピー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the recovery words (cleared from the clipboard after 30 seconds)</source>
        <translation>リカバリーワードをコピーします（30 秒後にクリップボードから消去されます）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clipboard is cleared after 30 seconds.</source>
        <translation>クリップボードは 30 秒後に消去されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>I have written the words down</source>
        <translation>単語を書き留めました</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Word %1: %2</source>
        <translation>単語 %1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Check your copy</source>
        <translation>書き留めた内容の確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the words asked for, from what you wrote down.</source>
        <translation>書き留めた内容を見ながら、指定された単語を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+108"/>
        <source>Create wallet</source>
        <translation>ウォレットを作成</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Confirmation word %1</source>
        <translation>確認用の単語 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirmation hint</source>
        <translation>確認のヒント</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Word &amp;%1:</source>
        <translation>単語 &amp;%1:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Word %1 does not match what was shown; check your copy.</source>
        <translation>単語 %1 が表示された単語と一致しません。書き留めた内容を確認してください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving the wallet</source>
        <translation>ウォレットを保存しています</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypting the key</source>
        <translation>鍵を暗号化しています</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your wallet is ready. Its first address is %1.</source>
        <translation>ウォレットの準備ができました。最初のアドレスは %1 です。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Encrypting the key with your password; this takes a few seconds…</source>
        <translation>パスワードで鍵を暗号化しています。数秒かかります…</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+1"/>
        <source>Create a wallet</source>
        <translation>ウォレットを作成</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>inkan::ui::DemoLauncher</name>
    <message>
        <location filename="../ui/DemoLauncher.cpp" line="+59"/>
        <source>The demo server %1 could not be started: %2. Build it with &quot;make build&quot;.</source>
        <translation>デモサーバー %1 を起動できませんでした: %2。「make build」でビルドしてください。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The demo needs inkan-sandbox beside inkan or on PATH. Build it with &quot;make build&quot;.</source>
        <translation>デモを使うには、inkan と同じ場所か PATH 上に inkan-sandbox が必要です。「make build」でビルドしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the demo folder %1.</source>
        <translation>デモフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starting the demo server</source>
        <translation>デモサーバーを起動しています</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The demo server said something unexpected (%1). See %2.</source>
        <translation>デモサーバーから予期しない出力がありました（%1）。%2 を確認してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The demo server wrote no demo.json (%1).</source>
        <translation>デモサーバーが demo.json を書き出しませんでした（%1）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The demo server stopped unexpectedly; the demo services no longer answer. Restart inkan --demo.</source>
        <translation>デモサーバーが予期せず停止したため、デモサービスが応答しなくなりました。inkan --demo を起動し直してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo server exited (status %1); the demo services no longer answer. Restart inkan --demo.</source>
        <translation>デモサーバーが終了したため（ステータス %1）、デモサービスが応答しなくなりました。inkan --demo を起動し直してください。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Importing the demo wallet key</source>
        <translation>デモウォレットの鍵をインポートしています</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A demo account vanished while it was being set up.</source>
        <translation>設定中にデモアカウントが消えました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing in to %1</source>
        <translation>%1 にサインインしています</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The demo could not sign in to %1: %2</source>
        <translation>デモで %1 にサインインできませんでした: %2</translation>
    </message>
</context>
<context>
    <name>inkan::ui::ExportKeystoreDialog</name>
    <message>
        <location filename="../ui/dialogs/ExportKeystoreDialog.cpp" line="+26"/>
        <source>Export %1</source>
        <translation>%1 をエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export a keystore file</source>
        <translation>キーストアファイルをエクスポート</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current password</source>
        <translation>現在のパスワード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave empty to keep the current password</source>
        <translation>空欄のままにすると現在のパスワードを使います</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File to write</source>
        <translation>書き出すファイル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to save</source>
        <translation>保存先を選択します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypting the copy</source>
        <translation>コピーを暗号化しています</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Encrypting the copy…</source>
        <translation>コピーを暗号化しています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;urrent password:</source>
        <translation>現在のパスワード(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password for the copy:</source>
        <translation>コピーの新しいパスワード(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save the keystore file</source>
        <translation>キーストアファイルを保存</translation>
    </message>
</context>
<context>
    <name>inkan::ui::GalleryPage</name>
    <message>
        <location filename="../ui/pages/GalleryPage.cpp" line="+43"/>
        <source>NFT gallery</source>
        <translation>NFT ギャラリー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in to a service to see the NFTs you hold.</source>
        <translation>サービスにサインインすると、保有している NFT が表示されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in…</source>
        <translation>サインイン…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+74"/>
        <source>Try again</source>
        <translation>もう一度試す</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Search public NFTs by name</source>
        <translation>公開 NFT を名前で検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search public NFTs by exact name, then press Enter</source>
        <translation>公開 NFT を名前の完全一致で検索し、Enter キーを押します</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Which NFTs</source>
        <translation>表示する NFT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My NFTs</source>
        <translation>自分の NFT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden</source>
        <translation>非表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unverified</source>
        <translation>未検証</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visibility</source>
        <translation>公開設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public and private</source>
        <translation>公開と非公開</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public only</source>
        <translation>公開のみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private only</source>
        <translation>非公開のみ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every kind</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sort order</source>
        <translation>並び順</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Newest first</source>
        <translation>新しい順</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Change between newest first and oldest first</source>
        <translation>新しい順と古い順を切り替えます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Oldest first</source>
        <translation>古い順</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>NFTs</source>
        <translation>NFT 一覧</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Gallery status</source>
        <translation>ギャラリーの状態</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try loading again</source>
        <translation>もう一度読み込みます</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+32"/>
        <source>Your NFTs could not be listed: %1</source>
        <translation>NFT の一覧を取得できませんでした: %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>More NFTs could not be loaded: %1</source>
        <translation>続きの NFT を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading NFTs…</source>
        <translation>NFT を読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n public NFT(s) found.</source>
        <translation>
            <numerusform>公開 NFT が %n 件見つかりました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n NFT(s) shown, all loaded.</source>
        <translation>
            <numerusform>%n 件の NFT を表示しています（すべて読み込み済み）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n NFT(s) shown; scroll for more.</source>
        <translation>
            <numerusform>%n 件の NFT を表示しています。スクロールすると続きを表示します。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You have hidden no NFTs. Hide one from its menu to keep it out of the gallery.</source>
        <translation>非表示にした NFT はありません。NFT をギャラリーに表示しないようにするには、その NFT のメニューから非表示にしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every NFT here has a valid minter signature.</source>
        <translation>ここにあるすべての NFT に有効な発行者の署名があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No public NFT has that name. Check the spelling, or clear the search.</source>
        <translation>その名前の公開 NFT はありません。綴りを確認するか、検索をクリアしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No NFT matches these filters. Change the filters above.</source>
        <translation>このフィルターに一致する NFT はありません。上のフィルターを変更してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You hold no NFTs yet. An NFT sent to your ID wallet appears here.</source>
        <translation>保有している NFT はまだありません。ID ウォレットに送られた NFT はここに表示されます。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in the gallery again</source>
        <translation>ギャラリーに再び表示</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide from the gallery</source>
        <translation>ギャラリーから非表示にする</translation>
    </message>
</context>
<context>
    <name>inkan::ui::IdenticonWidget</name>
    <message>
        <location filename="../ui/widgets/Identicon.cpp" line="+61"/>
        <source>Identicon</source>
        <translation>アイデンティコン</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Picture drawn from the address</source>
        <translation>アドレスから生成した画像</translation>
    </message>
</context>
<context>
    <name>inkan::ui::ImportKeyDialog</name>
    <message>
        <location filename="../ui/dialogs/ImportKeyDialog.cpp" line="+19"/>
        <location line="+1"/>
        <source>Import a private key</source>
        <translation>秘密鍵をインポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only import a key you control. Anyone who has seen this key (a web page, a chat, another wallet) can take everything it holds; a key created by Inkan is safer.</source>
        <translation>自分が管理している鍵だけをインポートしてください。この鍵を見たことがある人（Web ページ、チャット、別のウォレットなど）は、この鍵で保有しているものをすべて持ち出せます。Inkan で作成した鍵のほうが安全です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Private key</source>
        <translation>秘密鍵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0x and 64 hex digits</source>
        <translation>0x と 16 進数 64 桁</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Encrypting the key</source>
        <translation>鍵を暗号化しています</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Encrypting the key with your password…</source>
        <translation>パスワードで鍵を暗号化しています…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Key:</source>
        <translation>鍵(&amp;K):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Confirm:</source>
        <translation>確認(&amp;C):</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This is not a private key: it must be 64 hex digits, optionally after 0x. Nothing was imported.</source>
        <translation>これは秘密鍵ではありません。秘密鍵は 16 進数 64 桁です（先頭の 0x は省略可）。何もインポートしていません。</translation>
    </message>
</context>
<context>
    <name>inkan::ui::ImportKeystoreDialog</name>
    <message>
        <location filename="../ui/dialogs/ImportKeystoreDialog.cpp" line="+26"/>
        <location line="+1"/>
        <source>Import a keystore file</source>
        <translation>キーストアファイルをインポート</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keystore file</source>
        <translation>キーストアファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A UTC--… file from geth, MetaMask or ethers</source>
        <translation>geth、MetaMask、ethers の UTC--… ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the keystore file</source>
        <translation>キーストアファイルを選択します</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keystore file&apos;s password</source>
        <translation>キーストアファイルのパスワード</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Opening the keystore</source>
        <translation>キーストアを開いています</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opening the file with its password…</source>
        <translation>パスワードでファイルを開いています…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a keystore file</source>
        <translation>キーストアファイルを選択</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Could not open %1: %2. Choose another file.</source>
        <translation>%1 を開けませんでした: %2。別のファイルを選んでください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is far too large to be a keystore, so it was not imported. Choose the UTC--… key file.</source>
        <translation>このファイルはキーストアにしては大きすぎるため、インポートしませんでした。UTC--… の鍵ファイルを選んでください。</translation>
    </message>
</context>
<context>
    <name>inkan::ui::ImportMnemonicDialog</name>
    <message>
        <location filename="../ui/dialogs/ImportMnemonicDialog.cpp" line="+23"/>
        <location line="+1"/>
        <source>Import recovery words</source>
        <translation>リカバリーワードをインポート</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recovery words</source>
        <translation>リカバリーワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 12 or 24 words, separated by spaces</source>
        <translation>スペースで区切った 12 または 24 の単語</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Passphrase (optional)</source>
        <translation>パスフレーズ（任意）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if you set a BIP-39 passphrase</source>
        <translation>BIP-39 パスフレーズを設定した場合のみ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account index</source>
        <translation>アカウントのインデックス</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address these words give</source>
        <translation>これらの単語から得られるアドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>Type the words to see the address.</source>
        <translation>単語を入力するとアドレスが表示されます。</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Address preview</source>
        <translation>アドレスのプレビュー</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Encrypting the key</source>
        <translation>鍵を暗号化しています</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Encrypting the key with your password…</source>
        <translation>パスワードで鍵を暗号化しています…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Words:</source>
        <translation>単語(&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;phrase:</source>
        <translation>パスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account &amp;index:</source>
        <translation>アカウントのインデックス(&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Confirm:</source>
        <translation>確認(&amp;C):</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deriving the address…</source>
        <translation>アドレスを導出しています…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This is account %1 of these words. Check it is the address you expect before importing.</source>
        <translation>これはこれらの単語のアカウント %1 です。インポートする前に、想定どおりのアドレスか確認してください。</translation>
    </message>
</context>
<context>
    <name>inkan::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+31"/>
        <location line="+1"/>
        <source>Inkan</source>
        <translation>Inkan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pages</source>
        <translation>ページ一覧</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Notice</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+198"/>
        <source>Inkan is locked. Unlock it with your wallet password to go on.</source>
        <translation>Inkan はロックされています。続けるには、ウォレットのパスワードでロックを解除してください。</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>&amp;Unlock…</source>
        <translation>ロック解除(&amp;U)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account:</source>
        <translation>アカウント:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account the pages show</source>
        <translation>各ページに表示するアカウント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No account yet</source>
        <translation>アカウントはまだありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Privacy mode</source>
        <translation>プライバシーモード</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide addresses, balances and personal data, for screen sharing (%1)</source>
        <translation>画面共有のために、アドレス、残高、個人情報を隠します（%1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock now</source>
        <translation>今すぐロック</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lock the wallet now (%1)</source>
        <translation>ウォレットを今すぐロックします（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Wallet</source>
        <translation>ウォレット(&amp;W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lock state</source>
        <translation>ロック状態</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed-in services</source>
        <translation>サインイン中のサービス</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Wallet locked</source>
        <translation>ウォレットはロックされています</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wallet unlocked</source>
        <translation>ウォレットのロックは解除されています</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not signed in to any service</source>
        <translation>どのサービスにもサインインしていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in: %1</source>
        <translation>サインイン中: %1</translation>
    </message>
</context>
<context>
    <name>inkan::ui::MintedByMePanel</name>
    <message>
        <location filename="../ui/pages/MintedByMePanel.cpp" line="+38"/>
        <source>Minted by me</source>
        <translation>発行した NFT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field to search</source>
        <translation>検索するフィールド</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exact value to search for</source>
        <translation>検索する値（完全一致）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exact value; empty lists everything</source>
        <translation>完全一致。空欄ならすべてを表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search the minted NFTs</source>
        <translation>発行した NFT を検索します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List every minted NFT</source>
        <translation>発行した NFT をすべて一覧表示します</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NFTs minted by this organization</source>
        <translation>この組織が発行した NFT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Minted list status</source>
        <translation>発行済み一覧の状態</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+159"/>
        <source>Choose an NFT on the left to see and edit its dynamic metadata.</source>
        <translation>左の NFT を選ぶと、その動的メタデータを表示・編集できます。</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Chosen NFT</source>
        <translation>選択した NFT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dynamic metadata</source>
        <translation>動的メタデータ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dynamic metadata columns</source>
        <translation>動的メタデータの列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dynamic metadata rows</source>
        <translation>動的メタデータの行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select all dynamic metadata</source>
        <translation>動的メタデータをすべて選択</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a field</source>
        <translation>フィールドを追加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a dynamic field</source>
        <translation>動的フィールドを追加します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save changes</source>
        <translation>変更を保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the dynamic metadata</source>
        <translation>動的メタデータを保存します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the NFT</source>
        <translation>NFT を開きます</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit result</source>
        <translation>編集結果</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Sign in as an organization to see what it minted.</source>
        <translation>組織が発行した NFT を見るには、組織としてサインインしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list could not be loaded: %1 Press &quot;Show all&quot; to try again.</source>
        <translation>一覧を読み込めませんでした: %1 もう一度試すには「すべて表示」を押してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing minted yet: mint one NFT or a batch on the other tabs.</source>
        <translation>まだ何も発行していません。他のタブで NFT を 1 つ、または一括で発行してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No minted NFT has %1 equal to &quot;%2&quot;. Search another value, or press &quot;Show all&quot;.</source>
        <translation>%1 が「%2」に等しい発行済み NFT はありません。別の値で検索するか、「すべて表示」を押してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n NFT(s) listed.</source>
        <translation>
            <numerusform>%n 件の NFT を表示しています。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source> Scroll for more.</source>
        <translation>スクロールすると続きを表示します。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 — %2…</source>
        <translation>%1 — %2…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Value of %1</source>
        <translation>%1 の値</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&quot;%1&quot; is a static field: it never changes after minting.</source>
        <translation>「%1」は静的フィールドです。発行後に変更することはできません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; must be a number, such as 12.5.</source>
        <translation>「%1」は 12.5 のような数値で指定してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; must be JSON (an array or an object).</source>
        <translation>「%1」は JSON（配列またはオブジェクト）で指定してください。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing was sent: %1</source>
        <translation>何も送信していません: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing changed: edit a value or add a field first.</source>
        <translation>何も変更されていません。先に値を編集するか、フィールドを追加してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The change was not saved and is undone: %1</source>
        <translation>変更は保存されず、元に戻しました: %1</translation>
    </message>
</context>
<context>
    <name>inkan::ui::NftDelegate</name>
    <message>
        <location filename="../ui/delegates/NftDelegate.cpp" line="+77"/>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No image</source>
        <translation>画像なし</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no name)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NFT</source>
        <translation>NFT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Public</source>
        <translation>公開</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private</source>
        <translation>非公開</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change failed</source>
        <translation>変更に失敗しました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forged signature</source>
        <translation>偽造された署名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unverified</source>
        <translation>未検証</translation>
    </message>
</context>
<context>
    <name>inkan::ui::NftDetailView</name>
    <message>
        <location filename="../ui/pages/NftDetailView.cpp" line="+64"/>
        <location line="+1"/>
        <location line="+166"/>
        <source>NFT details</source>
        <translation>NFT の詳細</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Authenticity</source>
        <translation>真正性</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Metadata</source>
        <translation>メタデータ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>History on the chain</source>
        <translation>チェーン上の履歴</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+114"/>
        <source>Make public</source>
        <translation>公開する</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Change visibility</source>
        <translation>公開設定を変更します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer…</source>
        <translation>譲渡…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transfer this NFT</source>
        <translation>この NFT を譲渡します</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+144"/>
        <source>Hide</source>
        <translation>非表示にする</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Hide from the gallery</source>
        <translation>ギャラリーから非表示にします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refresh the metadata</source>
        <translation>メタデータを更新します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification QR…</source>
        <translation>検証用 QR コード…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the verification QR code</source>
        <translation>検証用の QR コードを表示します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>(no name)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading the image…</source>
        <translation>画像を読み込んでいます…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No image</source>
        <translation>画像なし</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Public: anyone signed in to the service can see it.</source>
        <translation>公開: サービスにサインインしている人なら誰でも閲覧できます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private: only you and its minter can see it.</source>
        <translation>非公開: あなたと発行者だけが閲覧できます。</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+113"/>
        <source>Make private</source>
        <translation>非公開にする</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Visibility: unknown (the service does not report it).</source>
        <translation>公開設定: 不明 (サービスが報告していません)。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Token id</source>
        <translation>トークン ID</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show again</source>
        <translation>再び表示</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This NFT is no longer in your gallery.</source>
        <translation>この NFT はギャラリーに表示されなくなりました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the minter signature…</source>
        <translation>発行者の署名を確認しています…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ Warning: %1</source>
        <translation>⚠ 警告: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Unverified: %1</source>
        <translation>⚠ 未検証: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The NFT is public now.</source>
        <translation>NFT を公開にしました。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The NFT is private now.</source>
        <translation>NFT を非公開にしました。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The hide list could not be saved in the data folder; the change lasts until Inkan quits.</source>
        <translation>非表示リストをデータフォルダーに保存できませんでした。この変更は Inkan を終了するまで有効です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refreshing…</source>
        <translation>更新しています…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The metadata is up to date.</source>
        <translation>メタデータは最新です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The NFT could not be refreshed: %1</source>
        <translation>NFT を更新できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>inkan::ui::OrganizationPage</name>
    <message>
        <location filename="../ui/pages/OrganizationPage.cpp" line="+79"/>
        <source>%1 columns</source>
        <translation>%1 の列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rows</source>
        <translation>%1 の行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select all of %1</source>
        <translation>%1 をすべて選択</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+10"/>
        <location line="+24"/>
        <location line="+2"/>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>What this page is for</source>
        <translation>このページの用途</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add or sign in to an organization account…</source>
        <translation>組織アカウントを追加またはサインイン…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add or sign in to an organization account</source>
        <translation>組織アカウントを追加するか、サインインします</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Organization account</source>
        <translation>組織アカウント</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+318"/>
        <source>ID wallet address</source>
        <translation>ID ウォレットアドレス</translation>
    </message>
    <message>
        <location line="-317"/>
        <source>Verification status</source>
        <translation>認証の状態</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check again</source>
        <translation>再確認</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check the organization&apos;s status again</source>
        <translation>組織の状態をもう一度確認します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organization:</source>
        <translation>組織:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID wallet:</source>
        <translation>ID ウォレット:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization tasks</source>
        <translation>組織のタスク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification</source>
        <translation>認証</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mint one NFT</source>
        <translation>NFT を 1 つ発行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Batch mint</source>
        <translation>一括発行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import end-users</source>
        <translation>エンドユーザーのインポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minted by me</source>
        <translation>発行した NFT</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verify by domain</source>
        <translation>ドメインで認証</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minting needs a verified domain. Publish the TXT record below in your domain&apos;s DNS, then check it here.</source>
        <translation>発行するには、認証済みのドメインが必要です。下の TXT レコードをドメインの DNS に公開してから、ここで確認してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TXT record to publish</source>
        <translation>公開する TXT レコード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press &quot;Show TXT record&quot; to get it</source>
        <translation>「TXT レコードを表示」を押すと表示されます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show TXT record</source>
        <translation>TXT レコードを表示</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the TXT record to publish</source>
        <translation>公開する TXT レコードを表示します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the TXT record</source>
        <translation>TXT レコードをコピーします</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the domain</source>
        <translation>ドメインを確認</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check the domain&apos;s TXT record</source>
        <translation>ドメインの TXT レコードを確認します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain verification message</source>
        <translation>ドメイン認証のメッセージ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied. Add it as a TXT record of %1, then press &quot;Check the domain&quot;.</source>
        <translation>コピーしました。%1 の TXT レコードとして追加してから、「ドメインを確認」を押してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your domain</source>
        <translation>お使いのドメイン</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verify by phone</source>
        <translation>電話番号で認証</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+819012345678</source>
        <translation>+819012345678</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send code</source>
        <translation>コードを送信</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send a verification code</source>
        <translation>認証コードを送信します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone number (with country code):</source>
        <translation>電話番号（国番号付き）:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code received by SMS</source>
        <translation>SMS で受け取ったコード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirm the code</source>
        <translation>コードを確認します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code:</source>
        <translation>コード:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone verification message</source>
        <translation>電話番号認証のメッセージ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Why minting is not possible yet</source>
        <translation>まだ発行できない理由</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Static metadata (never changes)</source>
        <translation>静的メタデータ（変更不可）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Static metadata</source>
        <translation>静的メタデータ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issuer</source>
        <translation>発行元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents provider</source>
        <translation>コンテンツ提供者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image URL</source>
        <translation>画像 URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link (may be empty)</source>
        <translation>リンク（空欄可）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total issued</source>
        <translation>総発行数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Animation URL (may be empty)</source>
        <translation>アニメーション URL（空欄可）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem with %1</source>
        <translation>%1 の問題</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Expires on</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The NFT expires</source>
        <translation>NFT に有効期限を設定します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry date</source>
        <translation>有効期限の日付</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem with the expiry date</source>
        <translation>有効期限の問題</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The NFT as its holder will see it</source>
        <translation>保有者に表示される NFT</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+592"/>
        <source>The image appears on the card once its URL is entered.</source>
        <translation>URL を入力すると、カードに画像が表示されます。</translation>
    </message>
    <message>
        <location line="-592"/>
        <source>Image preview</source>
        <translation>画像のプレビュー</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dynamic metadata (can be updated later)</source>
        <translation>動的メタデータ（後から更新可能）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dynamic metadata</source>
        <translation>動的メタデータ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>カテゴリー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ticket, credential, loyalty…</source>
        <translation>チケット、資格証明、ロイヤルティ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category:</source>
        <translation>カテゴリー:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points earned</source>
        <translation>獲得ポイント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number, e.g. 12.5</source>
        <translation>12.5 などの数値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points earned:</source>
        <translation>獲得ポイント:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>利用期限</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Valid until a date</source>
        <translation>指定日まで利用可能</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Valid only near a place</source>
        <translation>特定の場所の近くでのみ有効</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latitude</source>
        <translation>緯度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longitude</source>
        <translation>経度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Radius</source>
        <translation>半径</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit of length</source>
        <translation>長さの単位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>metres</source>
        <translation>メートル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kilometres</source>
        <translation>キロメートル</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lat, long, radius:</source>
        <translation>緯度、経度、半径:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custom fields</source>
        <translation>カスタムフィールド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a field</source>
        <translation>フィールドを追加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a custom field</source>
        <translation>カスタムフィールドを追加します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem with the dynamic metadata</source>
        <translation>動的メタデータの問題</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Holder</source>
        <translation>保有者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By ID wallet address</source>
        <translation>ID ウォレットアドレスで指定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holder by ID wallet address</source>
        <translation>ID ウォレットアドレスで指定する保有者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By e-mail (the address is imported first)</source>
        <translation>メールアドレスで指定（先にアドレスをインポート）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holder by e-mail</source>
        <translation>メールアドレスで指定する保有者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holder&apos;s ID wallet address</source>
        <translation>保有者の ID ウォレットアドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder&apos;s e-mail</source>
        <translation>保有者のメールアドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holder@example.com</source>
        <translation>holder@example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem with the holder</source>
        <translation>保有者の問題</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Mint</source>
        <translation>発行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mint the NFT</source>
        <translation>NFT を発行します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mint progress</source>
        <translation>発行の進行状況</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mint result</source>
        <translation>発行結果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the NFT</source>
        <translation>NFT を開く</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the new NFT</source>
        <translation>新しい NFT を開きます</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Give each end-user an ID wallet from their e-mail address: type one address, paste a list (one a line, up to 10,000), or read a text or CSV file with an &quot;email&quot; column.</source>
        <translation>エンドユーザーごとに、メールアドレスから ID ウォレットを作成します。アドレスを 1 つ入力するか、リストを貼り付ける（1 行に 1 つ、最大 10,000 件）か、「email」列のあるテキストファイルまたは CSV ファイルを読み込んでください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail addresses to import</source>
        <translation>インポートするメールアドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ada@example.com
bob@example.org</source>
        <translation>ada@example.com
bob@example.org</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read a file…</source>
        <translation>ファイルを読み込む…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read e-mail addresses from a file</source>
        <translation>ファイルからメールアドレスを読み込みます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import the end-users</source>
        <translation>エンドユーザーをインポートします</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problems in the list</source>
        <translation>リストの問題</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import progress</source>
        <translation>インポートの進行状況</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import result</source>
        <translation>インポート結果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import results per e-mail</source>
        <translation>メールアドレスごとのインポート結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the import results as CSV</source>
        <translation>インポート結果を CSV でエクスポートします</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Organization staff verify their organization, import end-users by e-mail and mint NFTs here. To use it, add a Web3Connect account in Settings and sign in with the organization&apos;s API key secret.</source>
        <translation>組織のスタッフは、このページで組織の認証、メールアドレスによるエンドユーザーのインポート、NFT の発行を行います。使用するには、設定で Web3Connect アカウントを追加し、組織の API キーシークレットでサインインしてください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (checking…)</source>
        <translation>%1（確認中…）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the organization&apos;s status…</source>
        <translation>組織の状態を確認しています…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The organization cannot be reached: %1 Sign in again in Settings.</source>
        <translation>組織に接続できません: %1 設定でもう一度サインインしてください。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The status could not be read: %1</source>
        <translation>状態を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — %2, account %3</source>
        <translation>%1 — %2、アカウント %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verified: the domain %1 is verified, so this organization can mint.</source>
        <translation>認証済み: ドメイン %1 が認証されているため、この組織は発行できます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not verified: this organization has no domain to verify; minting is not possible until one is verified.</source>
        <translation>未認証: この組織には認証するドメインがありません。ドメインが認証されるまで発行できません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not verified: verify the domain %1 on the Verification tab before minting.</source>
        <translation>未認証: 発行する前に、「認証」タブでドメイン %1 を認証してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>The phone number is verified.</source>
        <translation>電話番号は認証済みです。</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>The phone number is not verified.</source>
        <translation>電話番号は認証されていません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The domain %1 is verified; nothing more to do here.</source>
        <translation>ドメイン %1 は認証済みです。ここで行うことはもうありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The phone number is verified. You may verify another one.</source>
        <translation>電話番号は認証済みです。別の番号を認証することもできます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The organization is signed out. Sign in again with its API key secret in Settings.</source>
        <translation>組織はサインアウトしています。設定で組織の API キーシークレットを使ってもう一度サインインしてください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the number with its country code, such as +819012345678.</source>
        <translation>+819012345678 のように、国番号を付けて番号を入力してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending a code to %1…</source>
        <translation>%1 にコードを送信しています…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>A code was sent to %1. Enter it within 5 minutes; %n attempt(s) left.</source>
        <translation>
            <numerusform>%1 にコードを送信しました。5 分以内に入力してください (残り %n 回)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>The code is wrong; %n attempt(s) left. Check the SMS and type it again.</source>
        <translation>
            <numerusform>コードが違います (残り %n 回)。SMS を確認して、もう一度入力してください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-28"/>
        <source>No code was sent: %1</source>
        <translation>コードを送信できませんでした: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the code from the SMS first.</source>
        <translation>先に SMS で届いたコードを入力してください。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The code was wrong too many times. Press &quot;Send code&quot; for a new one.</source>
        <translation>コードの入力を間違えた回数が多すぎます。「コードを送信」を押して新しいコードを受け取ってください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code was not accepted: %1 Press &quot;Send code&quot; for a new one.</source>
        <translation>コードが受け付けられませんでした: %1 「コードを送信」を押して新しいコードを受け取ってください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Publish this TXT record for %1 at your DNS provider, then press &quot;Check the domain&quot;. DNS changes can take a while to be seen.</source>
        <translation>この TXT レコードを %1 用に DNS プロバイダーで公開してから、「ドメインを確認」を押してください。DNS の変更が反映されるまでには時間がかかることがあります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The TXT record could not be read: %1</source>
        <translation>TXT レコードを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Looking for the TXT record…</source>
        <translation>TXT レコードを探しています…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The domain is verified. The organization can now mint.</source>
        <translation>ドメインを認証しました。この組織は発行できるようになりました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The domain is not verified yet: %1 Check that the TXT record is published exactly as shown, wait a few minutes and check again.</source>
        <translation>ドメインはまだ認証されていません: %1 TXT レコードが表示どおりに正確に公開されているか確認し、数分待ってからもう一度確認してください。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Points earned must be a number, such as 12.5.</source>
        <translation>獲得ポイントは 12.5 のような数値で指定してください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Custom field %1 has a value but no key; give it a key or clear it.</source>
        <translation>カスタムフィールド %1 には値がありますが、キーがありません。キーを指定するか、値を消去してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is a static field; fill it in above instead.</source>
        <translation>「%1」は静的フィールドです。上の欄に入力してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is given twice; keep one.</source>
        <translation>「%1」が 2 回指定されています。1 つだけにしてください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; must be a number.</source>
        <translation>「%1」は数値で指定してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; must be JSON (an array or an object).</source>
        <translation>「%1」は JSON（配列またはオブジェクト）で指定してください。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Required: enter a whole number.</source>
        <translation>必須: 整数を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a whole number, such as 42.</source>
        <translation>42 のような整数を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required: this field must not be empty.</source>
        <translation>必須: このフィールドは空にできません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The expiry date is in the past; choose a later date or untick &quot;Expires on&quot;.</source>
        <translation>有効期限が過去の日付です。より後の日付を選ぶか、「有効期限」のチェックを外してください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the holder&apos;s e-mail address, such as ada@example.com.</source>
        <translation>ada@example.com のように、保有者のメールアドレスを入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the holder&apos;s ID wallet address (0x and 40 hex digits), or choose &quot;By e-mail&quot;.</source>
        <translation>保有者の ID ウォレットアドレス（0x と 16 進数 40 桁）を入力するか、「メールアドレスで指定」を選んでください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Minting waits for the organization&apos;s status.</source>
        <translation>発行するには、組織の状態の確認を待つ必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minting needs a verified organization: verify the domain %1 on the Verification tab first.</source>
        <translation>発行するには認証済みの組織が必要です。先に「認証」タブで %1 を認証してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of the organization</source>
        <translation>組織のドメイン</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the fields marked in red first.</source>
        <translation>先に赤で示されたフィールドを修正してください。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>(no name yet)</source>
        <translation>（まだ名前がありません）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loading the image…</source>
        <translation>画像を読み込んでいます…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is how the holder will see the NFT in their gallery.</source>
        <translation>保有者のギャラリーには、NFT がこのように表示されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No preview: the image could not be loaded from this address. Holders would not see it either; check the URL.</source>
        <translation>プレビューできません: このアドレスから画像を読み込めませんでした。保有者にも表示されないため、URL を確認してください。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Importing %1…</source>
        <translation>%1 をインポートしています…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 could not be imported, so nothing was minted: %2</source>
        <translation>%1 をインポートできなかったため、何も発行していません: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Minting for %1…</source>
        <translation>%1 に発行しています…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minted &quot;%1&quot; (%2…).</source>
        <translation>「%1」（%2…）を発行しました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The service refused to mint: the organization must be verified first. Verify its domain on the Verification tab, then mint again.</source>
        <translation>サービスが発行を拒否しました。先に組織を認証する必要があります。「認証」タブでドメインを認証してから、もう一度発行してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was minted: %1</source>
        <translation>何も発行していません: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type or paste e-mail addresses above, or read them from a file.</source>
        <translation>上の欄にメールアドレスを入力または貼り付けるか、ファイルから読み込んでください。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…ほか %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing will be sent until these are corrected:</source>
        <translation>以下が修正されるまで、何も送信されません:</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n address(es) ready to import.</source>
        <translation>
            <numerusform>%n 件のアドレスをインポートする準備ができました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read e-mail addresses</source>
        <translation>メールアドレスを読み込む</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text or CSV (*.txt *.csv);;All files (*)</source>
        <translation>テキストまたは CSV (*.txt *.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; cannot be read (or is larger than 16 MB); choose another file.</source>
        <translation>「%1」を読み込めません（または 16 MB を超えています）。別のファイルを選んでください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not UTF-8 text; save it as UTF-8 and read it again.</source>
        <translation>「%1」は UTF-8 のテキストではありません。UTF-8 で保存してから、もう一度読み込んでください。</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Sending %n address(es)…</source>
        <translation>
            <numerusform>%n 件のアドレスを送信しています…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A list import needs the organization&apos;s API key secret: sign in to the account again in Settings. (%1)</source>
        <translation>リストのインポートには組織の API キーシークレットが必要です。設定でアカウントにもう一度サインインしてください。（%1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Batch %1 submitted; the service is creating the ID wallets…</source>
        <translation>一括処理 %1 を送信しました。サービスが ID ウォレットを作成しています…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The import did not finish: %1 Nothing was lost; import the list again (addresses already imported keep their wallets).</source>
        <translation>インポートが完了しませんでした: %1 失われたものはありません。リストをもう一度インポートしてください（インポート済みのアドレスのウォレットはそのまま残ります）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+33"/>
        <source>imported</source>
        <translation>インポート済み</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 imported, %2 failed. Export the results to keep the ID wallet addresses.</source>
        <translation>インポート %1 件、失敗 %2 件。ID ウォレットアドレスを残しておくには、結果をエクスポートしてください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export import results</source>
        <translation>インポート結果のエクスポート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; cannot be written; choose another place.</source>
        <translation>「%1」に書き込めません。別の場所を選んでください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; could not be saved; choose another place.</source>
        <translation>「%1」を保存できませんでした。別の場所を選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved the results to %1.</source>
        <translation>結果を %1 に保存しました。</translation>
    </message>
</context>
<context>
    <name>inkan::ui::PasswordField</name>
    <message>
        <location filename="../ui/widgets/PasswordField.cpp" line="+93"/>
        <source>Weak</source>
        <translation>弱い</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair</source>
        <translation>ふつう</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>良い</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>Strong</source>
        <translation>強い</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+4"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show password</source>
        <translation>パスワードを表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the password</source>
        <translation>パスワードを表示または非表示にします</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Caps Lock warning</source>
        <translation>Caps Lock の警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caps Lock is on.</source>
        <translation>Caps Lock がオンになっています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Password strength</source>
        <translation>パスワードの強度</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>Strength: %1</source>
        <translation>強度: %1</translation>
    </message>
</context>
<context>
    <name>inkan::ui::PasswordPrompt</name>
    <message>
        <location filename="../ui/dialogs/PasswordPrompt.cpp" line="+58"/>
        <location line="+17"/>
        <source>The password was not given.</source>
        <translation>パスワードが入力されませんでした。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unlocking was cancelled.</source>
        <translation>ロック解除をキャンセルしました。</translation>
    </message>
</context>
<context>
    <name>inkan::ui::ProfilePage</name>
    <message>
        <location filename="../ui/pages/ProfilePage.cpp" line="+42"/>
        <source>%1 USD</source>
        <comment>an amount of US dollars</comment>
        <translation>%1 USD</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ethereum</source>
        <translation>Ethereum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polygon</source>
        <translation>Polygon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chain %1</source>
        <translation>チェーン %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select all</source>
        <translation>すべて選択</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Profile</source>
        <translation>プロフィール</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+269"/>
        <source>Sign in to a service to see your profile and balances here.</source>
        <translation>サービスにサインインすると、プロフィールと残高がここに表示されます。</translation>
    </message>
    <message>
        <location line="-268"/>
        <source>Sign in…</source>
        <translation>サインイン…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Try again</source>
        <translation>もう一度試す</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+142"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refresh the profile</source>
        <translation>プロフィールを更新します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the profile and the balances again</source>
        <translation>プロフィールと残高をもう一度読み込みます</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profile status</source>
        <translation>プロフィールの状態</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Web3Connect account</source>
        <translation>Web3Connect アカウント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account id</source>
        <translation>アカウント ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account type</source>
        <translation>アカウントの種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID wallet address</source>
        <translation>ID ウォレットアドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <location line="+15"/>
        <location line="+65"/>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>認証済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account id:</source>
        <translation>アカウント ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account type:</source>
        <translation>アカウントの種類:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID wallet:</source>
        <translation>ID ウォレット:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <location line="+38"/>
        <location line="+41"/>
        <source>E-mail:</source>
        <translation>メールアドレス:</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Domain:</source>
        <translation>ドメイン:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified:</source>
        <translation>認証済み:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capture user</source>
        <translation>Capture ユーザー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Wallet address</source>
        <translation>ウォレットアドレス</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>User name:</source>
        <translation>ユーザー名:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>Wallet:</source>
        <translation>ウォレット:</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Capture balances</source>
        <translation>Capture の残高</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+62"/>
        <source>Balance</source>
        <translation>残高</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balances:</source>
        <translation>残高:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture balances status</source>
        <translation>Capture の残高の状態</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nonce-auth profile</source>
        <translation>nonce-auth のプロフィール</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name, as the service shows it</source>
        <translation>サービスに表示されるあなたの名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters used in the name</source>
        <translation>名前に使用した文字数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intended use</source>
        <translation>利用目的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you use this service for</source>
        <translation>このサービスを利用する目的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters used in the intended use</source>
        <translation>利用目的に使用した文字数</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save profile</source>
        <translation>プロフィールを保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the profile</source>
        <translation>プロフィールを保存します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;vert</source>
        <translation>元に戻す(&amp;V)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo the changes</source>
        <translation>変更を取り消します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile save status</source>
        <translation>プロフィールの保存状態</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Intended use:</source>
        <translation>利用目的(&amp;I):</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+2"/>
        <source>Token balances</source>
        <translation>トークン残高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chain</source>
        <translation>チェーン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>評価額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total value</source>
        <translation>評価額の合計</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token balances status</source>
        <translation>トークン残高の状態</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pakt account</source>
        <translation>Pakt アカウント</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account:</source>
        <translation>アカウント:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your token balances could not be loaded: %1 Choose Refresh to try again.</source>
        <translation>トークン残高を読み込めませんでした: %1 もう一度試すには「更新」を選んでください。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Your session on %1 has ended. Sign in again to see your profile there.</source>
        <translation>%1 のセッションが終了しました。そこでのプロフィールを表示するには、もう一度サインインしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your profile on %1 could not be loaded: %2 Check that the service is reachable, then try again.</source>
        <translation>%1 のプロフィールを読み込めませんでした: %2 サービスに接続できることを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading your profile from %1…</source>
        <translation>%1 からプロフィールを読み込んでいます…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Up to date.</source>
        <translation>最新です。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>You are not signed in to %1. Sign in to see your profile and balances there.</source>
        <translation>%1 にサインインしていません。そこでのプロフィールと残高を表示するには、サインインしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <comment>account name, then the kind of service</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+33"/>
        <location line="+29"/>
        <location line="+1"/>
        <location line="+45"/>
        <source>not given</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Pakt keeps no profile to show beyond who is signed in.</source>
        <translation>Pakt では、サインインしているユーザー以外に表示できるプロフィール情報はありません。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End user (holder)</source>
        <translation>エンドユーザー（保有者）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This user has no wallet balances yet.</source>
        <translation>このユーザーにはまだウォレットの残高がありません。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1/%2</source>
        <comment>characters used, then the most allowed</comment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 characters used</source>
        <translation>%2 文字中 %1 文字を使用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That is the most the service keeps.</source>
        <translation>サービスで保存できる上限です。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The profile cannot be saved right now. Choose Refresh, then try again.</source>
        <translation>現在プロフィールを保存できません。「更新」を選んでから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name and the intended use may have at most %1 characters each. Shorten them, then save.</source>
        <translation>名前と利用目的はそれぞれ %1 文字以内です。短くしてから保存してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving your profile…</source>
        <translation>プロフィールを保存しています…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your session has ended, so the profile was not saved. Sign in again, then save.</source>
        <translation>セッションが終了したため、プロフィールは保存されませんでした。もう一度サインインしてから保存してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your profile was not saved: %1 Your changes are still here; try again.</source>
        <translation>プロフィールは保存されませんでした: %1 変更内容は残っています。もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your profile was saved.</source>
        <translation>プロフィールを保存しました。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no price</source>
        <translation>価格なし</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total value: %1</source>
        <translation>評価額の合計: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No price is known for these tokens.</source>
        <translation>これらのトークンの価格は不明です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You hold no tokens on this service.</source>
        <translation>このサービスで保有しているトークンはありません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>credits</source>
        <translation>クレジット</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Turn privacy mode off to see and change this.</source>
        <translation>表示して変更するには、プライバシーモードをオフにしてください。</translation>
    </message>
</context>
<context>
    <name>inkan::ui::QrView</name>
    <message>
        <location filename="../ui/widgets/QrView.cpp" line="+15"/>
        <source>QR code</source>
        <translation>QR コード</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>A QR code of %n character(s)</source>
        <translation>
            <numerusform>%n 文字の QR コード</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No QR code</source>
        <translation>QR コードなし</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Hidden in privacy mode</source>
        <translation>プライバシーモードのため非表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No code to show</source>
        <translation>表示するコードはありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This text is too long for a QR code.</source>
        <translation>このテキストは長すぎて QR コードにできません。</translation>
    </message>
</context>
<context>
    <name>inkan::ui::ScannerPage</name>
    <message>
        <location filename="../ui/pages/ScannerPage.cpp" line="-434"/>
        <source>verified</source>
        <translation>検証済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repeated</source>
        <translation>重複</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 verified · %2 refused · %3 repeated · %4 not checked</source>
        <translation>検証済み %1 · 拒否 %2 · 重複 %3 · 未確認 %4</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Venue scanner</source>
        <translation>会場スキャナー</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attempt %1 got no answer (%2). Trying again…</source>
        <translation>%1 回目の試行で応答がありませんでした（%2）。再試行しています…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in…</source>
        <translation>サインイン…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Look for cameras again</source>
        <translation>カメラをもう一度探します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flip the picture</source>
        <translation>映像を反転</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flip the camera picture left to right</source>
        <translation>カメラの映像を左右反転します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide personal data</source>
        <translation>個人情報を隠す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep holder names and addresses off the verdict screen</source>
        <translation>判定画面に保有者の名前とアドレスを表示しません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Camera:</source>
        <translation>カメラ:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Camera status</source>
        <translation>カメラの状態</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Camera preview</source>
        <translation>カメラのプレビュー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image file…</source>
        <translation>画像ファイル…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan a picture file</source>
        <translation>画像ファイルをスキャンします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen</source>
        <translation>画面</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan the screen</source>
        <translation>画面をスキャンします</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clipboard</source>
        <translation>クリップボード</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan the clipboard</source>
        <translation>クリップボードをスキャンします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export history…</source>
        <translation>履歴をエクスポート…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the scan history as CSV</source>
        <translation>スキャン履歴を CSV としてエクスポートします</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+588"/>
        <source>Kiosk mode</source>
        <translation>キオスクモード</translation>
    </message>
    <message>
        <location line="-588"/>
        <source>Full screen kiosk mode, left with a PIN</source>
        <translation>全画面のキオスクモード（終了には PIN が必要）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave kiosk mode…</source>
        <translation>キオスクモードを終了…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave kiosk mode (asks for the PIN)</source>
        <translation>キオスクモードを終了します（PIN を尋ねます）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scan or type a verification code, then Enter</source>
        <translation>検証コードをスキャンまたは入力して Enter キーを押します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handheld scanner or typed code, then Enter</source>
        <translation>ハンドヘルドスキャナーで読み取るか、コードを入力して Enter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard layout warning</source>
        <translation>キーボードレイアウトの警告</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scanner status</source>
        <translation>スキャナーの状態</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan counts</source>
        <translation>スキャン数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan counts per kind</source>
        <translation>種類別のスキャン数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan history, newest first</source>
        <translation>スキャン履歴（新しい順）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No code scanned yet. Point the camera at a holder&apos;s verification code, or scan it with a handheld scanner: each scan is listed here and kept on disk.</source>
        <translation>まだコードをスキャンしていません。カメラを保有者の認証コードに向けるか、ハンドヘルドスキャナーで読み取ってください。スキャンはここに一覧され、ディスクに保存されます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NFT</source>
        <translation>NFT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scan next (Space)</source>
        <translation>次をスキャン（Space）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan next</source>
        <translation>次をスキャン</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Codes are checked with the venue&apos;s Web3Connect account: sign in to it to start scanning.</source>
        <translation>コードは会場の Web3Connect アカウントで確認します。スキャンを始めるには、そのアカウントにサインインしてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Codes cannot be checked: %1 Sign in again in Settings.</source>
        <translation>コードを確認できません: %1 設定でもう一度サインインしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking codes as %1 at %2.</source>
        <translation>%1 として %2 でコードを確認しています。</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>No camera</source>
        <translation>カメラなし</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Starting the camera…</source>
        <translation>カメラを起動しています…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The camera may not be used: permission was denied. Allow camera access for Inkan (on Linux: add your user to the &quot;video&quot; group and sign in again), then press Refresh.</source>
        <translation>カメラを使用できません。アクセスが拒否されました。Inkan にカメラへのアクセスを許可してから（Linux では、ユーザーを「video」グループに追加してサインインし直してください）、「更新」を押してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No camera is connected. Connect a webcam and press Refresh, or scan with a handheld scanner, an image file, the screen or the clipboard.</source>
        <translation>カメラが接続されていません。Web カメラを接続して「更新」を押すか、ハンドヘルドスキャナー、画像ファイル、画面、クリップボードからスキャンしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Plug it back in (scanning resumes by itself), or choose another camera.</source>
        <translation>%1 カメラを接続し直すか（スキャンは自動的に再開します）、別のカメラを選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Press Refresh to try again, or choose another camera.</source>
        <translation>%1 もう一度試すには「更新」を押すか、別のカメラを選んでください。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scan a picture of a QR code</source>
        <translation>QR コードの画像をスキャン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The handheld scanner&apos;s keyboard layout does not match this computer&apos;s: the code arrived garbled. Set the scanner to this keyboard layout (see its manual), then scan again.</source>
        <translation>ハンドヘルドスキャナーのキーボードレイアウトがこのコンピューターと一致しないため、コードが文字化けしました。スキャナーをこのキーボードレイアウトに設定してから（スキャナーの説明書を参照）、もう一度スキャンしてください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attempt %1 of %2.</source>
        <translation>%2 回中 %1 回目の試行です。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Verified</source>
        <translation>検証済み</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already verified</source>
        <translation>すでに検証済み</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not valid</source>
        <translation>無効</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seat %1</source>
        <translation>座席 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level %1</source>
        <translation>レベル %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holder hidden</source>
        <translation>保有者は非表示</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holder %1</source>
        <translation>保有者 %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Scanning again in %1 s</source>
        <translation>%1 秒後に次のスキャン</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This session: %1
Today: %2</source>
        <translation>このセッション: %1
今日: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown kind</source>
        <translation>不明な種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 verified, %3 refused, %4 repeated</source>
        <translation>%1: 検証済み %2、拒否 %3、重複 %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today by kind: %1</source>
        <translation>今日の種類別: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1  %2  %3  %4</source>
        <translation>%1  %2  %3  %4</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export the scan history</source>
        <translation>スキャン履歴をエクスポート</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scans exported: %1, to %2.</source>
        <translation>スキャン %1 件を %2 にエクスポートしました。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kiosk PIN</source>
        <translation>キオスク PIN</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Set a PIN of 4 to 8 digits. Staff need it to leave kiosk mode.</source>
        <translation>4〜8 桁の PIN を設定してください。キオスクモードを終了するときにスタッフが入力します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kiosk mode was not started.</source>
        <translation>キオスクモードは開始されませんでした。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter the kiosk PIN to leave kiosk mode.</source>
        <translation>キオスクモードを終了するには、キオスク PIN を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That PIN is not the kiosk PIN; kiosk mode stays on. Ask the staff who set it.</source>
        <translation>キオスク PIN が違います。キオスクモードは継続します。PIN を設定したスタッフに確認してください。</translation>
    </message>
</context>
<context>
    <name>inkan::ui::Screenshots</name>
    <message>
        <location filename="../ui/Screenshots.cpp" line="+53"/>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Nothing to show for %1.</source>
        <translation>%1 に表示するものがありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No organization account is signed in: the organization pages are not rendered.</source>
        <translation>組織のアカウントがサインインしていないため、組織のページは描画されません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The organization page did not load.</source>
        <translation>組織のページを読み込めませんでした。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Night tour ticket</source>
        <translation>夜間ツアーのチケット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry to the museum&apos;s night tour.</source>
        <translation>美術館の夜間ツアーへの入場券です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>twelve</source>
        <translation>十二</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The gallery shows no NFT: no detail or QR window to render.</source>
        <translation>ギャラリーに NFT がないため、詳細や QR ウィンドウを描画できません。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No QR window: %1</source>
        <translation>QR ウィンドウがありません: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The create-wallet wizard did not go on to the recovery words.</source>
        <translation>ウォレット作成ウィザードがリカバリーワードの段階に進みませんでした。</translation>
    </message>
</context>
<context>
    <name>inkan::ui::ServiceKinds</name>
    <message>
        <location filename="../ui/ServiceKinds.cpp" line="+14"/>
        <source>Web3Connect</source>
        <translation>Web3Connect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web3Connect (OIDC in the browser)</source>
        <translation>Web3Connect（ブラウザーで OIDC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nonce-auth</source>
        <translation>Nonce-auth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pakt</source>
        <translation>Pakt</translation>
    </message>
</context>
<context>
    <name>inkan::ui::SettingsPage</name>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="+47"/>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service accounts</source>
        <translation>サービスアカウント</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+30"/>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Signed in as</source>
        <translation>サインイン中のユーザー</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select all</source>
        <translation>すべて選択</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign in…</source>
        <translation>サインイン…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove service account</source>
        <translation>サービスアカウントを削除します</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service kind</source>
        <translation>サービスの種類</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account name</source>
        <translation>アカウント名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add service</source>
        <translation>サービスを追加</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>A new language is used from the next start.</source>
        <translation>新しい言語は次回の起動時から使われます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auto-lock after minutes</source>
        <translation>自動ロックまでの時間（分）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Auto-lock after:</source>
        <translation>自動ロックまでの時間(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Lock when the window is minimised</source>
        <translation>ウィンドウを最小化したらロックする</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your position</source>
        <translation>現在地</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latitude</source>
        <translation>緯度</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Latitude, e.g. 35.6812</source>
        <translation>緯度（例: 35.6812）</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Longitude</source>
        <translation>経度</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Longitude, e.g. 139.7671</source>
        <translation>経度（例: 139.7671）</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Save position</source>
        <translation>現在地を保存</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Venue scanner</source>
        <translation>会場スキャナー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scanner name</source>
        <translation>スキャナー名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scanner name:</source>
        <translation>スキャナー名:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Venue latitude</source>
        <translation>会場の緯度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Venue longitude</source>
        <translation>会場の経度</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Venue position:</source>
        <translation>会場の位置:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds a verdict stays</source>
        <translation>判定の表示秒数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verdict stays:</source>
        <translation>判定の表示時間:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save scanner settings</source>
        <translation>スキャナーの設定を保存</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>signed out</source>
        <translation>サインアウト済み</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the service account a name, e.g. the organization&apos;s.</source>
        <translation>サービスアカウントに名前を付けてください（例: 組織の名前）。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Enter the latitude (-90 to 90) and the longitude (-180 to 180) in degrees, or leave both empty.</source>
        <translation>緯度（-90〜90）と経度（-180〜180）を度単位で入力するか、両方とも空欄にしてください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the venue&apos;s latitude (-90 to 90) and longitude (-180 to 180) in degrees, or leave both empty.</source>
        <translation>会場の緯度（-90〜90）と経度（-180〜180）を度単位で入力するか、両方とも空欄にしてください。</translation>
    </message>
</context>
<context>
    <name>inkan::ui::SignInDialog</name>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="+38"/>
        <location line="+65"/>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account:</source>
        <translation>アカウント(&amp;A):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service kind</source>
        <translation>サービスの種類</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account name</source>
        <translation>アカウント名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. My organization</source>
        <translation>例: 自分の組織</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add account</source>
        <translation>アカウントを追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base &amp;URL:</source>
        <translation>ベース URL(&amp;U):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key secret</source>
        <translation>API キーシークレット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key &amp;secret:</source>
        <translation>API キーシークレット(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With my wallet key</source>
        <translation>ウォレットの鍵で</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With e-mail and password</source>
        <translation>メールアドレスとパスワードで</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in:</source>
        <translation>サインイン方法:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallet key</source>
        <translation>ウォレットの鍵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallet &amp;key:</source>
        <translation>ウォレットの鍵(&amp;K):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>メールアドレス(&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pakt builder token</source>
        <translation>Pakt のビルダートークン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Builder token:</source>
        <translation>ビルダートークン(&amp;B):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Only for a new Pakt account</source>
        <translation>新しい Pakt アカウントの場合のみ</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;First name:</source>
        <translation>名(&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Last name:</source>
        <translation>姓(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client id</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Client id:</source>
        <translation>クライアント ID(&amp;C):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>signed in as %1</source>
        <translation>%1 としてサインイン中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>signed out</source>
        <translation>サインアウト済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a service account…</source>
        <translation>サービスアカウントを追加…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No key in the wallet: create or import one on the Wallet page</source>
        <translation>ウォレットに鍵がありません。ウォレットのページで作成またはインポートしてください</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Leave empty to use the one kept with the account</source>
        <translation>空欄のままにすると、アカウントに保存されているものを使います</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the account a name, e.g. the organization&apos;s.</source>
        <translation>アカウントに名前を付けてください（例: 組織の名前）。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Continue in your browser. If it did not open, visit %1</source>
        <translation>ブラウザーで続行してください。ブラウザーが開かなかった場合は %1 にアクセスしてください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing in to %1…</source>
        <translation>%1 にサインインしています…</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+19"/>
        <source>The sign-in was cancelled; nothing was signed or stored.</source>
        <translation>サインインをキャンセルしました。何も署名・保存していません。</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Signed in to %1 as %2.</source>
        <translation>%1 に %2 としてサインインしました。</translation>
    </message>
</context>
<context>
    <name>inkan::ui::SigningDialog</name>
    <message>
        <location filename="../ui/dialogs/SigningDialog.cpp" line="+39"/>
        <source>Sign this text?</source>
        <translation>このテキストに署名しますか？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 asks your key to sign the text below. Sign only if you started this sign-in and the text is what you expect.</source>
        <translation>%1 があなたの鍵に次のテキストへの署名を求めています。このサインインを自分で開始し、テキストが想定どおりの場合にのみ署名してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A service</source>
        <translation>あるサービス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host that asks</source>
        <translation>要求元のホスト</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text to be signed</source>
        <translation>署名するテキスト</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain</source>
        <translation>チェーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nonce</source>
        <translation>ノンス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>発行日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>✔ Phishing check passed: the text names no site but %1, and hides no characters.</source>
        <translation>✔ フィッシング検査に合格: このテキストが示すサイトは %1 だけで、隠れた文字もありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✖ Phishing check failed: do not sign this text.</source>
        <translation>✖ フィッシング検査で不合格: このテキストには署名しないでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phishing check</source>
        <translation>フィッシング検査</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <source>Refuse</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Sign</source>
        <translation>署名</translation>
    </message>
</context>
<context>
    <name>inkan::ui::StartPages</name>
    <message>
        <location filename="../ui/pages/StartPages.cpp" line="+26"/>
        <source>Wallet</source>
        <translation>ウォレット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have no wallet yet. Create one, or import a keystore file, a recovery phrase or a key.</source>
        <translation>ウォレットはまだありません。新しく作成するか、キーストアファイル、リカバリーフレーズ、または鍵をインポートしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up a wallet…</source>
        <translation>ウォレットを設定…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gallery</source>
        <translation>ギャラリー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your NFTs appear here once you are signed in to a service that holds them.</source>
        <translation>NFT を保有しているサービスにサインインすると、ここに NFT が表示されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Sign in to a service…</source>
        <translation>サービスにサインイン…</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="+270"/>
        <location filename="../ui/pages/StartPages.cpp" line="-2"/>
        <source>Profile</source>
        <translation>プロフィール</translation>
    </message>
    <message>
        <location filename="../ui/pages/StartPages.cpp" line="+1"/>
        <source>Your profile and balances appear here once you are signed in.</source>
        <translation>サインインすると、ここにプロフィールと残高が表示されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No service is set up yet. Add Web3Connect, Capture, Pakt or a nonce-auth service to begin.</source>
        <translation>サービスはまだ設定されていません。始めるには、Web3Connect、Capture、Pakt、または nonce-auth のサービスを追加してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a service…</source>
        <translation>サービスを追加…</translation>
    </message>
</context>
<context>
    <name>inkan::ui::TransferDialog</name>
    <message>
        <location filename="../ui/dialogs/TransferDialog.cpp" line="+28"/>
        <source>Transfer an NFT</source>
        <translation>NFT を譲渡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer “%1”</source>
        <translation>「%1」を譲渡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send “%1” to another ID wallet. Once transferred, it is no longer yours: only the new holder can send it back.</source>
        <translation>「%1」を別の ID ウォレットに送ります。譲渡すると、あなたのものではなくなります。送り返せるのは新しい保有者だけです。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Recipient&apos;s ID wallet address</source>
        <translation>受取人の ID ウォレットアドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient&apos;s ID wallet address (0x…)</source>
        <translation>受取人の ID ウォレットアドレス（0x…）</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+2"/>
        <location line="+81"/>
        <source>Transfer</source>
        <translation>譲渡</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This is your own ID wallet: the NFT is already yours. Enter the recipient&apos;s address.</source>
        <translation>これはあなた自身の ID ウォレットで、NFT はすでにあなたのものです。受取人のアドレスを入力してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You have never sent an NFT to this address. Check every character with the recipient: a transfer cannot be undone.</source>
        <translation>このアドレスに NFT を送ったことはありません。受取人と 1 文字ずつ確認してください。譲渡は取り消せません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transfer “%1” to %2? This cannot be undone.</source>
        <translation>「%1」を %2 に譲渡しますか？この操作は取り消せません。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Transfer (%1)</source>
        <translation>譲渡（%1）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Transferring…</source>
        <translation>譲渡しています…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The NFT was not transferred: %1</source>
        <translation>NFT は譲渡されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>inkan::ui::UnlockDialog</name>
    <message>
        <location filename="../ui/dialogs/PasswordPrompt.cpp" line="-74"/>
        <location line="+1"/>
        <source>Unlock the wallet</source>
        <translation>ウォレットのロックを解除</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Inkan needs the wallet password.</source>
        <translation>Inkan にはウォレットのパスワードが必要です。</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Why the password is needed</source>
        <translation>パスワードが必要な理由</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wallet password</source>
        <translation>ウォレットのパスワード</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unlock</source>
        <translation>ロック解除(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>inkan::ui::VerificationQrWindow</name>
    <message>
        <location filename="../ui/dialogs/VerificationQrWindow.cpp" line="+38"/>
        <source>Show for verification: %1</source>
        <translation>検証用に提示: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification code</source>
        <translation>検証コード</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NFT</source>
        <translation>NFT</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+214"/>
        <source>Verification QR code</source>
        <translation>検証用 QR コード</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Time left before the code expires</source>
        <translation>コードの有効期限までの残り時間</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verification status</source>
        <translation>検証の状態</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Try again</source>
        <translation>もう一度試す(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>もう一度試す</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Full screen</source>
        <translation>全画面表示(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full screen</source>
        <translation>全画面表示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Recent verifications</source>
        <translation>最近の検証</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This code has expired; fetching a new one…</source>
        <translation>このコードは有効期限が切れました。新しいコードを取得しています…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+40"/>
        <source>Fetching a verification code…</source>
        <translation>検証コードを取得しています…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>This account is no longer signed in. Sign in again, then show the code.</source>
        <translation>このアカウントはサインイン状態ではなくなりました。もう一度サインインしてから、コードを表示してください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show this code to the scanner at the venue.</source>
        <translation>会場のスキャン担当者にこのコードを提示してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verified</source>
        <translation>検証済み</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verified (not recorded in the log: %1)</source>
        <translation>検証済み（ログには記録されていません: %1）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The service no longer accepts this account&apos;s sign-in. Sign in again, then show the code.</source>
        <translation>サービスがこのアカウントのサインインを受け付けなくなりました。もう一度サインインしてから、コードを表示してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service did not answer. Check the connection and try again.</source>
        <translation>サービスから応答がありませんでした。接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Verifications are not being recorded.</source>
        <translation>検証は記録されていません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No verification recorded yet.</source>
        <translation>記録された検証はまだありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · token %2</source>
        <translation>%1 · トークン %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The venue checks where you are: set your position in Settings, then show the code again.</source>
        <translation>会場では現在地が確認されます。設定で現在地を設定してから、もう一度コードを表示してください。</translation>
    </message>
</context>
<context>
    <name>inkan::ui::WalletDialogParts</name>
    <message>
        <location filename="../ui/dialogs/WalletDialogParts.cpp" line="+26"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+1"/>
        <source>New password</source>
        <translation>新しいパスワード</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>Confirm password</source>
        <translation>パスワードの確認</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>inkan::ui::WalletErrors</name>
    <message>
        <location filename="../ui/dialogs/WalletErrors.cpp" line="+19"/>
        <source>The password does not open this key. Check it (and Caps Lock) and try again.</source>
        <translation>このパスワードではこの鍵を開けません。パスワード（と Caps Lock）を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This keystore asks for settings Inkan does not accept, so it was not imported.</source>
        <translation>このキーストアは Inkan が受け付けない設定を求めているため、インポートしませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not a readable keystore (it may be damaged), so it was not imported.</source>
        <translation>このファイルは読み取れるキーストアではない（破損している可能性があります）ため、インポートしませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file could not be read or written.</source>
        <translation>ファイルを読み書きできませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>キャンセルしました。何も変更していません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong; nothing was changed.</source>
        <translation>問題が発生しました。何も変更していません。</translation>
    </message>
</context>
<context>
    <name>inkan::ui::WalletImportDialog</name>
    <message>
        <location filename="../ui/dialogs/WalletImportDialog.cpp" line="+23"/>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
</context>
<context>
    <name>inkan::ui::WalletPage</name>
    <message>
        <location filename="../ui/pages/WalletPage.cpp" line="+38"/>
        <source>Wallet</source>
        <translation>ウォレット</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create a wallet…</source>
        <translation>ウォレットを作成(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Create a wallet</source>
        <translation>ウォレットを作成</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Import a key</source>
        <translation>鍵をインポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A keystore &amp;file (geth, MetaMask, ethers)…</source>
        <translation>キーストアファイル（geth、MetaMask、ethers）(&amp;F)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recovery words…</source>
        <translation>リカバリーワード(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A raw &amp;private key…</source>
        <translation>生の秘密鍵(&amp;P)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no key in this wallet yet. Create a new wallet, or import a key you already have.</source>
        <translation>このウォレットにはまだ鍵がありません。新しいウォレットを作成するか、お持ちの鍵をインポートしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a wallet…</source>
        <translation>ウォレットを作成…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wallet status</source>
        <translation>ウォレットの状態</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Change password…</source>
        <translation>パスワードを変更…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the password of %1</source>
        <translation>%1 のパスワードを変更します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export %1 as a keystore file</source>
        <translation>%1 をキーストアファイルとしてエクスポートします</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the key %1</source>
        <translation>鍵 %1 を削除します</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No account signs in with this key yet: sign in to a service with it from Settings.</source>
        <translation>この鍵でサインインしているアカウントはまだありません。「設定」からこの鍵でサービスにサインインしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs in to %1.</source>
        <translation>%1 にサインインします。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Created the wallet with the address %1.</source>
        <translation>アドレス %1 のウォレットを作成しました。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <location line="+11"/>
        <source>Imported the key %1.</source>
        <translation>鍵 %1 をインポートしました。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Changed the password of %1.</source>
        <translation>%1 のパスワードを変更しました。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exported the key to %1.</source>
        <translation>鍵を %1 にエクスポートしました。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>Remove this key?</source>
        <translation>この鍵を削除しますか？</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Remove the key %1 from this wallet? Its file is moved to the keystore&apos;s &quot;removed&quot; folder, where you can still recover it; services signed in with it will need another key.</source>
        <translation>鍵 %1 をこのウォレットから削除しますか？ファイルはキーストアの「removed」フォルダーに移動され、そこから復元することもできます。この鍵でサインインしているサービスには別の鍵が必要になります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removed the key %1; its file is now %2.</source>
        <translation>鍵 %1 を削除しました。ファイルは現在 %2 にあります。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui_main.cpp" line="-95"/>
        <source>Inkan</source>
        <translation>Inkan</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Inkan: an ID wallet and NFT manager.</source>
        <translation>Inkan: ID ウォレットと NFT の管理ツール。</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Where accounts, wallets and settings live (default: %1).</source>
        <translation>アカウント、ウォレット、設定の保存先（既定値: %1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>system, light or dark.</source>
        <translation>system、light、dark のいずれか。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>THEME</source>
        <translation>THEME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit with status 0 once the window has been painted (smoke tests, benchmarks).</source>
        <translation>ウィンドウを描画したらステータス 0 で終了します（スモークテスト、ベンチマーク用）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a demo server and sign in to its services, in a separate demo folder.</source>
        <translation>デモサーバーを起動し、そのサービスにサインインします（デモ用の別のフォルダーを使います）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --demo: the demo holder holds N NFTs (scale tests, benchmarks).</source>
        <translation>--demo と併用: デモの保有者が N 個の NFT を持ちます (規模のテスト、ベンチマーク用)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once ready, save every main page, in the light and the dark theme, as PNG files in DIR, then exit (with --demo: make screenshots).</source>
        <translation>準備ができたら、すべての主要ページをライトとダークの両テーマで DIR に PNG ファイルとして保存し、終了します (--demo と併用: make screenshots)。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ID wallet and NFT manager for the desktop</source>
        <translation>デスクトップ用の ID ウォレット・NFT 管理ツール</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>inkan is the desktop app of Inkan. Holders keep a self-custody key (keystore v3 files that open in geth, MetaMask and ethers, or BIP-39 recovery words), sign in to services by signing a one-time message, browse their NFTs, make one public or private, transfer it, and show a time-limited verification QR code at a venue.</source>
        <translation>inkan は Inkan のデスクトップアプリです。保有者はセルフカストディの鍵（geth、MetaMask、ethers で開けるキーストア v3 ファイル、または BIP-39 のリカバリーワード）を保管し、ワンタイムメッセージに署名してサービスにサインインし、NFT の閲覧、公開・非公開の切り替え、譲渡を行い、会場では有効期限付きの検証用 QR コードを提示できます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --demo it starts its own inkan-sandbox and signs in to it as the demo holder, in a demo folder inside the data folder, without touching the user&apos;s own accounts.</source>
        <translation>--demo を指定すると、専用の inkan-sandbox を起動し、データフォルダー内のデモ用フォルダーでデモ保有者としてサインインします。ユーザー自身のアカウントには影響しません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data folder, by default ~/.local/share/Inkan ($XDG_DATA_HOME/Inkan), is shared with inkan-cli. It holds the keystore files (mode 0600), the accounts and settings, and the encrypted secrets file where no keychain runs. Tokens, API key secrets and passwords go to the OS keychain (Secret Service) when one runs. Removing the package leaves this folder alone.</source>
        <translation>データフォルダー（既定値は ~/.local/share/Inkan（$XDG_DATA_HOME/Inkan））は inkan-cli と共有されます。キーストアファイル（モード 0600）、アカウントと設定、およびキーチェーンが動作していない場合の暗号化されたシークレットファイルが保存されます。トークン、API キーシークレット、パスワードは、OS のキーチェーン（Secret Service）が動作している場合はそこに保存されます。パッケージを削除しても、このフォルダーは残ります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Environment</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LANGUAGE or LANG chooses the language (English or Japanese) unless one is chosen in Settings. QT_QPA_PLATFORM=offscreen runs without a display.</source>
        <translation>設定で言語が選ばれていない場合は、LANGUAGE または LANG で言語（英語または日本語）を選びます。QT_QPA_PLATFORM=offscreen を指定すると、ディスプレイなしで実行します。</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>--demo-nfts N needs --demo and a number of NFTs.</source>
        <translation>--demo-nfts N には --demo と NFT の数が必要です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the data folder %1.</source>
        <translation>データフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wallet</source>
        <translation>ウォレット</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gallery</source>
        <translation>ギャラリー</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Scanner</source>
        <translation>スキャナー</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The screenshots took too long.</source>
        <translation>スクリーンショットの作成に時間がかかりすぎました。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The window was not painted within the time allowed.</source>
        <translation>許容時間内にウィンドウが描画されませんでした。</translation>
    </message>
</context>
</TS>
