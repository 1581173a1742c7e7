#pragma once
// The NFTs the user chose to hide from the gallery, per holder address, kept on this computer
// only (<data dir>/hidden-nfts.json; the service knows nothing of it). Small: written at once
// with QSaveFile on each change.
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

private:
    bool save();

    QString m_path;
    QHash<QString, QSet<QString>> m_hidden; // holder (lower case) -> token ids (lower case)
};

} // namespace inkan::session
