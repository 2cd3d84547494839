// Speed of the core: reader throughput (MB/s of dump text), pair correlator throughput
// (pair-lag evaluations per second) and the whole pipeline on the bundled demo ensemble.
// Run: build/bench/bench_core [--benchmark_filter=...]
#include "core/analysis/TemperatureAnalysis.h"
#include "core/correlate/DisplacementRows.h"
#include "core/correlate/EnsembleSums.h"
#include "core/correlate/NeighbourPairs.h"
#include "core/correlate/PairKernel.h"
#include "core/fit/TemperatureSeries.h"
#include "core/io/LammpsDumpReader.h"
#include "core/model/EnsembleLayout.h"
#include "core/structure/Structure.h"
#include "tests/support/Compress.h"
#include "tests/support/SyntheticTrajectory.h"

#include <benchmark/benchmark.h>
#include <filesystem>
#include <random>
#include <tuple>

using namespace tx;

namespace {

std::vector<core::Frame> benchFrames(std::size_t atoms, int frames) {
    test::BrownianSpec spec;
    spec.atoms = atoms;
    spec.diffusion = 0.02;
    spec.timesteps = test::logSpacedSteps(10, 20000, frames - 1);
    return test::brownianFrames(spec);
}

// The reader's input: 20000 atoms x 20 frames of dump text, plain (0), gzip (1) or zstd (2).
const char* const kCompression[] = {"plain text", "gzip", "zstd"};

std::string dumpFile(int compression) {
    const auto dir = std::filesystem::temp_directory_path();
    const std::string plain = (dir / "tx_bench.lammpstrj").string();
    if (!std::filesystem::exists(plain)) {
        test::DumpStyle style;
        style.shuffleAtoms = true;
        test::writeLammpsDump(plain + ".part", benchFrames(20000, 20), style);
        std::filesystem::rename(plain + ".part", plain);
    }
    if (compression == 0)
        return plain;
    const std::string suffix = compression == 1 ? ".gz" : ".zst";
    const std::string path = plain + suffix;
    if (!std::filesystem::exists(path)) { // the name's end chooses the compression
        test::compressFile(plain, plain + ".part" + suffix);
        std::filesystem::rename(plain + ".part" + suffix, path);
    }
    return path;
}

void readerThroughput(benchmark::State& state) {
    const std::string path = dumpFile(int(state.range(0)));
    std::uint64_t text = 0;
    for (auto _ : state) {
        core::LammpsDumpReader reader(path);
        core::Frame frame;
        while (reader.next(frame))
            benchmark::DoNotOptimize(frame.positions.data());
        text += reader.textBytesRead();
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(text));
    state.SetLabel(kCompression[state.range(0)]);
}
BENCHMARK(readerThroughput)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

void pairCorrelatorThroughput(benchmark::State& state) {
    const auto frames = benchFrames(static_cast<std::size_t>(state.range(0)), 21);
    const auto types = core::TypeSet::fromTypes(frames.front().types);
    core::CorrelatorSettings settings;
    double pairLags = 0;
    for (auto _ : state) {
        core::SegmentCorrelator correlator(settings, types, "bench");
        for (const auto& f : frames)
            correlator.addFrame(f);
        const auto sums = correlator.finish();
        pairLags += double(sums.pairsOverOrigins) * double(frames.size());
    }
    state.counters["pair_lags_per_s"] = benchmark::Counter(pairLags, benchmark::Counter::kIsRate);
}
BENCHMARK(pairCorrelatorThroughput)
    ->Arg(4000)
    ->Arg(32000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// The pair kernel alone (pairScatteringSums, this CPU's path) on one thread: the neighbour
// pairs (r_c = 1.4) of a 32 000-atom configuration, sorted by type pair as the correlator
// keeps them, and the atoms' displacement rows to a later frame, one q. Pair-lag evaluations
// per second; bench/speed_targets.py sets it beside the sine bound and the end-to-end rate,
// which shows how much of a run is the kernel's.
void pairKernelAlone(benchmark::State& state) {
    const auto frames = benchFrames(32000, 3);
    const auto& origin = frames.front();
    const auto types = core::TypeSet::fromTypes(origin.types);
    std::vector<int> typeIndex(origin.atomCount());
    for (std::size_t a = 0; a < typeIndex.size(); ++a)
        typeIndex[a] = types.indexOf(origin.types[a]);
    const auto pairs =
        core::findNeighbourPairs(origin.box, origin.positions, typeIndex,
                                 core::PairCutoffs(types.count(), 1.4), core::PairOrder::AsFound);
    std::vector<std::uint32_t> first, second;
    std::vector<std::size_t> runStart;
    core::sortPairsByTypePair(pairs, typeIndex, types, first, second, runStart);
    core::DisplacementRows rows;
    rows.resize(origin.atomCount());
    for (std::size_t a = 0; a < origin.atomCount(); ++a)
        for (int k = 0; k < 3; ++k)
            rows.row(a)[k] = frames[1].positions[a][k] - origin.positions[a][k];
    const core::PairRun run{first.data(), second.data(), first.size()};
    for (auto _ : state)
        benchmark::DoNotOptimize(core::pairScatteringSums(rows.view(), run, 7.25));
    state.counters["pair_lags_per_s"] = benchmark::Counter(
        double(run.count) * double(state.iterations()), benchmark::Counter::kIsRate);
    state.SetLabel(core::pairKernelName());
}
BENCHMARK(pairKernelAlone)->Unit(benchmark::kMillisecond)->UseRealTime();

// The neighbour pairs of one configuration of N atoms (density 1.2, 80:20 species, r_c = 1.4,
// orthogonal box), as the correlator asks for them at each origin: candidate pairs tested
// per second and configurations per second.
void neighbourSearch(benchmark::State& state) {
    const auto frames = benchFrames(static_cast<std::size_t>(state.range(0)), 2);
    const auto& f = frames.front();
    const auto types = core::TypeSet::fromTypes(f.types);
    std::vector<int> typeIndex(f.atomCount());
    for (std::size_t a = 0; a < typeIndex.size(); ++a)
        typeIndex[a] = types.indexOf(f.types[a]);
    const core::PairCutoffs rc(types.count(), 1.4);
    std::size_t pairs = 0;
    for (auto _ : state)
        pairs =
            core::findNeighbourPairs(f.box, f.positions, typeIndex, rc, core::PairOrder::AsFound)
                .size();
    state.counters["pairs"] = double(pairs);
    state.counters["configurations_per_s"] =
        benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(neighbourSearch)->Arg(32000)->Unit(benchmark::kMillisecond)->UseRealTime();

// S(q) up to |q| = 12 and g(r) of one liquid-like configuration (the structure stage that
// chooses q and r_c runs this once per trajectory file): configurations per second.
void structureOfOneConfiguration(benchmark::State& state) {
    const auto frames = benchFrames(static_cast<std::size_t>(state.range(0)), 2);
    const auto types = core::TypeSet::fromTypes(frames.front().types);
    core::StructureSettings settings;
    for (auto _ : state) {
        core::StructureAccumulator structure(types, settings);
        structure.add(frames.front());
        benchmark::DoNotOptimize(structure.result().sq.total.data());
    }
    state.counters["configurations_per_s"] =
        benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(structureOfOneConfiguration)
    ->Arg(1000)
    ->Arg(4000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

void demoEnsembleEndToEnd(benchmark::State& state) {
    const auto layout = core::discoverEnsemble(std::string(TX_SOURCE_DIR) + "/data/demo-ka");
    core::CorrelatorSettings correlator;
    core::AnalysisSettings analysis;
    for (auto _ : state) {
        const auto sums = core::computeEnsembleSums(layout, correlator);
        for (const auto& t : sums.temperatures)
            benchmark::DoNotOptimize(core::analyseTemperature(t, analysis));
    }
}
BENCHMARK(demoEnsembleEndToEnd)->Unit(benchmark::kMillisecond)->UseRealTime();

// A 12-temperature series with 200 bootstrap resamples, as the GUI holds it: how long one
// fit, errors included, takes when the user drags its window (budget: well under 16 ms).
core::SeriesData benchSeries() {
    core::SeriesData d;
    std::mt19937_64 rng(3);
    std::normal_distribution<double> noise(0.0, 0.03);
    auto curves = [&](double t, double f) {
        return std::tuple{0.6 + 2.0 * (t - 0.63) * (t - 0.63) * f,
                          0.5 * std::pow(t - 0.435, -2.6) * f,
                          (0.02 + 0.004 * t) * (t < 0.75 ? 1 + (0.75 - t) : 1.0) * f};
    };
    for (int k = 0; k < 12; ++k) {
        const double t = 0.47 + 0.05 * k;
        const auto [g, tau, dtau] = curves(t, 1.0);
        d.temperature.push_back(t);
        d.gamma.push_back(g);
        d.tauAlpha.push_back(tau);
        d.diffusionTimesTauAlpha.push_back(dtau);
        d.gammaError.push_back(0.01);
    }
    for (int b = 0; b < 200; ++b) {
        core::SeriesData::Resample r;
        for (double t : d.temperature) {
            const auto [g, tau, dtau] = curves(t, 1.0 + noise(rng));
            r.gamma.push_back(g);
            r.tauAlpha.push_back(tau);
            r.diffusionTimesTauAlpha.push_back(dtau);
        }
        d.resampled.push_back(r);
    }
    return d;
}

void fitTxWithErrors(benchmark::State& state) {
    const auto d = benchSeries();
    for (auto _ : state)
        benchmark::DoNotOptimize(core::estimateTx(d, core::FitWindow{0.5, 0.9}));
}
BENCHMARK(fitTxWithErrors)->Unit(benchmark::kMicrosecond);

void fitTcWithErrors(benchmark::State& state) {
    const auto d = benchSeries();
    core::ModeCouplingSettings s;
    if (state.range(0))
        s.window = core::FitWindow{0.47, 0.9};
    for (auto _ : state)
        benchmark::DoNotOptimize(core::estimateTc(d, s));
    state.SetLabel(state.range(0) ? "user window" : "sliding windows");
}
BENCHMARK(fitTcWithErrors)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

void fitTbWithErrors(benchmark::State& state) {
    const auto d = benchSeries();
    for (auto _ : state)
        benchmark::DoNotOptimize(core::estimateTb(d, {}));
}
BENCHMARK(fitTbWithErrors)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
