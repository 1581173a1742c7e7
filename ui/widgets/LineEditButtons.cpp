// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "LineEditButtons.h"

#include <QAction>
#include <QLineEdit>
#include <QToolButton>

namespace inkan::ui {

void nameLineEditButtons(QLineEdit *edit)
{
    const auto buttons = edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly);
    for (QToolButton *button : buttons) {
        const QAction *action = button->defaultAction();
        if (!action)
            continue;
        // The clear button's action is Qt's own "_q_qlineeditclearaction", without text.
        const bool clear = action->objectName().startsWith(QLatin1String("_q_"));
        button->setObjectName(clear ? edit->objectName() + QStringLiteral("ClearButton")
                                    : action->objectName() + QStringLiteral("Button"));
        button->setAccessibleName(clear ? QLineEdit::tr("Clear") : action->text());
    }
}

} // namespace inkan::ui
