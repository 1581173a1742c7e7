// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// The profile page, "Lock now" and privacy mode in the composed app (AppController, the pages
// registered as inkan registers them) against a real inkan-sandbox --demo, signed in as the demo
// holder: Web3Connect's my_info, the Capture user and balances, the nonce-auth profile edited
// with its live counter (256 characters are refused, a save is there when read again) and the
// token balances scaled by decimals with their value; locking makes the password be asked again
// (a wrong one keeps the lock screen); idle and minimise lock; privacy mode masks (the profile,
// the wallet page, the NFT detail) and persists.
#include "AppController.h"
#include "AutoLock.h"
#include "Blocking.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "crypto/Secp256k1.h"
#include "dialogs/PasswordPrompt.h"
#include "models/BalancesModel.h"
#include "models/NftFilterModel.h"
#include "pages/GalleryPage.h"
#include "pages/NftDetailView.h"
#include "pages/ProfilePage.h"
#include "pages/WalletPage.h"
#include "services/nonceauth/NonceAuthClient.h"
#include "session/AppSettings.h"
#include "session/ServiceHub.h"
#include "session/SignInStarter.h"
#include "support/SandboxProcess.h"
#include "widgets/AddressLabel.h"
#include "widgets/EmptyState.h"
#include "widgets/MaskedLabel.h"
#include "widgets/PasswordField.h"
#include "widgets/PrivacyMode.h"
#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace inkan;
using inkan::test::SandboxProcess;
using inkan::ui::AddressLabel;
using inkan::ui::AppController;
using inkan::ui::MaskedLabel;
using inkan::ui::PrivacyMode;
using inkan::ui::ProfilePage;

namespace {
crypto::SecureBytes secure(const QString &text) { return crypto::SecureBytes(text.toUtf8()); }

/// With INKAN_SCREENSHOT_DIR set, saves what the widget shows (to look at the page).
void snapshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("INKAN_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}
} // namespace

class TestGuiProfile : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    QJsonObject m_demo;
    QTemporaryDir m_dir;
    std::unique_ptr<AppController> m_app;
    QString m_web3, m_capture, m_nonce; // account ids

    QJsonObject alice() const { return m_demo.value(QLatin1String("end_users")).toArray().at(0).toObject(); }
    QString walletAddress() const
    {
        return m_demo.value(QLatin1String("wallets")).toArray().at(0).toObject().value(QLatin1String("address")).toString();
    }
    QUrl service(const char *name) const
    {
        return QUrl(m_demo.value(QLatin1String("services")).toObject().value(QLatin1String(name)).toString());
    }
    session::ServiceHub &hub() { return m_app->hub(); }
    ProfilePage *page() { return qobject_cast<ProfilePage *>(m_app->window().page(QStringLiteral("profile"))); }
    template <typename T>
    T *child(const char *name)
    {
        T *found = m_app->window().findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no %s", name);
        return found;
    }

    QString signIn(session::ServiceKind kind, const char *serviceName, const QString &name)
    {
        auto account = hub().addAccount(kind, service(serviceName), name);
        if (!account)
            qFatal("add: %s", qPrintable(account.error().message));
        session::SignInCredentials credentials;
        if (kind == session::ServiceKind::Web3Connect)
            credentials.apiKeySecret = secure(alice().value(QLatin1String("api_key_secret")).toString());
        const session::ApproverFactory approver = [](const QUrl &, const QString &) -> services::SignatureApprover {
            return [](const services::SigningRequest &, std::function<void(bool)> answer) { answer(true); };
        };
        auto saved = waitFor(session::startSignIn(hub(), *account, std::move(credentials), approver, {}));
        if (!saved)
            qFatal("sign-in to %s: %s", serviceName, qPrintable(saved.error().message));
        return saved->id;
    }

    /// Shows the profile of an account and waits until it has loaded.
    void showProfileOf(const QString &accountId)
    {
        QVERIFY(m_app->selectAccount(accountId));
        QVERIFY(m_app->window().showPage(QStringLiteral("profile")));
        QCOMPARE(page()->accountId(), accountId);
        QTRY_VERIFY_WITH_TIMEOUT(!page()->isBusy(), 30000);
        QCOMPARE(child<QWidget>("profileScroll")->isVisible(), true);
    }

    QString cellText(const char *table, int row, int column)
    {
        QTableWidgetItem *item = child<QTableWidget>(table)->item(row, column);
        return item ? item->text() : QString();
    }
    int rowOf(const char *table, const QString &symbol)
    {
        auto *t = child<QTableWidget>(table);
        for (int row = 0; row < t->rowCount(); ++row)
            if (t->item(row, 0) && t->item(row, 0)->text() == symbol)
                return row;
        return -1;
    }

    /// Answers the unlock dialog that the hub's password request opened.
    void answerUnlock(const QString &password)
    {
        ui::UnlockDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor([&] {
            dialog = m_app->window().findChild<ui::UnlockDialog *>(QStringLiteral("unlockDialog"));
            return dialog && dialog->isVisible();
        }, 10000));
        auto *field = dialog->findChild<ui::PasswordField *>(QStringLiteral("unlockPasswordField"));
        QVERIFY(field);
        field->lineEdit()->setText(password);
        dialog->accept();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("INKAN_SECRET_BACKEND", "file");
        qRegisterMetaType<net::ApiError>();
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--demo")});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_demo = m_sandbox->demo();

        session::ServiceHub::Options options;
        options.dataDir = m_dir.path();
        options.secrets.preferred = QStringLiteral("file");
        options.secrets.scryptN = 1024;
        m_app = std::make_unique<AppController>(options);
        m_app->setFixedPassword(QStringLiteral("pw")); // while setting up
        AppController *app = m_app.get();
        // As inkan's main registers it.
        m_app->registerPage(QStringLiteral("profile"), QStringLiteral("Profile"), QIcon(), [app](session::ServiceHub &hub) {
            auto *profile = new ProfilePage(hub);
            connect(app, &AppController::currentAccountChanged, profile, &ProfilePage::setAccount);
            connect(&hub, &session::ServiceHub::accountsChanged, profile, [profile, app] { profile->setAccount(app->currentAccountId()); });
            connect(profile, &ProfilePage::signInRequested, app, &AppController::openSignIn);
            profile->setAccount(app->currentAccountId());
            return profile;
        });

        const QString hex = m_demo.value(QStringLiteral("wallets")).toArray().at(0).toObject().value(QStringLiteral("private_key")).toString();
        QByteArray raw = QByteArray::fromHex(hex.mid(2).toLatin1());
        auto key = crypto::PrivateKey::fromBytes(crypto::SecureBytes::takeFrom(raw));
        QVERIFY(key.ok());
        QVERIFY(waitFor(hub().wallet().importPrivateKey(std::move(*key), secure(QStringLiteral("pw")), crypto::keystore::Strength::Light)).ok());
        m_web3 = signIn(session::ServiceKind::Web3Connect, "web3connect", QStringLiteral("alice"));
        m_capture = signIn(session::ServiceKind::Capture, "capture", QStringLiteral("capture"));
        m_nonce = signIn(session::ServiceKind::NonceAuth, "nonceauth", QStringLiteral("users"));
        m_app->show();
        m_app->window().resize(1100, 760);
        QVERIFY(page());
        QVERIFY(!hub().isLocked());
    }

    void cleanup()
    {
        PrivacyMode::setEnabled(false);
        m_app->setFixedPassword(QStringLiteral("pw"));
    }

    void maskedLabelFollowsPrivacyMode()
    {
        MaskedLabel label;
        label.setValue(QStringLiteral("alice@example.com"));
        QCOMPARE(label.text(), QStringLiteral("alice@example.com"));
        PrivacyMode::setEnabled(true);
        QCOMPARE(label.text(), MaskedLabel::maskedText());
        QCOMPARE(label.textInteractionFlags(), Qt::NoTextInteraction);
        PrivacyMode::setEnabled(false);
        QCOMPARE(label.text(), QStringLiteral("alice@example.com"));
    }

    void signedOutOffersSignIn()
    {
        ProfilePage standalone(hub());
        standalone.show();
        QSignalSpy asked(&standalone, &ProfilePage::signInRequested);
        standalone.setAccount(QString());
        auto *empty = standalone.findChild<ui::EmptyState *>(QStringLiteral("profileSignedOut"));
        QVERIFY(empty && empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("Sign in")));
        QTest::mouseClick(standalone.findChild<QPushButton *>(QStringLiteral("profileSignInButton")), Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        // A signed-out account says so, and offers the same.
        auto out = hub().addAccount(session::ServiceKind::NonceAuth, service("nonceauth"), QStringLiteral("signed out"));
        QVERIFY(out.ok());
        standalone.setAccount(out->id);
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("signed out")));
        QVERIFY(waitFor(hub().removeAccount(out->id)).ok());
        QVERIFY2(test::unnamedControls(&standalone).isEmpty(), qPrintable(test::unnamedControls(&standalone).join(u'\n')));
    }

    void web3connectShowsMyInfo()
    {
        showProfileOf(m_web3);
        QVERIFY(child<QGroupBox>("profileWeb3Group")->isVisible());
        QVERIFY(!child<QGroupBox>("profileNonceGroup")->isVisible());
        QCOMPARE(child<AddressLabel>("profileWeb3Wallet")->displayText().toLower(),
                 alice().value(QLatin1String("id_wallet_address")).toString().toLower());
        QCOMPARE(child<MaskedLabel>("profileWeb3Email")->text(), alice().value(QLatin1String("email")).toString());
        QVERIFY(!child<MaskedLabel>("profileWeb3AccountId")->text().isEmpty());
        QVERIFY(!child<QLabel>("profileWeb3AccountType")->text().isEmpty());
        QVERIFY2(test::unnamedControls(page()).isEmpty(), qPrintable(test::unnamedControls(page()).join(u'\n')));
        snapshot(&m_app->window(), QStringLiteral("profile-web3connect"));
    }

    void captureShowsUserAndBalances()
    {
        showProfileOf(m_capture);
        QVERIFY(child<QGroupBox>("profileCaptureGroup")->isVisible());
        QCOMPARE(child<AddressLabel>("profileCaptureAddress")->displayText().toLower(), walletAddress().toLower());
        QCOMPARE(child<MaskedLabel>("profileCaptureEmail")->text(), alice().value(QLatin1String("email")).toString());
        QVERIFY(!child<MaskedLabel>("profileCaptureUser")->text().isEmpty());
        // The wallet balances, one line each, as the Capture user object gives them.
        auto *table = child<QTableWidget>("profileCaptureBalances");
        QCOMPARE(table->rowCount(), page()->captureBalances()->rowCount());
        QVERIFY(table->rowCount() >= 1);
        for (int row = 0; row < table->rowCount(); ++row)
            QCOMPARE(cellText("profileCaptureBalances", row, 1), page()->captureBalances()->balances().at(row).amount);
        snapshot(&m_app->window(), QStringLiteral("profile-capture"));
    }

    void nonceAuthBalancesAreScaled()
    {
        showProfileOf(m_nonce);
        QVERIFY(child<QGroupBox>("profileNonceGroup")->isVisible());
        QVERIFY(child<QGroupBox>("profileTokensGroup")->isVisible());
        QCOMPARE(child<AddressLabel>("profileNonceAddress")->displayText().toLower(), walletAddress().toLower());
        QCOMPARE(child<QTableWidget>("profileTokenBalances")->rowCount(), 3);
        // The demo holder's balances in base units: 1.25 ETH (18 decimals), 250 USDC (6), 42 INK (18).
        const QLocale locale;
        const auto usd = [&locale](double value) -> QString { return locale.toString(value, 'f', 2) + QStringLiteral(" USD"); };
        const struct { const char *symbol; const char *amount; double price; } expected[] = {
            {"ETH", "1.25", 3150.42}, {"USDC", "250", 1.0}, {"INK", "42", 0.37}};
        double total = 0;
        for (const auto &e : expected) {
            const int row = rowOf("profileTokenBalances", QString::fromLatin1(e.symbol));
            QVERIFY2(row >= 0, e.symbol);
            QCOMPARE(cellText("profileTokenBalances", row, 2), QString::fromLatin1(e.amount));
            QCOMPARE(cellText("profileTokenBalances", row, 3), usd(e.price));
            const double value = QString::fromLatin1(e.amount).toDouble() * e.price;
            QCOMPARE(cellText("profileTokenBalances", row, 4), usd(value));
            total += value;
        }
        QVERIFY(child<MaskedLabel>("profileBalancesTotal")->text().contains(usd(total)));
        snapshot(&m_app->window(), QStringLiteral("profile-nonceauth"));
    }

    void nonceAuthProfileEditWithCounter()
    {
        showProfileOf(m_nonce);
        auto *name = child<QLineEdit>("profileNameEdit");
        auto *use = child<QLineEdit>("profileIntendedUseEdit");
        auto *useCounter = child<QLabel>("profileIntendedUseCounter");
        auto *save = child<QPushButton>("profileSaveButton");
        QCOMPARE(name->text(), QStringLiteral("alice")); // the demo's name
        QVERIFY(!save->isEnabled()); // nothing changed yet

        // The counter follows every keystroke; the 256th character is refused.
        use->setFocus();
        use->selectAll();
        QTest::keyClick(use, Qt::Key_Delete);
        QCOMPARE(useCounter->text(), QStringLiteral("0/255"));
        QTest::keyClicks(use, QStringLiteral("abc"));
        QCOMPARE(useCounter->text(), QStringLiteral("3/255"));
        QTest::keyClicks(use, QString(253, u'x'));
        QCOMPARE(use->text().size(), 255);
        QCOMPARE(useCounter->text(), QStringLiteral("255/255"));
        QVERIFY(save->isEnabled());

        // Saved on the service: a fresh read there has it.
        const QString intended = QStringLiteral("Testing Inkan's profile page");
        use->selectAll();
        QTest::keyClicks(use, intended);
        QCOMPARE(useCounter->text(), QStringLiteral("%1/255").arg(intended.size()));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Alice Liddell"));
        QCOMPARE(child<QLabel>("profileNameCounter")->text(), QStringLiteral("13/255"));
        QTest::mouseClick(save, Qt::LeftButton);
        auto *message = child<QLabel>("profileSaveMessage");
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible() && message->text().contains(QStringLiteral("saved")), 15000);
        QVERIFY(!save->isEnabled());
        auto client = waitFor(hub().nonceAuth(m_nonce));
        QVERIFY(client.ok());
        auto reread = net::await((*client)->profile(walletAddress()));
        QVERIFY(reread.index() == 0);
        QCOMPARE(std::get<0>(reread).intendedUse, intended);
        QCOMPARE(std::get<0>(reread).name, QStringLiteral("Alice Liddell"));
        // And the page, loaded again, shows it.
        QTest::mouseClick(child<QPushButton>("profileRefreshButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page()->isBusy(), 15000);
        QCOMPARE(use->text(), intended);
        QCOMPARE(name->text(), QStringLiteral("Alice Liddell"));

        // Revert undoes unsaved typing.
        QTest::keyClicks(name, QStringLiteral(" II"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(child<QPushButton>("profileRevertButton"), Qt::LeftButton);
        QCOMPARE(name->text(), QStringLiteral("Alice Liddell"));
        QVERIFY(!save->isEnabled());
    }

    void serviceDownIsASentenceWithTryAgain()
    {
        showProfileOf(m_nonce);
        auto account = hub().accounts().find(m_nonce);
        QVERIFY(account);
        const QUrl working = account->baseUrl;
        // Nothing listens on port 9 of the loopback.
        session::Account down = *account;
        down.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        QVERIFY(hub().updateAccount(down).ok()); // accountsChanged: the page loads again
        auto *error = child<ui::EmptyState>("profileError");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
        QVERIFY2(error->text().contains(QStringLiteral("could not be loaded")) && error->text().contains(QStringLiteral("try again")),
                 qPrintable(error->text()));
        QVERIFY(!error->text().contains(QStringLiteral("HTTP/1.1")));
        snapshot(&m_app->window(), QStringLiteral("profile-error"));
        down.baseUrl = working;
        QVERIFY(hub().updateAccount(down).ok());
        QTest::mouseClick(child<QPushButton>("profileErrorRetry"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page()->isBusy() && child<QWidget>("profileScroll")->isVisible(), 15000);
        QCOMPARE(child<QTableWidget>("profileTokenBalances")->rowCount(), 3);
    }

    void privacyModeMasks()
    {
        showProfileOf(m_nonce);
        auto *privacy = m_app->window().findChild<QAction *>(QStringLiteral("privacyAction"));
        QVERIFY(privacy);
        privacy->trigger();
        QVERIFY(PrivacyMode::isEnabled());
        QVERIFY(session::AppSettings(hub().dataDir()).privacyMode()); // kept for the next start
        QCOMPARE(child<AddressLabel>("profileNonceAddress")->shownText(), AddressLabel::maskedText());
        QCOMPARE(child<MaskedLabel>("profileNonceEmail")->text(), MaskedLabel::maskedText());
        const int eth = rowOf("profileTokenBalances", QStringLiteral("ETH"));
        QCOMPARE(cellText("profileTokenBalances", eth, 2), MaskedLabel::maskedText());
        QCOMPARE(cellText("profileTokenBalances", eth, 4), MaskedLabel::maskedText());
        QCOMPARE(child<MaskedLabel>("profileBalancesTotal")->text(), MaskedLabel::maskedText());
        QCOMPARE(child<QLineEdit>("profileNameEdit")->echoMode(), QLineEdit::Password);
        QVERIFY(child<QLineEdit>("profileNameEdit")->isReadOnly());
        QVERIFY(!child<QPushButton>("profileSaveButton")->isEnabled());
        snapshot(&m_app->window(), QStringLiteral("profile-privacy"));
        // Other accounts' pages too.
        showProfileOf(m_web3);
        QCOMPARE(child<MaskedLabel>("profileWeb3Email")->text(), MaskedLabel::maskedText());
        QCOMPARE(child<AddressLabel>("profileWeb3Wallet")->shownText(), AddressLabel::maskedText());
        showProfileOf(m_capture);
        QCOMPARE(cellText("profileCaptureBalances", 0, 1), MaskedLabel::maskedText());

        // Ctrl+Shift+H turns it off again, and everything shows.
        privacy->trigger();
        QVERIFY(!PrivacyMode::isEnabled());
        QVERIFY(!session::AppSettings(hub().dataDir()).privacyMode());
        QCOMPARE(child<AddressLabel>("profileCaptureAddress")->shownText().toLower(), walletAddress().toLower());
        QCOMPARE(cellText("profileCaptureBalances", 0, 1), page()->captureBalances()->balances().at(0).amount);
    }

    void privacyModeMasksTheWalletAndTheNftDetail()
    {
        // The wallet page: its addresses.
        ui::WalletPage wallet(hub());
        wallet.show();
        QTRY_VERIFY_WITH_TIMEOUT(!wallet.findChildren<AddressLabel *>().isEmpty(), 10000);
        AddressLabel *key = wallet.findChildren<AddressLabel *>().first();
        QCOMPARE(key->shownText().toLower(), walletAddress().toLower());
        // The gallery's detail: the token id and the addresses in the metadata.
        ui::GalleryPage gallery(hub());
        gallery.resize(1000, 700);
        gallery.show();
        gallery.setAccount(m_web3);
        QTRY_VERIFY_WITH_TIMEOUT(gallery.filterModel() && gallery.filterModel()->rowCount() > 0, 30000);
        gallery.openDetail(gallery.filterModel()->index(0, 0));
        QVERIFY(gallery.detailView());
        auto *tokenId = gallery.detailView()->findChild<MaskedLabel *>(QStringLiteral("nftField_tokenId"));
        QVERIFY(tokenId);
        const QString id = tokenId->text();
        QVERIFY(!id.isEmpty());

        PrivacyMode::setEnabled(true);
        QCOMPARE(key->shownText(), AddressLabel::maskedText());
        QCOMPARE(tokenId->text(), MaskedLabel::maskedText());
        for (QLabel *field : gallery.detailView()->findChildren<QLabel *>()) {
            if (field->objectName().startsWith(QLatin1String("nftField_")))
                QVERIFY2(!QRegularExpression(QStringLiteral("0x[0-9a-fA-F]{40}")).match(field->text()).hasMatch(), qPrintable(field->text()));
        }
        PrivacyMode::setEnabled(false);
        QCOMPARE(tokenId->text(), id);
        gallery.detailView()->close();
    }

    void lockNowAsksForThePasswordAgain()
    {
        showProfileOf(m_nonce);
        ui::MainWindow &window = m_app->window();
        auto *lockAction = window.findChild<QAction *>(QStringLiteral("lockAction"));
        auto *lockLabel = child<QLabel>("lockStateLabel");
        QVERIFY(lockAction->isEnabled());
        const QString unlockedText = lockLabel->text();
        m_app->setFixedPassword(QString()); // from here the unlock dialog asks

        lockAction->trigger();
        QVERIFY(hub().isLocked());
        QVERIFY(window.isLockScreenVisible());
        QVERIFY(child<ui::EmptyState>("lockScreen")->isVisible());
        QVERIFY(!page()->isVisible()); // nothing of the profile shows
        QVERIFY(lockLabel->text() != unlockedText);
        QVERIFY(!lockAction->isEnabled());
        snapshot(&window, QStringLiteral("locked"));

        // A wrong password keeps it locked and says so.
        QTest::mouseClick(child<QPushButton>("lockScreenUnlockButton"), Qt::LeftButton);
        answerUnlock(QStringLiteral("not it"));
        QTRY_VERIFY_WITH_TIMEOUT(child<ui::EmptyState>("lockScreen")->text().contains(QStringLiteral("did not unlock")), 10000);
        QVERIFY(window.isLockScreenVisible());
        QVERIFY(hub().isLocked());

        // The right one unlocks; the profile loads again.
        QTest::mouseClick(child<QPushButton>("lockScreenUnlockButton"), Qt::LeftButton);
        answerUnlock(QStringLiteral("pw"));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLockScreenVisible(), 10000);
        QVERIFY(!hub().isLocked());
        QCOMPARE(lockLabel->text(), unlockedText);
        QVERIFY(page()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!page()->isBusy(), 15000);
        QCOMPARE(child<QTableWidget>("profileTokenBalances")->rowCount(), 3);
    }

    void idleAndMinimiseLock()
    {
        showProfileOf(m_nonce);
        ui::MainWindow &window = m_app->window();
        // Idle: the settings' minutes, shortened for the test.
        m_app->autoLock().setIdleInterval(300);
        QTRY_VERIFY_WITH_TIMEOUT(window.isLockScreenVisible(), 5000);
        QVERIFY(hub().isLocked());
        QTest::mouseClick(child<QPushButton>("lockScreenUnlockButton"), Qt::LeftButton); // the fixed password answers
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLockScreenVisible(), 10000);
        m_app->autoLock().setIdleMinutes(0);
        QTRY_VERIFY_WITH_TIMEOUT(!page()->isBusy(), 15000);

        // Minimised, with "lock on minimise" chosen in the settings.
        QVERIFY(session::AppSettings(hub().dataDir()).setLockOnMinimise(true).ok());
        m_app->applyLockSettings();
        window.showMinimized();
        QTRY_VERIFY_WITH_TIMEOUT(window.isLockScreenVisible(), 5000);
        QVERIFY(hub().isLocked());
        window.showNormal();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(300); // the offscreen platform echoes the window states late
        QVERIFY(!window.isMinimized());
        child<QPushButton>("lockScreenUnlockButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLockScreenVisible(), 10000);
        QVERIFY(session::AppSettings(hub().dataDir()).setLockOnMinimise(false).ok());
        m_app->applyLockSettings();
    }
};

QTEST_MAIN(TestGuiProfile)
#include "tst_gui_profile.moc"
