#include "jobs/BatchMint.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QDateTime>
#include <QJsonDocument>

namespace inkan::jobs {


namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(inkan::jobs::BatchMintJob)
};

const QStringList kIntegerStatic = {QStringLiteral("serial_number"), QStringLiteral("total_issued")};
const QStringList kIntegerDynamic = {QStringLiteral("numbered_position"), QStringLiteral("date_created"),
                                     QStringLiteral("date_modified"), QStringLiteral("expires"),
                                     QStringLiteral("copyright_year")};
const QStringList kNumberDynamic = {QStringLiteral("points_earned"), QStringLiteral("valid_radius"),
                                    QStringLiteral("total_value"), QStringLiteral("consumable_value"),
                                    QStringLiteral("discount_rate")};
const QStringList kArrayDynamic = {QStringLiteral("attributes")};
const QStringList kObjectDynamic = {QStringLiteral("properties"), QStringLiteral("localization")};

} // namespace

/// A CSV cell turned into the JSON type the service expects for `field`.
QJsonValue typedCell(const QString &field, const QString &cell, bool isStatic, QString *problem)
{
    const QString text = cell.trimmed();
    const bool integer = isStatic ? kIntegerStatic.contains(field) : kIntegerDynamic.contains(field);
    if (integer) {
        bool ok = false;
        const qlonglong value = text.toLongLong(&ok);
        if (!ok)
            *problem = Text::tr("\"%1\" is not a whole number.").arg(text.left(40));
        return QJsonValue(value);
    }
    if (!isStatic && kNumberDynamic.contains(field)) {
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok)
            *problem = Text::tr("\"%1\" is not a number.").arg(text.left(40));
        return value;
    }
    if (!isStatic && (kArrayDynamic.contains(field) || kObjectDynamic.contains(field))) {
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        const bool wantArray = kArrayDynamic.contains(field);
        if (wantArray ? !doc.isArray() : !doc.isObject()) {
            *problem = wantArray ? Text::tr("must be a JSON list like [\"a\",\"b\"].")
                                 : Text::tr("must be a JSON object like {\"k\":\"v\"}.");
            return {};
        }
        return wantArray ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    return text;
}


const QStringList &requiredStaticFields()
{
    static const QStringList fields = {QStringLiteral("issuer"), QStringLiteral("contents_provider"),
                                       QStringLiteral("name"), QStringLiteral("description"),
                                       QStringLiteral("image"), QStringLiteral("link"),
                                       QStringLiteral("serial_number"), QStringLiteral("total_issued"),
                                       QStringLiteral("animation_url")};
    return fields;
}

QList<RowProblem> validateMetadata(const QJsonObject &staticMetadata, const QJsonObject &dynamicMetadata)
{
    QList<RowProblem> problems;
    for (const QString &field : requiredStaticFields()) {
        const QJsonValue v = staticMetadata.value(field);
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
            problems.append({0, field, Text::tr("The static field \"%1\" is required.").arg(field)});
        else if (kIntegerStatic.contains(field) && !(v.isDouble() && v.toDouble() == double(v.toInteger())))
            problems.append({0, field, Text::tr("The static field \"%1\" must be a whole number.").arg(field)});
    }
    if (staticMetadata.contains(QLatin1String("expired_at"))) {
        const QString when = staticMetadata.value(QLatin1String("expired_at")).toString();
        if (!QDateTime::fromString(when, Qt::ISODateWithMs).isValid() && !QDateTime::fromString(when, Qt::ISODate).isValid())
            problems.append({0, QStringLiteral("expired_at"), Text::tr("expired_at must be an ISO date like 2030-12-31T12:34:56.000Z.")});
    }
    for (auto it = dynamicMetadata.begin(); it != dynamicMetadata.end(); ++it) {
        if (kIntegerDynamic.contains(it.key()) && !(it->isDouble() && it->toDouble() == double(it->toInteger())))
            problems.append({0, it.key(), Text::tr("The dynamic field \"%1\" must be a whole number.").arg(it.key())});
        else if (kNumberDynamic.contains(it.key()) && !it->isDouble())
            problems.append({0, it.key(), Text::tr("The dynamic field \"%1\" must be a number.").arg(it.key())});
    }
    return problems;
}

} // namespace inkan::jobs
