// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// A sentence drawn in a list's empty viewport, in the palette's placeholder colour, so an empty
// list says what fills it instead of showing a blank box. The list's rows are left untouched.
#include <QObject>
#include <QPointer>
#include <QString>

class QAbstractItemView;

namespace inkan::ui {

class EmptyListHint : public QObject {
    Q_OBJECT
public:
    /// Owned by view; the hint shows while view's model has no rows.
    EmptyListHint(QAbstractItemView *view, QString text);
    QString text() const { return m_text; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QAbstractItemView> m_view;
    QString m_text;
};

} // namespace inkan::ui
