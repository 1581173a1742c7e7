// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Venue mode: door staff check holders' verification QR codes. A camera (chosen from the
// cameras present, hot-plug aware, the choice remembered) or another source (an image file,
// the screen, the clipboard) feeds ScanController, which decodes off the GUI thread; a scan
// field that always has the focus takes what a handheld scanner types (a burst ending in
// Enter) or a typed code. ScannerSession (core) turns each code into a verdict, shown over the
// whole page: green "Verified" with the NFT's name, kind, holder, seat or level; red "Not
// valid" with the reason; amber for a code already verified here. Each has its own sound. The
// verdict closes itself after a visible countdown; Space or Enter closes it at once, and a new
// scan replaces it. Live counts for the session and for today; the history exports as CSV.
//
//     auto *scanner = new ScannerPage(hub);
//     scanner->setAccount(accountId);   // a signed-in Web3Connect account checks the codes
#include "qr/FrameSource.h"
#include "session/ScanHistory.h"
#include "session/ServiceHub.h"
#include <QElapsedTimer>
#include <QMediaDevices>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSoundEffect;

namespace inkan {
class ScannerSession;
struct ScanOutcome;
}
namespace inkan::qr { class ScanController; }

namespace inkan::ui {

class CameraView;

class ScannerPage : public QWidget {
    Q_OBJECT
public:
    enum class View { Scanning, Checking, Verdict };
    Q_ENUM(View)

    explicit ScannerPage(session::ServiceHub &hub, QWidget *parent = nullptr);
    ~ScannerPage() override;

    QString accountId() const { return m_accountId; }
    View view() const { return m_view; }
    ScannerSession *scannerSession() const { return m_session.get(); }
    session::ScanHistory *history() const { return m_history.get(); }
    qr::ScanController *scanController() const { return m_controller.get(); }
    qr::FrameSource *liveSource() const { return m_live; }
    /// How long a verdict stays (AppSettings::verdictSeconds() by default).
    void setVerdictDuration(int milliseconds) { m_verdictMs = milliseconds; }

    /// Scans from `source` instead of the camera; the page takes it over (tests: a
    /// SyntheticFrameSource). Null goes back to the chosen camera.
    void setLiveSource(qr::FrameSource *source);
    /// Scans one picture file (read off the GUI thread).
    void scanImageFile(const QString &path);
    bool isKiosk() const { return m_kiosk; }

public Q_SLOTS:
    /// The Web3Connect account that checks the codes; empty (or signed out) shows how to sign in.
    void setAccount(const QString &accountId);
    /// Closes the verdict and scans again at once (the same code may be reported again).
    void scanNext();
    /// Lists the cameras again (after plugging one in) and starts the chosen one.
    void refreshCameras();
    /// Writes the scan history as CSV; an empty path asks where.
    void exportHistory(const QString &path = {});
    /// Kiosk mode: the page alone, full screen, in large type, without the settings, counts and
    /// history. Asks for a PIN first when none is set. Leaving asks for the PIN.
    void enterKiosk();
    void requestLeaveKiosk();

Q_SIGNALS:
    void signInRequested();
    /// Kiosk mode started or ended.
    void kioskChanged(bool kiosk);
    /// A verdict was painted (for benchmarks: scan-to-verdict time).
    void verdictShown(const inkan::ScanOutcome &outcome);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void loadSettings();
    void startCamera();
    void useSource(qr::FrameSource *source, bool isCamera);
    void scanStill(qr::FrameSource *source);
    void scanClipboard();
    void chooseImageFile();
    void toggleScreen(bool on);
    void submitTyped();
    void showChecking(int attempt, int maxAttempts);
    void showVerdict(const ScanOutcome &outcome);
    void closeVerdict();
    void tickCountdown();
    void loadSounds();
    void refreshCounts();
    void addHistoryRow(const session::ScanRecord &record, bool atTop);
    void setCameraProblem(const QString &sentence);
    void setSourceStatus(const QString &sentence, bool problem);
    void refocusScanField();
    QString describeCameraError(const QString &message) const;
    void askPin(const QString &label, std::function<void(const QString &)> done);
    void setKioskLayout(bool kiosk);
    void leaveKiosk();

    session::ServiceHub &m_hub;
    QString m_accountId;
    quint64 m_generation = 0;
    std::unique_ptr<session::ScanHistory> m_history;
    std::unique_ptr<ScannerSession> m_session;
    std::unique_ptr<qr::ScanController> m_controller; // the live source
    std::unique_ptr<qr::ScanController> m_stills;     // picture files and the clipboard
    QMediaDevices *m_devices = nullptr; // made when the page is first shown: it starts the multimedia backend
    QPointer<qr::FrameSource> m_live;
    bool m_liveIsCamera = false;
    bool m_mirrored = false;
    bool m_hidePersonal = false;
    int m_verdictMs = 4000;
    View m_view = View::Scanning;
    QTimer m_countdown;
    QElapsedTimer m_verdictClock;
    bool m_kiosk = false;
    QPointer<QWidget> m_kioskHome; // where the page lived before kiosk mode took it full screen
    int m_kioskIndex = -1;
    QList<QWidget *> m_staffOnly;  // hidden in kiosk mode

    // Controls.
    QComboBox *m_cameras = nullptr;
    QPushButton *m_refresh = nullptr;
    QCheckBox *m_mirror = nullptr;
    QCheckBox *m_hide = nullptr;
    QPushButton *m_imageButton = nullptr;
    QPushButton *m_screenButton = nullptr;
    QPushButton *m_clipboardButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_signInButton = nullptr;
    QPushButton *m_kioskButton = nullptr;
    QPushButton *m_leaveKioskButton = nullptr;
    QLineEdit *m_scanField = nullptr;
    QLabel *m_layoutWarning = nullptr;
    QLabel *m_accountStatus = nullptr;
    QLabel *m_cameraStatus = nullptr;
    QLabel *m_sourceStatus = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_kindCounts = nullptr;
    QListWidget *m_historyList = nullptr;
    CameraView *m_preview = nullptr;

    // The verdict over the whole page.
    QFrame *m_overlay = nullptr;
    QLabel *m_verdictTitle = nullptr;
    QLabel *m_verdictNft = nullptr;
    QLabel *m_verdictDetails = nullptr;
    QLabel *m_verdictReason = nullptr;
    QLabel *m_verdictCountdown = nullptr;
    QPushButton *m_scanNext = nullptr;

    QSoundEffect *m_soundVerified = nullptr;
    QSoundEffect *m_soundRefused = nullptr;
    QSoundEffect *m_soundRepeat = nullptr;
};

} // namespace inkan::ui
