// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

// Which language the texts come in, and what a user hears when theirs is not shipped.
#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class tst_Translations final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        QLocale::setDefault(QLocale::c());
        // Each test starts with no catalogue installed, as the program does: a notice composed after
        // an earlier test loaded French would otherwise come out in French.
        for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    void shippedLanguagesAreEnglishAndTheEmbeddedCatalogues()
    {
        const QStringList shipped = CallData::shippedLanguages();
        QVERIFY2(shipped.contains(u"en"_s), qPrintable(shipped.join(u' ')));
        QVERIFY2(shipped.contains(u"de"_s), qPrintable(shipped.join(u' ')));
        QVERIFY2(shipped.contains(u"fr"_s), qPrintable(shipped.join(u' ')));
        QStringList sorted = shipped;
        sorted.sort();
        QCOMPARE(shipped, sorted);
    }

    void languageNotShippedSaysSoAndNamesTheShippedOnes()
    {
        QString notice;
        QCOMPARE(CallData::installTranslations(*QCoreApplication::instance(), u"it"_s, &notice), u"en"_s);
        QVERIFY2(notice.contains(u"\"it\" is not available"_s), qPrintable(notice));
        QVERIFY2(notice.contains(u"en (English)"_s), qPrintable(notice));
        QVERIFY2(notice.contains(u"de (Deutsch)"_s), qPrintable(notice));
        QVERIFY2(notice.contains(u"fr (français)"_s), qPrintable(notice));
        // The texts really stay English (runs before any test installs a catalogue).
        QCOMPARE(QCoreApplication::translate("CallData::LaunchOptions", "IC user name."), u"IC user name."_s);
    }

    void shippedLanguageLoadsWithoutNotice_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("loaded");
        QTest::newRow("German") << u"de"_s << u"de"_s;
        QTest::newRow("Austrian German falls back to German") << u"de-AT"_s << u"de-AT"_s;
        QTest::newRow("French") << u"fr"_s << u"fr"_s;
        QTest::newRow("English needs no catalogue") << u"en-GB"_s << u"en"_s;
    }
    void shippedLanguageLoadsWithoutNotice()
    {
        QFETCH(QString, requested);
        QFETCH(QString, loaded);
        QString notice = u"stale"_s;
        QCOMPARE(CallData::installTranslations(*QCoreApplication::instance(), requested, &notice), loaded);
        QVERIFY2(notice.isEmpty(), qPrintable(notice));
    }

    void systemLanguageNotShippedSaysSoToo()
    {
        QLocale::setDefault(QLocale(u"sv_SE"_s));
        QString notice;
        QCOMPARE(CallData::installTranslations(*QCoreApplication::instance(), QString(), &notice), u"en"_s);
        QVERIFY2(notice.contains(u"\"sv_SE\" is not available"_s), qPrintable(notice));
    }

    void cLocaleOfAServerNeedsNoNotice()
    {
        QLocale::setDefault(QLocale::c());
        QString notice;
        QCOMPARE(CallData::installTranslations(*QCoreApplication::instance(), QString(), &notice), u"en"_s);
        QVERIFY2(notice.isEmpty(), qPrintable(notice));
    }
};

QTEST_GUILESS_MAIN(tst_Translations)

#include "tst_translations.moc"
