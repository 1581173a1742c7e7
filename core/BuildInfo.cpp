// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "BuildInfo.h"
#include "BuildInfoConfig.h" // generated: INKAN_VERSION, INKAN_GIT_COMMIT, INKAN_SECP256K1_VERSION
#include "Tr.h"

#include <QtGlobal>
#include <ZXing/ZXVersion.h>
#include <openssl/crypto.h>
#include <sodium/core.h>
#include <sodium/version.h>

#define INKAN_STRINGIFY2(x) #x
#define INKAN_STRINGIFY(x) INKAN_STRINGIFY2(x)

namespace inkan {

BuildInfo buildInfo()
{
    BuildInfo info;
    info.version = QStringLiteral(INKAN_VERSION);
    info.commit = QStringLiteral(INKAN_GIT_COMMIT);
    if (info.commit.isEmpty())
        info.commit = QStringLiteral("unknown");
    info.components = {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), true, {}},
        {QStringLiteral("OpenSSL"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING)), true, {}},
        {QStringLiteral("libsecp256k1"), QStringLiteral(INKAN_SECP256K1_VERSION), false,
         inkan::tr("pkg-config version at build time; the library has no run-time version call")},
        {QStringLiteral("ZXing-C++"),
         QStringLiteral(INKAN_STRINGIFY(ZXING_VERSION_MAJOR) "." INKAN_STRINGIFY(ZXING_VERSION_MINOR) "." INKAN_STRINGIFY(
             ZXING_VERSION_PATCH)),
         false, inkan::tr("header version at build time; this release of the library has no run-time version call")},
        {QStringLiteral("libsodium"), QString::fromLatin1(sodium_version_string()), true, {}},
    };
    return info;
}

QString versionText(const QString &program)
{
    const BuildInfo info = buildInfo();
    QString text = program + u' ' + info.version + u'\n';
    text += inkan::tr("Built from commit %1").arg(info.commit) + u'\n';
    for (const ComponentVersion &component : info.components) {
        text += component.name + u' ' + component.version;
        if (!component.note.isEmpty())
            text += QStringLiteral(" (") + component.note + u')';
        text += u'\n';
    }
    return text;
}

} // namespace inkan
