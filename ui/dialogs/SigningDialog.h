// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Asks the holder before a local key signs a text: shows the exact text, the host that asks for
// it and the phishing guard's verdict. A Sign-In with Ethereum (EIP-4361) text also shows its
// fields; when its domain is not the asking host, or its address not the signing key, the
// dialog warns in red and offers only Refuse. Non-modal (open()): the answer comes through
// answered(); closing the dialog any way but "Sign" refuses, and nothing is signed.
#include "services/SignInFlow.h"
#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace inkan::ui {

class SigningDialog : public QDialog {
    Q_OBJECT
public:
    /// `serviceBaseUrl`: the service that asks; `keyAddress`: the key that would sign (may be
    /// empty when not known).
    SigningDialog(const QString &message, const QUrl &serviceBaseUrl, const QString &keyAddress,
                  QWidget *parent = nullptr);

    /// Whether the text may be signed at all (no phishing verdict, no SIWE mismatch).
    bool isSignable() const { return m_signable; }
    QString warningText() const;

    /// An approver for a flow: opens a SigningDialog (window-modal, non-blocking) over `parent`
    /// for each text and answers with the holder's choice.
    static services::SignatureApprover approver(QWidget *parent, const QUrl &serviceBaseUrl, const QString &keyAddress);

Q_SIGNALS:
    /// Emitted once: true to sign, false to refuse.
    void answered(bool approved);

protected:
    void done(int result) override;

private:
    bool m_signable = true;
    bool m_answered = false;
    QLabel *m_warning;
    QPushButton *m_signButton = nullptr;
};

} // namespace inkan::ui
