// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Where the pictures to scan come from. A source only delivers frames; ScanController decodes
// them on its worker thread. Live sources (camera, video file, screen) deliver a stream of
// QVideoFrames or QImages; still sources (image file, clipboard) deliver one picture and finish.
// Each source is implemented in a file of its own (CameraFrameSource.cpp, …).
#include <QCameraDevice>
#include <QImage>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <QVideoFrame>

#include <memory>

class QCamera;
class QMediaPlayer;
class QScreen;
class QVideoSink;

namespace inkan::qr {

class FrameSource : public QObject {
    Q_OBJECT
public:
    enum class State { Stopped, Starting, Running, Finished, Failed };
    Q_ENUM(State)

    explicit FrameSource(QObject *parent = nullptr);

    /// A stream (decoded one fast pass per frame) rather than a single picture (decoded with
    /// the retries that help photos).
    virtual bool isLive() const = 0;
    /// One line for the user: which camera, which file.
    virtual QString description() const = 0;

    State state() const { return m_state; }
    QString errorString() const { return m_errorString; }

public Q_SLOTS:
    virtual void start() = 0;
    virtual void stop() = 0;

Q_SIGNALS:
    void videoFrameAvailable(const QVideoFrame &frame);
    void imageAvailable(const QImage &image);
    void stateChanged(inkan::qr::FrameSource::State state);
    /// A sentence for the user; the state is Failed afterwards.
    void errorOccurred(const QString &message);

protected:
    void setState(State state);
    void fail(const QString &message);
    /// Re-emits the frames of `sink` as videoFrameAvailable() while Running (queued when the
    /// sink emits on a backend thread), in place of the sink forwarded before.
    void forwardFramesFrom(QVideoSink *sink);
    void stopForwardingFrames();

private:
    State m_state = State::Stopped;
    QString m_errorString;
    QMetaObject::Connection m_sinkConnection;
};

/// A webcam: QCamera -> QMediaCaptureSession -> QVideoSink. Frames stay in the camera's own
/// pixel format (usually NV12 or YUYV); nothing here converts them. A camera unplugged while
/// in use fails the source; one plugged in while it waits for a camera starts it.
class CameraFrameSource : public FrameSource {
    Q_OBJECT
public:
    explicit CameraFrameSource(QObject *parent = nullptr);
    ~CameraFrameSource() override;

    static QList<QCameraDevice> availableCameras();
    /// A null device means the system's default camera.
    void setCameraDevice(const QCameraDevice &device);
    QCameraDevice cameraDevice() const { return m_device; }
    /// Frames are read from this sink instead of a private one, so a QVideoWidget or a QML
    /// VideoOutput can show the same stream as a preview. Not owned.
    void setVideoSink(QVideoSink *sink);
    QVideoSink *videoSink() const;

    bool isLive() const override { return true; }
    QString description() const override;

public Q_SLOTS:
    void start() override;
    void stop() override;

Q_SIGNALS:
    /// A camera was plugged in or removed; availableCameras() has changed.
    void camerasChanged();

private:
    void onVideoInputsChanged();
    void releaseCamera();

    QMediaDevices m_mediaDevices;
    QMediaCaptureSession m_session;
    std::unique_ptr<QCamera> m_camera;
    QCameraDevice m_device;
    std::unique_ptr<QVideoSink> m_ownSink;
    QPointer<QVideoSink> m_sink;
    bool m_wanted = false; // started and not stopped: a camera plugged in later is used
};

/// A still image file (PNG, JPEG, …), loaded off the GUI thread, honouring EXIF orientation.
class ImageFileFrameSource : public FrameSource {
    Q_OBJECT
public:
    explicit ImageFileFrameSource(const QString &path, QObject *parent = nullptr);
    bool isLive() const override { return false; }
    QString description() const override;

public Q_SLOTS:
    void start() override;
    void stop() override;

private:
    QString m_path;
    quint64 m_generation = 0; // a load finishing after stop() is ignored
};

/// A video file played through QMediaPlayer into a QVideoSink.
class VideoFileFrameSource : public FrameSource {
    Q_OBJECT
public:
    explicit VideoFileFrameSource(const QUrl &url, QObject *parent = nullptr);
    ~VideoFileFrameSource() override;
    void setVideoSink(QVideoSink *sink); // see CameraFrameSource::setVideoSink
    bool isLive() const override { return true; }
    QString description() const override;

public Q_SLOTS:
    void start() override;
    void stop() override;

private:

    QUrl m_url;
    std::unique_ptr<QMediaPlayer> m_player;
    std::unique_ptr<QVideoSink> m_ownSink;
    QPointer<QVideoSink> m_sink;
};

/// The screen, grabbed at an interval: for a code shown in a browser or a chat window.
/// QScreen::grabWindow works on the GUI thread only; the grab is all that happens there.
class ScreenFrameSource : public FrameSource {
    Q_OBJECT
public:
    explicit ScreenFrameSource(QScreen *screen = nullptr, QObject *parent = nullptr);
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    bool isLive() const override { return true; }
    QString description() const override;

public Q_SLOTS:
    void start() override;
    void stop() override;

private:
    void grab();

    QPointer<QScreen> m_screen; // null: the primary screen
    QTimer m_timer;
};

/// The image currently on the clipboard, once.
class ClipboardFrameSource : public FrameSource {
    Q_OBJECT
public:
    explicit ClipboardFrameSource(QObject *parent = nullptr);
    bool isLive() const override { return false; }
    QString description() const override;

public Q_SLOTS:
    void start() override;
    void stop() override;
};

/// Frames pushed by code: tests, demos and anything that already has the pictures.
class SyntheticFrameSource : public FrameSource {
    Q_OBJECT
public:
    explicit SyntheticFrameSource(bool live = true, QObject *parent = nullptr);
    bool isLive() const override { return m_live; }
    QString description() const override;

    /// Delivered only while running.
    void push(const QVideoFrame &frame);
    void push(const QImage &image);
    /// A still source says it has delivered everything.
    void finish();

public Q_SLOTS:
    void start() override;
    void stop() override;

private:
    bool m_live;
};

} // namespace inkan::qr
