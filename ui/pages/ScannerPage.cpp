// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "pages/ScannerPage.h"

#include "Named.h"
#include "Theme.h"
#include "commands/ScannerSession.h"
#include "dialogs/FutureResult.h"
#include "qr/QrDecoder.h"
#include "qr/VerificationPayload.h"
#include "qr/ScanController.h"
#include "session/AppSettings.h"
#include "widgets/CameraView.h"
#include "widgets/EmptyListHint.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QSoundEffect>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace inkan::ui {

using session::ScanVerdict;

namespace {

constexpr const char *kGreen = "#1b7f3b";
constexpr const char *kRed = "#b3261e";
constexpr const char *kAmber = "#a85f00";
constexpr const char *kChecking = "#37474f";

QString verdictWord(ScanVerdict verdict)
{
    switch (verdict) {
    case ScanVerdict::Verified: return ScannerPage::tr("verified");
    case ScanVerdict::Refused: return ScannerPage::tr("refused");
    case ScanVerdict::Repeat: return ScannerPage::tr("repeated");
    case ScanVerdict::Unchecked: return ScannerPage::tr("not checked");
    }
    return {};
}

QString countsLine(const session::ScanCounts &counts)
{
    return ScannerPage::tr("%1 verified · %2 refused · %3 repeated · %4 not checked")
        .arg(counts.count(ScanVerdict::Verified))
        .arg(counts.count(ScanVerdict::Refused))
        .arg(counts.count(ScanVerdict::Repeat))
        .arg(counts.count(ScanVerdict::Unchecked));
}

QPushButton *sourceButton(const char *name, const QString &text, const QString &accessible)
{
    auto *button = named(new QPushButton(text), name, accessible);
    button->setFocusPolicy(Qt::NoFocus); // the scan field keeps the focus
    return button;
}

} // namespace

ScannerPage::ScannerPage(session::ServiceHub &hub, QWidget *parent)
    : QWidget(parent),
      m_hub(hub),
      m_history(std::make_unique<session::ScanHistory>(hub.dataDir())),
      m_session(std::make_unique<ScannerSession>(m_history.get())),
      m_controller(std::make_unique<qr::ScanController>()),
      m_stills(std::make_unique<qr::ScanController>())
{
    setObjectName(QStringLiteral("scannerPage"));
    setAccessibleName(tr("Venue scanner"));
    buildUi();
    loadSettings();

    connect(m_session.get(), &ScannerSession::checking, this, &ScannerPage::showChecking);
    connect(m_session.get(), &ScannerSession::retrying, this, [this](int failedAttempt, int, const QString &why) {
        m_verdictReason->setText(tr("Attempt %1 got no answer (%2). Trying again…").arg(failedAttempt).arg(why));
    });
    connect(m_session.get(), &ScannerSession::verdictReady, this, &ScannerPage::showVerdict);
    connect(m_session.get(), &ScannerSession::historyChanged, this, [this] {
        if (!m_history->records().isEmpty())
            addHistoryRow(m_history->records().constLast(), true);
        refreshCounts();
    });
    connect(m_session.get(), &ScannerSession::historyError, this, [this](const QString &message) {
        setSourceStatus(message, true);
    });
    connect(m_controller.get(), &qr::ScanController::codeFound, m_session.get(), &ScannerSession::submitDecoded);
    connect(m_controller.get(), &qr::ScanController::errorOccurred, this, [this](const QString &message) {
        // Live source failures are reported by the source itself (see useSource).
        if (m_live && m_live->state() == qr::FrameSource::State::Failed)
            return;
        setSourceStatus(message, true);
    });
    connect(m_stills.get(), &qr::ScanController::codeFound, m_session.get(), &ScannerSession::submitDecoded);
    connect(m_stills.get(), &qr::ScanController::errorOccurred, this, [this](const QString &message) {
        setSourceStatus(message, true);
    });

    m_countdown.setInterval(200);
    connect(&m_countdown, &QTimer::timeout, this, &ScannerPage::tickCountdown);

    for (const session::ScanRecord &record : m_history->records())
        addHistoryRow(record, true);
    if (!m_history->loadError().isEmpty())
        setSourceStatus(m_history->loadError(), true);
    refreshCounts();
    setAccount(QString());
}

ScannerPage::~ScannerPage()
{
    m_controller->stop();
    m_controller->setSource(nullptr);
    delete m_live;
}

void ScannerPage::buildUi()
{
    auto *root = new QVBoxLayout(this);

    auto *accountRow = new QHBoxLayout;
    m_accountStatus = named(new QLabel, "scannerAccountStatus", tr("Account"));
    m_accountStatus->setWordWrap(true);
    m_signInButton = sourceButton("scannerSignInButton", tr("Sign in…"), tr("Sign in"));
    connect(m_signInButton, &QPushButton::clicked, this, &ScannerPage::signInRequested);
    accountRow->addWidget(m_accountStatus, 1);
    accountRow->addWidget(m_signInButton);
    root->addLayout(accountRow);

    auto *cameraRow = new QHBoxLayout;
    m_cameras = named(new QComboBox, "cameraCombo", tr("Camera"));
    m_cameras->setFocusPolicy(Qt::NoFocus);
    m_cameras->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_refresh = sourceButton("refreshCamerasButton", tr("Refresh"), tr("Look for cameras again"));
    m_mirror = named(new QCheckBox(tr("Flip the picture")), "mirrorCheck", tr("Flip the camera picture left to right"));
    m_mirror->setFocusPolicy(Qt::NoFocus);
    m_hide = named(new QCheckBox(tr("Hide personal data")), "hidePersonalCheck",
                   tr("Keep holder names and addresses off the verdict screen"));
    m_hide->setFocusPolicy(Qt::NoFocus);
    auto *cameraLabel = new QLabel(tr("Camera:"));
    cameraLabel->setObjectName(QStringLiteral("cameraLabel"));
    cameraRow->addWidget(cameraLabel);
    cameraRow->addWidget(m_cameras, 1);
    cameraRow->addWidget(m_refresh);
    cameraRow->addWidget(m_mirror);
    cameraRow->addWidget(m_hide);
    root->addLayout(cameraRow);

    m_cameraStatus = named(new QLabel, "cameraStatus", tr("Camera status"));
    m_cameraStatus->setWordWrap(true);
    m_cameraStatus->hide();
    root->addWidget(m_cameraStatus);

    m_preview = named(new CameraView, "cameraPreview", tr("Camera preview"));
    root->addWidget(m_preview, 1);

    auto *sourceRow = new QHBoxLayout;
    m_imageButton = sourceButton("scanImageButton", tr("Image file…"), tr("Scan a picture file"));
    m_screenButton = sourceButton("scanScreenButton", tr("Screen"), tr("Scan the screen"));
    m_screenButton->setCheckable(true);
    m_clipboardButton = sourceButton("scanClipboardButton", tr("Clipboard"), tr("Scan the clipboard"));
    m_exportButton = sourceButton("exportHistoryButton", tr("Export history…"), tr("Export the scan history as CSV"));
    m_kioskButton = sourceButton("kioskButton", tr("Kiosk mode"), tr("Full screen kiosk mode, left with a PIN"));
    m_leaveKioskButton = sourceButton("leaveKioskButton", tr("Leave kiosk mode…"), tr("Leave kiosk mode (asks for the PIN)"));
    m_leaveKioskButton->hide();
    sourceRow->addWidget(m_imageButton);
    sourceRow->addWidget(m_screenButton);
    sourceRow->addWidget(m_clipboardButton);
    sourceRow->addStretch(1);
    sourceRow->addWidget(m_exportButton);
    sourceRow->addWidget(m_kioskButton);
    sourceRow->addWidget(m_leaveKioskButton);
    root->addLayout(sourceRow);

    m_scanField = named(new QLineEdit, "scanField", tr("Scan or type a verification code, then Enter"));
    m_scanField->setPlaceholderText(tr("Handheld scanner or typed code, then Enter"));
    m_scanField->installEventFilter(this);
    root->addWidget(m_scanField);
    m_layoutWarning = named(new QLabel, "layoutWarning", tr("Keyboard layout warning"));
    m_layoutWarning->setWordWrap(true);
    m_layoutWarning->hide();
    root->addWidget(m_layoutWarning);
    m_sourceStatus = named(new QLabel, "scanStatus", tr("Scanner status"));
    m_sourceStatus->setWordWrap(true);
    root->addWidget(m_sourceStatus);

    m_counts = named(new QLabel, "scanCounts", tr("Scan counts"));
    m_counts->setWordWrap(true);
    root->addWidget(m_counts);
    m_kindCounts = named(new QLabel, "scanKindCounts", tr("Scan counts per kind"));
    m_kindCounts->setWordWrap(true);
    root->addWidget(m_kindCounts);
    m_historyList = named(new QListWidget, "scanHistoryList", tr("Scan history, newest first"));
    m_historyList->setFocusPolicy(Qt::NoFocus);
    m_historyList->setMaximumHeight(140);
    new EmptyListHint(m_historyList, tr("No code scanned yet. Point the camera at a holder's verification code, or scan it "
                                        "with a handheld scanner: each scan is listed here and kept on disk."));
    root->addWidget(m_historyList);
    m_staffOnly = {findChild<QLabel *>(QStringLiteral("cameraLabel")), m_accountStatus, m_signInButton, m_cameras, m_refresh, m_mirror, m_hide, m_imageButton,
                   m_screenButton, m_clipboardButton, m_exportButton, m_kioskButton, m_counts, m_kindCounts, m_historyList};

    // The verdict, over everything.
    m_overlay = named(new QFrame(this), "verdictOverlay", tr("Verdict"));
    m_overlay->setAutoFillBackground(true);
    auto *overlayLayout = new QVBoxLayout(m_overlay);
    overlayLayout->setContentsMargins(48, 48, 48, 48);
    m_verdictTitle = named(new QLabel, "verdictTitle", tr("Verdict"));
    m_verdictNft = named(new QLabel, "verdictNft", tr("NFT"));
    m_verdictDetails = named(new QLabel, "verdictDetails", tr("Details"));
    m_verdictReason = named(new QLabel, "verdictReason", tr("Reason"));
    m_verdictCountdown = named(new QLabel, "verdictCountdown", tr("Time left"));
    for (QLabel *label : {m_verdictTitle, m_verdictNft, m_verdictDetails, m_verdictReason, m_verdictCountdown}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::NoTextInteraction);
    }
    QFont big = m_verdictTitle->font();
    big.setPointSizeF(big.pointSizeF() * 4);
    big.setBold(true);
    m_verdictTitle->setFont(big);
    QFont medium = m_verdictNft->font();
    medium.setPointSizeF(medium.pointSizeF() * 2);
    m_verdictNft->setFont(medium);
    QFont larger = m_verdictReason->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.5);
    m_verdictDetails->setFont(larger);
    m_verdictReason->setFont(larger);
    m_scanNext = sourceButton("scanNextButton", tr("Scan next (Space)"), tr("Scan next"));
    overlayLayout->addStretch(1);
    overlayLayout->addWidget(m_verdictTitle);
    overlayLayout->addWidget(m_verdictNft);
    overlayLayout->addWidget(m_verdictDetails);
    overlayLayout->addWidget(m_verdictReason);
    overlayLayout->addStretch(1);
    overlayLayout->addWidget(m_verdictCountdown);
    overlayLayout->addWidget(m_scanNext, 0, Qt::AlignHCenter);
    m_overlay->hide();

    connect(m_cameras, &QComboBox::activated, this, [this](int index) {
        const QByteArray id = m_cameras->itemData(index).toByteArray();
        if (!id.isEmpty())
            (void)session::AppSettings(m_hub.dataDir()).setScannerCamera(id);
        m_screenButton->setChecked(false);
        startCamera();
        refocusScanField();
    });
    connect(m_refresh, &QPushButton::clicked, this, &ScannerPage::refreshCameras);
    connect(m_mirror, &QCheckBox::toggled, this, [this](bool on) {
        m_mirrored = on;
        m_preview->setMirrored(on);
        (void)session::AppSettings(m_hub.dataDir()).setScannerMirrored(on);
        // A mirrored code does not read as a QR code: flip it back before decoding.
        m_controller->setDecodeFunction(on ? qr::ScanController::DecodeFunction([](const qr::ScanController::Input &input) {
            QImage image = input.frame.isValid() ? input.frame.toImage() : input.image;
            return qr::QrDecoder::decode(image.mirrored(true, false), input.mode == qr::DecodeMode::StillImage
                                                                           ? qr::DecodeMode::StillImage
                                                                           : qr::DecodeMode::LiveVideo);
        })
                                               : qr::ScanController::DecodeFunction());
        refocusScanField();
    });
    connect(m_hide, &QCheckBox::toggled, this, [this](bool on) {
        m_hidePersonal = on;
        (void)session::AppSettings(m_hub.dataDir()).setScannerHidesPersonalData(on);
        refocusScanField();
    });
    connect(m_imageButton, &QPushButton::clicked, this, &ScannerPage::chooseImageFile);
    connect(m_screenButton, &QPushButton::toggled, this, &ScannerPage::toggleScreen);
    connect(m_clipboardButton, &QPushButton::clicked, this, &ScannerPage::scanClipboard);
    connect(m_exportButton, &QPushButton::clicked, this, [this] { exportHistory(); });
    connect(m_scanNext, &QPushButton::clicked, this, &ScannerPage::scanNext);
    connect(m_kioskButton, &QPushButton::clicked, this, &ScannerPage::enterKiosk);
    connect(m_leaveKioskButton, &QPushButton::clicked, this, &ScannerPage::requestLeaveKiosk);
    connect(m_scanField, &QLineEdit::returnPressed, this, &ScannerPage::submitTyped);
    connect(m_scanField, &QLineEdit::textEdited, this, [this] { m_layoutWarning->hide(); });
}

void ScannerPage::loadSettings()
{
    const session::AppSettings settings(m_hub.dataDir());
    m_session->setScannerName(settings.scannerName());
    if (const auto position = settings.venuePosition())
        m_session->setVenuePosition(services::web3connect::Gps{QString::number(position->latitude, 'f', 6),
                                                               QString::number(position->longitude, 'f', 6)});
    else
        m_session->setVenuePosition(std::nullopt);
    m_verdictMs = settings.verdictSeconds() * 1000;
    m_mirror->setChecked(settings.scannerMirrored());
    m_hide->setChecked(settings.scannerHidesPersonalData());
}

void ScannerPage::setAccount(const QString &accountId)
{
    ++m_generation;
    std::optional<session::Account> account = accountId.isEmpty() ? std::nullopt : m_hub.accounts().find(accountId);
    // Codes are checked on Web3Connect: another kind of account uses the first signed-in one.
    if (!account || account->kind != session::ServiceKind::Web3Connect || !account->isSignedIn()) {
        account.reset();
        for (const session::Account &candidate : m_hub.accounts().accounts())
            if (candidate.kind == session::ServiceKind::Web3Connect && candidate.isSignedIn()) {
                account = candidate;
                break;
            }
    }
    m_session->setClient(nullptr);
    if (!account) {
        m_accountId.clear();
        m_accountStatus->setText(tr("Codes are checked with the venue's Web3Connect account: sign in to it to start scanning."));
        m_signInButton->show();
        return;
    }
    m_accountId = account->id;
    m_signInButton->hide();
    m_accountStatus->setText(tr("Opening %1…").arg(account->name));
    const quint64 generation = m_generation;
    const QString name = account->name;
    onResult(this, m_hub.web3connect(m_accountId), [this, generation, name](const Result<services::web3connect::Web3ConnectClient *> &client) {
        if (generation != m_generation)
            return;
        if (!client) {
            m_accountStatus->setText(tr("Codes cannot be checked: %1 Sign in again in Settings.").arg(client.error().message));
            m_signInButton->show();
            return;
        }
        m_session->setClient(*client);
        m_accountStatus->setText(tr("Checking codes as %1 at %2.").arg(name, m_session->scannerName()));
    });
}

void ScannerPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_devices) {
        m_devices = new QMediaDevices(this);
        connect(m_devices, &QMediaDevices::videoInputsChanged, this, &ScannerPage::refreshCameras);
    }
    loadSettings();
    loadSounds();
    if (!m_live)
        refreshCameras();
    else
        m_controller->start();
    refocusScanField();
}

void ScannerPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // The camera is released while the page is not shown (its light goes off).
    if (m_liveIsCamera)
        m_controller->stop();
}

void ScannerPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_overlay->setGeometry(rect());
}

bool ScannerPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scanField && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        // Space closes a verdict; inside a code it is no code character anyway.
        if (key->key() == Qt::Key_Space && m_scanField->text().isEmpty() && m_view != View::Scanning) {
            scanNext();
            return true;
        }
        if (key->key() == Qt::Key_Escape && m_kiosk) {
            requestLeaveKiosk();
            return true;
        }
    }
    if (watched == m_scanField && event->type() == QEvent::FocusOut)
        QTimer::singleShot(0, this, &ScannerPage::refocusScanField);
    return QWidget::eventFilter(watched, event);
}

void ScannerPage::refocusScanField()
{
    // Keep the focus for a handheld scanner's keystrokes, unless a dialog or another window has it.
    if (!isVisible() || !window()->isActiveWindow())
        return;
    QWidget *focus = QApplication::focusWidget();
    if (focus == m_scanField)
        return;
    if (focus && focus->window() != window())
        return;
    m_scanField->setFocus(Qt::OtherFocusReason);
}

void ScannerPage::refreshCameras()
{
    const QByteArray remembered = session::AppSettings(m_hub.dataDir()).scannerCamera();
    const QByteArray current = m_cameras->currentData().toByteArray();
    const QList<QCameraDevice> cameras = qr::CameraFrameSource::availableCameras();
    m_cameras->clear();
    for (const QCameraDevice &camera : cameras)
        m_cameras->addItem(camera.description(), camera.id());
    const QByteArray wanted = !current.isEmpty() ? current : remembered;
    const int index = m_cameras->findData(wanted);
    if (index >= 0)
        m_cameras->setCurrentIndex(index);
    m_cameras->setEnabled(!cameras.isEmpty());
    if (cameras.isEmpty())
        m_cameras->addItem(tr("No camera"));
    // A test or the screen source has the preview: only list the cameras.
    if (m_live && !m_liveIsCamera)
        return;
    // The camera in use is still there and running: leave it be.
    if (auto *camera = qobject_cast<qr::CameraFrameSource *>(m_live.data());
        camera && camera->state() == qr::FrameSource::State::Running && camera->cameraDevice().id() == m_cameras->currentData().toByteArray())
        return;
    startCamera();
}

void ScannerPage::startCamera()
{
    auto *camera = new qr::CameraFrameSource;
    const QByteArray id = m_cameras->currentData().toByteArray();
    for (const QCameraDevice &device : qr::CameraFrameSource::availableCameras())
        if (device.id() == id)
            camera->setCameraDevice(device);
    useSource(camera, true);
}

void ScannerPage::setLiveSource(qr::FrameSource *source)
{
    if (!source)
        return startCamera();
    useSource(source, false);
}

void ScannerPage::useSource(qr::FrameSource *source, bool isCamera)
{
    m_controller->stop();
    m_controller->setSource(nullptr);
    delete m_live;
    m_preview->clear();
    m_live = source;
    m_liveIsCamera = isCamera;
    source->setParent(this);
    connect(source, &qr::FrameSource::videoFrameAvailable, m_preview, &CameraView::showFrame);
    connect(source, &qr::FrameSource::imageAvailable, m_preview, &CameraView::showImage);
    // The live picture failing (a camera unplugged or refused, the screen not readable) is the
    // preview's problem, named above it and in it; scanning by hand still works meanwhile.
    connect(source, &qr::FrameSource::errorOccurred, this, [this](const QString &message) {
        m_preview->clear();
        setCameraProblem(describeCameraError(message));
    });
    connect(source, &qr::FrameSource::stateChanged, this, [this, isCamera](qr::FrameSource::State state) {
        if (state == qr::FrameSource::State::Running) {
            setCameraProblem(QString());
            m_preview->setMessage(QString());
        }
        if (isCamera && state == qr::FrameSource::State::Starting)
            m_preview->setMessage(tr("Starting the camera…"));
    });
    m_controller->setSource(source);
    if (isVisible() || !isCamera)
        m_controller->start();
}

QString ScannerPage::describeCameraError(const QString &message) const
{
    if (message.contains(QLatin1String("ermission")) || message.contains(QLatin1String("denied"), Qt::CaseInsensitive))
        return tr("The camera may not be used: permission was denied. Allow camera access for Inkan (on Linux: add "
                  "your user to the \"video\" group and sign in again), then press Refresh.");
    if (message == qr::CameraFrameSource::tr("No camera is connected."))
        return tr("No camera is connected. Connect a webcam and press Refresh, or scan with a handheld scanner, "
                  "an image file, the screen or the clipboard.");
    if (message.contains(QLatin1String("disconnected")) || message.contains(QLatin1String("not connected any more")))
        return tr("%1 Plug it back in (scanning resumes by itself), or choose another camera.").arg(message);
    return tr("%1 Press Refresh to try again, or choose another camera.").arg(message);
}

void ScannerPage::setCameraProblem(const QString &sentence)
{
    m_cameraStatus->setText(sentence);
    m_cameraStatus->setVisible(!sentence.isEmpty());
    m_preview->setMessage(sentence);
    if (!sentence.isEmpty()) {
        QPalette palette = m_cameraStatus->palette();
        palette.setColor(QPalette::WindowText, Theme::errorColor(palette));
        m_cameraStatus->setPalette(palette);
    }
}

void ScannerPage::setSourceStatus(const QString &sentence, bool problem)
{
    m_sourceStatus->setText(sentence);
    QPalette palette = m_sourceStatus->palette();
    palette.setColor(QPalette::WindowText, problem ? Theme::errorColor(palette) : QApplication::palette().color(QPalette::WindowText));
    m_sourceStatus->setPalette(palette);
}

void ScannerPage::scanStill(qr::FrameSource *source)
{
    // Pictures have a decoder of their own: on the live one, the next camera frame would
    // replace a picture still waiting for the worker.
    source->setParent(this);
    m_stills->start();
    connect(source, &qr::FrameSource::imageAvailable, this, [this, source](const QImage &image) {
        m_stills->forgetReportedCode(); // the same code from a file again is a scan of its own
        m_stills->submitImage(image, qr::DecodeMode::StillImage);
        source->deleteLater();
    });
    connect(source, &qr::FrameSource::errorOccurred, this, [this, source](const QString &message) {
        setSourceStatus(message, true);
        source->deleteLater();
    });
    setSourceStatus(tr("Reading %1…").arg(source->description()), false);
    source->start();
}

void ScannerPage::scanImageFile(const QString &path)
{
    scanStill(new qr::ImageFileFrameSource(path));
}

void ScannerPage::chooseImageFile()
{
    auto *dialog = new QFileDialog(this, tr("Scan a picture of a QR code"),
                                   QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                   tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"));
    dialog->setObjectName(QStringLiteral("scanImageDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ScannerPage::scanImageFile);
    connect(dialog, &QDialog::finished, this, &ScannerPage::refocusScanField);
    dialog->open();
}

void ScannerPage::scanClipboard()
{
    // Text on the clipboard (a code copied from a message) is taken as typed; a picture is scanned.
    const QMimeData *data = QApplication::clipboard()->mimeData();
    if (data && !data->hasImage() && data->hasText() && !data->text().trimmed().isEmpty()) {
        m_session->submitText(data->text());
        return;
    }
    scanStill(new qr::ClipboardFrameSource);
}

void ScannerPage::toggleScreen(bool on)
{
    if (on)
        useSource(new qr::ScreenFrameSource, false);
    else
        startCamera();
    refocusScanField();
}

void ScannerPage::submitTyped()
{
    const QString text = m_scanField->text();
    m_scanField->clear();
    if (text.trimmed().isEmpty()) {
        if (m_view != View::Scanning)
            scanNext(); // Enter on its own: scan next
        return;
    }
    const bool garbled = ScannerSession::looksLayoutGarbled(text) && !qr::VerificationPayload::parseText(text.trimmed()).ok();
    m_layoutWarning->setVisible(garbled);
    if (garbled) {
        m_layoutWarning->setText(tr("The handheld scanner's keyboard layout does not match this computer's: the code "
                                    "arrived garbled. Set the scanner to this keyboard layout (see its manual), then scan again."));
        QPalette palette = m_layoutWarning->palette();
        palette.setColor(QPalette::WindowText, Theme::warningColor(palette));
        m_layoutWarning->setPalette(palette);
    }
    m_session->submitText(text);
}

void ScannerPage::showChecking(int attempt, int maxAttempts)
{
    m_view = View::Checking;
    m_countdown.stop();
    m_overlay->setStyleSheet(QStringLiteral("QFrame#verdictOverlay { background: %1; } QLabel { color: white; }").arg(QLatin1String(kChecking)));
    m_verdictTitle->setText(tr("Checking…"));
    m_verdictNft->clear();
    m_verdictDetails->clear();
    m_verdictReason->setText(attempt > 1 ? tr("Attempt %1 of %2.").arg(attempt).arg(maxAttempts) : QString());
    m_verdictCountdown->clear();
    m_scanNext->hide();
    m_overlay->setGeometry(rect());
    m_overlay->show();
    m_overlay->raise();
}

void ScannerPage::showVerdict(const ScanOutcome &outcome)
{
    m_view = View::Verdict;
    const char *colour = kRed;
    QString title;
    switch (outcome.verdict) {
    case ScanVerdict::Verified:
        colour = kGreen;
        title = tr("Verified");
        break;
    case ScanVerdict::Repeat:
        colour = kAmber;
        title = tr("Already verified");
        break;
    case ScanVerdict::Refused:
        title = tr("Not valid");
        break;
    case ScanVerdict::Unchecked:
        title = tr("Not checked");
        break;
    }
    m_overlay->setStyleSheet(QStringLiteral("QFrame#verdictOverlay { background: %1; } QLabel { color: white; }").arg(QLatin1String(colour)));
    m_verdictTitle->setText(title);
    m_verdictNft->setText(outcome.nftName);
    QStringList details;
    if (!outcome.nftKind.isEmpty())
        details << outcome.nftKind;
    if (!outcome.seat.isEmpty())
        details << tr("Seat %1").arg(outcome.seat);
    if (!outcome.level.isEmpty())
        details << tr("Level %1").arg(outcome.level);
    if (!outcome.holder.isEmpty())
        details << (m_hidePersonal ? tr("Holder hidden") : tr("Holder %1").arg(outcome.holder));
    m_verdictDetails->setText(details.join(QStringLiteral(" · ")));
    m_verdictReason->setText(outcome.verdict == ScanVerdict::Verified && outcome.nft ? QString() : outcome.message);
    m_scanNext->show();
    m_overlay->setGeometry(rect());
    m_overlay->show();
    m_overlay->raise();
    m_verdictClock.start();
    tickCountdown();
    m_countdown.start();

    loadSounds();
    QSoundEffect *sound = outcome.verdict == ScanVerdict::Verified ? m_soundVerified
                          : outcome.verdict == ScanVerdict::Repeat ? m_soundRepeat
                                                                   : m_soundRefused;
    sound->play();

    setSourceStatus(QString(), false);
    refocusScanField();
    m_overlay->layout()->activate(); // lines that appeared or went away are laid out before the paint
    m_overlay->repaint();
    Q_EMIT verdictShown(outcome);
}

void ScannerPage::loadSounds()
{
    // Loaded once, before the first verdict, so the first sound is not late.
    if (m_soundVerified)
        return;
    const auto load = [this](const char *name) {
        auto *sound = new QSoundEffect(this);
        sound->setSource(QUrl(QStringLiteral("qrc:/sounds/") + QLatin1String(name)));
        return sound;
    };
    m_soundVerified = load("verified.wav");
    m_soundRefused = load("refused.wav");
    m_soundRepeat = load("repeat.wav");
}

void ScannerPage::tickCountdown()
{
    const qint64 left = m_verdictMs - m_verdictClock.elapsed();
    if (left <= 0)
        return closeVerdict();
    m_verdictCountdown->setText(tr("Scanning again in %1 s").arg((left + 999) / 1000));
}

void ScannerPage::closeVerdict()
{
    m_countdown.stop();
    m_overlay->hide();
    m_view = View::Scanning;
}

void ScannerPage::scanNext()
{
    closeVerdict();
    m_controller->forgetReportedCode();
    m_controller->start();
    refocusScanField();
}

void ScannerPage::refreshCounts()
{
    const session::ScanCounts sessionCounts = m_history->sessionCounts();
    const session::ScanCounts today = m_history->dayCounts();
    m_counts->setText(tr("This session: %1\nToday: %2").arg(countsLine(sessionCounts), countsLine(today)));
    QStringList kinds;
    for (auto it = today.byKind.cbegin(); it != today.byKind.cend(); ++it) {
        const QString kind = it.key().isEmpty() ? tr("unknown kind") : it.key();
        kinds << tr("%1: %2 verified, %3 refused, %4 repeated")
                     .arg(kind)
                     .arg(it.value()[size_t(ScanVerdict::Verified)])
                     .arg(it.value()[size_t(ScanVerdict::Refused)] + it.value()[size_t(ScanVerdict::Unchecked)])
                     .arg(it.value()[size_t(ScanVerdict::Repeat)]);
    }
    m_kindCounts->setText(kinds.isEmpty() ? QString() : tr("Today by kind: %1").arg(kinds.join(QStringLiteral("; "))));
}

void ScannerPage::addHistoryRow(const session::ScanRecord &record, bool atTop)
{
    const QString text = tr("%1  %2  %3  %4")
                             .arg(QLocale().toString(record.time.toLocalTime(), QLocale::ShortFormat), verdictWord(record.verdict),
                                  record.nftName.isEmpty() ? record.tokenId.left(12) : record.nftName, record.message);
    auto *item = new QListWidgetItem(text);
    item->setData(Qt::UserRole, session::verdictKey(record.verdict));
    if (atTop)
        m_historyList->insertItem(0, item);
    else
        m_historyList->addItem(item);
    while (m_historyList->count() > 200)
        delete m_historyList->takeItem(m_historyList->count() - 1);
}

void ScannerPage::exportHistory(const QString &path)
{
    if (path.isEmpty()) {
        auto *dialog = new QFileDialog(this, tr("Export the scan history"),
                                       QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                           .filePath(QStringLiteral("scans-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate))),
                                       tr("CSV files (*.csv)"));
        dialog->setObjectName(QStringLiteral("exportHistoryDialog"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QStringLiteral("csv"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &chosen) {
            if (!chosen.isEmpty())
                exportHistory(chosen);
        });
        connect(dialog, &QDialog::finished, this, &ScannerPage::refocusScanField);
        dialog->open();
        return;
    }
    const Result<void> written = m_history->exportCsv(path);
    if (!written)
        return setSourceStatus(written.error().message, true);
    setSourceStatus(tr("Scans exported: %1, to %2.").arg(m_history->records().size()).arg(QDir::toNativeSeparators(path)), false);
}

} // namespace inkan::ui

namespace inkan::ui {

void ScannerPage::askPin(const QString &label, std::function<void(const QString &)> done)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("kioskPinDialog"));
    dialog->setAccessibleName(tr("Kiosk PIN"));
    dialog->setWindowTitle(tr("Kiosk mode"));
    dialog->setLabelText(label);
    dialog->setTextEchoMode(QLineEdit::Password);
    dialog->setInputMethodHints(Qt::ImhDigitsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [done](const QString &pin) { done(pin.trimmed()); });
    connect(dialog, &QDialog::finished, this, &ScannerPage::refocusScanField);
    dialog->open();
}

void ScannerPage::enterKiosk()
{
    if (m_kiosk)
        return;
    session::AppSettings settings(m_hub.dataDir());
    if (!settings.hasKioskPin()) {
        askPin(tr("Set a PIN of 4 to 8 digits. Staff need it to leave kiosk mode."), [this](const QString &pin) {
            const Result<void> set = session::AppSettings(m_hub.dataDir()).setKioskPin(pin);
            if (!set)
                return setSourceStatus(set.error().message + QLatin1Char(' ') + tr("Kiosk mode was not started."), true);
            enterKiosk();
        });
        return;
    }
    m_kiosk = true;
    setKioskLayout(true);
    // The page alone, full screen: it leaves the main window (hidden meanwhile) and comes back.
    m_kioskHome = parentWidget();
    if (auto *stack = qobject_cast<QStackedWidget *>(m_kioskHome.data()))
        m_kioskIndex = stack->indexOf(this);
    if (m_kioskHome) {
        m_kioskHome->window()->hide();
        setParent(nullptr, Qt::Window);
    }
    showFullScreen();
    activateWindow();
    refocusScanField();
    Q_EMIT kioskChanged(true);
}

void ScannerPage::requestLeaveKiosk()
{
    if (!m_kiosk || findChild<QInputDialog *>(QStringLiteral("kioskPinDialog")))
        return;
    askPin(tr("Enter the kiosk PIN to leave kiosk mode."), [this](const QString &pin) {
        if (!session::AppSettings(m_hub.dataDir()).checkKioskPin(pin))
            return setSourceStatus(tr("That PIN is not the kiosk PIN; kiosk mode stays on. Ask the staff who set it."), true);
        leaveKiosk();
    });
}

void ScannerPage::closeEvent(QCloseEvent *event)
{
    // In kiosk mode the page is a window of its own: closing it is leaving kiosk mode.
    if (m_kiosk) {
        event->ignore();
        requestLeaveKiosk();
        return;
    }
    QWidget::closeEvent(event);
}

void ScannerPage::leaveKiosk()
{
    m_kiosk = false;
    setKioskLayout(false);
    showNormal();
    if (m_kioskHome) {
        hide();
        if (auto *stack = qobject_cast<QStackedWidget *>(m_kioskHome.data())) {
            stack->insertWidget(qMax(0, m_kioskIndex), this);
            stack->setCurrentWidget(this);
        } else {
            setParent(m_kioskHome);
        }
        show();
        m_kioskHome->window()->show();
    }
    setSourceStatus(QString(), false);
    refocusScanField();
    Q_EMIT kioskChanged(false);
}

void ScannerPage::setKioskLayout(bool kiosk)
{
    for (QWidget *widget : std::as_const(m_staffOnly))
        if (widget)
            widget->setVisible(!kiosk);
    if (!kiosk) // shown only when they have something to say
        m_signInButton->setVisible(m_accountId.isEmpty());
    m_leaveKioskButton->setVisible(kiosk);
    // Large type, readable from two metres.
    const qreal scale = kiosk ? 1.6 : 1.0 / 1.6;
    for (QLabel *label : {m_verdictTitle, m_verdictNft, m_verdictDetails, m_verdictReason, m_verdictCountdown}) {
        QFont font = label->font();
        font.setPointSizeF(font.pointSizeF() * scale);
        label->setFont(font);
    }
    QFont field = m_scanField->font();
    field.setPointSizeF(field.pointSizeF() * scale);
    m_scanField->setFont(field);
}

} // namespace inkan::ui
