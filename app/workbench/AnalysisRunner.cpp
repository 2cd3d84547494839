#include "app/workbench/AnalysisRunner.h"

#include "widgets/CoreText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>
#include <mutex>
#include <vector>

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
        .arg(QString::fromStdString(e.key()), widgets::coreText(std::string(e.what())));
}
} // namespace

// Shared by the GUI thread and the run's worker.
struct AnalysisRunner::Control {
    core::Progress progress;
    std::atomic<int> stage{int(core::PipelineStage::Layout)};

    // What the run knows so far, handed from the worker to poll().
    enum Kind { Layout, Automatic, Results };
    void publish(Kind kind, const core::PipelineOutcome& o) {
        auto copy = std::make_shared<const core::PipelineOutcome>(o);
        const std::lock_guard lock(mutex);
        interim = std::move(copy);
        kinds.push_back(kind);
    }
    std::mutex mutex;
    std::shared_ptr<const core::PipelineOutcome> interim;
    std::vector<Kind> kinds; // published since the last poll
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
            emit failed(widgets::coreText(std::string(e.what())));
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
    m_interim.reset();
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
        // What the run knows is shown at once (not at the next poll): the tree as soon as
        // the files are found, q and r_c as soon as they are known, each temperature done.
        auto publish = [this, &control](Control::Kind kind, const core::PipelineOutcome& o) {
            control->publish(kind, o);
            QMetaObject::invokeMethod(
                this,
                [this, control] {
                    if (control == m_control && m_running)
                        poll();
                },
                Qt::QueuedConnection);
        };
        hooks.onStage = [&control, publish](core::PipelineStage stage,
                                            const core::PipelineOutcome& o) {
            control->stage.store(int(stage));
            if (stage == core::PipelineStage::Structure)
                publish(Control::Layout, o);
            else if (stage == core::PipelineStage::Correlators)
                publish(Control::Automatic, o);
        };
        hooks.onResults = [publish](const core::PipelineOutcome& o) {
            publish(Control::Results, o);
        };
        try {
            result = core::runPipeline(parameters, previous.get(), control->progress, hooks);
        } catch (const core::Cancelled&) {
            wasCancelled = true;
        } catch (const core::MissingParameter& e) {
            error = messageOf(e);
        } catch (const std::exception& e) {
            error = widgets::coreText(std::string(e.what()));
        }
        QMetaObject::invokeMethod(
            this,
            [this, control, result, error, wasCancelled] {
                if (control != m_control)
                    return; // a newer run superseded this one
                m_running = false;
                m_poll.stop();
                m_interim.reset();
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
    std::vector<Control::Kind> kinds;
    {
        const std::lock_guard lock(m_control->mutex);
        kinds.swap(m_control->kinds);
        if (!kinds.empty())
            m_interim = m_control->interim;
    }
    // Each kind once per poll, in the order the run reached them.
    for (Control::Kind kind : {Control::Layout, Control::Automatic, Control::Results})
        if (std::find(kinds.begin(), kinds.end(), kind) != kinds.end()) {
            if (kind == Control::Layout)
                emit layoutKnown();
            else if (kind == Control::Automatic)
                emit automaticKnown();
            else
                emit interimResults();
        }
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
