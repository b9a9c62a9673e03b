// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "livecallspanel.h"

#include "ui_livecallspanel.h"

#include "appsettings.h"
#include "livecallsdelegate.h"
#include "livecallsmodel.h"
#include "livecallswatch.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QTimer>

#include <utility>

namespace CallData {

LiveCallsPanel::LiveCallsPanel(LiveCallsWatch *watch, AppSettings *settings, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::LiveCallsPanel>()), m_watch(watch), m_settings(settings),
      m_filter(new LiveCallsFilter(this))
{
    m_ui->setupUi(this);
    LiveCallsModel *model = watch->model();
    model->setExtraAttributes(settings->liveCallsColumns());
    model->setCallIdAttribute(settings->callIdAttribute());
    m_filter->setSourceModel(model);
    QTableView *table = m_ui->live_calls_table;
    table->setModel(m_filter);
    table->setItemDelegate(new LiveCallsDelegate(table)); // one line per cell: the form turns word wrap off
    table->sortByColumn(LiveCallsModel::AgentColumn, Qt::AscendingOrder);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setDefaultSectionSize(110);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->installEventFilter(this);

    connect(m_ui->watch_button, &QPushButton::clicked, this, &LiveCallsPanel::watch);
    connect(m_ui->agents_edit, &QLineEdit::returnPressed, this, &LiveCallsPanel::watch);
    connect(m_ui->workgroups_edit, &QLineEdit::returnPressed, this, &LiveCallsPanel::watch);
    connect(m_ui->show_all_check, &QCheckBox::toggled, m_filter, &LiveCallsFilter::setShowAllCalls);
    connect(m_ui->filter_edit, &QLineEdit::textChanged, m_filter, &LiveCallsFilter::setFilterText);
    connect(m_ui->use_call_button, &QPushButton::clicked, this, &LiveCallsPanel::useSelectedCall);
    connect(table, &QTableView::doubleClicked, this, &LiveCallsPanel::useSelectedCall);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LiveCallsPanel::updateUseButton);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &LiveCallsPanel::updateUseButton);
    // A full picture (a new or replaced subscription, a re-login) resets the list: the row the
    // supervisor had chosen stays chosen if the call is still there.
    connect(m_filter, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_callBeforeReset =
            m_ui->live_calls_table->currentIndex().data(LiveCallsModel::InteractionIdRole).toString();
    });
    connect(m_filter, &QAbstractItemModel::modelReset, this, &LiveCallsPanel::restoreCallAfterReset);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &LiveCallsPanel::updateUseButton);
    connect(watch, &LiveCallsWatch::stateChanged, this, &LiveCallsPanel::updateStatus);
    connect(model, &LiveCallsModel::callsChanged, this, &LiveCallsPanel::updateStatus);

    // "Since the end" counts up while the panel is visible.
    auto *clock = new QTimer(this);
    clock->setInterval(1000);
    connect(clock, &QTimer::timeout, model, &LiveCallsModel::refreshTimes);
    clock->start();

    updateStatus();
    updateUseButton();
}

LiveCallsPanel::~LiveCallsPanel() = default;

void LiveCallsPanel::restoreCallAfterReset()
{
    const QString callId = std::exchange(m_callBeforeReset, {});
    if (callId.isEmpty())
        return;
    const QModelIndexList found = m_filter->match(m_filter->index(0, 0), LiveCallsModel::InteractionIdRole,
                                                  callId, 1, Qt::MatchExactly);
    if (found.isEmpty())
        return;
    m_ui->live_calls_table->selectionModel()->setCurrentIndex(
        found.first(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QTableView *LiveCallsPanel::table() const
{
    return m_ui->live_calls_table;
}

void LiveCallsPanel::setServer(const QString &hostPort)
{
    if (hostPort.compare(m_hostPort, Qt::CaseInsensitive) == 0)
        return;
    m_hostPort = hostPort;
    const AppSettings::LiveCallsWatchText remembered = m_settings->liveCallsWatch(hostPort);
    // What was typed for this server before; fields already filled (command line) stay.
    if (m_ui->agents_edit->text().trimmed().isEmpty() && m_ui->workgroups_edit->text().trimmed().isEmpty()) {
        m_ui->agents_edit->setText(remembered.agents);
        m_ui->workgroups_edit->setText(remembered.workgroups);
    } else if (m_watch->hasWatch()) {
        rememberFields(); // a watch started before the login (command line) belongs to this server
    }
}

void LiveCallsPanel::rememberFields()
{
    if (m_hostPort.isEmpty())
        return;
    m_settings->setLiveCallsWatch(
        m_hostPort, {m_ui->agents_edit->text().trimmed(), m_ui->workgroups_edit->text().trimmed()});
    m_settings->sync();
}

void LiveCallsPanel::watchFromCommandLine(const QString &agents, const QString &workgroups)
{
    m_ui->agents_edit->setText(agents);
    m_ui->workgroups_edit->setText(workgroups);
    // Show where the lists begin, not their last characters.
    m_ui->agents_edit->setCursorPosition(0);
    m_ui->workgroups_edit->setCursorPosition(0);
    watch();
}

void LiveCallsPanel::watch()
{
    QString error;
    if (!m_watch->watch(Icws::splitNameList(m_ui->agents_edit->text()),
                        Icws::splitNameList(m_ui->workgroups_edit->text()), &error)) {
        m_ui->watch_status->setText(error);
        m_ui->agents_edit->setFocus();
        return;
    }
    rememberFields();
    updateStatus();
}

void LiveCallsPanel::useSelectedCall()
{
    const QModelIndex current = m_ui->live_calls_table->currentIndex();
    if (!current.isValid())
        return;
    const LiveCall *call = m_watch->model()->find(current.data(LiveCallsModel::InteractionIdRole).toString());
    if (!call)
        return;
    emit callChosen(call->attribute(QStringLiteral("is_attr_campaignid")), m_watch->model()->callIdOf(*call));
}

bool LiveCallsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->live_calls_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            useSelectedCall();
            return true; // not the window's default button
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LiveCallsPanel::updateUseButton()
{
    m_ui->use_call_button->setEnabled(m_ui->live_calls_table->currentIndex().isValid()
                                      && m_ui->live_calls_table->selectionModel()->hasSelection());
}

void LiveCallsPanel::updateStatus()
{
    const bool unavailable = m_watch->state() == LiveCallsWatch::State::Unavailable;
    // Without the queues feature there is nothing to watch: the panel says why and stands still.
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->agents_edit), static_cast<QWidget *>(m_ui->workgroups_edit),
          static_cast<QWidget *>(m_ui->watch_button), static_cast<QWidget *>(m_ui->show_all_check),
          static_cast<QWidget *>(m_ui->filter_edit), static_cast<QWidget *>(m_ui->live_calls_table)})
        widget->setEnabled(!unavailable);
    QString text;
    switch (m_watch->state()) {
    case LiveCallsWatch::State::Idle:
        text = m_watch->hasWatch() ? tr("The watch starts after the login.")
                                   : tr("Name agents or workgroups and choose Watch.");
        break;
    case LiveCallsWatch::State::Starting:
        text = tr("Starting the watch\u2026");
        break;
    case LiveCallsWatch::State::Watching: {
        const int shown = m_filter->rowCount();
        const int all = m_watch->model()->rowCount();
        text = tr("Watching: %n call(s) shown", nullptr, shown) + tr(" (%n on the queues).", nullptr, all);
        break;
    }
    case LiveCallsWatch::State::Refused:
        text = tr("The server refused the watch: %1").arg(m_watch->problemText());
        break;
    case LiveCallsWatch::State::Unavailable:
        text = m_watch->problemText();
        break;
    }
    m_ui->watch_status->setText(text);
    m_ui->watch_status->setAccessibleDescription(text);
    updateUseButton();
}

QList<QAction *> LiveCallsPanel::createSettingsActions(LiveCallsWatch *watch, AppSettings *settings,
                                                       QWidget *dialogParent,
                                                       const std::function<void()> &changed)
{
    auto *columns = new QAction(tr("Live calls &columns\u2026"), dialogParent);
    columns->setObjectName(QStringLiteral("live_calls_columns_action"));
    connect(columns, &QAction::triggered, dialogParent, [watch, settings, dialogParent] {
        bool ok = false;
        const QString text = QInputDialog::getText(
            dialogParent, tr("Live calls columns"),
            tr("More attributes to show as columns, separated by commas:"), QLineEdit::Normal,
            settings->liveCallsColumns().join(QStringLiteral(", ")), &ok);
        if (!ok)
            return;
        const QStringList names = Icws::splitNameList(text);
        settings->setLiveCallsColumns(names);
        settings->sync();
        watch->model()->setExtraAttributes(names);
        watch->resendIfAttributesChanged();
    });
    auto *callId = new QAction(tr("Call &ID attribute\u2026"), dialogParent);
    callId->setObjectName(QStringLiteral("call_id_attribute_action"));
    connect(callId, &QAction::triggered, dialogParent, [watch, settings, dialogParent, changed] {
        const QString interactionId = tr("(the interaction ID)");
        QStringList choices {interactionId, QStringLiteral("is_attr_callid"),
                             QStringLiteral("Eic_CallIdKey")};
        const QString current = settings->callIdAttribute();
        if (!current.isEmpty() && !choices.contains(current))
            choices << current;
        bool ok = false;
        const QString chosen = QInputDialog::getItem(
            dialogParent, tr("Call ID attribute"),
            tr("Use this call fills Call ID from (which one update-call-data wants is not confirmed; follow "
               "your site's lab test):"),
            choices, current.isEmpty() ? 0 : int(choices.indexOf(current)), true, &ok);
        if (!ok)
            return;
        const QString attribute = chosen == interactionId ? QString() : chosen.trimmed();
        settings->setCallIdAttribute(attribute);
        settings->sync();
        watch->model()->setCallIdAttribute(attribute);
        watch->resendIfAttributesChanged();
        changed();
    });
    auto *window = new QAction(tr("Correction &window\u2026"), dialogParent);
    window->setObjectName(QStringLiteral("correction_window_action"));
    connect(window, &QAction::triggered, dialogParent, [settings, dialogParent, changed] {
        bool ok = false;
        const int seconds =
            QInputDialog::getInt(dialogParent, tr("Correction window"),
                                 tr("A call can be corrected this many seconds after it ends:"),
                                 settings->correctionWindowSeconds(), 10, 3600, 10, &ok);
        if (!ok)
            return;
        settings->setCorrectionWindowSeconds(seconds);
        settings->sync();
        changed();
    });
    auto *seen = new QAction(tr("Time to &see a correction\u2026"), dialogParent);
    seen->setObjectName(QStringLiteral("seen_timeout_action"));
    connect(seen, &QAction::triggered, dialogParent, [settings, dialogParent, changed] {
        bool ok = false;
        const int seconds = QInputDialog::getInt(
            dialogParent, tr("Time to see a correction"),
            tr("After the server accepts a correction, wait this many seconds for the call to show it:"),
            settings->seenTimeoutSeconds(), 2, 600, 5, &ok);
        if (!ok)
            return;
        settings->setSeenTimeoutSeconds(seconds);
        settings->sync();
        changed();
    });
    return {columns, callId, window, seen};
}

void LiveCallsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateStatus();
    }
}

} // namespace CallData
