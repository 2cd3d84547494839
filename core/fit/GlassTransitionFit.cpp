#include "core/fit/GlassTransitionFit.h"

#include "core/fit/TemperatureGrid.h"
#include "core/io/InputError.h"
#include "core/model/Sentences.h"
#include "core/output/Measurement.h"

#include <Eigen/Dense>
#include <algorithm>
#include <array>
#include <cmath>
#include <random>

namespace tx::core {

namespace {

constexpr std::array<ThermoQuantity, 4> kQuantities{{
    {"volume", "Volume", "V"},
    {"density", "Density", "ρ"},
    {"enthalpy", "Enthalpy", "H"},
    {"pe", "PotEng", "U"},
}};

// Candidate hinges of the automatic windows, evenly over the inner 80 % of the range.
constexpr int kHingeCandidates = 400;
// Bootstrap blocks are drawn within strata of this many blocks of consecutive rows.
constexpr std::size_t kBlocksPerStratum = 4;

// Ordinary least squares over the points with t in the window.
std::optional<BranchLine> fitLine(std::span<const double> t, std::span<const double> y,
                                  const FitWindow& window) {
    BranchLine line{window, 0, 0, 0, 0, 0};
    double st = 0, sy = 0;
    for (std::size_t k = 0; k < t.size(); ++k)
        if (window.contains(t[k])) {
            ++line.points;
            st += t[k];
            sy += y[k];
        }
    if (line.points < kMinBranchPoints)
        return std::nullopt;
    const double n = line.points, mt = st / n, my = sy / n;
    double stt = 0, sty = 0;
    for (std::size_t k = 0; k < t.size(); ++k)
        if (window.contains(t[k])) {
            stt += (t[k] - mt) * (t[k] - mt);
            sty += (t[k] - mt) * (y[k] - my);
        }
    if (!(stt > 0))
        return std::nullopt;
    line.slope = sty / stt;
    line.intercept = my - line.slope * mt;
    double sse = 0;
    for (std::size_t k = 0; k < t.size(); ++k)
        if (window.contains(t[k])) {
            const double r = y[k] - line.at(t[k]);
            sse += r * r;
        }
    line.rms = std::sqrt(sse / n);
    line.slopeError = std::sqrt(sse / (n - 2) / stt);
    return line;
}

// The least-squares fit of y = a + b t + c max(0, t - h) for any hinge h from sums over the
// points sorted by t: those with t > h are a suffix, so each hinge costs a binary search, not
// a pass over the log. t and y are taken about their means (no cancellation in the sums).
class HingeSums {
public:
    HingeSums(std::span<const double> t, std::span<const double> y) {
        const double n = double(t.size());
        for (std::size_t k = 0; k < t.size(); ++k) {
            m_tMean += t[k] / n;
            m_yMean += y[k] / n;
        }
        std::vector<std::pair<double, double>> points;
        for (std::size_t k = 0; k < t.size(); ++k)
            points.emplace_back(t[k] - m_tMean, y[k] - m_yMean);
        std::sort(points.begin(), points.end());
        m_t.resize(points.size());
        m_suffix.assign(points.size() + 1, {});
        for (std::size_t k = points.size(); k-- > 0;) {
            const auto [x, v] = points[k];
            m_t[k] = x;
            const Sums& s = m_suffix[k + 1];
            m_suffix[k] = {s.n + 1, s.t + x, s.tt + x * x, s.y + v, s.ty + x * v, s.yy + v * v};
        }
    }

    double residual(double hinge) const {
        const double h = hinge - m_tMean;
        const Sums& all = m_suffix.front();
        const auto k = std::size_t(std::upper_bound(m_t.begin(), m_t.end(), h) - m_t.begin());
        const Sums& above = m_suffix[k];
        // u = t - h above the hinge, 0 below.
        const double su = above.t - h * above.n, stu = above.tt - h * above.t,
                     suu = above.tt - 2 * h * above.t + h * h * above.n,
                     suy = above.ty - h * above.y;
        Eigen::Matrix3d a;
        a << all.n, all.t, su, all.t, all.tt, stu, su, stu, suu;
        const Eigen::Vector3d b(all.y, all.ty, suy);
        const Eigen::Vector3d p = a.ldlt().solve(b);
        return all.yy - 2 * p.dot(b) + p.dot(a * p);
    }

private:
    struct Sums {
        double n = 0, t = 0, tt = 0, y = 0, ty = 0, yy = 0;
    };
    double m_tMean = 0, m_yMean = 0;
    std::vector<double> m_t;    // sorted, about the mean
    std::vector<Sums> m_suffix; // m_suffix[k]: sums over points k..n-1
};

// The hinge of the best continuous two-line fit, among evenly spaced candidates over the
// inner 80 % of [low, high].
double bestHinge(std::span<const double> t, std::span<const double> y, double low, double high) {
    const HingeSums sums(t, y);
    double best = INFINITY, hinge = 0.5 * (low + high);
    for (int k = 0; k <= kHingeCandidates; ++k) {
        const double h = low + (high - low) * (0.1 + 0.8 * k / kHingeCandidates);
        if (const double r = sums.residual(h); r < best) {
            best = r;
            hinge = h;
        }
    }
    return hinge;
}

int pointsIn(std::span<const double> t, const FitWindow& w) {
    return int(std::count_if(t.begin(), t.end(), [&](double x) { return w.contains(x); }));
}

// One resample of a run's n rows (log order, so along the cooling): moving blocks of about
// n^(1/3) consecutive rows (neighbouring rows are correlated in time), drawn within strata of
// kBlocksPerStratum blocks. The strata keep the resample's coverage of the temperature range
// like the run's; blocks drawn from anywhere would leave a branch with a few clustered rows
// now and then, and T_g with heavy tails that are the resampling's, not the data's.
void blockResample(std::size_t n, std::mt19937_64& rng, std::vector<std::size_t>& out) {
    const auto length = std::max<std::size_t>(1, std::size_t(std::ceil(std::cbrt(double(n)))));
    const std::size_t stratum = kBlocksPerStratum * length;
    out.clear();
    for (std::size_t begin = 0; begin < n; begin += stratum) {
        const std::size_t end = std::min(n, begin + stratum), size = end - begin;
        if (size <= length) { // a short last stratum stays as it is
            for (std::size_t k = begin; k < end; ++k)
                out.push_back(k);
            continue;
        }
        std::uniform_int_distribution<std::size_t> start(begin, end - length);
        for (std::size_t taken = 0; taken < size;) {
            const std::size_t s = start(rng);
            for (std::size_t k = s; k < s + length && taken < size; ++k, ++taken)
                out.push_back(k);
        }
    }
}

void assess(GlassTransitionEstimate& e, int resamples) {
    const GlassTransitionFit& f = e.fit;
    const std::string name(e.quantity.column);
    for (const BranchLine* line : {&f.glass, &f.liquid})
        if (line->points < kFewBranchPoints)
            addFlag(
                e.flags, "few_points",
                say(line == &f.glass ? sentence::kGlassLineFewRows : sentence::kLiquidLineFewRows,
                    {std::to_string(line->points)}));
    const auto [low, high] = std::minmax_element(e.temperature.begin(), e.temperature.end());
    if (f.tg < *low || f.tg > *high)
        addFlag(e.flags, "edge",
                say(sentence::kLinesCrossOutside, {shortNumber(f.tg), describe({*low, *high})}));
    else if (f.glass.window.contains(f.tg) || f.liquid.window.contains(f.tg))
        addFlag(e.flags, "inside_window",
                say(f.glass.window.contains(f.tg) ? sentence::kTgInGlassWindow
                                                  : sentence::kTgInLiquidWindow,
                    {shortNumber(f.tg)}));
    if (std::abs(e.marginShift) > std::max(2 * e.error, 1e-12 * std::abs(f.tg)))
        addFlag(e.flags, "unstable",
                say(sentence::kTgMovesWithMargins, {shortNumber(e.marginShift)}));
    const double slopeSigma = std::hypot(f.glass.slopeError, f.liquid.slopeError);
    const double separation = std::abs(f.liquid.slope - f.glass.slope) / slopeSigma;
    if (separation < 3)
        addFlag(e.flags, "unstable", say(sentence::kNoClearBend, {name, shortNumber(separation)}));
    else if (resamples > 0 && 2 * e.resamplesUsed < resamples)
        addFlag(e.flags, "unstable", say(sentence::kLinesCrossRarely));
    else if (bimodalityCoefficient(e.samples) > kBimodalCoefficient)
        addFlag(e.flags, "unstable", say(sentence::kTgBimodal));
}

} // namespace

std::span<const ThermoQuantity> thermoQuantities() {
    return kQuantities;
}

const ThermoQuantity* findThermoQuantity(std::string_view key) {
    for (const ThermoQuantity& q : kQuantities)
        if (q.key == key)
            return &q;
    return nullptr;
}

GlassTransitionFit fitGlassTransition(std::span<const double> t, std::span<const double> y,
                                      const FitWindow& glass, const FitWindow& liquid) {
    GlassTransitionFit out;
    const auto g = fitLine(t, y, glass), l = fitLine(t, y, liquid);
    if (!g || !l) {
        out.problem = say(!g ? sentence::kGlassWindowFewRows : sentence::kLiquidWindowFewRows,
                          {std::to_string(kMinBranchPoints), describe(!g ? glass : liquid)});
        return out;
    }
    out.glass = *g;
    out.liquid = *l;
    if (g->slope == l->slope) {
        out.problem = say(sentence::kLinesParallel);
        return out;
    }
    out.tg = (g->intercept - l->intercept) / (l->slope - g->slope);
    out.ok = std::isfinite(out.tg);
    if (!out.ok)
        out.problem = say(sentence::kLinesDoNotCross);
    return out;
}

std::optional<BranchWindows> automaticBranchWindows(std::span<const double> t,
                                                    std::span<const double> y, double margin) {
    if (t.size() < 2 * std::size_t(kMinBranchPoints))
        return std::nullopt;
    const auto [lowIt, highIt] = std::minmax_element(t.begin(), t.end());
    const double low = *lowIt;
    if (!(*highIt > low))
        return std::nullopt;
    // From the cold end: a hinge in the coldest part, then the range cut to twice the distance
    // from the coldest point to the hinge and the hinge fitted again, until it stays put. The
    // liquid's own expansion coefficient grows with T, so a hinge fitted over the whole run
    // would find the liquid's curvature, not the glass transition.
    double hinge = low + kFirstHinge * (*highIt - low), high = *highIt;
    std::vector<double> ts, ys;
    for (int round = 0; round < kHingeRounds; ++round) {
        const double upper = std::min(*highIt, low + kLiquidRangeFactor * (hinge - low));
        ts.clear();
        ys.clear();
        for (std::size_t k = 0; k < t.size(); ++k)
            if (t[k] <= upper) {
                ts.push_back(t[k]);
                ys.push_back(y[k]);
            }
        if (ts.size() < 2 * std::size_t(kMinBranchPoints))
            break;
        high = upper;
        const double next = bestHinge(ts, ys, low, high);
        const bool settled = std::abs(next - hinge) <= 1e-9 * (high - low);
        hinge = next;
        if (settled)
            break;
    }
    const double span = high - low;
    // Narrower margins only where the asked ones leave a branch too few points.
    for (double m : {margin, margin / 2, 0.0}) {
        const BranchWindows w{{low, hinge - m * span}, {hinge + m * span, high}, hinge};
        if (pointsIn(t, w.glass) >= kMinBranchPoints && pointsIn(t, w.liquid) >= kMinBranchPoints)
            return w;
    }
    return std::nullopt;
}

GlassTransitionEstimate estimateGlassTransition(const ThermoLog& log,
                                                const GlassTransitionSettings& settings) {
    GlassTransitionEstimate e;
    e.logPath = log.path;
    e.runs = int(log.runs.size());
    if (settings.run) {
        if (*settings.run < 1 || *settings.run > e.runs)
            throw InputError(log.path, 0,
                             say(sentence::kThermoRunRange,
                                 {std::to_string(*settings.run), std::to_string(e.runs)}));
        e.run = *settings.run;
    } else {
        const auto most = std::max_element(log.runs.begin(), log.runs.end(),
                                           [](const ThermoRun& a, const ThermoRun& b) {
                                               return a.temperatureSpan() < b.temperatureSpan();
                                           });
        e.run = int(most - log.runs.begin()) + 1;
    }
    const ThermoRun& run = log.runs[std::size_t(e.run - 1)];
    e.headerLine = run.headerLine;
    const ThermoQuantity* quantity = nullptr;
    if (settings.quantity.empty()) {
        for (const ThermoQuantity& q : kQuantities)
            if (!quantity && run.column(q.column) >= 0)
                quantity = &q;
    } else {
        quantity = findThermoQuantity(settings.quantity);
    }
    const int temp = run.column("Temp");
    if (!quantity || run.column(quantity->column) < 0 || temp < 0) {
        std::string names;
        for (const ThermoQuantity& q : kQuantities)
            names += (names.empty() ? "" : ", ") + std::string(q.column);
        throw InputError(log.path, run.headerLine,
                         "this run's thermo output has no " +
                             (quantity ? std::string(quantity->column) : "column of " + names) +
                             (temp < 0 ? " and no Temp" : "") + " (add it to thermo_style custom)");
    }
    e.quantity = *quantity;
    e.temperature = run.values[std::size_t(temp)];
    e.value = run.values[std::size_t(run.column(quantity->column))];

    std::optional<BranchWindows> automatic;
    if (!settings.glassWindow || !settings.liquidWindow)
        automatic = automaticBranchWindows(e.temperature, e.value);
    e.automaticGlassWindow = !settings.glassWindow;
    e.automaticLiquidWindow = !settings.liquidWindow;
    if (!automatic && (!settings.glassWindow || !settings.liquidWindow)) {
        e.fit.problem = say(sentence::kRunTooShort, {std::to_string(e.temperature.size())});
        return e;
    }
    const FitWindow glass =
        settings.glassWindow.value_or(automatic ? automatic->glass : FitWindow{});
    const FitWindow liquid =
        settings.liquidWindow.value_or(automatic ? automatic->liquid : FitWindow{});
    e.fit = fitGlassTransition(e.temperature, e.value, glass, liquid);
    if (!e.fit.ok)
        return e;

    // Resamples of the run by moving blocks of rows, the windows fixed: the error is the
    // noise's. Where the windows fall is checked below, by moving their margins.
    std::mt19937_64 rng(settings.seed);
    std::vector<std::size_t> rows;
    std::vector<double> t, y;
    e.samples.reserve(std::size_t(settings.bootstrap));
    for (int b = 0; b < settings.bootstrap; ++b) {
        blockResample(e.temperature.size(), rng, rows);
        t.clear();
        y.clear();
        for (std::size_t k : rows) {
            t.push_back(e.temperature[k]);
            y.push_back(e.value[k]);
        }
        const GlassTransitionFit r = fitGlassTransition(t, y, glass, liquid);
        if (r.ok)
            e.samples.push_back(r.tg);
    }
    e.resamplesUsed = int(e.samples.size());
    e.error = e.samples.size() >= 2 ? standardDeviation(e.samples) : 0.0;
    e.interval = percentileInterval(e.samples);
    // Automatic windows: how far T_g moves when they stop closer to, or farther from, the bend.
    if (automatic)
        for (double margin : kOtherMargins) {
            const auto other = automaticBranchWindows(e.temperature, e.value, margin);
            if (!other)
                continue;
            const GlassTransitionFit f = fitGlassTransition(
                e.temperature, e.value, settings.glassWindow.value_or(other->glass),
                settings.liquidWindow.value_or(other->liquid));
            if (f.ok && std::abs(f.tg - e.fit.tg) > std::abs(e.marginShift))
                e.marginShift = f.tg - e.fit.tg;
        }
    assess(e, settings.bootstrap);
    return e;
}

} // namespace tx::core
