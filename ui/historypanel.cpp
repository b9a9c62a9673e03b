// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "historypanel.h"

#include "ui_historypanel.h"

#include <QEvent>
#include <QLocale>

namespace CallData {

namespace {

constexpr int RecordIndexRole = Qt::UserRole;
constexpr int MaxDetailLineLength = 200;

// A 10,000-character value must not widen the dock.
QString elided(const QString &text)
{
    return text.size() <= MaxDetailLineLength ? text : text.left(MaxDetailLineLength) + QChar(0x2026);
}

} // namespace

QString historyOutcomeText(const AuditRecord &record)
{
    if (record.outcome == QLatin1String("success"))
        return HistoryPanel::tr("Accepted (%1)").arg(record.status);
    if (record.outcome == QLatin1String("canceled"))
        return HistoryPanel::tr("Canceled; the server may have received it");
    QString text = record.status > 0 ? HistoryPanel::tr("Refused (%1)").arg(record.status)
                                     : HistoryPanel::tr("No answer (%1)").arg(record.outcome);
    if (!record.errorId.isEmpty())
        text += QStringLiteral(": ") + record.errorId;
    else if (record.status == 0 && !record.transportError.isEmpty())
        text += QStringLiteral(": ") + record.transportError;
    if (record.stage == QLatin1String("login"))
        text = HistoryPanel::tr("Login failed, not sent: %1").arg(text);
    return text;
}

HistoryPanel::HistoryPanel(const QString &logPath, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::HistoryPanel>()), m_log(logPath)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("history_panel"));
    m_ui->history_list->header()->setStretchLastSection(true);
    connect(m_ui->history_filter_edit, &QLineEdit::textChanged, this, &HistoryPanel::fillList);
    connect(m_ui->history_list, &QTreeWidget::itemSelectionChanged, this, &HistoryPanel::showSelected);
    connect(m_ui->history_list, &QTreeWidget::itemActivated, this, [this] {
        if (const AuditRecord *record = selectedRecord())
            emit loadRequested(*record);
    });
    connect(m_ui->history_refresh_button, &QPushButton::clicked, this, &HistoryPanel::reload);
    connect(m_ui->history_load_button, &QPushButton::clicked, this, [this] {
        if (const AuditRecord *record = selectedRecord())
            emit loadRequested(*record);
    });
    // The log is read when the panel is first shown or filtered, not at start-up: a long log
    // would otherwise delay every start of the window, History shown or not.
}

HistoryPanel::~HistoryPanel() = default;

void HistoryPanel::reload()
{
    m_stale = true;
    if (isVisible())
        readLog();
}

void HistoryPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        readLog();
}

void HistoryPanel::readLog()
{
    m_stale = false;
    const AuditReadResult read = m_log.read();
    m_records = read.records;
    m_readProblem = read.error;
    if (m_readProblem.isEmpty() && !read.unreadableLines.isEmpty())
        m_readProblem =
            tr("%n line(s) of the audit log could not be read; calldata-cli audit verify says why.", nullptr,
               int(read.unreadableLines.size()));
    fillList();
}

void HistoryPanel::fillList()
{
    if (m_stale) {
        readLog(); // fills the list itself
        return;
    }
    const int selectedLine = selectedRecord() ? selectedRecord()->line : 0;
    const QString filter = m_ui->history_filter_edit->text().trimmed();
    QTreeWidget *list = m_ui->history_list;
    list->clear();
    int shown = 0;
    for (qsizetype i = m_records.size() - 1; i >= 0; --i) {
        const AuditRecord &record = m_records.at(i);
        if (!filter.isEmpty() && !record.callId.contains(filter, Qt::CaseInsensitive)
            && !record.campaignId.contains(filter, Qt::CaseInsensitive))
            continue;
        auto *item = new QTreeWidgetItem(list,
                                         {QLocale().toString(record.time.toLocalTime(), QLocale::ShortFormat),
                                          record.campaignId, record.callId, historyOutcomeText(record)});
        item->setData(0, RecordIndexRole, int(i));
        item->setToolTip(3, record.message.isEmpty() ? historyOutcomeText(record) : record.message);
        if (record.line == selectedLine)
            list->setCurrentItem(item);
        ++shown;
    }
    for (int column = 0; column < list->columnCount() - 1; ++column)
        list->resizeColumnToContents(column);

    QString status;
    if (m_records.isEmpty())
        status = tr("No corrections sent yet.");
    else if (shown == m_records.size())
        status = tr("%n correction(s).", nullptr, shown);
    else
        status = tr("%1 of %2 corrections.").arg(shown).arg(m_records.size());
    if (!m_readProblem.isEmpty())
        status += QLatin1Char(' ') + m_readProblem;
    m_ui->history_status_label->setText(status);
    showSelected();
}

const AuditRecord *HistoryPanel::selectedRecord() const
{
    const QTreeWidgetItem *item = m_ui->history_list->currentItem();
    if (!item || !item->isSelected())
        return nullptr;
    const int index = item->data(0, RecordIndexRole).toInt();
    return index >= 0 && index < m_records.size() ? &m_records.at(index) : nullptr;
}

void HistoryPanel::showSelected()
{
    const AuditRecord *record = selectedRecord();
    m_ui->history_load_button->setEnabled(record != nullptr);
    if (!record) {
        m_ui->history_detail_label->setText(tr("Select a correction to see what was sent."));
        return;
    }
    QStringList lines;
    lines << tr("%1 by %2 on %3, from %4.")
                 .arg(QLocale().toString(record->time.toLocalTime(), QLocale::LongFormat), record->user,
                      record->server, record->source);
    for (const Icws::Attribute &attribute : record->attributes)
        lines << elided(attribute.first + QStringLiteral(" = ") + attribute.second);
    if (record->masked)
        lines << tr("Values were masked in the log; loading fills in the keys only.");
    lines << historyOutcomeText(*record);
    if (!record->message.isEmpty())
        lines << elided(record->message);
    m_ui->history_detail_label->setText(lines.join(QLatin1Char('\n')));
}

void HistoryPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillList();
    }
}

} // namespace CallData
