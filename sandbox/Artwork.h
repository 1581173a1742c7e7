// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The demo artwork the sandbox serves under /assets/: PNGs painted with QPainter at start-up
// (shapes only, so no font or display is needed).
#include <QByteArray>
#include <QHash>
#include <QString>

namespace inkan::sandbox::artwork {

/// File name ("ticket-concert.png") → PNG bytes.
QHash<QString, QByteArray> paintAll();

} // namespace inkan::sandbox::artwork
