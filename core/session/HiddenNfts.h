// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The NFTs the user chose to hide from the gallery, per holder address, kept on this computer
// only (<data dir>/hidden-nfts.json; the service knows nothing of it). Small: written at once
// with QSaveFile on each change. KnownRecipients keeps, the same way, the addresses a holder
// has transferred to (<data dir>/known-recipients.json), so a first-time recipient is noticed.
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

namespace inkan::session {

class HiddenNfts : public QObject {
    Q_OBJECT
public:
    /// Reads <dataDir>/hidden-nfts.json (an absent or unreadable file is an empty list).
    explicit HiddenNfts(const QString &dataDir, QObject *parent = nullptr);

    QString filePath() const { return m_path; }
    bool isHidden(const QString &holder, const QString &tokenId) const;
    QSet<QString> hidden(const QString &holder) const { return m_hidden.value(holder.toLower()); }
    /// False when the file could not be written (the change still holds until the app exits).
    bool hide(const QString &holder, const QString &tokenId);
    bool unhide(const QString &holder, const QString &tokenId);

Q_SIGNALS:
    void changed(const QString &holder);

protected:
    HiddenNfts(const QString &dataDir, const QString &fileName, QObject *parent);

private:
    bool save();

    QString m_path;
    QHash<QString, QSet<QString>> m_hidden; // holder (lower case) -> token ids (lower case)
};

class KnownRecipients : public HiddenNfts {
    Q_OBJECT
public:
    explicit KnownRecipients(const QString &dataDir, QObject *parent = nullptr);
    bool isKnown(const QString &holder, const QString &recipient) const { return isHidden(holder, recipient); }
    bool remember(const QString &holder, const QString &recipient) { return hide(holder, recipient); }
};

} // namespace inkan::session
