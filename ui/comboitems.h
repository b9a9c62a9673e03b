// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QStringList>

class QComboBox;

namespace CallData {

/** Replaces an editable combo box's list (recent servers, campaigns) and keeps the typed text. */
void setComboItems(QComboBox *combo, const QStringList &items);

} // namespace CallData
