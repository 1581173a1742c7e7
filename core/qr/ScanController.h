// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Turns a stream of frames into "this code was seen", without ever blocking the thread it
// lives on (the GUI thread): one worker thread decodes; while it is busy, at most one frame
// waits, and a newer frame replaces it, so the newest frame always wins and nothing queues up.
// A code is reported once, then again only after a different code or after it has been out
// of sight for repeatInterval(). Live frames get one fast pass each; while nothing is found,
// successive frames take turns between the plain, the contrast-stretched and the inverted
// view, so a washed-out or dark-mode code is found within three frames at no extra cost per frame.
#include "qr/FrameSource.h"
#include "qr/QrDecoder.h"

#include <QElapsedTimer>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QVideoFrame>

#include <chrono>
#include <functional>
#include <optional>

namespace inkan::qr {

class ScanController : public QObject {
    Q_OBJECT
public:
    enum class State { Stopped, Scanning, Paused };
    Q_ENUM(State)

    /// One picture to decode: a frame, or an image when the source delivers images.
    struct Input {
        QVideoFrame frame;
        QImage image;
        DecodeMode mode = DecodeMode::LiveVideo;
    };
    /// Runs on the worker thread. The default is QrDecoder; tests put a slow one in.
    using DecodeFunction = std::function<Result<DecodedQr>(const Input &)>;

    struct Counters {
        quint64 framesReceived = 0; // accepted while scanning
        quint64 framesDecoded = 0;  // decodes the worker finished
        quint64 framesDropped = 0;  // replaced by a newer frame while the worker was busy
        quint64 codesReported = 0;  // codeFound() emissions
    };

    explicit ScanController(QObject *parent = nullptr);
    ~ScanController() override;

    /// Not owned. Its frames and images are scanned while the controller is scanning.
    void setSource(FrameSource *source);
    FrameSource *source() const { return m_source; }

    void setDecodeFunction(DecodeFunction decode);
    void setRepeatInterval(std::chrono::milliseconds interval) { m_repeatInterval = interval; }
    std::chrono::milliseconds repeatInterval() const { return m_repeatInterval; }
    /// Monotonic milliseconds used for the repeat interval; tests inject a fake clock.
    using Clock = std::function<qint64()>;
    void setClock(Clock clock) { m_now = std::move(clock); }

    State state() const { return m_state; }
    Counters counters() const { return m_counters; }
    bool isDecoding() const { return m_decoding; }

public Q_SLOTS:
    /// Starts the source (if any) and scanning.
    void start();
    /// Stops the source and scanning; a decode still running is discarded.
    void stop();
    /// Keeps the source running (the preview stays live) but decodes nothing.
    void pause();
    void resume();
    void submitFrame(const QVideoFrame &frame);
    void submitImage(const QImage &image, inkan::qr::DecodeMode mode = DecodeMode::StillImage);
    /// The code seen last may be reported again straight away (e.g. after the user dismissed it).
    void forgetReportedCode();

Q_SIGNALS:
    void codeFound(const inkan::qr::DecodedQr &code);
    void stateChanged(inkan::qr::ScanController::State state);
    /// A frame that cannot be read (not "no code in it"; each sentence once until it changes),
    /// the source failing, or a still picture without a code.
    void errorOccurred(const QString &message);

private:
    void submit(Input input);
    void dispatch(Input input);
    void onDecoded(quint64 generation, DecodeMode mode, const Result<DecodedQr> &result);
    void report(const DecodedQr &code);
    void setState(State state);

    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread; decodes run in its context
    QPointer<FrameSource> m_source;
    QList<QMetaObject::Connection> m_sourceConnections;
    DecodeFunction m_decode;

    State m_state = State::Stopped;
    bool m_decoding = false;       // a frame is with the worker
    std::optional<Input> m_pending; // the newest frame that arrived while it was
    quint64 m_generation = 0;      // bumped by stop/pause: older results are ignored
    int m_liveView = 0;            // which view the next live frame is read from

    std::chrono::milliseconds m_repeatInterval{3000};
    QByteArray m_lastCode;
    Clock m_now;
    std::optional<qint64> m_lastSeenAt;
    QString m_lastError;
    Counters m_counters;
};

} // namespace inkan::qr
