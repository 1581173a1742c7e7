// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The few HTML pages a browser sees: the association page, the OIDC sign-in form, the
// form_post hand-back and plain messages. Every dynamic value is escaped.
#include <QList>
#include <QString>

#include <utility>

namespace inkan::sandbox::html {

using Fields = QList<std::pair<QString, QString>>;

/// A title and a sentence, for errors and dead ends.
QString messagePage(const QString &title, const QString &message);
/// Asks an end-user for their e-mail to associate their ID wallet with an organization.
QString associationPage(const QString &organizationName, const QString &sessionToken,
                        const QString &error);
/// E-mail + password of a sandbox end-user; `hidden` carries the authorization request.
QString signInPage(const QString &clientName, const Fields &hidden, const QString &error);
/// An auto-submitting form that POSTs `fields` to `action` (OAuth response_mode=form_post).
QString formPostPage(const QString &action, const Fields &fields);

} // namespace inkan::sandbox::html
