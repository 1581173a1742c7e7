// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "CreateWalletWizard.h"

#include "FutureResult.h"
#include "SecretClipboard.h"
#include "WalletDialogParts.h"
#include "WalletErrors.h"
#include "crypto/Bip39.h"
#include "widgets/PasswordField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QVBoxLayout>

namespace inkan::ui {

namespace {


class PasswordStep : public QWizardPage {
public:
    explicit PasswordStep(CreateWalletWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
    {
        setObjectName(QStringLiteral("createPasswordPage"));
        setTitle(CreateWalletWizard::tr("Choose a password"));
        setSubTitle(CreateWalletWizard::tr("The password encrypts the key on this computer. It cannot be recovered: if you forget it, only the words you are about to write down can restore the wallet."));
        m_password = makeNewPasswordField(this);
        m_confirm = makeConfirmPasswordField(this);
        m_mismatch = new QLabel(CreateWalletWizard::tr("The two passwords differ."), this);
        m_mismatch->setObjectName(QStringLiteral("passwordMismatch"));
        m_mismatch->setAccessibleName(CreateWalletWizard::tr("The two passwords differ."));
        m_mismatch->setVisible(false);
        m_words = new QComboBox(this);
        m_words->setObjectName(QStringLiteral("wordCountCombo"));
        m_words->setAccessibleName(CreateWalletWizard::tr("Number of words"));
        m_words->addItem(CreateWalletWizard::tr("12 words"), 12);
        m_words->addItem(CreateWalletWizard::tr("24 words"), 24);
        auto *form = new QFormLayout(this);
        form->addRow(CreateWalletWizard::tr("&Password:"), m_password);
        form->addRow(CreateWalletWizard::tr("&Confirm:"), m_confirm);
        form->addRow(QString(), m_mismatch);
        form->addRow(CreateWalletWizard::tr("&Recovery words:"), m_words);
        for (PasswordField *field : {m_password, m_confirm})
            connect(field, &PasswordField::passwordChanged, this, [this] {
                m_mismatch->setVisible(!m_confirm->password().isEmpty() && m_confirm->password() != m_password->password());
                Q_EMIT completeChanged();
            });
    }
    bool isComplete() const override
    {
        return m_password->strength().level >= PasswordStrength::Fair && m_password->password() == m_confirm->password();
    }
    bool validatePage() override
    {
        if (m_wizard->wordCount() != m_words->currentData().toInt())
            m_wizard->generateWords(m_words->currentData().toInt());
        return true;
    }
    QString password() const { return m_password->password(); }

private:
    CreateWalletWizard *m_wizard;
    PasswordField *m_password;
    PasswordField *m_confirm;
    QLabel *m_mismatch;
    QComboBox *m_words;
};

class WordsStep : public QWizardPage {
public:
    explicit WordsStep(CreateWalletWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
    {
        setObjectName(QStringLiteral("createWordsPage"));
        setTitle(CreateWalletWizard::tr("Write down your recovery words"));
        setSubTitle(CreateWalletWizard::tr("These words, in this order, restore the wallet on any computer. Write them on paper and keep it safe; anyone who has them has your key."));
        auto *layout = new QVBoxLayout(this);
        m_grid = new QGridLayout;
        layout->addLayout(m_grid);
        auto *copy = new QPushButton(CreateWalletWizard::tr("Copy words"), this);
        copy->setObjectName(QStringLiteral("copyWordsButton"));
        copy->setAccessibleName(CreateWalletWizard::tr("Copy the recovery words (cleared from the clipboard after 30 seconds)"));
        copy->setToolTip(CreateWalletWizard::tr("The clipboard is cleared after 30 seconds."));
        connect(copy, &QPushButton::clicked, this, [this] { m_wizard->secretClipboard()->copy(m_wizard->words().join(QLatin1Char(' '))); });
        layout->addWidget(copy, 0, Qt::AlignLeft);
        m_written = new QCheckBox(CreateWalletWizard::tr("I have written the words down"), this);
        m_written->setObjectName(QStringLiteral("wordsWrittenCheck"));
        m_written->setAccessibleName(CreateWalletWizard::tr("I have written the words down"));
        connect(m_written, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
        layout->addWidget(m_written);
    }
    void initializePage() override
    {
        while (QLayoutItem *item = m_grid->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        const QStringList words = m_wizard->words();
        const int columns = 3;
        const int rows = int((words.size() + columns - 1) / columns);
        const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        for (int i = 0; i < words.size(); ++i) {
            auto *label = new QLabel(QStringLiteral("%1. %2").arg(i + 1, 2).arg(words[i]), this);
            label->setObjectName(QStringLiteral("mnemonicWord%1").arg(i + 1));
            label->setAccessibleName(CreateWalletWizard::tr("Word %1: %2").arg(i + 1).arg(words[i]));
            label->setFont(fixed);
            label->setProperty("word", words[i]);
            m_grid->addWidget(label, i % rows, i / rows); // read down the columns, as printed cards do
        }
        m_written->setChecked(false);
    }
    bool isComplete() const override { return m_written->isChecked(); }

private:
    CreateWalletWizard *m_wizard;
    QGridLayout *m_grid;
    QCheckBox *m_written;
};

class ConfirmStep : public QWizardPage {
public:
    explicit ConfirmStep(CreateWalletWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
    {
        setObjectName(QStringLiteral("createConfirmPage"));
        setTitle(CreateWalletWizard::tr("Check your copy"));
        setSubTitle(CreateWalletWizard::tr("Type the words asked for, from what you wrote down."));
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, CreateWalletWizard::tr("Create wallet"));
        auto *form = new QFormLayout(this);
        for (int i = 0; i < 3; ++i) {
            m_labels[i] = new QLabel(this);
            m_edits[i] = new QLineEdit(this);
            m_edits[i]->setObjectName(QStringLiteral("confirmWord%1").arg(i + 1));
            m_edits[i]->setAccessibleName(CreateWalletWizard::tr("Confirmation word %1").arg(i + 1));
            m_labels[i]->setBuddy(m_edits[i]);
            form->addRow(m_labels[i], m_edits[i]);
            connect(m_edits[i], &QLineEdit::textChanged, this, [this] { updateHint(); Q_EMIT completeChanged(); });
        }
        m_hint = new QLabel(this);
        m_hint->setObjectName(QStringLiteral("confirmHint"));
        m_hint->setAccessibleName(CreateWalletWizard::tr("Confirmation hint"));
        m_hint->setWordWrap(true);
        form->addRow(m_hint);
    }
    void initializePage() override
    {
        const QList<int> positions = m_wizard->confirmPositions();
        for (int i = 0; i < 3; ++i) {
            m_labels[i]->setText(CreateWalletWizard::tr("Word &%1:").arg(positions[i]));
            m_edits[i]->clear();
        }
        m_hint->clear();
    }
    bool matches(int i) const
    {
        const QStringList words = m_wizard->words();
        const int position = m_wizard->confirmPositions().value(i);
        return position >= 1 && position <= words.size() && m_edits[i]->text().trimmed().toLower() == words[position - 1];
    }
    void updateHint()
    {
        QStringList wrong;
        for (int i = 0; i < 3; ++i)
            if (!m_edits[i]->text().trimmed().isEmpty() && !matches(i))
                wrong << QString::number(m_wizard->confirmPositions().value(i));
        m_hint->setText(wrong.isEmpty() ? QString()
                                        : CreateWalletWizard::tr("Word %1 does not match what was shown; check your copy.").arg(wrong.join(QLatin1String(", "))));
    }
    bool isComplete() const override { return matches(0) && matches(1) && matches(2); }

private:
    CreateWalletWizard *m_wizard;
    QLabel *m_labels[3];
    QLineEdit *m_edits[3];
    QLabel *m_hint;
};

class SaveStep : public QWizardPage {
public:
    explicit SaveStep(CreateWalletWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
    {
        setObjectName(QStringLiteral("createSavePage"));
        setTitle(CreateWalletWizard::tr("Saving the wallet"));
        auto *layout = new QVBoxLayout(this);
        m_status = new QLabel(this);
        m_status->setObjectName(QStringLiteral("saveStatus"));
        m_status->setAccessibleName(CreateWalletWizard::tr("Status"));
        m_status->setWordWrap(true);
        m_busy = new QProgressBar(this);
        m_busy->setObjectName(QStringLiteral("saveBusy"));
        m_busy->setAccessibleName(CreateWalletWizard::tr("Encrypting the key"));
        m_busy->setRange(0, 0);
        layout->addWidget(m_status);
        layout->addWidget(m_busy);
        layout->addStretch();
        connect(wizard, &CreateWalletWizard::walletCreated, this, [this](const QString &address) {
            m_busy->hide();
            m_status->setText(CreateWalletWizard::tr("Your wallet is ready. Its first address is %1.").arg(address));
            Q_EMIT completeChanged();
        });
        connect(wizard, &CreateWalletWizard::saveFailed, this, [this](const QString &message) {
            m_busy->hide();
            m_status->setText(message);
        });
    }
    void initializePage() override
    {
        m_busy->show();
        m_status->setText(CreateWalletWizard::tr("Encrypting the key with your password; this takes a few seconds…"));
        m_wizard->startSave();
    }
    bool isComplete() const override { return !m_wizard->createdAddress().isEmpty(); }

private:
    CreateWalletWizard *m_wizard;
    QLabel *m_status;
    QProgressBar *m_busy;
};

} // namespace

CreateWalletWizard::CreateWalletWizard(crypto::AsyncWalletStore &wallet, QWidget *parent)
    : QWizard(parent), m_wallet(wallet), m_clipboard(new SecretClipboard(this))
{
    setObjectName(QStringLiteral("createWalletWizard"));
    setWindowTitle(tr("Create a wallet"));
    setAccessibleName(tr("Create a wallet"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(PasswordPage, new PasswordStep(this));
    setPage(WordsPage, new WordsStep(this));
    setPage(ConfirmPage, new ConfirmStep(this));
    setPage(SavePage, new SaveStep(this));
    const struct { WizardButton which; const char *name; const char *accessible; } buttons[] = {
        {NextButton, "nextButton", QT_TR_NOOP("Next")},       {BackButton, "backButton", QT_TR_NOOP("Back")},
        {CommitButton, "commitButton", QT_TR_NOOP("Create wallet")}, {FinishButton, "finishButton", QT_TR_NOOP("Finish")},
        {CancelButton, "cancelButton", QT_TR_NOOP("Cancel")},
    };
    for (const auto &b : buttons) {
        button(b.which)->setObjectName(QLatin1String(b.name));
        button(b.which)->setAccessibleName(tr(b.accessible));
    }
    generateWords(12);
}

CreateWalletWizard::~CreateWalletWizard() = default;

QStringList CreateWalletWizard::words() const
{
    return QString::fromUtf8(m_mnemonic.view()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

int CreateWalletWizard::wordCount() const { return int(words().size()); }

void CreateWalletWizard::generateWords(int count)
{
    m_mnemonic = crypto::bip39::generateMnemonic(count);
    m_positions.clear();
    while (m_positions.size() < 3) {
        const int position = int(QRandomGenerator::global()->bounded(count)) + 1;
        if (!m_positions.contains(position))
            m_positions.append(position);
    }
    std::sort(m_positions.begin(), m_positions.end());
}

QString CreateWalletWizard::password() const
{
    return static_cast<PasswordStep *>(page(PasswordPage))->password();
}

void CreateWalletWizard::startSave()
{
    if (m_saving || !m_created.isEmpty())
        return;
    m_saving = true;
    Q_EMIT savingChanged(true);
    m_pending = m_wallet.importMnemonic(m_mnemonic, {}, 0, crypto::SecureBytes(password().toUtf8()), m_strength);
    m_discarded = false;
    onResult(this, m_pending, [this](const Result<crypto::WalletKey> &saved) {
        if (m_discarded)
            return;
        m_saving = false;
        Q_EMIT savingChanged(false);
        if (!saved) {
            Q_EMIT saveFailed(walletErrorSentence(saved.error()));
            return;
        }
        m_created = saved->address.toChecksummed();
        Q_EMIT walletCreated(m_created);
    });
}

void CreateWalletWizard::reject()
{
    if (m_saving) {
        // Discard: a job not yet started is skipped; one that has started is moved aside when it ends.
        // Not QFuture::cancel(): a job already running would still store the key, and a cancelled
        // future drops its result, so nothing could take the key out again.
        m_discarded = true;
        discardWhenDone(m_pending, m_wallet);
        m_saving = false;
    }
    m_clipboard->clearNow();
    QWizard::reject();
}

} // namespace inkan::ui
