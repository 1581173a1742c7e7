// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The holder's verification window: shows one NFT's verification code as a large QR code, drawn
// here from the code's text (qr::VerificationPayload::toQrText), with the time left until the
// code expires. Core's VerificationWatcher (a child: closing the window stops the polling)
// fetches the code, renews it before it expires and polls until a scanner has verified it; the
// window then turns a clear green "Verified" and records the result in the local verification
// log, whose latest entries it lists. A "Full screen" toggle makes the code easy to scan.
#include "commands/VerificationWatcher.h"
#include "services/web3connect/Web3ConnectTypes.h"
#include "session/VerificationLog.h"
#include <QDialog>
#include <QPointer>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;


namespace inkan::session { class ServiceHub; }

namespace inkan::ui {

class CountdownLabel;
class QrView;

class VerificationQrWindow : public QDialog {
    Q_OBJECT
public:
    enum class State { Fetching, Showing, Verified, Failed };
    Q_ENUM(State)

    VerificationQrWindow(services::web3connect::Web3ConnectClient *client, QString tokenId, QString nftName,
                         services::web3connect::Gps holderPosition, QWidget *parent = nullptr);
    ~VerificationQrWindow() override;

    /// Where verified results are recorded (the hub's data directory); without it none are.
    void setVerificationLog(const QString &dataDir);
    /// How often the watcher polls (1 s by default); set before the window is shown.
    void setPollInterval(int milliseconds);
    State state() const { return m_state; }
    QString code() const { return m_code; }
    VerificationWatcher *watcher() const { return m_watcher; }

public Q_SLOTS:
    /// Starts (or, after a failure, restarts) the watcher. Called when the window is first shown.
    void start();
    void setFullScreen(bool fullScreen);

Q_SIGNALS:
    void stateChanged(inkan::ui::VerificationQrWindow::State state);
    void verified(const QString &tokenId);

protected:
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void setState(State state, const QString &text);
    void refreshLog();

    QPointer<services::web3connect::Web3ConnectClient> m_client;
    QString m_tokenId;
    QString m_nftName;
    services::web3connect::Gps m_position;
    std::optional<session::VerificationLog> m_log;
    int m_pollInterval = 1000;
    QPointer<VerificationWatcher> m_watcher;
    State m_state = State::Fetching;
    QString m_code;
    bool m_started = false;

    QLabel *m_title;
    QrView *m_qr;
    CountdownLabel *m_countdown;
    QLabel *m_status;
    QFont m_statusFont; // the status's own font; "Verified" is shown larger
    QPushButton *m_retry;
    QPushButton *m_fullScreen;
    QListWidget *m_history;
};

/// Opens a VerificationQrWindow for the account's NFT at the holder's position from Settings
/// (recorded in the data folder's verification log). Without a position, or without a
/// signed-in client, it says what to do instead. Never blocks.
void showVerificationQr(session::ServiceHub &hub, const QString &accountId, const QString &tokenId,
                        const QString &name, QWidget *parent);

} // namespace inkan::ui
