// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// Sign-in through the GUI against a real sandbox: the SignInDialog runs nonce-auth with a wallet
// key, the SigningDialog shows the exact text and the host; a refusal signs and stores nothing.
// Also the SigningDialog's SIWE display and its red "refuse only" case.
#include "Blocking.h"
#include "GuiTestSupport.h"
#include "crypto/Keystore.h"
#include "crypto/Secp256k1.h"
#include "dialogs/SignInDialog.h"
#include "dialogs/SigningDialog.h"
#include "session/ServiceHub.h"
#include "support/SandboxProcess.h"
#include "widgets/PasswordField.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace inkan;

namespace {

crypto::SecureBytes secure(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    return crypto::SecureBytes::takeFrom(bytes);
}

/// The open SigningDialog, if any.
ui::SigningDialog *openSigningDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<ui::SigningDialog *>(w); dialog && dialog->isVisible())
            return dialog;
    }
    for (QWidget *w : QApplication::allWidgets()) {
        if (auto *dialog = qobject_cast<ui::SigningDialog *>(w); dialog && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

/// Answers the signing dialog when it appears: polls with QTimer::singleShot.
void answerSigningDialog(std::function<void(ui::SigningDialog *)> answer, int triesLeft = 600)
{
    QTimer::singleShot(50, qApp, [answer, triesLeft] {
        if (ui::SigningDialog *dialog = openSigningDialog())
            return answer(dialog);
        if (triesLeft > 0)
            answerSigningDialog(answer, triesLeft - 1);
    });
}

} // namespace

class TestGuiSignIn : public QObject {
    Q_OBJECT

private:
    test::SandboxProcess m_sandbox{{QStringLiteral("--demo")}};
    QJsonObject m_demo;

    struct Fixture {
        QTemporaryDir dir;
        std::unique_ptr<session::ServiceHub> hub;
        session::Account account;
    };

    std::unique_ptr<Fixture> makeFixture()
    {
        auto f = std::make_unique<Fixture>();
        session::ServiceHub::Options options;
        options.dataDir = f->dir.path();
        options.secrets.preferred = QStringLiteral("file");
        options.secrets.scryptN = 1 << 10;
        f->hub = std::make_unique<session::ServiceHub>(options);
        f->hub->setPasswordSource([](session::PasswordAnswer answer) { answer(secure(QStringLiteral("pw"))); });
        const QString hex = m_demo.value(QStringLiteral("wallets")).toArray().at(0).toObject().value(QStringLiteral("private_key")).toString();
        QByteArray raw = QByteArray::fromHex(hex.mid(2).toLatin1());
        auto key = crypto::PrivateKey::fromBytes(crypto::SecureBytes::takeFrom(raw));
        if (!key)
            return nullptr;
        auto imported = waitFor(f->hub->wallet().importPrivateKey(std::move(*key), secure(QStringLiteral("pw")), crypto::keystore::Strength::Light));
        if (!imported)
            return nullptr;
        const QUrl url(m_demo.value(QStringLiteral("services")).toObject().value(QStringLiteral("nonceauth")).toString());
        auto added = f->hub->addAccount(session::ServiceKind::NonceAuth, url, QStringLiteral("users"));
        if (!added)
            return nullptr;
        f->account = *added;
        return f;
    }

    /// The dialog on the fixture's nonce-auth account, once the wallet's key is listed.
    static bool readyOnAccount(ui::SignInDialog &dialog, const Fixture &f)
    {
        dialog.show();
        if (!dialog.selectAccount(f.account.id))
            return false;
        auto *key = dialog.findChild<QComboBox *>(QStringLiteral("signInKeyCombo"));
        return key && QTest::qWaitFor([key] { return key->isEnabled() && key->count() == 1; }, 10'000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_demo = m_sandbox.demo();
        QVERIFY(!m_demo.isEmpty());
    }

    void signsInToNonceAuthAfterApproval()
    {
        auto f = makeFixture();
        QVERIFY(f);
        ui::SignInDialog dialog(*f->hub);
        QVERIFY(readyOnAccount(dialog, *f));
        auto *key = dialog.findChild<QComboBox *>(QStringLiteral("signInKeyCombo"));
        QVERIFY(key->isVisible());
        QVERIFY(test::unnamedControls(&dialog).isEmpty());

        QString shownText, shownHost, shownVerdict;
        bool hadWarning = true;
        answerSigningDialog([&](ui::SigningDialog *signing) {
            shownText = signing->findChild<QPlainTextEdit *>(QStringLiteral("signingMessageText"))->toPlainText();
            shownHost = signing->findChild<QLabel *>(QStringLiteral("signingHostLabel"))->text();
            shownVerdict = signing->findChild<QLabel *>(QStringLiteral("signingVerdict"))->text();
            hadWarning = !signing->isSignable();
            QTest::mouseClick(signing->findChild<QPushButton *>(QStringLiteral("signingSignButton")), Qt::LeftButton);
        });
        QSignalSpy signedIn(&dialog, &ui::SignInDialog::signedIn);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 30'000);
        QVERIFY(!shownText.isEmpty());
        QVERIFY2(shownHost.contains(m_sandbox.baseUrl().host()), qPrintable(shownHost));
        QVERIFY(!hadWarning);
        QVERIFY2(shownVerdict.contains(QStringLiteral("passed")), qPrintable(shownVerdict));
        const auto saved = f->hub->accounts().find(f->account.id);
        QVERIFY(saved && saved->isSignedIn());
        QCOMPARE(saved->subject.toLower(),
                 m_demo.value(QStringLiteral("wallets")).toArray().at(0).toObject().value(QStringLiteral("address")).toString().toLower());
    }

    void refusalSignsNothing()
    {
        auto f = makeFixture();
        QVERIFY(f);
        ui::SignInDialog dialog(*f->hub);
        QVERIFY(readyOnAccount(dialog, *f));
        bool asked = false;
        answerSigningDialog([&](ui::SigningDialog *signing) {
            asked = true;
            QTest::mouseClick(signing->findChild<QPushButton *>(QStringLiteral("signingRefuseButton")), Qt::LeftButton);
        });
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("signInErrorLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30'000);
        QVERIFY(asked);
        QVERIFY(!error->text().contains(QStringLiteral("HTTP")));
        QVERIFY(!f->hub->accounts().find(f->account.id)->isSignedIn());
        QVERIFY(dialog.isVisible()); // the user can try again
    }

    void addsAnAccountByTheStoreRule()
    {
        auto f = makeFixture();
        QVERIFY(f);
        ui::SignInDialog dialog(*f->hub);
        dialog.show();
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("signInAccountCombo"));
        combo->setCurrentIndex(combo->count() - 1); // "Add a service account…"
        QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("signInNewAccount"))->isVisible());
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("signInNameEdit")), QStringLiteral("plain"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("signInUrlEdit")), QStringLiteral("http://example.com"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("signInAddButton")), Qt::LeftButton);
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("signInErrorLabel"));
        QVERIFY(error->isVisible()); // http to a non-loopback host is refused
        QVERIFY(!f->hub->accounts().find(QStringLiteral("plain")));
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("signInUrlEdit"));
        url->clear();
        QTest::keyClicks(url, QStringLiteral("https://example.com"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("signInAddButton")), Qt::LeftButton);
        const auto added = f->hub->accounts().find(QStringLiteral("plain"));
        QVERIFY(added);
        QCOMPARE(dialog.selectedAccountId(), added->id);
    }

    void siweFieldsAndMismatchOfferOnlyRefuse()
    {
        const QString key = QStringLiteral("0x1111111111111111111111111111111111111111");
        // Times around now: core's parser enforces Expiration Time.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString text = QStringLiteral(
            "127.0.0.1 wants you to sign in with your Ethereum account:\n%1\n\nSign in to the demo.\n\n"
            "URI: http://127.0.0.1/login\nVersion: 1\nChain ID: 1\nNonce: abc12345\n"
            "Issued At: %2\nExpiration Time: %3")
                                 .arg(key, now.addSecs(-60).toString(Qt::ISODate), now.addSecs(3600).toString(Qt::ISODate));
        ui::SigningDialog good(text, QUrl(QStringLiteral("http://127.0.0.1:8080")), key);
        QVERIFY(good.isSignable());
        QVERIFY(good.findChild<QPushButton *>(QStringLiteral("signingSignButton")));
        QCOMPARE(good.findChild<QLabel *>(QStringLiteral("siweNonce"))->text(), QStringLiteral("abc12345"));
        QCOMPARE(good.findChild<QLabel *>(QStringLiteral("siweDomain"))->text(), QStringLiteral("127.0.0.1"));
        QCOMPARE(good.findChild<QLabel *>(QStringLiteral("siweChain"))->text(), QStringLiteral("1"));

        ui::SigningDialog otherKey(text, QUrl(QStringLiteral("http://127.0.0.1:8080")), QStringLiteral("0x2222222222222222222222222222222222222222"));
        QVERIFY(!otherKey.isSignable());
        QVERIFY(!otherKey.findChild<QPushButton *>(QStringLiteral("signingSignButton")));
        QVERIFY(otherKey.findChild<QPushButton *>(QStringLiteral("signingRefuseButton")));
        QVERIFY(otherKey.warningText().contains(key));
        if (const QString shots = qEnvironmentVariable("INKAN_SCREENSHOT_DIR"); !shots.isEmpty()) {
            otherKey.show();
            good.show();
            QTest::qWait(100);
            otherKey.grab().save(shots + QStringLiteral("/signing-mismatch.png"));
            good.grab().save(shots + QStringLiteral("/signing-siwe.png"));
        }

        QString foreign = text;
        foreign.replace(0, 9, QStringLiteral("evil.example"));
        ui::SigningDialog otherHost(foreign, QUrl(QStringLiteral("https://service.example.org")), key);
        QVERIFY(!otherHost.isSignable());
        QVERIFY(!otherHost.findChild<QPushButton *>(QStringLiteral("signingSignButton")));
        QVERIFY(otherHost.findChild<QLabel *>(QStringLiteral("signingVerdict"))->text().contains(QStringLiteral("failed")));

        // Closing without choosing refuses.
        ui::SigningDialog closing(QStringLiteral("hello"), QUrl(QStringLiteral("https://service.example.org")), key);
        QSignalSpy answered(&closing, &ui::SigningDialog::answered);
        closing.open();
        closing.reject();
        QCOMPARE(answered.count(), 1);
        QCOMPARE(answered.at(0).at(0).toBool(), false);
    }
};

QTEST_MAIN(TestGuiSignIn)
#include "tst_gui_signin.moc"
