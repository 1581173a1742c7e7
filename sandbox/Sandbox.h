// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The sandbox as one object: worker thread, database, routes, HTTP server. The thin main in
// app/sandbox_main.cpp parses the command line and runs this.
#include "Error.h"
#include "SandboxState.h"
#include "Worker.h"

#include <QObject>

#include <memory>

namespace inkan::sandbox {

class HttpServer;
class Router;

class Sandbox : public QObject {
    Q_OBJECT
public:
    explicit Sandbox(SandboxOptions options, QObject *parent = nullptr);
    ~Sandbox() override;

    /// Opens DIR/sandbox.sqlite, seeds the demo when asked, listens; the base URL on success.
    Result<QString> start();
    /// Stops listening, lets the worker finish its current job, closes the database.
    void stop();

private:
    Worker m_worker;
    std::unique_ptr<SandboxState> m_state;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<HttpServer> m_server;
    bool m_open = false;
};

} // namespace inkan::sandbox
