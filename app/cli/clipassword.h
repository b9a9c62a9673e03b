// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

namespace CallDataCli {

struct Options;

struct PasswordResult
{
    QString password;
    QString error; ///< translated advice; empty on success

    bool ok() const { return error.isEmpty(); }
};

/**
 * The password for a real run, never from the command line: the first line of stdin with
 * --password-stdin; else ICWS_PASSWORD; else a prompt with echo off when stdin is a terminal.
 * Without any of these, an error that says how to pass it.
 */
PasswordResult obtainPassword(const Options &options, const QString &prompt);

/**
 * The password in the first line of --password-stdin input (without its "\n" or "\r\n",
 * decoded as UTF-8); nullopt means the input ended before any byte. An empty line is an error.
 */
PasswordResult passwordFromFirstLine(const std::optional<QByteArray> &line);

/** True when logging in to baseUrl sends the password unencrypted (http://). */
bool passwordGoesInClear(const QUrl &baseUrl);
/** The stderr warning for an http:// server (translated), or empty for https://. */
QString passwordInClearWarning(const QUrl &baseUrl);

} // namespace CallDataCli
