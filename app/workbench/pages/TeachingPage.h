#pragma once
// The teaching page: the paper's four paths from the liquid to the glass (Fig. 1) as
// schematics, explained, with the user's gamma_tau(T) drawn over each and the verdict.
#include "app/workbench/pages/WorkbenchPage.h"

class QLabel;

namespace tx::app {

class TeachingPage : public WorkbenchPage {
    Q_OBJECT
public:
    TeachingPage();
    void draw(const PageContext& c) override { drawFits(c); }
    void drawFits(const PageContext& c) override;

private:
    QCustomPlot* m_paths[4] = {nullptr, nullptr, nullptr, nullptr};
    QLabel* m_verdict;
};

} // namespace tx::app
