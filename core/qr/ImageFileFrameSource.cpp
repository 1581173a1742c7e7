// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "qr/FrameSource.h"

#include <QFileInfo>
#include <QImageReader>
#include <QtConcurrent/QtConcurrentRun>

namespace inkan::qr {

namespace {

struct LoadedImage {
    QImage image;
    QString error;
};

LoadedImage loadImage(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true); // phone photos are stored sideways with an EXIF rotation
    LoadedImage loaded;
    loaded.image = reader.read();
    if (loaded.image.isNull())
        loaded.error = reader.errorString();
    return loaded;
}

} // namespace

ImageFileFrameSource::ImageFileFrameSource(const QString &path, QObject *parent)
    : FrameSource(parent), m_path(path)
{
}

QString ImageFileFrameSource::description() const
{
    return tr("Image file: %1").arg(QFileInfo(m_path).fileName());
}

void ImageFileFrameSource::start()
{
    setState(State::Starting);
    const quint64 generation = ++m_generation;
    // Decompressing a large photo takes a while: never on the GUI thread.
    QtConcurrent::run(loadImage, m_path).then(this, [this, generation](const LoadedImage &loaded) {
        if (generation != m_generation || state() != State::Starting)
            return;
        if (loaded.image.isNull()) {
            fail(tr("Could not read the image \"%1\": %2").arg(QFileInfo(m_path).fileName(), loaded.error));
            return;
        }
        setState(State::Running);
        Q_EMIT imageAvailable(loaded.image);
        setState(State::Finished);
    });
}

void ImageFileFrameSource::stop()
{
    ++m_generation;
    setState(State::Stopped);
}

} // namespace inkan::qr
