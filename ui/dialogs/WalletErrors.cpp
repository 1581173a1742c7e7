#include "WalletErrors.h"

#include <QCoreApplication>

namespace inkan::ui {

QString walletErrorSentence(const Error &error)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("inkan::ui::WalletErrors", text); };
    QString lead;
    switch (error.kind) {
    case ErrorKind::WrongPassword:
        return tr("The password does not open this key. Check it (and Caps Lock) and try again.");
    case ErrorKind::Unsupported:
        lead = tr("This keystore asks for settings Inkan does not accept, so it was not imported.");
        break;
    case ErrorKind::Malformed:
        lead = tr("This file is not a readable keystore (it may be damaged), so it was not imported.");
        break;
    case ErrorKind::Io:
        lead = tr("The file could not be read or written.");
        break;
    case ErrorKind::Cancelled:
        return tr("Cancelled; nothing was changed.");
    default:
        return error.message.isEmpty() ? tr("Something went wrong; nothing was changed.") : error.message;
    }
    return error.message.isEmpty() ? lead : lead + QLatin1Char(' ') + error.message;
}

} // namespace inkan::ui
