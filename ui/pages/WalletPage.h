// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The holder's wallet: the keys in the local keystore folder (WalletKeysModel over the hub's
// AsyncWalletStore), each with its identicon, EIP-55 address, copy and QR buttons. With no key
// it says so and offers "Create a wallet…" and "Import…". Create, import (keystore file,
// recovery words) and remove open non-modal dialogs (open(), never exec()); every KDF runs on
// the wallet's worker thread. Removing moves the file aside (keystore/removed), as core does.
#include "crypto/Keystore.h"
#include <QPointer>
#include <QWidget>

class QDialog;
class QStackedWidget;
class QVBoxLayout;
class QLabel;

namespace inkan::session { class ServiceHub; }
namespace inkan::models { class WalletKeysModel; }

namespace inkan::ui {

class EmptyState;

class WalletPage : public QWidget {
    Q_OBJECT
public:
    explicit WalletPage(inkan::session::ServiceHub &hub, QWidget *parent = nullptr);
    models::WalletKeysModel *model() const { return m_model; }
    /// The cost of the keystores the page's dialogs write (Standard; tests use Light).
    void setKeystoreStrength(crypto::keystore::Strength strength) { m_strength = strength; }
    /// The dialog the page has open (wizard, import, confirmation), if any.
    QDialog *currentDialog() const { return m_dialog; }

public Q_SLOTS:
    void createWallet();
    void importKeystore();
    void importMnemonic();
    void importPrivateKey();
    void changePassword(const QString &address);
    void exportKeystore(const QString &address);
    /// Asks, then moves the key's file aside.
    void removeKey(const QString &address);

Q_SIGNALS:
    /// A key was added or removed (the model reloads itself).
    void keysChanged();
    /// A dialog opened by the page (for the shell's focus handling and for tests).
    void dialogOpened(QDialog *dialog);

private:
    void rebuildRows();
    /// One sentence: the accounts that sign in with the key at address.
    QString usageOf(const crypto::Address &address) const;
    void openDialog(QDialog *dialog);
    void setStatus(const QString &text);

    session::ServiceHub &m_hub;
    models::WalletKeysModel *m_model;
    crypto::keystore::Strength m_strength = crypto::keystore::Strength::Standard;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QWidget *m_rows;
    QVBoxLayout *m_rowsLayout;
    QLabel *m_status;
    QPointer<QDialog> m_dialog;
};

} // namespace inkan::ui
