// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "qr/FrameSource.h"

#include <QClipboard>

#include <QGuiApplication>

namespace inkan::qr {

ClipboardFrameSource::ClipboardFrameSource(QObject *parent) : FrameSource(parent) {}

QString ClipboardFrameSource::description() const
{
    return tr("Clipboard");
}

void ClipboardFrameSource::start()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        fail(tr("The clipboard can only be read by the graphical application."));
        return;
    }
    const QImage image = QGuiApplication::clipboard()->image();
    if (image.isNull()) {
        fail(tr("The clipboard holds no image."));
        return;
    }
    setState(State::Running);
    Q_EMIT imageAvailable(image);
    setState(State::Finished);
}

void ClipboardFrameSource::stop()
{
    setState(State::Stopped);
}

} // namespace inkan::qr
