// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Who the holder is on the account chosen in the switcher, and what they hold there:
//  - Web3Connect (and OIDC): the account (my_info);
//  - Capture: the user and the wallet balances;
//  - nonce-auth: the profile (name and intended use, editable, at most 255 characters each with
//    a live counter) and the token balances, scaled by their decimals, with their value at the
//    service's price;
//  - Pakt: who is signed in.
// Everything comes through the hub; nothing waits. Without an account, or signed out, the page
// offers to sign in. In privacy mode, personal data, addresses and balances are masked. After
// the wallet was locked (the hub forgot the clients) the page loads again once it is unlocked.
//
//     auto *profile = new ProfilePage(hub);
//     profile->setAccount(accountId);                        // empty: the signed-out state
//     connect(profile, &ProfilePage::signInRequested, …);    // the empty state's action
#include "session/ServiceHub.h"
#include <QPointer>
#include <QWidget>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace inkan::models { class BalancesModel; }
namespace inkan::services::nonceauth {
class NonceAuthClient;
struct Profile;
}

namespace inkan::ui {

class AddressLabel;
class EmptyState;
class MaskedLabel;

class ProfilePage : public QWidget {
    Q_OBJECT
public:
    explicit ProfilePage(session::ServiceHub &hub, QWidget *parent = nullptr);
    ~ProfilePage() override;

    QString accountId() const { return m_accountId; }
    /// The nonce-auth token balances and the Capture balances shown.
    models::BalancesModel *tokenBalances() const { return m_tokens; }
    models::BalancesModel *captureBalances() const { return m_captureBalances; }
    /// True while the page is loading or saving.
    bool isBusy() const { return m_pending > 0 || m_saving; }

public Q_SLOTS:
    /// Shows this account; an empty id (or a signed-out account) shows the sign-in state.
    void setAccount(const QString &accountId);
    /// Loads the account again.
    void reload();

Q_SIGNALS:
    /// The signed-out state's "Sign in…" was chosen.
    void signInRequested();

private:
    void showSignedOut(const QString &sentence);
    void showLoadError(const Error &error);
    void startLoading(int parts);
    void partDone();
    void loadWeb3Connect(quint64 generation);
    void loadCapture(quint64 generation);
    void loadNonceAuth(quint64 generation, const QString &address);
    void showProfile(const services::nonceauth::Profile &profile);
    void updateCounters();
    void updateSaveButton();
    void save();
    void fillTokenTable();
    void fillCaptureTable();
    void applyPrivacy();
    void setSaveMessage(const QString &sentence, bool error);

    session::ServiceHub &m_hub;
    QString m_accountId;
    QString m_accountName;
    quint64 m_generation = 0; // guards answers for an account no longer shown
    int m_pending = 0;
    bool m_saving = false;
    bool m_stale = false; // the wallet was locked: load again once it is unlocked
    QPointer<services::nonceauth::NonceAuthClient> m_nonceClient;
    QString m_nonceAddress;
    QString m_savedName;
    QString m_savedUse;

    models::BalancesModel *m_tokens;
    models::BalancesModel *m_captureBalances;

    QStackedWidget *m_stack;
    EmptyState *m_signedOut;
    EmptyState *m_error;
    QWidget *m_content;
    QLabel *m_title;
    QLabel *m_status;
    QPushButton *m_refresh;

    QGroupBox *m_web3Group;
    MaskedLabel *m_web3AccountId;
    QLabel *m_web3AccountType;
    AddressLabel *m_web3Wallet;
    MaskedLabel *m_web3Email;
    MaskedLabel *m_web3Domain;
    QLabel *m_web3Verified;

    QGroupBox *m_captureGroup;
    MaskedLabel *m_captureUser;
    MaskedLabel *m_captureEmail;
    AddressLabel *m_captureAddress;
    QTableWidget *m_captureTable;
    QLabel *m_captureMessage;

    QGroupBox *m_nonceGroup;
    AddressLabel *m_nonceAddressLabel;
    MaskedLabel *m_nonceEmail;
    QLineEdit *m_name;
    QLabel *m_nameCounter;
    QLineEdit *m_use;
    QLabel *m_useCounter;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLabel *m_saveMessage;
    QGroupBox *m_tokensGroup;
    QTableWidget *m_tokenTable;
    MaskedLabel *m_total;
    QLabel *m_tokensMessage;

    QGroupBox *m_paktGroup;
    MaskedLabel *m_paktSubject;
    MaskedLabel *m_paktEmail;
};

} // namespace inkan::ui
