// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "livecallsflow.h"

#include "appsettings.h"
#include "calldatamodel.h"
#include "chosencall.h"
#include "correctionpanel.h"
#include "livecallspanel.h"
#include "livecallswatch.h"
#include "messagebar.h"
#include "protocol.h"
#include "sessioncontroller.h"

#include <QAccessible>
#include <QLabel>
#include <QPainter>
#include <QPointer>

namespace CallData {

namespace {

// The countdown and "left the queue" line: drawn like a warning in the message bar (tinted, with
// the accent stripe), in whatever palette is current, so it reads as a warning and not a selection.
class CallStatusLine final : public QLabel
{
public:
    CallStatusLine() { setContentsMargins(12, 4, 8, 4); }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), MessageBar::backgroundColor(MessageBar::Type::Warning, palette()));
        painter.fillRect(QRect(0, 0, 4, height()),
                         MessageBar::accentColor(MessageBar::Type::Warning, palette()));
        painter.end();
        QLabel::paintEvent(event);
    }
};

} // namespace

LiveCallsFlow::LiveCallsFlow(SessionController *session, AppSettings *settings, const Parts &parts,
                             QObject *parent)
    : QObject(parent), m_session(session), m_settings(settings), m_parts(parts),
      m_watch(new LiveCallsWatch(session, this)), m_chosen(new ChosenCall(session, m_watch, this)),
      m_statusLabel(new CallStatusLine)
{
    m_statusLabel->setObjectName(QStringLiteral("call_status"));
    m_statusLabel->setAccessibleName(tr("Call status"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->hide();
    m_settingsActions = LiveCallsPanel::createSettingsActions(m_watch, settings, parts.correction->window(),
                                                              [this] { applySettings(); });
    applySettings();

    CallDataModel *model = parts.model;
    model->setHeldValueProvider([chosen = QPointer<ChosenCall>(m_chosen)](const QString &key) {
        return chosen ? chosen->heldValue(key) : std::nullopt;
    });
    connect(m_chosen, &ChosenCall::heldValuesChanged, model, &CallDataModel::heldValuesChanged);
    connect(m_watch->model(), &LiveCallsModel::callsChanged, model, &CallDataModel::heldValuesChanged);
    connect(m_chosen, &ChosenCall::statusChanged, this, &LiveCallsFlow::showCallStatus);
    connect(m_chosen, &ChosenCall::verificationFinished, this, &LiveCallsFlow::onVerificationFinished);
    // The keys and the call ID the chosen call follows are the ones typed.
    connect(parts.correction, &CorrectionPanel::inputChanged, this, &LiveCallsFlow::followCorrection);
    connect(model, &CallDataModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.column() == CallDataModel::KeyColumn)
            followCorrection();
    });
    connect(model, &CallDataModel::rowsInserted, this, &LiveCallsFlow::followCorrection);
    connect(model, &CallDataModel::rowsRemoved, this, &LiveCallsFlow::followCorrection);
    connect(model, &CallDataModel::modelReset, this, &LiveCallsFlow::followCorrection);

    connect(session, &SessionController::stateChanged, this, [this](SessionController::State state) {
        if (state != SessionController::State::LoggedIn)
            return;
        m_hostPort = Icws::hostPort(m_session->session().baseUrl);
        if (m_panel)
            m_panel->setServer(m_hostPort);
    });
    connect(session, &SessionController::updateFinished, this,
            [this](const Icws::Result &result, const Icws::CallDataUpdate &update) {
                m_acceptedText.clear();
                if (!result.ok() || update.callId.trimmed() != m_chosen->callId())
                    return;
                m_acceptedText = m_parts.messages->text(); // the window's "Accepted by the server (202)…"
                m_chosen->expect(update.attributes);
            });
    followCorrection();
}

// The panel and the label live in the window's widget tree; the model may already be gone.
LiveCallsFlow::~LiveCallsFlow() = default;

LiveCallsPanel *LiveCallsFlow::createPanel()
{
    m_panel = new LiveCallsPanel(m_watch, m_settings);
    m_panel->setObjectName(QStringLiteral("live_calls_panel"));
    connect(m_panel, &LiveCallsPanel::callChosen, this,
            [this](const QString &campaignId, const QString &callId) {
                m_parts.correction->prefill(campaignId, callId); // the table's rows stay
                followCorrection();
            });
    if (!m_hostPort.isEmpty())
        m_panel->setServer(m_hostPort); // logged in before the panel was first shown
    return m_panel;
}

void LiveCallsFlow::applySettings()
{
    m_chosen->setCorrectionWindowSeconds(m_settings->correctionWindowSeconds());
    m_chosen->setSeenTimeoutSeconds(m_settings->seenTimeoutSeconds());
    followCorrection();
}

void LiveCallsFlow::followCorrection()
{
    const Icws::CallDataUpdate current = m_parts.correction->currentUpdate();
    QStringList keys;
    for (const Icws::Attribute &attribute : current.attributes)
        keys << attribute.first;
    m_chosen->setKeys(keys);
    m_chosen->setCallId(current.callId);
}

void LiveCallsFlow::showCallStatus(const QString &text)
{
    m_statusLabel->setText(text);
    m_statusLabel->setAccessibleDescription(text);
    m_statusLabel->setVisible(!text.isEmpty());
    if (text.isEmpty())
        return;
        // Read out by screen readers when it appears or changes, not only when focused.
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QAccessibleAnnouncementEvent announcement(m_statusLabel, text);
    announcement.setPoliteness(QAccessible::AnnouncementPoliteness::Assertive);
    QAccessible::updateAccessibility(&announcement);
#else
    QAccessibleEvent event(m_statusLabel, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
#endif
}

void LiveCallsFlow::onVerificationFinished(int seen, int total, bool timedOut)
{
    // Only completes the 202 message it belongs to, never a later one.
    if (m_acceptedText.isEmpty() || m_parts.messages->text() != m_acceptedText)
        return;
    QString text = m_acceptedText;
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    if (!timedOut) {
        m_parts.messages->showMessage(text + tr(" \u2014 seen on the call: %1 of %2.").arg(seen).arg(total),
                                      MessageBar::Type::Success);
    } else {
        m_parts.messages->showMessage(text
                                          + tr(" \u2014 but after %n s the call shows %1 of %2 sent values. "
                                               "The server received the correction; "
                                               "whether Dialer applied it is not confirmed.",
                                               nullptr, m_settings->seenTimeoutSeconds())
                                                .arg(seen)
                                                .arg(total),
                                      MessageBar::Type::Warning);
    }
    m_acceptedText.clear();
}

} // namespace CallData
