#pragma once
// The options of tx-analyze and how they become core settings.
#include "core/FrameSource.h"
#include "core/SegmentCorrelator.h"
#include "core/Structure.h"
#include "core/TemperatureAnalysis.h"
#include "core/TemperatureSeries.h"

#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace tx::app {

struct AnalyzeOptions {
    std::string ensemble;
    std::string outDir;
    std::optional<double> q;
    std::optional<double> rc;
    std::vector<std::string> pairCutoffs;
    std::optional<int> species;
    std::string typePair;
    std::optional<double> dt;
    std::optional<std::int64_t> segmentSteps;
    std::int64_t originEvery = 0;
    int threads = 0;
    int bootstrap = 200;
    std::uint64_t seed = 12345;
    std::vector<double> msdWindow;
    double minMsd = 1.0;
    bool kww = false;
    bool structure = false;
    double structureQMax = 12.0;
    std::vector<double> txWindow, tcWindow, tbWindow;
    double tcSlidingWidth = 1.15;
    double tcMaxRms = 0.1;
    double tbDelta = 0.05;
    std::optional<double> tg, tm;
    std::string system;
    bool xyzWrapped = false;
    bool dcdUnwrapped = false;
    bool quiet = false;

    bool needsStructure() const { return structure || !q || !rc; }
};

void addAnalyzeOptions(CLI::App& app, AnalyzeOptions& o);
extern const char* const kAnalyzeExamples;

// Throw CLI::ValidationError for inconsistent values.
core::CorrelatorSettings correlatorSettings(const AnalyzeOptions& o, double q, double rc);
core::AnalysisSettings analysisSettings(const AnalyzeOptions& o, double dt);
core::SeriesSettings seriesSettings(const AnalyzeOptions& o);
core::StructureSettings structureSettings(const AnalyzeOptions& o);
core::ReaderOptions readerOptions(const AnalyzeOptions& o);

} // namespace tx::app
