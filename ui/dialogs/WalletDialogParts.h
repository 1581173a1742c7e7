// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The parts the wallet dialogs share: an error banner, a busy bar, the Import/Cancel buttons, and
// what Cancel does to a save already under way (its key is moved aside again when it ends).
#include "crypto/AsyncWalletStore.h"
#include <QString>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QWidget;

namespace inkan::ui {

class PasswordField;

/// A hidden, word-wrapped red banner named "importError" for one sentence.
QLabel *makeErrorBanner(QWidget *parent);
/// A hidden indeterminate bar named "importProgress" with `text` on it.
QProgressBar *makeBusyBar(QWidget *parent, const QString &accessibleName, const QString &text);
/// A password being chosen ("newPasswordField", with a strength meter) and its confirmation
/// ("confirmPasswordField").
PasswordField *makeNewPasswordField(QWidget *parent);
PasswordField *makeConfirmPasswordField(QWidget *parent);
/// OK (named "importButton", labelled `okText`) and Cancel ("cancelButton").
QDialogButtonBox *makeImportButtons(QWidget *parent, const QString &okText);
/// Discards a save the user cancelled: a cancelled future would drop its result while the job
/// still stores the key, so the future is left to finish and the key it stored is removed
/// (moved aside) then.
void discardWhenDone(QFuture<Result<crypto::WalletKey>> pending, crypto::AsyncWalletStore &wallet);

} // namespace inkan::ui
