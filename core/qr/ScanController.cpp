// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "qr/ScanController.h"

namespace inkan::qr {

namespace {

Result<DecodedQr> decodeWithQrDecoder(const ScanController::Input &input)
{
    return input.frame.isValid() ? QrDecoder::decode(input.frame, input.mode)
                                 : QrDecoder::decode(input.image, input.mode);
}

// The views live frames take turns with while no code is found.
constexpr DecodeMode kLiveViews[] = {DecodeMode::LiveVideo, DecodeMode::LiveVideoStretched,
                                     DecodeMode::LiveVideoInverted};

bool isLive(DecodeMode mode)
{
    return mode != DecodeMode::StillImage;
}

} // namespace

ScanController::ScanController(QObject *parent)
    : QObject(parent), m_decode(decodeWithQrDecoder), m_now([] {
          static QElapsedTimer monotonic = [] { QElapsedTimer t; t.start(); return t; }();
          return monotonic.elapsed();
      })
{
    m_thread.setObjectName(QStringLiteral("qr-scan"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

ScanController::~ScanController()
{
    for (const auto &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    // Waits for a decode in progress; its result event is dropped with this object.
    m_thread.quit();
    m_thread.wait();
}

void ScanController::setSource(FrameSource *source)
{
    for (const auto &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    m_source = source;
    if (!source)
        return;
    m_sourceConnections << connect(source, &FrameSource::videoFrameAvailable, this, &ScanController::submitFrame);
    m_sourceConnections << connect(source, &FrameSource::imageAvailable, this, [this](const QImage &image) {
        const bool live = m_source && m_source->isLive();
        submitImage(image, live ? DecodeMode::LiveVideo : DecodeMode::StillImage);
    });
    m_sourceConnections << connect(source, &FrameSource::errorOccurred, this, [this](const QString &message) {
        m_lastError = message;
        Q_EMIT errorOccurred(message);
    });
}

void ScanController::setDecodeFunction(DecodeFunction decode)
{
    m_decode = decode ? std::move(decode) : DecodeFunction(decodeWithQrDecoder);
}

void ScanController::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ScanController::start()
{
    if (m_state == State::Scanning)
        return;
    ++m_generation;
    m_lastError.clear();
    setState(State::Scanning);
    if (m_source && m_source->state() != FrameSource::State::Running
        && m_source->state() != FrameSource::State::Starting)
        m_source->start();
}

void ScanController::stop()
{
    ++m_generation;
    m_pending.reset();
    if (m_source)
        m_source->stop();
    setState(State::Stopped);
}

void ScanController::pause()
{
    if (m_state != State::Scanning)
        return;
    ++m_generation;
    m_pending.reset();
    setState(State::Paused);
}

void ScanController::resume()
{
    if (m_state == State::Paused)
        setState(State::Scanning);
}

void ScanController::forgetReportedCode()
{
    m_lastCode.clear();
    m_lastSeenAt.reset();
}

void ScanController::submitFrame(const QVideoFrame &frame)
{
    if (frame.isValid())
        submit(Input{frame, {}, DecodeMode::LiveVideo});
}

void ScanController::submitImage(const QImage &image, DecodeMode mode)
{
    if (!image.isNull())
        submit(Input{{}, image, mode});
}

void ScanController::submit(Input input)
{
    if (m_state != State::Scanning)
        return;
    ++m_counters.framesReceived;
    if (!m_decoding) {
        dispatch(std::move(input));
        return;
    }
    if (m_pending)
        ++m_counters.framesDropped; // the waiting frame is older than this one
    m_pending = std::move(input);
}

void ScanController::dispatch(Input input)
{
    m_decoding = true;
    if (input.mode == DecodeMode::LiveVideo)
        input.mode = kLiveViews[m_liveView];
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        m_worker,
        [this, generation, decode = m_decode, input = std::move(input)] {
            const Result<DecodedQr> result = decode(input);
            // `this` outlives the worker thread (the destructor waits for it), and the
            // context object drops the call if this object is gone by the time it runs.
            QMetaObject::invokeMethod(
                this, [this, generation, mode = input.mode, result] { onDecoded(generation, mode, result); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void ScanController::onDecoded(quint64 generation, DecodeMode mode, const Result<DecodedQr> &result)
{
    m_decoding = false;
    // Stay with the view that reads the code in front of the camera; otherwise try the next.
    if (isLive(mode) && !result.ok())
        m_liveView = (m_liveView + 1) % int(std::size(kLiveViews));
    if (generation == m_generation && m_state == State::Scanning) {
        ++m_counters.framesDecoded;
        if (result.ok()) {
            report(result.value());
        } else if (!isLive(mode)) {
            // A single picture gets an answer either way; the next live frame is no retry here.
            m_lastError = result.error().message;
            Q_EMIT errorOccurred(m_lastError);
        } else if (result.error().kind != ErrorKind::NotFound && result.error().message != m_lastError) {
            m_lastError = result.error().message;
            Q_EMIT errorOccurred(m_lastError);
        }
    }
    if (m_pending && m_state == State::Scanning) {
        Input next = std::move(*m_pending);
        m_pending.reset();
        dispatch(std::move(next));
    }
}

void ScanController::report(const DecodedQr &code)
{
    const qint64 now = m_now();
    const bool seenRecently = code.bytes == m_lastCode && m_lastSeenAt
                              && std::chrono::milliseconds(now - *m_lastSeenAt) < m_repeatInterval;
    m_lastCode = code.bytes;
    m_lastSeenAt = now;
    if (seenRecently)
        return;
    ++m_counters.codesReported;
    Q_EMIT codeFound(code);
}

} // namespace inkan::qr
