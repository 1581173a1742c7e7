#include "services/pakt/PaktClient.h"
#include "crypto/Address.h"
#include "net/Json.h"

namespace inkan::services::pakt {

using net::ApiError;
using net::ApiRequest;
using net::RequestJob;

namespace {

std::optional<TempToken> readTempToken(const QJsonObject &object, std::optional<ApiError> &error)
{
    net::JsonReader r(object, QStringLiteral("tempToken"));
    TempToken t;
    const QString token = r.string("token");
    t.tokenType = r.object().value(QLatin1String("token_type")).toString(
        r.object().value(QLatin1String("tokenType")).toString());
    t.expiresIn = qint64(r.object().value(QLatin1String("expiresIn")).toDouble());
    if (r.error()) {
        error = r.error();
        return std::nullopt;
    }
    t.token = crypto::SecureBytes(token.toUtf8());
    return t;
}

QString text(const crypto::SecureBytes &bytes)
{
    return QString::fromUtf8(bytes.constChar(), bytes.size());
}

} // namespace

net::ApiResult<SignRequest> parseSignRequest(const net::HttpReply &reply)
{
    net::JsonReader r(reply.payload, QStringLiteral("request"));
    SignRequest s;
    s.message = r.string("message");
    const QJsonObject temp = r.objectField("tempToken");
    if (r.error())
        return *r.error();
    std::optional<ApiError> error;
    auto token = readTempToken(temp, error);
    if (!token)
        return *error;
    s.tempToken = std::move(*token);
    return s;
}

net::ApiResult<Validation> parseValidation(const net::HttpReply &reply)
{
    net::JsonReader r(reply.payload, QStringLiteral("validate"));
    Validation v;
    if (!r.isObject())
        return *r.error();
    if (reply.status == 202) {
        v.needsOnboarding = true;
        v.account = r.string("account");
        const QJsonObject temp = r.objectField("tempToken");
        if (r.error())
            return *r.error();
        std::optional<ApiError> error;
        auto token = readTempToken(temp, error);
        if (!token)
            return *error;
        v.tempToken = std::move(*token);
        return v;
    }
    v.account = r.optionalString("account");
    // A known account gets its session token as `token` (a string, or an object like tempToken).
    const QJsonValue token = r.object().value(QLatin1String("token"));
    if (token.isString() && !token.toString().isEmpty()) {
        v.sessionToken = crypto::SecureBytes(token.toString().toUtf8());
    } else if (token.isObject()) {
        std::optional<ApiError> error;
        auto t = readTempToken(token.toObject(), error);
        if (!t)
            return *error;
        v.sessionToken = std::move(t->token);
    } else {
        return ApiError::badReply(ApiError::tr("no session token in the validation reply"));
    }
    if (r.error())
        return *r.error();
    return v;
}

net::ApiResult<Onboarded> parseOnboarded(const net::HttpReply &reply)
{
    net::JsonReader r(reply.payload, QStringLiteral("onboard"));
    Onboarded o;
    const QJsonObject temp = r.objectField("tempToken");
    o.isVerified = r.object().value(QLatin1String("isVerified")).toBool();
    if (r.error())
        return *r.error();
    std::optional<ApiError> error;
    auto token = readTempToken(temp, error);
    if (!token)
        return *error;
    o.tempToken = std::move(*token);
    return o;
}

PaktClient::PaktClient(net::HttpTransport *transport, const QUrl &baseUrl, crypto::SecureBytes builderToken,
                       QObject *parent)
    : QObject(parent)
{
    m_context = {transport, {baseUrl, net::AuthScheme::Bearer, net::Envelope::Pakt},
                 std::make_shared<net::StaticCredential>(std::move(builderToken))};
}

RequestSignInJob *PaktClient::request(const QString &account)
{
    ApiRequest r;
    r.verb = "POST";
    r.path = QStringLiteral("/request");
    r.json = QJsonObject{{QStringLiteral("account"), account}};
    auto *job = new RequestSignInJob(m_context, r, parseSignRequest);
    if (auto parsed = crypto::Address::parse(account); !parsed)
        job->rejectBeforeSending(ApiError::fromError(parsed.error()));
    return job;
}

ValidateSignatureJob *PaktClient::validate(const QString &signedMessage, const crypto::SecureBytes &tempToken)
{
    ApiRequest r;
    r.verb = "POST";
    r.path = QStringLiteral("/validate");
    r.json = QJsonObject{{QStringLiteral("signedMessage"), signedMessage}, {QStringLiteral("tempToken"), text(tempToken)}};
    return new ValidateSignatureJob(m_context, r, parseValidation);
}

OnboardJob *PaktClient::onboard(const crypto::SecureBytes &tempToken, const QString &firstName,
                                           const QString &lastName, const QString &email)
{
    ApiRequest r;
    r.verb = "POST";
    r.path = QStringLiteral("/onboard");
    r.json = QJsonObject{{QStringLiteral("tempToken"), text(tempToken)}, {QStringLiteral("firstName"), firstName},
                         {QStringLiteral("lastName"), lastName}, {QStringLiteral("email"), email}};
    auto *job = new OnboardJob(m_context, r, parseOnboarded);
    if (firstName.trimmed().isEmpty() || lastName.trimmed().isEmpty() || !email.contains(QLatin1Char('@')))
        job->rejectBeforeSending(ApiError::fromError(makeError(ErrorKind::InvalidInput,
            ApiError::tr("Onboarding needs a first name, a last name and an e-mail address."))));
    return job;
}

} // namespace inkan::services::pakt
