// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The sandbox's demo.json as the integration tests read it: service URLs, the organization's
// API key secret, the end-users and the self-custody wallets.
//
//   DemoData demo{sandbox.demo()};
//   Web3ConnectClient client(&transport, demo.service("web3connect"));
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace inkan::test {

struct DemoData {
    QJsonObject json;

    QUrl service(const char *name) const
    {
        return QUrl(json.value(QLatin1String("services")).toObject().value(QLatin1String(name)).toString());
    }
    QString orgSecret() const
    {
        return json.value(QLatin1String("organization")).toObject().value(QLatin1String("api_key_secret")).toString();
    }
    QJsonObject endUser(int i) const { return json.value(QLatin1String("end_users")).toArray().at(i).toObject(); }
    QJsonObject wallet(int i) const { return json.value(QLatin1String("wallets")).toArray().at(i).toObject(); }
};

} // namespace inkan::test
