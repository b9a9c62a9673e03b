// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

// Drafts: the unsent correction is written atomically after changes pause and survives the
// store being destroyed without a flush (a crash or a kill).
#include "draftstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace CallData;
using namespace Qt::StringLiterals;

namespace {

// Read and write for the owner, nothing for group and others: the file holds customer data.
bool ownerAlone(const QString &path)
{
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner) && !(permissions & others);
}

} // namespace

class tst_DraftStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    static Draft sample()
    {
        Draft draft;
        draft.campaignId = u"4F1C2A"_s;
        draft.callId = u"1001"_s;
        draft.attributes = {{u"customer_name"_s, u"Jane \"JD\" Doe"_s}, {u"zip"_s, QString()}};
        return draft;
    }

private slots:
    void init()
    {
        m_path =
            m_dir.filePath(u"drafts-%1/draft.json"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    }

    void writesOnceChangesPause()
    {
        DraftStore store(m_path);
        store.setDebounceMs(50);
        Draft draft = sample();
        draft.callId = u"first"_s;
        store.update(draft);
        store.update(sample());
        QVERIFY(store.hasPendingWrite());
        QVERIFY(!QFile::exists(m_path));
        QTRY_VERIFY(QFile::exists(m_path));
        QVERIFY(!store.hasPendingWrite());

        const std::optional<Draft> loaded = DraftStore(m_path).load();
        QVERIFY(loaded);
        QCOMPARE(loaded->campaignId, u"4F1C2A"_s);
        QCOMPARE(loaded->callId, u"1001"_s);
        QCOMPARE(loaded->attributes, sample().attributes);
        QVERIFY(loaded->savedAt.isValid());
        QCOMPARE(loaded->savedAt.timeSpec(), Qt::UTC);
        QVERIFY(ownerAlone(m_path));
    }

    void savedDraftSurvivesTheStoreDyingWithoutAFlush()
    {
        {
            auto store = std::make_unique<DraftStore>(m_path);
            store->setDebounceMs(10);
            store->update(sample());
            QTRY_VERIFY(QFile::exists(m_path));
            Draft newer = sample();
            newer.callId = u"1002"_s;
            store->update(newer); // pending, never written: the crash comes first
        }
        const std::optional<Draft> loaded = DraftStore(m_path).load();
        QVERIFY(loaded);
        QCOMPARE(loaded->callId, u"1001"_s);
    }

    void flushWritesAtOnce()
    {
        DraftStore store(m_path);
        store.update(sample());
        QVERIFY(store.flush());
        QVERIFY(QFile::exists(m_path));
        QVERIFY(!store.hasPendingWrite());
    }

    void clearRemovesTheDraftAndThePendingWrite()
    {
        DraftStore store(m_path);
        store.update(sample());
        QVERIFY(store.flush());
        store.update(sample());
        store.clear();
        QVERIFY(!QFile::exists(m_path));
        QVERIFY(!store.hasPendingWrite());
        QVERIFY(!store.load());
    }

    void emptyDraftRemovesTheFile()
    {
        DraftStore store(m_path);
        store.update(sample());
        QVERIFY(store.flush());
        store.update(Draft());
        QVERIFY(store.flush());
        QVERIFY(!QFile::exists(m_path));
    }

    void unreadableDraftIsReportedAndKept()
    {
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"v\":1,\"campaignId\":");
        file.close();
        QString error;
        QVERIFY(!DraftStore(m_path).load(&error));
        QVERIFY2(error.contains(u"cannot be read"_s), qPrintable(error));
        QVERIFY(QFile::exists(m_path));
    }

    void unwritableDraftIsReportedOnce()
    {
        const QString blocker = m_dir.filePath(u"blocker"_s);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        DraftStore store(blocker + u"/draft.json"_s);
        QSignalSpy failed(&store, &DraftStore::writeFailed);
        store.update(sample());
        QVERIFY(!store.flush());
        store.update(sample());
        QVERIFY(!store.flush());
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(blocker), qPrintable(failed.at(0).at(0).toString()));
    }
};

QTEST_GUILESS_MAIN(tst_DraftStore)
#include "tst_draftstore.moc"
