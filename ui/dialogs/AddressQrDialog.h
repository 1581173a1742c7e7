// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// An address as a QR code ("ethereum:0x…" is not used: wallets read the bare EIP-55 address),
// with the address written under it.
#include "crypto/Address.h"

#include <QDialog>

namespace inkan::ui {

class AddressQrDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddressQrDialog(const crypto::Address &address, QWidget *parent = nullptr);
};

} // namespace inkan::ui
