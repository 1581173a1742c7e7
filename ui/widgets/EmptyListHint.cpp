// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "widgets/EmptyListHint.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QPainter>

namespace inkan::ui {

EmptyListHint::EmptyListHint(QAbstractItemView *view, QString text) : QObject(view), m_view(view), m_text(std::move(text))
{
    view->viewport()->installEventFilter(this);
}

bool EmptyListHint::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint || !m_view || watched != m_view->viewport() || !m_view->model()
        || m_view->model()->rowCount(m_view->rootIndex()) > 0)
        return QObject::eventFilter(watched, event);
    QWidget *viewport = m_view->viewport();
    QPainter painter(viewport);
    painter.setPen(viewport->palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport->rect().adjusted(12, 8, -12, -8), Qt::AlignCenter | Qt::TextWordWrap, m_text);
    return true; // an empty list has nothing else to paint
}

} // namespace inkan::ui
