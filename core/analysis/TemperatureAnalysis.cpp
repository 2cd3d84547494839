#include "core/analysis/TemperatureAnalysis.h"

#include "core/model/InputSentences.h"

#include <cmath>
#include <cstdio>
#include <limits>
#include <random>
#include <stdexcept>
#include <tbb/parallel_for.h>

namespace tx::core {

namespace {

// The 1/e time of one correlator, from the KWW fit when the data never get there and the
// user asked for extrapolation.
RelaxationTime relaxation(const std::vector<double>& t, const std::vector<double>& f, KwwFit& kww,
                          const AnalysisSettings& settings) {
    kww = fitKww(t, f, settings.kww);
    RelaxationTime tau = relaxationTime(t, f);
    if (tau.kind == RelaxationTime::Kind::LowerBound && settings.extrapolateWithKww && kww.ok) {
        const double extrapolated = kww.timeAtLevel(std::exp(-1.0));
        if (std::isfinite(extrapolated) && extrapolated > tau.value) {
            tau.kind = RelaxationTime::Kind::Extrapolated;
            tau.value = extrapolated;
        }
    }
    return tau;
}

// Lag by lag, the standard deviation over the resamples of every curve and part (in the
// resamples' order, so the same for any thread count); NaN where fewer than two are numbers.
AveragedCorrelators spreadOver(const std::vector<AveragedCorrelators>& resamples,
                               const AveragedCorrelators& shape) {
    AveragedCorrelators out;
    out.types = shape.types;
    out.time = shape.time;
    out.origins = shape.origins;
    auto spread = [&](auto get) {
        const std::size_t lags = get(shape).size();
        std::vector<double> sd(lags, std::numeric_limits<double>::quiet_NaN());
        for (std::size_t k = 0; k < lags; ++k) {
            double n = 0, mean = 0, m2 = 0; // Welford
            for (const AveragedCorrelators& r : resamples) {
                const auto& v = get(r);
                if (k >= v.size() || std::isnan(v[k]))
                    continue;
                n += 1;
                const double d = v[k] - mean;
                mean += d / n;
                m2 += d * (v[k] - mean);
            }
            if (n >= 2)
                sd[k] = std::sqrt(m2 / (n - 1));
        }
        return sd;
    };
    for (std::size_t c = 0; c < shape.curves.size(); ++c) {
        out.curves[c] = spread([c](const AveragedCorrelators& a) -> const std::vector<double>& {
            return a.curves[c];
        });
        for (std::size_t p = 0; p < shape.parts[c].size(); ++p)
            out.parts[c].push_back(
                spread([c, p](const AveragedCorrelators& a) -> const std::vector<double>& {
                    return a.parts[c][p];
                }));
    }
    return out;
}

} // namespace

Observables extractObservables(const AveragedCorrelators& c, const AnalysisSettings& settings) {
    Observables o;
    const int species = settings.species ? c.types.indexOf(*settings.species) : -1;
    const int a = settings.typePair ? c.types.indexOf(settings.typePair->first) : -1;
    const int b = settings.typePair ? c.types.indexOf(settings.typePair->second) : -1;
    const int pair = a >= 0 && b >= 0 ? c.types.pairIndex(a, b) : -1;
    if ((settings.species && species < 0) || (settings.typePair && pair < 0))
        throw std::invalid_argument(sentence::kChoiceNotInEnsemble);
    const auto& fs = c.resolved(ChannelId::SelfScattering, species);
    const auto& msd = c.resolved(ChannelId::SquaredDisplacement, species);
    const auto& plus = c.resolved(ChannelId::PairPlus, pair);
    const auto& minus = c.resolved(ChannelId::PairMinus, pair);
    o.tauAlpha = relaxation(c.time, fs, o.kwwAlpha, settings);
    // Q(t) is a step average, not a stretched exponential: its 1/e time is never extrapolated.
    o.tauOverlap = relaxationTime(c.time, c.resolved(ChannelId::Overlap, species));
    o.tauPlus = relaxation(c.time, plus, o.kwwPlus, settings);
    o.tauMinus = relaxation(c.time, minus, o.kwwMinus, settings);
    if (o.tauPlus.isNumber() && o.tauMinus.isNumber())
        o.gamma = o.tauPlus.value / o.tauMinus.value;
    o.diffusion = fitDiffusion(c.time, msd, settings.diffusion);
    if (o.diffusion.ok && o.tauAlpha.isNumber())
        o.diffusionTimesTauAlpha = o.diffusion.coefficient * o.tauAlpha.value;
    return o;
}

namespace {

BootstrapError standardDeviation(const std::vector<std::optional<double>>& samples) {
    BootstrapError e;
    double sum = 0.0, sumSq = 0.0;
    for (const auto& s : samples)
        if (s) {
            sum += *s;
            ++e.resamplesUsed;
        }
    if (e.resamplesUsed < 2) {
        e.value = std::numeric_limits<double>::quiet_NaN();
        return e;
    }
    const double mean = sum / e.resamplesUsed;
    for (const auto& s : samples)
        if (s)
            sumSq += (*s - mean) * (*s - mean);
    e.value = std::sqrt(sumSq / (e.resamplesUsed - 1));
    return e;
}

std::optional<double> numberOf(const RelaxationTime& t) {
    return t.isNumber() ? std::optional(t.value) : std::nullopt;
}

} // namespace

TemperatureResult analyseTemperature(const TemperatureSums& sums, const AnalysisSettings& settings,
                                     const Progress* progress) {
    TemperatureResult res;
    res.temperature = sums.temperature;
    res.label = sums.label;
    res.replicas = static_cast<int>(sums.replicas.size());
    // Flatten segments; a bootstrap unit is a replica, or a segment when there is one replica.
    std::vector<const SegmentSums*> segments;
    std::vector<std::size_t> unitOf;
    const bool overReplicas = sums.replicas.size() > 1;
    std::int64_t pairs = 0;
    for (std::size_t r = 0; r < sums.replicas.size(); ++r)
        for (const auto& s : sums.replicas[r].segments) {
            unitOf.push_back(overReplicas ? r : segments.size());
            segments.push_back(&s);
            res.origins += s.origins;
            pairs += s.pairsOverOrigins;
        }
    res.segments = static_cast<int>(segments.size());
    res.atoms = segments.empty() ? 0 : segments.front()->atomCount;
    res.pairsPerOrigin =
        res.origins > 0 ? static_cast<double>(pairs) / static_cast<double>(res.origins) : 0.0;
    res.bootstrapOver = overReplicas ? "replicas" : "segments";

    const std::vector<std::int64_t> ones(segments.size(), 1);
    res.correlators = averageCorrelators(segments, ones, settings.dt);
    res.observables = extractObservables(res.correlators, settings);
    const std::vector<double> extraQ =
        segments.empty() ? std::vector<double>{} : segments.front()->extraQ;
    for (std::size_t k = 0; k < extraQ.size(); ++k) {
        DispersionPoint& p = res.dispersion.emplace_back();
        p.q = extraQ[k];
        p.correlators = averageCorrelators(segments, ones, settings.dt, k + 1);
        const Observables o = extractObservables(p.correlators, settings);
        p.tauAlpha = o.tauAlpha;
        p.tauPlus = o.tauPlus;
        p.tauMinus = o.tauMinus;
        p.gamma = o.gamma;
    }

    const std::size_t units = overReplicas ? sums.replicas.size() : segments.size();
    if (units < 2 || settings.bootstrapResamples < 2) {
        res.tauAlphaError = res.tauPlusError = res.tauMinusError = res.gammaError =
            res.diffusionError = res.diffusionTimesTauAlphaError = res.betaAlphaError =
                res.tauOverlapError = standardDeviation({});
        for (DispersionPoint& p : res.dispersion)
            p.tauAlphaError = p.tauPlusError = p.tauMinusError = p.gammaError =
                standardDeviation({});
        return res;
    }
    // Draw every resample first from one seeded generator, so results never depend on threads.
    const auto nb = static_cast<std::size_t>(settings.bootstrapResamples);
    std::mt19937_64 rng(settings.bootstrapSeed);
    std::uniform_int_distribution<std::size_t> pick(0, units - 1);
    std::vector<std::vector<std::int64_t>> weights(nb, std::vector<std::int64_t>(segments.size()));
    for (auto& w : weights) {
        std::vector<std::int64_t> unitCount(units, 0);
        for (std::size_t k = 0; k < units; ++k)
            ++unitCount[pick(rng)];
        for (std::size_t s = 0; s < segments.size(); ++s)
            w[s] = unitCount[unitOf[s]];
    }
    std::vector<Observables> boot(nb);
    std::vector<AveragedCorrelators> bootCurves(nb);
    // [extra q][resample]
    std::vector<std::vector<Observables>> bootAtQ(extraQ.size(), std::vector<Observables>(nb));
    std::vector<std::vector<AveragedCorrelators>> bootCurvesAtQ(
        extraQ.size(), std::vector<AveragedCorrelators>(nb));
    tbb::parallel_for(std::size_t{0}, nb, [&](std::size_t b) {
        if (progress && progress->isCancelled())
            return;
        bootCurves[b] = averageCorrelators(segments, weights[b], settings.dt);
        boot[b] = extractObservables(bootCurves[b], settings);
        for (std::size_t k = 0; k < extraQ.size(); ++k) {
            bootCurvesAtQ[k][b] = averageCorrelators(segments, weights[b], settings.dt, k + 1);
            bootAtQ[k][b] = extractObservables(bootCurvesAtQ[k][b], settings);
        }
    });
    if (progress)
        progress->throwIfCancelled();
    res.correlatorErrors = spreadOver(bootCurves, res.correlators);
    res.resamples = static_cast<int>(nb);
    auto collectOver = [&](const std::vector<Observables>& resamples, auto get) {
        std::vector<std::optional<double>> v;
        v.reserve(nb);
        for (const auto& o : resamples)
            v.push_back(get(o));
        return standardDeviation(v);
    };
    auto collect = [&](auto get) { return collectOver(boot, get); };
    for (std::size_t k = 0; k < extraQ.size(); ++k) {
        DispersionPoint& p = res.dispersion[k];
        p.correlatorErrors = spreadOver(bootCurvesAtQ[k], p.correlators);
        p.tauAlphaError =
            collectOver(bootAtQ[k], [](const Observables& o) { return numberOf(o.tauAlpha); });
        p.tauPlusError =
            collectOver(bootAtQ[k], [](const Observables& o) { return numberOf(o.tauPlus); });
        p.tauMinusError =
            collectOver(bootAtQ[k], [](const Observables& o) { return numberOf(o.tauMinus); });
        p.gammaError = collectOver(bootAtQ[k], [](const Observables& o) { return o.gamma; });
    }
    res.tauAlphaError = collect([](const Observables& o) { return numberOf(o.tauAlpha); });
    res.tauPlusError = collect([](const Observables& o) { return numberOf(o.tauPlus); });
    res.tauMinusError = collect([](const Observables& o) { return numberOf(o.tauMinus); });
    res.gammaError = collect([](const Observables& o) { return o.gamma; });
    res.tauOverlapError = collect([](const Observables& o) { return numberOf(o.tauOverlap); });
    res.diffusionError = collect([](const Observables& o) {
        return o.diffusion.ok ? std::optional(o.diffusion.coefficient) : std::nullopt;
    });
    res.diffusionTimesTauAlphaError =
        collect([](const Observables& o) { return o.diffusionTimesTauAlpha; });
    res.betaAlphaError = collect([](const Observables& o) {
        return o.kwwAlpha.ok ? std::optional(o.kwwAlpha.beta) : std::nullopt;
    });
    res.resampled = std::move(boot);
    return res;
}

std::vector<std::string> pairRelaxationWarnings(const std::vector<TemperatureResult>& results) {
    std::vector<std::string> out;
    auto text = [](double v) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.4g", v);
        return std::string(buf);
    };
    for (const TemperatureResult& r : results) {
        const Observables& o = r.observables;
        if (o.tauAlpha.kind != RelaxationTime::Kind::Crossed)
            continue;
        std::string faster;
        for (const auto& [name, tau] :
             {std::pair{"τ_+", &o.tauPlus}, std::pair{"τ_−", &o.tauMinus}})
            // A relative margin keeps the bit-level noise of equal times (rigid pairs) out.
            if (tau->kind == RelaxationTime::Kind::Crossed &&
                tau->value < o.tauAlpha.value * (1.0 - 1e-9))
                faster +=
                    (faster.empty() ? "" : ", ") + std::string(name) + " = " + text(tau->value);
        if (!faster.empty())
            out.push_back(say(sentence::kPairsFaster, {r.label, faster, text(o.tauAlpha.value)}));
    }
    return out;
}

} // namespace tx::core
