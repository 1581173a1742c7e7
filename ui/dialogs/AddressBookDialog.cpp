// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "AddressBookDialog.h"

#include "WalletDialogParts.h"
#include "models/AddressBookModel.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace inkan::ui {

AddressBookDialog::AddressBookDialog(models::AddressBookModel *model, QWidget *parent) : QDialog(parent), m_model(model)
{
    setObjectName(QStringLiteral("addressBookDialog"));
    setWindowTitle(tr("Address book"));
    setAccessibleName(tr("Address book"));

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("addressBookList"));
    m_list->setAccessibleName(tr("Address book entries"));
    m_list->setModel(model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("entryNameEdit"));
    m_name->setAccessibleName(tr("Name"));
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("entryAddressEdit"));
    m_address->setAccessibleName(tr("Address"));
    m_address->setPlaceholderText(QStringLiteral("0x…"));
    m_address->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_save = new QPushButton(tr("&Save entry"), this);
    m_save->setObjectName(QStringLiteral("saveEntryButton"));
    m_save->setAccessibleName(tr("Save entry"));
    m_remove = new QPushButton(tr("&Remove entry"), this);
    m_remove->setObjectName(QStringLiteral("removeEntryButton"));
    m_remove->setAccessibleName(tr("Remove entry"));
    m_error = makeErrorBanner(this);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->setObjectName(QStringLiteral("addressBookButtons"));
    close->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    close->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    auto *row = new QHBoxLayout;
    row->addWidget(m_save);
    row->addWidget(m_remove);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addWidget(close);

    connect(m_save, &QPushButton::clicked, this, &AddressBookDialog::saveEntry);
    connect(m_remove, &QPushButton::clicked, this, &AddressBookDialog::removeSelected);
    connect(m_address, &QLineEdit::returnPressed, this, &AddressBookDialog::saveEntry);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &AddressBookDialog::showSelected);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString AddressBookDialog::errorText() const { return m_error->isHidden() ? QString() : m_error->text(); }

void AddressBookDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void AddressBookDialog::showSelected()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    m_name->setText(current.data(models::AddressBookModel::NameRole).toString());
    m_address->setText(current.data(models::AddressBookModel::AddressRole).toString());
}

void AddressBookDialog::saveEntry()
{
    const Result<void> saved = m_model->setEntry(m_name->text(), m_address->text());
    if (!saved) {
        showError(saved.error().message);
        return;
    }
    showError({});
    m_list->setCurrentIndex(m_model->index(m_model->rowOf(m_address->text())));
}

void AddressBookDialog::removeSelected()
{
    const Result<void> removed = m_model->removeEntry(m_list->currentIndex().row());
    if (!removed) {
        showError(removed.error().message);
        return;
    }
    showError({});
    m_name->clear();
    m_address->clear();
}

} // namespace inkan::ui
