// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// The widgets of inkan_ui, driven as a user would: identicon, address label and field, password
// field, QR view, countdown and empty state.
#include "GuiTestSupport.h"

#include "Icons.h"
#include "Theme.h"
#include "crypto/Address.h"
#include "dialogs/AddressQrDialog.h"
#include "qr/QrDecoder.h"
#include "widgets/AddressField.h"
#include "widgets/AddressLabel.h"
#include "widgets/CountdownLabel.h"
#include "widgets/EmptyListHint.h"
#include "widgets/EmptyState.h"
#include "widgets/Identicon.h"
#include "widgets/PasswordField.h"
#include "widgets/PrivacyMode.h"
#include "widgets/QrView.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QStyle>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <cmath>

using namespace inkan;
using namespace inkan::ui;

namespace {
// The EIP-55 examples.
const QString kChecksummed = QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
const QString kOther = QStringLiteral("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359");
// kChecksummed with the case of its last letter flipped.
const QString kBadChecksum = QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD");
} // namespace

class TestGuiWidgets : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { PrivacyMode::setEnabled(false); }

    void identiconIsDeterministicAndCaseBlind()
    {
        const QImage image = identiconImage(kChecksummed, 40);
        QCOMPARE(image.size(), QSize(40, 40));
        QCOMPARE(identiconImage(kChecksummed, 40), image);
        QCOMPARE(identiconImage(kChecksummed.toLower(), 40), image);
        QCOMPARE(identiconImage(kChecksummed.toUpper().replace(QStringLiteral("0X"), QStringLiteral("0x")), 40), image);
        QCOMPARE(identiconImage(kChecksummed.mid(2), 40), image);          // without "0x"
        QCOMPARE(identiconImage(QString(u" " + kChecksummed + u" "), 40), image);   // pasted with spaces
        QVERIFY(identiconImage(kOther, 40) != image);
        // One changed character changes the picture.
        QString near = kChecksummed.toLower();
        near[10] = near[10] == u'0' ? u'1' : u'0';
        QVERIFY(identiconImage(near, 40) != image);
        // It is mirrored left to right, like every blockies-style identicon.
        QCOMPARE(image.mirrored(true, false), image);
    }

    void identiconWidgetPaintsItsAddress()
    {
        IdenticonWidget widget;
        widget.setSide(30);
        widget.setAddress(kChecksummed);
        widget.resize(widget.sizeHint());
        const QImage shot = widget.grab().toImage();
        QCOMPARE(shot.size(), QSize(30, 30) * widget.devicePixelRatioF());
        // The middle pixel comes from the identicon, not from a blank widget.
        QCOMPARE(shot.pixelColor(15, 15), identiconImage(kChecksummed, 30).pixelColor(15, 15));
    }

    void addressFieldAcceptsAValidAddress()
    {
        AddressField field;
        field.show();
        auto *edit = field.findChild<QLineEdit *>(QStringLiteral("addressEdit"));
        auto *message = field.findChild<QLabel *>(QStringLiteral("addressMessage"));
        auto *identicon = field.findChild<IdenticonWidget *>(QStringLiteral("addressFieldIdenticon"));
        QVERIFY(edit && message && identicon);
        QSignalSpy acceptable(&field, &AddressField::acceptableChanged);

        QVERIFY(!field.isAcceptable());
        QCOMPARE(field.state(), AddressField::State::Empty);
        QVERIFY(identicon->address().isEmpty());

        QTest::keyClicks(edit, kChecksummed.toLower()); // any case is accepted
        QVERIFY(field.isAcceptable());
        QCOMPARE(field.address().toChecksummed(), kChecksummed);
        QVERIFY2(message->text().contains(kChecksummed), qPrintable(message->text()));
        QVERIFY(!identicon->address().isEmpty());
        QCOMPARE(acceptable.count(), 1);
        QCOMPARE(acceptable.first().first().toBool(), true);
        QVERIFY2(test::unnamedControls(&field).isEmpty(), qPrintable(test::unnamedControls(&field).join(u", ")));
    }

    void addressFieldNamesEachMistake()
    {
        AddressField field;
        field.show();
        auto *edit = field.findChild<QLineEdit *>(QStringLiteral("addressEdit"));
        QVERIFY(edit);
        const QString empty = field.message();
        QVERIFY(!empty.isEmpty());

        QTest::keyClicks(edit, kBadChecksum);
        QVERIFY(!field.isAcceptable());
        QVERIFY(field.address().isNull());
        QCOMPARE(field.state(), AddressField::State::Invalid);
        const QString checksum = field.message();
        QCOMPARE(checksum, crypto::Address::parse(kBadChecksum).error().message);
        QVERIFY2(checksum.contains(QStringLiteral("checksum")), qPrintable(checksum));
        QVERIFY(field.findChild<IdenticonWidget *>(QStringLiteral("addressFieldIdenticon"))->address().isEmpty());

        QTest::keyClick(edit, Qt::Key_Backspace); // 39 digits
        const QString length = field.message();
        QVERIFY2(length.contains(QStringLiteral("39")), qPrintable(length));

        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeZ"));
        const QString notHex = field.message();

        QCOMPARE(QSet<QString>({empty, checksum, length, notHex}).size(), 4);

        // Fixing the address makes it acceptable.
        edit->clear();
        QVERIFY(!field.isAcceptable());
        QCOMPARE(field.message(), empty);
        QTest::keyClicks(edit, kChecksummed);
        QVERIFY(field.isAcceptable());
    }

    void addressLabelShowsEip55AndMasksInPrivacyMode()
    {
        AddressLabel label;
        label.show();
        label.setAddress(kChecksummed.toLower());
        QCOMPARE(label.displayText(), kChecksummed);
        QCOMPARE(label.shownText(), kChecksummed);
        auto *copy = label.findChild<QToolButton *>(QStringLiteral("copyAddressButton"));
        auto *qr = label.findChild<QToolButton *>(QStringLiteral("showQrButton"));
        QVERIFY(copy && qr);
        QVERIFY(qr->isEnabled());

        QSignalSpy copied(&label, &AddressLabel::copied);
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(copied.count(), 1);
        QCOMPARE(QApplication::clipboard()->text(), kChecksummed);

        PrivacyMode::setEnabled(true);
        QVERIFY(!label.shownText().contains(kChecksummed.mid(2, 6)));
        QCOMPARE(label.shownText(), AddressLabel::maskedText());
        QVERIFY(!qr->isEnabled());
        PrivacyMode::setEnabled(false);
        QCOMPARE(label.shownText(), kChecksummed);

        // "Show QR" opens a dialog with the EIP-55 address as a QR code, without blocking.
        QTest::mouseClick(qr, Qt::LeftButton);
        AddressQrDialog *dialog = nullptr;
        for (QWidget *top : QApplication::topLevelWidgets())
            if (auto *d = qobject_cast<AddressQrDialog *>(top); d && d->isVisible())
                dialog = d;
        QVERIFY(dialog);
        auto *view = dialog->findChild<QrView *>(QStringLiteral("addressQrView"));
        QVERIFY(view && view->hasCode());
        QCOMPARE(view->text(), kChecksummed);
        QVERIFY2(test::unnamedControls(dialog).isEmpty(), qPrintable(test::unnamedControls(dialog).join(u", ")));
        dialog->close(); // deletes itself

        label.setElided(true);
        QCOMPARE(label.shownText(), kChecksummed.left(6) + u'…' + kChecksummed.right(4));
        label.setElided(false);

        // Text that is not an address is shown as it is, with nothing that suggests it is one.
        label.setAddress(QStringLiteral("not an address"));
        QVERIFY(label.address().isNull());
        QCOMPARE(label.shownText(), QStringLiteral("not an address"));
        QVERIFY(!qr->isEnabled());
        QVERIFY(!label.findChild<IdenticonWidget *>(QStringLiteral("addressIdenticon"))->isVisible());

        label.setAddress(crypto::Address::parse(kChecksummed).value());
        label.setElided(true);
        QCOMPARE(label.shownText(), kChecksummed.left(6) + u'…' + kChecksummed.right(4));
        QVERIFY2(test::unnamedControls(&label).isEmpty(), qPrintable(test::unnamedControls(&label).join(u", ")));
    }

    void themeSetsFusionAndPalettes()
    {
        Theme::apply(Theme::Dark);
        QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
        QVERIFY(Theme::isDark(QApplication::palette()));
        QCOMPARE(Theme::mode(), Theme::Dark);
        Theme::apply(Theme::Light);
        QVERIFY(!Theme::isDark(QApplication::palette()));
        QCOMPARE(Theme::fromName(u"DARK"), Theme::Dark);
        QCOMPARE(Theme::fromName(u"whatever"), Theme::System);
        // Message colours keep 4.5:1 against the window in both palettes.
        const auto contrast = [](const QColor &a, const QColor &b) {
            const auto lum = [](const QColor &c) {
                const auto ch = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
                return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
            };
            const double la = lum(a), lb = lum(b);
            return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
        };
        for (const QPalette &palette : {Theme::lightPalette(), Theme::darkPalette()}) {
            const QColor window = palette.color(QPalette::Window);
            QVERIFY(contrast(Theme::errorColor(palette), window) >= 4.5);
            QVERIFY(contrast(Theme::warningColor(palette), window) >= 4.5);
            QVERIFY(contrast(Theme::successColor(palette), window) >= 4.5);
            QVERIFY(contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 7);
            QVERIFY(contrast(palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight)) >= 4.5);
            QVERIFY(contrast(palette.color(QPalette::PlaceholderText), palette.color(QPalette::Base)) >= 4.5);
        }
    }

    void themeChangeReachesShownWidgets()
    {
        // Widgets that colour their messages follow a palette change. (Under QTest the
        // application palette is not passed on to existing widgets, as QApplication does only
        // once the application runs; a palette set on the parent stands in for it here. Switching
        // Theme::apply() at run time in the app was checked on screen.)
        Theme::apply(Theme::Light);
        QWidget parent;
        auto *field = new AddressField(&parent);
        field->setText(kBadChecksum);
        parent.show();
        auto *message = field->findChild<QLabel *>(QStringLiteral("addressMessage"));
        QVERIFY(message);
        QCOMPARE(message->palette().color(QPalette::WindowText), Theme::errorColor(Theme::lightPalette()));
        parent.setPalette(Theme::darkPalette());
        QCOMPARE(message->palette().color(QPalette::WindowText), Theme::errorColor(Theme::darkPalette()));

        // Line-art icons are drawn in the application palette of the moment they are painted.
        const QIcon lock = icon(IconKind::Lock);
        const auto strokeColor = [](const QImage &image) { // the most opaque pixel
            QColor best(Qt::transparent);
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    if (image.pixelColor(x, y).alpha() > best.alpha())
                        best = image.pixelColor(x, y);
            return best;
        };
        QCOMPARE(strokeColor(lock.pixmap(24).toImage()).rgb(), Theme::lightPalette().color(QPalette::WindowText).rgb());
        Theme::apply(Theme::Dark);
        QCOMPARE(strokeColor(lock.pixmap(24).toImage()).rgb(), Theme::darkPalette().color(QPalette::WindowText).rgb());
        Theme::apply(Theme::Light);
    }

    void toneAndBannerFollowTheTheme()
    {
        // Messages coloured with Theme::setTone are coloured again by each Theme::apply().
        Theme::apply(Theme::Light);
        QLabel label;
        Theme::setTone(&label, Theme::Tone::Error);
        QCOMPARE(label.palette().color(QPalette::WindowText), Theme::errorColor(Theme::lightPalette()));
        Theme::apply(Theme::Dark);
        QCOMPARE(label.palette().color(QPalette::WindowText), Theme::errorColor(Theme::darkPalette()));
        Theme::setTone(&label, Theme::Tone::Plain);
        QCOMPARE(label.palette().color(QPalette::WindowText), Theme::darkPalette().color(QPalette::WindowText));
        QVERIFY(!label.autoFillBackground());
        Theme::setBanner(&label, Theme::Tone::Warning);
        QVERIFY(label.autoFillBackground());
        QCOMPARE(label.palette().color(QPalette::Window),
                 Theme::bannerColor(Theme::darkPalette(), Theme::warningColor(Theme::darkPalette())));
        Theme::apply(Theme::Light);
        QCOMPARE(label.palette().color(QPalette::Window),
                 Theme::bannerColor(Theme::lightPalette(), Theme::warningColor(Theme::lightPalette())));
        QCOMPARE(label.palette().color(QPalette::WindowText), Theme::lightPalette().color(QPalette::WindowText));
    }

    void emptyListSaysWhatFillsIt()
    {
        QListWidget list;
        list.resize(400, 120);
        QPalette palette = list.palette();
        palette.setColor(QPalette::PlaceholderText, QColor(255, 0, 0));
        list.setPalette(palette);
        auto *hint = new EmptyListHint(&list, QStringLiteral("Nothing scanned yet"));
        QCOMPARE(hint->parent(), &list);
        const auto hasHintPixels = [&list] {
            const QImage image = list.viewport()->grab().toImage();
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    if (const QColor c = image.pixelColor(x, y); c.red() > 180 && c.green() < 90 && c.blue() < 90)
                        return true;
            return false;
        };
        QVERIFY(hasHintPixels());
        list.addItem(QStringLiteral("a scan"));
        QVERIFY(!hasHintPixels());
        delete list.takeItem(0);
        QVERIFY(hasHintPixels());
    }

    void passwordStrengthEstimate()
    {
        QCOMPARE(estimatePasswordStrength(u"").level, PasswordStrength::Empty);
        QCOMPARE(estimatePasswordStrength(u"abc").level, PasswordStrength::Weak);
        QCOMPARE(estimatePasswordStrength(u"password123!").level, PasswordStrength::Weak); // common
        QVERIFY(estimatePasswordStrength(u"password123!").common);
        QCOMPARE(estimatePasswordStrength(u"aaaaaaaaaaaaaaaa").level, PasswordStrength::Weak); // repeats
        QCOMPARE(estimatePasswordStrength(u"kq7vzt3m").level, PasswordStrength::Fair); // 8 x log2(36) = 41 bits
        QCOMPARE(estimatePasswordStrength(u"kq7vzt3mwh9p").level, PasswordStrength::Good);
        QCOMPARE(estimatePasswordStrength(u"correct horse battery staple").level, PasswordStrength::Strong);
    }

    void passwordFieldMeterFollowsTyping()
    {
        PasswordField field;
        field.setStrengthMeterVisible(true);
        field.show();
        auto *edit = field.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        auto *meter = field.findChild<QProgressBar *>(QStringLiteral("strengthMeter"));
        auto *label = field.findChild<QLabel *>(QStringLiteral("strengthLabel"));
        QVERIFY(edit && meter && label);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QVERIFY(meter->isVisible());
        QCOMPARE(meter->value(), int(PasswordStrength::Empty));

        QTest::keyClicks(edit, QStringLiteral("abc"));
        QCOMPARE(field.strength().level, PasswordStrength::Weak);
        QCOMPARE(meter->value(), int(PasswordStrength::Weak));
        const QString weakText = label->text();
        const QColor weakColor = meter->palette().color(QPalette::Highlight);

        QTest::keyClicks(edit, QStringLiteral(" Plum-Kite 94 verandah"));
        QCOMPARE(field.strength().level, PasswordStrength::Strong);
        QCOMPARE(meter->value(), int(PasswordStrength::Strong));
        QVERIFY(label->text() != weakText);
        QVERIFY(meter->palette().color(QPalette::Highlight) != weakColor);
        QCOMPARE(field.password(), QStringLiteral("abc Plum-Kite 94 verandah"));
        QVERIFY2(test::unnamedControls(&field).isEmpty(), qPrintable(test::unnamedControls(&field).join(u", ")));
    }

    void passwordFieldWarnsOfCapsLock()
    {
        PasswordField field;
        field.show();
        auto *edit = field.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        auto *warning = field.findChild<QLabel *>(QStringLiteral("capsLockWarning"));
        QVERIFY(edit && warning);
        QVERIFY(!warning->isVisible());
        QTest::keyClick(edit, 'a');                          // lower case, no Shift: off
        QVERIFY(!field.isCapsLockWarningShown());
        QTest::keyClick(edit, 'B', Qt::ShiftModifier);       // Shift + upper case: off
        QVERIFY(!field.isCapsLockWarningShown());
        QTest::keyClick(edit, 'C');                          // upper case without Shift: on
        QVERIFY(field.isCapsLockWarningShown());
        QVERIFY(warning->isVisible());
        QTest::keyClick(edit, '7');                          // not a letter: no change
        QVERIFY(field.isCapsLockWarningShown());
        QTest::keyClick(edit, Qt::Key_CapsLock);             // the key itself flips a known state
        QVERIFY(!field.isCapsLockWarningShown());
        QVERIFY(!warning->isVisible());
        QTest::keyClick(edit, 'd', Qt::ShiftModifier);       // lower case with Shift: on
        QVERIFY(field.isCapsLockWarningShown());
    }

    void qrViewDrawsAScannableCode()
    {
        QrView view;
        view.setText(QStringLiteral("inkan test"));
        QVERIFY(view.hasCode());
        const int modules = view.moduleImage().width();
        QCOMPARE(modules, 21 + 8); // version 1 and a four-module quiet zone on each side
        view.resize(300, 200);
        const QImage shot = view.grab().toImage();
        // Whole pixels per module: 200 / 29 = 6, so the code is 174 pixels wide, centred.
        const int side = modules * 6, left = (300 - side) / 2, top = (200 - side) / 2;
        QCOMPARE(shot.pixelColor(left + 1, top + 1), QColor(Qt::white));              // quiet zone
        QCOMPARE(shot.pixelColor(left + 4 * 6 + 1, top + 4 * 6 + 1), QColor(Qt::black)); // finder
        const auto decoded = qr::QrDecoder::decode(shot);
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().message));
        QCOMPARE(decoded->text, QStringLiteral("inkan test"));

        view.setText(QString(4000, u'x'));
        QVERIFY(!view.hasCode());
        view.grab(); // says so instead of drawing nothing
    }

    void countdownCountsDownAndExpiresOnce()
    {
        QCOMPARE(CountdownLabel::formatRemaining(299), QStringLiteral("04:59"));
        QCOMPARE(CountdownLabel::formatRemaining(5), QStringLiteral("00:05"));
        QCOMPARE(CountdownLabel::formatRemaining(3600), QStringLiteral("1:00:00"));
        QCOMPARE(CountdownLabel::formatRemaining(-3), QStringLiteral("00:00"));

        CountdownLabel label;
        QSignalSpy expired(&label, &CountdownLabel::expired);
        label.setDeadline(QDateTime::currentDateTimeUtc().addMSecs(1500));
        QCOMPARE(label.text(), QStringLiteral("00:02"));
        QTRY_COMPARE_WITH_TIMEOUT(label.text(), QStringLiteral("00:01"), 1500);
        QVERIFY(expired.wait(2000));
        QVERIFY(label.isExpired());
        QCOMPARE(label.remainingSeconds(), 0);
        QTest::qWait(1100);
        QCOMPARE(expired.count(), 1);

        label.setDeadline(QDateTime::currentDateTimeUtc().addSecs(-5)); // already past
        QCOMPARE(expired.count(), 2);
    }

    void emptyStateOffersItsAction()
    {
        EmptyState state(QIcon(), QStringLiteral("Nothing here yet."), QStringLiteral("Add one"));
        state.show();
        auto *button = state.findChild<QPushButton *>(QStringLiteral("emptyStateAction"));
        QVERIFY(button && button->isVisible());
        QCOMPARE(button->accessibleName(), QStringLiteral("Add one"));
        QSignalSpy triggered(&state, &EmptyState::actionTriggered);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(triggered.count(), 1);
        state.setActionText({});
        QVERIFY(!button->isVisible());
    }
};

QTEST_MAIN(TestGuiWidgets)
#include "tst_gui_widgets.moc"
