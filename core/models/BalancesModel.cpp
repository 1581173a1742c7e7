// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "models/BalancesModel.h"
#include <QJsonObject>
#include <QRegularExpression>

namespace inkan::models {

std::optional<double> Balance::fiatValue() const
{
    if (!price)
        return std::nullopt;
    bool ok = false;
    const double units = amount.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return units * *price;
}

Balance Balance::fromToken(const services::nonceauth::TokenBalance &token)
{
    Balance b;
    b.symbol = token.symbol;
    b.amount = services::nonceauth::formatUnits(token.balance, token.decimals);
    b.baseUnits = token.balance;
    b.decimals = token.decimals;
    if (token.price > 0)
        b.price = token.price;
    b.chainId = token.chainId;
    b.tokenAddress = token.address;
    b.logo = token.logo;
    return b;
}

QList<Balance> Balance::fromCaptureUser(const services::capture::CaptureUser &user)
{
    static const QRegularExpression decimal(QStringLiteral("^[0-9]+(\\.[0-9]+)?$"));
    const QJsonObject wallet = user.raw.value(QLatin1String("user_wallet")).toObject();
    const struct {
        const char *key;
        const char *symbol;
        QString name;
        QString address;
    } lines[] = {
        {"asset_wallet_num", "NUM", BalancesModel::tr("Asset wallet"), wallet.value(QLatin1String("asset_wallet")).toString()},
        {"integrity_wallet_num", "NUM", BalancesModel::tr("Integrity wallet"),
         wallet.value(QLatin1String("integrity_wallet")).toString()},
        {"points", "", BalancesModel::tr("Capture Credits"), {}},
    };
    QList<Balance> out;
    for (const auto &line : lines) {
        const QJsonValue value = wallet.value(QLatin1String(line.key));
        const QString amount = value.isDouble() ? QString::number(value.toDouble(), 'f', -1) : value.toString().trimmed();
        if (!decimal.match(amount).hasMatch())
            continue;
        Balance b;
        b.symbol = QString::fromLatin1(line.symbol);
        b.name = line.name;
        b.amount = amount;
        b.tokenAddress = line.address;
        out.append(b);
    }
    return out;
}

BalancesModel::BalancesModel(QObject *parent) : JobListModel(parent) {}

BalancesModel::~BalancesModel() = default;

int BalancesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_balances.size());
}

QVariant BalancesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Balance &b = m_balances[index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        const QString unit = b.symbol.isEmpty() ? b.name : b.symbol;
        return tr("%1 %2", "amount, then the token symbol").arg(b.amount, unit);
    }
    case Qt::ToolTipRole: return b.name.isEmpty() ? b.symbol : b.name;
    case SymbolRole: return b.symbol;
    case NameRole: return b.name;
    case AmountRole: return b.amount;
    case BaseUnitsRole: return b.baseUnits;
    case DecimalsRole: return b.decimals;
    case PriceRole: return b.price ? QVariant(*b.price) : QVariant();
    case FiatValueRole: {
        const auto value = b.fiatValue();
        return value ? QVariant(*value) : QVariant();
    }
    case ChainIdRole: return b.chainId;
    case TokenAddressRole: return b.tokenAddress;
    case LogoRole: return b.logo;
    default: return {};
    }
}

std::optional<double> BalancesModel::totalFiatValue() const
{
    std::optional<double> total;
    for (const Balance &b : m_balances)
        if (const auto value = b.fiatValue())
            total = total.value_or(0) + *value;
    return total;
}

QHash<int, QByteArray> BalancesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{SymbolRole, "symbol"},
                  {NameRole, "name"},
                  {AmountRole, "amount"},
                  {BaseUnitsRole, "baseUnits"},
                  {DecimalsRole, "decimals"},
                  {PriceRole, "price"},
                  {FiatValueRole, "fiatValue"},
                  {ChainIdRole, "chainId"},
                  {TokenAddressRole, "tokenAddress"},
                  {LogoRole, "logo"}});
    return names;
}

void BalancesModel::setBalances(const QList<Balance> &balances)
{
    cancelLoad();
    beginResetModel();
    m_balances = balances;
    clearError();
    endResetModel();
}

void BalancesModel::setTokenBalances(const QList<services::nonceauth::TokenBalance> &tokens)
{
    QList<Balance> balances;
    for (const auto &token : tokens)
        balances.append(Balance::fromToken(token));
    setBalances(balances);
}

void BalancesModel::setCaptureUser(const services::capture::CaptureUser &user)
{
    setBalances(Balance::fromCaptureUser(user));
}

void BalancesModel::clear()
{
    setBalances({});
}

void BalancesModel::load(services::nonceauth::NonceAuthClient *client)
{
    if (!client)
        return;
    startJob(client->tokens(), [this](const QList<services::nonceauth::TokenBalance> &tokens) { setTokenBalances(tokens); });
}

void BalancesModel::load(services::capture::CaptureClient *client)
{
    if (!client)
        return;
    startJob(client->me(), [this](const services::capture::CaptureUser &user) { setCaptureUser(user); });
}

} // namespace inkan::models
