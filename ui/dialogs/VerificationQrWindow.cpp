// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "VerificationQrWindow.h"
#include "dialogs/FutureResult.h"

#include "session/AppSettings.h"
#include "session/ServiceHub.h"
#include "Theme.h"
#include <QMessageBox>

#include "commands/VerificationWatcher.h"
#include "qr/VerificationPayload.h"
#include "widgets/CountdownLabel.h"
#include "widgets/QrView.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace inkan::ui {

namespace {
constexpr int kLogEntriesShown = 5;
}

VerificationQrWindow::VerificationQrWindow(services::web3connect::Web3ConnectClient *client, QString tokenId, QString nftName,
                                           services::web3connect::Gps holderPosition, QWidget *parent)
    : QDialog(parent), m_client(client), m_tokenId(std::move(tokenId)), m_nftName(std::move(nftName)),
      m_position(std::move(holderPosition))
{
    setObjectName(QStringLiteral("verificationQrWindow"));
    setWindowTitle(tr("Show for verification: %1").arg(m_nftName));
    setAccessibleName(tr("Verification code"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setModal(false);

    m_title = new QLabel(m_nftName, this);
    m_title->setObjectName(QStringLiteral("verificationNftName"));
    m_title->setAccessibleName(tr("NFT"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setAlignment(Qt::AlignCenter);

    m_qr = new QrView(this);
    m_qr->setObjectName(QStringLiteral("verificationQr"));
    m_qr->setAccessibleName(tr("Verification QR code"));
    m_qr->setMinimumSize(280, 280);

    m_countdown = new CountdownLabel(this);
    m_countdown->setObjectName(QStringLiteral("codeCountdown"));
    m_countdown->setAccessibleName(tr("Time left before the code expires"));
    m_countdown->setAlignment(Qt::AlignCenter);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("verificationStatus"));
    m_status->setAccessibleName(tr("Verification status"));
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    m_status->setMargin(8);
    m_statusFont = m_status->font();

    m_retry = new QPushButton(tr("&Try again"), this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAccessibleName(tr("Try again"));
    m_retry->hide();

    m_fullScreen = new QPushButton(tr("&Full screen"), this);
    m_fullScreen->setObjectName(QStringLiteral("fullScreenButton"));
    m_fullScreen->setAccessibleName(tr("Full screen"));
    m_fullScreen->setCheckable(true);
    auto *close = new QPushButton(tr("&Close"), this);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAccessibleName(tr("Close"));

    auto *historyTitle = new QLabel(tr("Recent verifications"), this);
    historyTitle->setObjectName(QStringLiteral("verificationLogTitle"));
    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("verificationLogList"));
    m_history->setAccessibleName(tr("Recent verifications"));
    m_history->setMaximumHeight(m_history->fontMetrics().lineSpacing() * (kLogEntriesShown + 1));
    historyTitle->setBuddy(m_history);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addStretch();
    buttons->addWidget(m_fullScreen);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_qr, 1);
    layout->addWidget(m_countdown);
    layout->addWidget(m_status);
    layout->addWidget(historyTitle);
    layout->addWidget(m_history);
    layout->addLayout(buttons);

    connect(m_retry, &QPushButton::clicked, this, &VerificationQrWindow::start);
    connect(m_fullScreen, &QPushButton::toggled, this, &VerificationQrWindow::setFullScreen);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_countdown, &CountdownLabel::expired, this, [this] {
        if (m_state == State::Showing)
            setState(State::Fetching, tr("This code has expired; fetching a new one…"));
    });
    setState(State::Fetching, tr("Fetching a verification code…"));
    refreshLog();

    // A presentation window: room for a code of about 420 px (scanners read it from a distance),
    // within 90 % of the screen's height; the code grows and shrinks with the window.
    QSize size(qMax(sizeHint().width(), 500), sizeHint().height() + 420 - m_qr->sizeHint().height());
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    resize(size.expandedTo(minimumSizeHint()));
}

VerificationQrWindow::~VerificationQrWindow() = default; // the watcher, a child, stops polling

void VerificationQrWindow::setVerificationLog(const QString &dataDir)
{
    m_log.emplace(dataDir);
    refreshLog();
}

void VerificationQrWindow::setPollInterval(int milliseconds) { m_pollInterval = milliseconds; }

void VerificationQrWindow::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_started)
        start();
}

void VerificationQrWindow::start()
{
    m_started = true;
    delete m_watcher;
    m_code.clear();
    m_qr->setText({});
    m_countdown->setDeadline({});
    m_retry->hide();
    if (!m_client) {
        setState(State::Failed, tr("This account is no longer signed in. Sign in again, then show the code."));
        return;
    }
    setState(State::Fetching, tr("Fetching a verification code…"));
    auto *watcher = new VerificationWatcher(m_client, m_tokenId, m_position, this);
    VerificationWatcher::Timing timing;
    timing.pollIntervalMs = m_pollInterval;
    watcher->setTiming(timing);
    m_watcher = watcher;
    connect(watcher, &VerificationWatcher::codeChanged, this,
            [this](const QString &code, const QByteArray &, const QDateTime &expiresAt) {
                m_code = code;
                m_qr->setText(qr::VerificationPayload::toQrText(code));
                m_countdown->setDeadline(expiresAt);
                setState(State::Showing, tr("Show this code to the scanner at the venue."));
            });
    connect(watcher, &Command::succeeded, this, [this, watcher] {
        const QString token = watcher->verifiedTokenId().isEmpty() ? m_tokenId : watcher->verifiedTokenId();
        m_countdown->setDeadline({});
        setState(State::Verified, tr("Verified"));
        if (m_log) {
            const Result<void> written = m_log->append({token, QDateTime::currentDateTimeUtc(), m_position});
            if (!written)
                m_status->setText(tr("Verified (not recorded in the log: %1)").arg(written.error().message));
            refreshLog();
        }
        Q_EMIT verified(token);
    });
    connect(watcher, &Command::failed, this, [this](const net::ApiError &error) {
        const Error e = error.toError();
        if (e.isCancelled())
            return;
        m_countdown->setDeadline({});
        m_qr->setText({});
        QString sentence = e.message;
        if (e.needsSignIn())
            sentence = tr("The service no longer accepts this account's sign-in. Sign in again, then show the code.");
        else if (e.isTransient())
            sentence = tr("The service did not answer. Check the connection and try again.");
        setState(State::Failed, sentence);
        m_retry->show();
    });
    watcher->start();
}

void VerificationQrWindow::setState(State state, const QString &text)
{
    m_state = state;
    m_status->setText(text);
    switch (state) {
    case State::Verified: {
        Theme::setBanner(m_status, Theme::Tone::Success);
        QFont large = m_statusFont;
        large.setBold(true);
        large.setPointSizeF(20);
        m_status->setFont(large);
        m_qr->hide(); // a verified code is spent: nothing left to scan
        break;
    }
    case State::Failed:
        Theme::setBanner(m_status, Theme::Tone::Error);
        m_status->setFont(m_statusFont);
        break;
    default:
        Theme::setBanner(m_status, Theme::Tone::Plain);
        m_status->setFont(m_statusFont);
        m_qr->show();
        break;
    }
    Q_EMIT stateChanged(state);
}

void VerificationQrWindow::setFullScreen(bool fullScreen)
{
    if (m_fullScreen->isChecked() != fullScreen)
        m_fullScreen->setChecked(fullScreen); // comes back here through toggled
    else if (fullScreen)
        showFullScreen();
    else
        showNormal();
}

void VerificationQrWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && isFullScreen()) {
        setFullScreen(false); // Escape leaves full screen first, then closes
        return;
    }
    QDialog::keyPressEvent(event);
}

void VerificationQrWindow::refreshLog()
{
    m_history->clear();
    if (!m_log) {
        m_history->addItem(tr("Verifications are not being recorded."));
        return;
    }
    const auto latest = m_log->latest(kLogEntriesShown);
    if (!latest) {
        m_history->addItem(latest.error().message);
        return;
    }
    if (latest->isEmpty())
        m_history->addItem(tr("No verification recorded yet."));
    for (const session::VerificationRecord &record : *latest) {
        const QString when = QLocale().toString(record.time.toLocalTime(), QLocale::ShortFormat);
        const QString token = record.tokenId.size() > 14 ? record.tokenId.left(8) + QChar(0x2026) + record.tokenId.right(4) : record.tokenId;
        auto *item = new QListWidgetItem(tr("%1 · token %2").arg(when, token), m_history);
        item->setToolTip(record.tokenId);
        item->setData(Qt::UserRole, record.tokenId);
    }
}

void showVerificationQr(session::ServiceHub &hub, const QString &accountId, const QString &tokenId,
                        const QString &name, QWidget *parent)
{
    const auto tell = [parent](const QString &text) {
        auto *box = new QMessageBox(QMessageBox::Information, VerificationQrWindow::tr("Verification QR code"), text,
                                    QMessageBox::Ok, parent);
        box->setObjectName(QStringLiteral("verificationQrProblem"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    };
    const std::optional<session::GeoPosition> position = session::AppSettings(hub.dataDir()).holderPosition();
    if (!position)
        return tell(VerificationQrWindow::tr("The venue checks where you are: set your position in Settings, then show the code again."));
    const services::web3connect::Gps gps{QString::number(position->latitude, 'f', 6), QString::number(position->longitude, 'f', 6)};
    const QString dataDir = hub.dataDir();
    QPointer<QWidget> owner(parent);
    onResult(parent, hub.web3connect(accountId), [owner, tokenId, name, gps, dataDir, tell](const Result<services::web3connect::Web3ConnectClient *> &client) {
        if (!owner)
            return;
        if (!client)
            return tell(client.error().message);
        auto *window = new VerificationQrWindow(*client, tokenId, name, gps, owner);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->setVerificationLog(dataDir);
        window->show();
    });
}

} // namespace inkan::ui
