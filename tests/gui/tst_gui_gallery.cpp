// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// The gallery against a real inkan-sandbox --demo, signed in through the hub as alice (and bob):
// the signed-out state, the demo NFTs shown, paging to the end of a holder with many NFTs,
// keyboard opening of the detail, visibility toggled in one click and rolled back when the
// service refuses, a transfer to bob through the TransferDialog (own address refused, the
// 3-second delay), and the authenticity badge for a real NFT and the warning for an altered one.
#include "Blocking.h"
#include "GuiTestSupport.h"
#include "dialogs/TransferDialog.h"
#include "models/NftFilterModel.h"
#include "models/NftHistoryModel.h"
#include "models/NftModel.h"
#include "pages/GalleryPage.h"
#include "pages/NftDetailView.h"
#include "services/web3connect/Authenticity.h"
#include "services/web3connect/Web3ConnectClient.h"
#include "services/web3connect/Web3ConnectSignIn.h"
#include "session/ServiceHub.h"
#include "models/ThumbnailCache.h"
#include "support/HttpProbe.h"
#include "support/SandboxProcess.h"
#include "widgets/AddressField.h"
#include "widgets/EmptyState.h"
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace inkan;
using namespace inkan::session;
using inkan::models::NftFilterModel;
using inkan::models::NftModel;
using inkan::services::web3connect::Authenticity;
using inkan::services::web3connect::Nft;
using inkan::test::SandboxProcess;
using inkan::ui::GalleryPage;
using inkan::ui::NftDetailView;
using inkan::ui::TransferDialog;

namespace {
/// With INKAN_SCREENSHOT_DIR set, saves what the widget shows (to look at the pages).
void snapshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("INKAN_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}
crypto::SecureBytes bytes(const QString &text) { return crypto::SecureBytes(text.toUtf8()); }
} // namespace

class TestGuiGallery : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    QJsonObject m_demo;
    QTemporaryDir m_dir;
    std::unique_ptr<ServiceHub> m_hub;
    QString m_alice, m_bob; // account ids

    QUrl web3() const { return QUrl(m_demo.value(QLatin1String("services")).toObject().value(QLatin1String("web3connect")).toString()); }
    QJsonObject endUser(int i) const { return m_demo.value(QLatin1String("end_users")).toArray().at(i).toObject(); }
    QString address(int i) const { return endUser(i).value(QLatin1String("id_wallet_address")).toString(); }

    QString signIn(const QString &name, const QString &secret)
    {
        auto account = m_hub->addAccount(ServiceKind::Web3Connect, web3(), name);
        if (!account)
            qFatal("add: %s", qPrintable(account.error().message));
        auto client = waitFor(m_hub->web3connect(account->id, ServiceHub::Use::SigningIn));
        auto *flow = new services::web3connect::Web3ConnectSignIn(*client, bytes(secret), *client);
        auto saved = waitFor(m_hub->signIn(account->id, flow));
        if (!saved)
            qFatal("sign-in: %s", qPrintable(saved.error().message));
        return saved->id;
    }

    /// A gallery for an account, its first page shown.
    std::unique_ptr<GalleryPage> gallery(const QString &accountId)
    {
        auto page = std::make_unique<GalleryPage>(*m_hub);
        page->resize(1000, 700);
        page->show();
        page->setAccount(accountId);
        if (!QTest::qWaitFor([&] { return page->nftModel() && page->nftModel()->pagesLoaded() > 0 && !page->nftModel()->isLoading(); }, 30000))
            qFatal("the gallery did not load");
        return page;
    }

    QListView *list(GalleryPage &page) { return page.findChild<QListView *>(QStringLiteral("galleryList")); }

    /// Opens the detail of the first NFT shown with the keyboard (arrows, then Enter).
    NftDetailView *openFirst(GalleryPage &page)
    {
        QListView *view = list(page);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Right);
        QTest::keyClick(view, Qt::Key_Left);
        QTest::keyClick(view, Qt::Key_Return);
        return page.detailView();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("INKAN_SECRET_BACKEND", "file");
        qRegisterMetaType<net::ApiError>();
        // --test-hooks: an end-user who holds nothing (firstPageShownForAnEmptyHolder).
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--demo"), QStringLiteral("--test-hooks")});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_demo = m_sandbox->demo();
        ServiceHub::Options options;
        options.dataDir = m_dir.path();
        options.secrets.preferred = QStringLiteral("file");
        options.secrets.scryptN = 1024;
        m_hub = std::make_unique<ServiceHub>(options);
        m_hub->setPasswordSource([this](PasswordAnswer answer) {
            QTimer::singleShot(1, m_hub.get(), [answer] { answer(bytes(QStringLiteral("pw"))); });
        });
        m_alice = signIn(QStringLiteral("alice"), endUser(0).value(QLatin1String("api_key_secret")).toString());
        m_bob = signIn(QStringLiteral("bob"), endUser(1).value(QLatin1String("api_key_secret")).toString());
    }

    void signedOutOffersSignIn()
    {
        GalleryPage page(*m_hub);
        page.show();
        QSignalSpy asked(&page, &GalleryPage::signInRequested);
        page.setAccount(QString());
        auto *empty = page.findChild<ui::EmptyState *>(QStringLiteral("gallerySignedOut"));
        QVERIFY(empty && empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("Sign in")));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("gallerySignInButton")), Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QVERIFY2(test::unnamedControls(&page).isEmpty(), qPrintable(test::unnamedControls(&page).join(u'\n')));
    }

    void firstPageShownAtOnceWhenSignedOut()
    {
        GalleryPage page(*m_hub);
        page.show();
        QSignalSpy shown(&page, &GalleryPage::firstPageShown);
        page.setAccount(QString());
        QTRY_COMPARE(shown.size(), 1);
    }

    void firstPageShownOnceTheThumbnailsArePainted()
    {
        GalleryPage page(*m_hub);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy shown(&page, &GalleryPage::firstPageShown);
        // What the cards in view show when the signal comes: no "Loading…" left.
        QStringList loadingWhenShown;
        int cardsInView = 0;
        connect(&page, &GalleryPage::firstPageShown, this, [&] {
            auto *thumbnails = page.findChild<models::ThumbnailCache *>();
            QListView *view = list(page);
            for (int row = 0; thumbnails && row < view->model()->rowCount(); ++row) {
                const QModelIndex index = view->model()->index(row, 0);
                if (!view->visualRect(index).intersects(view->viewport()->rect()))
                    continue;
                ++cardsInView;
                const QUrl url = index.data(NftModel::ImageUrlRole).toUrl();
                if (thumbnails->state(url) == models::ThumbnailCache::State::Loading)
                    loadingWhenShown << url.toString();
            }
        });
        page.setAccount(m_alice);
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 30000);
        QVERIFY(cardsInView > 0);
        QVERIFY2(loadingWhenShown.isEmpty(), qPrintable(loadingWhenShown.join(u' ')));
        QTest::qWait(200);
        QCOMPARE(shown.size(), 1); // once per account
    }

    void firstPageShownForAnEmptyHolder()
    {
        // A holder of no NFTs has no thumbnail to wait for: "You hold no NFTs yet" is the page.
        test::HttpProbe http(m_sandbox->baseUrl());
        const QJsonObject user = http.postJson(QStringLiteral("/_test/end_users"),
                                               {{"email", "empty-holder@example.com"}, {"password", ""}}).object();
        QVERIFY2(!user.value("api_key_secret").toString().isEmpty(), QJsonDocument(user).toJson().constData());
        const QString empty = signIn(QStringLiteral("empty"), user.value("api_key_secret").toString());
        GalleryPage page(*m_hub);
        page.show();
        QSignalSpy shown(&page, &GalleryPage::firstPageShown);
        page.setAccount(empty);
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 30000);
        QCOMPARE(page.nftModel()->rowCount(), 0);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("galleryEmptyList"))->isVisible());
        QVERIFY(waitFor(m_hub->removeAccount(empty)));
    }

    void showsTheDemoNfts()
    {
        auto page = gallery(m_alice);
        QTRY_VERIFY(page->nftModel()->isComplete());
        QVERIFY(page->filterModel()->rowCount() > 0);
        QCOMPARE(page->holder().toLower(), address(0).toLower());
        // Every demo NFT is authentic: none is kept apart.
        QTRY_COMPARE_WITH_TIMEOUT(page->filterModel()->rowCount(), page->nftModel()->rowCount(), 15000);
        QVERIFY(!page->filterModel()->index(0, 0).data(NftModel::NameRole).toString().isEmpty());
        QVERIFY2(test::unnamedControls(page.get()).isEmpty(), qPrintable(test::unnamedControls(page.get()).join(u'\n')));
        QTest::qWait(500); // thumbnails
        snapshot(page.get(), QStringLiteral("gallery"));
        // Typing in the grid goes to the search box.
        list(*page)->setFocus();
        QTest::keyClicks(list(*page), QStringLiteral("Zz"));
        QCOMPARE(page->findChild<QLineEdit *>(QStringLiteral("gallerySearch"))->text(), QStringLiteral("Zz"));
        QVERIFY(page->findChild<QLineEdit *>(QStringLiteral("gallerySearch"))->hasFocus());
    }

    void pagesToTheEndOfManyNfts()
    {
        auto org = std::make_unique<services::web3connect::Web3ConnectClient>(&m_hub->transport(), web3());
        org->setApiKeySecret(bytes(m_demo.value(QLatin1String("organization")).toObject().value(QLatin1String("api_key_secret")).toString()));
        const int many = 250;
        for (int i = 0; i < many; ++i) {
            const QJsonObject fields{{QStringLiteral("issuer"), QStringLiteral("Inkan tests")},
                                     {QStringLiteral("contents_provider"), QStringLiteral("Inkan tests")},
                                     {QStringLiteral("name"), QStringLiteral("Stub %1").arg(i)},
                                     {QStringLiteral("description"), QStringLiteral("made by tst_gui_gallery")},
                                     {QStringLiteral("image"), QStringLiteral("/assets/no-such-%1.png").arg(i)},
                                     {QStringLiteral("link"), QString()},
                                     {QStringLiteral("serial_number"), i + 1},
                                     {QStringLiteral("total_issued"), many},
                                     {QStringLiteral("animation_url"), QString()}};
            auto minted = net::await(org->mint(address(1), fields, {}));
            QVERIFY2(minted.index() == 0, "mint failed");
        }
        auto page = gallery(m_bob);
        QListView *view = list(*page);
        QVERIFY(QTest::qWaitFor([&] {
            QScrollBar *bar = view->verticalScrollBar();
            bar->setValue(bar->maximum()); // the view asks for the next page at the bottom
            return page->nftModel()->isComplete();
        }, 60000));
        QVERIFY(page->nftModel()->rowCount() >= many);
        QVERIFY(page->nftModel()->pagesLoaded() >= many / 50);
        snapshot(page.get(), QStringLiteral("gallery-many"));
        // Sorting the other way lists from the oldest.
        QTest::mouseClick(page->findChild<QWidget *>(QStringLiteral("gallerySort")), Qt::LeftButton);
        QVERIFY(!page->nftModel()->source().descending);
        QTRY_VERIFY(page->nftModel()->rowCount() > 0);
    }

    void toggleVisibilityInOneClick()
    {
        auto page = gallery(m_alice);
        NftDetailView *detail = openFirst(*page);
        QVERIFY(detail);
        const QString tokenId = detail->tokenId();
        NftModel *model = page->nftModel();
        const int row = model->rowOf(tokenId);
        const QVariant before = model->index(row).data(NftModel::IsPublicRole);
        const bool makePublic = !(before.isValid() && before.toBool());
        // The first change the model shows is the new visibility, marked as being saved.
        QVariant firstShown;
        int firstState = -1;
        QObject context;
        connect(model, &QAbstractItemModel::dataChanged, &context, [&] {
            if (firstState < 0) {
                firstShown = model->index(model->rowOf(tokenId)).data(NftModel::IsPublicRole);
                firstState = model->index(model->rowOf(tokenId)).data(NftModel::RowStateRole).toInt();
            }
        });
        // The service does not say: both choices are offered until the NFT's visibility is known.
        auto *makePrivate = detail->findChild<QPushButton *>(QStringLiteral("nftMakePrivateButton"));
        QVERIFY(makePrivate);
        QCOMPARE(makePrivate->isVisible(), !before.isValid());
        QTest::mouseClick(detail->findChild<QPushButton *>(QStringLiteral("nftVisibilityButton")), Qt::LeftButton);
        QTRY_VERIFY(firstState >= 0);
        QCOMPARE(firstShown.toBool(), makePublic);
        QTRY_COMPARE_WITH_TIMEOUT(model->index(model->rowOf(tokenId)).data(NftModel::RowStateRole).toInt(), int(NftModel::RowState::Ready), 15000);
        QCOMPARE(model->index(model->rowOf(tokenId)).data(NftModel::IsPublicRole).toBool(), makePublic);
        QCOMPARE(detail->findChild<QPushButton *>(QStringLiteral("nftVisibilityButton"))->text(),
                 makePublic ? QStringLiteral("Make private") : QStringLiteral("Make public"));
        QVERIFY(!makePrivate->isVisible()); // known now: one button, the way back
        QVERIFY(detail->findChild<QLabel *>(QStringLiteral("nftVisibility"))->text().startsWith(
            makePublic ? QStringLiteral("Public") : QStringLiteral("Private")));

        // And back with the button that remains.
        QTest::mouseClick(detail->findChild<QPushButton *>(QStringLiteral("nftVisibilityButton")), Qt::LeftButton);
        QTRY_COMPARE(model->index(model->rowOf(tokenId)).data(NftModel::IsPublicRole).toBool(), !makePublic); // run queued
        QTRY_COMPARE_WITH_TIMEOUT(model->index(model->rowOf(tokenId)).data(NftModel::RowStateRole).toInt(), int(NftModel::RowState::Ready), 15000);
        QCOMPARE(model->index(model->rowOf(tokenId)).data(NftModel::IsPublicRole).toBool(), !makePublic);
        QVERIFY(!makePrivate->isVisible());
    }

    void makePrivateWhileUnknown()
    {
        auto page = gallery(m_alice);
        NftDetailView *detail = openFirst(*page);
        QVERIFY(detail);
        NftModel *model = page->nftModel();
        const QString tokenId = detail->tokenId();
        if (model->index(model->rowOf(tokenId)).data(NftModel::IsPublicRole).isValid())
            QSKIP("the service reported this NFT's visibility");
        auto *makePrivate = detail->findChild<QPushButton *>(QStringLiteral("nftMakePrivateButton"));
        QVERIFY(makePrivate->isVisible() && makePrivate->isEnabled());
        QVERIFY(!makePrivate->accessibleName().isEmpty());
        QTest::mouseClick(makePrivate, Qt::LeftButton);
        QTRY_COMPARE(model->index(model->rowOf(tokenId)).data(NftModel::IsPublicRole), QVariant(false)); // run queued
        QTRY_COMPARE_WITH_TIMEOUT(model->index(model->rowOf(tokenId)).data(NftModel::RowStateRole).toInt(), int(NftModel::RowState::Ready), 15000);
        QCOMPARE(model->index(model->rowOf(tokenId)).data(NftModel::IsPublicRole), QVariant(false));
        QVERIFY(!makePrivate->isVisible());
        QCOMPARE(detail->findChild<QPushButton *>(QStringLiteral("nftVisibilityButton"))->text(), QStringLiteral("Make public"));
    }

    void detailLayout()
    {
        auto page = gallery(m_alice);
        NftDetailView *detail = openFirst(*page);
        QVERIFY(detail);
        // The history reads as sentences, with the time; the last event went to the holder.
        auto *history = detail->findChild<QTreeView *>(QStringLiteral("nftHistory"));
        QTRY_VERIFY_WITH_TIMEOUT(history->model()->rowCount() > 0, 15000);
        const QModelIndex first = history->model()->index(0, 0);
        QVERIFY2(first.data().toString().startsWith(QStringLiteral("Minted on ")), qPrintable(first.data().toString()));
        const QModelIndex last = history->model()->index(history->model()->rowCount() - 1, 0);
        QCOMPARE(last.data(models::NftHistoryModel::CounterpartRole).toString(), page->holder());
        // The metadata keeps its height; the history takes what is left.
        detail->resize(detail->width(), detail->height() + 200);
        auto *fields = detail->findChild<QWidget *>(QStringLiteral("nftFields"));
        const int fieldsHeight = fields->height();
        const int historyHeight = history->height();
        detail->resize(detail->width(), detail->height() + 100);
        QTRY_COMPARE(history->height(), historyHeight + 100);
        QCOMPARE(fields->height(), fieldsHeight);
        // Every action button at least at its size hint.
        for (QPushButton *button : detail->findChildren<QPushButton *>())
            if (button->isVisible())
                QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->objectName()));
        // The authenticity banner: the theme's text colour on a tint, readable in both themes.
        auto *badge = detail->findChild<QLabel *>(QStringLiteral("nftAuthenticity"));
        QTRY_VERIFY_WITH_TIMEOUT(badge->autoFillBackground(), 15000);
        QCOMPARE(badge->palette().color(QPalette::WindowText), detail->palette().color(QPalette::WindowText));
        QVERIFY2(test::unnamedControls(detail).isEmpty(), qPrintable(test::unnamedControls(detail).join(u'\n')));
    }

    void searchFindsPublicNftsByName()
    {
        auto page = gallery(m_alice);
        const Nft nft = page->nftModel()->nftAt(0);
        auto alice = waitFor(m_hub->web3connect(m_alice));
        QVERIFY(net::await((*alice)->setVisibility(nft.tokenId, true)).index() == 0);
        auto *search = page->findChild<QLineEdit *>(QStringLiteral("gallerySearch"));
        search->setFocus();
        QTest::keyClicks(search, models::nftfields::name(nft));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(page->nftModel()->source().kind, NftModel::Source::Kind::Search);
        QTRY_VERIFY_WITH_TIMEOUT(page->nftModel()->rowOf(nft.tokenId) >= 0, 15000);
        QTRY_VERIFY(page->findChild<QLabel *>(QStringLiteral("galleryStatus"))->text().contains(QStringLiteral("public NFT")));
        search->clear(); // back to the holder's NFTs
        QCOMPARE(page->nftModel()->source().kind, NftModel::Source::Kind::HeldBy);
    }

    void refusedToggleRollsBack()
    {
        auto page = gallery(m_alice);
        NftDetailView *detail = openFirst(*page);
        QVERIFY(detail);
        const QString tokenId = detail->tokenId();
        NftModel *model = page->nftModel();
        const QVariant before = model->index(model->rowOf(tokenId)).data(NftModel::IsPublicRole);
        // Behind the gallery's back the NFT goes to carol: alice may no longer change it.
        auto alice = waitFor(m_hub->web3connect(m_alice));
        QVERIFY(net::await((*alice)->transfer(tokenId, address(2))).index() == 0);
        QTest::mouseClick(detail->findChild<QPushButton *>(QStringLiteral("nftVisibilityButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(model->index(model->rowOf(tokenId)).data(NftModel::RowStateRole).toInt(), int(NftModel::RowState::Failed), 15000);
        QCOMPARE(model->index(model->rowOf(tokenId)).data(NftModel::IsPublicRole), before);
        auto *message = detail->findChild<QLabel *>(QStringLiteral("nftMessage"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().startsWith(QStringLiteral("The NFT could not be made")), qPrintable(message->text()));
    }

    void transferToBobLeavesTheGallery()
    {
        auto page = gallery(m_alice);
        NftDetailView *detail = openFirst(*page);
        QVERIFY(detail);
        const QString tokenId = detail->tokenId();
        QTest::mouseClick(detail->findChild<QPushButton *>(QStringLiteral("nftTransferButton")), Qt::LeftButton);
        TransferDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = detail->findChild<TransferDialog *>()) && dialog->isVisible());
        QLineEdit *edit = dialog->findChild<QLineEdit *>(QStringLiteral("transferRecipientEdit"));
        QPushButton *confirm = dialog->findChild<QPushButton *>(QStringLiteral("transferConfirmButton"));
        auto *warning = dialog->findChild<QLabel *>(QStringLiteral("transferWarning"));
        QVERIFY2(test::unnamedControls(dialog).isEmpty(), qPrintable(test::unnamedControls(dialog).join(u'\n')));

        QTest::keyClicks(edit, page->holder()); // oneself
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("your own")));
        QTest::qWait(3200);
        QVERIFY(!confirm->isEnabled());

        edit->clear();
        QTest::keyClicks(edit, address(1));
        QVERIFY(warning->text().contains(QStringLiteral("never sent"))); // first time to bob
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("transferConfirmation"))->text().contains(QStringLiteral("cannot be undone")));
        QVERIFY(!confirm->isEnabled());
        QTest::qWait(1500);
        QVERIFY(!confirm->isEnabled()); // still waiting
        QTRY_VERIFY_WITH_TIMEOUT(confirm->isEnabled(), 3000);
        snapshot(dialog, QStringLiteral("transfer"));
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->nftModel()->rowOf(tokenId), -1, 15000);
        auto bob = waitFor(m_hub->web3connect(m_bob));
        QVERIFY(net::await((*bob)->nft(tokenId)).index() == 0);
    }

    void authenticityBadgeAndWarning()
    {
        auto page = gallery(m_alice);
        NftDetailView *detail = openFirst(*page);
        QVERIFY(detail);
        auto *badge = detail->findChild<QLabel *>(QStringLiteral("nftAuthenticity"));
        QTRY_COMPARE_WITH_TIMEOUT(badge->property("verdict").toInt(), int(Authenticity::Verdict::Authentic), 15000);
        QVERIFY(badge->text().contains(QStringLiteral("Authentic")));
        snapshot(detail, QStringLiteral("detail"));
        const QString tokenId = detail->tokenId();
        detail->close();

        // The same NFT with its signature altered: a warning, and kept under "Unverified".
        NftModel *model = page->nftModel();
        Nft altered = model->nftAt(model->rowOf(tokenId));
        QString sig = altered.minterDigitalSignature;
        sig[12] = sig[12] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        altered.minterDigitalSignature = sig;
        model->updateNft(altered);
        const int shownBefore = page->filterModel()->rowCount();
        QTRY_COMPARE_WITH_TIMEOUT(page->filterModel()->rowCount(), shownBefore - 1, 15000);
        auto *show = page->findChild<QComboBox *>(QStringLiteral("galleryShow"));
        show->setCurrentIndex(show->findData(int(NftFilterModel::Show::Unverified)));
        QCOMPARE(page->filterModel()->rowCount(), 1);
        QCOMPARE(page->filterModel()->index(0, 0).data(NftModel::TokenIdRole).toString(), tokenId);
        page->openDetail(page->filterModel()->index(0, 0));
        badge = page->detailView()->findChild<QLabel *>(QStringLiteral("nftAuthenticity"));
        QCOMPARE(badge->property("verdict").toInt(), int(Authenticity::Verdict::Forged));
        QVERIFY(badge->text().contains(QStringLiteral("Warning")));
        snapshot(page->detailView(), QStringLiteral("detail-forged"));
    }

    void hideAndShowAgain()
    {
        auto page = gallery(m_alice);
        QTRY_VERIFY(page->filterModel()->rowCount() > 0);
        NftDetailView *detail = openFirst(*page);
        const QString tokenId = detail->tokenId();
        const int shown = page->filterModel()->rowCount();
        QTest::mouseClick(detail->findChild<QPushButton *>(QStringLiteral("nftHideButton")), Qt::LeftButton);
        QCOMPARE(page->filterModel()->rowCount(), shown - 1);
        auto *show = page->findChild<QComboBox *>(QStringLiteral("galleryShow"));
        show->setCurrentIndex(show->findData(int(NftFilterModel::Show::Hidden)));
        QCOMPARE(page->filterModel()->rowCount(), 1);
        QCOMPARE(page->filterModel()->index(0, 0).data(NftModel::TokenIdRole).toString(), tokenId);
        // Kept in the data dir: a new gallery still hides it.
        auto again = gallery(m_alice);
        QTRY_VERIFY(again->nftModel()->rowOf(tokenId) >= 0);
        for (int row = 0; row < again->filterModel()->rowCount(); ++row)
            QVERIFY(again->filterModel()->index(row, 0).data(NftModel::TokenIdRole).toString() != tokenId);
        QTest::mouseClick(detail->findChild<QPushButton *>(QStringLiteral("nftHideButton")), Qt::LeftButton); // show again
        QCOMPARE(page->filterModel()->rowCount(), 0);
    }

    // Last: it stops the sandbox.
    void unreachableServiceShowsAnErrorWithRetry()
    {
        QCOMPARE(m_sandbox->terminate(), 0);
        GalleryPage page(*m_hub);
        page.show();
        page.setAccount(m_alice);
        auto *error = page.findChild<ui::EmptyState *>(QStringLiteral("galleryError"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 60000);
        QVERIFY2(error->text().startsWith(QStringLiteral("Your NFTs could not be listed:")), qPrintable(error->text()));
        QVERIFY(!error->text().contains(QStringLiteral("HTTP")));
        auto *retry = page.findChild<QPushButton *>(QStringLiteral("galleryErrorRetry"));
        QVERIFY(retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton); // tries again (and fails again, still offline)
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 60000);
    }
};

QTEST_MAIN(TestGuiGallery)
#include "tst_gui_gallery.moc"
