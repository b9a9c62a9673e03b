// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "uilogging.h"

namespace CallData {

Q_LOGGING_CATEGORY(lcUi, "calldata.ui", QtInfoMsg)

} // namespace CallData
