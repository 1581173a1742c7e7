// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// What the dialogs that import a key share: the error banner, the busy bar, the Import/Cancel
// buttons, running the save on the wallet's worker (busy until it ends, then the error on
// screen, or the secrets cleared and imported() emitted), and Cancel during a save (the key it
// stores is discarded when it ends). A subclass lays out its inputs and says when they are ready.
#include "crypto/AsyncWalletStore.h"
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QVBoxLayout;

namespace inkan::ui {

class WalletImportDialog : public QDialog {
    Q_OBJECT
public:
    void setKeystoreStrength(crypto::keystore::Strength strength) { m_strength = strength; }
    bool isBusy() const { return m_busy; }
    /// The last failure's sentence (empty when none).
    QString errorText() const;

Q_SIGNALS:
    void imported(const QString &address);

public Q_SLOTS:
    void reject() override;

protected:
    /// `busyName` and `busyText` name the save on the busy bar.
    WalletImportDialog(crypto::AsyncWalletStore &wallet, const QString &busyName, const QString &busyText,
                       QWidget *parent);

    crypto::AsyncWalletStore &wallet() const { return m_wallet; }
    crypto::keystore::Strength keystoreStrength() const { return m_strength; }
    /// Adds the error banner, the busy bar and the buttons below the subclass's inputs.
    void addFooter(QVBoxLayout *layout);
    void showError(const QString &message);
    /// Import is enabled when nothing runs and readyToImport() says so.
    void updateButtons();
    void runImport(QFuture<Result<crypto::WalletKey>> pending);

    virtual bool readyToImport() const = 0;
    /// Disabled while a save runs.
    virtual QList<QWidget *> inputs() const = 0;
    /// After a save, and on Cancel.
    virtual void clearSecrets() = 0;
    virtual void importFailed() {}

private:
    void setBusy(bool busy);

    crypto::AsyncWalletStore &m_wallet;
    crypto::keystore::Strength m_strength = crypto::keystore::Strength::Standard;
    QLabel *m_error;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QFuture<Result<crypto::WalletKey>> m_pending;
    bool m_busy = false;
    bool m_discarded = false;
};

} // namespace inkan::ui
