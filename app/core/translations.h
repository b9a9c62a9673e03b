#pragma once

#include <QString>

class QCoreApplication;

namespace CallData {

/**
 * Installs Qt's own and our translators for a language tag ("de", "fr-FR"); empty means the
 * system's UI languages. English needs no translator. Returns the tag of the locale whose
 * translation was loaded, or "en" when the texts stay English.
 */
QString installTranslations(QCoreApplication &application, const QString &language);

} // namespace CallData
