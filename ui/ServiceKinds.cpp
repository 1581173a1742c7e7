// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "ServiceKinds.h"

#include <QComboBox>

namespace inkan::ui {

using session::ServiceKind;

QString serviceKindTitle(ServiceKind kind)
{
    switch (kind) {
    case ServiceKind::Web3Connect: return QCoreApplication::translate("inkan::ui::ServiceKinds", "Web3Connect");
    case ServiceKind::Oidc: return QCoreApplication::translate("inkan::ui::ServiceKinds", "Web3Connect (OIDC in the browser)");
    case ServiceKind::NonceAuth: return QCoreApplication::translate("inkan::ui::ServiceKinds", "Nonce-auth");
    case ServiceKind::Capture: return QCoreApplication::translate("inkan::ui::ServiceKinds", "Capture");
    case ServiceKind::Pakt: return QCoreApplication::translate("inkan::ui::ServiceKinds", "Pakt");
    }
    return {};
}

void addServiceKinds(QComboBox *combo)
{
    for (ServiceKind kind : {ServiceKind::Web3Connect, ServiceKind::Oidc, ServiceKind::NonceAuth, ServiceKind::Capture, ServiceKind::Pakt})
        combo->addItem(serviceKindTitle(kind), int(kind));
}

} // namespace inkan::ui
