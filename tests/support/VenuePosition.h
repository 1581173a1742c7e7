// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Where a holder and a scanner stand to verify an NFT in the tests: its venue from the dynamic
// metadata (valid_latitude/valid_longitude) when it has one, else Tokyo Station.
#include "services/web3connect/Web3ConnectTypes.h"
#include <QJsonValue>

namespace inkan::test {

inline const services::web3connect::Gps kDefaultVenue{QStringLiteral("35.6812"), QStringLiteral("139.7671")};

inline services::web3connect::Gps venuePositionFor(const services::web3connect::Nft &nft)
{
    const QJsonValue lat = nft.dynamicMetadata.value(QLatin1String("valid_latitude"));
    const QJsonValue lon = nft.dynamicMetadata.value(QLatin1String("valid_longitude"));
    if (lat.isUndefined() || lon.isUndefined())
        return kDefaultVenue;
    const auto text = [](const QJsonValue &v) { return v.isDouble() ? QString::number(v.toDouble(), 'f', 6) : v.toString(); };
    return services::web3connect::Gps{text(lat), text(lon)};
}

} // namespace inkan::test
