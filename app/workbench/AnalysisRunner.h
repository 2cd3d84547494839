#pragma once
// Runs the core pipeline (core::runPipeline) off the GUI thread and reports back on it:
// progress (polled), results or a clear error, and cancel. The pipeline decides what a
// parameter change needs (read again, re-average the kept sums, or only refit).
#include "core/model/Progress.h"
#include "core/pipeline/Pipeline.h"

#include <QObject>
#include <QTimer>
#include <atomic>
#include <memory>
#include <thread>

namespace tx::app {

using AnalysisOutcome = core::PipelineOutcome;

class AnalysisRunner : public QObject {
    Q_OBJECT
public:
    explicit AnalysisRunner(QObject* parent = nullptr);
    ~AnalysisRunner() override;

    // Starts whatever the change from the current outcome requires (or a full run).
    void run(const core::AnalysisParameters& parameters);
    void cancel();
    bool isRunning() const { return m_running; }
    std::shared_ptr<const AnalysisOutcome> outcome() const { return m_outcome; }
    // While a run reads its files: what it knows so far (the layout, then q and r_c, then
    // each temperature's results and, from three on, the fits); null before and after.
    std::shared_ptr<const AnalysisOutcome> interim() const { return m_interim; }

    // Takes results computed elsewhere (a session's cache) as the current outcome.
    void adopt(std::shared_ptr<const AnalysisOutcome> outcome);

    // Only the fits, synchronously (fast: for window drags); returns the new outcome.
    // Changes that need more than a refit are refused (nullptr).
    std::shared_ptr<const AnalysisOutcome> refit(const core::AnalysisParameters& parameters);

signals:
    void progressChanged(double fraction, double secondsLeft, const QString& stage);
    // interim() has changed: layoutKnown once the files are found, automaticKnown once q
    // and r_c are, interimResults for every temperature that is done.
    void layoutKnown();
    void automaticKnown();
    void interimResults();
    void finished();
    void failed(const QString& message);
    void cancelled();

private:
    void startWorker(const core::AnalysisParameters& parameters);
    void poll();

    std::shared_ptr<const AnalysisOutcome> m_outcome;
    std::shared_ptr<const AnalysisOutcome> m_interim;
    struct Control;
    std::shared_ptr<Control> m_control;
    std::jthread m_worker;
    QTimer m_poll;
    bool m_running = false;
    qint64 m_startMs = 0;
};

} // namespace tx::app
