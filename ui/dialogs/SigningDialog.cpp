// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "SigningDialog.h"
#include "services/Siwe.h"

#include "Theme.h"
#include "services/PhishingGuard.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace inkan::ui {

namespace {

QLabel *selectableLabel(const QString &text, const QString &name)
{
    auto *label = new QLabel(text);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

SigningDialog::SigningDialog(const QString &message, const QUrl &serviceBaseUrl, const QString &keyAddress, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("signingDialog"));
    setWindowTitle(tr("Sign this text?"));
    auto *layout = new QVBoxLayout(this);

    const QString host = serviceBaseUrl.host();
    auto *intro = selectableLabel(tr("%1 asks your key to sign the text below. Sign only if you started this sign-in and the text is what you expect.")
                                      .arg(host.isEmpty() ? tr("A service") : host),
                                  QStringLiteral("signingHostLabel"));
    intro->setAccessibleName(tr("Host that asks"));
    layout->addWidget(intro);

    auto *text = new QPlainTextEdit(message);
    text->setObjectName(QStringLiteral("signingMessageText"));
    text->setAccessibleName(tr("Text to be signed"));
    text->setReadOnly(true);
    text->setTabChangesFocus(true);
    text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    text->setMinimumHeight(120);
    layout->addWidget(text);

    QStringList warnings;
    if (Result<void> verdict = services::PhishingGuard::check(message, serviceBaseUrl); !verdict)
        warnings << verdict.error().message;

    // A Sign-In with Ethereum text is parsed in full by core (services/Siwe.h): its fields are
    // shown, and a text for another domain or key, outside its validity, or malformed is refused.
    if (services::SiweMessage::looksLikeSiwe(message)) {
        const Result<services::SiweMessage> siwe = services::SiweMessage::parse(message);
        if (!siwe) {
            warnings << siwe.error().message;
        } else {
            auto *form = new QFormLayout;
            form->setObjectName(QStringLiteral("siweFields"));
            const auto row = [form](const QString &label, const QString &value, const char *name) {
                auto *field = selectableLabel(value.isEmpty() ? QStringLiteral("—") : value, QString::fromLatin1(name));
                field->setAccessibleName(label);
                form->addRow(label, field);
            };
            const auto when = [](const std::optional<QDateTime> &time) {
                return time ? QLocale().toString(time->toLocalTime(), QLocale::LongFormat) : QString();
            };
            row(tr("Domain"), siwe->domain, "siweDomain");
            row(tr("Address"), siwe->address, "siweAddress");
            row(tr("URI"), siwe->uri, "siweUri");
            row(tr("Chain"), QString::number(siwe->chainId), "siweChain");
            row(tr("Nonce"), siwe->nonce, "siweNonce");
            row(tr("Issued"), when(siwe->issuedAt), "siweIssued");
            row(tr("Expires"), when(siwe->expirationTime), "siweExpires");
            layout->addLayout(form);
            // Without a known key, the address is the text's own: only the domain and time count.
            const QString signer = keyAddress.isEmpty() ? siwe->address : keyAddress;
            if (Result<void> fits = siwe->verify(serviceBaseUrl, signer, QDateTime::currentDateTimeUtc()); !fits)
                warnings << fits.error().message;
        }
    }
    m_signable = warnings.isEmpty();

    // The phishing guard's verdict, always on its own line: passed in green, or the reasons in red.
    auto *verdict = new QLabel(m_signable ? tr("✔ Phishing check passed: the text names no site but %1, and hides no characters.")
                                                .arg(host.isEmpty() ? tr("the service") : host)
                                          : tr("✖ Phishing check failed: do not sign this text."));
    verdict->setObjectName(QStringLiteral("signingVerdict"));
    verdict->setAccessibleName(tr("Phishing check"));
    verdict->setWordWrap(true);
    QPalette verdictPalette = verdict->palette();
    verdictPalette.setColor(QPalette::WindowText, m_signable ? Theme::successColor(verdictPalette)
                                                             : Theme::errorColor(verdictPalette));
    verdict->setPalette(verdictPalette);
    layout->addWidget(verdict);

    m_warning = new QLabel(warnings.join(QLatin1Char('\n')));
    m_warning->setObjectName(QStringLiteral("signingWarning"));
    m_warning->setAccessibleName(tr("Warning"));
    m_warning->setWordWrap(true);
    QPalette warningPalette = m_warning->palette();
    warningPalette.setColor(QPalette::WindowText, Theme::errorColor(warningPalette));
    m_warning->setPalette(warningPalette);
    QFont bold = m_warning->font();
    bold.setBold(true);
    m_warning->setFont(bold);
    m_warning->setVisible(!m_signable);
    layout->addWidget(m_warning);

    auto *buttons = new QDialogButtonBox;
    buttons->setObjectName(QStringLiteral("signingButtons"));
    QPushButton *refuse = buttons->addButton(tr("Refuse"), QDialogButtonBox::RejectRole);
    refuse->setObjectName(QStringLiteral("signingRefuseButton"));
    refuse->setAccessibleName(tr("Refuse"));
    if (m_signable) {
        m_signButton = buttons->addButton(tr("Sign"), QDialogButtonBox::AcceptRole);
        m_signButton->setObjectName(QStringLiteral("signingSignButton"));
        m_signButton->setAccessibleName(tr("Sign"));
    }
    refuse->setDefault(true); // Enter never signs by accident
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    refuse->setFocus();
    resize(560, sizeHint().height());
}

QString SigningDialog::warningText() const
{
    return m_signable ? QString() : m_warning->text();
}

void SigningDialog::done(int result)
{
    QDialog::done(result);
    if (m_answered)
        return;
    m_answered = true;
    Q_EMIT answered(result == QDialog::Accepted && m_signable);
}

services::SignatureApprover SigningDialog::approver(QWidget *parent, const QUrl &serviceBaseUrl, const QString &keyAddress)
{
    QPointer<QWidget> owner(parent);
    return [owner, serviceBaseUrl, keyAddress](const services::SigningRequest &request, std::function<void(bool)> answer) {
        auto *dialog = new SigningDialog(request.message, serviceBaseUrl, keyAddress, owner);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        auto answered = std::make_shared<bool>(false);
        QObject::connect(dialog, &SigningDialog::answered, dialog, [answer, answered](bool approved) {
            *answered = true;
            answer(approved);
        });
        // A dialog closed with its window (never answered) refuses: nothing is signed.
        QObject::connect(dialog, &QObject::destroyed, QCoreApplication::instance(), [answer, answered] {
            if (!*answered)
                answer(false);
        });
        dialog->open();
    };
}

} // namespace inkan::ui
