#include "qr/FrameSource.h"

#include "qr/QrDecoder.h"

#include <QCamera>
#include <QClipboard>
#include <QFileInfo>
#include <QFuture>
#include <QGuiApplication>
#include <QImageReader>
#include <QMediaPlayer>
#include <QPixmap>
#include <QScreen>
#include <QVideoSink>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <limits>

namespace inkan::qr {

// ---- FrameSource ------------------------------------------------------------------------

FrameSource::FrameSource(QObject *parent) : QObject(parent) {}

void FrameSource::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    if (state != State::Failed)
        m_errorString.clear();
    Q_EMIT stateChanged(state);
}

void FrameSource::fail(const QString &message)
{
    m_errorString = message;
    m_state = State::Failed;
    Q_EMIT stateChanged(State::Failed);
    Q_EMIT errorOccurred(message);
}

void FrameSource::forwardFramesFrom(QVideoSink *sink)
{
    stopForwardingFrames();
    // The sink may emit on a backend thread; the context object makes delivery queued then.
    m_sinkConnection = connect(sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame &frame) {
        if (state() == State::Running && frame.isValid())
            Q_EMIT videoFrameAvailable(frame);
    });
}

void FrameSource::stopForwardingFrames()
{
    disconnect(m_sinkConnection);
}

// ---- CameraFrameSource ------------------------------------------------------------------

namespace {

// Plenty of pixels for a code held at arm's length, few enough for a fast pass per frame.
constexpr QSize kPreferredResolution(1280, 720);
constexpr float kMinimumFrameRate = 15.0f;

// The camera format that is cheapest to scan: one ZXing reads in place, near 720p, fluid.
QCameraFormat preferredFormat(const QCameraDevice &device)
{
    QCameraFormat best;
    double bestScore = std::numeric_limits<double>::max();
    for (const QCameraFormat &format : device.videoFormats()) {
        const QSize size = format.resolution();
        double score = std::abs(std::log(double(size.width()) * size.height()
                                         / (double(kPreferredResolution.width()) * kPreferredResolution.height())));
        if (!QrDecoder::readsInPlace(format.pixelFormat()))
            score += 10; // a JPEG stream would have to be decompressed for every frame
        if (format.maxFrameRate() < kMinimumFrameRate)
            score += 5;
        if (score < bestScore) {
            bestScore = score;
            best = format;
        }
    }
    return best;
}

QString cameraName(const QCameraDevice &device)
{
    return device.isNull() ? QMediaDevices::defaultVideoInput().description() : device.description();
}

} // namespace

CameraFrameSource::CameraFrameSource(QObject *parent)
    : FrameSource(parent), m_ownSink(std::make_unique<QVideoSink>())
{
    m_sink = m_ownSink.get();
    forwardFramesFrom(m_sink);
    connect(&m_mediaDevices, &QMediaDevices::videoInputsChanged, this, &CameraFrameSource::onVideoInputsChanged);
}

CameraFrameSource::~CameraFrameSource()
{
    stopForwardingFrames();
    if (m_camera)
        m_camera->stop();
}

QList<QCameraDevice> CameraFrameSource::availableCameras()
{
    return QMediaDevices::videoInputs();
}

void CameraFrameSource::setCameraDevice(const QCameraDevice &device)
{
    if (device == m_device)
        return;
    m_device = device;
    if (m_wanted) // switch over while scanning, or retry with the new choice after a failure
        start();
}

void CameraFrameSource::setVideoSink(QVideoSink *sink)
{
    m_sink = sink ? sink : m_ownSink.get();
    m_session.setVideoSink(m_sink);
    forwardFramesFrom(m_sink);
}

QVideoSink *CameraFrameSource::videoSink() const
{
    return m_sink;
}

QString CameraFrameSource::description() const
{
    const QString name = cameraName(m_device);
    return name.isEmpty() ? tr("Camera") : tr("Camera: %1").arg(name);
}

void CameraFrameSource::start()
{
    m_wanted = true;
    releaseCamera();
    const QCameraDevice device = m_device.isNull() ? QMediaDevices::defaultVideoInput() : m_device;
    if (device.isNull()) {
        fail(tr("No camera is connected."));
        return;
    }
    if (!availableCameras().contains(device)) {
        fail(tr("The camera \"%1\" is not connected any more.").arg(device.description()));
        return;
    }
    setState(State::Starting);
    m_camera = std::make_unique<QCamera>(device);
    const QCameraFormat format = preferredFormat(device);
    if (!format.isNull())
        m_camera->setCameraFormat(format);
    connect(m_camera.get(), &QCamera::errorOccurred, this, [this](QCamera::Error error, const QString &detail) {
        if (error == QCamera::NoError)
            return;
        fail(detail.isEmpty() ? tr("The camera stopped working.") : tr("The camera stopped working: %1").arg(detail));
    });
    connect(m_camera.get(), &QCamera::activeChanged, this, [this](bool active) {
        if (active && state() == State::Starting)
            setState(State::Running);
    });
    m_session.setCamera(m_camera.get());
    m_session.setVideoSink(m_sink);
    m_camera->start();
}

void CameraFrameSource::stop()
{
    m_wanted = false;
    releaseCamera();
    setState(State::Stopped);
}

void CameraFrameSource::releaseCamera()
{
    if (!m_camera)
        return;
    m_camera->stop();
    m_session.setCamera(nullptr);
    m_camera.reset();
}

void CameraFrameSource::onVideoInputsChanged()
{
    Q_EMIT camerasChanged();
    const bool active = state() == State::Running || state() == State::Starting;
    if (active && m_camera && !availableCameras().contains(m_camera->cameraDevice())) {
        const QString name = m_camera->cameraDevice().description();
        releaseCamera();
        fail(tr("The camera \"%1\" was disconnected.").arg(name));
        return;
    }
    // Scanning was asked for but had no camera: one plugged in (or back in) takes over.
    const QCameraDevice wantedDevice = m_device.isNull() ? QMediaDevices::defaultVideoInput() : m_device;
    if (m_wanted && state() == State::Failed && !wantedDevice.isNull() && availableCameras().contains(wantedDevice))
        start();
}

// ---- ImageFileFrameSource ---------------------------------------------------------------

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

// ---- VideoFileFrameSource ---------------------------------------------------------------

VideoFileFrameSource::VideoFileFrameSource(const QUrl &url, QObject *parent)
    : FrameSource(parent), m_url(url), m_ownSink(std::make_unique<QVideoSink>())
{
    m_sink = m_ownSink.get();
    forwardFramesFrom(m_sink);
}

VideoFileFrameSource::~VideoFileFrameSource()
{
    stopForwardingFrames();
    if (m_player)
        m_player->stop();
}

void VideoFileFrameSource::setVideoSink(QVideoSink *sink)
{
    m_sink = sink ? sink : m_ownSink.get();
    if (m_player)
        m_player->setVideoSink(m_sink);
    forwardFramesFrom(m_sink);
}

QString VideoFileFrameSource::description() const
{
    return tr("Video file: %1").arg(m_url.fileName());
}

void VideoFileFrameSource::start()
{
    setState(State::Starting);
    m_player = std::make_unique<QMediaPlayer>();
    m_player->setVideoSink(m_sink);
    connect(m_player.get(), &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error error, const QString &detail) {
        if (error == QMediaPlayer::NoError)
            return;
        fail(tr("Could not play the video \"%1\": %2").arg(m_url.fileName(), detail));
    });
    connect(m_player.get(), &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::BufferedMedia || status == QMediaPlayer::LoadedMedia) {
            if (state() == State::Starting)
                setState(State::Running);
        } else if (status == QMediaPlayer::EndOfMedia) {
            setState(State::Finished);
        } else if (status == QMediaPlayer::InvalidMedia) {
            fail(tr("The file \"%1\" is not a video that can be played.").arg(m_url.fileName()));
        }
    });
    m_player->setSource(m_url);
    m_player->play();
}

void VideoFileFrameSource::stop()
{
    if (m_player) {
        m_player->stop();
        m_player.reset();
    }
    setState(State::Stopped);
}

// ---- ScreenFrameSource ------------------------------------------------------------------

ScreenFrameSource::ScreenFrameSource(QScreen *screen, QObject *parent) : FrameSource(parent), m_screen(screen)
{
    m_timer.setInterval(500); // a code on screen does not move: twice a second is plenty
    connect(&m_timer, &QTimer::timeout, this, &ScreenFrameSource::grab);
}

QString ScreenFrameSource::description() const
{
    const QScreen *screen = m_screen ? m_screen.data() : QGuiApplication::primaryScreen();
    return screen ? tr("Screen: %1").arg(screen->name()) : tr("Screen");
}

void ScreenFrameSource::start()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        fail(tr("The screen can only be read by the graphical application."));
        return;
    }
    setState(State::Running);
    grab();
    m_timer.start();
}

void ScreenFrameSource::stop()
{
    m_timer.stop();
    setState(State::Stopped);
}

void ScreenFrameSource::grab()
{
    QScreen *screen = m_screen ? m_screen.data() : QGuiApplication::primaryScreen();
    if (!screen) {
        m_timer.stop();
        fail(tr("No screen is available to read from."));
        return;
    }
    const QPixmap pixels = screen->grabWindow(0);
    if (pixels.isNull()) {
        m_timer.stop();
        fail(tr("The screen could not be read; this system does not allow screen capture."));
        return;
    }
    Q_EMIT imageAvailable(pixels.toImage());
}

// ---- ClipboardFrameSource ---------------------------------------------------------------

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

// ---- SyntheticFrameSource ---------------------------------------------------------------

SyntheticFrameSource::SyntheticFrameSource(bool live, QObject *parent) : FrameSource(parent), m_live(live) {}

QString SyntheticFrameSource::description() const
{
    return tr("Test frames");
}

void SyntheticFrameSource::push(const QVideoFrame &frame)
{
    if (state() == State::Running)
        Q_EMIT videoFrameAvailable(frame);
}

void SyntheticFrameSource::push(const QImage &image)
{
    if (state() == State::Running)
        Q_EMIT imageAvailable(image);
}

void SyntheticFrameSource::finish()
{
    if (state() == State::Running)
        setState(State::Finished);
}

void SyntheticFrameSource::start()
{
    setState(State::Running);
}

void SyntheticFrameSource::stop()
{
    setState(State::Stopped);
}

} // namespace inkan::qr
