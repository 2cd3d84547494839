#pragma once
// The 3D pair-mobility page: the VTK view of one segment, read off the GUI thread with the
// analysis's reader options; a note instead where OpenGL widgets are not available.
#include "app/workbench/pages/WorkbenchPage.h"

namespace tx::widgets {
class PairMobilityView;
}

namespace tx::app {

class PairMobilityPage : public WorkbenchPage {
    Q_OBJECT
public:
    PairMobilityPage();
    void draw(const PageContext& c) override;
    widgets::PairMobilityView* view() const { return m_view; } // null without OpenGL

signals:
    void picked(const QString& description);

private:
    widgets::PairMobilityView* m_view = nullptr;
    std::string m_ensemble; // what the view was last given
    double m_cutoff = 0.0;
    core::ReaderOptions m_readers;
};

} // namespace tx::app
