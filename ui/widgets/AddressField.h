// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// An address entry that checks as it is typed (crypto::Address::parse): an empty field, a
// character that is not hex, a wrong length and a bad mixed-case checksum each get their own
// sentence under the field; once the address is valid its identicon and EIP-55 form are shown.
#include "crypto/Address.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace inkan::ui {

class IdenticonWidget;

class AddressField : public QWidget {
    Q_OBJECT
public:
    enum class State { Empty, Invalid, Valid };

    explicit AddressField(QWidget *parent = nullptr);

    /// The parsed address, null while the text is not a valid address.
    crypto::Address address() const { return m_address; }
    bool isAcceptable() const { return !m_address.isNull(); }
    State state() const { return m_state; }
    /// The sentence under the field (empty-field hint, the error, or the EIP-55 form).
    QString message() const;

    QString text() const;
    void setText(const QString &text);
    QLineEdit *lineEdit() const { return m_edit; }

Q_SIGNALS:
    /// After every change of the text; address() is null unless it is valid.
    void addressChanged(const inkan::crypto::Address &address);
    void acceptableChanged(bool acceptable);

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();
    void showMessage();

    QLineEdit *m_edit;
    IdenticonWidget *m_identicon;
    QLabel *m_message;
    crypto::Address m_address;
    State m_state = State::Empty;
};

} // namespace inkan::ui
