#pragma once
// Runs the core pipeline off the GUI thread and reports back on it: progress (polled),
// results or a clear error, and cancel. Keeps the per-segment sums so that excluding a
// replica or changing dt re-averages without reading a file, and fit windows only refit.
#include "app/workbench/WorkbenchState.h"
#include "core/EnsembleLayout.h"
#include "core/EnsembleStructure.h"
#include "core/EnsembleSums.h"
#include "core/Progress.h"
#include "core/TemperatureSeries.h"

#include <QObject>
#include <QTimer>
#include <atomic>
#include <memory>
#include <thread>

namespace tx::app {

// What one run produced; immutable once published.
struct AnalysisOutcome {
    WorkbenchState state;
    core::EnsembleLayout layout;
    std::optional<core::EnsembleStructure> structure;
    double q = 0, rc = 0;
    std::string qSource, rcSource;
    std::shared_ptr<const core::EnsembleSums> sums; // shared between re-averagings
    std::vector<core::TemperatureResult> results;   // included temperatures, ascending
    core::SeriesData series;
    core::CharacteristicTemperatures characteristic;
    std::vector<std::string> warnings;
    std::vector<core::FileProblem> badFiles; // left out, listed in the tree
};

core::SeriesSettings seriesSettingsOf(const WorkbenchState& s);
core::AnalysisSettings analysisSettingsOf(const WorkbenchState& s);

class AnalysisRunner : public QObject {
    Q_OBJECT
public:
    explicit AnalysisRunner(QObject* parent = nullptr);
    ~AnalysisRunner() override;

    // Starts whatever the change from the current outcome requires (or a full run).
    void run(const WorkbenchState& state);
    void cancel();
    bool isRunning() const { return m_running; }
    std::shared_ptr<const AnalysisOutcome> outcome() const { return m_outcome; }

    // Takes results computed elsewhere (a session's cache) as the current outcome.
    void adopt(std::shared_ptr<const AnalysisOutcome> outcome);

    // Only the fits, synchronously (fast: for window drags); returns the new outcome.
    std::shared_ptr<const AnalysisOutcome> refit(const WorkbenchState& state);

signals:
    void progressChanged(double fraction, double secondsLeft, const QString& stage);
    void finished();
    void failed(const QString& message);
    void cancelled();

private:
    void startWorker(const WorkbenchState& state, Recompute what);
    void poll();

    std::shared_ptr<const AnalysisOutcome> m_outcome;
    struct Control;
    std::shared_ptr<Control> m_control;
    std::jthread m_worker;
    QTimer m_poll;
    bool m_running = false;
    qint64 m_startMs = 0;
};

// The pipeline itself, callable without Qt's event loop (tests, CLI parity).
// stage, when given, is set to the pipeline stage being worked on (for progress labels).
std::shared_ptr<AnalysisOutcome> computeOutcome(const WorkbenchState& state,
                                                const AnalysisOutcome* previous, Recompute what,
                                                core::Progress& progress,
                                                std::atomic<int>* stage = nullptr);

} // namespace tx::app
