// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "WalletPage.h"

#include "Icons.h"
#include "dialogs/ChangePasswordDialog.h"
#include "dialogs/CreateWalletWizard.h"
#include "dialogs/ExportKeystoreDialog.h"
#include "dialogs/FutureResult.h"
#include "dialogs/ImportKeyDialog.h"
#include "dialogs/ImportKeystoreDialog.h"
#include "dialogs/ImportMnemonicDialog.h"
#include "dialogs/WalletErrors.h"
#include "models/WalletKeysModel.h"
#include "session/ServiceHub.h"
#include "Theme.h"
#include "widgets/AddressLabel.h"
#include "widgets/EmptyState.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace inkan::ui {

WalletPage::WalletPage(session::ServiceHub &hub, QWidget *parent)
    : QWidget(parent), m_hub(hub), m_model(new models::WalletKeysModel(&hub.wallet(), this))
{
    setObjectName(QStringLiteral("walletPage"));
    setAccessibleName(tr("Wallet"));

    auto *create = new QPushButton(tr("&Create a wallet…"), this);
    create->setObjectName(QStringLiteral("createWalletButton"));
    create->setAccessibleName(tr("Create a wallet"));
    auto *importButton = new QToolButton(this);
    importButton->setObjectName(QStringLiteral("importMenuButton"));
    importButton->setAccessibleName(tr("Import a key"));
    importButton->setText(tr("&Import…"));
    importButton->setPopupMode(QToolButton::InstantPopup);
    importButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(importButton);
    menu->setObjectName(QStringLiteral("importMenu"));
    QAction *fromFile = menu->addAction(tr("A keystore &file (geth, MetaMask, ethers)…"), this, &WalletPage::importKeystore);
    fromFile->setObjectName(QStringLiteral("importKeystoreAction"));
    QAction *fromWords = menu->addAction(tr("&Recovery words…"), this, &WalletPage::importMnemonic);
    fromWords->setObjectName(QStringLiteral("importMnemonicAction"));
    QAction *fromKey = menu->addAction(tr("A raw &private key…"), this, &WalletPage::importPrivateKey);
    fromKey->setObjectName(QStringLiteral("importPrivateKeyAction"));
    importButton->setMenu(menu);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(create);
    toolbar->addWidget(importButton);
    toolbar->addStretch();

    m_empty = new EmptyState(icon(IconKind::Wallet),
                             tr("There is no key in this wallet yet. Create a new wallet, or import a key you already have."),
                             tr("Create a wallet…"), this);
    m_empty->setObjectName(QStringLiteral("walletEmptyState"));
    m_empty->actionButton()->setObjectName(QStringLiteral("emptyCreateWalletButton"));
    m_empty->actionButton()->setAccessibleName(tr("Create a wallet"));
    connect(m_empty, &EmptyState::actionTriggered, this, &WalletPage::createWallet);

    m_rows = new QWidget;
    m_rows->setObjectName(QStringLiteral("walletKeys"));
    m_rowsLayout = new QVBoxLayout(m_rows);
    m_rowsLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("walletKeysScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_rows);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("walletStack"));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(scroll);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("walletStatus"));
    m_status->setAccessibleName(tr("Wallet status"));
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);

    connect(create, &QPushButton::clicked, this, &WalletPage::createWallet);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WalletPage::rebuildRows);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &WalletPage::rebuildRows);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &WalletPage::rebuildRows);
    connect(m_model, &models::WalletKeysModel::loadFailed, this, &WalletPage::setStatus);
    connect(this, &WalletPage::keysChanged, m_model, &models::WalletKeysModel::reload);
    connect(&m_hub, &session::ServiceHub::accountsChanged, this, &WalletPage::rebuildRows);
    rebuildRows();
}

void WalletPage::setStatus(const QString &text) { m_status->setText(text); }

void WalletPage::rebuildRows()
{
    while (m_rowsLayout->count() > 1) {
        QLayoutItem *item = m_rowsLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    const QList<crypto::WalletKey> keys = m_model->keys();
    for (int i = 0; i < keys.size(); ++i) {
        const QString address = keys[i].address.toChecksummed();
        auto *row = new QWidget(m_rows);
        row->setObjectName(QStringLiteral("walletKeyRow%1").arg(i));
        auto *v = new QVBoxLayout(row);
        v->setContentsMargins(0, 0, 0, 6);
        v->setSpacing(2);
        auto *h = new QHBoxLayout;
        v->addLayout(h);
        auto *label = new AddressLabel(row);
        label->setAddress(keys[i].address);
        label->setToolTip(keys[i].fileName);
        h->addWidget(label, 1);
        auto *password = new QPushButton(tr("Change password…"), row);
        password->setObjectName(QStringLiteral("changePasswordButton"));
        password->setAccessibleName(tr("Change the password of %1").arg(address));
        connect(password, &QPushButton::clicked, this, [this, address] { changePassword(address); });
        h->addWidget(password);
        auto *exportButton = new QPushButton(tr("Export…"), row);
        exportButton->setObjectName(QStringLiteral("exportKeyButton"));
        exportButton->setAccessibleName(tr("Export %1 as a keystore file").arg(address));
        connect(exportButton, &QPushButton::clicked, this, [this, address] { exportKeystore(address); });
        h->addWidget(exportButton);
        auto *remove = new QPushButton(tr("Remove…"), row);
        remove->setObjectName(QStringLiteral("removeKeyButton"));
        remove->setAccessibleName(tr("Remove the key %1").arg(address));
        connect(remove, &QPushButton::clicked, this, [this, address] { removeKey(address); });
        h->addWidget(remove);
        auto *usage = new QLabel(usageOf(keys[i].address), row);
        usage->setObjectName(QStringLiteral("walletKeyUsage"));
        usage->setWordWrap(true);
        usage->setIndent(28); // under the address, past the identicon
        Theme::setTone(usage, Theme::Tone::Quiet);
        v->addWidget(usage);
        m_rowsLayout->insertWidget(m_rowsLayout->count() - 1, row);
    }
    m_stack->setCurrentIndex(keys.isEmpty() ? 0 : 1);
}

QString WalletPage::usageOf(const crypto::Address &address) const
{
    QStringList names;
    for (const session::Account &account : m_hub.accounts().accounts()) {
        const Result<crypto::Address> key = crypto::Address::parse(account.keyAddress);
        if (key && *key == address)
            names << account.name;
    }
    if (names.isEmpty())
        return tr("No account signs in with this key yet: sign in to a service with it from Settings.");
    return tr("Signs in to %1.").arg(QLocale().createSeparatedList(names));
}

void WalletPage::openDialog(QDialog *dialog)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = dialog;
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void WalletPage::createWallet()
{
    auto *wizard = new CreateWalletWizard(m_hub.wallet(), this);
    wizard->setKeystoreStrength(m_strength);
    connect(wizard, &CreateWalletWizard::walletCreated, this, [this](const QString &address) {
        setStatus(tr("Created the wallet with the address %1.").arg(address));
        Q_EMIT keysChanged();
    });
    openDialog(wizard);
}

void WalletPage::importKeystore()
{
    auto *dialog = new ImportKeystoreDialog(m_hub.wallet(), this);
    connect(dialog, &ImportKeystoreDialog::imported, this, [this](const QString &address) {
        setStatus(tr("Imported the key %1.").arg(address));
        Q_EMIT keysChanged();
    });
    openDialog(dialog);
}

void WalletPage::importMnemonic()
{
    auto *dialog = new ImportMnemonicDialog(m_hub.wallet(), this);
    dialog->setKeystoreStrength(m_strength);
    connect(dialog, &ImportMnemonicDialog::imported, this, [this](const QString &address) {
        setStatus(tr("Imported the key %1.").arg(address));
        Q_EMIT keysChanged();
    });
    openDialog(dialog);
}

void WalletPage::importPrivateKey()
{
    auto *dialog = new ImportKeyDialog(m_hub.wallet(), this);
    dialog->setKeystoreStrength(m_strength);
    connect(dialog, &ImportKeyDialog::imported, this, [this](const QString &address) {
        setStatus(tr("Imported the key %1.").arg(address));
        Q_EMIT keysChanged();
    });
    openDialog(dialog);
}

void WalletPage::changePassword(const QString &address)
{
    const Result<crypto::Address> parsed = crypto::Address::parse(address);
    if (!parsed)
        return;
    auto *dialog = new ChangePasswordDialog(m_hub.wallet(), *parsed, this);
    dialog->setKeystoreStrength(m_strength);
    connect(dialog, &ChangePasswordDialog::passwordChanged, this, [this](const QString &changed) {
        setStatus(tr("Changed the password of %1.").arg(changed));
    });
    openDialog(dialog);
}

void WalletPage::exportKeystore(const QString &address)
{
    const Result<crypto::Address> parsed = crypto::Address::parse(address);
    if (!parsed)
        return;
    auto *dialog = new ExportKeystoreDialog(m_hub.wallet(), *parsed, this);
    dialog->setKeystoreStrength(m_strength);
    connect(dialog, &ExportKeystoreDialog::exported, this, [this](const QString &path) {
        setStatus(tr("Exported the key to %1.").arg(path));
    });
    openDialog(dialog);
}

void WalletPage::removeKey(const QString &address)
{
    const Result<crypto::Address> parsed = crypto::Address::parse(address);
    if (!parsed)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove this key?"),
                                tr("Remove the key %1 from this wallet? Its file is moved to the keystore's \"removed\" folder, "
                                   "where you can still recover it; services signed in with it will need another key.")
                                    .arg(address),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("removeKeyConfirmation"));
    box->setAccessibleName(tr("Remove this key?"));
    QPushButton *yes = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmRemoveButton"));
    yes->setAccessibleName(tr("Remove"));
    QPushButton *no = box->addButton(QMessageBox::Cancel);
    no->setObjectName(QStringLiteral("cancelButton"));
    no->setAccessibleName(tr("Cancel"));
    box->setDefaultButton(no);
    connect(yes, &QPushButton::clicked, this, [this, key = *parsed] {
        onResult(this, m_hub.wallet().remove(key), [this, key](const Result<QString> &moved) {
            if (!moved) {
                setStatus(walletErrorSentence(moved.error()));
                return;
            }
            setStatus(tr("Removed the key %1; its file is now %2.").arg(key.toChecksummed(), *moved));
            Q_EMIT keysChanged();
        });
    });
    openDialog(box);
}

} // namespace inkan::ui
