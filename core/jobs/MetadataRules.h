// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// What the Web3Connect service takes in an NFT's metadata, field by field, as the client checks
// it before sending anything (a single mint, every row of a batch CSV).
//
// "Required" means present. Whether a present field may also be empty is decided per field:
// names (issuer, contents_provider, name), description and image must be non-empty; the
// URL-like link and animation_url may be empty strings (many NFTs have no animation: the
// sandbox's demo NFTs are such); serial_number and total_issued are integers; expired_at is
// optional. The sandbox writes the same rule independently (sandbox/NftSchema.cpp);
// tst_metadata_rules checks that the two agree on a table of cases.
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace inkan::jobs {

struct RowProblem {
    int row = 0;       // 1 = the first line after the header
    QString column;    // CSV column name, empty for the whole row
    QString message;
};

/// The static fields the service requires (all but expired_at).
const QStringList &requiredStaticFields();
/// Whether a required static field may be present with an empty value ("" or only spaces).
bool staticFieldMayBeEmpty(const QString &field);
/// A static field name, required or optional (expired_at).
bool isStaticField(const QString &field);

/// The JSON type the service wants for a metadata field; String for any unlisted dynamic key.
enum class FieldType { String, Integer, Number, Array, Object };
FieldType fieldType(const QString &field, bool isStatic);

/// Validates one NFT's metadata as the service would (required static fields and which may be
/// empty, no unknown static field, integer and number types, ISO dates). Problems name the
/// field; their row is 0.
QList<RowProblem> validateMetadata(const QJsonObject &staticMetadata, const QJsonObject &dynamicMetadata);

} // namespace inkan::jobs
