// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "ImportMnemonicDialog.h"

#include "FutureResult.h"
#include "WalletDialogParts.h"
#include "widgets/AddressLabel.h"
#include "widgets/PasswordField.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace inkan::ui {

ImportMnemonicDialog::ImportMnemonicDialog(crypto::AsyncWalletStore &wallet, QWidget *parent)
    : WalletImportDialog(wallet, tr("Encrypting the key"), tr("Encrypting the key with your password…"), parent)
{
    setObjectName(QStringLiteral("importMnemonicDialog"));
    setWindowTitle(tr("Import recovery words"));
    setAccessibleName(tr("Import recovery words"));

    m_words = new QPlainTextEdit(this);
    m_words->setObjectName(QStringLiteral("mnemonicEdit"));
    m_words->setAccessibleName(tr("Recovery words"));
    m_words->setPlaceholderText(tr("The 12 or 24 words, separated by spaces"));
    m_words->setTabChangesFocus(true);
    m_words->setMaximumHeight(m_words->fontMetrics().lineSpacing() * 5);

    m_passphrase = new PasswordField(this);
    m_passphrase->setObjectName(QStringLiteral("passphraseField"));
    m_passphrase->setAccessibleName(tr("Passphrase (optional)"));
    m_passphrase->lineEdit()->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->lineEdit()->setAccessibleName(tr("Passphrase (optional)"));
    m_passphrase->lineEdit()->setPlaceholderText(tr("Only if you set a BIP-39 passphrase"));

    m_index = new QSpinBox(this);
    m_index->setObjectName(QStringLiteral("accountIndexSpin"));
    m_index->setAccessibleName(tr("Account index"));
    m_index->setRange(0, 0x7fffffff);

    m_address = new AddressLabel(this);
    m_address->setObjectName(QStringLiteral("derivedAddress"));
    m_address->setAccessibleName(tr("Address these words give"));
    m_previewState = new QLabel(tr("Type the words to see the address."), this);
    m_previewState->setObjectName(QStringLiteral("previewState"));
    m_previewState->setAccessibleName(tr("Address preview"));
    m_previewState->setWordWrap(true);
    m_address->hide();

    m_password = makeNewPasswordField(this);
    m_confirm = makeConfirmPasswordField(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Words:"), m_words);
    form->addRow(tr("Pass&phrase:"), m_passphrase);
    form->addRow(tr("Account &index:"), m_index);
    form->addRow(tr("Address:"), m_address);
    form->addRow(QString(), m_previewState);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Confirm:"), m_confirm);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    addFooter(layout);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(250);
    connect(&m_previewTimer, &QTimer::timeout, this, &ImportMnemonicDialog::derivePreview);
    connect(m_words, &QPlainTextEdit::textChanged, this, &ImportMnemonicDialog::schedulePreview);
    connect(m_passphrase, &PasswordField::passwordChanged, this, &ImportMnemonicDialog::schedulePreview);
    connect(m_index, &QSpinBox::valueChanged, this, &ImportMnemonicDialog::schedulePreview);
    connect(m_password, &PasswordField::passwordChanged, this, &ImportMnemonicDialog::updateButtons);
    connect(m_confirm, &PasswordField::passwordChanged, this, &ImportMnemonicDialog::updateButtons);
    updateButtons();
}

void ImportMnemonicDialog::schedulePreview()
{
    ++m_previewGeneration; // a result for older input is dropped
    m_preview.clear();
    m_address->hide();
    m_previewState->setText(m_words->toPlainText().trimmed().isEmpty() ? tr("Type the words to see the address.")
                                                                         : tr("Deriving the address…"));
    m_previewTimer.start();
    updateButtons();
}

void ImportMnemonicDialog::derivePreview()
{
    const QString words = m_words->toPlainText().trimmed();
    if (words.isEmpty())
        return;
    const quint64 generation = m_previewGeneration;
    onResult(this,
             wallet().previewMnemonic(crypto::SecureBytes(words.toUtf8()), crypto::SecureBytes(m_passphrase->password().toUtf8()),
                                      quint32(m_index->value())),
             [this, generation](const Result<crypto::Address> &address) {
                 if (generation != m_previewGeneration)
                     return;
                 if (address) {
                     m_preview = address->toChecksummed();
                     m_address->setAddress(*address);
                     m_address->show();
                     m_previewState->setText(tr("This is account %1 of these words. Check it is the address you expect before importing.")
                                                 .arg(m_index->value()));
                 } else {
                     m_previewState->setText(address.error().message);
                 }
                 updateButtons();
                 Q_EMIT previewUpdated();
             });
}

bool ImportMnemonicDialog::readyToImport() const
{
    return !m_preview.isEmpty() && !m_password->password().isEmpty() && m_password->password() == m_confirm->password();
}

QList<QWidget *> ImportMnemonicDialog::inputs() const { return {m_words, m_passphrase, m_index, m_password, m_confirm}; }

void ImportMnemonicDialog::clearSecrets()
{
    m_words->clear();
    m_passphrase->clear();
    m_password->clear();
    m_confirm->clear();
}

void ImportMnemonicDialog::accept()
{
    if (isBusy() || !readyToImport())
        return;
    runImport(wallet().importMnemonic(crypto::SecureBytes(m_words->toPlainText().toUtf8()),
                                        crypto::SecureBytes(m_passphrase->password().toUtf8()), quint32(m_index->value()),
                                        crypto::SecureBytes(m_password->password().toUtf8()), keystoreStrength()));
}

} // namespace inkan::ui
