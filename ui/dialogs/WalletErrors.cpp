// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "WalletErrors.h"

#include <QCoreApplication>

namespace inkan::ui {

// The translation context of these sentences (lupdate reads WalletErrors::tr).
struct WalletErrors {
    Q_DECLARE_TR_FUNCTIONS(inkan::ui::WalletErrors)
};

QString walletErrorSentence(const Error &error)
{
    QString lead;
    switch (error.kind) {
    case ErrorKind::WrongPassword:
        return WalletErrors::tr("The password does not open this key. Check it (and Caps Lock) and try again.");
    case ErrorKind::Unsupported:
        lead = WalletErrors::tr("This keystore asks for settings Inkan does not accept, so it was not imported.");
        break;
    case ErrorKind::Malformed:
        lead = WalletErrors::tr("This file is not a readable keystore (it may be damaged), so it was not imported.");
        break;
    case ErrorKind::Io:
        lead = WalletErrors::tr("The file could not be read or written.");
        break;
    case ErrorKind::Cancelled:
        return WalletErrors::tr("Cancelled; nothing was changed.");
    default:
        return error.message.isEmpty() ? WalletErrors::tr("Something went wrong; nothing was changed.") : error.message;
    }
    return error.message.isEmpty() ? lead : lead + QLatin1Char(' ') + error.message;
}

} // namespace inkan::ui
