// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "sidepanels.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>

namespace CallData {

SidePanels::SidePanels(QMainWindow *window, QMenu *viewMenu)
    : QObject(window), m_window(window), m_viewMenu(viewMenu)
{
    m_viewMenu->menuAction()->setVisible(false);
}

QDockWidget *SidePanels::addDock(const QString &title, const QString &objectName, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, m_window);
    dock->setObjectName(objectName);
    // Placed and shown as saved when the saved state knows it (restoreState ran before);
    // otherwise hidden until chosen from the View menu, or until restoreState runs later.
    if (!m_window->restoreDockWidget(dock)) {
        m_window->addDockWidget(area, dock);
        dock->hide();
    }
    m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->menuAction()->setVisible(true);
    return dock;
}

QDockWidget *SidePanels::add(QWidget *panel, const QString &title, const QString &objectName,
                             Qt::DockWidgetArea area)
{
    QDockWidget *dock = addDock(title, objectName, area);
    dock->setWidget(panel);
    return dock;
}

QDockWidget *SidePanels::add(const QString &title, const QString &objectName, Factory create,
                             Qt::DockWidgetArea area)
{
    QDockWidget *dock = addDock(title, objectName, area);
    m_unbuilt.insert(dock, std::move(create));
    // View menu, a tab brought to the front, show(): whatever shows the dock builds its panel.
    connect(dock, &QDockWidget::visibilityChanged, this, [this, dock](bool visible) {
        if (visible)
            build(dock);
    });
    if (!dock->isHidden())
        build(dock); // opened by a state restored before
    return dock;
}

QWidget *SidePanels::show(const QString &objectName)
{
    auto *dock = m_window->findChild<QDockWidget *>(objectName, Qt::FindDirectChildrenOnly);
    if (!dock)
        return nullptr;
    build(dock);
    dock->show();
    return dock->widget();
}

void SidePanels::buildOpenPanels()
{
    const QList<QDockWidget *> docks = m_unbuilt.keys();
    for (QDockWidget *dock : docks) {
        if (!dock->isHidden())
            build(dock);
    }
}

void SidePanels::build(QDockWidget *dock)
{
    const Factory create = m_unbuilt.take(dock);
    if (!create)
        return;
    QWidget *panel = create();
    dock->setWidget(panel);
    // In a dock already on screen QLayout would show the panel one event-loop turn later: one
    // frame of an empty dock. Shown now, it appears with the dock.
    if (dock->isVisible())
        panel->show();
}

} // namespace CallData
