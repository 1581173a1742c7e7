// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// The sandbox's rules for NFT metadata fields.
#include "NftSchema.h"
#include "Tr.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <cmath>

namespace inkan::sandbox::nfts {

namespace {

const QString kDefaultExpiry = QStringLiteral("9999-12-31T23:59:59.000Z");

// How each required static field is taken. The seed marks them all "required"; what that
// means per field is the sandbox's decision (sandbox/README.md): a name, a description or the
// artwork cannot be blank, a link or an animation may be absent from the NFT itself and is then
// an empty string (the demo NFTs have no animation).
enum class StaticKind { NonEmptyString, String, Integer };
struct StaticField {
    const char *name;
    StaticKind kind;
};
constexpr StaticField kStaticFields[] = {
    {"issuer", StaticKind::NonEmptyString},
    {"contents_provider", StaticKind::NonEmptyString},
    {"name", StaticKind::NonEmptyString},
    {"description", StaticKind::NonEmptyString},
    {"image", StaticKind::NonEmptyString},
    {"link", StaticKind::String},
    {"animation_url", StaticKind::String},
    {"serial_number", StaticKind::Integer},
    {"total_issued", StaticKind::Integer},
};

const QStringList kDynamicNumbers = {"points_earned", "valid_radius", "total_value",
                                     "consumable_value", "discount_rate"};
const QStringList kDynamicIntegers = {"numbered_position", "date_created", "date_modified",
                                      "expires", "copyright_year"};
const QStringList kDynamicStrings = {
    "external_url", "youtube_url", "background_color", "category", "id", "unit_of_points",
    "program_name", "organization", "brand", "branch", "department", "address", "sns1", "sns2",
    "sns3", "role", "email", "tel", "reference_name", "license", "competency",
    "credential_category", "level", "status", "valid_latitude", "valid_longitude",
    "unit_of_length", "ticketed_seat", "price_currency", "gtin", "gtin12", "gtin13", "gtin14",
    "gtin8", "has_adult_consideration", "rating", "copyright_notice", "credit_text", "version",
    "policy", "keywords"};
// The fields the search endpoints match on, and where each lives.
const QStringList kSearchStaticFields = {"issuer", "contents_provider", "name", "description"};
const QStringList kSearchDynamicFields = {
    "category", "program_name", "organization", "brand", "competency", "credential_category",
    "level", "status", "gtin", "gtin12", "gtin13", "gtin14", "gtin8", "has_adult_consideration",
    "rating", "keywords"};

bool isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::isfinite(number) && std::floor(number) == number && std::fabs(number) <= 9007199254740991.0;
}

bool isStaticField(const QString &key)
{
    if (key == u"expired_at")
        return true;
    return std::any_of(std::begin(kStaticFields), std::end(kStaticFields),
                       [&](const StaticField &field) { return key == QLatin1String(field.name); });
}

bool parseCoordinate(const QJsonValue &value, double limit, double *out)
{
    bool ok = false;
    const double number = value.isString() ? value.toString().trimmed().toDouble(&ok)
                                           : (value.isDouble() ? (ok = true, value.toDouble()) : 0.0);
    if (!ok || !std::isfinite(number) || std::fabs(number) > limit)
        return false;
    *out = number;
    return true;
}

} // namespace

ApiResult<QJsonObject> validateStatic(const QJsonValue &value)
{
    if (!value.isObject())
        return ApiError{400, inkan::tr("metadata.static is required and must be an object."), {}};
    QJsonObject object = value.toObject();
    for (const StaticField &field : kStaticFields) {
        const QString name = QLatin1String(field.name);
        const QJsonValue v = object.value(name);
        switch (field.kind) {
        case StaticKind::Integer:
            if (!isInteger(v))
                return ApiError{400, inkan::tr("metadata.static.%1 is required and must be an integer.").arg(name), {}};
            break;
        case StaticKind::String:
            if (!v.isString())
                return ApiError{400, inkan::tr("metadata.static.%1 is required and must be a string.").arg(name), {}};
            break;
        case StaticKind::NonEmptyString:
            if (!v.isString())
                return ApiError{400, inkan::tr("metadata.static.%1 is required and must be a string.").arg(name), {}};
            if (v.toString().trimmed().isEmpty())
                return ApiError{400, inkan::tr("metadata.static.%1 must not be empty.").arg(name), {}};
            break;
        }
    }
    if (object.contains("expired_at")) {
        const QJsonValue expiry = object.value("expired_at");
        if (!expiry.isString()
            || !QDateTime::fromString(expiry.toString(), Qt::ISODateWithMs).isValid())
            return ApiError{400, inkan::tr("metadata.static.expired_at must be an ISO date string."), {}};
    } else {
        object.insert("expired_at", kDefaultExpiry);
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!isStaticField(it.key()))
            return ApiError{400, inkan::tr("metadata.static.%1 is not a static field; put it in metadata.dynamic.")
                                     .arg(it.key()), {}};
    }
    return object;
}

std::optional<ApiError> validateDynamic(const QJsonObject &dynamic, const QString &path)
{
    for (auto it = dynamic.constBegin(); it != dynamic.constEnd(); ++it) {
        const QString &key = it.key();
        const QJsonValue &value = it.value();
        if (value.isNull())
            continue;
        if (kDynamicStrings.contains(key) && !value.isString())
            return ApiError{400, inkan::tr("%1%2 must be a string.").arg(path, key), {}};
        if (kDynamicIntegers.contains(key) && !isInteger(value))
            return ApiError{400, inkan::tr("%1%2 must be an integer.").arg(path, key), {}};
        if (kDynamicNumbers.contains(key) && (!value.isDouble() || !std::isfinite(value.toDouble())))
            return ApiError{400, inkan::tr("%1%2 must be a number.").arg(path, key), {}};
        if (key == u"attributes" && !value.isArray())
            return ApiError{400, inkan::tr("%1%2 must be an array.").arg(path, key), {}};
        if ((key == u"properties" || key == u"localization") && !value.isObject())
            return ApiError{400, inkan::tr("%1%2 must be an object.").arg(path, key), {}};
    }
    double coordinate = 0;
    if (dynamic.contains("valid_latitude") && !dynamic.value("valid_latitude").isNull()
        && !parseCoordinate(dynamic.value("valid_latitude"), 90, &coordinate))
        return ApiError{400, inkan::tr("%1valid_latitude must be a latitude in degrees, such as \"35.6812\".").arg(path), {}};
    if (dynamic.contains("valid_longitude") && !dynamic.value("valid_longitude").isNull()
        && !parseCoordinate(dynamic.value("valid_longitude"), 180, &coordinate))
        return ApiError{400, inkan::tr("%1valid_longitude must be a longitude in degrees, such as \"139.7671\".").arg(path), {}};
    if (dynamic.contains("valid_radius") && dynamic.value("valid_radius").toDouble() < 0)
        return ApiError{400, inkan::tr("%1valid_radius must not be negative.").arg(path), {}};
    if (dynamic.contains("unit_of_length") && !dynamic.value("unit_of_length").isNull()) {
        const QString unit = dynamic.value("unit_of_length").toString();
        if (unit != u"m" && unit != u"km")
            return ApiError{400, inkan::tr("%1unit_of_length must be m or km.").arg(path), {}};
    }
    return std::nullopt;
}
SearchField searchField(const QString &key)
{
    if (kSearchStaticFields.contains(key))
        return SearchField::Static;
    if (kSearchDynamicFields.contains(key))
        return SearchField::Dynamic;
    return SearchField::None;
}

} // namespace inkan::sandbox::nfts
