#pragma once
#include "app/workbench/MainWindow.h"

#include <QUndoCommand>

namespace tx::app {

// One undoable change of the parameters (a panel edit, an exclusion or a dragged fit
// window): undo and redo apply the whole parameter set before or after it.
class ParameterChange : public QUndoCommand {
public:
    ParameterChange(MainWindow* w, core::AnalysisParameters before, core::AnalysisParameters after,
                    const QString& text)
        : QUndoCommand(text), m_window(w), m_before(std::move(before)), m_after(std::move(after)) {}
    void undo() override { m_window->applyState(m_before); }
    void redo() override { m_window->applyState(m_after); }

private:
    MainWindow* m_window;
    core::AnalysisParameters m_before, m_after;
};

} // namespace tx::app
