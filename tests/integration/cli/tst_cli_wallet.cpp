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
            bool mayShowSecrets = false)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("INKAN_PASSWORD"));
        if (!password.isNull())
            environment.insert(QStringLiteral("INKAN_PASSWORD"), QString::fromUtf8(password));
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
            QCOMPARE(run.err, QByteArray("Unknown word 'junkk' at position 12.\n"));
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
