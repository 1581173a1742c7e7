// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// What a page shows when it has nothing to show: an icon, one sentence and the one action that
// would give it something (never an empty grey area).
#include <QIcon>
#include <QWidget>

class QLabel;
class QPushButton;

namespace inkan::ui {

class EmptyState : public QWidget {
    Q_OBJECT
public:
    explicit EmptyState(QWidget *parent = nullptr);
    EmptyState(const QIcon &icon, const QString &text, const QString &actionText, QWidget *parent = nullptr);

    void setIcon(const QIcon &icon);
    void setText(const QString &text);
    QString text() const;
    /// An empty action text hides the button.
    void setActionText(const QString &text);
    QPushButton *actionButton() const { return m_button; }

Q_SIGNALS:
    void actionTriggered();

protected:
    void changeEvent(QEvent *event) override;

private:
    QIcon m_iconSource;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_button;
};

} // namespace inkan::ui
