// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace CallData {

/**
 * An inline message above the form, in the spirit of KMessageWidget: an icon, the message in a
 * word-wrapped label (objectName "message_text", its text is the message with any endless word
 * shortened, see Icws::elidedForDisplay; text() and the accessible description keep it whole),
 * an optional action button and a close button. Outcomes are shown
 * here, never in a modal box. Colours derive from the current palette, so light and dark both work.
 */
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Type { Info, Success, Warning, Error };
    Q_ENUM(Type)

    explicit MessageBar(QWidget *parent = nullptr);
    ~MessageBar() override;

    /** Shows text; a non-empty actionText adds a button that emits actionTriggered(). */
    void showMessage(const QString &text, Type type, const QString &actionText = {});
    void hideMessage();

    QString text() const;
    Type type() const { return m_type; }
    QString actionText() const;
    QPushButton *actionButton() const { return m_action; }

    // The colours a message of this type is drawn in, so another status line (the chosen call's
    // countdown) looks like the message of the same weight.
    static QColor accentColor(Type type, const QPalette &palette);
    static QColor backgroundColor(Type type, const QPalette &palette);

signals:
    void actionTriggered();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();
    static QString typeName(Type type);

    Type m_type = Type::Info;
    QString m_fullText;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
};

} // namespace CallData
