// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// tr() for code outside QObject classes: one translation context, "inkan", for the whole core
// and the sandbox.
#include <QCoreApplication>
#include <QString>

namespace inkan {

inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("inkan", text, disambiguation, n);
}

} // namespace inkan
