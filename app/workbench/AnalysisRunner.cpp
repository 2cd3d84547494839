#include "app/workbench/AnalysisRunner.h"

#include "core/InputError.h"
#include "core/SystemPresets.h"

#include <QDateTime>
#include <atomic>

namespace tx::app {

core::SeriesSettings seriesSettingsOf(const WorkbenchState& s) {
    core::SeriesSettings out;
    out.txWindow = s.txWindow;
    out.tc.window = s.tcWindow;
    out.tb.lineWindow = s.tbWindow;
    out.tb.delta = s.tbDelta;
    const auto temperatures = core::glassAndMelting(s.system, s.tg, s.tm);
    out.tg = temperatures.tg;
    out.tm = temperatures.tm;
    return out;
}

core::AnalysisSettings analysisSettingsOf(const WorkbenchState& state) {
    core::AnalysisSettings analysis;
    analysis.dt = state.dt;
    analysis.bootstrapResamples = state.bootstrap;
    analysis.extrapolateWithKww = state.kww;
    analysis.species = state.species;
    analysis.typePair = state.typePair;
    return analysis;
}

namespace {

enum Stage { Structure, Correlators, Averages, Fits };
const char* stageName(int s) {
    switch (s) {
    case Structure:
        return QT_TRANSLATE_NOOP("AnalysisRunner", "Structure S(q), g(r)");
    case Correlators:
        return QT_TRANSLATE_NOOP("AnalysisRunner", "Reading and correlating");
    case Averages:
        return QT_TRANSLATE_NOOP("AnalysisRunner", "Averaging and bootstrap");
    default:
        return QT_TRANSLATE_NOOP("AnalysisRunner", "Fitting");
    }
}

// The temperature's sums without the excluded replicas (copies sums, never reads files).
std::optional<core::TemperatureSums> included(const core::TemperatureSums& t,
                                              const WorkbenchState& s) {
    if (s.excludedTemperatures.count(t.label))
        return std::nullopt;
    core::TemperatureSums out{t.temperature, t.label, {}};
    for (const auto& r : t.replicas)
        if (!s.excludedReplicas.count(t.label + "/" + r.label))
            out.replicas.push_back(r);
    if (out.replicas.empty())
        return std::nullopt;
    return out;
}

void readTrajectories(AnalysisOutcome& out, const WorkbenchState& state, core::Progress& progress,
                      std::atomic<int>* stage) {
    out.layout = core::discoverEnsemble(state.ensemblePath);
    if (stage)
        stage->store(Structure);
    if (!state.q || !state.rc)
        out.structure = core::computeEnsembleStructure(
            out.layout, core::ensembleTypes(out.layout, {}, true), {}, {}, &progress, true);
    out.q = state.q ? *state.q : out.structure->qMax.value_or(0.0);
    out.rc = state.rc ? *state.rc : out.structure->firstMinimum.value_or(0.0);
    out.qSource =
        state.q ? "user" : (out.structure->qMax ? "first peak of " + out.structure->qBasis : "");
    out.rcSource = state.rc ? "user" : (out.structure->firstMinimum ? "first minimum of g(r)" : "");
    if (!(out.q > 0))
        throw core::InputError(state.ensemblePath, 0, "S(q) shows no peak: set q by hand");
    if (!(out.rc > 0))
        throw core::InputError(state.ensemblePath, 0,
                               "g(r) shows no first minimum: set r_c by hand");
    core::CorrelatorSettings correlator;
    correlator.q = out.q;
    correlator.cutoff = out.rc;
    correlator.typePairCutoffs = state.pairCutoffs;
    if (stage)
        stage->store(Correlators);
    correlator.originEverySteps = state.originEvery;
    auto sums = core::computeEnsembleSums(out.layout, correlator, {}, &progress, true);
    out.warnings = sums.warnings;
    out.badFiles = sums.badFiles;
    out.sums = std::make_shared<const core::EnsembleSums>(std::move(sums));
}

void average(AnalysisOutcome& out, const WorkbenchState& state, core::Progress& progress) {
    const core::AnalysisSettings analysis = analysisSettingsOf(state);
    out.results.clear();
    for (const auto& t : out.sums->temperatures)
        if (const auto kept = included(t, state))
            out.results.push_back(core::analyseTemperature(*kept, analysis, &progress));
    out.series = core::seriesData(out.results);
}

} // namespace

std::shared_ptr<AnalysisOutcome> computeOutcome(const WorkbenchState& state,
                                                const AnalysisOutcome* previous, Recompute what,
                                                core::Progress& progress, std::atomic<int>* stage) {
    const bool fromFiles = !previous || what == Recompute::Trajectories;
    auto out = fromFiles ? std::make_shared<AnalysisOutcome>()
                         : std::make_shared<AnalysisOutcome>(*previous);
    out->state = state;
    if (fromFiles)
        readTrajectories(*out, state, progress, stage);
    if (stage)
        stage->store(Averages);
    if (fromFiles || what >= Recompute::Averages)
        average(*out, state, progress);
    if (stage)
        stage->store(Fits);
    out->characteristic = core::analyseSeries(out->series, seriesSettingsOf(state));
    return out;
}

struct AnalysisRunner::Control {
    core::Progress progress;
    std::atomic<int> stage{Structure};
};

AnalysisRunner::AnalysisRunner(QObject* parent) : QObject(parent) {
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &AnalysisRunner::poll);
}

AnalysisRunner::~AnalysisRunner() {
    cancel();
    if (m_worker.joinable())
        m_worker.join();
}

void AnalysisRunner::cancel() {
    if (m_control)
        m_control->progress.cancel();
}

void AnalysisRunner::adopt(std::shared_ptr<const AnalysisOutcome> outcome) {
    cancel();
    m_outcome = std::move(outcome);
    emit finished();
}

std::shared_ptr<const AnalysisOutcome> AnalysisRunner::refit(const WorkbenchState& state) {
    if (!m_outcome)
        return nullptr;
    auto out = std::make_shared<AnalysisOutcome>(*m_outcome);
    out->state = state;
    out->characteristic = core::analyseSeries(out->series, seriesSettingsOf(state));
    m_outcome = out;
    return m_outcome;
}

void AnalysisRunner::run(const WorkbenchState& state) {
    const Recompute what =
        m_outcome ? recomputeNeeded(m_outcome->state, state) : Recompute::Trajectories;
    if (what == Recompute::Nothing) {
        emit finished();
        return;
    }
    if (what == Recompute::Fits && !m_running) {
        refit(state);
        emit finished();
        return;
    }
    startWorker(state, what);
}

void AnalysisRunner::startWorker(const WorkbenchState& state, Recompute what) {
    cancel();
    if (m_worker.joinable())
        m_worker.join();
    m_control = std::make_shared<Control>();
    m_running = true;
    m_startMs = QDateTime::currentMSecsSinceEpoch();
    m_poll.start();
    auto control = m_control;
    auto previous = (what == Recompute::Trajectories) ? nullptr : m_outcome;
    m_worker = std::jthread([this, control, previous, state, what] {
        std::shared_ptr<AnalysisOutcome> result;
        QString error;
        bool wasCancelled = false;
        try {
            result =
                computeOutcome(state, previous.get(), what, control->progress, &control->stage);
        } catch (const core::Cancelled&) {
            wasCancelled = true;
        } catch (const std::exception& e) {
            error = QString::fromStdString(e.what());
        }
        QMetaObject::invokeMethod(
            this,
            [this, control, result, error, wasCancelled] {
                if (control != m_control)
                    return; // a newer run superseded this one
                m_running = false;
                m_poll.stop();
                if (wasCancelled)
                    emit cancelled();
                else if (!error.isEmpty())
                    emit failed(error);
                else {
                    m_outcome = result;
                    emit finished();
                }
            },
            Qt::QueuedConnection);
    });
}

void AnalysisRunner::poll() {
    if (!m_control)
        return;
    const auto& p = m_control->progress;
    const double total = static_cast<double>(p.total());
    const double fraction = total > 0 ? std::min(1.0, static_cast<double>(p.done()) / total) : 0.0;
    const double elapsed = double(QDateTime::currentMSecsSinceEpoch() - m_startMs) / 1000.0;
    const double left = fraction > 0.02 ? elapsed * (1 - fraction) / fraction : -1.0;
    emit progressChanged(fraction, left, tr(stageName(m_control->stage.load())));
}

} // namespace tx::app
