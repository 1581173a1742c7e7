// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "SignInDialog.h"
#include "dialogs/FutureResult.h"

#include "SigningDialog.h"
#include "Named.h"
#include "Theme.h"
#include "ServiceKinds.h"
#include "session/ServiceHub.h"
#include "session/SignInStarter.h"
#include "widgets/PasswordField.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace inkan::ui {

using session::ServiceKind;

namespace {

constexpr int kNewAccountData = -1;

} // namespace

SignInDialog::SignInDialog(session::ServiceHub &hub, QWidget *parent) : QDialog(parent), m_hub(hub)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in"));
    auto *layout = new QVBoxLayout(this);

    m_form = new QFormLayout;
    m_account = named(new QComboBox, "signInAccountCombo", tr("Account"));
    m_form->addRow(tr("&Account:"), m_account);

    m_newAccount = new QWidget;
    m_newAccount->setObjectName(QStringLiteral("signInNewAccount"));
    auto *newForm = new QFormLayout(m_newAccount);
    newForm->setContentsMargins(0, 0, 0, 0);
    m_kind = named(new QComboBox, "signInKindCombo", tr("Service kind"));
    addServiceKinds(m_kind);
    m_name = named(new QLineEdit, "signInNameEdit", tr("Account name"));
    m_name->setPlaceholderText(tr("e.g. My organization"));
    m_url = named(new QLineEdit, "signInUrlEdit", tr("Base URL"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_addButton = named(new QPushButton(tr("Add account")), "signInAddButton", tr("Add account"));
    newForm->addRow(tr("&Kind:"), m_kind);
    newForm->addRow(tr("&Name:"), m_name);
    newForm->addRow(tr("Base &URL:"), m_url);
    newForm->addRow(QString(), m_addButton);
    m_form->addRow(m_newAccount);

    m_apiKeySecret = named(new PasswordField, "signInApiKeySecretField", tr("API key secret"));
    m_form->addRow(tr("API key &secret:"), m_apiKeySecret);
    m_captureWallet = named(new QRadioButton(tr("With my wallet key")), "signInCaptureWalletRadio", tr("With my wallet key"));
    m_capturePassword = named(new QRadioButton(tr("With e-mail and password")), "signInCapturePasswordRadio", tr("With e-mail and password"));
    m_captureWallet->setChecked(true);
    auto *captureRow = new QWidget;
    auto *captureLayout = new QHBoxLayout(captureRow);
    captureLayout->setContentsMargins(0, 0, 0, 0);
    captureLayout->addWidget(m_captureWallet);
    captureLayout->addWidget(m_capturePassword);
    m_form->addRow(tr("Sign in:"), captureRow);
    m_key = named(new QComboBox, "signInKeyCombo", tr("Wallet key"));
    m_form->addRow(tr("Wallet &key:"), m_key);
    m_email = named(new QLineEdit, "signInEmailEdit", tr("E-mail address"));
    m_form->addRow(tr("&E-mail:"), m_email);
    m_password = named(new PasswordField, "signInPasswordField", tr("Password"));
    m_form->addRow(tr("&Password:"), m_password);
    m_builderToken = named(new PasswordField, "signInBuilderTokenField", tr("Pakt builder token"));
    m_form->addRow(tr("&Builder token:"), m_builderToken);
    m_firstName = named(new QLineEdit, "signInFirstNameEdit", tr("First name"));
    m_firstName->setPlaceholderText(tr("Only for a new Pakt account"));
    m_form->addRow(tr("&First name:"), m_firstName);
    m_lastName = named(new QLineEdit, "signInLastNameEdit", tr("Last name"));
    m_lastName->setPlaceholderText(tr("Only for a new Pakt account"));
    m_form->addRow(tr("&Last name:"), m_lastName);
    m_clientId = named(new QLineEdit, "signInClientIdEdit", tr("Client id"));
    m_form->addRow(tr("&Client id:"), m_clientId);
    layout->addLayout(m_form);

    m_step = named(new QLabel, "signInStepLabel", tr("Progress"));
    m_step->setWordWrap(true);
    layout->addWidget(m_step);
    m_error = named(new QLabel, "signInErrorLabel", tr("Error"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, Theme::errorColor(errorPalette));
    m_error->setPalette(errorPalette);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox;
    m_signInButton = named(buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole), "signInButton", tr("Sign in"));
    m_cancelButton = named(buttons->addButton(QDialogButtonBox::Cancel), "signInCancelButton", tr("Cancel"));
    m_signInButton->setDefault(true);
    layout->addWidget(buttons);

    connect(m_account, &QComboBox::currentIndexChanged, this, &SignInDialog::updateRows);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SignInDialog::updateRows);
    connect(m_captureWallet, &QRadioButton::toggled, this, &SignInDialog::updateRows);
    connect(m_addButton, &QPushButton::clicked, this, &SignInDialog::addAccount);
    connect(m_signInButton, &QPushButton::clicked, this, &SignInDialog::signIn);
    connect(m_cancelButton, &QPushButton::clicked, this, &SignInDialog::reject);
    connect(&m_hub, &session::ServiceHub::accountsChanged, this, [this] { reloadAccounts(selectedAccountId()); });

    reloadAccounts();
    reloadKeys();
    resize(520, sizeHint().height());
}

void SignInDialog::reloadAccounts(const QString &select)
{
    const QSignalBlocker blocker(m_account);
    m_account->clear();
    for (const session::Account &account : m_hub.accounts().accounts()) {
        const QString state = account.isSignedIn() ? tr("signed in as %1").arg(account.subject) : tr("signed out");
        m_account->addItem(tr("%1 — %2").arg(account.name, state), account.id);
    }
    m_account->addItem(tr("Add a service account…"), kNewAccountData);
    int row = select.isEmpty() ? -1 : m_account->findData(select);
    m_account->setCurrentIndex(row >= 0 ? row : 0);
    updateRows();
}

void SignInDialog::reloadKeys()
{
    // The wallet lists its keys on its worker thread.
    onResult(this, m_hub.wallet().list(), [this](Result<QList<crypto::WalletKey>> keys) {
        m_key->clear();
        if (!keys || keys->isEmpty()) {
            m_key->addItem(tr("No key in the wallet: create or import one on the Wallet page"), QString());
            m_key->setEnabled(false);
            return;
        }
        m_key->setEnabled(true);
        for (const crypto::WalletKey &key : *keys) {
            const QString address = key.address.toChecksummed();
            m_key->addItem(address, address);
        }
        updateRows();
    });
}

bool SignInDialog::selectAccount(const QString &accountId)
{
    const int row = m_account->findData(accountId);
    if (row < 0)
        return false;
    m_account->setCurrentIndex(row);
    return true;
}

QString SignInDialog::selectedAccountId() const
{
    const QVariant data = m_account->currentData();
    return data.typeId() == QMetaType::QString ? data.toString() : QString();
}

ServiceKind SignInDialog::currentKind() const
{
    if (auto account = m_hub.accounts().find(selectedAccountId()))
        return account->kind;
    return ServiceKind(m_kind->currentData().toInt());
}

void SignInDialog::updateRows()
{
    const bool adding = selectedAccountId().isEmpty();
    m_newAccount->setVisible(adding);
    const ServiceKind kind = currentKind();
    const bool capture = kind == ServiceKind::Capture;
    const bool byWallet = kind == ServiceKind::NonceAuth || kind == ServiceKind::Pakt || (capture && m_captureWallet->isChecked());
    m_form->setRowVisible(m_apiKeySecret, !adding && kind == ServiceKind::Web3Connect);
    m_form->setRowVisible(m_captureWallet->parentWidget(), !adding && capture);
    m_form->setRowVisible(m_key, !adding && byWallet);
    const bool pakt = kind == ServiceKind::Pakt;
    m_form->setRowVisible(m_email, !adding && ((capture && !byWallet) || pakt));
    m_form->setRowVisible(m_firstName, !adding && pakt);
    m_form->setRowVisible(m_lastName, !adding && pakt);
    m_form->setRowVisible(m_password, !adding && capture && !byWallet);
    m_form->setRowVisible(m_builderToken, !adding && kind == ServiceKind::Pakt);
    m_form->setRowVisible(m_clientId, !adding && kind == ServiceKind::Oidc);
    if (auto account = m_hub.accounts().find(selectedAccountId()); account && kind == ServiceKind::Oidc && m_clientId->text().isEmpty())
        m_clientId->setText(account->clientId);
    if (auto account = m_hub.accounts().find(selectedAccountId()); account && !account->keyAddress.isEmpty()) {
        if (const int row = m_key->findData(account->keyAddress, Qt::UserRole, Qt::MatchFixedString); row >= 0)
            m_key->setCurrentIndex(row);
    }
    m_builderToken->lineEdit()->setPlaceholderText(tr("Leave empty to use the one kept with the account"));
    m_signInButton->setEnabled(!adding && !m_running);
}

void SignInDialog::addAccount()
{
    m_error->hide();
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return showError(tr("Give the account a name, e.g. the organization's."));
    const QUrl url = QUrl::fromUserInput(m_url->text().trimmed());
    Result<session::Account> added = m_hub.addAccount(ServiceKind(m_kind->currentData().toInt()), url, name);
    if (!added)
        return showError(added.error().message);
    m_name->clear();
    m_url->clear();
    reloadAccounts(added->id);
}

void SignInDialog::showError(const QString &sentence)
{
    m_error->setText(sentence);
    m_error->setVisible(!sentence.isEmpty());
}

void SignInDialog::setRunning(bool running)
{
    m_running = running;
    m_account->setEnabled(!running);
    m_signInButton->setEnabled(!running && !selectedAccountId().isEmpty());
}

void SignInDialog::signIn()
{
    auto account = m_hub.accounts().find(selectedAccountId());
    if (!account)
        return;
    showError(QString());
    session::SignInCredentials credentials;
    const auto secure = [](const QString &text) {
        QByteArray bytes = text.toUtf8();
        return crypto::SecureBytes::takeFrom(bytes);
    };
    credentials.apiKeySecret = secure(m_apiKeySecret->password());
    credentials.keyAddress = m_key->currentData().toString();
    credentials.captureByWallet = m_captureWallet->isChecked();
    credentials.email = m_email->text().trimmed();
    credentials.password = secure(m_password->password());
    if (!m_builderToken->password().isEmpty())
        credentials.builderToken = secure(m_builderToken->password());
    credentials.oidcClientId = m_clientId->text().trimmed();
    credentials.firstName = m_firstName->text().trimmed();
    credentials.lastName = m_lastName->text().trimmed();
    credentials.openUrl = [this](const QUrl &url) {
        m_step->setText(tr("Continue in your browser. If it did not open, visit %1").arg(url.toString(QUrl::FullyEncoded)));
        QDesktopServices::openUrl(url);
    };

    setRunning(true);
    m_step->setText(tr("Signing in to %1…").arg(account->name));
    const int attempt = ++m_attempt;
    QPointer<SignInDialog> self(this);
    onResult(this, session::startSignIn(
        m_hub, *account, std::move(credentials),
        [self](const QUrl &baseUrl, const QString &keyAddress) {
            return SigningDialog::approver(self.data(), baseUrl, keyAddress);
        },
        [self, attempt](services::SignInFlow *flow) {
            if (!self || attempt != self->m_attempt)
                return flow->cancel();
            self->m_flow = flow;
            connect(flow, &services::SignInFlow::stepChanged, self.data(), [self](const QString &step) {
                self->m_step->setText(step + QStringLiteral("…"));
            });
        }), [this, attempt](Result<session::Account> saved) {
            if (attempt != m_attempt)
                return;
            m_flow.clear();
            setRunning(false);
            if (!saved) {
                m_step->clear();
                showError(saved.error().isCancelled() ? tr("The sign-in was cancelled; nothing was signed or stored.")
                                                      : saved.error().message);
                return;
            }
            m_step->setText(tr("Signed in to %1 as %2.").arg(saved->name, saved->subject));
            Q_EMIT signedIn(*saved);
            accept();
        });
}

void SignInDialog::reject()
{
    if (m_running) {
        // Cancel the sign-in, stay open to show that it was.
        ++m_attempt;
        if (m_flow)
            m_flow->cancel();
        setRunning(false);
        m_step->clear();
        showError(tr("The sign-in was cancelled; nothing was signed or stored."));
        return;
    }
    QDialog::reject();
}

} // namespace inkan::ui
