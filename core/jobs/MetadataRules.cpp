// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "jobs/MetadataRules.h"
#include "Tr.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <cmath>

namespace inkan::jobs {

namespace {

struct StaticRule {
    bool mayBeEmpty = false;
    bool integer = false;
};

// Every required static field, in the seed's order, with what the service takes for it.
const QList<std::pair<QString, StaticRule>> &staticRules()
{
    static const QList<std::pair<QString, StaticRule>> rules = {
        {QStringLiteral("issuer"), {}},
        {QStringLiteral("contents_provider"), {}},
        {QStringLiteral("name"), {}},
        {QStringLiteral("description"), {}},
        {QStringLiteral("image"), {}},
        {QStringLiteral("link"), {.mayBeEmpty = true}},
        {QStringLiteral("serial_number"), {.integer = true}},
        {QStringLiteral("total_issued"), {.integer = true}},
        {QStringLiteral("animation_url"), {.mayBeEmpty = true}},
    };
    return rules;
}

const QHash<QString, FieldType> &dynamicTypes()
{
    static const QHash<QString, FieldType> types = {
        {QStringLiteral("numbered_position"), FieldType::Integer}, {QStringLiteral("date_created"), FieldType::Integer},
        {QStringLiteral("date_modified"), FieldType::Integer},     {QStringLiteral("expires"), FieldType::Integer},
        {QStringLiteral("copyright_year"), FieldType::Integer},    {QStringLiteral("points_earned"), FieldType::Number},
        {QStringLiteral("valid_radius"), FieldType::Number},       {QStringLiteral("total_value"), FieldType::Number},
        {QStringLiteral("consumable_value"), FieldType::Number},   {QStringLiteral("discount_rate"), FieldType::Number},
        {QStringLiteral("attributes"), FieldType::Array},          {QStringLiteral("properties"), FieldType::Object},
        {QStringLiteral("localization"), FieldType::Object},
    };
    return types;
}

const StaticRule *staticRule(const QString &field)
{
    for (const auto &[name, rule] : staticRules())
        if (name == field)
            return &rule;
    return nullptr;
}

/// A JSON number that is a whole number a JavaScript service keeps exactly (|n| <= 2^53 - 1).
bool isWholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double n = value.toDouble();
    return std::isfinite(n) && std::trunc(n) == n && std::fabs(n) <= 9007199254740991.0;
}

} // namespace

const QStringList &requiredStaticFields()
{
    static const QStringList fields = [] {
        QStringList names;
        for (const auto &entry : staticRules())
            names.append(entry.first);
        return names;
    }();
    return fields;
}

bool staticFieldMayBeEmpty(const QString &field)
{
    const StaticRule *rule = staticRule(field);
    return rule && rule->mayBeEmpty;
}

bool isStaticField(const QString &field)
{
    return staticRule(field) || field == QLatin1String("expired_at");
}

FieldType fieldType(const QString &field, bool isStatic)
{
    if (isStatic) {
        const StaticRule *rule = staticRule(field);
        return rule && rule->integer ? FieldType::Integer : FieldType::String;
    }
    return dynamicTypes().value(field, FieldType::String);
}

QList<RowProblem> validateMetadata(const QJsonObject &staticMetadata, const QJsonObject &dynamicMetadata)
{
    QList<RowProblem> problems;
    for (const auto &[field, rule] : staticRules()) {
        const QJsonValue v = staticMetadata.value(field);
        if (v.isUndefined() || v.isNull()) {
            problems.append({0, field, inkan::tr("The static field \"%1\" is required.").arg(field)});
        } else if (rule.integer) {
            if (!isWholeNumber(v))
                problems.append({0, field, inkan::tr("The static field \"%1\" must be a whole number.").arg(field)});
        } else if (!v.isString()) {
            problems.append({0, field, inkan::tr("The static field \"%1\" must be text.").arg(field)});
        } else if (!rule.mayBeEmpty && v.toString().trimmed().isEmpty()) {
            problems.append({0, field, inkan::tr("The static field \"%1\" must not be empty.").arg(field)});
        }
    }
    if (staticMetadata.contains(QLatin1String("expired_at"))) {
        const QJsonValue when = staticMetadata.value(QLatin1String("expired_at"));
        if (!when.isString() || !QDateTime::fromString(when.toString(), Qt::ISODateWithMs).isValid())
            problems.append({0, QStringLiteral("expired_at"), inkan::tr("expired_at must be an ISO date like 2030-12-31T12:34:56.000Z.")});
    }
    for (auto it = staticMetadata.begin(); it != staticMetadata.end(); ++it) {
        if (!isStaticField(it.key()))
            problems.append({0, it.key(), inkan::tr("\"%1\" is not a static field; put it in the dynamic metadata.").arg(it.key())});
    }
    for (auto it = dynamicMetadata.begin(); it != dynamicMetadata.end(); ++it) {
        const FieldType type = fieldType(it.key(), false);
        if (type == FieldType::Integer && !isWholeNumber(*it))
            problems.append({0, it.key(), inkan::tr("The dynamic field \"%1\" must be a whole number.").arg(it.key())});
        else if (type == FieldType::Number && !(it->isDouble() && std::isfinite(it->toDouble())))
            problems.append({0, it.key(), inkan::tr("The dynamic field \"%1\" must be a number.").arg(it.key())});
    }
    return problems;
}

} // namespace inkan::jobs
