#pragma once

#include <QStringList>

class QComboBox;

namespace CallData {

/** Replaces an editable combo box's list (recent servers, campaigns) and keeps the typed text. */
void setComboItems(QComboBox *combo, const QStringList &items);

} // namespace CallData
