// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Identicons: a small picture drawn locally from an address, so that a changed character shows
// as a changed picture. A 5x5 grid mirrored left to right (blockies-like), three colours, all
// taken from keccak-256 of the address in lower case: the same address in any case gives the
// same picture.
#include <QImage>
#include <QString>
#include <QWidget>

namespace inkan::ui {

/// A size x size identicon for address (any case, with or without "0x"; surrounding spaces are
/// ignored). Text that is not an address still gets a picture, from its lower-case form.
QImage identiconImage(QStringView address, int size);

class IdenticonWidget : public QWidget {
    Q_OBJECT
public:
    explicit IdenticonWidget(QWidget *parent = nullptr);

    /// An empty address shows an empty, outlined square.
    void setAddress(const QString &address);
    QString address() const { return m_address; }
    /// When masked (privacy mode), a neutral square is drawn instead.
    void setMasked(bool masked);
    bool isMasked() const { return m_masked; }
    /// The side in logical pixels (default 24).
    void setSide(int side);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_address;
    bool m_masked = false;
    int m_side = 24;
    QImage m_cache;
};

} // namespace inkan::ui
