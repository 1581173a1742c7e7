// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// Drives the inkan-cli binary: the `wallet` contract of issue #2 (outputs, exit codes, files).
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

namespace {

const QString kHardhatMnemonic = QStringLiteral("test test test test test test test test test test test junk");
const QByteArray kHardhatKeyHex = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const QString kHardhatAddress0 = QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
const QString kHardhatAddress1 = QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
const QRegularExpression kAddressLine(QStringLiteral("^0x[0-9a-fA-F]{40}\n$"));

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

int unixMode(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

/// Every path under `root` with its mode and contents: equal snapshots mean nothing changed.
QStringList snapshot(const QString &root)
{
    if (!QFileInfo::exists(root))
        return {QStringLiteral("<absent>")};
    QStringList entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        QString line = info.filePath() + u' ' + QString::number(unixMode(info.filePath()), 8);
        if (info.isFile()) {
            QFile file(info.filePath());
            file.open(QIODevice::ReadOnly);
            line += u' ' + QString::fromLatin1(file.readAll().toHex());
        }
        entries.append(line);
    }
    entries.sort();
    return entries;
}

/// `--json` output: exactly one line on stdout holding one JSON object.
QJsonObject oneJsonObject(const QByteArray &out)
{
    if (!out.endsWith('\n') || out.count('\n') != 1)
        return {};
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(out, &error);
    return error.error == QJsonParseError::NoError && document.isObject() ? document.object() : QJsonObject();
}

QByteArray jsonField(const QByteArray &json, const char *path)
{
    QJsonValue value = QJsonDocument::fromJson(json).object();
    for (const QByteArray &key : QByteArray(path).split('.'))
        value = value.toObject().value(QString::fromLatin1(key));
    return value.toString().toUtf8();
}

} // namespace

class TestCliWallet : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QByteArray m_allOutput; // every stdout/stderr that must hold no secret
    int m_dirCount = 0;

    QString newDataDir() { return m_root.filePath(QStringLiteral("data%1").arg(++m_dirCount)); }

    /// Runs inkan-cli; `password` (unless null) goes to INKAN_PASSWORD. No terminal is attached,
    /// so nothing can block on a prompt.
    Run cli(const QStringList &args, const QByteArray &password = "pw", const QByteArray &stdinData = {},
            bool mayShowSecrets = false, const QHash<QString, QString> &extraEnvironment = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("INKAN_PASSWORD"));
        if (!password.isNull())
            environment.insert(QStringLiteral("INKAN_PASSWORD"), QString::fromUtf8(password));
        for (auto it = extraEnvironment.cbegin(); it != extraEnvironment.cend(); ++it)
            environment.insert(it.key(), it.value());
        process.setProcessEnvironment(environment);
        // A new session has no controlling terminal: a password prompt fails instead of waiting.
        process.setChildProcessModifier([] { ::setsid(); });
        process.start(QStringLiteral(INKAN_BIN_DIR "/inkan-cli"), args);
        if (!process.waitForStarted(10000))
            qFatal("inkan-cli did not start: %s", qPrintable(process.errorString()));
        process.write(stdinData);
        process.closeWriteChannel();
        process.waitForFinished(120000);
        Run run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                process.readAllStandardError()};
        if (!mayShowSecrets)
            m_allOutput += run.out + run.err;
        return run;
    }

    QString writeFile(const QString &name, const QByteArray &contents)
    {
        const QString path = m_root.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(contents);
        return path;
    }

    /// A light keystore file for the Hardhat key under password "pw", exported from a scratch folder.
    QByteArray hardhatKeystore()
    {
        const QString dataDir = newDataDir();
        cli({QStringLiteral("--data-dir"), dataDir, QStringLiteral("wallet"), QStringLiteral("import-key"), QStringLiteral("--light")},
            "pw", "0x" + kHardhatKeyHex + "\n");
        return cli({QStringLiteral("--data-dir"), dataDir, QStringLiteral("wallet"), QStringLiteral("export"), kHardhatAddress0}).out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        QVERIFY2(QFileInfo(QStringLiteral(INKAN_BIN_DIR "/inkan-cli")).isExecutable(), "build inkan-cli first");
    }

    void help()
    {
        const Run run = cli({QStringLiteral("help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *command : {"wallet create", "wallet list", "wallet import-keystore", "wallet import-mnemonic",
                                    "wallet import-key", "wallet export", "wallet sign", "wallet recover", "wallet checksum"})
            QVERIFY2(run.out.contains(command), command);
        QVERIFY(run.out.contains("e.g. "));
        QCOMPARE(cli({QStringLiteral("wallet"), QStringLiteral("help")}).exitCode, 0);
        QCOMPARE(cli({}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("nonsense")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("wallet"), QStringLiteral("nonsense")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("--frobnicate"), QStringLiteral("wallet"), QStringLiteral("list")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("wallet"), QStringLiteral("create"), QStringLiteral("--words"), QStringLiteral("13")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("wallet"), QStringLiteral("checksum")}).exitCode, 2);
    }

    void createListSignRecover()
    {
        const QString dataDir = newDataDir();
        const Run created = cli({QStringLiteral("--data-dir"), dataDir, QStringLiteral("wallet"), QStringLiteral("create"), QStringLiteral("--light")});
        QCOMPARE(created.exitCode, 0);
        QVERIFY2(kAddressLine.match(QString::fromLatin1(created.out)).hasMatch(), created.out.constData());
        QVERIFY(created.err.isEmpty());
        const QString address = QString::fromLatin1(created.out.trimmed());

        // One key file, geth's name, mode 0600, in a 0700 folder.
        const QDir keystore(dataDir + QStringLiteral("/keystore"));
        const QStringList files = keystore.entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QVERIFY(QRegularExpression(QStringLiteral("^UTC--\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d\\.\\d{9}Z--[0-9a-f]{40}$")).match(files.first()).hasMatch());
        QVERIFY(files.first().endsWith(address.toLower().mid(2)));
        QCOMPARE(unixMode(keystore.filePath(files.first())), 0600);
        QCOMPARE(unixMode(keystore.path()), 0700);

        const Run listed = cli({QStringLiteral("--data-dir"), dataDir, QStringLiteral("wallet"), QStringLiteral("list")});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.out, created.out);
        const Run listedJson = cli({QStringLiteral("--data-dir"), dataDir, QStringLiteral("--json"), QStringLiteral("wallet"), QStringLiteral("list")});
        QCOMPARE(QJsonDocument::fromJson(listedJson.out).object().value(QStringLiteral("accounts")).toArray().first().toObject().value(QStringLiteral("address")).toString(), address);

        // sign → recover, for each way of giving the message.
        const QString messageFile = writeFile(QStringLiteral("message.bin"), QByteArray("h\x00i\xff", 4));
        const QList<QStringList> messages = {{QStringLiteral("--message"), QStringLiteral("Sign in to Inkan ✓")},
                                             {QStringLiteral("--hex"), QStringLiteral("0x680069ff")},
                                             {QStringLiteral("--message-file"), messageFile}};
        for (const QStringList &message : messages) {
            const Run signature = cli(QStringList{QStringLiteral("--data-dir"), dataDir, QStringLiteral("wallet"), QStringLiteral("sign"), address} + message);
            QCOMPARE(signature.exitCode, 0);
            QVERIFY(QRegularExpression(QStringLiteral("^0x[0-9a-f]{130}\n$")).match(QString::fromLatin1(signature.out)).hasMatch());
            const Run recovered = cli(QStringList{QStringLiteral("wallet"), QStringLiteral("recover"), QStringLiteral("--signature"),
                                                  QString::fromLatin1(signature.out.trimmed())} + message);
            QCOMPARE(recovered.exitCode, 0);
            QCOMPARE(QString::fromLatin1(recovered.out.trimmed()), address);
        }
        // --hex and --message-file spell the same bytes, so the signatures are equal (RFC 6979).
        QCOMPARE(cli({QStringLiteral("--data-dir"), dataDir, QStringLiteral("wallet"), QStringLiteral("sign"), address, QStringLiteral("--hex"), QStringLiteral("0x680069ff")}).out,
                 cli({QStringLiteral("--data-dir"), dataDir, QStringLiteral("wallet"), QStringLiteral("sign"), address, QStringLiteral("--message-file"), messageFile}).out);

        const Run signedJson = cli({QStringLiteral("--json"), QStringLiteral("--data-dir"), dataDir, QStringLiteral("wallet"), QStringLiteral("sign"), address, QStringLiteral("--message"), QStringLiteral("x")});
        QCOMPARE(QString::fromLatin1(jsonField(signedJson.out, "address")), address);
        QCOMPARE(jsonField(signedJson.out, "signature").size(), 132);

        // A wrong password: exit 3, one sentence on stderr, nothing on stdout.
        const Run wrong = cli({QStringLiteral("--data-dir"), dataDir, QStringLiteral("wallet"), QStringLiteral("sign"), address, QStringLiteral("--message"), QStringLiteral("x")}, "nope");
        QCOMPARE(wrong.exitCode, 3);
        QVERIFY(wrong.out.isEmpty());
        QCOMPARE(wrong.err, QByteArray("The password is wrong for this keystore.\n"));
        // No message source, or two: a usage error; a signature that is not one: invalid input.
        QCOMPARE(cli({QStringLiteral("--data-dir"), dataDir, QStringLiteral("wallet"), QStringLiteral("sign"), address}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("wallet"), QStringLiteral("recover"), QStringLiteral("--signature"), QStringLiteral("0x00"),
                      QStringLiteral("--message"), QStringLiteral("x"), QStringLiteral("--hex"), QStringLiteral("0x78")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("wallet"), QStringLiteral("recover"), QStringLiteral("--signature"), QStringLiteral("0x00"), QStringLiteral("--message"), QStringLiteral("x")}).exitCode, 4);
    }

    void showMnemonicAndWords()
    {
        const QString dataDir = newDataDir();
        const Run created = cli({QStringLiteral("--data-dir"), dataDir, QStringLiteral("wallet"), QStringLiteral("create"),
                                 QStringLiteral("--light"), QStringLiteral("--words"), QStringLiteral("24"), QStringLiteral("--show-mnemonic")},
                                "pw", {}, true);
        QCOMPARE(created.exitCode, 0);
        const QList<QByteArray> lines = created.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QByteArray words = lines[1];
        QCOMPARE(words.split(' ').size(), 24);

        // The words import into a fresh folder as the same address.
        const Run imported = cli({QStringLiteral("--data-dir"), newDataDir(), QStringLiteral("wallet"), QStringLiteral("import-mnemonic"), QStringLiteral("--light")}, "other", words + "\n");
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(imported.out.trimmed(), lines[0]);

        // Nowhere but that one output: not in the folder's files.
        QDirIterator it(dataDir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(!file.readAll().contains(words.left(words.indexOf(' ', words.indexOf(' ') + 1))));
        }

        const Run json = cli({QStringLiteral("--json"), QStringLiteral("--data-dir"), newDataDir(), QStringLiteral("wallet"), QStringLiteral("create"), QStringLiteral("--light")});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(kAddressLine.match(QString::fromLatin1(jsonField(json.out, "address") + "\n")).hasMatch());
        QVERIFY(!json.out.contains("mnemonic"));
    }

    void importMnemonicAndKey()
    {
        const QString dataDir = newDataDir();
        const Run first = cli({QStringLiteral("--data-dir"), dataDir, QStringLiteral("wallet"), QStringLiteral("import-mnemonic"), QStringLiteral("--light")},
                              "pw", kHardhatMnemonic.toUtf8() + "\n");
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(QString::fromLatin1(first.out.trimmed()), kHardhatAddress0);
        const Run second = cli({QStringLiteral("--data-dir"), dataDir, QStringLiteral("--json"), QStringLiteral("wallet"), QStringLiteral("import-mnemonic"),
                                QStringLiteral("--index"), QStringLiteral("1"), QStringLiteral("--light")},
                               "pw", "  " + kHardhatMnemonic.toUpper().toUtf8() + "\n\n");
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(QString::fromLatin1(jsonField(second.out, "address")), kHardhatAddress1);
        QCOMPARE(QString::fromLatin1(jsonField(second.out, "path")), QStringLiteral("m/44'/60'/0'/0/1"));

        // The same key again, as a raw key: refused as a duplicate, folder unchanged.
        const QStringList before = snapshot(dataDir);
        const Run duplicate = cli({QStringLiteral("--data-dir"), dataDir, QStringLiteral("wallet"), QStringLiteral("import-key"), QStringLiteral("--light")},
                                  "pw", "0x" + kHardhatKeyHex + "\n");
        QCOMPARE(duplicate.exitCode, 4);
        QVERIFY(duplicate.err.contains("already in this wallet"));
        QCOMPARE(snapshot(dataDir), before);

        const Run key = cli({QStringLiteral("--data-dir"), newDataDir(), QStringLiteral("wallet"), QStringLiteral("import-key"), QStringLiteral("--light")},
                            "pw", kHardhatKeyHex + "\n");
        QCOMPARE(key.exitCode, 0);
        QCOMPARE(QString::fromLatin1(key.out.trimmed()), kHardhatAddress0);
    }

    void exportImportRoundTrip()
    {
        const QString first = newDataDir();
        const QString address = QString::fromLatin1(cli({QStringLiteral("--data-dir"), first, QStringLiteral("wallet"), QStringLiteral("create"), QStringLiteral("--light")}).out.trimmed());

        // export to stdout → import-keystore into a fresh folder → same address.
        const Run exported = cli({QStringLiteral("--data-dir"), first, QStringLiteral("wallet"), QStringLiteral("export"), address});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(exported.out).object().value(QStringLiteral("version")).toInt(), 3);
        const QString file = writeFile(QStringLiteral("exported.json"), exported.out);
        const QString second = newDataDir();
        const Run imported = cli({QStringLiteral("--data-dir"), second, QStringLiteral("wallet"), QStringLiteral("import-keystore"), file});
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(QString::fromLatin1(imported.out.trimmed()), address);

        // export --out under a new password (from a file), imported with --password-file.
        const QString newPassword = writeFile(QStringLiteral("new-password.txt"), "correct horse\n");
        const QString out = m_root.filePath(QStringLiteral("backup.json"));
        const Run written = cli({QStringLiteral("--data-dir"), first, QStringLiteral("wallet"), QStringLiteral("export"), address, QStringLiteral("--out"), out,
                                 QStringLiteral("--light"), QStringLiteral("--new-password-file"), newPassword});
        QCOMPARE(written.exitCode, 0);
        QCOMPARE(unixMode(out), 0600);
        const Run oldPassword = cli({QStringLiteral("--data-dir"), newDataDir(), QStringLiteral("wallet"), QStringLiteral("import-keystore"), out});
        QCOMPARE(oldPassword.exitCode, 3);
        const Run withFile = cli({QStringLiteral("--data-dir"), newDataDir(), QStringLiteral("--password-file"), newPassword,
                                  QStringLiteral("wallet"), QStringLiteral("import-keystore"), out}, QByteArray());
        QCOMPARE(withFile.exitCode, 0);
        QCOMPARE(QString::fromLatin1(withFile.out.trimmed()), address);

        // --light alone: re-encrypted (fresh salt) with light scrypt under the same password.
        const Run light = cli({QStringLiteral("--data-dir"), first, QStringLiteral("wallet"), QStringLiteral("export"), address, QStringLiteral("--light")});
        QCOMPARE(light.exitCode, 0);
        const QJsonObject lightParams = QJsonDocument::fromJson(light.out).object().value(QStringLiteral("crypto")).toObject().value(QStringLiteral("kdfparams")).toObject();
        const QJsonObject storedParams = QJsonDocument::fromJson(exported.out).object().value(QStringLiteral("crypto")).toObject().value(QStringLiteral("kdfparams")).toObject();
        QCOMPARE(lightParams.value(QStringLiteral("n")).toInt(), 4096);
        QCOMPARE(lightParams.value(QStringLiteral("p")).toInt(), 6);
        QVERIFY(lightParams.value(QStringLiteral("salt")) != storedParams.value(QStringLiteral("salt")));
        const Run lightImported = cli({QStringLiteral("--data-dir"), newDataDir(), QStringLiteral("wallet"), QStringLiteral("import-keystore"),
                                       writeFile(QStringLiteral("light-export.json"), light.out)});
        QCOMPARE(lightImported.exitCode, 0);
        QCOMPARE(QString::fromLatin1(lightImported.out.trimmed()), address);
        // A wrong password writes nothing.
        const QString notWritten = m_root.filePath(QStringLiteral("not-written.json"));
        QCOMPARE(cli({QStringLiteral("--data-dir"), first, QStringLiteral("wallet"), QStringLiteral("export"), address, QStringLiteral("--light"),
                      QStringLiteral("--out"), notWritten}, "nope").exitCode, 3);
        QVERIFY(!QFileInfo::exists(notWritten));

        // Unknown account: exit 4.
        QCOMPARE(cli({QStringLiteral("--data-dir"), first, QStringLiteral("wallet"), QStringLiteral("export"), kHardhatAddress1}).exitCode, 4);
    }

    void noPasswordAnywhere()
    {
        const QString dataDir = newDataDir();
        const Run run = cli({QStringLiteral("--data-dir"), dataDir, QStringLiteral("wallet"), QStringLiteral("create"), QStringLiteral("--light")}, QByteArray());
        QCOMPARE(run.exitCode, 4);
        QVERIFY(run.err.contains("--password-file"));
        QVERIFY(!QFileInfo::exists(dataDir + QStringLiteral("/keystore")));
    }

    void checksum_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("output");
        QFile vectors(QStringLiteral(INKAN_TEST_DATA_DIR "/eip55.txt"));
        QVERIFY(vectors.open(QIODevice::ReadOnly));
        for (const QByteArray &line : vectors.readAll().split('\n')) {
            if (line.startsWith("0x")) {
                QTest::newRow(line.constData()) << QString::fromLatin1(line.toLower()) << 0 << line + "\n";
            }
        }
        QTest::newRow("bad checksum") << QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD") << 4
                                      << QByteArray("The checksum of this mixed-case address is wrong.\n");
        QTest::newRow("39 digits") << QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe") << 4
                                   << QByteArray("The address has 39 hex digits; an address has 40.\n");
    }
    void checksum()
    {
        QFETCH(QString, input);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, output);
        const Run run = cli({QStringLiteral("wallet"), QStringLiteral("checksum"), input});
        QCOMPARE(run.exitCode, exitCode);
        QCOMPARE(exitCode == 0 ? run.out : run.err, output);
        const Run json = cli({QStringLiteral("--json"), QStringLiteral("wallet"), QStringLiteral("checksum"), input});
        QCOMPARE(json.exitCode, exitCode);
        QVERIFY(QJsonDocument::fromJson(json.out).isObject());
    }

    void refusalsLeaveTheFolderAsItWas_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("wrong password") << QStringLiteral("wrong password") << 3;
        QTest::newRow("flipped mac byte") << QStringLiteral("flipped mac byte") << 3;
        QTest::newRow("truncated ciphertext") << QStringLiteral("truncated ciphertext") << 4;
        QTest::newRow("aes-128-cbc") << QStringLiteral("aes-128-cbc") << 4;
        QTest::newRow("n = 2^30") << QStringLiteral("n = 2^30") << 4;
        QTest::newRow("invalid json") << QStringLiteral("invalid json") << 4;
        QTest::newRow("missing file") << QStringLiteral("missing file") << 4;
        QTest::newRow("unknown mnemonic word") << QStringLiteral("unknown mnemonic word") << 4;
        QTest::newRow("bad checksum word") << QStringLiteral("bad checksum word") << 4;
        QTest::newRow("bad key hex") << QStringLiteral("bad key hex") << 4;
        QTest::newRow("zero key") << QStringLiteral("zero key") << 4;
    }
    void refusalsLeaveTheFolderAsItWas()
    {
        QFETCH(QString, what);
        QFETCH(int, exitCode);
        const QString dataDir = newDataDir();
        // The folder already holds an account (index 1), which must survive every refusal untouched.
        QCOMPARE(cli({QStringLiteral("--data-dir"), dataDir, QStringLiteral("wallet"), QStringLiteral("import-mnemonic"), QStringLiteral("--index"), QStringLiteral("1"), QStringLiteral("--light")},
                     "pw", kHardhatMnemonic.toUtf8()).exitCode, 0);
        const QStringList before = snapshot(dataDir);

        QJsonObject keystore = QJsonDocument::fromJson(hardhatKeystore()).object();
        QJsonObject cryptoObject = keystore.value(QStringLiteral("crypto")).toObject();
        QByteArray password = "pw";
        QStringList args{QStringLiteral("--data-dir"), dataDir, QStringLiteral("wallet")};
        QByteArray stdinData;
        if (what == u"wrong password") {
            password = "pW";
        } else if (what == u"flipped mac byte") {
            QString mac = cryptoObject.value(QStringLiteral("mac")).toString();
            mac[63] = mac[63] == u'f' ? u'e' : u'f';
            cryptoObject.insert(QStringLiteral("mac"), mac);
        } else if (what == u"truncated ciphertext") {
            cryptoObject.insert(QStringLiteral("ciphertext"), cryptoObject.value(QStringLiteral("ciphertext")).toString().left(60));
        } else if (what == u"aes-128-cbc") {
            cryptoObject.insert(QStringLiteral("cipher"), QStringLiteral("aes-128-cbc"));
        } else if (what == u"n = 2^30") {
            QJsonObject params = cryptoObject.value(QStringLiteral("kdfparams")).toObject();
            params.insert(QStringLiteral("n"), double(1 << 30));
            cryptoObject.insert(QStringLiteral("kdfparams"), params);
        }
        keystore.insert(QStringLiteral("crypto"), cryptoObject);
        QByteArray keystoreJson = QJsonDocument(keystore).toJson();
        if (what == u"invalid json")
            keystoreJson.chop(5);

        if (what.contains(u"mnemonic") || what.contains(u"checksum word")) {
            args << QStringLiteral("import-mnemonic") << QStringLiteral("--light");
            stdinData = what == u"bad checksum word" ? "test test test test test test test test test test test test"
                                                      : "test test test test test test test test test test test junkk";
        } else if (what.contains(u"key")) {
            args << QStringLiteral("import-key") << QStringLiteral("--light");
            stdinData = what == u"zero key" ? QByteArray("0x") + QByteArray(64, '0') : QByteArray("0x12345");
        } else if (what == u"missing file") {
            args << QStringLiteral("import-keystore") << m_root.filePath(QStringLiteral("no-such-file.json"));
        } else {
            args << QStringLiteral("import-keystore") << writeFile(QStringLiteral("refused-%1.json").arg(QTest::currentDataTag()), keystoreJson);
        }
        const Run run = cli(args, password, stdinData);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(run.out.isEmpty());
        // One clear sentence on one line.
        QVERIFY2(run.err.endsWith(".\n") && run.err.count('\n') == 1, run.err.constData());
        QCOMPARE(snapshot(dataDir), before);
        if (what == u"unknown mnemonic word")
            QCOMPARE(run.err, QByteArray("Word 12 of the mnemonic is not in the BIP-39 English word list.\n")); // never the word
    }

    void jsonOnEverySuccessAndFailure()
    {
        // Every wallet command, once succeeding and once failing, with --json: one JSON object
        // on stdout (failures: "error" and "kind"), and the contract's exit code.
        const QString dataDir = newDataDir();
        const QString keystoreFile = writeFile(QStringLiteral("json-keystore.json"), hardhatKeystore());
        const QString newPassword = writeFile(QStringLiteral("json-new-password.txt"), "new\n");
        const QString exportFile = m_root.filePath(QStringLiteral("json-export.json"));
        const QString hardhat0 = kHardhatAddress0;
        const QString hardhat1 = kHardhatAddress1;
        const QString unknown = QStringLiteral("0x0000000000000000000000000000000000000001");
        struct Case {
            QStringList args;
            QByteArray password;
            QByteArray stdinData;
            int exitCode;
            QStringList fields; // expected members of the object
        };
        const QList<Case> cases = {
            {{"wallet", "create", "--light"}, "pw", {}, 0, {"address", "file", "path"}},
            {{"wallet", "create", "--words", "13"}, "pw", {}, 2, {"error", "kind"}},
            {{"wallet", "create", "--light"}, QByteArray(), {}, 4, {"error", "kind"}},
            {{"wallet", "import-keystore", keystoreFile}, "pw", {}, 0, {"address", "file"}},
            {{"wallet", "import-keystore", keystoreFile}, "pW", {}, 3, {"error", "kind"}},
            {{"wallet", "import-mnemonic", "--index", "1", "--light"}, "pw", kHardhatMnemonic.toUtf8(), 0, {"address", "file", "path"}},
            {{"wallet", "import-mnemonic", "--light"}, "pw", "test test test test test test test test test test test junkk", 4, {"error", "kind"}},
            {{"wallet", "import-mnemonic", "--index", "-1"}, "pw", kHardhatMnemonic.toUtf8(), 2, {"error", "kind"}},
            {{"wallet", "import-key", "--light"}, "pw", "0x12345", 4, {"error", "kind"}},
            {{"wallet", "list"}, "pw", {}, 0, {"accounts"}},
            {{"wallet", "list", "extra"}, "pw", {}, 2, {"error", "kind"}},
            {{"wallet", "export", hardhat0}, "pw", {}, 0, {"address", "keystore"}},
            {{"wallet", "export", hardhat0, "--out", exportFile, "--light", "--new-password-file", newPassword}, "pw", {}, 0, {"address", "file"}},
            {{"wallet", "export", unknown}, "pw", {}, 4, {"error", "kind"}},
            {{"wallet", "sign", hardhat0, "--message", "hi"}, "pw", {}, 0, {"address", "signature"}},
            {{"wallet", "sign", hardhat0, "--message", "hi"}, "pW", {}, 3, {"error", "kind"}},
            {{"wallet", "sign", hardhat0}, "pw", {}, 2, {"error", "kind"}},
            {{"wallet", "recover", "--signature", "0x00", "--message", "hi"}, "pw", {}, 4, {"error", "kind"}},
            {{"wallet", "checksum", hardhat0.toLower()}, "pw", {}, 0, {"address"}},
            {{"wallet", "checksum", "0x12"}, "pw", {}, 4, {"error", "kind"}},
            {{"wallet", "change-password", hardhat1, "--light", "--new-password-file", newPassword}, "pw", {}, 0, {"address"}},
            {{"wallet", "change-password", hardhat1, "--new-password-file", newPassword}, "pw", {}, 3, {"error", "kind"}},
            {{"wallet", "remove", hardhat1}, "pw", {}, 0, {"address", "destroyed", "file"}},
            {{"wallet", "remove", hardhat1}, "pw", {}, 4, {"error", "kind"}},
            {{"wallet", "frobnicate"}, "pw", {}, 2, {"error", "kind"}},
            {{"wallet"}, "pw", {}, 2, {"error", "kind"}},
        };
        for (const Case &c : cases) {
            const QString what = c.args.join(u' ');
            const Run run = cli(QStringList{QStringLiteral("--json"), QStringLiteral("--data-dir"), dataDir} + c.args,
                                c.password, c.stdinData);
            QVERIFY2(run.exitCode == c.exitCode, qPrintable(what + u' ' + QString::number(run.exitCode) + u' ' + QString::fromUtf8(run.out + run.err)));
            const QJsonObject object = oneJsonObject(run.out);
            QVERIFY2(!object.isEmpty(), qPrintable(what + u' ' + QString::fromUtf8(run.out)));
            QStringList keys = object.keys();
            QCOMPARE(keys, c.fields);
            if (c.exitCode != 0)
                QVERIFY2(object.value(QStringLiteral("error")).toString().endsWith(u'.'), qPrintable(what));
        }
        // The recover and sign outputs agree.
        const Run signature = cli({QStringLiteral("--json"), QStringLiteral("--data-dir"), dataDir, QStringLiteral("wallet"),
                                   QStringLiteral("sign"), kHardhatAddress0, QStringLiteral("--hex"), QStringLiteral("0x00ff")});
        const Run recovered = cli({QStringLiteral("--json"), QStringLiteral("wallet"), QStringLiteral("recover"), QStringLiteral("--signature"),
                                   QString::fromLatin1(jsonField(signature.out, "signature")), QStringLiteral("--hex"), QStringLiteral("0x00ff")});
        QCOMPARE(recovered.exitCode, 0);
        QCOMPARE(oneJsonObject(recovered.out).value(QStringLiteral("address")).toString(), kHardhatAddress0);
        // The exported keystore (JSON member) is the stored file; the --out one opens with the new password only.
        const Run exported = cli({QStringLiteral("--json"), QStringLiteral("--data-dir"), dataDir, QStringLiteral("wallet"), QStringLiteral("export"), kHardhatAddress0});
        QCOMPARE(oneJsonObject(exported.out).value(QStringLiteral("keystore")).toObject().value(QStringLiteral("version")).toInt(), 3);
        QCOMPARE(unixMode(exportFile), 0600);
        QCOMPARE(cli({QStringLiteral("--data-dir"), newDataDir(), QStringLiteral("wallet"), QStringLiteral("import-keystore"), exportFile}, "new").exitCode, 0);
    }

    void showMnemonicWithJson()
    {
        const Run created = cli({QStringLiteral("--json"), QStringLiteral("--data-dir"), newDataDir(), QStringLiteral("wallet"), QStringLiteral("create"),
                                 QStringLiteral("--light"), QStringLiteral("--show-mnemonic")},
                                "pw", {}, true);
        QCOMPARE(created.exitCode, 0);
        const QJsonObject object = oneJsonObject(created.out);
        QCOMPARE(object.keys(), QStringList({QStringLiteral("address"), QStringLiteral("file"), QStringLiteral("mnemonic"), QStringLiteral("path")}));
        const QByteArray words = object.value(QStringLiteral("mnemonic")).toString().toUtf8();
        QCOMPARE(words.split(' ').size(), 12);
        const Run imported = cli({QStringLiteral("--data-dir"), newDataDir(), QStringLiteral("wallet"), QStringLiteral("import-mnemonic"), QStringLiteral("--light")},
                                 "pw", words);
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(QString::fromLatin1(imported.out.trimmed()), object.value(QStringLiteral("address")).toString());
        QVERIFY(created.err.isEmpty());
    }

    void changePasswordAndRemove()
    {
        const QString dataDir = newDataDir();
        QCOMPARE(cli({QStringLiteral("--data-dir"), dataDir, QStringLiteral("wallet"), QStringLiteral("import-key"), QStringLiteral("--light")},
                     "pw", "0x" + kHardhatKeyHex).exitCode, 0);
        const QString newPassword = writeFile(QStringLiteral("change-new.txt"), "fresh\n");
        // A wrong current password changes nothing.
        const QStringList before = snapshot(dataDir);
        QCOMPARE(cli({QStringLiteral("--data-dir"), dataDir, QStringLiteral("wallet"), QStringLiteral("change-password"), kHardhatAddress0,
                      QStringLiteral("--new-password-file"), newPassword}, "nope").exitCode, 3);
        QCOMPARE(snapshot(dataDir), before);
        // No new password and no terminal: refused, nothing changed.
        QCOMPARE(cli({QStringLiteral("--data-dir"), dataDir, QStringLiteral("wallet"), QStringLiteral("change-password"), kHardhatAddress0}).exitCode, 4);
        QCOMPARE(snapshot(dataDir), before);

        const Run changed = cli({QStringLiteral("--data-dir"), dataDir, QStringLiteral("wallet"), QStringLiteral("change-password"), kHardhatAddress0,
                                 QStringLiteral("--light"), QStringLiteral("--new-password-file"), newPassword});
        QCOMPARE(changed.exitCode, 0);
        QCOMPARE(QString::fromLatin1(changed.out.trimmed()), kHardhatAddress0);
        const QString sign = QStringLiteral("sign");
        QCOMPARE(cli({QStringLiteral("--data-dir"), dataDir, QStringLiteral("wallet"), sign, kHardhatAddress0, QStringLiteral("--message"), QStringLiteral("x")}, "pw").exitCode, 3);
        QCOMPARE(cli({QStringLiteral("--data-dir"), dataDir, QStringLiteral("wallet"), sign, kHardhatAddress0, QStringLiteral("--message"), QStringLiteral("x")}, "fresh").exitCode, 0);
        const QDir keystore(dataDir + QStringLiteral("/keystore"));
        const auto files = [](const QString &path) { return QDir(path).entryList(QDir::Files); }; // read afresh each time
        QCOMPARE(unixMode(keystore.filePath(files(keystore.path()).first())), 0600);

        // remove moves the file aside, where it still opens; --destroy deletes.
        const Run removed = cli({QStringLiteral("--data-dir"), dataDir, QStringLiteral("wallet"), QStringLiteral("remove"), kHardhatAddress0});
        QCOMPARE(removed.exitCode, 0);
        QVERIFY(files(keystore.path()).isEmpty());
        const QStringList aside = files(keystore.filePath(QStringLiteral("removed")));
        QCOMPARE(aside.size(), 1);
        QCOMPARE(cli({QStringLiteral("--data-dir"), dataDir, QStringLiteral("wallet"), QStringLiteral("list")}).out, QByteArray());
        QCOMPARE(cli({QStringLiteral("--data-dir"), newDataDir(), QStringLiteral("wallet"), QStringLiteral("import-keystore"),
                      keystore.filePath(QStringLiteral("removed/") + aside.first())}, "fresh").exitCode, 0);
        QCOMPARE(cli({QStringLiteral("--data-dir"), dataDir, QStringLiteral("wallet"), QStringLiteral("import-key"), QStringLiteral("--light")},
                     "pw", kHardhatKeyHex).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("--data-dir"), dataDir, QStringLiteral("wallet"), QStringLiteral("remove"), kHardhatAddress0,
                      QStringLiteral("--destroy")}).exitCode, 0);
        QVERIFY(files(keystore.path()).isEmpty());
        QCOMPARE(files(keystore.filePath(QStringLiteral("removed"))).size(), 1);
    }

    void passwordsNeverOnTheCommandLine()
    {
        const QString dataDir = newDataDir();
        for (const QStringList &args : {QStringList{QStringLiteral("--password"), QStringLiteral("pw"), QStringLiteral("wallet"), QStringLiteral("create")},
                                        QStringList{QStringLiteral("--password=pw"), QStringLiteral("wallet"), QStringLiteral("create")},
                                        QStringList{QStringLiteral("wallet"), QStringLiteral("create"), QStringLiteral("--password"), QStringLiteral("pw")},
                                        QStringList{QStringLiteral("wallet"), QStringLiteral("import-key"), QStringLiteral("--key"), QStringLiteral("0x") + QString::fromLatin1(kHardhatKeyHex)},
                                        QStringList{QStringLiteral("wallet"), QStringLiteral("import-mnemonic"), kHardhatMnemonic}}) {
            const Run run = cli(QStringList{QStringLiteral("--data-dir"), dataDir} + args, QByteArray());
            QVERIFY2(run.exitCode == 2, qPrintable(args.join(u' ')));
            QVERIFY(run.out.isEmpty());
            QVERIFY(!run.err.contains("pw\n") && !run.err.contains(kHardhatKeyHex) && !run.err.contains("test test"));
        }
        QVERIFY(!QFileInfo::exists(dataDir));
    }

    void emptyPasswordIsAllowed()
    {
        // From an empty password file and from an empty INKAN_PASSWORD.
        const QString empty = writeFile(QStringLiteral("empty-password.txt"), "");
        const QString first = newDataDir();
        QCOMPARE(cli({QStringLiteral("--data-dir"), first, QStringLiteral("--password-file"), empty, QStringLiteral("wallet"),
                      QStringLiteral("import-key"), QStringLiteral("--light")}, QByteArray(), "0x" + kHardhatKeyHex).exitCode, 0);
        const QString file = writeFile(QStringLiteral("empty-password-keystore.json"),
                                       cli({QStringLiteral("--data-dir"), first, QStringLiteral("wallet"), QStringLiteral("export"), kHardhatAddress0}).out);
        QCOMPARE(cli({QStringLiteral("--data-dir"), newDataDir(), QStringLiteral("wallet"), QStringLiteral("import-keystore"), file}, "x").exitCode, 3);
        const Run imported = cli({QStringLiteral("--data-dir"), newDataDir(), QStringLiteral("wallet"), QStringLiteral("import-keystore"), file}, "");
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(QString::fromLatin1(imported.out.trimmed()), kHardhatAddress0);
    }

    void dataDirDefaultAndUnusedByRecoverAndChecksum()
    {
        // Without --data-dir the keys go to the platform's app data location (XDG_DATA_HOME here).
        const QString xdg = m_root.filePath(QStringLiteral("xdg"));
        const QHash<QString, QString> environment{{QStringLiteral("XDG_DATA_HOME"), xdg}};
        const Run checksum = cli({QStringLiteral("wallet"), QStringLiteral("checksum"), kHardhatAddress0.toLower()}, "pw", {}, false, environment);
        QCOMPARE(checksum.exitCode, 0);
        const Run recovered = cli({QStringLiteral("wallet"), QStringLiteral("recover"), QStringLiteral("--signature"), QStringLiteral("0x") + QString(130, u'1'),
                                   QStringLiteral("--message"), QStringLiteral("x")}, "pw", {}, false, environment);
        QVERIFY(recovered.exitCode == 0 || recovered.exitCode == 4);
        QVERIFY(!QFileInfo::exists(xdg)); // recover and checksum touch no data dir
        const Run created = cli({QStringLiteral("wallet"), QStringLiteral("import-key"), QStringLiteral("--light")}, "pw", kHardhatKeyHex, false, environment);
        QCOMPARE(created.exitCode, 0);
        const QStringList files = QDir(xdg + QStringLiteral("/Inkan/keystore")).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QVERIFY(files.first().endsWith(kHardhatAddress0.toLower().mid(2)));
    }

    void noSecretInAnyOutput()
    {
        // Runs last (Qt Test keeps declaration order): everything printed so far, except the
        // --show-mnemonic run, must hold neither the Hardhat key nor its words.
        QVERIFY(!m_allOutput.isEmpty());
        QVERIFY(!m_allOutput.contains(kHardhatKeyHex));
        QVERIFY(!m_allOutput.toLower().contains(kHardhatKeyHex));
        QVERIFY(!m_allOutput.contains("test test test"));
        QVERIFY(!m_allOutput.toLower().contains("test test test"));
        // And no file anywhere holds the key or the words in clear (the keystore files are encrypted;
        // the test's own inputs are the only plain copies, written by this test on purpose).
        QDirIterator it(m_root.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray contents = file.readAll().toLower();
            QVERIFY2(!contents.contains(kHardhatKeyHex), qPrintable(file.fileName()));
            QVERIFY2(!contents.contains("test test test"), qPrintable(file.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliWallet)
#include "tst_cli_wallet.moc"
