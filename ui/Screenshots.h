// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// `inkan --demo --screenshots DIR` (`make screenshots`): once the window is ready, saves every
// main page as PNG files in DIR, in the light theme and then the dark one: each page of the
// sidebar (the profile too when one is registered), the detail window of the first NFT in the
// gallery, its verification QR window, the signing dialog (a Sign-In with Ethereum text, and
// the same text for another key: the red refusal) and the create-wallet wizard's first two
// pages. Files are named <what>-<theme>.png: the page ids (gallery-light.png, profile-dark.png…),
// detail, qr, signing, signing-mismatch, wizard-password and wizard (the recovery words). Nothing blocks: each step waits for what it shows
// with timers, then finished() gives the problems met (empty: every picture was saved).
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>

class QWidget;

namespace inkan::ui {

class AppController;

class Screenshots : public QObject {
    Q_OBJECT
public:
    Screenshots(AppController &app, QString directory, QObject *parent = nullptr);

    void start();
    /// The files saved so far.
    QStringList saved() const { return m_saved; }

Q_SIGNALS:
    void finished(const QStringList &problems);

private:
    using Step = std::function<void(std::function<void()> done)>;
    void queueTheme(const QString &theme);
    void runNext();
    /// Shows and saves each page of the sidebar in turn, then calls `done`.
    void savePages(QStringList ids, std::function<void()> done);
    /// Saves what `widget` shows as <dir>/<name>-<theme>.png.
    void save(QWidget *widget, const QString &name);
    /// Calls `then` once `ready` holds (polled), or after `timeoutMs` anyway.
    void when(std::function<bool()> ready, int timeoutMs, std::function<void()> then);

    AppController &m_app;
    QString m_directory;
    QString m_theme;
    QList<Step> m_steps;
    QStringList m_saved;
    QStringList m_problems;
};

} // namespace inkan::ui
