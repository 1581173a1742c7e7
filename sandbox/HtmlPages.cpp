// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "HtmlPages.h"
#include "Tr.h"

#include "Http.h"

#include <QCoreApplication>

namespace inkan::sandbox::html {

namespace {

QString page(const QString &title, const QString &body, const QString &onLoad = {})
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                          "<title>%2</title><style>"
                          "body{font-family:sans-serif;max-width:28em;margin:3em auto;padding:0 1em;color:#222}"
                          "label{display:block;margin:.8em 0 .2em}input{width:100%;padding:.5em;box-sizing:border-box}"
                          "button{margin-top:1.2em;padding:.6em 1.4em}.error{color:#b00020}"
                          ".note{color:#666;font-size:.9em}</style></head><body%3>%4</body></html>\n")
        .arg(htmlEscape(inkan::tr("en")), htmlEscape(title), onLoad, body);
}

QString hiddenInputs(const Fields &fields)
{
    QString inputs;
    for (const auto &[name, value] : fields) {
        inputs += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">")
                      .arg(htmlEscape(name), htmlEscape(value));
    }
    return inputs;
}

QString errorParagraph(const QString &error)
{
    return error.isEmpty() ? QString()
                           : QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>").arg(htmlEscape(error));
}

} // namespace

QString messagePage(const QString &title, const QString &message)
{
    return page(title, QStringLiteral("<h1>%1</h1><p>%2</p>").arg(htmlEscape(title), htmlEscape(message)));
}

QString associationPage(const QString &organizationName, const QString &sessionToken,
                        const QString &error)
{
    const QString title = inkan::tr("Connect your ID wallet");
    return page(title,
                QStringLiteral("<h1>%1</h1><p>%2</p>%3"
                               "<form method=\"post\" action=\"/association\">%4"
                               "<label for=\"email\">%5</label>"
                               "<input id=\"email\" name=\"email\" type=\"email\" required autofocus>"
                               "<button type=\"submit\">%6</button></form><p class=\"note\">%7</p>")
                    .arg(htmlEscape(title),
                         htmlEscape(inkan::tr("%1 asks to know the address of your Web3Connect ID wallet.")
                                        .arg(organizationName)),
                         errorParagraph(error),
                         hiddenInputs({{QStringLiteral("s"), sessionToken}}),
                         htmlEscape(inkan::tr("Your e-mail address")),
                         htmlEscape(inkan::tr("Connect")),
                         htmlEscape(inkan::tr("Inkan sandbox: an ID wallet is created for a new e-mail address."))));
}

QString signInPage(const QString &clientName, const Fields &hidden, const QString &error)
{
    const QString title = inkan::tr("Sign in with Web3Connect");
    return page(title,
                QStringLiteral("<h1>%1</h1><p>%2</p>%3"
                               "<form method=\"post\" action=\"/oidc/oauth2/auth\">%4"
                               "<label for=\"email\">%5</label>"
                               "<input id=\"email\" name=\"email\" type=\"email\" autocomplete=\"username\" required autofocus>"
                               "<label for=\"password\">%6</label>"
                               "<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>"
                               "<button type=\"submit\">%7</button></form><p class=\"note\">%8</p>")
                    .arg(htmlEscape(title),
                         htmlEscape(inkan::tr("%1 wants to know your ID wallet address and e-mail.").arg(clientName)),
                         errorParagraph(error),
                         hiddenInputs(hidden),
                         htmlEscape(inkan::tr("E-mail")),
                         htmlEscape(inkan::tr("Password")),
                         htmlEscape(inkan::tr("Sign in")),
                         htmlEscape(inkan::tr("Inkan sandbox: use an end-user from demo.json."))));
}

QString formPostPage(const QString &action, const Fields &fields)
{
    return page(inkan::tr("Signing you in…"),
                QStringLiteral("<form method=\"post\" action=\"%1\">%2"
                               "<noscript><button type=\"submit\">%3</button></noscript></form>")
                    .arg(htmlEscape(action), hiddenInputs(fields), htmlEscape(inkan::tr("Continue"))),
                QStringLiteral(" onload=\"document.forms[0].submit()\""));
}

} // namespace inkan::sandbox::html
