// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// One sentence for a wallet error (a wrong password, a file Inkan does not accept, a damaged
// file), with core's own message after it: the dialogs say the same thing the same way.
#include "Error.h"
#include <QString>

namespace inkan::ui {

QString walletErrorSentence(const Error &error);

} // namespace inkan::ui
