#include "SigningDialog.h"

#include "Theme.h"
#include "services/PhishingGuard.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace inkan::ui {

SiweFields splitSiweMessage(const QString &message)
{
    SiweFields fields;
    const QStringList lines = message.split(QLatin1Char('\n'));
    static const QString kHeader = QStringLiteral(" wants you to sign in with your Ethereum account:");
    if (lines.size() < 2 || !lines[0].endsWith(kHeader))
        return fields;
    fields.isSiwe = true;
    fields.domain = lines[0].left(lines[0].size() - kHeader.size()).trimmed();
    // "scheme://domain" is allowed by EIP-4361; the host is what is compared.
    if (const qsizetype scheme = fields.domain.indexOf(QStringLiteral("://")); scheme >= 0)
        fields.domain = fields.domain.mid(scheme + 3);
    fields.address = lines[1].trimmed();
    QStringList statement;
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QString &line = lines[i];
        const qsizetype colon = line.indexOf(QStringLiteral(": "));
        const QString key = colon > 0 ? line.left(colon) : QString();
        const QString value = colon > 0 ? line.mid(colon + 2).trimmed() : QString();
        if (key == u"URI") fields.uri = value;
        else if (key == u"Chain ID") fields.chainId = value;
        else if (key == u"Nonce") fields.nonce = value;
        else if (key == u"Issued At") fields.issuedAt = value;
        else if (key == u"Expiration Time") fields.expirationTime = value;
        else if (key.isEmpty() || key == u"Version" || key == u"Not Before" || key == u"Request ID" || key == u"Resources") {
            if (key.isEmpty() && !line.trimmed().isEmpty() && !line.startsWith(QStringLiteral("- ")))
                statement << line.trimmed();
        }
    }
    fields.statement = statement.join(QLatin1Char(' '));
    return fields;
}

namespace {

QString hostOnly(const QString &domain)
{
    // "host:port" -> "host"; the guard's sameSite compares hosts.
    QString host = domain.section(QLatin1Char('/'), 0, 0);
    if (const qsizetype at = host.lastIndexOf(QLatin1Char('@')); at >= 0)
        host = host.mid(at + 1);
    if (!host.startsWith(QLatin1Char('['))) {
        if (const qsizetype colon = host.lastIndexOf(QLatin1Char(':')); colon >= 0)
            host = host.left(colon);
    }
    return host.toLower();
}

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

    const SiweFields siwe = splitSiweMessage(message);
    if (siwe.isSiwe) {
        auto *form = new QFormLayout;
        form->setObjectName(QStringLiteral("siweFields"));
        const auto row = [form](const QString &label, const QString &value, const char *name) {
            auto *field = selectableLabel(value.isEmpty() ? QStringLiteral("—") : value, QString::fromLatin1(name));
            field->setAccessibleName(label);
            form->addRow(label, field);
        };
        row(tr("Domain"), siwe.domain, "siweDomain");
        row(tr("Address"), siwe.address, "siweAddress");
        row(tr("URI"), siwe.uri, "siweUri");
        row(tr("Chain"), siwe.chainId, "siweChain");
        row(tr("Nonce"), siwe.nonce, "siweNonce");
        row(tr("Issued"), siwe.issuedAt, "siweIssued");
        row(tr("Expires"), siwe.expirationTime, "siweExpires");
        layout->addLayout(form);
        const QString domainHost = hostOnly(siwe.domain);
        if (!host.isEmpty() && !services::PhishingGuard::sameSite(domainHost, host.toLower()))
            warnings << tr("The text is for %1, but %2 asks for it. Refuse: signing it could sign you in to %1 as someone else's page wishes.")
                            .arg(siwe.domain, host);
        if (!keyAddress.isEmpty() && siwe.address.compare(keyAddress, Qt::CaseInsensitive) != 0)
            warnings << tr("The text names the address %1, but your key is %2. Refuse, and sign in again from the start.")
                            .arg(siwe.address, keyAddress);
    }
    m_signable = warnings.isEmpty();

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
