#include "uilogging.h"

namespace CallData {

Q_LOGGING_CATEGORY(lcUi, "calldata.ui", QtInfoMsg)

} // namespace CallData
