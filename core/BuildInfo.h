// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// What a program was built from and what it runs with: Inkan's version, the git commit of the
// build, and the versions of the libraries that matter for trusting it (Qt, OpenSSL,
// libsecp256k1, ZXing-C++, libsodium). Printed by `--version` of inkan, inkan-cli and
// inkan-sandbox.
#include <QList>
#include <QString>

namespace inkan {

struct ComponentVersion {
    QString name;    // "Qt", "OpenSSL", …
    QString version; // "6.4.2"
    bool runtime = true; // false: the version known when Inkan was built (no run-time call exists)
    QString note;    // one short sentence when the version is not the run-time one
};

struct BuildInfo {
    QString version; // Inkan's version, from the CMake project
    QString commit;  // `git describe --always --dirty` at build time, "unknown" outside a checkout
    QList<ComponentVersion> components;
};

BuildInfo buildInfo();

/// The text of `program --version`: "program VERSION", the commit, then one line per library.
QString versionText(const QString &program);

} // namespace inkan
