// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QCoreApplication>

namespace CallDataCli {

// lupdate reads the context from here: every CLI text is in "CallDataCli".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CallDataCli)
};

} // namespace CallDataCli
