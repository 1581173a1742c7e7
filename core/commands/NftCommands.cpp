// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "commands/NftCommands.h"

#include "crypto/Address.h"
#include "jobs/MetadataRules.h"
#include "models/NftModel.h"
#include "services/web3connect/Web3ConnectClient.h"

namespace inkan {

using services::web3connect::Nft;

namespace {
net::ApiError signedOutError()
{
    return net::ApiError::fromError(makeError(ErrorKind::Refused, Command::tr("You are signed out of the service: sign in again and retry.")));
}
} // namespace

OptimisticNftEdit::OptimisticNftEdit(services::web3connect::Web3ConnectClient *client, Nft nft, models::NftModel *model,
                                     QObject *parent)
    : Command(parent), m_client(client), m_original(nft), m_nft(std::move(nft)), m_model(model)
{
}

void OptimisticNftEdit::showAtOnce()
{
    if (m_model) {
        m_model->updateNft(m_nft); // at once: the view shows the new state
        m_model->setRowState(m_nft.tokenId, models::NftModel::RowState::Updating);
    }
}

void OptimisticNftEdit::confirm()
{
    if (m_model)
        m_model->updateNft(m_nft);
    succeed();
}

void OptimisticNftEdit::rollBack(const net::ApiError &error, const QString &sentence)
{
    if (m_model && m_model->rowOf(m_original.tokenId) >= 0) {
        m_model->updateNft(m_original);
        m_model->setRowState(m_original.tokenId, models::NftModel::RowState::Failed, sentence);
    }
    m_nft = m_original;
    fail(error);
}

ToggleVisibility::ToggleVisibility(services::web3connect::Web3ConnectClient *client, Nft nft, bool makePublic,
                                   models::NftModel *model, QObject *parent)
    : OptimisticNftEdit(client, std::move(nft), model, parent), m_makePublic(makePublic)
{
}

void ToggleVisibility::run()
{
    const auto refused = [this](const net::ApiError &error) {
        rollBack(error, m_makePublic ? tr("The NFT could not be made public: %1").arg(error.userMessage)
                                     : tr("The NFT could not be made private: %1").arg(error.userMessage));
    };
    if (!m_client)
        return refused(signedOutError());
    setStep(m_makePublic ? tr("Making the NFT public…") : tr("Making the NFT private…"));
    m_nft.visibility = m_makePublic ? QStringLiteral("public") : QStringLiteral("private");
    showAtOnce();
    then<QString>(
        m_client->setVisibility(m_nft.tokenId, m_makePublic),
        [this](const QString &visibility) {
            if (!visibility.isEmpty())
                m_nft.visibility = visibility;
            confirm();
        },
        refused);
}

TransferNft::TransferNft(services::web3connect::Web3ConnectClient *client, QString tokenId, QString receiverAddress,
                         QString holderAddress, models::NftModel *model, QObject *parent)
    : Command(parent), m_client(client), m_tokenId(std::move(tokenId)), m_receiver(std::move(receiverAddress)),
      m_holder(std::move(holderAddress)), m_model(model)
{
}

void TransferNft::run()
{
    if (!m_client)
        return fail(signedOutError());
    const Result<crypto::Address> receiver = crypto::Address::parse(m_receiver);
    if (!receiver)
        return fail(net::ApiError::fromError(receiver.error()));
    if (!m_holder.isEmpty()) {
        const Result<crypto::Address> holder = crypto::Address::parse(m_holder);
        if (holder && *holder == *receiver)
            return fail(net::ApiError::fromError(makeError(
                ErrorKind::InvalidInput, tr("The recipient is the current holder: enter someone else's ID wallet address."))));
    }
    setStep(tr("Transferring the NFT…"));
    if (m_model)
        m_model->setRowState(m_tokenId, models::NftModel::RowState::Updating);
    then<Nft>(
        m_client->transfer(m_tokenId, receiver->toLower()),
        [this](const Nft &nft) {
            m_result = nft;
            if (m_model)
                m_model->removeNft(m_tokenId);
            succeed();
        },
        [this](const net::ApiError &error) {
            if (m_model)
                m_model->setRowState(m_tokenId, models::NftModel::RowState::Failed,
                                     tr("The NFT could not be transferred: %1").arg(error.userMessage));
            fail(error);
        });
}

UpdateDynamicMetadata::UpdateDynamicMetadata(services::web3connect::Web3ConnectClient *client, Nft nft, QJsonObject changedFields,
                                             models::NftModel *model, QObject *parent)
    : OptimisticNftEdit(client, std::move(nft), model, parent), m_fields(std::move(changedFields))
{
}

void UpdateDynamicMetadata::run()
{
    if (!m_client)
        return fail(signedOutError());
    if (m_fields.isEmpty())
        return fail(net::ApiError::fromError(makeError(ErrorKind::InvalidInput, tr("Nothing was changed: edit a field first."))));
    const QList<jobs::RowProblem> problems = jobs::validateMetadata(m_original.staticMetadata, m_fields);
    for (const jobs::RowProblem &problem : problems)
        if (m_fields.contains(problem.column))
            return fail(net::ApiError::fromError(makeError(ErrorKind::InvalidInput, problem.message)));
    setStep(tr("Saving the dynamic metadata…"));
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        m_nft.dynamicMetadata.insert(it.key(), it.value());
    showAtOnce();
    then<Nft>(
        m_client->updateDynamicMetadata(m_nft.tokenId, m_fields),
        [this](const Nft &confirmed) {
            if (!confirmed.tokenId.isEmpty())
                m_nft = confirmed;
            confirm();
        },
        [this](const net::ApiError &error) { rollBack(error, tr("The change was not saved: %1").arg(error.userMessage)); });
}

} // namespace inkan
