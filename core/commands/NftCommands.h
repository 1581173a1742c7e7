// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The holder's NFT actions, as commands (see Command.h): make an NFT public or private, and
// transfer it. Given the NftModel a gallery shows, they update it themselves: the visibility
// changes at once (optimistic) and is rolled back with the error's sentence when the service
// refuses; a transferred NFT leaves the model once the service confirms.
#include "commands/Command.h"
#include "services/web3connect/Web3ConnectTypes.h"
#include <QPointer>

namespace inkan::services::web3connect { class Web3ConnectClient; }
namespace inkan::models { class NftModel; }

namespace inkan {

/// An edit of one NFT shown at once in the model and rolled back when the service refuses it.
class OptimisticNftEdit : public Command {
    Q_OBJECT
protected:
    OptimisticNftEdit(services::web3connect::Web3ConnectClient *client, services::web3connect::Nft nft,
                      models::NftModel *model, QObject *parent);
    /// m_nft, already edited, into the model as "updating".
    void showAtOnce();
    /// m_nft as the service confirmed it into the model, then succeeded().
    void confirm();
    /// The original back into the model with `sentence` on its row, then failed(error).
    void rollBack(const net::ApiError &error, const QString &sentence);

    QPointer<services::web3connect::Web3ConnectClient> m_client;
    services::web3connect::Nft m_original;
    services::web3connect::Nft m_nft;
    QPointer<models::NftModel> m_model;
};

class ToggleVisibility : public OptimisticNftEdit {
    Q_OBJECT
public:
    /// `nft` as currently shown; `makePublic` the wanted state. `model` may be null.
    ToggleVisibility(services::web3connect::Web3ConnectClient *client, services::web3connect::Nft nft,
                     bool makePublic, models::NftModel *model = nullptr, QObject *parent = nullptr);
    bool makesPublic() const { return m_makePublic; }
    /// The NFT with the visibility the service confirmed (after succeeded()).
    services::web3connect::Nft nft() const { return m_nft; }

protected:
    void run() override;

private:
    bool m_makePublic;
};

class TransferNft : public Command {
    Q_OBJECT
public:
    /// `holderAddress` is the current holder (a transfer to oneself is refused before anything is
    /// sent); may be empty when unknown. `model` may be null.
    TransferNft(services::web3connect::Web3ConnectClient *client, QString tokenId, QString receiverAddress,
                QString holderAddress = {}, models::NftModel *model = nullptr, QObject *parent = nullptr);
    QString tokenId() const { return m_tokenId; }
    QString receiver() const { return m_receiver; }
    /// The NFT as the service returned it (new holder), after succeeded().
    services::web3connect::Nft result() const { return m_result; }

protected:
    void run() override;

private:
    QPointer<services::web3connect::Web3ConnectClient> m_client;
    QString m_tokenId;
    QString m_receiver;
    QString m_holder;
    QPointer<models::NftModel> m_model;
    services::web3connect::Nft m_result;
};

/// The minter changes an NFT's dynamic metadata (PUT /nft/{id}/metadata/dynamic with the
/// changed keys). Optimistic like ToggleVisibility: the model's row shows the new fields at
/// once, takes the service's answer when it confirms, and gets its old fields back with a
/// sentence (RowState::Failed) when the service refuses. The fields are checked with
/// MetadataRules first; a wrong type is refused without a request.
class UpdateDynamicMetadata : public OptimisticNftEdit {
    Q_OBJECT
public:
    UpdateDynamicMetadata(services::web3connect::Web3ConnectClient *client, services::web3connect::Nft nft,
                          QJsonObject changedFields, models::NftModel *model = nullptr, QObject *parent = nullptr);
    /// The NFT as the service returned it, after succeeded().
    services::web3connect::Nft result() const { return m_nft; }

protected:
    void run() override;

private:
    QJsonObject m_fields;
};

} // namespace inkan
