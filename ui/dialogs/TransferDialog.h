// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Transfers one NFT: the recipient's ID wallet address is checked as it is typed (AddressField,
// with its identicon); the holder's own address is refused with a sentence; a recipient this
// holder never sent to gets a warning; the Transfer button becomes active only 3 seconds after
// a usable address was entered (no transfer by a slip of the keyboard), next to a sentence
// naming the NFT and the recipient. While the TransferNft command runs the dialog shows its
// progress; on success the NFT leaves the model (the gallery) and transferred() is emitted.
#include "services/web3connect/Web3ConnectTypes.h"
#include <QDialog>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace inkan::models { class NftModel; }
namespace inkan::services::web3connect { class Web3ConnectClient; }
namespace inkan::session { class KnownRecipients; }

namespace inkan::ui {

class AddressField;

class TransferDialog : public QDialog {
    Q_OBJECT
public:
    /// The delay before the Transfer button becomes active.
    static constexpr int kConfirmDelaySeconds = 3;

    TransferDialog(services::web3connect::Web3ConnectClient *client, services::web3connect::Nft nft,
                   QString holderAddress, models::NftModel *model, session::KnownRecipients *recipients,
                   QWidget *parent = nullptr);
    ~TransferDialog() override;

    AddressField *recipientField() const { return m_recipient; }
    QPushButton *confirmButton() const { return m_confirm; }

Q_SIGNALS:
    void transferred(const QString &tokenId, const QString &recipient);

protected:
    void reject() override;

private:
    void recipientChanged();
    void tick();
    void startTransfer();
    void updateButtons();

    QPointer<services::web3connect::Web3ConnectClient> m_client;
    services::web3connect::Nft m_nft;
    QString m_holder;
    QPointer<models::NftModel> m_model;
    QPointer<session::KnownRecipients> m_recipients;
    QPointer<QObject> m_command;
    int m_countdown = kConfirmDelaySeconds;
    bool m_usable = false;

    AddressField *m_recipient;
    QLabel *m_warning;
    QLabel *m_confirmation;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_confirm;
    QPushButton *m_cancel;
    QTimer *m_timer;
};

} // namespace inkan::ui
