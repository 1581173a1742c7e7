// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "session/HiddenNfts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace inkan::session {

HiddenNfts::HiddenNfts(const QString &dataDir, QObject *parent)
    : HiddenNfts(dataDir, QStringLiteral("hidden-nfts.json"), parent)
{
}

KnownRecipients::KnownRecipients(const QString &dataDir, QObject *parent)
    : HiddenNfts(dataDir, QStringLiteral("known-recipients.json"), parent)
{
}

HiddenNfts::HiddenNfts(const QString &dataDir, const QString &fileName, QObject *parent)
    : QObject(parent), m_path(QDir(dataDir).filePath(fileName))
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject holders = QJsonDocument::fromJson(file.read(1 << 20)).object();
    for (auto it = holders.constBegin(); it != holders.constEnd(); ++it) {
        QSet<QString> ids;
        for (const QJsonValue &id : it.value().toArray())
            if (id.isString())
                ids.insert(id.toString().toLower());
        if (!ids.isEmpty())
            m_hidden.insert(it.key().toLower(), ids);
    }
}

bool HiddenNfts::isHidden(const QString &holder, const QString &tokenId) const
{
    return m_hidden.value(holder.toLower()).contains(tokenId.toLower());
}

bool HiddenNfts::hide(const QString &holder, const QString &tokenId)
{
    QSet<QString> &ids = m_hidden[holder.toLower()];
    if (ids.contains(tokenId.toLower()))
        return true;
    ids.insert(tokenId.toLower());
    const bool saved = save();
    Q_EMIT changed(holder.toLower());
    return saved;
}

bool HiddenNfts::unhide(const QString &holder, const QString &tokenId)
{
    auto it = m_hidden.find(holder.toLower());
    if (it == m_hidden.end() || !it->remove(tokenId.toLower()))
        return true;
    if (it->isEmpty())
        m_hidden.erase(it);
    const bool saved = save();
    Q_EMIT changed(holder.toLower());
    return saved;
}

bool HiddenNfts::save()
{
    QJsonObject holders;
    for (auto it = m_hidden.constBegin(); it != m_hidden.constEnd(); ++it) {
        QStringList ids(it->begin(), it->end());
        ids.sort();
        holders.insert(it.key(), QJsonArray::fromStringList(ids));
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(holders).toJson());
    return file.commit();
}

} // namespace inkan::session
