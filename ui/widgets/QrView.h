// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// A QR code drawn large and crisp: encoded once with qr::QrEncoder (one pixel per module), then
// scaled by a whole number of device pixels per module to fit the widget, with the standard
// quiet zone of four modules on a white ground (also in the dark palette: scanners need it).
#include <QImage>
#include <QWidget>

namespace inkan::ui {

class QrView : public QWidget {
    Q_OBJECT
public:
    explicit QrView(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    /// False when the text is empty or too long for a QR code.
    bool hasCode() const { return !m_modules.isNull(); }
    /// The code with one pixel per module and its quiet zone (null without a code).
    QImage moduleImage() const { return m_modules; }
    /// When masked (privacy mode), a placeholder is drawn instead of the code.
    void setMasked(bool masked);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    QImage m_modules;
    bool m_masked = false;
};

} // namespace inkan::ui
