// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// NFT metadata as the sandbox takes it: which static fields must be present, which of them may
// be empty, the types of the dynamic fields, and the fields the search endpoints match on.
//
// Written apart from the client's core/jobs/MetadataRules on purpose (the sandbox shares only
// core/crypto with the client): tst_metadata_rules checks that the two agree on a table of
// cases, so a change on one side alone fails a test instead of hiding a disagreement.
#include "Http.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace inkan::sandbox::nfts {

/// metadata.static checked and completed: every field but expired_at is present; names
/// (issuer, contents_provider, name), description and image are non-empty strings; the
/// URL-like fields link and animation_url are strings that may be empty; serial_number and
/// total_issued are integers; expired_at, when given, is an ISO date, else
/// 9999-12-31T23:59:59.000Z is filled in. Any other key is refused (it belongs in dynamic).
/// 400 names the field.
ApiResult<QJsonObject> validateStatic(const QJsonValue &value);

/// Checks dynamic metadata values against the seed's types; `path` prefixes field names in
/// messages ("metadata.dynamic.").
std::optional<ApiError> validateDynamic(const QJsonObject &dynamic, const QString &path);

/// Where a search field lives.
enum class SearchField { None, Static, Dynamic };
SearchField searchField(const QString &key);

} // namespace inkan::sandbox::nfts
