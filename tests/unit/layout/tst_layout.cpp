// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// Rules of the folder layout that the compiler does not enforce: the blocking conveniences
// (core/Blocking.h, which re-enter the event loop) are for inkan-cli and the tests only, and
// core never includes QtWidgets.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestLayout : public QObject {
    Q_OBJECT

    static QString root() { return QStringLiteral(INKAN_SOURCE_DIR); }

    /// Source files under `folders` whose text matches `pattern`, relative to the root.
    static QStringList filesMatching(const QStringList &folders, const QRegularExpression &pattern)
    {
        QStringList found;
        for (const QString &folder : folders) {
            QDirIterator it(root() + QLatin1Char('/') + folder, {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                if (file.open(QIODevice::ReadOnly) && pattern.match(QString::fromUtf8(file.readAll())).hasMatch())
                    found.append(path.mid(root().size() + 1));
            }
        }
        return found;
    }

private Q_SLOTS:
    void blockingHeaderOnlyInTheCliAndTests()
    {
        const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*[\"<]Blocking\\.h[\">]"),
                                         QRegularExpression::MultilineOption);
        QStringList offenders = filesMatching({QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("sandbox"),
                                               QStringLiteral("app")}, include);
        offenders.removeIf([](const QString &path) { return path.startsWith(QLatin1String("app/cli/")); });
        QVERIFY2(offenders.isEmpty(), qPrintable(QStringLiteral("Blocking.h included outside app/cli and tests: ") + offenders.join(u", ")));
        // The check itself sees the includes that are allowed.
        QVERIFY(!filesMatching({QStringLiteral("app/cli")}, include).isEmpty());
    }

    void coreHasNoWidgets()
    {
        const QRegularExpression widgets(QStringLiteral("^\\s*#\\s*include\\s*[<\"]Qt?Widgets|^\\s*#\\s*include\\s*<Q(Widget|MainWindow|Dialog|PushButton|Application)>"),
                                         QRegularExpression::MultilineOption);
        const QStringList offenders = filesMatching({QStringLiteral("core")}, widgets);
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u", ")));
    }
};

QTEST_GUILESS_MAIN(TestLayout)
#include "tst_layout.moc"
