// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// Untrusted text to sign: what a server hands out as a challenge goes through every flow's
// SigningPolicy and the EIP-4361 parser. Whatever is accepted must hold none of the characters
// that hide or reorder text, must match its flow's shape, and a parsed SIWE message must name
// the service's host and the signing key.
#include "services/SigningPolicy.h"
#include "services/Siwe.h"
#include <QDateTime>
#include <QUrl>
#include <cstdint>

using namespace inkan;
using namespace inkan::services;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QUrl service(QStringLiteral("https://login.example.com/v1"));
    static const QString key = QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    static const QDateTime now = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    (void)SiweMessage::parse(text);
    (void)escapeNonPrintable(text);
    for (const SigningPolicy &policy : {SigningPolicy::generic(), SigningPolicy::nonceAuth(), SigningPolicy::pakt(QString()),
                                        SigningPolicy::pakt(QStringLiteral("inkan")), SigningPolicy::hostBound()}) {
        const Result<SigningRequest> request = policy.evaluate(text, service, key, now);
        if (!request.ok())
            continue;
        if (!SigningPolicy::checkVisibleText(request->message).ok() || request->message != text)
            __builtin_trap();
        if (policy.flow() == SigningPolicy::Flow::NonceAuth && !text.startsWith(QLatin1String("0x")))
            __builtin_trap();
        if (policy.flow() == SigningPolicy::Flow::Pakt && request->paktAppName.isEmpty())
            __builtin_trap();
        if (request->siwe && (request->siwe->verify(service, key, now).ok() == false))
            __builtin_trap();
    }
    return 0;
}
