// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The scanner's live preview: the newest frame of a FrameSource, scaled to fit, optionally
// flipped left to right (a camera that delivers a mirrored image), with a viewfinder square
// in the middle and, without frames, a sentence saying why. Repaints at most about 30 times a
// second; frames that arrive faster replace the one waiting to be painted. Decoding never
// happens here (ScanController does it on its worker thread).
#include <QElapsedTimer>
#include <QImage>
#include <QTimer>
#include <QVideoFrame>
#include <QWidget>

namespace inkan::ui {

class CameraView : public QWidget {
    Q_OBJECT
public:
    explicit CameraView(QWidget *parent = nullptr);

    void setMirrored(bool mirrored);
    bool isMirrored() const { return m_mirrored; }
    /// Shown instead of the picture while there are no frames (empty: none).
    void setMessage(const QString &message);
    QString message() const { return m_message; }
    /// Frames painted so far.
    quint64 framesShown() const { return m_framesShown; }

    QSize sizeHint() const override { return {640, 360}; }
    QSize minimumSizeHint() const override { return {160, 90}; }

public Q_SLOTS:
    void showFrame(const QVideoFrame &frame);
    void showImage(const QImage &image);
    /// Forgets the last picture (a source stopped).
    void clear();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void schedule();

    QVideoFrame m_frame; // newest, not yet converted
    QImage m_image;      // what is painted
    bool m_mirrored = false;
    QString m_message;
    QTimer m_repaint;
    quint64 m_framesShown = 0;
};

} // namespace inkan::ui
