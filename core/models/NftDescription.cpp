// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "models/NftDescription.h"

#include "models/NftModel.h"
#include <QCoreApplication>
#include <QJsonValue>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

namespace inkan::models::nftfields {

namespace {

// lupdate files an unqualified tr() in a namespace under the namespace's name: look it up there.
QString tr(const char *text) { return QCoreApplication::translate("inkan::models::nftfields", text); }

std::optional<double> number(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    bool ok = false;
    const double d = value.toString().toDouble(&ok);
    return ok ? std::optional<double>(d) : std::nullopt;
}

QString humanKey(const QString &key)
{
    QString text = key;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString dateText(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::LongFormat);
}

QString valueText(const QString &key, const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? tr("Yes") : tr("No");
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (key.contains(QLatin1String("expire")) || key.endsWith(QLatin1String("_at")))
            if (d > 1e9 && d < 1e11)
                return dateText(QDateTime::fromSecsSinceEpoch(qint64(d), Qt::UTC));
        return d == qint64(d) ? QLocale().toString(qint64(d)) : QLocale().toString(d, 'g', 10);
    }
    if (value.isString()) {
        const QString s = value.toString();
        const QDateTime when = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (when.isValid() && s.size() >= 10 && s.at(4) == QLatin1Char('-'))
            return dateText(when);
        return s.isEmpty() ? tr("(empty)") : s;
    }
    if (value.isNull() || value.isUndefined())
        return tr("(none)");
    return tr("(structured value)");
}

} // namespace

std::optional<Venue> venue(const services::web3connect::Nft &nft)
{
    const QJsonObject &d = nft.dynamicMetadata;
    const auto lat = number(d.value(QLatin1String("valid_latitude")));
    const auto lon = number(d.value(QLatin1String("valid_longitude")));
    const auto radius = number(d.value(QLatin1String("valid_radius")));
    if (!lat || !lon || !radius)
        return std::nullopt;
    const bool km = d.value(QLatin1String("unit_of_length")).toString().compare(QLatin1String("km"), Qt::CaseInsensitive) == 0;
    return Venue{*lat, *lon, km ? *radius * 1000 : *radius};
}

QString describeVenue(const Venue &venue)
{
    const QLocale locale;
    const QString distance = venue.radiusMetres >= 1000
                                 ? tr("%1 km").arg(locale.toString(venue.radiusMetres / 1000, 'g', 6))
                                 : tr("%1 m").arg(locale.toString(qint64(venue.radiusMetres)));
    return tr("within %1 of %2, %3")
        .arg(distance, locale.toString(venue.latitude, 'f', 2), locale.toString(venue.longitude, 'f', 2));
}

QList<Field> describe(const services::web3connect::Nft &nft)
{
    QList<Field> fields;
    const QJsonObject &s = nft.staticMetadata;
    const QJsonObject &d = nft.dynamicMetadata;
    QSet<QString> done{QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("image"),
                       QStringLiteral("expired_at"), QStringLiteral("expires")};

    const QString kindText = kind(nft);
    if (!kindText.isEmpty())
        fields.append({QStringLiteral("kind"), tr("Kind"), kindText});
    for (const char *key : {"category", "credential_category", "type", "kind"})
        done.insert(QLatin1String(key));
    if (s.contains(QLatin1String("issuer")))
        fields.append({QStringLiteral("issuer"), tr("Issuer"), valueText({}, s.value(QLatin1String("issuer")))});
    if (s.contains(QLatin1String("contents_provider")))
        fields.append({QStringLiteral("contents_provider"), tr("Provided by"), valueText({}, s.value(QLatin1String("contents_provider")))});
    done << QStringLiteral("issuer") << QStringLiteral("contents_provider");
    if (const auto serial = number(s.value(QLatin1String("serial_number")))) {
        const auto total = number(s.value(QLatin1String("total_issued")));
        fields.append({QStringLiteral("serial"), tr("Number"),
                       total ? tr("No. %1 of %2").arg(QLocale().toString(qint64(*serial)), QLocale().toString(qint64(*total)))
                             : tr("No. %1").arg(QLocale().toString(qint64(*serial)))});
        done << QStringLiteral("serial_number") << QStringLiteral("total_issued");
    }
    const QDateTime minted = mintedAt(nft);
    if (minted.isValid())
        fields.append({QStringLiteral("minted"), tr("Minted"), dateText(minted)});
    const QDateTime expires = expiresAt(nft);
    fields.append({QStringLiteral("expires"), tr("Expires"),
                   !expires.isValid() ? tr("Never")
                   : expires < QDateTime::currentDateTimeUtc() ? tr("%1 (expired)").arg(dateText(expires))
                                                               : dateText(expires)});
    if (const auto place = venue(nft)) {
        fields.append({QStringLiteral("venue"), tr("Valid at"), describeVenue(*place)});
        done << QStringLiteral("valid_latitude") << QStringLiteral("valid_longitude") << QStringLiteral("valid_radius")
             << QStringLiteral("unit_of_length");
    }
    for (const QJsonObject *object : {&s, &d}) {
        for (auto it = object->constBegin(); it != object->constEnd(); ++it) {
            if (done.contains(it.key()))
                continue;
            done.insert(it.key());
            if (it.value().isString() && it.value().toString().isEmpty())
                continue; // e.g. animation_url: "" says nothing
            fields.append({it.key(), humanKey(it.key()), valueText(it.key(), it.value())});
        }
    }
    return fields;
}

} // namespace inkan::models::nftfields
