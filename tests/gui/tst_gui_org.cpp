// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// The organization page against a real sandbox (--demo --test-hooks), driving its widgets: an
// account that is not an organization sees what the page is for; an unverified organization
// sees why it cannot mint, verifies its phone with the code from the sandbox's outbox.log (a
// wrong code first shows the tries left) and its domain through the sandbox's dns.json; a mint
// form with a missing required field names it and sends nothing (the sandbox's request log
// holds no mint); a valid mint is then among the organization's minted NFTs; a list of e-mails
// with bad and repeated ones is refused with each named, then imported, shown per e-mail and
// exported as CSV.
#include "GuiTestSupport.h"

#include "Blocking.h"
#include "jobs/BatchMintJob.h"
#include "models/BatchRowsModel.h"
#include "pages/BatchMintPanel.h"
#include "pages/MintedByMePanel.h"
#include "pages/NftDetailView.h"
#include "models/NftModel.h"
#include "pages/OrganizationPage.h"
#include "services/web3connect/Web3ConnectClient.h"
#include "services/web3connect/Web3ConnectSignIn.h"
#include "session/ServiceHub.h"
#include "support/HttpProbe.h"
#include "support/SandboxProcess.h"
#include "widgets/AddressField.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QFileInfo>
#include <QListView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace inkan;
using namespace inkan::session;
using inkan::services::web3connect::Nft;
using inkan::services::web3connect::Web3ConnectClient;
using inkan::test::SandboxProcess;
using inkan::ui::OrganizationPage;

namespace {
crypto::SecureBytes bytes(const QString &text) { return crypto::SecureBytes(text.toUtf8()); }
} // namespace

class TestGuiOrg : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxProcess> m_killed; // kept: its data folder is the restarted one's
    std::unique_ptr<ServiceHub> m_hub;
    std::unique_ptr<OrganizationPage> m_page;
    QUrl m_base;
    QString m_demoOrg;     // hub account id: the demo organization (domain verified)
    QString m_newOrg;      // hub account id: an organization made through the test hooks
    QString m_newDomain = QStringLiteral("newco.example");
    QString m_aliceAddress;

    QString signIn(const QString &name, const QString &secret)
    {
        auto account = m_hub->addAccount(ServiceKind::Web3Connect, m_base, name);
        if (!account)
            return {};
        auto client = waitFor(m_hub->web3connect(account->id, ServiceHub::Use::SigningIn));
        if (!client)
            return {};
        auto *flow = new services::web3connect::Web3ConnectSignIn(*client, bytes(secret), *client);
        auto saved = waitFor(m_hub->signIn(account->id, flow));
        return saved ? saved->id : QString();
    }
    template <typename W = QWidget>
    W *child(const QString &name)
    {
        W *w = m_page->findChild<W *>(name);
        if (!w)
            qWarning("no child %s", qPrintable(name));
        return w;
    }
    QString text(const QString &name) { return child<QLabel>(name)->text(); }
    void showTab(const QString &title)
    {
        auto *tabs = child<QTabWidget>(QStringLiteral("orgTabs"));
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabText(i) == title)
                tabs->setCurrentIndex(i);
        QCOMPARE(tabs->tabText(tabs->currentIndex()), title);
    }
    void type(const QString &name, const QString &value)
    {
        auto *edit = child<QLineEdit>(name);
        edit->clear();
        QTest::keyClicks(edit, value);
    }
    int requests(const char *what)
    {
        QTest::qWait(60); // the sandbox writes its request log in batches
        return int(m_sandbox->log().count(what));
    }
    void useAccount(const QString &id, bool verified)
    {
        m_page->setAccount(id);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->client() != nullptr, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(text(QStringLiteral("orgStatus")).startsWith(verified ? QLatin1String("Verified") : QLatin1String("Not verified")), 30000);
    }
    void shoot(const QString &name)
    {
        if (qEnvironmentVariableIsSet("INKAN_SCREENSHOT_DIR"))
            m_page->grab().save(qEnvironmentVariable("INKAN_SCREENSHOT_DIR") + u'/' + name);
    }
    void fillMintForm(int serial)
    {
        type(QStringLiteral("mintField_issuer"), QStringLiteral("Inkan Museum"));
        type(QStringLiteral("mintField_contents_provider"), QStringLiteral("Inkan Museum"));
        type(QStringLiteral("mintField_name"), QStringLiteral("Member card %1").arg(serial));
        type(QStringLiteral("mintField_description"), QStringLiteral("A yearly membership."));
        type(QStringLiteral("mintField_image"), m_base.resolved(QUrl(QStringLiteral("/assets/membership-gold.png"))).toString());
        type(QStringLiteral("mintField_serial_number"), QString::number(serial));
        type(QStringLiteral("mintField_total_issued"), QStringLiteral("100"));
        type(QStringLiteral("mintCategory"), QStringLiteral("membership"));
        type(QStringLiteral("mintPoints"), QStringLiteral("12.5"));
        child<QRadioButton>(QStringLiteral("mintHolderByAddress"))->click();
        auto *address = child<inkan::ui::AddressField>(QStringLiteral("mintHolderAddress"));
        address->setText(m_aliceAddress);
    }

    QString writeCsv(const QString &name, int rows, const QString &badSerialAt = {})
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        QByteArray out = "holder,issuer,contents_provider,name,description,image,link,serial_number,total_issued,animation_url,level\n";
        for (int i = 1; i <= rows; ++i)
            out += QStringLiteral("%1,Inkan Museum,Inkan Museum,%2 %3,A batch card,/assets/membership-silver.png,,%4,%5,,silver\n")
                       .arg(m_aliceAddress, name.section(u'.', 0, 0)).arg(i)
                       .arg(badSerialAt == QString::number(i) ? QStringLiteral("x") : QString::number(i)).arg(rows)
                       .toUtf8();
        file.write(out);
        return path;
    }
    /// Every NFT of the demo organization whose batch marker names `batchId`: row -> count.
    QHash<QString, int> mintedRowsOf(const QString &batchId)
    {
        QHash<QString, int> rows;
        for (int page = 1; page < 100; ++page) {
            auto mine = net::await(m_page->client()->mintedByMe({100, page, false}));
            if (mine.index() != 0)
                return {};
            const auto &list = std::get<QList<Nft>>(mine);
            for (const Nft &nft : list) {
                const QString marker = nft.dynamicMetadata.value(QLatin1String("inkan_batch_row")).toString();
                if (marker.startsWith(batchId + u':'))
                    rows[marker] += 1;
            }
            if (list.size() < 100)
                break;
        }
        return rows;
    }
    inkan::ui::BatchMintPanel *batch() { return m_page->batchPanel(); }
    void checkFile(const QString &path, bool expectOk)
    {
        QSignalSpy checked(batch(), &inkan::ui::BatchMintPanel::checked);
        batch()->setCsvPath(path);
        QVERIFY(checked.wait(30000));
        QCOMPARE(checked.first().first().toBool(), expectOk);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("INKAN_SECRET_BACKEND", "file");
        QVERIFY(m_dir.isValid());
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--demo"), QStringLiteral("--test-hooks")});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        const QJsonObject demo = m_sandbox->demo();
        m_base = QUrl(demo.value(QLatin1String("services")).toObject().value(QLatin1String("web3connect")).toString());
        m_aliceAddress = demo.value(QLatin1String("end_users")).toArray().at(0).toObject().value(QLatin1String("id_wallet_address")).toString();

        ServiceHub::Options options;
        options.dataDir = m_dir.path();
        options.secrets.preferred = QStringLiteral("file");
        options.secrets.scryptN = 1024;
        m_hub = std::make_unique<ServiceHub>(options);
        m_hub->setPasswordSource([this](PasswordAnswer answer) {
            QTimer::singleShot(1, m_hub.get(), [answer] { answer(bytes(QStringLiteral("pw"))); });
        });
        m_demoOrg = signIn(QStringLiteral("Museum"), demo.value(QLatin1String("organization")).toObject().value(QLatin1String("api_key_secret")).toString());
        QVERIFY(!m_demoOrg.isEmpty());

        inkan::test::HttpProbe http(m_sandbox->baseUrl());
        const auto created = http.postJson(QStringLiteral("/_test/organizations"),
                                           {{"name", "NewCo"}, {"domain", m_newDomain}, {"domain_verified", false},
                                            {"email", "staff@newco.example"}});
        QJsonObject fields = created.object();
        if (fields.contains(QLatin1String("result")))
            fields = fields.value(QLatin1String("result")).toObject();
        const QString secret = fields.value(QLatin1String("api_key_secret")).toString();
        QVERIFY2(!secret.isEmpty(), qPrintable(QString::number(created.status) + u' ' + QString::fromUtf8(created.body) + u' ' + created.networkError));
        m_newOrg = signIn(QStringLiteral("NewCo"), secret);
        QVERIFY(!m_newOrg.isEmpty());

        m_page = std::make_unique<OrganizationPage>(*m_hub);
        m_page->resize(1100, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void otherAccountsSeeWhatThePageIsFor()
    {
        m_page->setAccount({});
        QCOMPARE(child<QStackedWidget>(QStringLiteral("orgStack"))->currentIndex(), 0);
        QVERIFY(text(QStringLiteral("orgNotOrganization")).contains(QLatin1String("API key secret")));
        QVERIFY(child<QPushButton>(QStringLiteral("orgSignInButton"))->isVisible());
        QVERIFY2(inkan::test::unnamedControls(m_page.get()).isEmpty(), qPrintable(inkan::test::unnamedControls(m_page.get()).join(u'\n')));
    }

    void unverifiedOrganizationIsToldWhyItCannotMint()
    {
        useAccount(m_newOrg, false);
        QVERIFY(text(QStringLiteral("orgAccount")).contains(QLatin1String("NewCo")));
        QVERIFY(text(QStringLiteral("orgWalletAddress")).startsWith(QLatin1String("0x")));
        QVERIFY(text(QStringLiteral("orgStatus")).contains(m_newDomain));
        showTab(QStringLiteral("Mint one NFT"));
        fillMintForm(1);
        QTRY_VERIFY(!child<QLabel>(QStringLiteral("mintGate"))->isHidden());
        QVERIFY(text(QStringLiteral("mintGate")).contains(QLatin1String("verified organization")));
        QVERIFY(!child<QPushButton>(QStringLiteral("mintButton"))->isEnabled());
        shoot(QStringLiteral("org-unverified-mint.png"));
    }

    void phoneVerificationWithTheCodeFromTheOutbox()
    {
        useAccount(m_newOrg, false);
        showTab(QStringLiteral("Verification"));
        QVERIFY(text(QStringLiteral("orgStatus")).contains(QLatin1String("phone number is not verified")));
        type(QStringLiteral("orgPhoneEdit"), QStringLiteral("12345"));
        child<QPushButton>(QStringLiteral("orgSendCodeButton"))->click();
        QVERIFY(text(QStringLiteral("orgPhoneMessage")).contains(QLatin1String("country code")));
        QCOMPARE(requests("phone/step1"), 0);

        type(QStringLiteral("orgPhoneEdit"), QStringLiteral("+819012345678"));
        child<QPushButton>(QStringLiteral("orgSendCodeButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(text(QStringLiteral("orgPhoneMessage")).contains(QLatin1String("A code was sent")), 20000);
        QFile outbox(m_sandbox->dataDir() + QStringLiteral("/outbox.log"));
        QVERIFY(outbox.open(QIODevice::ReadOnly));
        const QString last = QString::fromUtf8(outbox.readAll()).trimmed().split(u'\n').last();
        const QRegularExpressionMatch code = QRegularExpression(QStringLiteral("(\\d{6})\\.$")).match(last);
        QVERIFY2(code.hasMatch(), qPrintable(last));

        const QString wrong = code.captured(1) == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
        type(QStringLiteral("orgCodeEdit"), wrong);
        child<QPushButton>(QStringLiteral("orgConfirmCodeButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(text(QStringLiteral("orgPhoneMessage")).contains(QLatin1String("; 4 attempt")), 20000);

        type(QStringLiteral("orgCodeEdit"), code.captured(1));
        child<QPushButton>(QStringLiteral("orgConfirmCodeButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(text(QStringLiteral("orgStatus")).contains(QLatin1String("phone number is verified")), 20000);
        QVERIFY(text(QStringLiteral("orgStatus")).startsWith(QLatin1String("Not verified"))); // the domain still is not
    }

    void domainVerificationThroughDnsJson()
    {
        useAccount(m_newOrg, false);
        child<QPushButton>(QStringLiteral("orgShowTxtButton"))->click();
        auto *record = child<QLineEdit>(QStringLiteral("orgTxtRecord"));
        QTRY_VERIFY_WITH_TIMEOUT(record->text().startsWith(QLatin1String("web3connect-domain-verification=")), 20000);
        QVERIFY(child<QPushButton>(QStringLiteral("orgCopyTxtButton"))->isEnabled());
        shoot(QStringLiteral("org-verification.png"));

        // Not published yet: a sentence saying what to do, still unverified.
        child<QPushButton>(QStringLiteral("orgCheckDomainButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(text(QStringLiteral("orgDomainMessage")).startsWith(QLatin1String("The domain is not verified yet")), 20000);
        QVERIFY(text(QStringLiteral("orgStatus")).startsWith(QLatin1String("Not verified")));

        QFile dns(m_sandbox->dataDir() + QStringLiteral("/dns.json"));
        QVERIFY(dns.open(QIODevice::WriteOnly));
        dns.write(QJsonDocument(QJsonObject{{m_newDomain, QJsonArray{QStringLiteral("v=spf1 -all"), record->text()}}}).toJson());
        dns.close();
        child<QPushButton>(QStringLiteral("orgCheckDomainButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(text(QStringLiteral("orgStatus")).startsWith(QLatin1String("Verified")), 20000);
        QVERIFY(m_page->isVerified());
        QVERIFY(child<QLabel>(QStringLiteral("mintGate"))->isHidden());
    }

    void missingRequiredFieldSendsNothingThenAValidMint()
    {
        useAccount(m_demoOrg, true);
        showTab(QStringLiteral("Mint one NFT"));
        fillMintForm(7);
        auto *mintButton = child<QPushButton>(QStringLiteral("mintButton"));
        QTRY_VERIFY(mintButton->isEnabled());

        // A required field emptied: named under the field, the button off, nothing sent.
        child<QLineEdit>(QStringLiteral("mintField_name"))->clear();
        QVERIFY(!mintButton->isEnabled());
        QVERIFY(!child<QLabel>(QStringLiteral("mintError_name"))->isHidden());
        QVERIFY(text(QStringLiteral("mintError_name")).startsWith(QLatin1String("Required")));
        type(QStringLiteral("mintField_serial_number"), QStringLiteral("seven"));
        QVERIFY(text(QStringLiteral("mintError_serial_number")).contains(QLatin1String("whole number")));
        shoot(QStringLiteral("org-mint-error.png"));
        QTest::mouseClick(mintButton, Qt::LeftButton);
        m_page->mint();
        QCOMPARE(requests("/nft/mint/"), 0);

        // An expiry date in the past is refused.
        type(QStringLiteral("mintField_name"), QStringLiteral("Member card 7"));
        type(QStringLiteral("mintField_serial_number"), QStringLiteral("7"));
        QVERIFY(mintButton->isEnabled());
        child<QCheckBox>(QStringLiteral("mintExpiryCheck"))->setChecked(true);
        child<QDateTimeEdit>(QStringLiteral("mintExpiryEdit"))->setDateTime(QDateTime::currentDateTime().addDays(-2));
        QVERIFY(!mintButton->isEnabled());
        QVERIFY(text(QStringLiteral("mintExpiryError")).contains(QLatin1String("in the past")));
        child<QDateTimeEdit>(QStringLiteral("mintExpiryEdit"))->setDateTime(QDateTime::currentDateTime().addYears(2));
        QVERIFY(mintButton->isEnabled());

        QTest::mouseClick(mintButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->lastMintedTokenId().isEmpty(), 30000);
        QVERIFY(text(QStringLiteral("mintResult")).startsWith(QLatin1String("Minted \"Member card 7\"")));
        QVERIFY(child<QPushButton>(QStringLiteral("mintOpenButton"))->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(m_page->imagePreviewReady(), 20000);
        QTRY_VERIFY(text(QStringLiteral("mintImagePreview")).startsWith(QLatin1String("This is how the holder")));
        QCOMPARE(requests("/nft/mint/"), 1);
        shoot(QStringLiteral("org-minted.png"));

        // Among the organization's minted NFTs, with what the form said.
        auto *client = m_page->client();
        auto mine = net::await(client->mintedByMe({100, 1, true}));
        QCOMPARE(mine.index(), 0u);
        bool found = false;
        for (const Nft &nft : std::get<QList<Nft>>(mine))
            if (nft.tokenId == m_page->lastMintedTokenId()) {
                found = true;
                QCOMPARE(nft.staticMetadata.value(QLatin1String("name")).toString(), QStringLiteral("Member card 7"));
                QCOMPARE(nft.dynamicMetadata.value(QLatin1String("points_earned")).toDouble(), 12.5);
                QVERIFY(nft.staticMetadata.value(QLatin1String("expired_at")).toString().startsWith(QString::number(QDate::currentDate().year() + 2)));
            }
        QVERIFY(found);
    }

    void mintedByMeListsSearchesOpensAndEdits()
    {
        const QString tokenId = m_page->lastMintedTokenId();
        QVERIFY(!tokenId.isEmpty());
        auto *minted = m_page->mintedPanel();
        // "Open the NFT" after the mint: the Minted by me tab, the NFT selected and opened.
        child<QPushButton>(QStringLiteral("mintOpenButton"))->click();
        QCOMPARE(child<QTabWidget>(QStringLiteral("orgTabs"))->currentWidget(), minted);
        QTRY_VERIFY_WITH_TIMEOUT(minted->detailView() != nullptr, 30000);
        QCOMPARE(minted->detailView()->tokenId(), tokenId);
        QCOMPARE(minted->selectedTokenId(), tokenId);
        minted->detailView()->close();

        // Search by name.
        type(QStringLiteral("mintedSearchText"), QStringLiteral("Member card 7"));
        child<QPushButton>(QStringLiteral("mintedSearchButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!minted->model()->isLoading() && minted->model()->rowCount() == 1, 30000);
        QCOMPARE(minted->model()->nftAt(0).tokenId, tokenId);
        minted->select(tokenId);
        auto *table = child<QTableWidget>(QStringLiteral("mintedDynamic"));
        int pointsRow = -1;
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->text() == u"points_earned")
                pointsRow = row;
        QVERIFY(pointsRow >= 0);
        QCOMPARE(table->item(pointsRow, 1)->text(), QStringLiteral("12.5"));
        auto *save = child<QPushButton>(QStringLiteral("mintedSaveButton"));
        QVERIFY(!save->isEnabled()); // nothing edited yet

        // A number that is not one: nothing sent.
        const int before = requests("metadata/dynamic");
        table->item(pointsRow, 1)->setText(QStringLiteral("lots"));
        QVERIFY(save->isEnabled());
        child<QPushButton>(QStringLiteral("mintedSaveButton"))->click();
        QVERIFY(text(QStringLiteral("mintedMessage")).startsWith(QLatin1String("Nothing was sent")));
        QCOMPARE(requests("metadata/dynamic"), before);

        // An edit the service takes: shown at once, then saved.
        table->item(pointsRow, 1)->setText(QStringLiteral("99"));
        QSignalSpy saved(minted, &inkan::ui::MintedByMePanel::saved);
        child<QPushButton>(QStringLiteral("mintedSaveButton"))->click();
        QTRY_COMPARE(minted->model()->nftAt(0).dynamicMetadata.value(QLatin1String("points_earned")).toDouble(), 99.0);
        QVERIFY(saved.wait(30000));
        QCOMPARE(saved.first().first().toBool(), true);
        QCOMPARE(text(QStringLiteral("mintedMessage")), QStringLiteral("Saved."));
        QVERIFY(!save->isEnabled()); // saved: nothing left to save
        auto stored = net::await(m_page->client()->nft(tokenId));
        QCOMPARE(std::get<Nft>(stored).dynamicMetadata.value(QLatin1String("points_earned")).toDouble(), 99.0);

        // An edit the service refuses (a unit it does not know): rolled back with a sentence.
        child<QPushButton>(QStringLiteral("mintedAddFieldButton"))->click();
        const int added = table->rowCount() - 1;
        table->item(added, 0)->setText(QStringLiteral("unit_of_length"));
        table->item(added, 1)->setText(QStringLiteral("miles"));
        saved.clear();
        child<QPushButton>(QStringLiteral("mintedSaveButton"))->click();
        QVERIFY(saved.wait(30000));
        QCOMPARE(saved.first().first().toBool(), false);
        QVERIFY2(text(QStringLiteral("mintedMessage")).startsWith(QLatin1String("The change was not saved")), qPrintable(text(QStringLiteral("mintedMessage"))));
        QVERIFY(!minted->model()->nftAt(0).dynamicMetadata.contains(QLatin1String("unit_of_length")));
        QCOMPARE(minted->model()->nftAt(0).dynamicMetadata.value(QLatin1String("points_earned")).toDouble(), 99.0);
        shoot(QStringLiteral("org-minted-by-me.png"));

        // "Show all": every NFT the organization minted (the demo's and this one).
        child<QPushButton>(QStringLiteral("mintedReloadButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!minted->model()->isLoading() && minted->model()->rowCount() > 1, 30000);
        QVERIFY(minted->model()->rowOf(tokenId) >= 0);
        QTest::qWait(300); // thumbnails
        shoot(QStringLiteral("org-minted-by-me-all.png"));
    }

    void mintToAnEmailImportsItFirst()
    {
        // The same account again (as after accountsChanged in the app): the page keeps what it shows.
        useAccount(m_demoOrg, true);
        QVERIFY(text(QStringLiteral("mintResult")).startsWith(QLatin1String("Minted \"Member card 7\"")));
        fillMintForm(8);
        child<QRadioButton>(QStringLiteral("mintHolderByEmail"))->click();
        type(QStringLiteral("mintHolderEmail"), QStringLiteral("not an address"));
        QVERIFY(!child<QPushButton>(QStringLiteral("mintButton"))->isEnabled());
        QVERIFY(text(QStringLiteral("mintHolderError")).contains(QLatin1String("e-mail")));
        type(QStringLiteral("mintHolderEmail"), QStringLiteral("newholder@example.com"));
        const int imports = requests("/account/import");
        child<QPushButton>(QStringLiteral("mintButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(text(QStringLiteral("mintResult")).startsWith(QLatin1String("Minted \"Member card 8\"")), 30000);
        QCOMPARE(requests("/account/import"), imports + 1);
    }

    void importListWithBadOnes()
    {
        useAccount(m_demoOrg, true);
        showTab(QStringLiteral("Import end-users"));
        auto *list = child<QPlainTextEdit>(QStringLiteral("importEmails"));
        list->setPlainText(QStringLiteral("ann@example.com\nnot-an-email\nbob@example.org\nANN@example.com\ncarl@example.net\n"));
        const QString problems = text(QStringLiteral("importCheck"));
        QVERIFY2(problems.contains(QLatin1String("Entry 2, \"not-an-email\"")), qPrintable(problems));
        QVERIFY2(problems.contains(QLatin1String("Entry 4, ANN@example.com, is already in the list")), qPrintable(problems));
        auto *importButton = child<QPushButton>(QStringLiteral("importButton"));
        QVERIFY(!importButton->isEnabled());
        const int before = requests("import/batch/submit");
        m_page->importEmails();
        QCOMPARE(requests("import/batch/submit"), before);
        shoot(QStringLiteral("org-import-problems.png"));

        // A file in another encoding is refused with what to do; a CSV with an email column is read.
        QFile latin(m_dir.filePath(QStringLiteral("latin1.txt")));
        QVERIFY(latin.open(QIODevice::WriteOnly));
        latin.write("ren\xe9@example.com\n");
        latin.close();
        m_page->readImportFile(latin.fileName());
        QTRY_VERIFY_WITH_TIMEOUT(text(QStringLiteral("importCheck")).contains(QLatin1String("is not UTF-8 text")), 10000);
        QFile csv(m_dir.filePath(QStringLiteral("people.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("name,email\nAnn,ann@example.com\nBob,bob@example.org\nCarl,carl@example.net\n");
        csv.close();
        m_page->readImportFile(csv.fileName());
        QTRY_VERIFY_WITH_TIMEOUT(text(QStringLiteral("importCheck")).startsWith(QLatin1String("3 address")), 10000);
        QVERIFY(importButton->isEnabled());
        QSignalSpy done(m_page.get(), &OrganizationPage::importFinished);
        importButton->click();
        QVERIFY(done.wait(60000));
        auto *table = child<QTableWidget>(QStringLiteral("importResults"));
        QCOMPARE(table->rowCount(), 3);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(table->item(row, 1)->text(), QStringLiteral("imported"));
            QVERIFY(table->item(row, 2)->text().startsWith(QLatin1String("0x")));
        }
        QVERIFY2(text(QStringLiteral("importMessage")).startsWith(QLatin1String("3 imported, 0 failed")), qPrintable(text(QStringLiteral("importMessage"))));
        QVERIFY(importButton->isEnabled()); // ready for another list
        shoot(QStringLiteral("org-import-results.png"));
        const QString exported = m_dir.filePath(QStringLiteral("import.csv"));
        m_page->exportImportResults(exported);
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0], QByteArray("email,ok,id_wallet_address"));
        QVERIFY(lines[1].startsWith("ann@example.com,true,0x"));
    }

    void batchBadFilesAreRefusedBeforeAnythingIsSent()
    {
        useAccount(m_demoOrg, true);
        showTab(QStringLiteral("Batch mint"));
        const int mintsBefore = requests("/nft/mint/");
        auto write = [this](const QString &name, const QByteArray &bytes) {
            QFile file(m_dir.filePath(name));
            if (file.open(QIODevice::WriteOnly))
                file.write(bytes);
            return file.fileName();
        };
        // Empty: said at once, no check possible.
        batch()->setCsvPath(write(QStringLiteral("empty.csv"), QByteArray()));
        QTRY_VERIFY_WITH_TIMEOUT(text(QStringLiteral("batchMessage")).contains(QLatin1String("is empty")), 10000);
        QVERIFY(!child<QPushButton>(QStringLiteral("batchRunButton"))->isEnabled());
        // A required column missing (no "name").
        QByteArray missing = "holder,issuer,contents_provider,description,image,link,serial_number,total_issued,animation_url\n";
        missing += m_aliceAddress.toUtf8() + ",I,C,D,/assets/membership-gold.png,,1,1,\n";
        checkFile(write(QStringLiteral("missing.csv"), missing), false);
        QVERIFY2(text(QStringLiteral("batchMessage")).contains(QLatin1String("nothing was sent")), qPrintable(text(QStringLiteral("batchMessage"))));
        auto *problems = child<QTableWidget>(QStringLiteral("batchProblems"));
        bool namesName = false;
        for (int row = 0; row < problems->rowCount(); ++row)
            namesName = namesName || problems->item(row, 2)->text().contains(QLatin1String("name"));
        QVERIFY(namesName);
        // Another encoding (Latin-1).
        QByteArray latin = "holder,issuer,contents_provider,name,description,image,link,serial_number,total_issued,animation_url\n";
        latin += m_aliceAddress.toUtf8() + ",Caf\xe9,C,N,D,/assets/membership-gold.png,,1,1,\n";
        checkFile(write(QStringLiteral("latin.csv"), latin), false);
        // 10,001 rows.
        checkFile(writeCsv(QStringLiteral("huge.csv"), 10001), false);
        QVERIFY2(text(QStringLiteral("batchMessage")).contains(QLatin1String("10")), qPrintable(text(QStringLiteral("batchMessage"))));
        QCOMPARE(requests("/nft/mint/"), mintsBefore);
    }

    void batchMintFromCsvWithProgressAndResultFile()
    {
        useAccount(m_demoOrg, true);
        showTab(QStringLiteral("Batch mint"));
        // A bad row: named by row and column, nothing sent, no way to run.
        const int mintsBefore = requests("/nft/mint/");
        checkFile(writeCsv(QStringLiteral("bad.csv"), 5, QStringLiteral("3")), false);
        auto *problems = child<QTableWidget>(QStringLiteral("batchProblems"));
        QVERIFY(problems->isVisible());
        QVERIFY(problems->rowCount() >= 1);
        QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("3"));
        QCOMPARE(problems->item(0, 1)->text(), QStringLiteral("serial_number"));
        QVERIFY(!child<QPushButton>(QStringLiteral("batchRunButton"))->isEnabled());
        shoot(QStringLiteral("org-batch-problems.png"));

        // A good file: the dry run sends nothing; the run shows progress and writes the result.
        const QString csv = writeCsv(QStringLiteral("cards.csv"), 12);
        checkFile(csv, true);
        QCOMPARE(requests("/nft/mint/"), mintsBefore);
        QCOMPARE(batch()->rowsModel()->rowCount(), 12);
        auto *run = child<QPushButton>(QStringLiteral("batchRunButton"));
        QVERIFY(run->isEnabled());
        QSignalSpy finished(batch(), &inkan::ui::BatchMintPanel::runFinished);
        int progressSeen = 0;
        auto *bar = child<QProgressBar>(QStringLiteral("batchProgress"));
        const auto watching = connect(bar, &QProgressBar::valueChanged, this, [&progressSeen](int v) { progressSeen = std::max(progressSeen, v); });
        run->click();
        QVERIFY(bar->isVisible());
        QVERIFY(child<QPushButton>(QStringLiteral("batchCancelButton"))->isEnabled());
        const bool done = finished.wait(120000);
        disconnect(watching);
        QVERIFY(done);
        QVERIFY(progressSeen >= 1);
        QCOMPARE(bar->value(), 12);
        QVERIFY2(text(QStringLiteral("batchMessage")).startsWith(QLatin1String("12 of 12 rows minted, 0 failed")), qPrintable(text(QStringLiteral("batchMessage"))));
        QCOMPARE(batch()->rowsModel()->count(inkan::models::BatchRowsModel::State::Done), 12);
        shoot(QStringLiteral("org-batch-done.png"));
        const QString exported = m_dir.filePath(QStringLiteral("exported.csv"));
        batch()->exportResult(exported);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(exported), 10000);
        QFile result(exported);
        QVERIFY(result.open(QIODevice::ReadOnly));
        QCOMPARE(result.readAll().trimmed().split('\n').size(), 13);
        QCOMPARE(mintedRowsOf(batch()->job()->batchId()).size(), 12);
    }

    void batchCancelStopsAndSaysHowToResume()
    {
        showTab(QStringLiteral("Batch mint"));
        const QString csv = writeCsv(QStringLiteral("cancel.csv"), 100);
        checkFile(csv, true);
        QSignalSpy finished(batch(), &inkan::ui::BatchMintPanel::runFinished);
        child<QPushButton>(QStringLiteral("batchRunButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(batch()->rowsModel()->count(inkan::models::BatchRowsModel::State::Done) >= 3, 60000);
        child<QPushButton>(QStringLiteral("batchCancelButton"))->click();
        QVERIFY(finished.wait(60000));
        QVERIFY2(text(QStringLiteral("batchMessage")).startsWith(QLatin1String("Cancelled: ")), qPrintable(text(QStringLiteral("batchMessage"))));
        const int done = batch()->rowsModel()->count(inkan::models::BatchRowsModel::State::Done);
        QVERIFY(done < 100);
        QCOMPARE(mintedRowsOf(batch()->job()->batchId()).size(), done);
        // Checking the file again offers the rest.
        checkFile(csv, true);
        QVERIFY(!child<QLabel>(QStringLiteral("batchResumeNotice"))->isHidden());
    }

    void batchInterruptedMidwayResumesInANewPage()
    {
        useAccount(m_demoOrg, true);
        showTab(QStringLiteral("Batch mint"));
        const QString csv = writeCsv(QStringLiteral("resume.csv"), 100);
        checkFile(csv, true);
        const QString batchId = batch()->job()->batchId();
        child<QPushButton>(QStringLiteral("batchRunButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(batch()->rowsModel()->count(inkan::models::BatchRowsModel::State::Done) >= 5, 60000);
        QVERIFY(batch()->stage() == inkan::ui::BatchMintPanel::Stage::Running);
        shoot(QStringLiteral("org-batch-running.png"));
        // The page goes away mid-run (the window closed, the app quit).
        m_page.reset();
        QTest::qWait(500); // requests in flight settle in the sandbox

        m_page = std::make_unique<OrganizationPage>(*m_hub);
        m_page->resize(1100, 900);
        m_page->show();
        useAccount(m_demoOrg, true);
        showTab(QStringLiteral("Batch mint"));
        // The new page offers the unfinished batch by itself, its rows checked again.
        QTRY_COMPARE_WITH_TIMEOUT(batch()->stage(), inkan::ui::BatchMintPanel::Stage::Checked, 30000);
        QCOMPARE(batch()->csvPath(), csv);
        QCOMPARE(batch()->job()->batchId(), batchId);
        QVERIFY(!child<QLabel>(QStringLiteral("batchResumeNotice"))->isHidden());
        QVERIFY(text(QStringLiteral("batchResumeNotice")).contains(QLatin1String("of 100 rows")));
        QCOMPARE(child<QPushButton>(QStringLiteral("batchRunButton"))->text(), QStringLiteral("Resume"));
        shoot(QStringLiteral("org-batch-resume.png"));
        QSignalSpy finished(batch(), &inkan::ui::BatchMintPanel::runFinished);
        child<QPushButton>(QStringLiteral("batchRunButton"))->click();
        QVERIFY(finished.wait(120000));
        QVERIFY2(text(QStringLiteral("batchMessage")).startsWith(QLatin1String("100 of 100 rows minted")), qPrintable(text(QStringLiteral("batchMessage"))));
        const QHash<QString, int> rows = mintedRowsOf(batchId);
        QCOMPARE(rows.size(), 100);
        for (auto it = rows.constBegin(); it != rows.constEnd(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        // Finished: a later page offers nothing.
        m_page = std::make_unique<OrganizationPage>(*m_hub);
        useAccount(m_demoOrg, true);
        QTest::qWait(200);
        QVERIFY(batch()->csvPath().isEmpty());
    }

    // The service goes down in the middle of a batch: the run ends by itself and says which rows
    // are not minted; once the service is back, the same file resumes and the service then holds
    // exactly one NFT per row.
    void batchWithTheServiceDownFailsCleanlyAndResumes()
    {
        useAccount(m_demoOrg, true);
        showTab(QStringLiteral("Batch mint"));
        const QString csv = writeCsv(QStringLiteral("down.csv"), 100);
        checkFile(csv, true);
        const QString batchId = batch()->job()->batchId();
        QSignalSpy finished(batch(), &inkan::ui::BatchMintPanel::runFinished);
        child<QPushButton>(QStringLiteral("batchRunButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(batch()->rowsModel()->count(inkan::models::BatchRowsModel::State::Done) >= 5, 60000);
        const QString dataDir = m_sandbox->dataDir();
        const int port = m_sandbox->baseUrl().port();
        m_sandbox->kill();
        m_killed = std::move(m_sandbox);
        QVERIFY(finished.wait(120000));
        QCOMPARE(batch()->stage(), inkan::ui::BatchMintPanel::Stage::Finished);
        QVERIFY2(!text(QStringLiteral("batchMessage")).startsWith(QLatin1String("100 of 100")),
                 qPrintable(text(QStringLiteral("batchMessage"))));
        qInfo().noquote() << "with the service down:" << text(QStringLiteral("batchMessage"));
        // Rows that got no answer are shown as such, not as failed.
        QCOMPARE(batch()->rowsModel()->count(inkan::models::BatchRowsModel::State::Unknown),
                 batch()->job()->countIn(inkan::jobs::RowState::Unknown));
        QCOMPARE(batch()->rowsModel()->count(inkan::models::BatchRowsModel::State::Failed),
                 batch()->job()->countIn(inkan::jobs::RowState::Failed));

        // Back, on the same port with the same data.
        m_sandbox = std::make_unique<SandboxProcess>(
            QStringList{QStringLiteral("--demo"), QStringLiteral("--test-hooks"), QStringLiteral("--port"), QString::number(port)},
            dataDir);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        checkFile(csv, true);
        QVERIFY(!child<QLabel>(QStringLiteral("batchResumeNotice"))->isHidden());
        finished.clear();
        child<QPushButton>(QStringLiteral("batchRunButton"))->click();
        QVERIFY(finished.wait(120000));
        QVERIFY2(text(QStringLiteral("batchMessage")).startsWith(QLatin1String("100 of 100 rows minted")),
                 qPrintable(text(QStringLiteral("batchMessage"))));
        const QHash<QString, int> rows = mintedRowsOf(batchId);
        QCOMPARE(rows.size(), 100);
        for (auto it = rows.constBegin(); it != rows.constEnd(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        if (m_hub)
            waitFor(m_hub->settled());
        m_hub.reset();
    }
};

QTEST_MAIN(TestGuiOrg)
#include "tst_gui_org.moc"
