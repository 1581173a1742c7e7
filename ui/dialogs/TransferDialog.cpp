// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "dialogs/TransferDialog.h"

#include "Theme.h"
#include "commands/NftCommands.h"
#include "models/NftModel.h"
#include "services/web3connect/Web3ConnectClient.h"
#include "session/HiddenNfts.h"
#include "widgets/AddressField.h"
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace inkan::ui {

TransferDialog::TransferDialog(services::web3connect::Web3ConnectClient *client, services::web3connect::Nft nft,
                               QString holderAddress, models::NftModel *model, session::KnownRecipients *recipients,
                               QWidget *parent)
    : QDialog(parent), m_client(client), m_nft(std::move(nft)), m_holder(std::move(holderAddress)), m_model(model),
      m_recipients(recipients), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("transferDialog"));
    setAccessibleName(tr("Transfer an NFT"));
    const QString name = models::nftfields::name(m_nft);
    setWindowTitle(tr("Transfer “%1”").arg(name));

    auto *intro = new QLabel(tr("Send “%1” to another ID wallet. Once transferred, it is no longer yours: only the "
                                "new holder can send it back.").arg(name), this);
    intro->setObjectName(QStringLiteral("transferIntro"));
    intro->setWordWrap(true);
    m_recipient = new AddressField(this);
    m_recipient->setObjectName(QStringLiteral("transferRecipient"));
    m_recipient->setAccessibleName(tr("Recipient's ID wallet address"));
    m_recipient->lineEdit()->setObjectName(QStringLiteral("transferRecipientEdit"));
    m_recipient->lineEdit()->setAccessibleName(tr("Recipient's ID wallet address"));
    m_recipient->lineEdit()->setPlaceholderText(tr("Recipient's ID wallet address (0x…)"));
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("transferWarning"));
    m_warning->setWordWrap(true);
    m_warning->hide();
    m_confirmation = new QLabel(this);
    m_confirmation->setObjectName(QStringLiteral("transferConfirmation"));
    m_confirmation->setWordWrap(true);
    m_confirmation->hide();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("transferProgress"));
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("transferStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("Transfer"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("transferConfirmButton"));
    m_confirm->setAccessibleName(tr("Transfer"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("transferCancelButton"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_confirm->setEnabled(false);
    m_confirm->setDefault(false);
    m_confirm->setAutoDefault(false);
    connect(m_confirm, &QPushButton::clicked, this, &TransferDialog::startTransfer);
    connect(m_cancel, &QPushButton::clicked, this, &TransferDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_recipient);
    layout->addWidget(m_warning);
    layout->addWidget(m_confirmation);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(520, sizeHint().height());

    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &TransferDialog::tick);
    connect(m_recipient, &AddressField::addressChanged, this, &TransferDialog::recipientChanged);
    m_recipient->lineEdit()->setFocus();
    updateButtons();
}

TransferDialog::~TransferDialog() = default;

void TransferDialog::recipientChanged()
{
    if (m_command)
        return;
    const crypto::Address address = m_recipient->address();
    m_usable = false;
    m_timer->stop();
    m_countdown = kConfirmDelaySeconds;
    m_confirmation->hide();
    m_warning->hide();
    m_status->hide();
    if (!address.isNull()) {
        const Result<crypto::Address> holder = crypto::Address::parse(m_holder);
        QPalette pal = m_warning->palette();
        if (holder && *holder == address) {
            pal.setColor(QPalette::WindowText, Theme::errorColor(pal));
            m_warning->setPalette(pal);
            m_warning->setText(tr("This is your own ID wallet: the NFT is already yours. Enter the recipient's address."));
            m_warning->show();
        } else {
            m_usable = true;
            if (m_recipients && !m_recipients->isKnown(m_holder, address.toLower())) {
                pal.setColor(QPalette::WindowText, Theme::warningColor(pal));
                m_warning->setPalette(pal);
                m_warning->setText(tr("You have never sent an NFT to this address. Check every character with the "
                                      "recipient: a transfer cannot be undone."));
                m_warning->show();
            }
            m_confirmation->setText(tr("Transfer “%1” to %2? This cannot be undone.")
                                        .arg(models::nftfields::name(m_nft), address.toChecksummed()));
            m_confirmation->show();
            m_timer->start();
        }
    }
    updateButtons();
}

void TransferDialog::tick()
{
    if (--m_countdown <= 0) {
        m_countdown = 0;
        m_timer->stop();
    }
    updateButtons();
}

void TransferDialog::updateButtons()
{
    const bool running = m_command != nullptr;
    const bool ready = m_usable && m_countdown == 0 && !running;
    m_confirm->setEnabled(ready);
    m_confirm->setText(m_usable && m_countdown > 0 && !running ? tr("Transfer (%1)").arg(m_countdown) : tr("Transfer"));
    m_recipient->setEnabled(!running);
}

void TransferDialog::startTransfer()
{
    if (m_command || !m_usable || m_countdown > 0)
        return;
    const QString recipient = m_recipient->address().toLower();
    auto *command = new TransferNft(m_client, m_nft.tokenId, recipient, m_holder, m_model, this);
    m_command = command;
    m_progress->show();
    m_status->setText(tr("Transferring…"));
    m_status->show();
    connect(command, &Command::stepChanged, m_status, &QLabel::setText);
    connect(command, &Command::succeeded, this, [this, recipient] {
        if (m_recipients)
            m_recipients->remember(m_holder, recipient);
        Q_EMIT transferred(m_nft.tokenId, recipient);
        accept();
    });
    connect(command, &Command::failed, this, [this](const net::ApiError &error) {
        m_progress->hide();
        QPalette pal = m_status->palette();
        pal.setColor(QPalette::WindowText, Theme::errorColor(pal));
        m_status->setPalette(pal);
        m_status->setText(tr("The NFT was not transferred: %1").arg(error.userMessage));
    });
    connect(command, &Command::finished, this, [this, command] {
        command->deleteLater();
        m_command = nullptr;
        updateButtons();
    });
    command->start();
    updateButtons();
}

void TransferDialog::reject()
{
    if (auto *command = qobject_cast<Command *>(m_command.data()))
        command->cancel(); // nothing changes if the service had not answered yet
    QDialog::reject();
}

} // namespace inkan::ui
