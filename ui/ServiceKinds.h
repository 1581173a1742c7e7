// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The service kinds as the user reads them, and a combo box offering them.
#include "session/AccountStore.h"
#include <QCoreApplication>

class QComboBox;

namespace inkan::ui {

/// "Web3Connect", "Nonce-auth", … (translated).
QString serviceKindTitle(session::ServiceKind kind);
/// Fills `combo` with every kind; the item data is the kind (int).
void addServiceKinds(QComboBox *combo);

} // namespace inkan::ui
