#pragma once
// The workbench's plots, drawn from computed results only (the views compute no physics:
// fitted curves are evaluated from the parameters the core returned). Each curve or point
// set carries its temperature (property "temperature") so that a click can select it, and
// a selected temperature is drawn highlighted in every plot.
#include "core/fit/TemperatureSeries.h"
#include "core/structure/EnsembleStructure.h"

#include <QString>
#include <optional>
#include <vector>

class QCustomPlot;

namespace tx::widgets {

struct PlotContext {
    const std::vector<core::TemperatureResult>* results = nullptr; // ascending T
    const core::CharacteristicTemperatures* characteristic = nullptr;
    std::optional<double> selectedTemperature;
    core::Units units; // of the axis titles: "t [ps]", "MSD [Å²]"; none where unknown
};

// "t [ps]" from "t" and a unit, or just "t" when the unit is not known. power: 1, 2 or -1.
QString withUnit(const QString& quantity, const std::string& unit, int power = 1);

void setUpLogAxis(QCustomPlot* plot, bool xLog, bool yLog);
// One channel of Channels.h per T; resolution -1: all atoms (pairs), k >= 0: species k
// (atom channels) or type pair k (pair channels). wavenumber 0: at the first q; k > 0: at the
// k-th further q of a q list (the results' dispersion).
void drawCorrelators(QCustomPlot* plot, const PlotContext& c, core::ChannelId which,
                     int resolution = -1, std::size_t wavenumber = 0);
void drawRelaxationTimes(QCustomPlot* plot, const PlotContext& c, bool inverseTemperature);
void drawGamma(QCustomPlot* plot, const PlotContext& c);
void drawStokesEinstein(QCustomPlot* plot, const PlotContext& c);
void drawModeCoupling(QCustomPlot* plot, const PlotContext& c);
// T_g from a cooling log: the log's points, the glass and liquid lines, T_g with its bootstrap
// histogram; a hint where no log was given.
void drawGlassTransition(QCustomPlot* plot, const PlotContext& c);
// The dispersion (--q Q1,Q2,...): tau_alpha(q) on log-log axes and gamma_tau(q), one curve
// per temperature, firstQ being the q of the results' observables. Empty axes without extra q.
void drawDispersion(QCustomPlot* taus, QCustomPlot* gamma, const PlotContext& c, double firstQ);
void drawMsd(QCustomPlot* msd, QCustomPlot* alpha2, const PlotContext& c);
void drawStructure(QCustomPlot* sq, QCustomPlot* gr, const core::EnsembleStructure& s, double q,
                   double rc, const core::Units& units);
// The paper's Fig. 1 schematic of path index 0..3 with the user's gamma_tau(T) over it.
void drawPathSchematic(QCustomPlot* plot, int path, const PlotContext& c);

// Removes graphs, items and extra layout elements so a plot can be redrawn from scratch;
// keeps items whose property "persistent" is true (fit-window handles).
void clearPlot(QCustomPlot* plot);

} // namespace tx::widgets
