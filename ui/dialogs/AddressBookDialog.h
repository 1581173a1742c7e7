// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Names for addresses: a list of the address book (AddressBookModel) and a form to add an entry,
// rename one (select it, change the name, Save) or remove one. Bad input is refused with the
// book's sentence and changes nothing. Non-modal: open() or show() it.
#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace inkan::models { class AddressBookModel; }

namespace inkan::ui {

class AddressBookDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddressBookDialog(models::AddressBookModel *model, QWidget *parent = nullptr);
    QString errorText() const;

public Q_SLOTS:
    void saveEntry();
    void removeSelected();

private:
    void showSelected();
    void showError(const QString &message);

    models::AddressBookModel *m_model;
    QListView *m_list;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QPushButton *m_save;
    QPushButton *m_remove;
    QLabel *m_error;
};

} // namespace inkan::ui
