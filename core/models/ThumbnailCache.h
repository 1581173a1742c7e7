// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Thumbnails of NFT images for the gallery. Downloads with its own QNetworkAccessManager and a
// QNetworkDiskCache (<cache dir>), decodes and scales on a worker thread (QtConcurrent +
// QImageReader with a scaled size and an allocation limit), keeps the last images in a memory
// LRU, and says per URL: Loading, Ready (image()) or Unavailable (refused URL, network error,
// too large, not an image). Nothing blocks: state() starts a download when needed and
// stateChanged() follows.
//
// Image safety: only URLs that isAllowedImageUrl() accepts are fetched (the service's own
// origin, or public https hosts), and redirects are held to the same rule.
#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSize>
#include <QUrl>

class QNetworkAccessManager;

namespace inkan::models {

/// True when an NFT image at `url` may be fetched: the same origin (scheme, host, port) as the
/// service, or https to a host that is not loopback, private, link-local, unique-local,
/// CGNAT, multicast or unspecified (also `localhost`, `*.localhost`, `*.local`). Anything else
/// (http elsewhere, file:, data:, no host) is refused.
bool isAllowedImageUrl(const QUrl &url, const QUrl &serviceBaseUrl);

class ThumbnailCache : public QObject {
    Q_OBJECT
public:
    enum class State { Loading, Ready, Unavailable };
    Q_ENUM(State)

    struct Options {
        QString cacheDir;                 // the disk cache; empty: no disk cache
        QUrl serviceBaseUrl;              // for isAllowedImageUrl
        QSize thumbnailSize{256, 256};    // images are scaled to fit, keeping their aspect
        qint64 maxDownloadBytes = 8 << 20;
        int maxAllocationMb = 64;         // QImageReader allocation limit
        int memoryCacheKb = 32 << 10;     // the LRU's size (kilobytes of image data)
    };

    explicit ThumbnailCache(Options options, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    /// The state of `url`, starting a download when it is neither loaded nor loading. An
    /// empty or refused URL is Unavailable at once.
    State state(const QUrl &url);
    /// The scaled image once Ready (a null image otherwise).
    QImage image(const QUrl &url);
    /// Forgets failures, so the next state() tries them again.
    void retryUnavailable();

Q_SIGNALS:
    void stateChanged(const QUrl &url, inkan::models::ThumbnailCache::State state);

private:
    void download(const QUrl &url);
    void decoded(const QUrl &url, const QImage &image);
    void setState(const QUrl &url, State state);

    Options m_options;
    QNetworkAccessManager *m_network;
    QHash<QUrl, State> m_states;
    QCache<QUrl, QImage> m_images;
};

} // namespace inkan::models
