// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "Screenshots.h"

#include "AppController.h"
#include "MainWindow.h"
#include "Theme.h"
#include "dialogs/CreateWalletWizard.h"
#include "dialogs/FutureResult.h"
#include "dialogs/SigningDialog.h"
#include "dialogs/VerificationQrWindow.h"
#include "models/NftFilterModel.h"
#include "models/NftModel.h"
#include "pages/GalleryPage.h"
#include "pages/NftDetailView.h"
#include "pages/OrganizationPage.h"
#include "services/web3connect/Web3ConnectClient.h"
#include "widgets/PasswordField.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTabWidget>
#include <QTimer>
#include <QWizard>
#include <memory>

namespace inkan::ui {

namespace {

constexpr int kSettleMs = 400;   // a page shown: layouts, fonts, a repaint
constexpr int kLoadMs = 20'000;  // at most, for a page that loads from the demo server

/// The museum's front door in the demo (DemoSeeder): where the QR window says the holder is.
const services::web3connect::Gps kDemoVenue{QStringLiteral("35.718800"), QStringLiteral("139.776500")};

} // namespace

Screenshots::Screenshots(AppController &app, QString directory, QObject *parent)
    : QObject(parent), m_app(app), m_directory(std::move(directory))
{
}

void Screenshots::start()
{
    if (!QDir().mkpath(m_directory)) {
        Q_EMIT finished({tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(m_directory))});
        return;
    }
    m_app.window().resize(1280, 800);
    queueTheme(QStringLiteral("light"));
    queueTheme(QStringLiteral("dark"));
    runNext();
}

void Screenshots::runNext()
{
    if (m_steps.isEmpty()) {
        Q_EMIT finished(m_problems);
        return;
    }
    const Step step = m_steps.takeFirst();
    // Queued: each step starts from the event loop, after what the last one left to paint.
    QTimer::singleShot(0, this, [this, step] { step([this] { runNext(); }); });
}

void Screenshots::when(std::function<bool()> ready, int timeoutMs, std::function<void()> then)
{
    auto *poll = new QTimer(this);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    poll->setInterval(50);
    connect(poll, &QTimer::timeout, this, [this, poll, clock, ready, timeoutMs, then] {
        if (!ready() && clock->elapsed() < timeoutMs)
            return;
        poll->stop();
        poll->deleteLater();
        // Then one more moment for the repaint of what just arrived.
        QTimer::singleShot(kSettleMs, this, then);
    });
    poll->start();
}

void Screenshots::save(QWidget *widget, const QString &name)
{
    const QString path = QDir(m_directory).filePath(QStringLiteral("%1-%2.png").arg(name, m_theme));
    if (!widget) {
        m_problems << tr("Nothing to show for %1.").arg(path);
        return;
    }
    if (widget->grab().save(path))
        m_saved << path;
    else
        m_problems << tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
}

void Screenshots::savePages(QStringList ids, std::function<void()> done)
{
    if (ids.isEmpty())
        return done();
    MainWindow *window = &m_app.window();
    const QString id = ids.takeFirst();
    window->showPage(id);
    const auto settled = [window, id] {
        auto *gallery = qobject_cast<GalleryPage *>(window->page(id));
        return !gallery || !gallery->nftModel() || !gallery->nftModel()->isLoading();
    };
    when(settled, kLoadMs, [this, window, id, ids, done] {
        save(window, id);
        savePages(ids, done);
    });
}

void Screenshots::queueTheme(const QString &theme)
{
    MainWindow *window = &m_app.window();
    m_steps << [this, theme](auto done) {
        m_theme = theme;
        Theme::apply(theme == u"dark" ? Theme::Dark : Theme::Light);
        QTimer::singleShot(kSettleMs, this, done);
    };
    // Every page of the sidebar, in its order; the profile only when someone registered it.
    m_steps << [this, window](auto done) {
        // A start page no one registered is a placeholder: not a page to show.
        QStringList ids = window->pageIds();
        for (const QString &id : window->pageIds()) {
            if (!m_app.isRegistered(id)) {
                ids.removeAll(id);
                if (m_theme == u"light")
                    qInfo("screenshots: no \"%s\" page is registered; it is not rendered", qPrintable(id));
            }
        }
        savePages(ids, [window, done, this] {
            window->showPage(QStringLiteral("gallery"));
            QTimer::singleShot(kSettleMs, this, done);
        });
    };
    // The organization's pages as its staff see them: the demo museum's account, its status,
    // the mint form with one field wrong, then what it minted.
    m_steps << [this, window](auto done) {
        QString organization;
        QUrl base;
        for (const session::Account &account : m_app.hub().accounts().accounts())
            if (account.kind == session::ServiceKind::Web3Connect && account.role == u"organization" && account.isSignedIn()) {
                organization = account.id;
                base = account.baseUrl;
            }
        if (organization.isEmpty()) {
            m_problems << tr("No organization account is signed in: the organization pages are not rendered.");
            return done();
        }
        const QString previous = m_app.currentAccountId();
        m_app.selectAccount(organization);
        window->showPage(QStringLiteral("organization"));
        QPointer<OrganizationPage> page = qobject_cast<OrganizationPage *>(window->page(QStringLiteral("organization")));
        if (auto *tabs = page ? page->findChild<QTabWidget *>(QStringLiteral("orgTabs")) : nullptr)
            tabs->setCurrentIndex(0);
        const auto status = [page] {
            auto *label = page ? page->findChild<QLabel *>(QStringLiteral("orgStatus")) : nullptr;
            return label && page->client() && !label->text().isEmpty();
        };
        when(status, kLoadMs, [this, window, page, previous, base, done] {
            auto *tabs = page ? page->findChild<QTabWidget *>(QStringLiteral("orgTabs")) : nullptr;
            if (!tabs) {
                m_problems << tr("The organization page did not load.");
                m_app.selectAccount(previous);
                return done();
            }
            save(window, QStringLiteral("organization"));
            tabs->setCurrentIndex(1);
            const QList<std::pair<const char *, QString>> fields{
                {"mintField_issuer", QStringLiteral("Inkan Museum")},
                {"mintField_contents_provider", QStringLiteral("Inkan Museum")},
                {"mintField_name", tr("Night tour ticket")},
                {"mintField_description", tr("Entry to the museum's night tour.")},
                {"mintField_image", base.resolved(QUrl(QStringLiteral("/assets/ticket-gala.png"))).toString()},
                {"mintField_serial_number", tr("twelve")},
                {"mintField_total_issued", QStringLiteral("200")}};
            for (const auto &[name, text] : fields)
                if (auto *edit = page->findChild<QLineEdit *>(QLatin1String(name)))
                    edit->setText(text);
            // The card preview loads the image from the demo server.
            QTimer::singleShot(1500, this, [this, window, tabs, previous, done] {
                save(window, QStringLiteral("organization-mint"));
                tabs->setCurrentIndex(tabs->count() - 1);
                QTimer::singleShot(2000, this, [this, window, tabs, previous, done] {
                    // The first NFT chosen: its dynamic metadata in the editor.
                    if (auto *list = tabs->findChild<QListView *>(QStringLiteral("mintedList")); list && list->model()
                        && list->model()->rowCount() > 0)
                        list->setCurrentIndex(list->model()->index(0, 0));
                    QTimer::singleShot(kSettleMs, this, [this, window, previous, done] {
                        save(window, QStringLiteral("organization-minted"));
                        m_app.selectAccount(previous);
                        window->showPage(QStringLiteral("gallery"));
                        QTimer::singleShot(kSettleMs, this, done);
                    });
                });
            });
        });
    };
    // The detail window of the first NFT in the gallery.
    m_steps << [this, window](auto done) {
        auto *gallery = window->findChild<GalleryPage *>();
        if (!gallery || !gallery->filterModel() || gallery->filterModel()->rowCount() == 0) {
            m_problems << tr("The gallery shows no NFT: no detail or QR window to render.");
            return done();
        }
        gallery->openDetail(gallery->filterModel()->index(0, 0));
        QPointer<NftDetailView> detail = gallery->detailView();
        if (detail)
            detail->resize(760, 820);
        // The authenticity check and the history answer from the demo server.
        QTimer::singleShot(2000, this, [this, detail, done] {
            save(detail, QStringLiteral("detail"));
            if (detail)
                detail->close();
            done();
        });
    };
    // The verification QR window for that NFT, at the demo venue.
    m_steps << [this, window](auto done) {
        auto *gallery = window->findChild<GalleryPage *>();
        if (!gallery || !gallery->filterModel() || gallery->filterModel()->rowCount() == 0)
            return done();
        const QModelIndex first = gallery->filterModel()->index(0, 0);
        const QString tokenId = first.data(models::NftModel::TokenIdRole).toString();
        const QString name = first.data(models::NftModel::NameRole).toString();
        onResult(this, m_app.hub().web3connect(gallery->accountId()),
                 [this, window, tokenId, name, done](const Result<services::web3connect::Web3ConnectClient *> &client) {
                     if (!client) {
                         m_problems << tr("No QR window: %1").arg(client.error().message);
                         return done();
                     }
                     QPointer<VerificationQrWindow> qr = new VerificationQrWindow(*client, tokenId, name, kDemoVenue, window);
                     qr->setAttribute(Qt::WA_DeleteOnClose);
                     qr->setVerificationLog(m_app.hub().dataDir());
                     qr->show();
                     when([qr] { return !qr || qr->state() != VerificationQrWindow::State::Fetching; }, kLoadMs,
                          [this, qr, done] {
                              save(qr, QStringLiteral("qr"));
                              if (qr)
                                  qr->close();
                              done();
                          });
                 });
    };
    // The signing dialog: a Sign-In with Ethereum text as the demo's nonce-auth asks it, and
    // the same text for another key (only Refuse is offered).
    m_steps << [this, window](auto done) {
        const QString key = QStringLiteral("0x71C7656EC7ab88b098defB751B7401B5f6d8976F");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString text = QStringLiteral(
            "127.0.0.1 wants you to sign in with your Ethereum account:\n%1\n\nSign in to Inkan Demo Museum.\n\n"
            "URI: http://127.0.0.1/login\nVersion: 1\nChain ID: 1\nNonce: 8f3a91c2d4\n"
            "Issued At: %2\nExpiration Time: %3")
                                 .arg(key, now.addSecs(-5).toString(Qt::ISODate), now.addSecs(600).toString(Qt::ISODate));
        const QUrl host(QStringLiteral("http://127.0.0.1:8080"));
        auto *good = new SigningDialog(text, host, key, window);
        good->show();
        auto *mismatch = new SigningDialog(text, host, QStringLiteral("0x2222222222222222222222222222222222222222"), window);
        mismatch->show();
        QTimer::singleShot(kSettleMs, this, [this, good, mismatch, done] {
            save(good, QStringLiteral("signing"));
            save(mismatch, QStringLiteral("signing-mismatch"));
            for (SigningDialog *dialog : {good, mismatch}) {
                dialog->hide();
                dialog->deleteLater(); // never answered: nothing is signed
            }
            done();
        });
    };
    // The create-wallet wizard: the password page, then the recovery words. Never saved.
    m_steps << [this, window](auto done) {
        auto *wizard = new CreateWalletWizard(m_app.hub().wallet(), window);
        wizard->show();
        QTimer::singleShot(kSettleMs, this, [this, wizard, done] {
            save(wizard, QStringLiteral("wizard-password"));
            const QList<PasswordField *> fields = wizard->currentPage()->findChildren<PasswordField *>();
            for (PasswordField *field : fields)
                field->lineEdit()->setText(QStringLiteral("correct horse battery staple 42"));
            wizard->next();
            QTimer::singleShot(kSettleMs, this, [this, wizard, done] {
                if (wizard->currentId() == CreateWalletWizard::WordsPage)
                    save(wizard, QStringLiteral("wizard"));
                else
                    m_problems << tr("The create-wallet wizard did not go on to the recovery words.");
                wizard->hide();
                wizard->deleteLater();
                done();
            });
        });
    };
}

} // namespace inkan::ui
