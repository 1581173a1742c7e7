// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// The holder's wallet page and its dialogs, driven as a user would: create a wallet through the
// wizard (a wrong confirmation word blocks it; copied words leave the clipboard again), import a
// keystore with a wrong password (a sentence, nothing imported) and then the right one, see the
// address of accounts 0 and 1 of recovery words before saving, and remove a key.
#include "GuiTestSupport.h"

#include "AutoLock.h"
#include "SecretClipboard.h"
#include "dialogs/PasswordPrompt.h"
#include "services/SignInFlow.h"
#include "crypto/Keystore.h"
#include "dialogs/AddressBookDialog.h"
#include "dialogs/ChangePasswordDialog.h"
#include "dialogs/CreateWalletWizard.h"
#include "dialogs/ExportKeystoreDialog.h"
#include "models/AddressBookModel.h"
#include "session/AddressBook.h"
#include "dialogs/ImportKeyDialog.h"
#include "dialogs/ImportKeystoreDialog.h"
#include "dialogs/ImportMnemonicDialog.h"
#include "models/WalletKeysModel.h"
#include "pages/WalletPage.h"
#include "session/ServiceHub.h"
#include "widgets/AddressLabel.h"
#include "widgets/EmptyState.h"
#include "widgets/PasswordField.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace inkan;
using namespace inkan::ui;

namespace {
const char kHardhatMnemonic[] = "test test test test test test test test test test test junk";
const QString kHardhat0 = QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
const QString kHardhat1 = QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
const QString kPassword = QStringLiteral("Kumquat-Harbour-42-Lantern");

void typeInto(QWidget *field, const QString &text)
{
    QLineEdit *edit = qobject_cast<QLineEdit *>(field);
    if (!edit)
        edit = field->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    if (!edit)
        edit = field->findChild<QLineEdit *>();
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

template <typename T>
T *child(QObject *root, const char *name)
{
    return root->findChild<T *>(QLatin1String(name));
}
} // namespace

class TestGuiWallet : public QObject {
    Q_OBJECT

    QTemporaryDir m_root;
    int m_count = 0;

    std::unique_ptr<session::ServiceHub> freshHub()
    {
        session::ServiceHub::Options options;
        options.dataDir = m_root.filePath(QStringLiteral("data%1").arg(++m_count));
        options.secrets.preferred = QStringLiteral("file");
        options.secrets.scryptN = 1024;
        return std::make_unique<session::ServiceHub>(options);
    }

    int storedKeys(session::ServiceHub &hub) { return int(hub.wallet().list().result()->size()); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_root.isValid()); }

    void emptyWalletOffersCreateAndImport()
    {
        auto hub = freshHub();
        WalletPage page(*hub);
        page.show();
        QTRY_VERIFY(!page.model()->isLoading());
        auto *stack = child<QStackedWidget>(&page, "walletStack");
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("walletEmptyState"));
        QVERIFY(child<QPushButton>(&page, "emptyCreateWalletButton")->isVisible());
        QVERIFY(child<QWidget>(&page, "importMenuButton")->isVisible());
        QCOMPARE(inkan::test::unnamedControls(&page), QStringList());
    }

    void createThroughTheWizard()
    {
        auto hub = freshHub();
        WalletPage page(*hub);
        page.setKeystoreStrength(crypto::keystore::Strength::Light);
        page.show();
        QTRY_VERIFY(!page.model()->isLoading());
        QTest::mouseClick(child<QPushButton>(&page, "emptyCreateWalletButton"), Qt::LeftButton);
        auto *wizard = qobject_cast<CreateWalletWizard *>(page.currentDialog());
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        QVERIFY(!wizard->isModal() || wizard->windowModality() == Qt::WindowModal); // open(), not exec()
        QCOMPARE(inkan::test::unnamedControls(wizard), QStringList());
        auto *next = child<QPushButton>(wizard, "nextButton");

        // Password: a weak one, or two that differ, do not pass.
        typeInto(child<QWidget>(wizard, "newPasswordField"), QStringLiteral("abc"));
        typeInto(child<QWidget>(wizard, "confirmPasswordField"), QStringLiteral("abc"));
        QVERIFY(!next->isEnabled());
        typeInto(child<QWidget>(wizard, "newPasswordField"), kPassword);
        typeInto(child<QWidget>(wizard, "confirmPasswordField"), kPassword + QLatin1Char('x'));
        QVERIFY(!next->isEnabled());
        QVERIFY(child<QLabel>(wizard, "passwordMismatch")->isVisible());
        typeInto(child<QWidget>(wizard, "confirmPasswordField"), kPassword);
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(CreateWalletWizard::WordsPage));

        // The words, read off the page; copying them puts them on the clipboard for a while only.
        QStringList words;
        for (int i = 1; i <= 12; ++i) {
            auto *label = wizard->findChild<QLabel *>(QStringLiteral("mnemonicWord%1").arg(i));
            QVERIFY(label && label->isVisible());
            words << label->property("word").toString();
        }
        QCOMPARE(words, wizard->words());
        wizard->secretClipboard()->setClearAfter(200);
        QTest::mouseClick(child<QPushButton>(wizard, "copyWordsButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), words.join(QLatin1Char(' ')));
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), QString());
        QVERIFY(!next->isEnabled()); // not before "I have written them down"
        child<QCheckBox>(wizard, "wordsWrittenCheck")->setChecked(true);
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(CreateWalletWizard::ConfirmPage));
        if (qEnvironmentVariableIsSet("INKAN_SCREENSHOT_DIR")) {
            wizard->back();
            wizard->grab().save(qEnvironmentVariable("INKAN_SCREENSHOT_DIR") + QStringLiteral("/wizardwords.png"));
            wizard->next();
        }

        // Three words by position; a wrong one blocks "Create wallet".
        const QList<int> positions = wizard->confirmPositions();
        QCOMPARE(positions.size(), 3);
        auto *commit = child<QPushButton>(wizard, "commitButton");
        const QString wrong = words[positions[0] - 1] == QLatin1String("zoo") ? QStringLiteral("abandon") : QStringLiteral("zoo");
        typeInto(child<QLineEdit>(wizard, "confirmWord1"), wrong);
        typeInto(child<QLineEdit>(wizard, "confirmWord2"), words[positions[1] - 1]);
        typeInto(child<QLineEdit>(wizard, "confirmWord3"), words[positions[2] - 1]);
        QVERIFY(!commit->isEnabled());
        QVERIFY(child<QLabel>(wizard, "confirmHint")->text().contains(QString::number(positions[0])));
        QCOMPARE(storedKeys(*hub), 0); // nothing saved yet
        typeInto(child<QLineEdit>(wizard, "confirmWord1"), words[positions[0] - 1].toUpper()); // case does not matter
        QVERIFY(commit->isEnabled());
        QTest::mouseClick(commit, Qt::LeftButton);

        // Saved on the worker thread; then Finish.
        QCOMPARE(wizard->currentId(), int(CreateWalletWizard::SavePage));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->createdAddress().isEmpty(), 30000);
        auto *finish = child<QPushButton>(wizard, "finishButton");
        QTRY_VERIFY(finish->isVisible() && finish->isEnabled());
        const QString created = wizard->createdAddress();
        QTest::mouseClick(finish, Qt::LeftButton);
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->keys().first().address.toChecksummed(), created);
        QTRY_COMPARE(child<QStackedWidget>(&page, "walletStack")->currentIndex(), 1);
        auto *label = page.findChild<QWidget *>(QStringLiteral("walletKeyRow0"))->findChild<AddressLabel *>();
        QVERIFY(label);
        QCOMPARE(label->displayText(), created);
        // The words were those of the saved key: they restore the same address.
        const auto again = hub->wallet().previewMnemonic(crypto::SecureBytes(words.join(QLatin1Char(' ')).toUtf8()), {}, 0).result();
        QCOMPARE(again->toChecksummed(), created);
    }

    void importKeystoreWrongThenRightPassword()
    {
        auto hub = freshHub();
        // A light-scrypt keystore made with core.
        const crypto::PrivateKey key = crypto::PrivateKey::generate();
        const QByteArray json = crypto::keystore::encrypt(key, crypto::SecureBytes(QByteArrayView("right horse")), crypto::keystore::Strength::Light).value();
        const QString path = m_root.filePath(QStringLiteral("UTC--import-test.json"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(json);
        }
        WalletPage page(*hub);
        page.show();
        QTRY_VERIFY(!page.model()->isLoading());
        page.importKeystore();
        QPointer<ImportKeystoreDialog> dialog = qobject_cast<ImportKeystoreDialog *>(page.currentDialog());
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(inkan::test::unnamedControls(dialog), QStringList());
        auto *import = child<QPushButton>(dialog, "importButton");
        QVERIFY(!import->isEnabled());
        typeInto(child<QLineEdit>(dialog, "keystoreFileEdit"), path);
        typeInto(child<QWidget>(dialog, "keystorePasswordField"), QStringLiteral("wrong horse"));
        QVERIFY(import->isEnabled());
        QTest::mouseClick(import, Qt::LeftButton);
        QVERIFY(dialog->isBusy());
        QVERIFY(child<QWidget>(dialog, "importProgress")->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 30000);
        QVERIFY2(dialog->errorText().contains(QLatin1String("password")), qPrintable(dialog->errorText()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(storedKeys(*hub), 0);

        // A damaged file gets its own sentence.
        const QString damaged = m_root.filePath(QStringLiteral("damaged.json"));
        {
            QFile file(damaged);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(json.left(json.size() / 2));
        }
        typeInto(child<QLineEdit>(dialog, "keystoreFileEdit"), damaged);
        QTest::mouseClick(import, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 30000);
        QVERIFY2(dialog->errorText().contains(QLatin1String("not a readable keystore")), qPrintable(dialog->errorText()));
        QCOMPARE(storedKeys(*hub), 0);

        typeInto(child<QLineEdit>(dialog, "keystoreFileEdit"), path);
        typeInto(child<QWidget>(dialog, "keystorePasswordField"), QStringLiteral("right horse"));
        QTest::mouseClick(import, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() == 1, 30000);
        QTRY_VERIFY(!dialog || !dialog->isVisible()); // accepted, closed, deleted
        QCOMPARE(page.model()->keys().first().address, key.address());
    }

    void mnemonicShowsTheAddressBeforeSaving()
    {
        auto hub = freshHub();
        WalletPage page(*hub);
        page.setKeystoreStrength(crypto::keystore::Strength::Light);
        page.show();
        QTRY_VERIFY(!page.model()->isLoading());
        page.importMnemonic();
        auto *dialog = qobject_cast<ImportMnemonicDialog *>(page.currentDialog());
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(inkan::test::unnamedControls(dialog), QStringList());
        auto *words = child<QPlainTextEdit>(dialog, "mnemonicEdit");
        auto *preview = child<QLabel>(dialog, "previewState");

        // A typo is named by its position.
        words->setFocus();
        QTest::keyClicks(words, QStringLiteral("test test test tset test test test test test test test junk"));
        QTRY_VERIFY(preview->text().contains(QLatin1String("Word 4 ")));
        QVERIFY(!preview->text().contains(QLatin1String("tset"))); // never the word itself
        QVERIFY(dialog->previewAddress().isEmpty());

        words->clear();
        QTest::keyClicks(words, QString::fromLatin1(kHardhatMnemonic));
        QTRY_COMPARE(dialog->previewAddress(), kHardhat0);
        QCOMPARE(child<AddressLabel>(dialog, "derivedAddress")->displayText(), kHardhat0);
        auto *index = child<QSpinBox>(dialog, "accountIndexSpin");
        index->setFocus();
        QTest::keyClick(index, Qt::Key_Up);
        QCOMPARE(index->value(), 1);
        QTRY_COMPARE(dialog->previewAddress(), kHardhat1);
        QCOMPARE(storedKeys(*hub), 0); // shown, not saved

        auto *import = child<QPushButton>(dialog, "importButton");
        QVERIFY(!import->isEnabled()); // no password yet
        typeInto(child<QWidget>(dialog, "newPasswordField"), kPassword);
        typeInto(child<QWidget>(dialog, "confirmPasswordField"), kPassword);
        QVERIFY(import->isEnabled());
        QTest::mouseClick(import, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() == 1, 30000);
        QCOMPARE(page.model()->keys().first().address.toChecksummed(), kHardhat1);
    }

    void importRawKey()
    {
        auto hub = freshHub();
        WalletPage page(*hub);
        page.setKeystoreStrength(crypto::keystore::Strength::Light);
        page.show();
        QTRY_VERIFY(!page.model()->isLoading());
        page.importPrivateKey();
        auto *dialog = qobject_cast<ImportKeyDialog *>(page.currentDialog());
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(inkan::test::unnamedControls(dialog), QStringList());
        QVERIFY(child<QLabel>(dialog, "rawKeyWarning")->isVisible());
        typeInto(child<QWidget>(dialog, "privateKeyField"), QStringLiteral("0x1234"));
        typeInto(child<QWidget>(dialog, "newPasswordField"), kPassword);
        typeInto(child<QWidget>(dialog, "confirmPasswordField"), kPassword);
        QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
        QVERIFY(dialog->errorText().contains(QLatin1String("64 hex digits")));
        QVERIFY(!dialog->isBusy());
        // Hardhat's account 0.
        typeInto(child<QWidget>(dialog, "privateKeyField"),
                 QStringLiteral("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"));
        QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() == 1, 30000);
        QCOMPARE(page.model()->keys().first().address.toChecksummed(), kHardhat0);

        // Each key says which accounts sign in with it.
        QTRY_VERIFY(page.findChild<QLabel *>(QStringLiteral("walletKeyUsage")));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("walletKeyUsage"))->text().startsWith(QLatin1String("No account signs in with this key")));
        auto account = hub->addAccount(session::ServiceKind::NonceAuth, QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("Venue login"));
        QVERIFY(account);
        account->keyAddress = kHardhat0.toLower();
        account->subject = kHardhat0;
        QVERIFY(hub->updateAccount(*account));
        QTRY_COMPARE(page.findChild<QLabel *>(QStringLiteral("walletKeyUsage"))->text(), QStringLiteral("Signs in to Venue login."));
    }

    void removeMovesTheKeyAside()
    {
        auto hub = freshHub();
        QVERIFY(hub->wallet().importMnemonic(crypto::SecureBytes(QByteArrayView(kHardhatMnemonic)), {}, 0,
                                             crypto::SecureBytes(QByteArrayView("pw")), crypto::keystore::Strength::Light)
                    .result()
                    .ok());
        WalletPage page(*hub);
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 1);
        if (qEnvironmentVariableIsSet("INKAN_SCREENSHOT_DIR")) {
            page.resize(800, 400);
            page.grab().save(qEnvironmentVariable("INKAN_SCREENSHOT_DIR") + QStringLiteral("/walletpage.png"));
        }
        // Change its password: a wrong current one is refused and changes nothing.
        page.setKeystoreStrength(crypto::keystore::Strength::Light);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("changePasswordButton")), Qt::LeftButton);
        QPointer<ChangePasswordDialog> change = qobject_cast<ChangePasswordDialog *>(page.currentDialog());
        QVERIFY(change && change->isVisible());
        QCOMPARE(inkan::test::unnamedControls(change), QStringList());
        typeInto(child<QWidget>(change, "currentPasswordField"), QStringLiteral("not it"));
        typeInto(child<QWidget>(change, "newPasswordField"), kPassword);
        typeInto(child<QWidget>(change, "confirmPasswordField"), kPassword);
        QTest::mouseClick(child<QPushButton>(change, "importButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!change->isBusy(), 30000);
        QVERIFY2(change->errorText().contains(QLatin1String("password")), qPrintable(change->errorText()));
        typeInto(child<QWidget>(change, "currentPasswordField"), QStringLiteral("pw"));
        QTest::mouseClick(child<QPushButton>(change, "importButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!change || !change->isVisible(), 30000);
        const crypto::Address key = page.model()->keys().first().address;
        QVERIFY(hub->wallet().unlock(key, crypto::SecureBytes(kPassword.toUtf8())).result().ok());

        // Export it: a wrong password writes nothing; the right one writes a file that opens.
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("exportKeyButton")), Qt::LeftButton);
        QPointer<ExportKeystoreDialog> exporter = qobject_cast<ExportKeystoreDialog *>(page.currentDialog());
        QVERIFY(exporter && exporter->isVisible());
        QCOMPARE(inkan::test::unnamedControls(exporter), QStringList());
        const QString exportPath = m_root.filePath(QStringLiteral("exported-%1.json").arg(m_count));
        exporter->setFilePath(exportPath);
        typeInto(child<QWidget>(exporter, "currentPasswordField"), QStringLiteral("not it"));
        QTest::mouseClick(child<QPushButton>(exporter, "importButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!exporter->isBusy(), 30000);
        QVERIFY(exporter->errorText().contains(QLatin1String("password")));
        QVERIFY(!QFile::exists(exportPath));
        typeInto(child<QWidget>(exporter, "currentPasswordField"), kPassword);
        QTest::mouseClick(child<QPushButton>(exporter, "importButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!exporter || !exporter->isVisible(), 30000);
        QFile exportedFile(exportPath);
        QVERIFY(exportedFile.open(QIODevice::ReadOnly));
        QVERIFY(crypto::keystore::decrypt(exportedFile.readAll(), crypto::SecureBytes(kPassword.toUtf8())).ok());
        QCOMPARE(exportedFile.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

        auto *remove = page.findChild<QPushButton *>(QStringLiteral("removeKeyButton"));
        QVERIFY(remove);
        QTest::mouseClick(remove, Qt::LeftButton);
        auto *box = qobject_cast<QMessageBox *>(page.currentDialog());
        QVERIFY(box && box->isVisible());
        QTest::mouseClick(child<QPushButton>(box, "confirmRemoveButton"), Qt::LeftButton);
        QTRY_COMPARE(page.model()->rowCount(), 0);
        QTRY_COMPARE(child<QStackedWidget>(&page, "walletStack")->currentIndex(), 0);
        QVERIFY(child<QLabel>(&page, "walletStatus")->text().contains(QLatin1String("removed")));
    }

    void passwordPromptAnswersTheHub()
    {
        auto hub = freshHub();
        QVERIFY(hub->wallet().importMnemonic(crypto::SecureBytes(QByteArrayView(kHardhatMnemonic)), {}, 0,
                                             crypto::SecureBytes(QByteArrayView("open sesame")), crypto::keystore::Strength::Light)
                    .result()
                    .ok());
        QWidget window;
        window.show();
        auto *prompt = new PasswordPrompt(&window);
        prompt->attach(*hub);

        // Rejected: the hub's caller gets a cancellation, and nothing waits.
        auto refused = hub->signer(QString());
        QTRY_VERIFY(prompt->dialog() && prompt->dialog()->isVisible());
        QCOMPARE(inkan::test::unnamedControls(prompt->dialog()), QStringList());
        QTest::mouseClick(prompt->dialog()->findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
        QTRY_VERIFY(refused.isFinished());
        QVERIFY(!refused.result().ok());

        // Accepted: the key is unlocked with the typed password and signs.
        auto accepted = hub->signer(QString());
        QTRY_VERIFY(prompt->dialog() && prompt->dialog()->isVisible());
        QVERIFY(!prompt->dialog()->reason().isEmpty());
        typeInto(prompt->dialog()->findChild<QWidget *>(QStringLiteral("unlockPasswordField")), QStringLiteral("open sesame"));
        QTest::mouseClick(prompt->dialog()->findChild<QPushButton *>(QStringLiteral("unlockButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(accepted.isFinished(), 30000);
        QVERIFY2(accepted.result().ok(), qPrintable(accepted.result().ok() ? QString() : accepted.result().error().message));
        QTRY_VERIFY(!prompt->dialog());
    }

    void autoLockAfterIdleAndOnMinimize()
    {
        AutoLock lock;
        QSignalSpy requested(&lock, &AutoLock::lockRequested);
        lock.setIdleInterval(300);
        QWidget window;
        window.show();
        // Input keeps it unlocked.
        for (int i = 0; i < 4; ++i) {
            QTest::qWait(150);
            QTest::mouseMove(&window, QPoint(10 + i, 10));
            QTest::keyClick(&window, Qt::Key_Shift);
        }
        QCOMPARE(requested.count(), 0);
        QTRY_COMPARE(requested.count(), 1);
        QTest::qWait(400);
        QCOMPARE(requested.count(), 1); // once, until reset
        lock.setIdleMinutes(0);
        lock.setLockOnMinimize(&window);
        window.showMinimized();
        QTRY_COMPARE(requested.count(), 2);
        // Suspended (a kiosk scanner): neither idle time nor minimising locks; resuming counts again.
        window.showNormal();
        lock.setIdleInterval(200);
        lock.setSuspended(true);
        window.showMinimized();
        QTest::qWait(500);
        QCOMPARE(requested.count(), 2);
        lock.setSuspended(false);
        QTRY_COMPARE(requested.count(), 3);
    }

    void addressBookDialogAndLabelName()
    {
        QTemporaryDir dir;
        session::AddressBook book(dir.path());
        QVERIFY(book.load().ok());
        models::AddressBookModel model(&book);
        AddressBookDialog dialog(&model);
        dialog.show();
        QCOMPARE(inkan::test::unnamedControls(&dialog), QStringList());
        typeInto(child<QLineEdit>(&dialog, "entryNameEdit"), QStringLiteral("Hardhat"));
        typeInto(child<QLineEdit>(&dialog, "entryAddressEdit"), kHardhat0 + QLatin1Char('0'));
        QTest::mouseClick(child<QPushButton>(&dialog, "saveEntryButton"), Qt::LeftButton);
        QVERIFY(!dialog.errorText().isEmpty());
        QCOMPARE(model.rowCount(), 0);
        typeInto(child<QLineEdit>(&dialog, "entryAddressEdit"), kHardhat0.toLower());
        QTest::mouseClick(child<QPushButton>(&dialog, "saveEntryButton"), Qt::LeftButton);
        QCOMPARE(dialog.errorText(), QString());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(book.nameOf(crypto::Address::parse(kHardhat0).value()), QStringLiteral("Hardhat"));

        AddressLabel label;
        label.setAddress(kHardhat0);
        label.setName(book.nameOf(label.address()));
        label.show();
        QVERIFY(child<QLabel>(&label, "addressBookName")->isVisible());
        QCOMPARE(child<QLabel>(&label, "addressBookName")->text(), QStringLiteral("Hardhat"));

        QTest::mouseClick(child<QPushButton>(&dialog, "removeEntryButton"), Qt::LeftButton);
        QCOMPARE(model.rowCount(), 0);
    }

    void secretClipboardLeavesOtherTextAlone()
    {
        SecretClipboard clipboard;
        clipboard.setClearAfter(100);
        clipboard.copy(QStringLiteral("secret words"));
        QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
        QTRY_VERIFY(!clipboard.isPending());
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("something else"));
    }
};

QTEST_MAIN(TestGuiWallet)
#include "tst_gui_wallet.moc"
