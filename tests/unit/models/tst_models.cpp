// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// The item models of core/models without a sandbox, each watched by QAbstractItemModelTester
// while it loads and changes: accounts, wallet keys (a real AsyncWalletStore in a temporary
// folder), batch rows, balances, an NFT's history, and NftModel's cancellation against a local
// server that accepts a request and never answers (so a page is surely in flight).
#include "crypto/AsyncWalletStore.h"
#include "models/AccountsModel.h"
#include "models/BalancesModel.h"
#include "models/BatchRowsModel.h"
#include "models/NftHistoryModel.h"
#include "models/NftModel.h"
#include "models/WalletKeysModel.h"
#include "services/capture/CaptureClient.h"
#include "services/nonceauth/NonceAuthClient.h"
#include "services/web3connect/Web3ConnectClient.h"
#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace inkan;
using namespace inkan::models;
using Tester = QAbstractItemModelTester;

namespace {

constexpr auto kQtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;

/// Accepts connections and reads whatever comes, never answering.
class SilentServer : public QTcpServer {
public:
    SilentServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { received += socket->readAll(); });
                sockets.append(socket);
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }
    QUrl url(const QString &path) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path)); }
    QByteArray received;
    QList<QTcpSocket *> sockets;
};

/// A port where nothing listens.
QUrl refusedUrl(const QString &path)
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path));
}

crypto::SecureBytes bytes(const char *text) { return crypto::SecureBytes(QByteArray(text)); }

} // namespace

class TestModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<net::ApiError>();
    }

    void accounts()
    {
        QTemporaryDir dir;
        session::AccountStore store(dir.filePath(QStringLiteral("settings.ini")));
        QVERIFY(store.add(session::ServiceKind::Web3Connect, QUrl(QStringLiteral("https://api.web3connect.jp/rest/v1")),
                          QStringLiteral("museum")).ok());
        auto capture = store.add(session::ServiceKind::Capture, QUrl(QStringLiteral("http://127.0.0.1:9/api/v3")),
                                 QStringLiteral("capture"));
        QVERIFY(capture.ok());

        AccountsModel model(&store);
        Tester tester(&model, kQtTest);
        QCOMPARE(model.rowCount(), 2);
        const int row = model.rowOf(capture->id);
        QVERIFY(row >= 0);
        QModelIndex i = model.index(row);
        QCOMPARE(i.data(AccountsModel::NameRole).toString(), QStringLiteral("capture"));
        QCOMPARE(i.data(Qt::DisplayRole).toString(), QStringLiteral("capture"));
        QCOMPARE(i.data(AccountsModel::IdRole).toString(), capture->id);
        QCOMPARE(i.data(AccountsModel::KindRole).toInt(), int(session::ServiceKind::Capture));
        QCOMPARE(i.data(AccountsModel::KindNameRole).toString(), session::serviceKindName(session::ServiceKind::Capture));
        QCOMPARE(i.data(AccountsModel::BaseUrlRole).toUrl(), QUrl(QStringLiteral("http://127.0.0.1:9/api/v3")));
        QCOMPARE(i.data(AccountsModel::SignedInRole).toBool(), false);
        QVERIFY(!i.data(Qt::ToolTipRole).toString().isEmpty());

        // Signed in: the same rows, updated in place.
        session::Account signedIn = *capture;
        signedIn.subject = QStringLiteral("0x8212099e5aF75e555A3E63da77a99CcC9527aCC1");
        signedIn.role = QStringLiteral("end_user");
        QVERIFY(store.update(signedIn).ok());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.reload();
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        i = model.index(row);
        QCOMPARE(i.data(AccountsModel::SubjectRole).toString(), signedIn.subject);
        QCOMPARE(i.data(AccountsModel::SignedInRole).toBool(), true);
        QCOMPARE(i.data(AccountsModel::RoleRole).toString(), QStringLiteral("end_user"));
        QCOMPARE(model.accountAt(row).id, capture->id);

        // Removed: the rows change.
        QVERIFY(store.remove(capture->id).ok());
        model.reload();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(capture->id), -1);
        model.setAccounts({});
        QCOMPARE(model.rowCount(), 0);
    }

    void walletKeys()
    {
        QTemporaryDir dir;
        crypto::AsyncWalletStore store(dir.filePath(QStringLiteral("keystore")));
        WalletKeysModel model(&store);
        Tester tester(&model, kQtTest);
        QSignalSpy loaded(&model, &WalletKeysModel::loaded);
        QVERIFY(model.isLoading()); // the constructor started the first listing
        QVERIFY(loaded.wait(30000));
        QCOMPARE(model.rowCount(), 0);

        auto created = store.create(12, bytes("pw"), crypto::keystore::Strength::Light);
        QVERIFY(QTest::qWaitFor([&] { return created.isFinished(); }, 60000));
        QVERIFY(created.result().ok());
        const crypto::WalletKey key = created.result()->account;
        model.reload();
        model.reload(); // the second replaces the first
        QVERIFY(loaded.wait(30000));
        QTest::qWait(50);
        QCOMPARE(loaded.size(), 2);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex i = model.index(0);
        QCOMPARE(i.data(WalletKeysModel::AddressRole).toString(), key.address.toChecksummed());
        QCOMPARE(i.data(WalletKeysModel::FileNameRole).toString(), key.fileName);
        QCOMPARE(i.data(WalletKeysModel::PathRole).toString(), key.path);
        QCOMPARE(model.rowOf(key.address.toLower()), 0);

        // Destroyed while its listing waits behind a busy worker: nothing runs on the dead model.
        QSemaphore gate;
        store.threadPool()->start([&gate] { gate.acquire(); });
        auto *doomed = new WalletKeysModel(&store);
        bool called = false;
        connect(doomed, &WalletKeysModel::loaded, this, [&called] { called = true; });
        QVERIFY(doomed->isLoading());
        delete doomed;
        gate.release();
        store.threadPool()->waitForDone();
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void batchRows()
    {
        BatchRowsModel model;
        Tester tester(&model, kQtTest);
        QCOMPARE(model.columnCount(), int(BatchRowsModel::ColumnCount));
        QSignalSpy progress(&model, &BatchRowsModel::progressChanged);
        QList<BatchRowsModel::Row> rows;
        for (int n = 1; n <= 4; ++n)
            rows.append({n, QStringLiteral("0x%1").arg(n, 40, 10, QLatin1Char('0')), QStringLiteral("Pass %1").arg(n), BatchRowsModel::State::Pending, {}, {}});
        model.setRows(rows);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.totalRows(), 4);
        QCOMPARE(model.finishedRows(), 0);
        QCOMPARE(model.headerData(BatchRowsModel::HolderColumn, Qt::Horizontal).toString(), QStringLiteral("Holder"));
        QCOMPARE(model.index(2, BatchRowsModel::NumberColumn).data().toInt(), 3);
        QCOMPARE(model.index(2, BatchRowsModel::NameColumn).data().toString(), QStringLiteral("Pass 3"));
        QCOMPARE(model.index(2, BatchRowsModel::StateColumn).data().toString(), QStringLiteral("Pending"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setRowState(2, BatchRowsModel::State::Sending));
        model.rowFinished(2, QStringLiteral("0xabc"), QString());
        model.rowFinished(3, QString(), QStringLiteral("holder unknown"));
        QVERIFY(model.setRowState(4, BatchRowsModel::State::Unknown, {}, QStringLiteral("no answer")));
        QVERIFY(!model.setRowState(99, BatchRowsModel::State::Done));
        model.rowFinished(0, QStringLiteral("0xdef"), QString()); // no such row: ignored
        QCOMPARE(changed.size(), 4);
        QCOMPARE(model.index(1, BatchRowsModel::TokenIdColumn).data().toString(), QStringLiteral("0xabc"));
        QCOMPARE(model.index(1, 0).data(BatchRowsModel::StateRole).toInt(), int(BatchRowsModel::State::Done));
        QCOMPARE(model.index(2, BatchRowsModel::ErrorColumn).data().toString(), QStringLiteral("holder unknown"));
        QCOMPARE(model.index(2, 0).data(BatchRowsModel::StateRole).toInt(), int(BatchRowsModel::State::Failed));
        QCOMPARE(model.index(3, 0).data(BatchRowsModel::StateTextRole).toString(), QStringLiteral("Unknown"));
        QCOMPARE(model.count(BatchRowsModel::State::Pending), 1);
        QCOMPARE(model.finishedRows(), 2);

        model.setProgress(3, 4);
        QCOMPARE(progress.last().at(0).toInt(), 3);
        QCOMPARE(model.finishedRows(), 3);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void balances()
    {
        BalancesModel model;
        Tester tester(&model, kQtTest);
        services::nonceauth::TokenBalance usdc;
        usdc.symbol = QStringLiteral("USDC");
        usdc.decimals = 6;
        usdc.balance = QStringLiteral("1234500000");
        usdc.price = 0.5;
        services::nonceauth::TokenBalance dust;
        dust.symbol = QStringLiteral("DUST");
        dust.decimals = 18;
        dust.balance = QStringLiteral("5");
        model.setTokenBalances({usdc, dust});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(BalancesModel::AmountRole).toString(), QStringLiteral("1234.5"));
        QCOMPARE(model.index(0).data(BalancesModel::FiatValueRole).toDouble(), 617.25);
        QCOMPARE(model.index(0).data(Qt::DisplayRole).toString(), QStringLiteral("1234.5 USDC"));
        QCOMPARE(model.index(1).data(BalancesModel::AmountRole).toString(), QStringLiteral("0.000000000000000005"));
        QVERIFY(!model.index(1).data(BalancesModel::PriceRole).isValid());
        QVERIFY(!model.index(1).data(BalancesModel::FiatValueRole).isValid());
        // The total counts the lines that have a price; none priced has no total.
        QCOMPARE(model.totalFiatValue().value_or(-1), 617.25);
        model.setTokenBalances({dust});
        QVERIFY(!model.totalFiatValue());
        model.setTokenBalances({usdc, dust});

        services::capture::CaptureUser user;
        user.raw = QJsonObject{{QStringLiteral("user_wallet"),
                                QJsonObject{{QStringLiteral("asset_wallet"), QStringLiteral("0xabc")},
                                            {QStringLiteral("asset_wallet_num"), QStringLiteral("12.5")},
                                            {QStringLiteral("integrity_wallet_num"), QStringLiteral("not a number")},
                                            {QStringLiteral("points"), QStringLiteral("300")}}}};
        model.setCaptureUser(user);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(BalancesModel::SymbolRole).toString(), QStringLiteral("NUM"));
        QCOMPARE(model.index(0).data(BalancesModel::AmountRole).toString(), QStringLiteral("12.5"));
        QCOMPARE(model.index(0).data(BalancesModel::TokenAddressRole).toString(), QStringLiteral("0xabc"));
        QCOMPARE(model.index(1).data(BalancesModel::AmountRole).toString(), QStringLiteral("300"));

        // A service that is not there: reported, rows kept.
        services::nonceauth::NonceAuthClient down(&m_transport, refusedUrl(QString()));
        down.setToken(bytes("token"));
        QSignalSpy failed(&model, &BalancesModel::loadFailed);
        model.load(&down);
        QVERIFY(model.isLoading());
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.last().at(0).value<net::ApiError>().cause, net::ApiError::Cause::ConnectionRefused);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.lastError().has_value());

        // A load in flight is cancelled by setBalances(), silently.
        SilentServer silent;
        services::capture::CaptureClient slow(&m_transport, silent.url(QStringLiteral("/api/v3")));
        slow.setToken(bytes("token"));
        model.load(&slow);
        QVERIFY(QTest::qWaitFor([&] { return silent.received.contains("\r\n\r\n"); }, 30000));
        model.clear();
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        QTest::qWait(50);
        QCOMPARE(failed.size(), 1);

        // Destroyed with a load in flight.
        auto *doomed = new BalancesModel;
        doomed->load(&slow);
        QVERIFY(QTest::qWaitFor([&] { return silent.received.count("\r\n\r\n") >= 2; }, 30000));
        delete doomed;
        QTest::qWait(50);
    }

    void historyModel()
    {
        NftHistoryModel model(nullptr);
        Tester tester(&model, kQtTest);
        services::web3connect::NftHistory history;
        history.tokenId = QStringLiteral("0x01");
        services::web3connect::ChainEntry mint;
        mint.transactionId = QStringLiteral("0xm");
        mint.explorerUrl = QStringLiteral("https://explorer.example/tx/0xm");
        history.mint = mint;
        services::web3connect::ChainEntry transfer;
        transfer.transactionId = QStringLiteral("0xt");
        history.transfers = {transfer, transfer};
        model.setHistory(history);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data(NftHistoryModel::EventKindRole).toInt(), int(NftHistoryModel::EventKind::Mint));
        QCOMPARE(model.index(0).data(Qt::DisplayRole).toString(), QStringLiteral("Minted"));
        QCOMPARE(model.index(0).data(NftHistoryModel::EventTextRole).toString(), QStringLiteral("Minted"));
        QCOMPARE(model.index(0).data(NftHistoryModel::ExplorerUrlRole).toUrl(), QUrl(mint.explorerUrl));
        QCOMPARE(model.index(2).data(NftHistoryModel::TransactionIdRole).toString(), QStringLiteral("0xt"));

        // Sentences: the time from the trackId (else the mint's created_at), the holder as the
        // receiver of the last event, addresses short or masked.
        QVERIFY(!model.index(0).data(NftHistoryModel::TimeRole).toDateTime().isValid());
        const QDateTime mintedAt(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC);
        model.setMintedAt(mintedAt);
        QCOMPARE(model.index(0).data(NftHistoryModel::TimeRole).toDateTime(), mintedAt);
        const QString when = QLocale().toString(mintedAt.toLocalTime(), QLocale::ShortFormat);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Minted on %1").arg(when));
        const QString holder = QStringLiteral("0x35f40713c6b6d3De49273353B9Bc69879C6B3c49");
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setHolder(holder);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(2).data(NftHistoryModel::CounterpartRole).toString(), holder);
        QVERIFY(model.index(1).data(NftHistoryModel::CounterpartRole).toString().isEmpty());
        QVERIFY(model.index(0).data(NftHistoryModel::CounterpartRole).toString().isEmpty());
        QCOMPARE(model.index(2).data().toString(), QStringLiteral("Transferred to 0x35f4…3c49"));
        model.setAddressMask(QStringLiteral("0x••••"));
        QCOMPARE(model.index(2).data().toString(), QStringLiteral("Transferred to 0x••••"));
        model.setAddressMask({});
        QCOMPARE(NftHistoryModel::trackIdTime(QStringLiteral("2023-09-18T22:53:19.065Z:o1eDTXGPYJdC9jby")),
                 QDateTime(QDate(2023, 9, 18), QTime(22, 53, 19, 65), Qt::UTC));
        QVERIFY(!NftHistoryModel::trackIdTime(QStringLiteral("o1eDTXGPYJdC9jby")).isValid());
        QVERIFY(!NftHistoryModel::trackIdTime(QStringLiteral("soon:Z:x")).isValid());
        services::web3connect::NftHistory timed = history;
        transfer.trackId = QStringLiteral("2023-09-18T23:36:58.364Z:V6UJMYYNrerdquUr");
        timed.transfers = {transfer};
        model.setHistory(timed);
        const QDateTime transferred(QDate(2023, 9, 18), QTime(23, 36, 58, 364), Qt::UTC);
        QCOMPARE(model.index(1).data(NftHistoryModel::TimeRole).toDateTime(), transferred);
        QCOMPARE(model.index(1).data().toString(),
                 QStringLiteral("Transferred on %1 to 0x35f4…3c49").arg(QLocale().toString(transferred.toLocalTime(), QLocale::ShortFormat)));
        // Only a mint: it went to the holder.
        timed.transfers.clear();
        model.setHistory(timed);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Minted on %1 to 0x35f4…3c49").arg(when));
        model.setHolder({});
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Minted on %1").arg(when));
        model.clear();
        QCOMPARE(model.rowCount(), 0);

        SilentServer silent;
        services::web3connect::Web3ConnectClient client(&m_transport, silent.url(QStringLiteral("/rest/v1")));
        client.setToken(bytes("token"));
        NftHistoryModel loading(&client);
        Tester loadingTester(&loading, kQtTest);
        QSignalSpy failed(&loading, &NftHistoryModel::loadFailed);
        loading.load(QStringLiteral("0x") + QString(64, QLatin1Char('a')));
        QVERIFY(QTest::qWaitFor([&] { return silent.received.contains("/history"); }, 30000));
        QVERIFY(loading.isLoading());
        loading.setHistory(history); // cancels the load
        QVERIFY(!loading.isLoading());
        QCOMPARE(loading.rowCount(), 3);
        QTest::qWait(50);
        QCOMPARE(failed.size(), 0);
    }

    void nftModelCancelsItsPage()
    {
        SilentServer silent;
        services::web3connect::Web3ConnectClient client(&m_transport, silent.url(QStringLiteral("/rest/v1")));
        client.setToken(bytes("token"));
        const QString holder = QStringLiteral("0x8212099e5aF75e555A3E63da77a99CcC9527aCC1");

        NftModel model(&client);
        Tester tester(&model, kQtTest);
        QSignalSpy failed(&model, &NftModel::loadFailed);
        QSignalSpy loading(&model, &NftModel::loadingChanged);
        model.reset(NftModel::Source::heldBy(holder, 5));
        model.fetchMore({}); // QAbstractItemModelTester, like a view, may have started it already
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(QTest::qWaitFor([&] { return silent.received.contains("perPageItemNum=5"); }, 30000));
        QVERIFY(silent.received.contains("pageNum=1"));
        QCOMPARE(silent.sockets.size(), 1);
        model.reset(NftModel::Source::mintedByMe(5)); // the page in flight is cancelled
        QCOMPARE(loading.at(0).at(0).toBool(), true);
        QCOMPARE(loading.at(1).at(0).toBool(), false);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(QTest::qWaitFor([&] { return silent.sockets.first()->state() == QAbstractSocket::UnconnectedState; }, 30000));
        QTest::qWait(50);
        QCOMPARE(failed.size(), 0);

        // Destroyed with a page in flight.
        auto *doomed = new NftModel(&client);
        bool called = false;
        connect(doomed, &NftModel::loadFailed, this, [&called] { called = true; });
        doomed->reset(NftModel::Source::mintedByMe(5));
        doomed->fetchMore({});
        QVERIFY(QTest::qWaitFor([&] { return silent.received.contains("/nft/minted_by_me"); }, 30000));
        delete doomed;
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void nftFieldsWithoutOptionalMetadata()
    {
        services::web3connect::Nft nft;
        nft.tokenId = QStringLiteral("0x01");
        nft.createdAt = QStringLiteral("2026-01-02T03:04:05.000Z");
        nft.staticMetadata = QJsonObject{{QStringLiteral("name"), QStringLiteral("Pass")},
                                         {QStringLiteral("image"), QStringLiteral("https://cdn.example/a.png")},
                                         {QStringLiteral("expired_at"), QStringLiteral("9999-12-31T23:59:59.000Z")}};
        QCOMPARE(nftfields::kind(nft), QString());
        QVERIFY(!nftfields::expiresAt(nft).isValid()); // "never"
        QCOMPARE(nftfields::mintedAt(nft), QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QCOMPARE(nftfields::imageUrl(nft, QUrl(QStringLiteral("http://127.0.0.1:1/rest/v1"))),
                 QUrl(QStringLiteral("https://cdn.example/a.png")));
        nft.staticMetadata.insert(QStringLiteral("expired_at"), QStringLiteral("2027-03-01T00:00:00Z"));
        nft.staticMetadata.insert(QStringLiteral("image"), QStringLiteral("/assets/a.png"));
        nft.staticMetadata.insert(QStringLiteral("type"), QStringLiteral("ticket"));
        QCOMPARE(nftfields::expiresAt(nft), QDateTime(QDate(2027, 3, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(nftfields::imageUrl(nft, QUrl(QStringLiteral("http://127.0.0.1:1/rest/v1"))),
                 QUrl(QStringLiteral("http://127.0.0.1:1/assets/a.png")));
        QCOMPARE(nftfields::kind(nft), QStringLiteral("ticket"));
    }

private:
    net::HttpTransport m_transport;
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
