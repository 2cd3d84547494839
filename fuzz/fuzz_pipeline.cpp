// libFuzzer target: the whole pipeline (issue 16). The bytes choose a small ensemble (how many
// temperatures, replicas and segments; the format and its conventions; atoms, species,
// frames, timesteps; the box, including triclinic, flat, inverted, tiny and huge ones; how
// far atoms move) and the analysis parameters (q and r_c or automatic, pair cutoffs, origins,
// overlap length, bootstrap, windows, exclusions, T_g/T_m), the trajectories are written with
// the tests' writers, and everything runs: reading, S(q) and g(r), the neighbour search, the
// correlators, averaging, bootstrap, every fit and the path, and the CSV/JSON writers.
//
// Allowed: results, or an InputError naming a file of the ensemble, or InvalidParameter /
// MissingParameter. Checked on every result (a failure traps, so libFuzzer keeps the input):
//   - F_s(0) = F_+(0) = F_-(0) = 1, |F| <= 1, 0 <= Q <= 1, MSD >= 0, all finite;
//   - tau_+ and tau_- below tau_alpha (where all crossed) are reported as a warning;
//   - the same outcome, byte for byte in every output text, with 1 and with 2 threads;
//   - per_temperature.csv and correlators/T*.csv: every row as many fields as the header,
//     no "nan" or "inf" (a missing number is an empty field); summary.json parses and has its
//     documented top-level keys.
#include "core/correlate/Channels.h"
#include "core/io/InputError.h"
#include "core/output/ResultFiles.h"
#include "core/pipeline/Pipeline.h"
#include "tests/support/GsdWriter.h"
#include "tests/support/H5mdWriter.h"
#include "tests/support/SyntheticTrajectory.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <tbb/global_control.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using namespace tx;

namespace {

[[noreturn]] void fail(const std::string& what) {
    std::fprintf(stderr, "fuzz_pipeline: %s\n", what.c_str());
    __builtin_trap();
}

// ---- the ensemble ---------------------------------------------------------------------

enum class Format { LammpsText, LammpsGzip, ExtendedXyz, Dcd, H5md, Gsd };
constexpr const char* kExtension[] = {".lammpstrj", ".lammpstrj.gz", ".xyz", ".dcd", ".h5", ".gsd"};

core::Box boxFrom(FuzzedDataProvider& in) {
    // Up to 7 length units: larger cells only make S(q) slower (sanitizers make it 30x slower).
    const double edge = in.ConsumeFloatingPointInRange(0.5, 7.0);
    Eigen::Vector3d lo(in.ConsumeFloatingPointInRange(-5.0, 5.0), 0.0, -1.0);
    Eigen::Vector3d hi = lo + Eigen::Vector3d::Constant(edge);
    switch (in.ConsumeIntegralInRange(0, 7)) {
    case 0: // triclinic, tilts up to the edge
        return core::Box::triclinic(lo, hi, in.ConsumeFloatingPointInRange(-edge, edge),
                                    in.ConsumeFloatingPointInRange(-edge, edge),
                                    in.ConsumeFloatingPointInRange(-edge, edge));
    case 1: { // flat: hi = lo along one direction
        const int k = in.ConsumeIntegralInRange(0, 2);
        hi[k] = lo[k];
        break;
    }
    case 2: // inverted along one direction
        hi[in.ConsumeIntegralInRange(0, 2)] -= 2 * edge;
        break;
    case 3: // tiny
        hi = lo + Eigen::Vector3d::Constant(1e-6);
        break;
    case 4: // huge (a cell of 1e7 length units must not make S(q) or the cell grid explode)
        hi = lo + Eigen::Vector3d::Constant(in.ConsumeBool() ? 1e7 : 1e15);
        break;
    default:
        break;
    }
    return core::Box::orthogonal(lo, hi);
}

struct FileSpec {
    Format format;
    std::vector<core::Frame> frames;
};

// The frames of one segment: atoms placed in the box, then moved by Gaussian steps.
std::vector<core::Frame> framesFrom(FuzzedDataProvider& in, std::size_t atoms, int species,
                                    const core::Box& box, const std::vector<std::int64_t>& steps,
                                    bool constantInterval, bool damageable) {
    std::mt19937_64 rng(in.ConsumeIntegral<std::uint32_t>());
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::normal_distribution<double> gauss(0.0, 1.0);
    const double sigma = std::array{0.0, 0.02, 0.3, 4.0}[in.ConsumeIntegralInRange(0, 3)];
    core::Frame start;
    start.box = box;
    for (std::size_t a = 0; a < atoms; ++a) {
        start.ids.push_back(std::int64_t(a) + 1);
        start.types.push_back(1 + int(a % std::size_t(species)));
        start.positions.push_back(box.fromFractional({unit(rng), unit(rng), unit(rng)}));
    }
    std::vector<core::Frame> frames;
    for (std::size_t k = 0; k < steps.size(); ++k) {
        core::Frame f = k == 0 ? start : frames.back();
        f.timestep =
            constantInterval ? steps.front() + std::int64_t(k) * (steps[1] - steps[0]) : steps[k];
        if (k > 0)
            for (auto& r : f.positions)
                r += sigma * Eigen::Vector3d(gauss(rng), gauss(rng), gauss(rng));
        frames.push_back(std::move(f));
    }
    // A damaged value now and then, in the text formats only (the tests' binary writers
    // compute image flags, which a NaN has not).
    if (damageable && in.ConsumeBool() && in.ConsumeBool() && atoms > 0)
        frames.back().positions.front().x() =
            in.ConsumeBool() ? std::nan("") : std::numeric_limits<double>::infinity();
    return frames;
}

std::vector<std::int64_t> timestepsFrom(FuzzedDataProvider& in) {
    const int count = in.ConsumeIntegralInRange(1, 7);
    std::vector<std::int64_t> steps{in.ConsumeIntegralInRange<std::int64_t>(-10, 1000)};
    const bool logSpaced = in.ConsumeBool();
    const std::int64_t d = in.ConsumeIntegralInRange<std::int64_t>(-1, 50);
    for (int k = 1; k < count; ++k)
        steps.push_back(steps.back() + (logSpaced ? d << std::min(k, 20) : d));
    return steps;
}

void writeFile(const std::string& path, const FileSpec& f, FuzzedDataProvider& in) {
    switch (f.format) {
    case Format::LammpsText:
    case Format::LammpsGzip: {
        test::DumpStyle style;
        style.columns = static_cast<test::DumpColumns>(in.ConsumeIntegralInRange(0, 4));
        for (const core::Frame& frame : f.frames)
            for (const Eigen::Vector3d& r : frame.positions)
                if (!r.allFinite() || !(frame.box.volume() > 0.0))
                    style.columns = test::DumpColumns::Unwrapped; // as written, no images
        style.shuffleAtoms = in.ConsumeBool();
        test::writeLammpsDump(path, f.frames, style);
        break;
    }
    case Format::ExtendedXyz:
        test::writeExtendedXyz(path, f.frames);
        break;
    case Format::Dcd:
        test::writeDcd(
            path, f.frames,
            f.frames.size() > 1 ? std::int32_t(f.frames[1].timestep - f.frames[0].timestep) : 1,
            in.ConsumeBool(), static_cast<test::DcdCell>(in.ConsumeIntegralInRange(0, 2)));
        break;
    case Format::H5md: {
        test::H5mdStyle style;
        style.images = in.ConsumeBool();
        style.singlePrecision = in.ConsumeBool();
        test::writeH5md(path, f.frames, style);
        break;
    }
    case Format::Gsd:
        test::writeGsd(path, f.frames);
        break;
    }
}

// Writes T<label>/r<k>/seg<k>.<ext>; returns false where a test writer refuses the frames
// (not what this target is about).
bool writeEnsemble(const fs::path& root, FuzzedDataProvider& in, core::ReaderOptions& options) {
    auto format = static_cast<Format>(in.ConsumeIntegralInRange(0, 5));
    const int temperatures = in.ConsumeIntegralInRange(1, 3);
    const int replicas = in.ConsumeIntegralInRange(1, 2);
    const int segments = in.ConsumeIntegralInRange(1, 2);
    const auto atoms = in.ConsumeIntegralInRange<std::size_t>(0, 24);
    const int species = in.ConsumeIntegralInRange(1, 3);
    const core::Box box = boxFrom(in);
    // The tests' writers of image flags (and so the binary formats) need a cell with volume;
    // a flat one is written as unwrapped text, which is what its reader must then refuse.
    const bool flat = !(box.volume() > 0.0);
    if (flat && format != Format::ExtendedXyz)
        format = Format::LammpsText;
    const std::vector<std::int64_t> steps = timestepsFrom(in);
    options.xyzPositionsWrapped = in.ConsumeBool();
    options.dcdPositionsWrapped = in.ConsumeBool();
    options.h5mdPositionsWrapped = in.ConsumeBool();
    try {
        for (int t = 0; t < temperatures; ++t) {
            const std::string label =
                std::to_string(0.4 + 0.1 * t + 0.01 * in.ConsumeIntegralInRange(0, 9));
            for (int r = 0; r < replicas; ++r) {
                const fs::path dir = root / ("T" + label) / ("r" + std::to_string(r));
                fs::create_directories(dir);
                for (int s = 0; s < segments; ++s) {
                    const bool text = format == Format::LammpsText ||
                                      format == Format::LammpsGzip || format == Format::ExtendedXyz;
                    FileSpec f{format, framesFrom(in, atoms, species, box, steps,
                                                  format == Format::Dcd && steps.size() > 1, text)};
                    writeFile(
                        (dir / ("seg" + std::to_string(s) + kExtension[int(format)])).string(), f,
                        in);
                }
            }
        }
    } catch (const std::exception&) {
        return false;
    }
    return true;
}

// ---- the parameters -----------------------------------------------------------------------

double oddOrPlain(FuzzedDataProvider& in, double lo, double hi) {
    switch (in.ConsumeIntegralInRange(0, 9)) {
    case 0:
        return std::nan("");
    case 1:
        return -in.ConsumeFloatingPointInRange(0.0, hi);
    case 2:
        return 0.0;
    case 3:
        return std::numeric_limits<double>::infinity();
    case 4:
        return in.ConsumeFloatingPointInRange(1e6, 1e12);
    default:
        return in.ConsumeFloatingPointInRange(lo, hi);
    }
}

std::optional<core::FitWindow> windowFrom(FuzzedDataProvider& in) {
    if (!in.ConsumeBool())
        return std::nullopt;
    return core::FitWindow{oddOrPlain(in, 0.0, 1.0), oddOrPlain(in, 0.3, 2.0)};
}

core::AnalysisParameters parametersFrom(FuzzedDataProvider& in, const std::string& ensemble,
                                        const core::ReaderOptions& options) {
    core::AnalysisParameters p;
    core::ReadingParameters& r = p.reading;
    r.ensemble = ensemble;
    r.readers = options;
    if (in.ConsumeBool())
        r.q = oddOrPlain(in, 0.5, 12.0);
    if (in.ConsumeBool())
        r.rc = oddOrPlain(in, 0.3, 3.0);
    if (in.ConsumeBool()) {
        const int a = in.ConsumeIntegralInRange(1, 3), b = in.ConsumeIntegralInRange(a, 3);
        r.pairCutoffs[{a, b}] = oddOrPlain(in, 0.3, 3.0);
    }
    r.originEvery = in.ConsumeIntegralInRange<std::int64_t>(-1, 40);
    r.overlapA = oddOrPlain(in, 0.05, 1.0);
    r.structure = in.ConsumeBool();
    r.structureQMax = in.ConsumeBool() ? oddOrPlain(in, 1.0, 12.0) : 8.0;
    if (in.ConsumeBool())
        r.segmentSteps = in.ConsumeIntegralInRange<std::int64_t>(-1, 400);

    core::AveragingParameters& a = p.averaging;
    a.dt = in.ConsumeBool() ? std::optional<double>(oddOrPlain(in, 0.001, 0.01)) : 0.005;
    a.bootstrap = in.ConsumeIntegralInRange(0, 6);
    a.seed = in.ConsumeIntegral<std::uint16_t>();
    a.msdWindow = windowFrom(in);
    a.minMsd = oddOrPlain(in, 0.0, 2.0);
    a.kww = in.ConsumeBool();
    if (in.ConsumeBool())
        a.species = in.ConsumeIntegralInRange(0, 4);
    if (in.ConsumeBool())
        a.typePair = std::pair{in.ConsumeIntegralInRange(0, 3), in.ConsumeIntegralInRange(0, 4)};
    if (in.ConsumeBool())
        a.excludedTemperatures.insert(std::to_string(0.4 + 0.01 * in.ConsumeIntegralInRange(0, 9)));

    core::FitParameters& f = p.fits;
    f.txWindow = windowFrom(in);
    f.tcWindow = windowFrom(in);
    f.tbWindow = windowFrom(in);
    f.tcSlidingWidth = oddOrPlain(in, 1.01, 1.5);
    f.tbDelta = oddOrPlain(in, 0.01, 0.2);
    if (in.ConsumeBool())
        f.tg = oddOrPlain(in, 0.2, 0.6);
    if (in.ConsumeBool())
        f.tm = oddOrPlain(in, 0.6, 1.2);
    f.system = std::array{"", "ka", "cuzr", "al", "none"}[in.ConsumeIntegralInRange(0, 4)];
    return p;
}

// ---- the checks ---------------------------------------------------------------------------

void checkCorrelators(const core::TemperatureResult& t) {
    using core::ChannelId;
    const core::AveragedCorrelators& c = t.correlators;
    for (const ChannelId id : {ChannelId::SelfScattering, ChannelId::PairPlus, ChannelId::PairMinus,
                               ChannelId::Overlap}) {
        const std::vector<double>& v = c.curve(id);
        for (std::size_t k = 0; k < v.size(); ++k) {
            if (std::isnan(v[k]))
                continue; // a lag without pairs (a pair channel with no neighbours)
            if (!(std::abs(v[k]) <= 1.0 + 1e-12))
                fail("|" + std::string(core::channel(id).column) + "| > 1 at T " + t.label);
            if (id == ChannelId::Overlap && v[k] < 0.0)
                fail("Q < 0 at T " + t.label);
        }
        if (!v.empty() && !std::isnan(v.front()) && c.time.front() == 0.0 &&
            std::abs(v.front() - 1.0) > 1e-12)
            fail(std::string(core::channel(id).column) + "(0) != 1 at T " + t.label);
    }
    for (const double m : c.curve(ChannelId::SquaredDisplacement))
        if (!(m >= 0.0) || !std::isfinite(m))
            fail("MSD < 0 or not finite at T " + t.label);
}

// The paper's inequality tau_+/- >= tau_alpha, where all three crossed, must be reported.
void checkPairInequalityReported(const core::PipelineOutcome& o) {
    const auto warnings = o.warnings();
    for (const auto& t : o.results) {
        const core::Observables& ob = t.observables;
        using Kind = core::RelaxationTime::Kind;
        if (ob.tauAlpha.kind != Kind::Crossed)
            continue;
        for (const auto* tau : {&ob.tauPlus, &ob.tauMinus})
            if (tau->kind == Kind::Crossed && tau->value < ob.tauAlpha.value * (1 - 1e-9)) {
                bool said = false;
                for (const auto& w : warnings)
                    said = said || w.find("T = " + t.label) != std::string::npos;
                if (!said)
                    fail("tau_+/- < tau_alpha at T " + t.label + " without a warning");
            }
    }
}

void checkCsv(const std::string& name, const std::string& text) {
    std::size_t header = std::string::npos, line = 0, begin = 0;
    while (begin < text.size()) {
        std::size_t end = text.find('\n', begin);
        if (end == std::string::npos)
            fail(name + ": last line without a newline");
        const std::string row = text.substr(begin, end - begin);
        const std::size_t fields = std::size_t(std::count(row.begin(), row.end(), ',')) + 1;
        if (header == std::string::npos)
            header = fields;
        else if (fields != header)
            fail(name + ": line " + std::to_string(line + 1) + " has " + std::to_string(fields) +
                 " fields, the header " + std::to_string(header));
        std::size_t f = 0;
        while (f <= row.size()) {
            const std::size_t comma = std::min(row.find(',', f), row.size());
            std::string field = row.substr(f, comma - f);
            for (char& ch : field)
                ch = char(std::tolower(static_cast<unsigned char>(ch)));
            if (field == "nan" || field == "inf" || field == "-inf" || field == "+inf")
                fail(name + ": a field reads " + field + " on line " + std::to_string(line + 1));
            f = comma + 1;
        }
        begin = end + 1;
        ++line;
    }
}

// Every output text of the outcome, in a fixed order (threads reported as 1).
std::vector<std::pair<std::string, std::string>> outputsOf(const core::PipelineOutcome& o) {
    std::vector<std::pair<std::string, std::string>> out;
    out.emplace_back("per_temperature.csv", core::perTemperatureCsv(o.results));
    for (const auto& t : o.results)
        out.emplace_back("T" + t.label + ".csv", core::correlatorCsv(t));
    if (o.structure)
        for (const auto& s : o.structure->perTemperature) {
            out.emplace_back("sq.csv", core::structureFactorCsv(s));
            out.emplace_back("gr.csv", core::radialDistributionCsv(s));
        }
    out.emplace_back("summary.json", core::summaryJson(o.results, o.runDescription(1)));
    return out;
}

void checkOutputs(const std::vector<std::pair<std::string, std::string>>& outputs) {
    for (const auto& [name, text] : outputs) {
        if (name.ends_with(".csv")) {
            checkCsv(name, text);
            continue;
        }
        nlohmann::json j;
        try {
            j = nlohmann::json::parse(text);
        } catch (const nlohmann::json::exception& e) {
            fail("summary.json does not parse: " + std::string(e.what()));
        }
        for (const char* key : {"program", "ensemble", "parameters", "settings", "warnings",
                                "temperatures", "characteristic_temperatures"})
            if (!j.contains(key))
                fail(std::string("summary.json has no \"") + key + "\"");
    }
}

// Runs the pipeline on `threads` threads: the outcome, or nullptr where the input is refused
// as it may be.
std::shared_ptr<core::PipelineOutcome> run(const core::AnalysisParameters& p, int threads,
                                           const fs::path& root) {
    tbb::global_control limit(tbb::global_control::max_allowed_parallelism, std::size_t(threads));
    core::Progress progress;
    try {
        return core::runPipeline(p, nullptr, progress);
    } catch (const core::InputError& e) {
        if (!e.file().starts_with(root.string()) && e.file() != p.fits.thermoLog)
            fail("an input error names " + e.file() + ", outside the ensemble: " + e.what());
    } catch (const core::InvalidParameter&) {
    } catch (const core::MissingParameter&) {
    } catch (const std::exception& e) {
        fail(std::string("unexpected exception: ") + e.what());
    }
    return nullptr;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider in(data, size);
    const fs::path root =
        fs::temp_directory_path() / ("tx-fuzz-pipeline-" + std::to_string(::getpid()));
    fs::remove_all(root);
    core::ReaderOptions options;
    if (writeEnsemble(root, in, options)) {
        const core::AnalysisParameters p = parametersFrom(in, root.string(), options);
        const auto one = run(p, 1, root);
        const auto two = run(p, 2, root);
        if (bool(one) != bool(two))
            fail("1 and 2 threads disagree on whether the input is usable");
        if (one) {
            for (const auto& t : one->results)
                checkCorrelators(t);
            checkPairInequalityReported(*one);
            const auto outputs = outputsOf(*one);
            checkOutputs(outputs);
            if (outputs != outputsOf(*two))
                fail("1 and 2 threads give different outputs");
            core::writeOutcome((root / "out").string(), *one, 1); // the writers themselves
        }
    }
    fs::remove_all(root);
    return 0;
}
