// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// inkan-cli's service groups end to end against a sandbox: --json output, exit codes, the
// password rules, sign-in kept across runs, sign-out forgetting the token, every secret the
// test used absent from the settings file and the data dir, and verify scan reading a QR image.
#include "Blocking.h"
#include "net/ApiJob.h"
#include "services/web3connect/Web3ConnectClient.h"
#include "session/AccountStore.h"
#include "session/SecretStore.h"
#include "session/SessionManager.h"
#include "support/SandboxProcess.h"
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QLocale>
#include <QTest>

#include <cmath>

using inkan::test::SandboxProcess;

class TestCliServices : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    QJsonObject m_demo;
    QTemporaryDir m_home;
    QString m_password = QStringLiteral("cli-test-password");
    QList<QByteArray> m_sessionTokens; // tokens read back from the secret store
    QByteArray m_everything; // all that inkan-cli printed in this test, checked for secrets

    struct Run {
        int code = -1;
        QJsonObject json;
        QByteArray out;
        QByteArray err;
    };

    /// Runs inkan-cli on a pseudo-terminal (script(1) from util-linux): stdin, stdout and stderr
    /// are a tty, so the y/N prompt and the progress bar appear. `input` is typed into it.
    Run cliOnTerminal(const QStringList &args, const QByteArray &input = {})
    {
        Run run;
        QProcess process;
        if (!startOnTerminal(args, process))
            return run; // code -1: the caller skips
        process.write(input);
        process.waitForFinished(120000);
        run.code = process.exitCode();
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        m_everything += run.out + run.err;
        return run;
    }

    /// Starts inkan-cli on a pseudo-terminal; false when script(1) is missing.
    bool startOnTerminal(const QStringList &args, QProcess &process)
    {
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        if (script.isEmpty())
            return false;
        QStringList words{QStringLiteral(INKAN_BIN_DIR "/inkan-cli"), QStringLiteral("--data-dir"), m_home.filePath(QStringLiteral("data"))};
        words += args;
        QStringList quoted;
        for (QString w : words)
            quoted.append(QLatin1Char('\'') + w.replace(QLatin1Char('\''), QLatin1String("'\\''")) + QLatin1Char('\''));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("INKAN_PASSWORD"), m_password);
        env.insert(QStringLiteral("INKAN_SECRET_SCRYPT_N"), QStringLiteral("1024"));
        env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("detect_leaks=0"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        process.setProcessEnvironment(env);
        // -q quiet, -f flush, -e the command's exit code, -c the command; no typescript file.
        process.start(script, {QStringLiteral("-qfec"), quoted.join(QLatin1Char(' ')), QStringLiteral("/dev/null")});
        return process.waitForStarted();
    }

    QString demoValue(const char *group, const char *key) const
    {
        return m_demo.value(QLatin1String(group)).toObject().value(QLatin1String(key)).toString();
    }

    Run cli(const QStringList &args, const QHash<QString, QString> &extraEnv = {}, const QByteArray &stdinData = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("INKAN_PASSWORD"), m_password);
        env.insert(QStringLiteral("INKAN_SECRET_SCRYPT_N"), QStringLiteral("1024"));
        env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("detect_leaks=0"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
            it.value().isNull() ? env.remove(it.key()) : env.insert(it.key(), it.value());
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(INKAN_BIN_DIR "/inkan-cli"),
                      QStringList{QStringLiteral("--data-dir"), m_home.filePath(QStringLiteral("data"))} + args);
        process.write(stdinData);
        process.closeWriteChannel();
        process.waitForFinished(120000);
        Run run;
        run.code = process.exitCode();
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        run.json = QJsonDocument::fromJson(run.out).object();
        m_everything += run.out + run.err;
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--demo")});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_demo = m_sandbox->demo();
    }

    void helpListsEveryGroup()
    {
        const Run help = cli({QStringLiteral("help")});
        QCOMPARE(help.code, 0);
        for (const char *command : {"service add", "login web3connect", "login capture", "login nonceauth", "login pakt",
                                    "login oidc", "logout", "profile", "balances", "nft list", "nft show", "nft history",
                                    "nft search", "nft visibility", "nft transfer", "nft mint ", "nft mint-batch",
                                    "nft update-dynamic", "org import ", "org import-batch", "org verify-phone",
                                    "org verify-domain", "org button-js", "verify start", "verify scan", "verify result"})
            QVERIFY2(help.out.contains(command), command);
        // Every synopsis line of the service groups takes --json and is followed by what the command
        // does and an example.
        const QList<QByteArray> lines = help.out.split('\n');
        int synopses = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QByteArray &line = lines[i];
            if (!line.startsWith("  inkan-cli "))
                continue;
            bool service = false;
            for (const char *group : {" service ", " login ", " logout", " profile", " balances", " nft ", " org ", " verify "})
                service = service || line.contains(group);
            if (!service)
                continue;
            ++synopses;
            QVERIFY2(line.contains("[--json]"), line.constData());
            const QByteArray what = lines.value(i + 1);
            QVERIFY2(what.startsWith("      ") && what.trimmed().size() > 10, line.constData());
            const QByteArray example = lines.value(i + 2);
            QVERIFY2(example.startsWith("      e.g. ") && example.contains("inkan-cli "), line.constData());
        }
        QVERIFY2(synopses >= 28, QByteArray::number(synopses).constData());
    }

    void organizationSession()
    {
        const QString web3 = m_demo.value(QLatin1String("services")).toObject().value(QLatin1String("web3connect")).toString();
        QCOMPARE(cli({QStringLiteral("service"), QStringLiteral("add"), QStringLiteral("web3connect"), QStringLiteral("http://example.com/rest/v1"),
                      QStringLiteral("--name"), QStringLiteral("plain")}).code, 4);
        QCOMPARE(cli({QStringLiteral("service"), QStringLiteral("add"), QStringLiteral("web3connect")}).code, 2);
        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("service"), QStringLiteral("add"), QStringLiteral("web3connect"), web3,
                      QStringLiteral("--name"), QStringLiteral("org")}).code, 0);

        // A wrong API key secret: refused (3), and the account stays signed out.
        const Run wrong = cli({QStringLiteral("--json"), QStringLiteral("login"), QStringLiteral("web3connect")},
                              {{QStringLiteral("INKAN_API_KEY_SECRET"), QStringLiteral("definitely-wrong")}});
        QCOMPARE(wrong.code, 3);
        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("nft"), QStringLiteral("list")}).code, 3);

        // The secret from stdin this time.
        const Run login = cli({QStringLiteral("--json"), QStringLiteral("login"), QStringLiteral("web3connect"), QStringLiteral("--account"), QStringLiteral("org")},
                              {}, demoValue("organization", "api_key_secret").toUtf8() + '\n');
        QVERIFY2(login.code == 0, login.err.constData());
        QCOMPARE(login.json.value(QLatin1String("role")).toString(), QStringLiteral("organization"));

        // A later run uses the stored session; a wrong wallet password cannot open it.
        const Run listed = cli({QStringLiteral("--json"), QStringLiteral("nft"), QStringLiteral("list"), QStringLiteral("--per-page"), QStringLiteral("5")});
        QVERIFY2(listed.code == 0, listed.err.constData());
        QVERIFY(!listed.json.value(QLatin1String("nfts")).toArray().isEmpty());
        QCOMPARE(cli({QStringLiteral("nft"), QStringLiteral("list")}, {{QStringLiteral("INKAN_PASSWORD"), QStringLiteral("not-it")}}).code, 3);

        // Mint one to alice, show it, change it.
        QFile metadata(m_home.filePath(QStringLiteral("ticket.json")));
        QVERIFY(metadata.open(QIODevice::WriteOnly));
        metadata.write("{\"static\":{\"issuer\":\"CLI\",\"contents_provider\":\"CLI\",\"name\":\"CLI ticket\",\"description\":\"d\","
                       "\"image\":\"https://e.example/i.png\",\"link\":\"https://e.example/\",\"serial_number\":1,\"total_issued\":1,"
                       "\"animation_url\":\"https://e.example/a.mp4\"},\"dynamic\":{\"valid_latitude\":\"35.0\",\"valid_longitude\":\"139.0\","
                       "\"valid_radius\":2,\"unit_of_length\":\"km\"}}");
        metadata.close();
        const QString alice = m_demo.value(QLatin1String("end_users")).toArray().at(0).toObject().value(QLatin1String("id_wallet_address")).toString();
        const Run minted = cli({QStringLiteral("--json"), QStringLiteral("nft"), QStringLiteral("mint"), alice, QStringLiteral("--metadata"), metadata.fileName()});
        QVERIFY2(minted.code == 0, minted.err.constData());
        const QString tokenId = minted.json.value(QLatin1String("nft")).toObject().value(QLatin1String("token_id")).toString();
        QVERIFY(tokenId.startsWith(QStringLiteral("0x")));
        QCOMPARE(cli({QStringLiteral("nft"), QStringLiteral("mint"), QStringLiteral("0x12"), QStringLiteral("--metadata"), metadata.fileName()}).code, 4);
        const Run updated = cli({QStringLiteral("--json"), QStringLiteral("nft"), QStringLiteral("update-dynamic"), tokenId, QStringLiteral("points_earned=7"), QStringLiteral("status=gold")});
        QVERIFY2(updated.code == 0, updated.err.constData());
        QCOMPARE(updated.json.value(QLatin1String("nft")).toObject().value(QLatin1String("metadata")).toObject()
                     .value(QLatin1String("dynamic")).toObject().value(QLatin1String("points_earned")).toInt(), 7);
        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("nft"), QStringLiteral("show"), tokenId}).code, 0);
        QCOMPARE(cli({QStringLiteral("nft"), QStringLiteral("show"), QStringLiteral("0x") + QString(64, QLatin1Char('0'))}).code, 4);
        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("nft"), QStringLiteral("history"), tokenId}).code, 0);
        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("org"), QStringLiteral("import"), QStringLiteral("gina@example.com")}).code, 0);
        QFile emails(m_home.filePath(QStringLiteral("emails.txt")));
        QVERIFY(emails.open(QIODevice::WriteOnly));
        emails.write("hana@example.com\nivan@example.com\n");
        emails.close();
        const Run batch = cli({QStringLiteral("--json"), QStringLiteral("org"), QStringLiteral("import-batch"), emails.fileName(), QStringLiteral("--poll-ms"), QStringLiteral("100")});
        QVERIFY2(batch.code == 0, batch.err.constData());
        QCOMPARE(batch.json.value(QLatin1String("results")).toArray().size(), 2);
        const Run button = cli({QStringLiteral("--json"), QStringLiteral("org"), QStringLiteral("button-js"), QStringLiteral("--redirect-url"), QStringLiteral("https://company.example/x?u=1")});
        QCOMPARE(button.code, 0);

        // Alice as an end user (her API key secret), on a second account: verification by QR.
        QCOMPARE(cli({QStringLiteral("service"), QStringLiteral("add"), QStringLiteral("web3connect"), web3, QStringLiteral("--name"), QStringLiteral("alice")}).code, 0);
        QCOMPARE(cli({QStringLiteral("login"), QStringLiteral("web3connect"), QStringLiteral("--account"), QStringLiteral("alice")},
                     {{QStringLiteral("INKAN_API_KEY_SECRET"), m_demo.value(QLatin1String("end_users")).toArray().at(0).toObject().value(QLatin1String("api_key_secret")).toString()}}).code, 0);
        const QString png = m_home.filePath(QStringLiteral("code.png"));
        const Run started = cli({QStringLiteral("--json"), QStringLiteral("verify"), QStringLiteral("start"), tokenId, QStringLiteral("--lat"), QStringLiteral("35.001"),
                                 QStringLiteral("--lon"), QStringLiteral("139.001"), QStringLiteral("--out"), png, QStringLiteral("--account"), QStringLiteral("alice")});
        QVERIFY2(started.code == 0, started.err.constData());
        const QString code = started.json.value(QLatin1String("code")).toString();
        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("verify"), QStringLiteral("result"), code, QStringLiteral("--account"), QStringLiteral("alice")})
                     .json.value(QLatin1String("verified")).toBool(), false);
        QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("scan"), QStringLiteral("https://evil.example/"), QStringLiteral("--lat"), QStringLiteral("35"),
                      QStringLiteral("--lon"), QStringLiteral("139"), QStringLiteral("--account"), QStringLiteral("org")}).code, 4);
        const Run scanned = cli({QStringLiteral("--json"), QStringLiteral("verify"), QStringLiteral("scan"), png, QStringLiteral("--lat"), QStringLiteral("35.002"),
                                 QStringLiteral("--lon"), QStringLiteral("139.002"), QStringLiteral("--account"), QStringLiteral("org")});
        QVERIFY2(scanned.code == 0, scanned.err.constData());
        QCOMPARE(scanned.json.value(QLatin1String("token_id")).toString(), tokenId);
        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("verify"), QStringLiteral("result"), code, QStringLiteral("--account"), QStringLiteral("alice")})
                     .json.value(QLatin1String("token_id")).toString(), tokenId);
        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("nft"), QStringLiteral("visibility"), tokenId, QStringLiteral("public"), QStringLiteral("--account"), QStringLiteral("alice")}).code, 0);
        const Run searched = cli({QStringLiteral("--json"), QStringLiteral("nft"), QStringLiteral("search"), QStringLiteral("name=CLI ticket"), QStringLiteral("--account"), QStringLiteral("org")});
        QCOMPARE(searched.json.value(QLatin1String("nfts")).toArray().size(), 1);
        const QString bob = m_demo.value(QLatin1String("end_users")).toArray().at(1).toObject().value(QLatin1String("id_wallet_address")).toString();
        // Issue #9: in plain mode a transfer is one sentence naming the NFT and the new holder;
        // --json keeps the object (here the minter moves it back).
        const Run transferred = cli({QStringLiteral("nft"), QStringLiteral("transfer"), tokenId, bob, QStringLiteral("--account"), QStringLiteral("alice")});
        QVERIFY2(transferred.code == 0, transferred.err.constData());
        QCOMPARE(QString::fromUtf8(transferred.out),
                 QStringLiteral("\u201CCLI ticket\u201D (%1) now belongs to %2.\n").arg(tokenId, bob));
        const Run back = cli({QStringLiteral("--json"), QStringLiteral("nft"), QStringLiteral("transfer"), tokenId, alice, QStringLiteral("--account"), QStringLiteral("org")});
        QVERIFY2(back.code == 0, back.err.constData());
        QCOMPARE(back.json.value(QLatin1String("nft")).toObject().value(QLatin1String("token_id")).toString(), tokenId);

        // nft list and nft show: aligned tables, not JSON.
        const Run table = cli({QStringLiteral("nft"), QStringLiteral("list"), QStringLiteral("--account"), QStringLiteral("org"), QStringLiteral("--per-page"), QStringLiteral("5")});
        QCOMPARE(table.code, 0);
        const QStringList rows = QString::fromUtf8(table.out).trimmed().split(u'\n');
        QCOMPARE(rows.size(), 6);
        QVERIFY2(rows[0].startsWith(QLatin1String("Token id")), qPrintable(rows[0]));
        const qsizetype nameColumn = rows[0].indexOf(QLatin1String("Name"));
        for (const QString &row : rows.mid(1)) {
            QVERIFY2(row.startsWith(QLatin1String("0x")) && row.mid(66, nameColumn - 66).trimmed().isEmpty(), qPrintable(row));
            QVERIFY2(!row.at(nameColumn).isSpace(), qPrintable(row));
        }
        const Run shown = cli({QStringLiteral("nft"), QStringLiteral("show"), tokenId, QStringLiteral("--account"), QStringLiteral("org")});
        QCOMPARE(shown.code, 0);
        QVERIFY2(!shown.out.contains('{') && shown.out.contains("static.name"), shown.out.constData());

        // Sign-out forgets the token: the next call is refused.
        QCOMPARE(cli({QStringLiteral("logout"), QStringLiteral("--account"), QStringLiteral("alice")}).code, 0);
        QCOMPARE(cli({QStringLiteral("nft"), QStringLiteral("list"), QStringLiteral("--account"), QStringLiteral("alice")}).code, 3);
    }

    void walletSignIns()
    {
        const QJsonObject services = m_demo.value(QLatin1String("services")).toObject();
        const QJsonObject wallet = m_demo.value(QLatin1String("wallets")).toArray().at(1).toObject();
        QCOMPARE(cli({QStringLiteral("wallet"), QStringLiteral("import-key"), QStringLiteral("--light")}, {}, wallet.value(QLatin1String("private_key")).toString().toUtf8() + '\n').code, 0);
        QCOMPARE(cli({QStringLiteral("service"), QStringLiteral("add"), QStringLiteral("nonceauth"), services.value(QLatin1String("nonceauth")).toString(), QStringLiteral("--name"), QStringLiteral("users")}).code, 0);
        QCOMPARE(cli({QStringLiteral("service"), QStringLiteral("add"), QStringLiteral("capture"), services.value(QLatin1String("capture")).toString(), QStringLiteral("--name"), QStringLiteral("cap")}).code, 0);
        QCOMPARE(cli({QStringLiteral("service"), QStringLiteral("add"), QStringLiteral("pakt"), services.value(QLatin1String("pakt")).toString(), QStringLiteral("--name"), QStringLiteral("pakt")}).code, 0);

        // Not on a terminal and no --yes: the signature is refused (3), nothing stored.
        QCOMPARE(cli({QStringLiteral("login"), QStringLiteral("nonceauth"), QStringLiteral("--account"), QStringLiteral("users")}).code, 3);
        QCOMPARE(cli({QStringLiteral("balances"), QStringLiteral("--account"), QStringLiteral("users")}).code, 3);

        const Run nonce = cli({QStringLiteral("--json"), QStringLiteral("login"), QStringLiteral("nonceauth"), QStringLiteral("--account"), QStringLiteral("users"), QStringLiteral("--yes")});
        QVERIFY2(nonce.code == 0, nonce.err.constData());
        // The prompt names the host asking, beside the text.
        const QUrl nonceUrl(services.value(QLatin1String("nonceauth")).toString());
        QVERIFY2(nonce.err.contains(QStringLiteral("The service at %1:%2 asks you to sign this text").arg(nonceUrl.host()).arg(nonceUrl.port()).toUtf8()),
                 nonce.err.constData());
        const Run balances = cli({QStringLiteral("--json"), QStringLiteral("balances"), QStringLiteral("--account"), QStringLiteral("users")});
        QCOMPARE(balances.code, 0);
        QVERIFY(!balances.json.value(QLatin1String("tokens")).toArray().isEmpty());
        // Issue #9: the plain balances are a table with each token's value at the API's price,
        // and a total.
        double total = 0;
        for (const QJsonValue &t : balances.json.value(QLatin1String("tokens")).toArray()) {
            const QJsonObject token = t.toObject();
            total += token.value(QLatin1String("balance")).toString().toDouble()
                   / std::pow(10.0, token.value(QLatin1String("decimals")).toInt()) * token.value(QLatin1String("price")).toDouble();
        }
        QVERIFY(total > 0);
        QCOMPARE(balances.json.value(QLatin1String("total_value")).toDouble(), total);
        const Run plainBalances = cli({QStringLiteral("balances"), QStringLiteral("--account"), QStringLiteral("users")});
        QCOMPARE(plainBalances.code, 0);
        const QStringList balanceLines = QString::fromUtf8(plainBalances.out).trimmed().split(u'\n');
        QCOMPARE(balanceLines.size(), balances.json.value(QLatin1String("tokens")).toArray().size() + 2);
        QVERIFY2(balanceLines.first().endsWith(QLatin1String("Value (USD)")), qPrintable(balanceLines.first()));
        for (const QString &line : balanceLines.mid(1, balanceLines.size() - 2))
            QCOMPARE(line.size(), balanceLines.first().size()); // the value column is right-aligned
        QLocale money = QLocale::c();
        money.setNumberOptions(QLocale::DefaultNumberOptions);
        QCOMPARE(balanceLines.last(), QStringLiteral("Total value: %1 USD.").arg(money.toString(total, 'f', 2)));
        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("profile"), QStringLiteral("--account"), QStringLiteral("users"), QStringLiteral("--name"), QStringLiteral("Bob")})
                     .json.value(QLatin1String("name")).toString(), QStringLiteral("Bob"));

        QCOMPARE(cli({QStringLiteral("login"), QStringLiteral("capture"), QStringLiteral("--account"), QStringLiteral("cap"), QStringLiteral("--wallet"), QStringLiteral("--yes")}).code, 0);
        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("profile"), QStringLiteral("--account"), QStringLiteral("cap")}).code, 0);
        const QJsonObject bobUser = m_demo.value(QLatin1String("end_users")).toArray().at(1).toObject();
        QCOMPARE(cli({QStringLiteral("login"), QStringLiteral("capture"), QStringLiteral("--account"), QStringLiteral("cap"), QStringLiteral("--email"), bobUser.value(QLatin1String("email")).toString()},
                     {{QStringLiteral("INKAN_CAPTURE_PASSWORD"), QStringLiteral("wrong")}}).code, 3);
        QCOMPARE(cli({QStringLiteral("login"), QStringLiteral("capture"), QStringLiteral("--account"), QStringLiteral("cap"), QStringLiteral("--email"), bobUser.value(QLatin1String("email")).toString()},
                     {{QStringLiteral("INKAN_CAPTURE_PASSWORD"), bobUser.value(QLatin1String("password")).toString()}}).code, 0);

        const QHash<QString, QString> builder{{QStringLiteral("INKAN_PAKT_BUILDER_TOKEN"), demoValue("pakt", "builder_token")}};
        QCOMPARE(cli({QStringLiteral("login"), QStringLiteral("pakt"), QStringLiteral("--account"), QStringLiteral("pakt"), QStringLiteral("--yes"),
                      QStringLiteral("--first-name"), QStringLiteral("Bob"), QStringLiteral("--last-name"), QStringLiteral("B"), QStringLiteral("--email"), QStringLiteral("bob@example.com")}, builder).code, 0);
        // The builder token was kept with the account.
        QCOMPARE(cli({QStringLiteral("login"), QStringLiteral("pakt"), QStringLiteral("--account"), QStringLiteral("pakt"), QStringLiteral("--yes")}).code, 0);
        const Run listed = cli({QStringLiteral("--json"), QStringLiteral("service"), QStringLiteral("list")});
        for (const QJsonValue &a : listed.json.value(QLatin1String("accounts")).toArray())
            if (a[QLatin1String("name")].toString() != QLatin1String("alice"))
                QVERIFY2(a[QLatin1String("signed_in")].toBool(), qPrintable(a[QLatin1String("name")].toString()));
    }

    void oidcLoginHeadless()
    {
        // The CLI prints the address; the "user" signs in at the sandbox's form, whose
        // form_post page sends the answer to the CLI's loopback listener.
        const QString oidc = m_demo.value(QLatin1String("services")).toObject().value(QLatin1String("oidc")).toString();
        QCOMPARE(cli({QStringLiteral("service"), QStringLiteral("add"), QStringLiteral("oidc"), oidc, QStringLiteral("--name"), QStringLiteral("oidc"),
                      QStringLiteral("--client-id"), demoValue("oidc", "client_id")}).code, 0);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("INKAN_PASSWORD"), m_password);
        env.insert(QStringLiteral("INKAN_SECRET_SCRYPT_N"), QStringLiteral("1024"));
        env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("detect_leaks=0"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(INKAN_BIN_DIR "/inkan-cli"),
                      {QStringLiteral("--data-dir"), m_home.filePath(QStringLiteral("data")), QStringLiteral("--json"),
                       QStringLiteral("login"), QStringLiteral("oidc"), QStringLiteral("--account"), QStringLiteral("oidc"), QStringLiteral("--timeout"), QStringLiteral("60")});
        QUrl authorize;
        QByteArray err;
        QElapsedTimer timer;
        timer.start();
        while (authorize.isEmpty() && timer.elapsed() < 30000 && process.state() != QProcess::NotRunning) {
            process.waitForReadyRead(200);
            err += process.readAllStandardError();
            const auto match = QRegularExpression(QStringLiteral("(http://\\S+/oauth2/auth\\S+)")).match(QString::fromUtf8(err));
            if (match.hasMatch())
                authorize = QUrl(match.captured(1), QUrl::StrictMode);
        }
        QVERIFY2(authorize.isValid(), err.constData());
        const QJsonObject user = m_demo.value(QLatin1String("end_users")).toArray().at(2).toObject();
        QUrlQuery form(authorize);
        form.addQueryItem(QStringLiteral("email"), QString::fromLatin1(QUrl::toPercentEncoding(user.value(QLatin1String("email")).toString())));
        form.addQueryItem(QStringLiteral("password"), QString::fromLatin1(QUrl::toPercentEncoding(user.value(QLatin1String("password")).toString())));
        QUrl action = authorize;
        action.setQuery(QString());
        QNetworkAccessManager nam;
        const auto post = [&nam](const QUrl &url, const QByteArray &body) {
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
            QNetworkReply *reply = nam.post(request, body);
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            reply->deleteLater();
            return reply->readAll();
        };
        const QString page = QString::fromUtf8(post(action, form.toString(QUrl::FullyEncoded).toLatin1()));
        const auto target = QRegularExpression(QStringLiteral("<form method=\"post\" action=\"([^\"]+)\"")).match(page);
        QVERIFY2(target.hasMatch(), qPrintable(page.left(300)));
        QUrlQuery fields;
        static const QRegularExpression input(QStringLiteral("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">"));
        for (auto it = input.globalMatch(page); it.hasNext();) {
            const auto m = it.next();
            fields.addQueryItem(m.captured(1), QString::fromLatin1(QUrl::toPercentEncoding(m.captured(2).replace(QLatin1String("&amp;"), QLatin1String("&")))));
        }
        post(QUrl(target.captured(1).replace(QLatin1String("&amp;"), QLatin1String("&"))), fields.toString(QUrl::FullyEncoded).toLatin1());
        QVERIFY(process.waitForFinished(60000));
        const QByteArray out = process.readAllStandardOutput();
        QVERIFY2(process.exitCode() == 0, QByteArray(err + process.readAllStandardError()).constData());
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QLatin1String("subject")).toString().toLower(),
                 user.value(QLatin1String("id_wallet_address")).toString().toLower());
        // The OIDC access token works for the end-user's own info.
        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("profile"), QStringLiteral("--account"), QStringLiteral("oidc")})
                     .json.value(QLatin1String("account_type")).toString(), QStringLiteral("end_user"));
    }

    void signingPromptOnTerminal()
    {
        // On a terminal without --yes the CLI shows the text and asks y/N: "n" (or anything but
        // y) refuses with exit 3 and stores nothing new; "y" signs and signs in.
        const Run refused = cliOnTerminal({QStringLiteral("login"), QStringLiteral("nonceauth"), QStringLiteral("--account"), QStringLiteral("users")},
                                          "n\n");
        if (refused.code == -1)
            QSKIP("script(1) from util-linux is not installed");
        QVERIFY2(refused.out.contains("asks you to sign this text"), refused.out.constData());
        QVERIFY2(refused.out.contains("Sign it? [y/N]"), refused.out.constData());
        QCOMPARE(refused.code, 3);
        QVERIFY(refused.out.contains("You refused to sign"));
        const Run empty = cliOnTerminal({QStringLiteral("login"), QStringLiteral("nonceauth"), QStringLiteral("--account"), QStringLiteral("users")},
                                        "\n");
        QCOMPARE(empty.code, 3); // the default is No
        // The refusals left the earlier session as it was.
        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("balances"), QStringLiteral("--account"), QStringLiteral("users")}).code, 0);
        const Run approved = cliOnTerminal({QStringLiteral("--json"), QStringLiteral("login"), QStringLiteral("nonceauth"), QStringLiteral("--account"),
                                            QStringLiteral("users")}, "y\n");
        QVERIFY2(approved.code == 0, approved.out.constData());
        QVERIFY(approved.out.contains("Sign it? [y/N]"));
        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("balances"), QStringLiteral("--account"), QStringLiteral("users")}).code, 0);
    }

    void twoProcessesShareTheSecretFile()
    {
        // A long command (a Pakt sign-in waiting at its y/N prompt) has read the secret file;
        // meanwhile a short one signs in to another account. When the long one finishes and
        // writes, the short one's sign-in must still be there: every write re-reads the file
        // under its lock instead of writing back the long command's old snapshot.
        QProcess longCommand;
        if (!startOnTerminal({QStringLiteral("login"), QStringLiteral("pakt"), QStringLiteral("--account"), QStringLiteral("pakt")}, longCommand))
            QSKIP("script(1) from util-linux is not installed");
        QByteArray shown;
        QTRY_VERIFY_WITH_TIMEOUT((shown += longCommand.readAllStandardOutput()).contains("Sign it? [y/N]"), 60000);

        const QString web3 = m_demo.value(QLatin1String("services")).toObject().value(QLatin1String("web3connect")).toString();
        QCOMPARE(cli({QStringLiteral("service"), QStringLiteral("add"), QStringLiteral("web3connect"), web3, QStringLiteral("--name"), QStringLiteral("org2")}).code, 0);
        const Run shortCommand = cli({QStringLiteral("login"), QStringLiteral("web3connect"), QStringLiteral("--account"), QStringLiteral("org2")},
                                     {{QStringLiteral("INKAN_API_KEY_SECRET"), demoValue("organization", "api_key_secret")}});
        QVERIFY2(shortCommand.code == 0, shortCommand.err.constData());

        longCommand.write("y\n");
        QVERIFY(longCommand.waitForFinished(120000));
        shown += longCommand.readAllStandardOutput();
        m_everything += shown;
        QVERIFY2(longCommand.exitCode() == 0, shown.constData());

        // Both sign-ins are stored.
        const Run listed = cli({QStringLiteral("--json"), QStringLiteral("nft"), QStringLiteral("list"), QStringLiteral("--account"), QStringLiteral("org2"),
                                QStringLiteral("--per-page"), QStringLiteral("1")});
        QVERIFY2(listed.code == 0, listed.err.constData());
        const QString data = m_home.filePath(QStringLiteral("data"));
        inkan::session::AccountStore accounts(QDir(data).filePath(QStringLiteral("settings.ini")));
        inkan::session::EncryptedFileSecretStore store(QDir(data).filePath(QStringLiteral("secrets.inkan")),
                                                       inkan::crypto::SecureBytes(m_password.toUtf8()));
        QCOMPARE(accounts.find(QStringLiteral("pakt"))->paktAppName, QStringLiteral("inkan")); // pinned on first use
        for (const char *name : {"org2", "pakt"}) {
            const auto account = accounts.find(QLatin1String(name));
            QVERIFY(account && account->isSignedIn());
            QVERIFY2(store.readNow(inkan::session::SessionManager::keyFor(*account, inkan::session::secret::token)).ok(), name);
        }
    }

    void mintBatchProgressBarOnTerminal()
    {
        const QString alice = m_demo.value(QLatin1String("end_users")).toArray().at(0).toObject().value(QLatin1String("id_wallet_address")).toString();
        const auto writeCsv = [&](const QString &name) {
            QFile csv(m_home.filePath(name));
            csv.open(QIODevice::WriteOnly);
            csv.write("holder,issuer,contents_provider,name,description,image,link,serial_number,total_issued,animation_url\n");
            for (int i = 1; i <= 3; ++i)
                csv.write(QStringLiteral("%1,T,T,Bar %2,d,https://e.example/i,https://e.example/,%2,3,https://e.example/a\n").arg(alice).arg(i).toUtf8());
            return csv.fileName();
        };
        const Run bar = cliOnTerminal({QStringLiteral("nft"), QStringLiteral("mint-batch"), writeCsv(QStringLiteral("bar.csv")),
                                       QStringLiteral("--account"), QStringLiteral("org"), QStringLiteral("--concurrency"), QStringLiteral("1")});
        if (bar.code == -1)
            QSKIP("script(1) from util-linux is not installed");
        QVERIFY2(bar.code == 0, bar.out.constData());
        // Redrawn in place: carriage return, 30 cells, the count; full at the end.
        QVERIFY2(bar.out.contains(QByteArray("\r[" + QByteArray(30, ' ') + "] 0/3")), bar.out.constData());
        QVERIFY2(bar.out.contains(QByteArray("\r[" + QByteArray(10, '#') + QByteArray(20, ' ') + "] 1/3")), bar.out.constData());
        QVERIFY2(bar.out.contains(QByteArray("\r[" + QByteArray(30, '#') + "] 3/3")), bar.out.constData());
        QVERIFY(bar.out.contains("3 minted now"));
        // The bar's line is ended before the summary is printed.
        QVERIFY2(bar.out.contains(QByteArray("] 3/3\r\n")) || bar.out.contains(QByteArray("] 3/3\n")), bar.out.constData());
        // --json never draws it, even on a terminal; nor does a pipe.
        const Run json = cliOnTerminal({QStringLiteral("--json"), QStringLiteral("nft"), QStringLiteral("mint-batch"), writeCsv(QStringLiteral("bar2.csv")),
                                        QStringLiteral("--account"), QStringLiteral("org")});
        QCOMPARE(json.code, 0);
        QVERIFY2(!json.out.contains("\r["), json.out.constData());
        const Run piped = cli({QStringLiteral("nft"), QStringLiteral("mint-batch"), writeCsv(QStringLiteral("bar3.csv")), QStringLiteral("--account"), QStringLiteral("org")});
        QCOMPARE(piped.code, 0);
        QVERIFY(!piped.err.contains("\r[") && !piped.out.contains("\r["));
    }

    void refreshedTokenIsSaved()
    {
        // The stored access token stops being accepted; the next command refreshes it with the
        // stored API key secret, succeeds, and keeps the fresh token for the runs after it.
        const QString data = m_home.filePath(QStringLiteral("data"));
        inkan::session::AccountStore accounts(QDir(data).filePath(QStringLiteral("settings.ini")));
        const auto org = accounts.find(QStringLiteral("org"));
        QVERIFY(org && org->isSignedIn());
        const QString key = inkan::session::SessionManager::keyFor(*org, inkan::session::secret::token);
        const QByteArray stale = "eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjk5OTk5OTk5OTl9.revoked";
        {
            inkan::session::EncryptedFileSecretStore store(QDir(data).filePath(QStringLiteral("secrets.inkan")),
                                                           inkan::crypto::SecureBytes(m_password.toUtf8()));
            QVERIFY(store.writeNow(key, inkan::crypto::SecureBytes(stale)).ok());
        }
        const Run listed = cli({QStringLiteral("--json"), QStringLiteral("nft"), QStringLiteral("list"), QStringLiteral("--account"), QStringLiteral("org"),
                                QStringLiteral("--per-page"), QStringLiteral("1")});
        QVERIFY2(listed.code == 0, listed.err.constData());
        QVERIFY(!listed.err.contains("could not be stored"));

        inkan::session::EncryptedFileSecretStore store(QDir(data).filePath(QStringLiteral("secrets.inkan")),
                                                       inkan::crypto::SecureBytes(m_password.toUtf8()));
        auto fresh = store.readNow(key);
        QVERIFY(fresh.ok());
        const QByteArray token(fresh->constChar(), fresh->size());
        QVERIFY(token != stale);
        m_sessionTokens.append(token);
        // The saved token works on its own (no API key secret to refresh with).
        inkan::net::HttpTransport transport;
        inkan::services::web3connect::Web3ConnectClient client(&transport, org->baseUrl);
        client.setToken(*fresh);
        QVERIFY(std::holds_alternative<inkan::services::web3connect::MyInfo>(inkan::net::await(client.myInfo())));
    }

    void failedLoginKeepsTheSession()
    {
        // A wrong API key secret on a signed-in account: refused (3); the stored session and its
        // token are unchanged and still work.
        const QString data = m_home.filePath(QStringLiteral("data"));
        inkan::session::AccountStore accounts(QDir(data).filePath(QStringLiteral("settings.ini")));
        const auto before = accounts.find(QStringLiteral("org"));
        QVERIFY(before && before->isSignedIn());
        const QString key = inkan::session::SessionManager::keyFor(*before, inkan::session::secret::token);
        const auto storedToken = [&] {
            inkan::session::EncryptedFileSecretStore store(QDir(data).filePath(QStringLiteral("secrets.inkan")),
                                                           inkan::crypto::SecureBytes(m_password.toUtf8()));
            auto token = store.readNow(key);
            return token ? QByteArray(token->constChar(), token->size()) : QByteArray();
        };
        const QByteArray tokenBefore = storedToken();
        QVERIFY(!tokenBefore.isEmpty());
        const Run wrong = cli({QStringLiteral("--json"), QStringLiteral("login"), QStringLiteral("web3connect"), QStringLiteral("--account"), QStringLiteral("org")},
                              {{QStringLiteral("INKAN_API_KEY_SECRET"), QStringLiteral("definitely-wrong")}});
        QCOMPARE(wrong.code, 3);
        QVERIFY(!wrong.json.value(QLatin1String("error")).toString().isEmpty());
        const auto after = accounts.find(QStringLiteral("org"));
        QCOMPARE(after->subject, before->subject);
        QCOMPARE(after->role, before->role);
        QCOMPARE(storedToken(), tokenBefore);
        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("nft"), QStringLiteral("list"), QStringLiteral("--account"), QStringLiteral("org")}).code, 0);
    }

    void networkFailuresExitFive()
    {
        // Nothing listening, and a server that accepts but never answers: exit 5 with a sentence
        // that says which (--json: one object with the error and its kind).
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        QCOMPARE(cli({QStringLiteral("service"), QStringLiteral("add"), QStringLiteral("web3connect"),
                      QStringLiteral("http://127.0.0.1:%1/rest/v1").arg(closedPort), QStringLiteral("--name"), QStringLiteral("gone")}).code, 0);
        const QHash<QString, QString> secret{{QStringLiteral("INKAN_API_KEY_SECRET"), demoValue("organization", "api_key_secret")}};
        const Run refused = cli({QStringLiteral("--json"), QStringLiteral("login"), QStringLiteral("web3connect"), QStringLiteral("--account"), QStringLiteral("gone")}, secret);
        QCOMPARE(refused.code, 5);
        QCOMPARE(refused.json.value(QLatin1String("kind")).toString(), QStringLiteral("network"));
        QVERIFY2(refused.json.value(QLatin1String("error")).toString().contains(QLatin1String("Is it running?")), refused.out.constData());

        // The kernel completes the connection; nobody ever reads or answers it.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QCOMPARE(cli({QStringLiteral("service"), QStringLiteral("add"), QStringLiteral("web3connect"),
                      QStringLiteral("http://127.0.0.1:%1/rest/v1").arg(silent.serverPort()), QStringLiteral("--name"), QStringLiteral("silent")}).code, 0);
        QHash<QString, QString> slow = secret;
        slow.insert(QStringLiteral("INKAN_HTTP_TIMEOUT_MS"), QStringLiteral("300"));
        const Run timedOut = cli({QStringLiteral("--json"), QStringLiteral("login"), QStringLiteral("web3connect"), QStringLiteral("--account"), QStringLiteral("silent")}, slow);
        QCOMPARE(timedOut.code, 5);
        QVERIFY2(timedOut.json.value(QLatin1String("error")).toString().contains(QLatin1String("did not answer in time")), timedOut.out.constData());
        // Neither failure signed anything in.
        const Run listed = cli({QStringLiteral("--json"), QStringLiteral("service"), QStringLiteral("list")});
        for (const QJsonValue &a : listed.json.value(QLatin1String("accounts")).toArray())
            if (a[QLatin1String("name")].toString() == QLatin1String("gone") || a[QLatin1String("name")].toString() == QLatin1String("silent"))
                QVERIFY(!a[QLatin1String("signed_in")].toBool());
        QCOMPARE(cli({QStringLiteral("service"), QStringLiteral("remove"), QStringLiteral("gone")}).code, 0);
        QCOMPARE(cli({QStringLiteral("service"), QStringLiteral("remove"), QStringLiteral("silent")}).code, 0);
    }

    void noSecretOnDisk()
    {
        // Every secret this test used, searched for in the settings and every file of the data dir.
        QList<QByteArray> secrets{m_password.toUtf8(), demoValue("organization", "api_key_secret").toUtf8(), demoValue("pakt", "builder_token").toUtf8()};
        for (const QJsonValue &user : m_demo.value(QLatin1String("end_users")).toArray()) {
            secrets.append(user[QLatin1String("api_key_secret")].toString().toUtf8());
            secrets.append(user[QLatin1String("password")].toString().toUtf8());
        }
        for (const QJsonValue &w : m_demo.value(QLatin1String("wallets")).toArray())
            secrets.append(w[QLatin1String("private_key")].toString().mid(2).toUtf8());
        int files = 0;
        for (QDirIterator it(m_home.filePath(QStringLiteral("data")), QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            ++files;
            for (const QByteArray &secret : secrets)
                QVERIFY2(!content.contains(secret) && !content.contains(secret.toBase64()), qPrintable(file.fileName()));
        }
        QVERIFY(files >= 3);
        QVERIFY(QFile::exists(m_home.filePath(QStringLiteral("data/settings.ini"))));

        // The session secrets the CLI stored (tokens, API keys, the Pakt builder token), read back
        // through the secret store: none of them on disk in clear, none of them ever printed.
        const QString data = m_home.filePath(QStringLiteral("data"));
        inkan::session::AccountStore accounts(QDir(data).filePath(QStringLiteral("settings.ini")));
        inkan::session::EncryptedFileSecretStore store(QDir(data).filePath(QStringLiteral("secrets.inkan")),
                                                       inkan::crypto::SecureBytes(m_password.toUtf8()));
        QList<QByteArray> stored = m_sessionTokens;
        for (const auto &account : accounts.accounts())
            for (const QString &name : {inkan::session::secret::token, inkan::session::secret::apiKeySecret, inkan::session::secret::apiKey,
                                        inkan::session::secret::builderToken, inkan::session::secret::password})
                if (auto value = store.readNow(inkan::session::SessionManager::keyFor(account, name)); value && value->size() >= 8)
                    stored.append(QByteArray(value->constChar(), value->size()));
        QVERIFY2(stored.size() >= 6, "expected the sessions of the earlier tests in the secret store");
        for (QDirIterator it(data, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            for (const QByteArray &secret : std::as_const(stored))
                QVERIFY2(!content.contains(secret) && !content.contains(secret.toBase64()) && !content.contains(secret.toHex()),
                         qPrintable(file.fileName()));
        }
        // Nor in anything inkan-cli printed (its only "log"), except the password and key
        // material the test itself typed in.
        for (const QByteArray &secret : std::as_const(stored))
            QVERIFY2(!m_everything.contains(secret), secret.left(6).constData());
    }
};

QTEST_GUILESS_MAIN(TestCliServices)
#include "tst_cli_services.moc"
