// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace CallData {

/**
 * Installs Qt's own and our translators for a language tag ("de", "fr-FR"); empty means the
 * system's UI languages. English needs no translator. Returns the tag of the locale whose
 * translation was loaded, or "en" when the texts stay English. When the language asked for is
 * neither English nor shipped, *unavailableNotice gets one sentence saying so and naming the
 * shipped languages (callers show it once); else it is cleared.
 */
QString installTranslations(QCoreApplication &application, const QString &language,
                            QString *unavailableNotice = nullptr);

/** The languages the user interface is shipped in, as tags ("de", "en", "fr", ...), sorted. */
QStringList shippedLanguages();

} // namespace CallData
