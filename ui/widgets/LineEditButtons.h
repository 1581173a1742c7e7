// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// QLineEdit draws its actions (the clear button, a "show password" eye) as child buttons with no
// objectName or accessible name. This names them after their actions, for tests and screen
// readers. Call it after the actions are added.
class QLineEdit;

namespace inkan::ui {

void nameLineEditButtons(QLineEdit *edit);

} // namespace inkan::ui
