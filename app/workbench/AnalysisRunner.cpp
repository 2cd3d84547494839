#include "app/workbench/AnalysisRunner.h"

#include <QCoreApplication>
#include <QDateTime>

namespace tx::app {

namespace {
// The pipeline's stage names, for lupdate (the pipeline itself is Qt-free and English).
[[maybe_unused]] const char* const kStageNames[] = {
    QT_TRANSLATE_NOOP("AnalysisRunner", "Finding the trajectory files"),
    QT_TRANSLATE_NOOP("AnalysisRunner", "Structure S(q), g(r)"),
    QT_TRANSLATE_NOOP("AnalysisRunner", "Reading and correlating"),
    QT_TRANSLATE_NOOP("AnalysisRunner", "Averaging and bootstrap"),
    QT_TRANSLATE_NOOP("AnalysisRunner", "Fitting"),
};

QString messageOf(const core::MissingParameter& e) {
    return AnalysisRunner::tr("%1 is required: %2")
        .arg(QString::fromStdString(e.key()), QString::fromStdString(e.what()));
}
} // namespace

struct AnalysisRunner::Control {
    core::Progress progress;
    std::atomic<int> stage{int(core::PipelineStage::Layout)};
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

std::shared_ptr<const AnalysisOutcome>
AnalysisRunner::refit(const core::AnalysisParameters& parameters) {
    if (!m_outcome ||
        core::recomputeNeeded(m_outcome->parameters, parameters) > core::Recompute::Fits)
        return nullptr;
    core::Progress progress;
    m_outcome = core::runPipeline(parameters, m_outcome.get(), progress);
    return m_outcome;
}

void AnalysisRunner::run(const core::AnalysisParameters& parameters) {
    const core::Recompute what = m_outcome
                                     ? core::recomputeNeeded(m_outcome->parameters, parameters)
                                     : core::Recompute::Trajectories;
    if (what == core::Recompute::Nothing && !m_running) {
        emit finished();
        return;
    }
    if (what == core::Recompute::Fits && !m_running) {
        try {
            refit(parameters);
        } catch (const std::exception& e) {
            emit failed(QString::fromStdString(e.what()));
            return;
        }
        emit finished();
        return;
    }
    startWorker(parameters);
}

void AnalysisRunner::startWorker(const core::AnalysisParameters& parameters) {
    cancel();
    if (m_worker.joinable())
        m_worker.join();
    m_control = std::make_shared<Control>();
    m_running = true;
    m_startMs = QDateTime::currentMSecsSinceEpoch();
    m_poll.start();
    auto control = m_control;
    auto previous = m_outcome;
    m_worker = std::jthread([this, control, previous, parameters] {
        std::shared_ptr<const AnalysisOutcome> result;
        QString error;
        bool wasCancelled = false;
        core::PipelineHooks hooks;
        hooks.skipBadFiles = true; // listed in the tree, the rest is analysed
        hooks.onStage = [&control](core::PipelineStage stage, const core::PipelineOutcome&) {
            control->stage.store(int(stage));
        };
        try {
            result = core::runPipeline(parameters, previous.get(), control->progress, hooks);
        } catch (const core::Cancelled&) {
            wasCancelled = true;
        } catch (const core::MissingParameter& e) {
            error = messageOf(e);
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
    const auto stage = core::PipelineStage(m_control->stage.load());
    emit progressChanged(fraction, left,
                         QCoreApplication::translate("AnalysisRunner", core::stageName(stage)));
}

} // namespace tx::app
