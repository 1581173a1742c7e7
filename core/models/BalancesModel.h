// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Token balances of a signed-in account: the nonce-auth API's token list (base units scaled by
// decimals, fiat value from the price) or Capture's NUM balances and credits. Fed either with
// setBalances() from a job that finished elsewhere, or with load(client), which starts the job
// itself (cancelled by the next load, clear() or the destructor). Nothing blocks.
#include "models/JobListModel.h"
#include "services/capture/CaptureClient.h"
#include "services/nonceauth/NonceAuthClient.h"
#include <QList>
#include <optional>

namespace inkan::models {

/// One balance line, whatever the service.
struct Balance {
    QString symbol;
    QString name;               // a longer label, may be empty
    QString amount;             // decimal string, already scaled ("123.45")
    QString baseUnits;          // as the service sent it, when it sends base units
    int decimals = 0;
    std::optional<double> price; // fiat price of one unit, when the service gives one
    qint64 chainId = 0;
    QString tokenAddress;
    QString logo;

    /// amount × price, when there is a price.
    std::optional<double> fiatValue() const;
    /// From the nonce-auth API (price 0 counts as "no price").
    static Balance fromToken(const services::nonceauth::TokenBalance &token);
    /// Capture's asset-wallet NUM, integrity-wallet NUM and credits, where the user object has them.
    static QList<Balance> fromCaptureUser(const services::capture::CaptureUser &user);
};

class BalancesModel : public JobListModel {
    Q_OBJECT
public:
    enum Roles {
        SymbolRole = Qt::UserRole + 1,
        NameRole,
        AmountRole,       // QString, decimal, scaled by decimals
        BaseUnitsRole,    // QString
        DecimalsRole,     // int
        PriceRole,        // double, or an invalid QVariant without a price
        FiatValueRole,    // double (amount × price), or an invalid QVariant without a price
        ChainIdRole,      // qint64
        TokenAddressRole,
        LogoRole,         // QString (URL or path as the service gave it)
    };
    Q_ENUM(Roles)

    explicit BalancesModel(QObject *parent = nullptr);
    ~BalancesModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QList<Balance> balances() const { return m_balances; }
    /// The sum of the lines' fiat values; nullopt when no line has a price.
    std::optional<double> totalFiatValue() const;

public Q_SLOTS:
    void setBalances(const QList<inkan::models::Balance> &balances);
    void setTokenBalances(const QList<inkan::services::nonceauth::TokenBalance> &tokens);
    void setCaptureUser(const inkan::services::capture::CaptureUser &user);
    /// Starts GET /users/tokens and fills the model when it answers.
    void load(inkan::services::nonceauth::NonceAuthClient *client);
    /// Starts GET /auth/users/me/ and fills the model with its balances.
    void load(inkan::services::capture::CaptureClient *client);
    void clear();

    // Signals (JobListModel): loadingChanged, loaded, loadFailed.

private:
    QList<Balance> m_balances;
};

} // namespace inkan::models

Q_DECLARE_METATYPE(inkan::models::Balance)
