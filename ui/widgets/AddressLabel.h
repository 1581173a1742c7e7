// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// An address as people should see it: EIP-55 mixed case, its identicon, a copy button and a
// "show QR" button. In privacy mode (PrivacyMode) the address, the identicon and the QR button
// are masked; copying still works, since the clipboard is not on the screen.
#include "crypto/Address.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace inkan::ui {

class IdenticonWidget;

class AddressLabel : public QWidget {
    Q_OBJECT
public:
    explicit AddressLabel(QWidget *parent = nullptr);

    void setAddress(const crypto::Address &address);
    /// Parses text (any case); text that is not an address is shown as it is, without identicon.
    void setAddress(const QString &text);
    crypto::Address address() const { return m_address; }
    /// What is shown when privacy mode is off: the EIP-55 form, or the text given.
    QString displayText() const;
    /// What the label shows right now (masked in privacy mode).
    QString shownText() const;

    /// "0x1234…abcd" instead of the whole address (default off: the whole address).
    void setElided(bool elided);

    /// The address book's name for the address, shown before it (empty: none). Hidden in
    /// privacy mode like the address.
    void setName(const QString &name);
    QString name() const { return m_name; }
    /// The masked form shown in privacy mode.
    static QString maskedText();

Q_SIGNALS:
    /// After the copy button put the address on the clipboard.
    void copied(const QString &address);

private:
    void refresh();
    void copyToClipboard();
    void showQr();

    crypto::Address m_address;
    QString m_rawText;
    bool m_elided = false;
    QString m_name;
    QLabel *m_nameLabel;
    IdenticonWidget *m_identicon;
    QLabel *m_text;
    QToolButton *m_copy;
    QToolButton *m_qr;
};

} // namespace inkan::ui
