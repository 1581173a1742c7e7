// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Helpers for the widget tests.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QLineEdit>
#include <QStringList>
#include <QWidget>

namespace inkan::test {

/// The controls under root (buttons, line edits, combos, item views) that lack an objectName or
/// an accessible name, as "Class 'objectName'" lines. Qt's own internals ("qt_…") are skipped.
inline QStringList unnamedControls(QWidget *root)
{
    QStringList missing;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
                             || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractItemView *>(w);
        if (!control || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        // A combo box's own line edit and popup list are parts of the combo box.
        bool partOfCombo = false;
        for (QObject *up = w->parent(); up && up != root && !partOfCombo; up = up->parent())
            partOfCombo = qobject_cast<QComboBox *>(up) != nullptr;
        if (partOfCombo)
            continue;
        if (w->objectName().isEmpty() || w->accessibleName().isEmpty())
            missing << QStringLiteral("%1 '%2'").arg(QLatin1String(w->metaObject()->className()), w->objectName());
    }
    return missing;
}

} // namespace inkan::test
