// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QHash>
#include <QObject>

#include <functional>

class QDockWidget;
class QMainWindow;
class QMenu;
class QWidget;

namespace CallData {

/**
 * The window's side panels: each in a dock the user can move, float or close, with a check item
 * in the View menu, its visibility and place kept in the saved window state under the dock's
 * objectName. A panel added with a factory is built the first time its dock is shown (View menu,
 * the state saved at the last quit, show()), so a start with the side panels closed builds none
 * of them and pays nothing for them.
 */
class SidePanels final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SidePanels)

public:
    using Factory = std::function<QWidget *()>;

    /** viewMenu (owned by the caller) gets one check item per panel; it is hidden while empty. */
    SidePanels(QMainWindow *window, QMenu *viewMenu);

    QMenu *viewMenu() const { return m_viewMenu; }

    /**
     * Adds a dock for the panel create() returns, called once when the dock is first shown. If a
     * saved state restored before knows objectName, the dock is placed and shown as saved;
     * otherwise it starts hidden in area. The window owns the dock and the panel.
     */
    QDockWidget *add(const QString &title, const QString &objectName, Factory create,
                     Qt::DockWidgetArea area = Qt::RightDockWidgetArea);
    /** The same for a panel that already exists. */
    QDockWidget *add(QWidget *panel, const QString &title, const QString &objectName,
                     Qt::DockWidgetArea area = Qt::RightDockWidgetArea);
    /** Shows the dock objectName, its panel built first if it was not yet; returns the panel. */
    QWidget *show(const QString &objectName);
    /**
     * Builds the panels of the docks that QMainWindow::restoreState() opened, so they are laid out
     * with the window's first show rather than one frame later.
     */
    void buildOpenPanels();

private:
    QDockWidget *addDock(const QString &title, const QString &objectName, Qt::DockWidgetArea area);
    void build(QDockWidget *dock);

    QMainWindow *m_window;
    QMenu *m_viewMenu;
    QHash<QDockWidget *, Factory> m_unbuilt; ///< docks whose panel is not built yet
};

} // namespace CallData
