// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "services/pakt/PaktClient.h"
#include "crypto/Address.h"
#include "net/Json.h"

namespace inkan::services::pakt {

using net::ApiError;
using net::ApiRequest;
using net::RequestJob;

namespace {

/// Reads a {token, token_type|tokenType, expiresIn} object into `out`; the error, if any.
std::optional<ApiError> readTempToken(const QJsonObject &object, TempToken &out)
{
    net::JsonReader r(object, QStringLiteral("tempToken"));
    const QString token = r.string("token");
    if (r.error())
        return r.error();
    out.tokenType = r.object().value(QLatin1String("token_type")).toString(r.object().value(QLatin1String("tokenType")).toString());
    out.expiresIn = net::clampedInteger(r.object().value(QLatin1String("expiresIn")));
    out.token = crypto::SecureBytes(token.toUtf8());
    return std::nullopt;
}

/// The reply's "tempToken" object into `out` (every Pakt step hands one out).
std::optional<ApiError> readTempTokenField(net::JsonReader &reply, TempToken &out)
{
    const QJsonObject temp = reply.objectField("tempToken");
    if (reply.error())
        return reply.error();
    return readTempToken(temp, out);
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
    if (auto e = readTempTokenField(r, s.tempToken))
        return *e;
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
        if (auto e = readTempTokenField(r, v.tempToken))
            return *e;
        return v;
    }
    v.account = r.optionalString("account");
    // A known account gets its session token as `token` (a string, or an object like tempToken).
    const QJsonValue token = r.object().value(QLatin1String("token"));
    if (token.isString() && !token.toString().isEmpty()) {
        v.sessionToken = crypto::SecureBytes(token.toString().toUtf8());
    } else if (token.isObject()) {
        TempToken t;
        if (auto e = readTempToken(token.toObject(), t))
            return *e;
        v.sessionToken = std::move(t.token);
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
    o.isVerified = r.object().value(QLatin1String("isVerified")).toBool();
    if (auto e = readTempTokenField(r, o.tempToken))
        return *e;
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
