// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "widgets/CameraView.h"

#include <QPainter>
#include <QPainterPath>

namespace inkan::ui {

CameraView::CameraView(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_repaint.setSingleShot(true);
    m_repaint.setInterval(33);
    connect(&m_repaint, &QTimer::timeout, this, [this] {
        if (m_frame.isValid()) {
            m_image = m_frame.toImage();
            m_frame = {};
        }
        ++m_framesShown;
        update();
    });
}

void CameraView::setMirrored(bool mirrored)
{
    if (m_mirrored == mirrored)
        return;
    m_mirrored = mirrored;
    update();
}

void CameraView::setMessage(const QString &message)
{
    m_message = message;
    update();
}

void CameraView::showFrame(const QVideoFrame &frame)
{
    m_frame = frame;
    schedule();
}

void CameraView::showImage(const QImage &image)
{
    m_frame = {};
    m_image = image;
    schedule();
}

void CameraView::clear()
{
    m_frame = {};
    m_image = {};
    update();
}

void CameraView::schedule()
{
    if (!m_repaint.isActive() && isVisible())
        m_repaint.start();
}

void CameraView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0x1e, 0x1e, 0x1e));
    if (!m_image.isNull()) {
        const QSize fitted = m_image.size().scaled(size(), Qt::KeepAspectRatio);
        const QRect target(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
        p.save();
        if (m_mirrored) {
            p.translate(width(), 0);
            p.scale(-1, 1);
        }
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(target, m_image); // centred, so the flip keeps it in place
        p.restore();
    } else if (!m_message.isEmpty()) {
        p.setPen(QColor(0xe0, 0xe0, 0xe0));
        p.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, m_message);
    }
    // The viewfinder: corner marks of a square around the middle.
    const int side = qMin(width(), height()) * 6 / 10;
    const QRect finder(QPoint((width() - side) / 2, (height() - side) / 2), QSize(side, side));
    const int arm = side / 6;
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(255, 255, 255, 200), 4, Qt::SolidLine, Qt::RoundCap));
    QPainterPath marks;
    const QPoint corners[] = {finder.topLeft(), finder.topRight(), finder.bottomLeft(), finder.bottomRight()};
    for (const QPoint &c : corners) {
        const int dx = c.x() == finder.left() ? arm : -arm;
        const int dy = c.y() == finder.top() ? arm : -arm;
        marks.moveTo(c + QPoint(dx, 0));
        marks.lineTo(c);
        marks.lineTo(c + QPoint(0, dy));
    }
    p.drawPath(marks);
}

} // namespace inkan::ui
