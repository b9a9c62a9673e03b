// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "messagebar.h"

#include "calldata.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace CallData {

namespace {

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() * (1 - amountOfB) + b.redF() * amountOfB,
                            a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB,
                            a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB);
}

} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_action(new QPushButton(this)),
      m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("message_bar"));
    setFrameShape(QFrame::NoFrame);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    setAccessibleName(tr("Message"));

    m_icon->setObjectName(QStringLiteral("message_icon"));
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_icon->setAccessibleName(tr("Message type"));

    m_text->setObjectName(QStringLiteral("message_text"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_text->setFocusPolicy(Qt::NoFocus);

    m_action->setObjectName(QStringLiteral("message_action_button"));
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &MessageBar::actionTriggered);

    m_close->setObjectName(QStringLiteral("message_close_button"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close message"));
    m_close->setAccessibleName(tr("Close message"));
    connect(m_close, &QToolButton::clicked, this, &MessageBar::hideMessage);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 6, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    hide(); // the icon is looked up when a message is shown: a theme lookup costs start-up time
}

MessageBar::~MessageBar() = default;

void MessageBar::showMessage(const QString &text, Type type, const QString &actionText)
{
    m_type = type;
    m_fullText = text;
    m_text->setText(Icws::elidedForDisplay(text));
    m_action->setText(actionText);
    m_action->setAccessibleName(actionText);
    m_action->setVisible(!actionText.isEmpty());
    setAccessibleDescription(typeName(type) + QLatin1String(": ") + text);
    updateIcon();
    show();
    update();

    // Let screen readers announce the new text without moving the focus.
    QAccessibleEvent event(
        m_text, type == Type::Error || type == Type::Warning ? QAccessible::Alert : QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void MessageBar::hideMessage()
{
    hide();
    m_text->clear();
    m_fullText.clear();
    m_action->hide();
    m_action->setText({});
    setAccessibleDescription({});
}

QString MessageBar::text() const
{
    return m_fullText;
}

QString MessageBar::actionText() const
{
    return m_action->isVisibleTo(this) ? m_action->text() : QString();
}

QColor MessageBar::accentColor(Type type, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    switch (type) {
    case Type::Info:
        return palette.color(QPalette::Highlight);
    case Type::Success:
        return dark ? QColor(80, 190, 110) : QColor(39, 139, 64);
    case Type::Warning:
        return dark ? QColor(230, 170, 40) : QColor(196, 125, 0);
    case Type::Error:
        return dark ? QColor(240, 90, 80) : QColor(200, 40, 40);
    }
    return palette.color(QPalette::Highlight);
}

QColor MessageBar::backgroundColor(Type type, const QPalette &palette)
{
    return mix(palette.color(QPalette::Window), accentColor(type, palette), 0.14);
}

void MessageBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor accent = accentColor(m_type, palette());
    const QColor base = palette().color(QPalette::Window);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(mix(base, accent, 0.6), 1));
    painter.setBrush(backgroundColor(m_type, palette()));
    painter.drawRoundedRect(box, 5, 5);
    // A solid stripe on the leading edge makes the type recognisable at a glance.
    painter.setPen(Qt::NoPen);
    painter.setBrush(accent);
    painter.drawRoundedRect(QRectF(box.left(), box.top(), 4, box.height()), 2, 2);
}

void MessageBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) && isVisible())
        updateIcon();
}

void MessageBar::updateIcon()
{
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    switch (m_type) {
    case Type::Info:
        pixmap = QStyle::SP_MessageBoxInformation;
        break;
    case Type::Success:
        pixmap = QStyle::SP_DialogApplyButton;
        break;
    case Type::Warning:
        pixmap = QStyle::SP_MessageBoxWarning;
        break;
    case Type::Error:
        pixmap = QStyle::SP_MessageBoxCritical;
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(
        style()->standardIcon(pixmap, nullptr, this).pixmap(QSize(size, size), devicePixelRatioF()));
    m_icon->setToolTip(typeName(m_type));
}

QString MessageBar::typeName(Type type)
{
    switch (type) {
    case Type::Info:
        return tr("Information");
    case Type::Success:
        return tr("Success");
    case Type::Warning:
        return tr("Warning");
    case Type::Error:
        return tr("Error");
    }
    return {};
}

} // namespace CallData
