<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AccountStore</name>
    <message>
        <location filename="../core/session/AccountStore.cpp" line="+52"/>
        <source>Could not save the account settings to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>An account needs a name without &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already an account named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no account &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no such account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../core/net/ApiError.cpp" line="+9"/>
        <source>The service said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The service refused the request as invalid; check what you entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service did not accept your credentials; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This account is not allowed to do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service has nothing by that name or id that you may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request conflicts with what the service already has (it may have been done already).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That code or token has expired; start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request is too large for the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service is receiving too many requests; wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service had an internal error (HTTP %1); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service answered with an unexpected HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not connect to the service: nothing is listening there. Is it running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service&apos;s host name could not be found; check the address and your connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service did not answer in time; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secure connection to the service failed; its certificate could not be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secure connection to the service failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service closed the connection before answering; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network request failed; check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The service sent an answer Inkan cannot read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The service&apos;s answer is larger than the %1 MiB limit; it was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Refusing plain http:// to %1: only loopback addresses may be used without https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The signature was refused, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/ApiJob.cpp" line="+10"/>
        <source>You are not signed in to this service; sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The network layer is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/HttpTransport.cpp" line="+130"/>
        <source>no HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&quot;%1&quot; is not a usable service address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/Json.cpp" line="+54"/>
        <source>not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+18"/>
        <source>the envelope is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+18"/>
        <source>the envelope has no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>the envelope has no result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>an unknown envelope kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>missing field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <source>field &quot;%1&quot; is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>field &quot;%1&quot; is not an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>field &quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>field &quot;%1&quot; is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <source>field &quot;%1&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>field &quot;%1&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/capture/CaptureClient.cpp" line="+18"/>
        <source>empty auth_token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>empty message to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/nonceauth/NonceAuthClient.cpp" line="+20"/>
        <source>empty nonce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>empty token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>a balance is not a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decimals out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The intended use may be at most 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/oidc/OidcClient.cpp" line="+126"/>
        <source>a JWKS key has bad coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the JWKS has no secp256k1 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/pakt/PaktClient.cpp" line="+76"/>
        <source>no session token in the validation reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Onboarding needs a first name, a last name and an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/web3connect/Web3ConnectClient.cpp" line="+82"/>
        <source>Your Web3Connect session has expired; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+80"/>
        <source>the access token is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Web3Connect did not accept the API key secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The %1 is not a valid ID wallet address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a token id (0x followed by hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The redirect URL is not a valid absolute URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A batch takes 1 to 10,000 e-mail addresses; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a phone number in E.164 form (like +818012345678).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+40"/>
        <source>holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>step 2 returned no token_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/web3connect/Web3ConnectTypes.cpp" line="+70"/>
        <source>the result is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the result is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+110"/>
        <source>unknown account_type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-98"/>
        <source>the import result has no id_wallet_address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unknown batch status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the public key is not a secp256k1 JWK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+77"/>
        <source>the QR code is not a PNG data URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the QR code is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>token_id is not text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../core/jobs/Csv.cpp" line="+72"/>
        <source>The CSV has an unclosed quote starting on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CSV is empty; it needs a header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1 of the CSV has %2 fields; the header has %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <location filename="../core/net/Jwt.cpp" line="+80"/>
        <source>The token is not a valid JWT: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it must have three parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad header encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bad payload encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bad signature encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the header is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the payload is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oidc</name>
    <message>
        <location filename="../core/services/oidc/OidcClient.cpp" line="-110"/>
        <source>The ID token was rejected: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>it is not signed with ES256K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no key in the JWKS matches its kid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the signature has the wrong length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the signature does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it was issued by &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is meant for another client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its nonce is not the one this sign-in sent (a replay?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its s_hash does not match the state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it has no subject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhishingGuard</name>
    <message>
        <location filename="../core/services/PhishingGuard.cpp" line="+69"/>
        <source>Refused to sign: the message names &quot;%1&quot;, but you are signing in to &quot;%2&quot;. This is how phishing sites borrow a signature; nothing was signed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDevice</name>
    <message>
        <location filename="../core/crypto/WalletStore.cpp" line="+27"/>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The permissions of the folder %1 cannot be set to owner-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrDecoder</name>
    <message>
        <location filename="../core/qr/QrDecoder.cpp" line="+111"/>
        <source>No QR code was found in the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+167"/>
        <location line="+9"/>
        <source>The image is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The camera frame is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The camera delivers frames in a format that cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <source>The camera frame could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The camera frame is smaller than its format requires.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../core/session/SecretStore.cpp" line="+51"/>
        <source>Could not write the secret store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The key derivation for the secret store failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not read the secret store %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret store %1 is damaged; it cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The password does not unlock the stored secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Encrypting the secret store failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No stored secret named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The keychain has no such entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain refused access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+102"/>
        <source>An empty password cannot protect the stored secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No OS keychain is running, and the secrets of this account are kept there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationPayload</name>
    <message>
        <location filename="../core/qr/VerificationPayload.cpp" line="+62"/>
        <source>The QR code holds an empty verification code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The QR code holds a link, not a verification code. It was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The QR code holds a wallet address, not a verification code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The QR code holds a hexadecimal value such as a token id, not a verification code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The QR code holds text that is not a verification code: a code is 4 to 128 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+10"/>
        <source>The QR code holds malformed data, not a verification code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The QR code holds data of another kind, not an NFT verification code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The QR code is an NFT verification code of a format version this version of Inkan does not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The QR code is an NFT verification code without a code in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>The QR code holds %n bytes, far more than a verification code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The QR code holds binary data, not a verification code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The QR code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkan::cli</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="+77"/>
        <source>No password was given: use --password-file FILE or INKAN_PASSWORD, or run on a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+107"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+122"/>
        <source>The option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown option --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This command takes no arguments besides its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This command takes one argument besides its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/LoginCommand.cpp" line="+59"/>
        <source>Signed in to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+46"/>
        <location line="+20"/>
        <location line="+43"/>
        <location line="+47"/>
        <location filename="../app/cli/ProfileCommand.cpp" line="+27"/>
        <location line="+65"/>
        <source>Unexpected argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-151"/>
        <source>API key secret: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give either --email or --wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Capture password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Pakt builder token: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>OIDC needs the organization&apos;s client id: --client-id ID (or service add … --client-id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open this address in a browser to sign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Signed out of %1; its token is forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in:
  %1
      INKAN_API_KEY_SECRET=… inkan-cli login web3connect --account org
  %2
      inkan-cli login capture --email me@example.com
  %3
      inkan-cli login nonceauth --account users --yes
  %4
      inkan-cli login pakt --builder-token-file pakt.key --first-name Ada --last-name L --email ada@example.com
  %5
      inkan-cli login oidc --account oidc --client-id 6aecfd05-…
  %6
      inkan-cli logout --account org
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NftCommand.cpp" line="+55"/>
        <source>&quot;%1&quot; is not FIELD=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No NFTs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>minted in block %1 (transaction %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>transferred in block %1 (transaction %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>burned in block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Visibility is public or private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot read the metadata file &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The metadata file is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../app/cli/OrgCommand.cpp" line="+37"/>
        <source>Cannot read &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give at least one FIELD=VALUE or --file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--map wants COLUMN=TARGET, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown target &quot;%1&quot;: use holder, static.FIELD, dynamic.FIELD or ignore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>row %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Stopping: rows in flight finish first; run the same command again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 rows: %2 minted now, %3 already minted, %4 failed, %5 unknown. Results in %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 rows were not sent (cancelled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>NFTs (Web3Connect):
  %1
      inkan-cli nft list --account org --minted --per-page 50
  %2
      inkan-cli --json nft show 0x1f…
  %3
      inkan-cli nft history 0x1f…
  %4
      inkan-cli nft search name=&quot;Summer pass&quot; --per-page 20
  %5
      inkan-cli nft visibility 0x1f… public
  %6
      inkan-cli nft transfer 0x1f… 0x5d2c54024c8f9d58059da8c47ba7e5bbdab6b249
  %7
      inkan-cli nft mint 0x5d2c…b249 --metadata ticket.json
  %8
      inkan-cli nft mint-batch members.csv --map email=holder,level=dynamic.level --concurrency 8
  %9
      inkan-cli nft update-dynamic 0x1f… points_earned=120 status=gold
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OrgCommand.cpp" line="+16"/>
        <source>Entry %1 (&quot;%2&quot;) is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A batch takes 1 to 10,000 e-mail addresses; this file has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>org import takes one e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has the ID wallet %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>org import-batch takes one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Batch import needs the organization&apos;s API key secret: sign in with &apos;inkan-cli login web3connect&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Submitted batch %1; waiting for it to finish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1  failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 imported, %2 failed (batch %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The phone number is verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the phone number, or --tmp-token and --code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A code was sent. Confirm with: inkan-cli org verify-phone --tmp-token %1 --code CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The domain is verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add this TXT record to %1, then run &apos;inkan-cli org verify-domain --check&apos;:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>org button-js needs --redirect-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Organization (Web3Connect):
  %1
      inkan-cli org import ada@example.com
  %2
      inkan-cli org import-batch members.txt
  %3
      inkan-cli org verify-phone +818012345678
  %4
      inkan-cli org verify-domain --check
  %5
      inkan-cli org button-js --redirect-url &quot;https://company.example/after?userId=42&quot;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="-59"/>
        <source>You are not signed in to &quot;%1&quot;; run &apos;inkan-cli login&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a nonce-auth profile can be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2), ID wallet %3, e-mail %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Signed in to Pakt as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You are not signed in to &quot;%1&quot;; run &apos;inkan-cli login nonceauth&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2  (chain %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No token balances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Profile:
  %1
      inkan-cli profile --account users --name Ada --intended-use &quot;testing&quot;
  %2
      inkan-cli --json balances --account users
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QrCommand.cpp" line="+44"/>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Say where the image goes with --out FILE.png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--scale takes a whole number of pixels per module from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--ecc takes L, M, Q or H.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The text is too long for a QR code (%1 bytes as UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The QR code image could not be made into a PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote %1 (%2×%3 pixels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--repeat takes a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read the image %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image could not be turned into a camera frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 ns per decode (mean of %2, %3 path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NV12 frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>QImage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No QR code was found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>QR codes (exit 4 when an image holds no readable code):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes TEXT as a QR code PNG, SCALE pixels per module (default 8), 4 modules of quiet zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prints the text of the QR code in FILE, or writes it byte-exact to TEXT_FILE. --as-nv12 reads it through the camera-frame path, --live with one fast pass as for video, --repeat N prints the mean time per decode on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No qr command given; &apos;inkan-cli qr help&apos; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown qr command &apos;%1&apos;; &apos;inkan-cli qr help&apos; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ServiceCommand.cpp" line="+34"/>
        <source>service add takes KIND and URL, and --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KIND is one of web3connect, capture, nonceauth, pakt, oidc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added %1 (%2 at %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>service list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No services yet; add one with &apos;inkan-cli service add&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>service remove takes the account&apos;s NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Removed %1 and forgot its secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Services:
  %1
      inkan-cli service add web3connect https://api.web3connect.jp/rest/v1 --name org
  %2
      inkan-cli --json service list
  %3
      inkan-cli service remove org
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="+27"/>
        <source>Give your position as --lat and --lon in degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verification code %1 (valid 5 minutes). Show the QR code to the scanner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not an image Inkan can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>VERIFIED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not verified yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>NFT verification by QR code:
  %1
      inkan-cli verify start 0x1f… --lat 35.6812 --lon 139.7671 --out code.png
  %2
      inkan-cli verify scan code.png --lat 35.6813 --lon 139.7670
  %3
      inkan-cli verify result K3J9X2 --wait 60
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WalletCommand.cpp" line="+60"/>
        <source>The message file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--words takes 12 or 24, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for the new account: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The keystore file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password of the keystore file: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--index takes a whole number from 0 to 2147483647.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mnemonic words: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+28"/>
        <source>Password for the imported account: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Private key (0x and 64 hex digits): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The private key must be 64 hex digits, optionally after 0x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+40"/>
        <source>Password of the account: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+33"/>
        <source>Give exactly one of --message, --message-file or --hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>--signature is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Current password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Wallet (accounts in DATA/keystore, geth/MetaMask-compatible keystore v3 files):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes a new mnemonic and its first account; prints the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prints every account&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imports a keystore v3 file; asks for its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imports account N (m/44&apos;/60&apos;/0&apos;/0/N) of the mnemonic read from stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imports the 0x-hex private key read from stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prints (or writes to FILE) the account&apos;s keystore; re-encrypted under the new password if one is given, with light scrypt if --light.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signs the message with EIP-191 personal_sign; prints the 0x signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prints the address that made a personal_sign signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prints the address in EIP-55 mixed case; refuses a wrong checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-encrypts the account under a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moves the account&apos;s file to DATA/keystore/removed (--destroy deletes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No wallet command given; &apos;inkan-cli wallet help&apos; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown wallet command &apos;%1&apos;; &apos;inkan-cli wallet help&apos; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ServiceSupport.cpp" line="+46"/>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 takes %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkan::cli::Context</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="-183"/>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The password file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Repeat the password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No new password was given: use --new-password-file FILE, or run on a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat the new password: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkan::cli::ServiceSession</name>
    <message>
        <location filename="../app/cli/ServiceSupport.cpp" line="-17"/>
        <source>Warning: the refreshed access token could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>There is no account named &quot;%1&quot;; &apos;inkan-cli service list&apos; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account &quot;%1&quot; is a %2 account, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No account is set up for this; add one with &apos;inkan-cli service add&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several accounts fit; choose one with --account NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wallet password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Wrong number of arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The account &quot;%1&quot; is not a Web3Connect account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You are not signed in to &quot;%1&quot;; run &apos;inkan-cli login&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The wallet has no key; create one with &apos;inkan-cli wallet create&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wallet has several keys; choose one with --key ADDRESS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The service asks you to sign this text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not signing: pass --yes to approve when not on a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign it? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkan::crypto</name>
    <message>
        <location filename="../core/crypto/Secp256k1.cpp" line="+185"/>
        <source>The signature or the digest has the wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The signature&apos;s r or s value is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No public key can be recovered from this signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/WalletStore.cpp" line="+7"/>
        <source>There is no account %1 in this wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>The file %1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1 cannot be saved: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkan::crypto::Address</name>
    <message>
        <location filename="../core/crypto/Address.cpp" line="+15"/>
        <source>The address is empty; an address has 40 hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address contains &apos;%1&apos; at position %2, which is not a hex digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address has %1 hex digits; an address has 40.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The checksum of this mixed-case address is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkan::crypto::PrivateKey</name>
    <message>
        <location filename="../core/crypto/Secp256k1.cpp" line="-77"/>
        <source>The private key has %1 bytes; a private key has 32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The private key is zero or not below the secp256k1 curve order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkan::crypto::Signature</name>
    <message>
        <location line="-50"/>
        <source>The signature has %1 bytes; a signature has 65.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The signature&apos;s recovery byte v is %1; it must be 27 or 28 (or 0 or 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The signature&apos;s r or s value is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signature has a high s value, which Ethereum does not accept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkan::crypto::WalletStore</name>
    <message>
        <location filename="../core/crypto/WalletStore.cpp" line="+15"/>
        <source>The file %1 is too large to be a keystore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+32"/>
        <location line="+29"/>
        <source>The account %1 is already in this wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-45"/>
        <source>A new mnemonic has 12 or 24 words, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The keystore file %1 holds a different account than its address field says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file %1 cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file %1 cannot be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkan::crypto::bip32</name>
    <message>
        <location filename="../core/crypto/Bip32.cpp" line="+101"/>
        <source>This seed gives an invalid BIP-32 master key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The BIP-32 child key at index %1 is invalid; use the next index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The seed has %1 bytes; BIP-32 takes 16 to 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>RIPEMD-160 is not available from OpenSSL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The derivation path &apos;%1&apos; does not start with &apos;m&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Step %1 of the derivation path &apos;%2&apos; is not an index below 2^31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The account index %1 is too large; it must be below 2^31.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkan::crypto::bip39</name>
    <message>
        <location filename="../core/crypto/Bip39.cpp" line="+110"/>
        <source>The entropy has %1 bytes; BIP-39 takes 16, 20, 24, 28 or 32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The mnemonic has %1 words; it must have 12, 15, 18, 21 or 24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Word %1 of the mnemonic is not in the BIP-39 English word list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown word &apos;%1&apos; at position %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The mnemonic&apos;s checksum does not match; a word is wrong or out of order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkan::crypto::keystore</name>
    <message>
        <location filename="../core/crypto/Keystore.cpp" line="+30"/>
        <source>The keystore&apos;s field &apos;%1&apos; is missing or has the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The keystore&apos;s field &apos;%1&apos; is missing or is not hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The cryptography library libsodium could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The scrypt key derivation failed for n=%1, r=%2, p=%3 (not enough memory?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The PBKDF2 key derivation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The keystore has version %1; only version 3 is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The keystore uses the cipher &apos;%1&apos;; only aes-128-ctr is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The keystore&apos;s iv has %1 bytes; aes-128-ctr needs 16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keystore&apos;s ciphertext has %1 bytes; an encrypted private key has 32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keystore&apos;s mac has %1 bytes; a keccak-256 MAC has 32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The keystore&apos;s dklen is %1; it must be between 32 and 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keystore&apos;s salt has %1 bytes, far more than any wallet writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The keystore&apos;s scrypt n is %1; it must be a power of two above 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keystore asks scrypt for n=%1, r=%2 (%3 MiB of memory); at most %4 MiB is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keystore asks scrypt for n=%1, r=%2, p=%3, more work than the allowed n*r*p=%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The keystore uses the PBKDF2 function &apos;%1&apos;; only hmac-sha256 is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keystore asks for %1 PBKDF2 rounds; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keystore uses the key derivation &apos;%1&apos;; only scrypt and pbkdf2 are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The keystore&apos;s address field is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The keystore file has %1 bytes, too large to be a keystore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keystore is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keystore is JSON but not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The password is wrong for this keystore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The AES-128-CTR decryption failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keystore decrypts to a value that is not a valid secp256k1 private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keystore&apos;s address field does not match the key it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The AES-128-CTR encryption failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkan::crypto::personal</name>
    <message>
        <location filename="../core/crypto/PersonalSign.cpp" line="+30"/>
        <source>The hex text contains &apos;%1&apos; at position %2, which is not a hex digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The hex text has an odd number of digits (%1); bytes take two each.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkan::jobs::BatchImportJob</name>
    <message numerus="yes">
        <location filename="../core/jobs/BatchMint.cpp" line="+501"/>
        <source>The batch import %1 had not finished after %n check(s); it may still be running, check it again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkan::jobs::BatchMintJob</name>
    <message>
        <location line="-454"/>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a JSON list like [&quot;a&quot;,&quot;b&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a JSON object like {&quot;k&quot;:&quot;v&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The static field &quot;%1&quot; is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The static field &quot;%1&quot; must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expired_at must be an ISO date like 2030-12-31T12:34:56.000Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dynamic field &quot;%1&quot; must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dynamic field &quot;%1&quot; must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The column %1 is reserved for Inkan&apos;s own marker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CSV needs exactly one holder column (named &quot;holder&quot;, or mapped with --map COLUMN=holder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The holder is neither an ID wallet address nor an e-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The CSV has a header but no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n problem(s) in the CSV; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the journal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not an Inkan batch journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CSV changed since its journal was started; restore it, or move %1 away to start a new batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>Cannot write the journal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Could not check which rows an interrupted run already minted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Cannot write the journal %1; stopped before sending row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No answer for this row (%1); run the batch again to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+17"/>
        <source>Cannot write the result file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkan::qr::CameraFrameSource</name>
    <message>
        <location filename="../core/qr/FrameSource.cpp" line="+139"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Camera: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No camera is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The camera &quot;%1&quot; is not connected any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The camera stopped working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The camera stopped working: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The camera &quot;%1&quot; was disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkan::qr::ClipboardFrameSource</name>
    <message>
        <location line="+181"/>
        <source>Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The clipboard can only be read by the graphical application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The clipboard holds no image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkan::qr::ImageFileFrameSource</name>
    <message>
        <location line="-154"/>
        <source>Image file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read the image &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkan::qr::ScreenFrameSource</name>
    <message>
        <location line="+88"/>
        <source>Screen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The screen can only be read by the graphical application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No screen is available to read from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The screen could not be read; this system does not allow screen capture.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkan::qr::SyntheticFrameSource</name>
    <message>
        <location line="+42"/>
        <source>Test frames</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkan::qr::VideoFileFrameSource</name>
    <message>
        <location line="-120"/>
        <source>Video file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not play the video &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file &quot;%1&quot; is not a video that can be played.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkan::sandbox</name>
    <message>
        <location filename="../sandbox/Capture.cpp" line="+58"/>
        <source>Unable to log in with provided credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+24"/>
        <source>address must be a 0x-prefixed Ethereum address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Sign in to Capture at %1
Address: %2
Nonce: %3
Issued at: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Ask for a message to sign first (GET login-web3/?address=…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The message to sign has expired; ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signature does not match the address and message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Authentication credentials were not provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sandbox/DemoSeeder.cpp" line="+64"/>
        <source>Night Concert at the Museum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One seat at the summer night concert in the great hall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impressionism Exhibition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry to the special exhibition, any day of its run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Winter Gala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An evening at the museum&apos;s winter gala.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Friends of the Museum — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership credential of the Friends of the Museum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loyalty points, spent at the museum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+125"/>
        <source>The demo data has not been seeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sandbox/Nfts.cpp" line="+86"/>
        <source>metadata.static is required and must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>metadata.static.%1 is required and must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>metadata.static.%1 is required and must be an integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>metadata.static.expired_at must be an ISO date string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>metadata.static.%1 is not a static field; put it in metadata.dynamic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../sandbox/Verification.cpp" line="+85"/>
        <source>A token id is 0x followed by 64 hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../sandbox/Verification.cpp" line="+3"/>
        <source>There is no NFT %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>perPageItemNum must be an integer from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pageNum must be an integer from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>order must be asc or desc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is not a search field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The search value of %1 must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Only the minter of this NFT can change its dynamic metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../sandbox/Web3ConnectAccounts.cpp" line="+72"/>
        <source>%1 is not a valid ID wallet address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../sandbox/Web3ConnectAccounts.cpp" line="+3"/>
        <source>No account has the ID wallet %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sandbox/NonceAuth.cpp" line="+36"/>
        <source>address must be a valid 0x-prefixed EVM address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send the token from /users/authenticate in x-auth-token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token has expired; authenticate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token names an unknown user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The path must name a valid 0x-prefixed EVM address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the authenticated user may read or change this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>There is no nonce for this address; ask POST /users/nonce first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The nonce has expired; ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signature is not the address&apos;s signature of the nonce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>name must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>intendedUse must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>intendedUse is limited to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sandbox/Oidc.cpp" line="+81"/>
        <source>client_id is not a Web3Connect organization account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>redirect_uri is not registered; the sandbox registers http URIs on 127.0.0.1 and localhost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>response_type must be &quot;code id_token&quot; (hybrid) or &quot;id_token&quot; (implicit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>response_mode must be fragment or form_post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scope must include openid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nonce is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PKCE is required: send code_challenge with code_challenge_method=S256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>code_challenge must be base64url of a SHA-256 hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+86"/>
        <location line="+22"/>
        <source>This sign-in request is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The e-mail or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>grant_type must be authorization_code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>code, redirect_uri, code_verifier and client_id are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The authorization code is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The authorization code was already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The authorization code has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The authorization code was issued to another client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>redirect_uri differs from the one in the authorization request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>code_verifier does not match the code_challenge (PKCE S256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account of this code no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Send the access token as Authorization: Bearer &lt;token&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The access token has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The access token is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The access token names an account that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sandbox/Pakt.cpp" line="+35"/>
        <source>Send the builder secret token as Authorization: Bearer &lt;token&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The builder secret token is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>tempToken is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The temporary token has expired; start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The temporary token is not valid here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The temporary token was already used; start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>account must be a 0x-prefixed EVM address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The signature does not match the account and message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Login successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Account created successfully, Please complete onboarding to verify your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>email is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>account on-boarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sandbox/TestHooks.cpp" line="+30"/>
        <source>This e-mail already has an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>address and nonce are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sandbox/Verification.cpp" line="-32"/>
        <source>gps.latitude and gps.longitude are required, as decimal degrees in strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Only the holder of this NFT can show it for verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The QR code could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The query parameter c (the code from the QR code) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+50"/>
        <source>This verification code is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-48"/>
        <source>This verification code has expired; ask the holder for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This verification code was already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused: the NFT changed hands after the code was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refused: the scanner is %1 km from the holder; the limit is %2 km.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refused: the scanner is %1 m from the venue; this NFT is valid within %2 m of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The query parameter c (the code from step 1) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This verification code has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sandbox/Web3ConnectAccounts.cpp" line="+12"/>
        <location line="+169"/>
        <location line="+34"/>
        <source>Only an organization account can do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-196"/>
        <source>redirect_url must be an absolute http(s) URL without a fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This link does not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The association link is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This association link was already used; start again from the button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This association link has expired; start again from the button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Enter a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This e-mail belongs to an organization account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 belongs to an organization account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The field emails is required and must be an array of e-mail addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A batch holds at most %1 e-mail addresses; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>There is no batch %1 of this organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Your Web3Connect verification code is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>phone_number must be in E.164 form, such as +819012345678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The tmp_token is unknown, used up or expired; start again with step 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The code is wrong, and that was the last try; start again with step 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The code is wrong; %n tries left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+11"/>
        <source>This organization has no domain to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No TXT record %1 was found for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkan::sandbox::Artwork</name>
    <message>
        <location filename="../sandbox/Artwork.cpp" line="+144"/>
        <source>There is no asset %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkan::sandbox::Database</name>
    <message>
        <location filename="../sandbox/Database.cpp" line="+197"/>
        <source>Cannot open the sandbox database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot prepare the sandbox database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The database has schema version %1, newer than this sandbox understands (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkan::sandbox::Http</name>
    <message>
        <location filename="../sandbox/Http.cpp" line="+154"/>
        <source>The field %1 is required and must be a non-empty string.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkan::sandbox::Router</name>
    <message>
        <location filename="../sandbox/Router.cpp" line="+87"/>
        <source>The request body is larger than 1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This path does not accept the %1 method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no such endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The request body is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request body must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The sandbox failed to handle this request; see its log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkan::sandbox::Sandbox</name>
    <message>
        <location filename="../sandbox/Sandbox.cpp" line="+45"/>
        <source>Cannot create the data directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot listen on %1 port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot seed the demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkan::sandbox::accounts</name>
    <message>
        <location filename="../sandbox/Accounts.cpp" line="+288"/>
        <source>Sign in first: send Authorization: Bearer &lt;access token&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The access token has expired; refresh it with the API key secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The access token is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The access token names an account that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only an organization account can do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The field api_key_secret is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key secret is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkan::sandbox::html</name>
    <message>
        <location filename="../sandbox/HtmlPages.cpp" line="+25"/>
        <source>en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Connect your ID wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 asks to know the address of your Web3Connect ID wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkan sandbox: an ID wallet is created for a new e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in with Web3Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 wants to know your ID wallet address and e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkan sandbox: use an end-user from demo.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing you in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkan::sandbox::nfts</name>
    <message>
        <location filename="../sandbox/Nfts.cpp" line="+138"/>
        <source>%1%2 must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1%2 must be an integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1%2 must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1%2 must be an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1%2 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1valid_latitude must be a latitude in degrees, such as &quot;35.6812&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1valid_longitude must be a longitude in degrees, such as &quot;139.7671&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1valid_radius must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1unit_of_length must be m or km.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only an organization account can mint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify the organization&apos;s domain before minting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+64"/>
        <source>%1 is not a valid ID wallet address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+63"/>
        <source>No end-user has the ID wallet %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-61"/>
        <source>NFTs are minted to end-users; %1 is an organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>metadata is required and must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>metadata.dynamic must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+37"/>
        <source>A token id is 0x followed by 64 hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+37"/>
        <source>There is no NFT %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Only the holder or the minter of this NFT can transfer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NFTs are held by end-users; %1 is an organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already holds this NFT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The NFT changed hands meanwhile; fetch it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only the holder or the minter of this NFT can change its visibility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The field to must be &quot;public&quot; or &quot;private&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkan::services::SignInFlow</name>
    <message>
        <location filename="../core/services/SignInFlow.cpp" line="+59"/>
        <source>No one approved the signature, so nothing was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for your approval to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You refused to sign, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkan::services::capture::CaptureSignIn</name>
    <message>
        <location filename="../core/services/capture/CaptureSignIn.cpp" line="+29"/>
        <source>Signing in with e-mail and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Capture did not accept this e-mail and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fetching the message to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading your Capture profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkan::services::nonceauth::NonceAuthSignIn</name>
    <message>
        <location filename="../core/services/nonceauth/NonceAuthSignIn.cpp" line="+38"/>
        <source>Requesting a nonce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authenticating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading your API key, balances and profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkan::services::oidc::OidcDesktopFlow</name>
    <message>
        <location filename="../core/services/oidc/OidcDesktopFlow.cpp" line="+48"/>
        <source>Nobody finished signing in within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>OIDC needs a client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the provider&apos;s configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not listen on 127.0.0.1 for the sign-in callback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Waiting for you to sign in in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No browser could be opened; hand the sign-in address to one yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The request is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <location line="+21"/>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign-in not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This answer does not belong to the sign-in Inkan started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You can close this window and return to Inkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The provider refused the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the callback has no authorization code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanging the authorization code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The token endpoint named another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The userinfo endpoint named another user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkan::services::pakt::PaktSignIn</name>
    <message>
        <location filename="../core/services/pakt/PaktSignIn.cpp" line="+15"/>
        <source>Requesting a message to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validating the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This is a new Pakt account: give a first name, last name and e-mail to onboard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onboarding the new account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkan::services::web3connect::Web3ConnectSignIn</name>
    <message>
        <location filename="../core/services/web3connect/Web3ConnectSignIn.cpp" line="+13"/>
        <source>The API key secret is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the API key secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Web3Connect did not accept this API key secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Obtaining an access token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkan::session::SessionManager</name>
    <message>
        <location filename="../core/session/SessionManager.cpp" line="+46"/>
        <source>The secrets of &quot;%1&quot; are in the %2 store, which is not the one open now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
