// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// Untrusted service replies: the envelope unwrapping (Web3Connect, Pakt, plain) at any HTTP
// status, then every typed parser on whatever payload came out.
#include "net/Json.h"
#include "services/capture/CaptureClient.h"
#include "services/nonceauth/NonceAuthClient.h"
#include "services/oidc/OidcClient.h"
#include "services/pakt/PaktClient.h"
#include "services/web3connect/Web3ConnectTypes.h"
#include <cstdint>

using namespace inkan;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const auto envelope = static_cast<net::Envelope>(data[0] % 3);
    const int statuses[] = {200, 201, 202, 400, 401, 404, 409, 500, 503};
    const int status = statuses[data[1] % 9];
    const QByteArray body(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    const net::ReplyOrError outcome = net::unwrapEnvelope(envelope, status, body);
    const auto *reply = std::get_if<net::HttpReply>(&outcome);
    if (!reply) {
        (void)std::get<net::ApiError>(outcome).toError();
        return 0;
    }
    namespace w = services::web3connect;
    (void)w::parseNft(*reply);
    (void)w::parseNftList(*reply);
    (void)w::parseMyInfo(*reply);
    (void)w::parsePublicInfo(*reply);
    (void)w::parseAccountIdentity(*reply);
    (void)w::parseImportedAccount(*reply);
    (void)w::parseImportBatchStatus(*reply);
    (void)w::parsePhoneStep1(*reply);
    (void)w::parseDomainStep1(*reply);
    (void)w::parseVerificationCode(*reply);
    (void)w::parseVerifiedTokenId(*reply);
    (void)w::parseHistory(*reply);
    (void)services::capture::parseAuthToken(*reply);
    (void)services::capture::parseUser(*reply);
    (void)services::nonceauth::parseNonce(*reply);
    (void)services::nonceauth::parseTokens(*reply);
    (void)services::nonceauth::parseProfile(*reply);
    (void)services::pakt::parseSignRequest(*reply);
    (void)services::pakt::parseValidation(*reply);
    (void)services::pakt::parseOnboarded(*reply);
    (void)services::oidc::parseConfiguration(*reply);
    (void)services::oidc::parseJwks(*reply);
    (void)services::oidc::parseTokenResponse(*reply);
    return 0;
}
