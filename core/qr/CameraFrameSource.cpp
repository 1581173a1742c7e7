// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "qr/FrameSource.h"

#include "qr/QrDecoder.h"
#include <QCamera>
#include <QVideoSink>
#include <cmath>
#include <limits>

namespace inkan::qr {

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

} // namespace inkan::qr
