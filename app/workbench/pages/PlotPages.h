#pragma once
// The pages that draw the analysis as plots: structure, correlators, relaxation times, the
// three fits over T (gamma_tau and T_x, Stokes-Einstein and T_b, mode coupling and T_c), and
// the MSD with alpha_2, and the dispersion over q.
#include "app/workbench/pages/WorkbenchPage.h"
#include "core/correlate/Channels.h"
#include "widgets/AnalysisPlots.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;

namespace tx::widgets {
class FitWindowSelector;
}

namespace tx::app {

widgets::PlotContext plotContext(const PageContext& c);

class StructurePage : public WorkbenchPage {
    Q_OBJECT
public:
    StructurePage();
    void draw(const PageContext& c) override;
    QList<ReportFigure> reportFigures() const override;

private:
    QCustomPlot *m_sq, *m_gr;
    QLabel* m_range; // what was summed, when only what q and r_c need
};

// One correlator channel (from the channel table) per temperature, all atoms or one part.
class CorrelatorsPage : public WorkbenchPage {
    Q_OBJECT
public:
    CorrelatorsPage();
    void draw(const PageContext& c) override;
    QList<ReportFigure> reportFigures() const override;
    core::ChannelId channel() const;

private:
    void fillResolutionChoice(const core::PipelineOutcome* outcome);
    void fillWavenumberChoice(const core::PipelineOutcome* outcome);
    QComboBox *m_channel, *m_resolution;
    QComboBox* m_wavenumber; // the q of a q list (hidden without one)
    QCustomPlot* m_plot;
    PageContext m_last;
};

class RelaxationTimesPage : public WorkbenchPage {
    Q_OBJECT
public:
    RelaxationTimesPage();
    void draw(const PageContext& c) override;
    QList<ReportFigure> reportFigures() const override;

private:
    QCheckBox* m_inverseT;
    QCustomPlot* m_plot;
    PageContext m_last;
};

// A quantity against T with one fit over a window the user drags (its handles edit `field`).
class FitPage : public WorkbenchPage {
    Q_OBJECT
public:
    using Draw = void (*)(QCustomPlot*, const widgets::PlotContext&);
    // The window the fit used, or nullopt when it did not run.
    using UsedWindow =
        std::function<std::optional<core::FitWindow>(const core::CharacteristicTemperatures&)>;
    FitPage(const char* id, QString title, QString caption, Draw drawFunction,
            const char* handleLabel, QColor colour, FitWindowHandle window, UsedWindow used);
    void draw(const PageContext& c) override { drawFits(c); }
    void drawFits(const PageContext& c) override;
    QList<ReportFigure> reportFigures() const override;
    QList<FitWindowHandle> fitWindows() const override { return {m_window}; }
    // A line of reference under the plot (the paper's Table I on the γ_τ page).
    void addNote(QWidget* note);

private:
    QString m_caption;
    Draw m_draw;
    QCustomPlot* m_plot;
    FitWindowHandle m_window;
    UsedWindow m_used;
};

// T_g from a cooling log: the log's points with the glass and liquid lines, each over a
// window the user drags.
class GlassTransitionPage : public WorkbenchPage {
    Q_OBJECT
public:
    GlassTransitionPage();
    void draw(const PageContext& c) override { drawFits(c); }
    void drawFits(const PageContext& c) override;
    QList<ReportFigure> reportFigures() const override;
    QList<FitWindowHandle> fitWindows() const override { return {m_glass, m_liquid}; }

private:
    QCustomPlot* m_plot;
    FitWindowHandle m_glass, m_liquid;
    bool m_hasFit = false;
};

// The paper's Table I as one line of reference text (core/fit/PaperReference).
QLabel* paperTableINote();

// tau_alpha(q) and gamma_tau(q) per temperature, from one pass at several q (the q list).
class DispersionPage : public WorkbenchPage {
    Q_OBJECT
public:
    DispersionPage();
    void draw(const PageContext& c) override;
    QList<ReportFigure> reportFigures() const override; // none without a q list

private:
    QLabel* m_hint; // how to get a dispersion, while there is none
    QCustomPlot *m_taus, *m_gamma;
    bool m_hasDispersion = false;
};

class MsdPage : public WorkbenchPage {
    Q_OBJECT
public:
    MsdPage();
    void draw(const PageContext& c) override;
    QList<ReportFigure> reportFigures() const override;

private:
    QCustomPlot *m_msd, *m_alpha2;
};

} // namespace tx::app
