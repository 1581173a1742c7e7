// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The gallery's filters over an NftModel: visibility (public / private), kind, the local hide
// list (session/HiddenNfts) and authenticity. Three views: the NFTs to show (not hidden, not
// found unverified), the hidden ones (to unhide them), and the unverified ones (forged, or
// without a signature), which are kept apart. Adds AuthenticityRole.
#include "services/web3connect/Authenticity.h"
#include <QPointer>
#include <QSortFilterProxyModel>

namespace inkan::session { class HiddenNfts; }

namespace inkan::models {

class NftFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class Show { Gallery, Hidden, Unverified };
    Q_ENUM(Show)
    enum class Visibility { Any, Public, Private };
    Q_ENUM(Visibility)
    /// int of Authenticity::Verdict, or an invalid QVariant while not checked.
    static constexpr int AuthenticityRole = Qt::UserRole + 100;
    static constexpr int AuthenticitySentenceRole = Qt::UserRole + 101;
    static constexpr int HiddenRole = Qt::UserRole + 102;

    explicit NftFilterModel(QObject *parent = nullptr);

    /// The hide list and whose NFTs these are (either may be null/empty).
    void setHiddenNfts(session::HiddenNfts *hidden, const QString &holder);
    /// Verdicts come from here; each NFT shown is checked once as it arrives.
    void setAuthenticityChecker(services::web3connect::AuthenticityChecker *checker);

    void setShow(Show show);
    Show show() const { return m_show; }
    void setVisibilityFilter(Visibility visibility);
    Visibility visibilityFilter() const { return m_visibility; }
    /// Empty: any kind.
    void setKindFilter(const QString &kind);
    QString kindFilter() const { return m_kind; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    /// Checks the rows not checked yet (`again`: all of them, their NFT changed).
    void checkRows(int first, int last, bool again = false);
    void refilter();

    QPointer<session::HiddenNfts> m_hidden;
    QString m_holder;
    QPointer<services::web3connect::AuthenticityChecker> m_checker;
    Show m_show = Show::Gallery;
    Visibility m_visibility = Visibility::Any;
    QString m_kind;
};

} // namespace inkan::models
