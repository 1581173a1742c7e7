// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// An NFT's metadata for people: each static and dynamic field as a label and a sentence-like
// value (dates as dates, numbers grouped, "No. 3 of 100", the venue circle as "within 500 m of
// 35.68, 139.77", yes/no), in a stable order. Name, description and image are left out (the
// detail view shows them as its header).
#include "services/web3connect/Web3ConnectTypes.h"
#include <QList>
#include <QString>
#include <optional>

namespace inkan::models::nftfields {

struct Field {
    QString key;   // the metadata key (or a made-up one: "serial", "venue", "minted")
    QString label; // translated
    QString value;
};

struct Venue {
    double latitude = 0;
    double longitude = 0;
    double radiusMetres = 0;
};

/// The venue circle of dynamic valid_latitude / valid_longitude / valid_radius (unit_of_length
/// m or km), when all three are there.
std::optional<Venue> venue(const services::web3connect::Nft &nft);
/// "within 500 m of 35.68, 139.77" (km from 1000 m).
QString describeVenue(const Venue &venue);
QList<Field> describe(const services::web3connect::Nft &nft);

} // namespace inkan::models::nftfields
