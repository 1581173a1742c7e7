// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "EmptyState.h"

#include <QLabel>
#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace inkan::ui {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("emptyState"));
    m_icon->setObjectName(QStringLiteral("emptyStateIcon"));
    m_icon->setAlignment(Qt::AlignCenter);
    m_text->setObjectName(QStringLiteral("emptyStateText"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    QFont larger = m_text->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.15);
    m_text->setFont(larger);
    m_button->setObjectName(QStringLiteral("emptyStateAction"));
    m_button->setDefault(true);
    m_button->setMinimumSize(200, 34); // the one thing to do here: large enough to see at once

    // A centred column of readable width; the word-wrapped sentence takes the column's width.
    auto *column = new QWidget(this);
    column->setObjectName(QStringLiteral("emptyStateColumn"));
    column->setMaximumWidth(460);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(16);
    columnLayout->addWidget(m_icon, 0, Qt::AlignHCenter);
    columnLayout->addWidget(m_text);
    columnLayout->addWidget(m_button, 0, Qt::AlignHCenter);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);

    connect(m_button, &QPushButton::clicked, this, &EmptyState::actionTriggered);
}

EmptyState::EmptyState(const QIcon &icon, const QString &text, const QString &actionText, QWidget *parent)
    : EmptyState(parent)
{
    setIcon(icon);
    setText(text);
    setActionText(actionText);
}

void EmptyState::setIcon(const QIcon &icon)
{
    m_iconSource = icon;
    m_icon->setPixmap(icon.pixmap(QSize(64, 64), devicePixelRatioF()));
    m_icon->setVisible(!icon.isNull());
}

void EmptyState::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        setIcon(m_iconSource); // line-art icons take the new palette's colours
    QWidget::changeEvent(event);
}

void EmptyState::setText(const QString &text)
{
    m_text->setText(text);
    m_text->setAccessibleName(text);
    setAccessibleName(text);
}

QString EmptyState::text() const
{
    return m_text->text();
}

void EmptyState::setActionText(const QString &text)
{
    m_button->setText(text);
    m_button->setAccessibleName(text);
    m_button->setVisible(!text.isEmpty());
}

} // namespace inkan::ui
