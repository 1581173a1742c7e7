// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "models/ThumbnailCache.h"

#include <QBuffer>
#include <QFutureWatcher>
#include <QHostAddress>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QtConcurrent/QtConcurrentRun>

namespace inkan::models {

namespace {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
           && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(a.scheme() == QLatin1String("https") ? 443 : 80) == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

bool isPublicAddress(QHostAddress address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // also IPv4-mapped IPv6
    if (isV4)
        address = QHostAddress(v4);
    if (address.isNull() || address.isLoopback() || address.isLinkLocal() || address.isMulticast()
        || address.isBroadcast() || address.isUniqueLocalUnicast() || address.isSiteLocal()
        || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6)
        return false;
    if (isV4) {
        static const char *const blocked[] = {"0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8",
                                              "169.254.0.0/16", "172.16.0.0/12", "192.168.0.0/16",
                                              "198.18.0.0/15", "224.0.0.0/4", "240.0.0.0/4"};
        for (const char *subnet : blocked)
            if (address.isInSubnet(QHostAddress::parseSubnet(QLatin1String(subnet))))
                return false;
    }
    return true;
}

} // namespace

bool isAllowedImageUrl(const QUrl &url, const QUrl &serviceBaseUrl)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return false;
    if (serviceBaseUrl.isValid() && !serviceBaseUrl.host().isEmpty() && sameOrigin(url, serviceBaseUrl))
        return true;
    if (scheme != QLatin1String("https"))
        return false;
    const QString host = url.host().toLower();
    QHostAddress address;
    if (address.setAddress(host))
        return isPublicAddress(address);
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost"))
        || host.endsWith(QLatin1String(".local")) || host.endsWith(QLatin1String(".internal"))
        || !host.contains(QLatin1Char('.')))
        return false;
    return true;
}

ThumbnailCache::ThumbnailCache(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_network(new QNetworkAccessManager(this))
{
    m_images.setMaxCost(qMax(1, m_options.memoryCacheKb));
    if (!m_options.cacheDir.isEmpty()) {
        auto *disk = new QNetworkDiskCache(m_network);
        disk->setCacheDirectory(m_options.cacheDir);
        disk->setMaximumCacheSize(64 << 20);
        m_network->setCache(disk);
    }
    m_network->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
}

ThumbnailCache::~ThumbnailCache() = default;

ThumbnailCache::State ThumbnailCache::state(const QUrl &url)
{
    auto it = m_states.constFind(url);
    if (it != m_states.constEnd() && !(*it == State::Ready && !m_images.contains(url)))
        return *it;
    if (!isAllowedImageUrl(url, m_options.serviceBaseUrl)) {
        m_states.insert(url, State::Unavailable);
        return State::Unavailable;
    }
    m_states.insert(url, State::Loading); // (again, when the LRU dropped it: the disk cache has it)
    download(url);
    return State::Loading;
}

QImage ThumbnailCache::image(const QUrl &url)
{
    const QImage *image = m_images.object(url);
    return image ? *image : QImage();
}

void ThumbnailCache::retryUnavailable()
{
    for (auto it = m_states.begin(); it != m_states.end();) {
        if (*it == State::Unavailable)
            it = m_states.erase(it);
        else
            ++it;
    }
}

void ThumbnailCache::download(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
    request.setTransferTimeout(30000);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::redirected, reply, [this, reply](const QUrl &target) {
        if (isAllowedImageUrl(target, m_options.serviceBaseUrl))
            Q_EMIT reply->redirectAllowed();
        else
            reply->abort();
    });
    connect(reply, &QNetworkReply::downloadProgress, reply, [this, reply](qint64 received, qint64) {
        if (received > m_options.maxDownloadBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || (status != 0 && status != 200)) {
            setState(url, State::Unavailable);
            return;
        }
        const QByteArray bytes = reply->readAll();
        if (bytes.size() > m_options.maxDownloadBytes) {
            setState(url, State::Unavailable);
            return;
        }
        const QSize box = m_options.thumbnailSize;
        const int limitMb = m_options.maxAllocationMb;
        auto *watcher = new QFutureWatcher<QImage>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, url] {
            watcher->deleteLater();
            decoded(url, watcher->result());
        });
        watcher->setFuture(QtConcurrent::run([bytes, box, limitMb]() -> QImage {
            QBuffer buffer;
            buffer.setData(bytes);
            buffer.open(QIODevice::ReadOnly);
            QImageReader reader(&buffer);
            reader.setAllocationLimit(limitMb);
            reader.setAutoTransform(true);
            const QSize size = reader.size();
            if (size.isValid() && (size.width() > box.width() || size.height() > box.height()))
                reader.setScaledSize(size.scaled(box, Qt::KeepAspectRatio));
            QImage image = reader.read();
            if (!image.isNull() && (image.width() > box.width() || image.height() > box.height()))
                image = image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            return image;
        }));
    });
}

void ThumbnailCache::decoded(const QUrl &url, const QImage &image)
{
    if (image.isNull()) {
        setState(url, State::Unavailable);
        return;
    }
    m_images.insert(url, new QImage(image), qMax<qsizetype>(1, image.sizeInBytes() / 1024));
    setState(url, State::Ready);
}

void ThumbnailCache::setState(const QUrl &url, State state)
{
    m_states.insert(url, state);
    Q_EMIT stateChanged(url, state);
}

} // namespace inkan::models
