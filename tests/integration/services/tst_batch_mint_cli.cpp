// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// Batch mint through inkan-cli against a real sandbox: 1,000 rows, the CLI killed halfway,
// run again: exactly 1,000 NFTs, no row minted twice, the result CSV complete. And a CSV with
// bad rows is refused as a whole, by row and column, before anything is sent.
#include "Blocking.h"
#include "net/ApiJob.h"
#include "services/web3connect/Web3ConnectClient.h"
#include "support/SandboxProcess.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace inkan;
using inkan::test::SandboxProcess;

class TestBatchMintCli : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_home;
    QJsonObject m_demo;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("INKAN_PASSWORD"), QStringLiteral("batch-test-password"));
        env.insert(QStringLiteral("INKAN_SECRET_SCRYPT_N"), QStringLiteral("1024"));
        env.insert(QStringLiteral("INKAN_SECRET_BACKEND"), QStringLiteral("file"));
        env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("detect_leaks=0"));
        env.insert(QStringLiteral("INKAN_API_KEY_SECRET"),
                   m_demo.value(QLatin1String("organization")).toObject().value(QLatin1String("api_key_secret")).toString());
        return env;
    }

    QStringList cliArgs(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--data-dir"), m_home.filePath(QStringLiteral("data"))} + args;
    }

    int cli(const QStringList &args, QByteArray *out = nullptr)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(INKAN_BIN_DIR "/inkan-cli"), cliArgs(args));
        process.waitForFinished(600000);
        if (out)
            *out = process.readAllStandardOutput();
        const QByteArray err = process.readAllStandardError();
        if (process.exitCode() != 0)
            qWarning("inkan-cli %s -> %d: %s", qPrintable(args.join(u' ')), process.exitCode(), err.constData());
        return process.exitCode();
    }

    QString writeCsv(const QString &name, int rows, bool withEmails)
    {
        const QString holder = m_demo.value(QLatin1String("end_users")).toArray().at(0).toObject().value(QLatin1String("id_wallet_address")).toString();
        QFile file(m_home.filePath(name));
        file.open(QIODevice::WriteOnly);
        file.write("holder,issuer,contents_provider,name,description,image,link,serial_number,total_issued,animation_url,level,points_earned\n");
        for (int i = 1; i <= rows; ++i) {
            const QString who = withEmails && i % 250 == 0 ? QStringLiteral("batch%1@example.com").arg(i) : holder;
            file.write(QStringLiteral("%1,Inkan tests,Inkan tests,\"Member, no. %2\",A member card,https://example.com/m.png,https://example.com/,%2,%3,https://example.com/m.mp4,silver,%4\n")
                           .arg(who).arg(i).arg(rows).arg(i * 1.5).toUtf8());
        }
        file.close();
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--demo")});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_demo = m_sandbox->demo();
        QCOMPARE(cli({QStringLiteral("service"), QStringLiteral("add"), QStringLiteral("web3connect"),
                      m_demo.value(QLatin1String("services")).toObject().value(QLatin1String("web3connect")).toString(),
                      QStringLiteral("--name"), QStringLiteral("org")}), 0);
        QCOMPARE(cli({QStringLiteral("login"), QStringLiteral("web3connect"), QStringLiteral("--account"), QStringLiteral("org")}), 0);
    }

    void badRowsAreRefusedBeforeSending()
    {
        const QString csv = m_home.filePath(QStringLiteral("bad.csv"));
        QFile file(csv);
        file.open(QIODevice::WriteOnly);
        file.write("holder,issuer,contents_provider,name,description,image,link,serial_number,total_issued,animation_url\n"
                   "0x1234,a,b,c,d,e,f,1,2,g\n"
                   "nobody@example.com,a,b,,d,e,f,one,2,g\n");
        file.close();
        QByteArray out;
        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("nft"), QStringLiteral("mint-batch"), csv}, &out), 4);
        const QJsonArray problems = QJsonDocument::fromJson(out).object().value(QLatin1String("problems")).toArray();
        QStringList where;
        for (const QJsonValue &p : problems)
            where.append(QStringLiteral("%1:%2").arg(p[QLatin1String("row")].toInt()).arg(p[QLatin1String("column")].toString()));
        QVERIFY2(where.contains(QStringLiteral("1:holder")), qPrintable(where.join(u' ')));
        QVERIFY2(where.contains(QStringLiteral("2:name")), qPrintable(where.join(u' ')));
        QVERIFY2(where.contains(QStringLiteral("2:serial_number")), qPrintable(where.join(u' ')));
        QVERIFY(!QFile::exists(csv + QStringLiteral(".journal")));
    }

    // Issue #9: the sandbox's own demo NFTs have an empty animation_url; a CSV made from one of
    // them (its static fields as columns, as a person would copy them) mints, and the empty
    // value arrives as it was written.
    void csvCopiedFromDemoDataMints()
    {
        QByteArray out;
        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("nft"), QStringLiteral("list"), QStringLiteral("--minted"),
                      QStringLiteral("--account"), QStringLiteral("org")}, &out), 0);
        const QJsonArray nfts = QJsonDocument::fromJson(out).object().value(QLatin1String("nfts")).toArray();
        QVERIFY(!nfts.isEmpty());
        const QJsonObject demo = nfts.first()[QLatin1String("metadata")][QLatin1String("static")].toObject();
        QCOMPARE(demo.value(QLatin1String("animation_url")).toString(), QString());

        const QString holder = m_demo.value(QLatin1String("end_users")).toArray().at(1).toObject().value(QLatin1String("id_wallet_address")).toString();
        QStringList header{QStringLiteral("holder")};
        QStringList cells{holder};
        for (auto it = demo.begin(); it != demo.end(); ++it) {
            header << it.key();
            QString cell = it->isDouble() ? QString::number(it->toInteger()) : it->toString();
            cells << QLatin1Char('"') + cell.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
        }
        const QString csv = m_home.filePath(QStringLiteral("from-demo.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write((header.join(u',') + QLatin1Char('\n') + cells.join(u',') + QLatin1Char('\n')).toUtf8());
        file.close();

        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("nft"), QStringLiteral("mint-batch"), csv}, &out), 0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QLatin1String("minted")).toInt(), 1);
        QFile result(m_home.filePath(QStringLiteral("from-demo.result.csv")));
        QVERIFY(result.open(QIODevice::ReadOnly));
        const QString tokenId = QString::fromUtf8(result.readAll()).section(QLatin1Char('\n'), 1, 1).section(QLatin1Char(','), 1, 1);
        QVERIFY2(tokenId.startsWith(QLatin1String("0x")), qPrintable(tokenId));
        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("nft"), QStringLiteral("show"), tokenId}, &out), 0);
        const QJsonObject minted = QJsonDocument::fromJson(out).object()[QLatin1String("nft")][QLatin1String("metadata")][QLatin1String("static")].toObject();
        QVERIFY(minted.contains(QLatin1String("animation_url")));
        QCOMPARE(minted.value(QLatin1String("animation_url")).toString(), QString());
        QCOMPARE(minted.value(QLatin1String("name")), demo.value(QLatin1String("name")));
    }

    void killedHalfwayThenResumed()
    {
        constexpr int kRows = 1000;
        const QString csv = writeCsv(QStringLiteral("members.csv"), kRows, true);
        const QString journal = csv + QStringLiteral(".journal");
        const QStringList args{QStringLiteral("nft"), QStringLiteral("mint-batch"), csv, QStringLiteral("--concurrency"), QStringLiteral("8")};

        QProcess first;
        first.setProcessEnvironment(environment());
        first.start(QStringLiteral(INKAN_BIN_DIR "/inkan-cli"), cliArgs(args));
        QVERIFY(first.waitForStarted());
        // Kill it once about half of the rows are journaled as done.
        int done = 0;
        QElapsedTimer timer;
        timer.start();
        while (done < kRows / 2 && first.state() == QProcess::Running && timer.elapsed() < 600000) {
            QTest::qWait(50);
            QFile f(journal);
            if (f.open(QIODevice::ReadOnly))
                done = int(f.readAll().count("\tdone\t"));
        }
        QVERIFY2(first.state() == QProcess::Running, "the batch finished before it could be killed");
        first.kill();
        first.waitForFinished();
        qInfo("killed after %d rows were journaled done", done);
        QVERIFY(done >= kRows / 2 && done < kRows);

        QByteArray out;
        QCOMPARE(cli(QStringList{QStringLiteral("--json")} + args, &out), 0);
        const QJsonObject summary = QJsonDocument::fromJson(out).object();
        QCOMPARE(summary.value(QLatin1String("rows")).toInt(), kRows);
        QCOMPARE(summary.value(QLatin1String("minted")).toInt() + summary.value(QLatin1String("already_minted")).toInt(), kRows);
        const QString batchId = summary.value(QLatin1String("batch_id")).toString();

        // The result CSV: every row, each with its own token id.
        QFile result(summary.value(QLatin1String("result")).toString());
        QVERIFY(result.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = result.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), kRows + 1);
        QSet<QByteArray> tokens;
        for (const QByteArray &line : lines.mid(1)) {
            const QList<QByteArray> f = line.split(',');
            QVERIFY2(f.value(2) == "minted" || f.value(2) == "already_minted", line.constData());
            tokens.insert(f.value(1));
        }
        QCOMPARE(tokens.size(), kRows);

        // The service: exactly one NFT per row marker of this batch.
        net::HttpTransport transport;
        services::web3connect::Web3ConnectClient client(&transport, QUrl(m_demo.value(QLatin1String("services")).toObject().value(QLatin1String("web3connect")).toString()));
        client.setApiKeySecret(crypto::SecureBytes(m_demo.value(QLatin1String("organization")).toObject().value(QLatin1String("api_key_secret")).toString().toUtf8()));
        QHash<QString, int> perRow;
        for (int page = 1;; ++page) {
            auto outcome = net::await(client.mintedByMe({100, page, false}));
            QVERIFY(std::holds_alternative<QList<services::web3connect::Nft>>(outcome));
            const auto nfts = std::get<QList<services::web3connect::Nft>>(outcome);
            for (const auto &nft : nfts) {
                const QString marker = nft.dynamicMetadata.value(QLatin1String("inkan_batch_row")).toString();
                if (marker.startsWith(batchId + QLatin1Char(':')))
                    perRow[marker] += 1;
            }
            if (nfts.size() < 100)
                break;
        }
        QCOMPARE(perRow.size(), kRows);
        for (auto it = perRow.cbegin(); it != perRow.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));

        // A third run mints nothing.
        QCOMPARE(cli(QStringList{QStringLiteral("--json")} + args, &out), 0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QLatin1String("minted")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBatchMintCli)
#include "tst_batch_mint_cli.moc"
