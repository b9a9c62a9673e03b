// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QLoggingCategory>

namespace CallData {

/** calldata.ui: what the window does (start, language, settings); debug output off by default. */
Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace CallData
