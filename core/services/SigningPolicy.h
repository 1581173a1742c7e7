// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// What a sign-in flow may sign. Each flow has a strict grammar for its challenge (the exact
// nonce shape of nonce-auth, Pakt's exact sentence with the app name pinned on first use, a text
// naming the service's own host for Capture, EIP-4361 parsed in full wherever it appears).
// Anything outside the grammar, anything naming a foreign host and any character that can hide
// or reorder text is refused before it reaches the approver or the signer. What passes becomes a
// SigningRequest: the exact text plus what a prompt shows beside it (the service host, the chain).
#include "Error.h"
#include "services/Siwe.h"
#include <QDateTime>
#include <QUrl>
#include <optional>

namespace inkan::services {

/// What an approver (the CLI prompt, the GUI signing dialog) is shown and decides on.
struct SigningRequest {
    QString message;          // the exact text that will be signed
    QString serviceHost;      // the host (and port) of the service asking, to show beside the text
    QString flowName;         // "nonceauth", "pakt", "capture" or "generic"
    bool matchesGrammar = false; // the text passed the flow's strict grammar: --yes may approve it
    std::optional<SiweMessage> siwe; // when the text is an EIP-4361 message (Chain ID to show)
    QString paktAppName;      // Pakt: the app name the sentence names (pinned on first use)
};

class SigningPolicy {
public:
    enum class Flow {
        Generic,   // no grammar: foreign hosts and hidden characters refused; never auto-approved
        NonceAuth, // exactly "0x" + 8..128 hex digits, as the users API hands out
        Pakt,      // "I approve <app> to authenticate with token <ms>::<random>"
        HostBound, // Capture: names the service's own host (EIP-4361 parsed in full when it is one)
    };

    static SigningPolicy generic() { return SigningPolicy(Flow::Generic); }
    static SigningPolicy nonceAuth() { return SigningPolicy(Flow::NonceAuth); }
    /// `pinnedAppName` empty on first use: any well-formed app name passes and is reported in
    /// SigningRequest::paktAppName for the caller to pin.
    static SigningPolicy pakt(QString pinnedAppName);
    static SigningPolicy hostBound() { return SigningPolicy(Flow::HostBound); }

    Flow flow() const { return m_flow; }

    /// The APP of a well-formed Pakt sentence, else empty.
    static QString paktAppNameIn(const QString &message);

    /// The request to show, or a Refused error whose sentence says why nothing was signed.
    Result<SigningRequest> evaluate(const QString &message, const QUrl &serviceBaseUrl, const QString &signerAddress,
                                    const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    /// Refused when `text` holds C0/C1 controls other than newline, bidi overrides, embeddings,
    /// isolates or marks, or zero-width characters; the sentence names the first one (U+XXXX).
    static Result<void> checkVisibleText(const QString &text);

private:
    explicit SigningPolicy(Flow flow) : m_flow(flow) {}
    Flow m_flow;
    QString m_pinnedAppName;
};

/// `text` with every non-printable character except newline (controls, format characters such
/// as bidi overrides and zero-width spaces, line separators, lone surrogates) written as
/// \u{XXXX}, so server-supplied text cannot move the cursor, recolour or reorder a terminal.
/// For challenges and error messages printed by the CLI.
QString escapeNonPrintable(const QString &text);

} // namespace inkan::services
