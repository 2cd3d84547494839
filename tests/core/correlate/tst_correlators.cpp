// science §5 oracles for the correlators, and a comparison against a slow reference loop.
#include "core/analysis/TemperatureAnalysis.h"
#include "core/correlate/DisplacementRows.h"
#include "core/correlate/NeighbourKernel.h"
#include "core/correlate/NeighbourPairs.h"
#include "core/correlate/PairKernel.h"
#include "core/correlate/SincKernel.h"
#include "tests/support/Correlate.h"
#include "tests/support/ReferenceCorrelator.h"

#include <QtTest>
#include <array>
#include <cmath>
#include <random>
#include <tbb/global_control.h>

using namespace tx;
using tx::test::BrownianSpec;

class TestCorrelators : public QObject {
    Q_OBJECT

private:
    static core::CorrelatorSettings settings(double q = 7.25, double rc = 1.4) {
        core::CorrelatorSettings s;
        s.q = q;
        s.cutoff = rc;
        return s;
    }
    static BrownianSpec brownian(std::size_t atoms, std::uint64_t seed) {
        BrownianSpec spec;
        spec.atoms = atoms;
        spec.seed = seed;
        spec.timesteps = test::logSpacedSteps(10, 4000, 25);
        return spec;
    }
    // Thirteen frames 100 timesteps apart: linear frames, for extra origins.
    static std::vector<core::Frame> linearBrownianFrames(std::size_t atoms, std::uint64_t seed) {
        BrownianSpec spec = brownian(atoms, seed);
        spec.timesteps.clear();
        for (int k = 0; k <= 12; ++k)
            spec.timesteps.push_back(100 * k);
        return test::brownianFrames(spec);
    }

    // The slow reference at one lag, origin by origin (every `step` frames), then averaged
    // with equal weight: what extra origins must give.
    struct OriginMean {
        double fs = 0, fminus = 0;
        int origins = 0;
    };
    static OriginMean referenceOverOrigins(const std::vector<core::Frame>& frames, std::size_t step,
                                           std::size_t lag, const core::CorrelatorSettings& s) {
        OriginMean m;
        for (std::size_t o = 0; o + lag < frames.size(); o += step) {
            const std::vector<core::Frame> pair{frames[o], frames[o + lag]};
            const auto ref = test::referenceCorrelators(pair, s.q, s.cutoff);
            m.fs += ref.fs.back();
            m.fminus += ref.fminus.back();
            ++m.origins;
        }
        m.fs /= m.origins;
        m.fminus /= m.origins;
        return m;
    }

private slots:
    void simdSincMatchesTheScalarOneToAnUlp() {
        // Every block length (vector bodies and padded tails), the series edge, zeros of the
        // sine and large arguments, at several q: each path takes squared lengths v and gives
        // sin(x)/x at x = q sqrt(v); glibc's sine is the reference. q = 1e-4 (and the double
        // just below it) puts v = 1 exactly on (just below) the series' edge.
        std::mt19937_64 rng(3);
        std::uniform_real_distribution<double> wide(0.0, 2000.0), narrow(0.0, 3e-4);
        for (const double q : {1.0, 7.25, 1e-4, std::nextafter(1e-4, 0.0)})
            for (std::size_t n = 0; n <= 41; ++n) {
                std::vector<double> v(n);
                for (std::size_t k = 0; k < n; ++k) {
                    const double x = k % 3 == 0 ? narrow(rng) : wide(rng);
                    v[k] = (x / q) * (x / q);
                }
                if (n > 6) {
                    v[1] = 0.0;
                    v[2] = 1.0;
                    v[3] = (1e-4 / q) * (1e-4 / q);
                    v[4] = (M_PI / q) * (M_PI / q);
                    v[5] = (1000 * M_PI / q) * (1000 * M_PI / q);
                    v[6] = std::nextafter(1.0, 0.0);
                }
                for (const auto& implementation : core::sincImplementations()) {
                    std::vector<double> y = v;
                    implementation.function(y.data(), n, q);
                    for (std::size_t k = 0; k < n; ++k) {
                        const double expected = core::sincOf(q * std::sqrt(v[k]));
                        QVERIFY2(std::abs(y[k] - expected) <= 4e-16,
                                 qPrintable(QString("%1, q = %2, v = %3: %4 vs %5")
                                                .arg(implementation.name)
                                                .arg(q, 0, 'g', 17)
                                                .arg(v[k], 0, 'g', 17)
                                                .arg(y[k], 0, 'g', 17)
                                                .arg(expected, 0, 'g', 17)));
                    }
                }
            }
        qInfo("SIMD sinc kernel on this CPU: %s", core::sincKernelName());
    }

    void everyPairKernelPathMatchesAScalarLoop() {
        // Each path this CPU runs (AVX-512, AVX2, SSE2) against a plain loop of sincOf over
        // dr_+ and dr_-: every run length (vector bodies and masked tails), pairs that sit
        // still (x = 0 and the series), rigid pairs (dr_- = 0) and long displacements.
        std::mt19937_64 rng(17);
        const std::size_t atoms = 300;
        std::uniform_real_distribution<double> step(-2.0, 2.0);
        std::vector<double> x(atoms), y(atoms), z(atoms);
        for (std::size_t a = 0; a < atoms; ++a) {
            const double scale = a % 5 == 0 ? 1e-6 : (a % 7 == 0 ? 40.0 : 1.0);
            x[a] = scale * step(rng);
            y[a] = scale * step(rng);
            z[a] = scale * step(rng);
        }
        x[1] = y[1] = z[1] = 0.0;              // an atom that has not moved
        x[2] = x[3], y[2] = y[3], z[2] = z[3]; // 2 and 3 moved together
        std::uniform_int_distribution<std::uint32_t> atom(0, atoms - 1);
        core::DisplacementRows rows;
        rows.resize(atoms);
        for (std::size_t a = 0; a < atoms; ++a) {
            rows.row(a)[0] = x[a];
            rows.row(a)[1] = y[a];
            rows.row(a)[2] = z[a];
        }
        const core::DisplacementView d = rows.view();
        // Several wave numbers in one pass (the dispersion), a tiny one for the series.
        const std::vector<double> qs = {7.25, 5.0, 1e-3, 9.0, 21.75};
        for (std::size_t n = 0; n <= 37; ++n) {
            std::vector<std::uint32_t> first(n), second(n);
            for (std::size_t k = 0; k < n; ++k) {
                first[k] = atom(rng);
                second[k] = atom(rng);
            }
            if (n > 3) {
                first[0] = 1, second[0] = 1; // both still: x = 0 for both vectors
                first[1] = 2, second[1] = 3; // rigid: dr_- = 0
            }
            const core::PairRun run{first.data(), second.data(), n};
            for (const auto& implementation : core::pairKernelImplementations()) {
                std::vector<core::PairScatteringSums> all(qs.size());
                implementation.function(d, run, qs.data(), qs.size(), all.data());
                for (std::size_t w = 0; w < qs.size(); ++w) {
                    const double q = qs[w];
                    double plus = 0, minus = 0;
                    for (std::size_t k = 0; k < n; ++k) {
                        const std::uint32_t i = first[k], j = second[k];
                        const double px = x[i] + x[j], py = y[i] + y[j], pz = z[i] + z[j];
                        const double mx = x[i] - x[j], my = y[i] - y[j], mz = z[i] - z[j];
                        plus += core::sincOf(q * std::sqrt(0.25 * (px * px + py * py + pz * pz)));
                        minus += core::sincOf(q * std::sqrt(0.25 * (mx * mx + my * my + mz * mz)));
                    }
                    const core::PairScatteringSums& sums = all[w];
                    // A sum of n terms each within an ulp, in another order (relative to the
                    // sum where it is large: at a tiny q every term is almost 1).
                    const double tolerance = 4e-16 * double(n + 1);
                    QVERIFY2(std::abs(sums.centreOfMass - plus) <=
                                     tolerance * std::max(1.0, std::abs(plus)) &&
                                 std::abs(sums.relative - minus) <=
                                     tolerance * std::max(1.0, std::abs(minus)),
                             qPrintable(QString("%1, q = %2, n = %3: %4 %5 vs %6 %7")
                                            .arg(implementation.name)
                                            .arg(q)
                                            .arg(n)
                                            .arg(sums.centreOfMass, 0, 'g', 17)
                                            .arg(sums.relative, 0, 'g', 17)
                                            .arg(plus, 0, 'g', 17)
                                            .arg(minus, 0, 'g', 17)));
                    // The pass at several q gives each q what a pass at it alone gives, to
                    // the bit: adding a q never changes the others.
                    core::PairScatteringSums alone;
                    implementation.function(d, run, &q, 1, &alone);
                    QVERIFY2(alone.centreOfMass == sums.centreOfMass &&
                                 alone.relative == sums.relative,
                             qPrintable(QString("%1, q = %2, n = %3: alone %4 %5")
                                            .arg(implementation.name)
                                            .arg(q)
                                            .arg(n)
                                            .arg(alone.centreOfMass, 0, 'g', 17)
                                            .arg(alone.relative, 0, 'g', 17)));
                }
            }
        }
        qInfo("pair kernel on this CPU: %s", core::pairKernelName());
    }

    void severalWavenumbersInOnePassMatchSeparatePasses() {
        // The dispersion: a pass at q = 7.25 with 5.0 and 9.0 beside it gives at 5.0 and 9.0
        // exactly (to the bit) what passes at 5.0 and at 9.0 alone give, every channel and
        // every part; the q-independent channels are shared.
        const auto frames = linearBrownianFrames(700, 3);
        const auto types = core::TypeSet::fromTypes(frames.front().types);
        auto correlateAt = [&](core::CorrelatorSettings s) {
            s.originEverySteps = 300;
            test::FramesInMemory source(frames);
            return core::correlateTrajectory(source, types, s, std::nullopt);
        };
        core::CorrelatorSettings together = settings(7.25);
        together.extraQ = {5.0, 9.0};
        const auto all = correlateAt(together);
        QCOMPARE(all.size(), std::size_t(1));
        QCOMPARE(all.front().extraQ, together.extraQ);
        const core::SegmentSums* segment = &all.front();
        const std::vector<std::int64_t> one{1};
        for (std::size_t w = 0; w <= together.extraQ.size(); ++w) {
            const double q = w == 0 ? together.q : together.extraQ[w - 1];
            const auto alone = correlateAt(settings(q));
            const core::SegmentSums* aloneSegment = &alone.front();
            const auto expected = core::averageCorrelators({&aloneSegment, 1}, one, 0.005);
            const auto got = core::averageCorrelators({&segment, 1}, one, 0.005, w);
            QCOMPARE(got.time, expected.time);
            for (const core::Channel& c : core::channels()) {
                QVERIFY2(got.curve(c.id) == expected.curve(c.id),
                         qPrintable(QString("%1 at q = %2").arg(c.column.data()).arg(q)));
                for (std::size_t p = 0; p < expected.parts[core::indexOf(c.id)].size(); ++p)
                    QVERIFY2(
                        got.part(c.id, p) == expected.part(c.id, p),
                        qPrintable(
                            QString("%1 part %2 at q = %3").arg(c.column.data()).arg(p).arg(q)));
            }
            // Not the same curve at every q: F_s decays faster at larger q.
            if (w > 0)
                QVERIFY(got.curve(core::ChannelId::SelfScattering) !=
                        core::averageCorrelators({&segment, 1}, one, 0.005, 0)
                            .curve(core::ChannelId::SelfScattering));
        }
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 core::averageCorrelators({&segment, 1}, one, 0.005, 3));
    }

    void brownianParticlesFollowTheAnalyticDecay() {
        // F_s = exp(-q^2 D t), F_+ = F_- = exp(-q^2 D t / 2), MSD = 6 D t, gamma = 1.
        std::vector<std::vector<core::Frame>> segments;
        for (std::uint64_t seed = 1; seed <= 4; ++seed)
            segments.push_back(test::brownianFrames(brownian(2000, seed)));
        const double q = 7.25, d = 0.01;
        const auto c = test::correlate(segments, settings(q), 0.005);
        QCOMPARE(c.time.size(), segments.front().size());
        for (std::size_t k = 1; k < c.time.size(); ++k) {
            const double t = c.time[k];
            QVERIFY2(std::abs(c.curve(core::ChannelId::SelfScattering)[k] -
                              std::exp(-q * q * d * t)) < 0.015,
                     qPrintable(QString("F_s at t=%1").arg(t)));
            QVERIFY(std::abs(c.curve(core::ChannelId::PairPlus)[k] - std::exp(-q * q * d * t / 2)) <
                    0.025);
            QVERIFY(std::abs(c.curve(core::ChannelId::PairMinus)[k] -
                             std::exp(-q * q * d * t / 2)) < 0.025);
            QVERIFY(std::abs(c.curve(core::ChannelId::SquaredDisplacement)[k] / (6 * d * t) - 1) <
                    0.05);
            QVERIFY(std::abs(c.nonGaussian[k]) < 0.1); // Gaussian displacements
        }
        const auto obs = core::extractObservables(c, {});
        QVERIFY(obs.tauAlpha.isNumber());
        QVERIFY(std::abs(obs.tauAlpha.value * q * q * d - 1) < 0.05);
        QVERIFY(std::abs(obs.tauPlus.value * q * q * d / 2 - 1) < 0.07);
        QVERIFY(obs.gamma && std::abs(*obs.gamma - 1) < 0.07);
    }

    void brownianOverlapFollowsTheAnalyticForm() {
        // Q(t) = P(|dr| < a) for a 3D Gaussian displacement of variance 2Dt per axis:
        // erf(a / (2 sqrt(Dt))) - a / sqrt(pi D t) exp(-a^2 / (4Dt)).
        std::vector<std::vector<core::Frame>> segments;
        for (std::uint64_t seed = 31; seed <= 34; ++seed)
            segments.push_back(test::brownianFrames(brownian(2000, seed)));
        const double d = 0.01;
        for (const double a : {0.3, 0.5}) {
            auto s = settings();
            s.overlapLength = a;
            const auto c = test::correlate(segments, s, 0.005);
            auto exact = [&](double t) {
                return std::erf(a / (2 * std::sqrt(d * t))) -
                       a / std::sqrt(M_PI * d * t) * std::exp(-a * a / (4 * d * t));
            };
            const auto& q = c.curve(core::ChannelId::Overlap);
            QCOMPARE(q.front(), 1.0);
            for (std::size_t k = 1; k < c.time.size(); ++k) {
                // 8000 atoms: the standard deviation of Q is at most 0.0056.
                QVERIFY2(std::abs(q[k] - exact(c.time[k])) < 0.02,
                         qPrintable(QString("a = %1, t = %2: Q = %3, exact %4")
                                        .arg(a)
                                        .arg(c.time[k])
                                        .arg(q[k])
                                        .arg(exact(c.time[k]))));
                QVERIFY(q[k] >= 0.0 && q[k] <= 1.0);
            }
            // tau_Q: Q(tau) = 1/e, found by bisection of the exact form (decreasing in t).
            double lo = 1e-6, hi = 1e3;
            for (int it = 0; it < 200; ++it) {
                const double mid = std::sqrt(lo * hi);
                (exact(mid) > std::exp(-1.0) ? lo : hi) = mid;
            }
            const auto obs = core::extractObservables(c, {});
            QVERIFY(obs.tauOverlap.isNumber());
            QVERIFY2(std::abs(obs.tauOverlap.value / lo - 1) < 0.05,
                     qPrintable(QString("tau_Q %1, exact %2").arg(obs.tauOverlap.value).arg(lo)));
        }
    }

    void overlapPartsAverageToTheTotalAndMatchTheReference() {
        auto spec = brownian(700, 37);
        spec.diffusion = 0.02;
        const auto frames = test::brownianFrames(spec);
        auto s = settings(6.5, 1.45);
        s.overlapLength = 0.4;
        const auto c = test::correlate(frames, s, 0.005);
        const auto ref = test::referenceCorrelators(frames, 6.5, 1.45, 0.4);
        const auto& types = frames.front().types;
        const double n1 = double(std::count(types.begin(), types.end(), 1));
        const double n = double(types.size());
        bool decayed = false;
        for (std::size_t k = 0; k < frames.size(); ++k) {
            const double q = c.curve(core::ChannelId::Overlap)[k];
            QVERIFY(std::abs(q - ref.overlap[k]) < 1e-12);
            const double mixed = (n1 * c.part(core::ChannelId::Overlap, 0)[k] +
                                  (n - n1) * c.part(core::ChannelId::Overlap, 1)[k]) /
                                 n;
            QVERIFY(std::abs(mixed - q) < 1e-12);
            decayed = decayed || q < 0.5;
        }
        QVERIFY(decayed); // the test would see a wrong step function
    }

    void overlapSusceptibilityIsNTimesTheVarianceOverOrigins() {
        const auto frames = linearBrownianFrames(400, 41);
        auto s = settings();
        s.originEverySteps = 200;
        const auto c = test::correlate(frames, s, 0.005);
        const double n = double(frames.front().atomCount());
        for (std::size_t lag = 1; lag <= 10; ++lag) {
            double sum = 0, sumSquares = 0;
            int origins = 0;
            for (std::size_t o = 0; o + lag < frames.size(); o += 2) {
                const std::vector<core::Frame> pair{frames[o], frames[o + lag]};
                const double q = test::referenceCorrelators(pair, s.q, s.cutoff).overlap.back();
                sum += q;
                sumSquares += q * q;
                ++origins;
            }
            const double mean = sum / origins;
            const double chi4 = n * (sumSquares / origins - mean * mean);
            QVERIFY(std::abs(c.curve(core::ChannelId::Overlap)[lag] - mean) < 1e-12);
            QVERIFY2(std::abs(c.susceptibility(core::ChannelId::Overlap)[lag] - chi4) < 1e-9,
                     qPrintable(QString("lag %1: %2 vs %3")
                                    .arg(lag)
                                    .arg(c.susceptibility(core::ChannelId::Overlap)[lag])
                                    .arg(chi4)));
        }
        QVERIFY(c.susceptibility(core::ChannelId::Overlap)[6] > 0.0);
    }

    void rigidPairsNeverDecayInTheirRelativeCoordinate() {
        // Both atoms of a pair move together: F_- = 1, F_+ = F_s.
        auto spec = brownian(1000, 3);
        spec.diffusion = 0.05;
        const auto c = test::correlate(test::rigidDimerFrames(spec), settings(7.25, 1.4), 0.005);
        for (std::size_t k = 0; k < c.time.size(); ++k) {
            QVERIFY(std::abs(c.curve(core::ChannelId::PairMinus)[k] - 1.0) < 1e-12);
            QVERIFY(std::abs(c.curve(core::ChannelId::PairPlus)[k] -
                             c.curve(core::ChannelId::SelfScattering)[k]) < 1e-12);
        }
        QVERIFY(c.curve(core::ChannelId::SelfScattering).back() < 0.1); // the dimers did move
        const auto obs = core::extractObservables(c, {});
        QCOMPARE(obs.tauMinus.kind, core::RelaxationTime::Kind::LowerBound);
        QVERIFY(obs.tauPlus.isNumber());
    }

    void frozenAtomsNeverRelax() {
        const auto frames = test::frozenFrames(brownian(500, 5));
        const auto c = test::correlate(frames, settings(), 0.005);
        for (std::size_t k = 0; k < c.time.size(); ++k) {
            QCOMPARE(c.curve(core::ChannelId::SelfScattering)[k], 1.0);
            QCOMPARE(c.curve(core::ChannelId::PairPlus)[k], 1.0);
            QCOMPARE(c.curve(core::ChannelId::PairMinus)[k], 1.0);
            QCOMPARE(c.curve(core::ChannelId::SquaredDisplacement)[k], 0.0);
            QCOMPARE(c.curve(core::ChannelId::Overlap)[k], 1.0);
            QCOMPARE(c.part(core::ChannelId::Overlap, 1)[k], 1.0);
            QCOMPARE(c.susceptibility(core::ChannelId::Overlap)[k], 0.0);
        }
        const auto obs = core::extractObservables(c, {});
        for (const auto& tau : {obs.tauAlpha, obs.tauPlus, obs.tauMinus, obs.tauOverlap}) {
            QCOMPARE(tau.kind, core::RelaxationTime::Kind::LowerBound);
            QCOMPARE(tau.value, c.time.back());
            QVERIFY(tau.text().starts_with("> "));
        }
        QVERIFY(!obs.gamma);
        QVERIFY(!obs.diffusion.ok);
    }

    void matchesTheSlowReference() {
        auto spec = brownian(700, 11);
        spec.diffusion = 0.02;
        const auto frames = test::brownianFrames(spec);
        const auto c = test::correlate(frames, settings(6.5, 1.45), 0.005);
        const auto ref = test::referenceCorrelators(frames, 6.5, 1.45);
        QVERIFY(ref.pairs > 1000);
        for (std::size_t k = 0; k < frames.size(); ++k) {
            QVERIFY(std::abs(c.curve(core::ChannelId::SelfScattering)[k] - ref.fs[k]) < 1e-12);
            QVERIFY(std::abs(c.curve(core::ChannelId::PairPlus)[k] - ref.fplus[k]) < 1e-12);
            QVERIFY(std::abs(c.curve(core::ChannelId::PairMinus)[k] - ref.fminus[k]) < 1e-12);
            QVERIFY(std::abs(c.curve(core::ChannelId::SquaredDisplacement)[k] - ref.msd[k]) <
                    1e-12 * (1 + ref.msd[k]));
        }
        // Per type resolution averages back to the total with the type weights.
        const auto& types = frames.front().types;
        const double n1 = double(std::count(types.begin(), types.end(), 1));
        const double n = double(types.size());
        for (std::size_t k = 0; k < frames.size(); ++k) {
            const double mixed = (n1 * c.part(core::ChannelId::SelfScattering, 0)[k] +
                                  (n - n1) * c.part(core::ChannelId::SelfScattering, 1)[k]) /
                                 n;
            QVERIFY(std::abs(mixed - c.curve(core::ChannelId::SelfScattering)[k]) < 1e-12);
        }
    }

    // Independent search: every periodic image within +-1 cell vector, cutoff by type pair.
    // Plain doubles, not Eigen expressions: 4.5e6 pairs x 27 images must stay quick in an -O0
    // build too.
    static std::vector<core::NeighbourPair> bruteForcePairs(const core::Frame& frame,
                                                            const std::vector<int>& typeIndex,
                                                            const core::PairCutoffs& rc) {
        std::vector<core::NeighbourPair> expected;
        const Eigen::Matrix3d h = frame.box.cellVectors();
        std::vector<std::array<double, 3>> shifts;
        for (int a = -1; a <= 1; ++a)
            for (int b = -1; b <= 1; ++b)
                for (int cc = -1; cc <= 1; ++cc) {
                    const Eigen::Vector3d s = h * Eigen::Vector3d(a, b, cc);
                    shifts.push_back({s.x(), s.y(), s.z()});
                }
        // Into the box first (the positions may be unwrapped), so that +-1 image suffices.
        std::vector<std::array<double, 3>> r;
        for (const auto& p : frame.positions) {
            Eigen::Vector3d f = frame.box.toFractional(p);
            f = f.array() - f.array().floor();
            const Eigen::Vector3d w = frame.box.fromFractional(f);
            r.push_back({w.x(), w.y(), w.z()});
        }
        for (std::uint32_t i = 0; i < frame.atomCount(); ++i)
            for (std::uint32_t j = i + 1; j < frame.atomCount(); ++j) {
                const double dx = r[j][0] - r[i][0], dy = r[j][1] - r[i][1], dz = r[j][2] - r[i][2];
                double best = 1e300;
                for (const auto& s : shifts) {
                    const double x = dx + s[0], y = dy + s[1], z = dz + s[2];
                    best = std::min(best, x * x + y * y + z * z);
                }
                const double c = rc.cutoff(typeIndex[i], typeIndex[j]);
                if (best < c * c)
                    expected.push_back({i, j});
            }
        return expected;
    }

    // findNeighbourPairs against bruteForcePairs: the same pairs in (i, j) order, and in the
    // order found (what the correlator asks for), that order the same on a second search.
    static bool findsTheBruteForcePairs(const core::Frame& frame, const std::vector<int>& typeIndex,
                                        const core::PairCutoffs& rc) {
        const auto pairs = core::findNeighbourPairs(frame.box, frame.positions, typeIndex, rc);
        const auto expected = bruteForcePairs(frame, typeIndex, rc);
        auto found = core::findNeighbourPairs(frame.box, frame.positions, typeIndex, rc,
                                              core::PairOrder::AsFound);
        const bool repeatable =
            found == core::findNeighbourPairs(frame.box, frame.positions, typeIndex, rc,
                                              core::PairOrder::AsFound);
        std::sort(found.begin(), found.end(), [](const auto& x, const auto& y) {
            return std::pair(x.i, x.j) < std::pair(y.i, y.j);
        });
        return expected.size() > 5000 && pairs == expected && repeatable && found == expected;
    }

    void cellListFindsExactlyTheBruteForcePairsInATriclinicBox() {
        auto spec = brownian(3000, 13);
        const auto frame = test::triclinicBrownianFrames(spec, 0.3, -0.2, 0.25).front();
        std::vector<int> typeIndex(frame.atomCount(), 0);
        const core::PairCutoffs rc(1, 1.4);
        QVERIFY(findsTheBruteForcePairs(frame, typeIndex, rc));
    }

    void cellListFindsExactlyTheBruteForcePairsInAnOrthogonalBox() {
        // The orthogonal fast path (wrapped positions, half the neighbour cells, shifts per
        // cell): unwrapped positions far outside the box, two species, three cutoffs.
        auto spec = brownian(3000, 37);
        spec.diffusion = 0.5;
        const auto frame = test::brownianFrames(spec).back();
        QVERIFY(!frame.box.isTriclinic());
        const Eigen::Vector3d lo = frame.box.origin();
        const Eigen::Vector3d hi = lo + frame.box.cellVectors().diagonal();
        int outside = 0;
        for (const auto& p : frame.positions)
            outside += ((p.array() < lo.array()) || (p.array() > hi.array())).any();
        QVERIFY(outside > 1000);
        std::vector<int> typeIndex(frame.atomCount());
        for (std::size_t a = 0; a < typeIndex.size(); ++a)
            typeIndex[a] = a % 4 == 0 ? 1 : 0;
        core::PairCutoffs rc(2, 1.4);
        rc.set(0, 1, 1.3);
        rc.set(1, 1, 1.5);
        QVERIFY(findsTheBruteForcePairs(frame, typeIndex, rc));
    }

    void everyNeighbourKernelFindsTheSamePairs() {
        // The SIMD paths of the candidate test (AVX-512 and AVX2, those this CPU runs) against
        // the portable one: runs of every length from 0 to 19 (the tails of eight and of four
        // lanes), two species with their own cutoffs, atom indices on both sides of the atom's
        // own, a periodic shift, one cell against itself, and members placed exactly at the
        // cutoff, just inside it and just outside it.
        std::mt19937_64 rng(11);
        std::uniform_real_distribution<double> u(-1.6, 1.6);
        const std::size_t n = 19; // members 0..18; member 19 is the atom at the origin
        std::vector<double> x(n + 1), y(n + 1), z(n + 1);
        std::vector<int> type(n + 1);
        std::vector<std::uint32_t> id(n + 1);
        const double cut[4] = {1.4 * 1.4, 1.1 * 1.1, 1.1 * 1.1, 1.2 * 1.2}; // [ta * 2 + tb]
        for (std::size_t b = 0; b < n; ++b) {
            x[b] = u(rng);
            y[b] = u(rng);
            z[b] = u(rng);
            type[b] = int(b % 3 == 0);
            id[b] = std::uint32_t(37 * b % 50);
        }
        x[n] = y[n] = z[n] = 0.0, type[n] = 0, id[n] = 25;
        x[3] = 1.4, y[3] = 0, z[3] = 0;                      // type 1: outside 1.1
        x[4] = 1.4, y[4] = 0, z[4] = 0;                      // type 0: exactly at 1.4, not a pair
        x[5] = std::nextafter(1.4, 0.0), y[5] = 0, z[5] = 0; // just inside
        const core::CellMembers members{x.data(), y.data(), z.data(), type.data(), id.data()};
        const auto paths = core::nearPairsImplementations();
        QVERIFY(!paths.empty() && QString(paths.back().name) == "portable");
        auto run = [&](const core::NearPairsImplementation& path, const core::CellRuns& r) {
            std::vector<core::NeighbourPair> out((r.a1 - r.a0) * (r.b1 - r.b0) + 3);
            out.resize(path.function(members, r, cut, 2, out.data()));
            return out;
        };
        int pairsSeen = 0;
        for (std::size_t b0 = 0; b0 <= n; ++b0)
            for (std::size_t b1 = b0; b1 <= n; ++b1)
                for (const core::CellRuns& r :
                     {core::CellRuns{n, n + 1, b0, b1, false, {0, 0, 0}},
                      core::CellRuns{n, n + 1, b0, b1, false, {0.3, -0.2, 0.1}},
                      core::CellRuns{b0, b1, b0, b1, true, {0, 0, 0}}}) {
                    const auto expected = run(paths.back(), r);
                    pairsSeen += int(expected.size());
                    for (const auto& path : paths)
                        QVERIFY2(run(path, r) == expected, path.name);
                    for (const auto& p : expected)
                        QVERIFY(p.i < p.j);
                }
        // The one just inside is a pair, the one at the cutoff is not.
        const auto all = run(paths.front(), {n, n + 1, 0, n, false, {0, 0, 0}});
        auto has = [&](std::uint32_t other) {
            const core::NeighbourPair p{std::min(other, 25u), std::max(other, 25u)};
            return std::find(all.begin(), all.end(), p) != all.end();
        };
        QVERIFY(has(id[5]) && !has(id[4]) && !has(id[3]));
        QVERIFY(pairsSeen > 300);
    }

    // A tiny r_c in a huge cell once asked for 10^12 cells; the grid now has at most one
    // cell per atom (cells wider than r_c find the same pairs).
    void aDiluteCellFindsItsPairsWithABoundedGrid() {
        std::mt19937_64 rng(5);
        std::uniform_real_distribution<double> u(0.0, 1e4);
        std::vector<Eigen::Vector3d> r;
        for (int k = 0; k < 200; ++k)
            r.emplace_back(u(rng), u(rng), u(rng));
        for (int k = 0; k < 200; k += 2) // a partner within 1 of every other atom
            r.push_back(r[std::size_t(k)] + Eigen::Vector3d(0.5, -0.3, 0.2 * (k % 5)));
        r.emplace_back(9999.9, 0.05, 5000.0); // pairs across the periodic boundary
        r.emplace_back(0.1, 9999.95, 5000.3);
        const auto box = core::Box::orthogonal({0, 0, 0}, {1e4, 1e4, 1e4});
        const std::vector<int> type(r.size(), 0);
        const auto pairs = core::findNeighbourPairs(box, r, type, core::PairCutoffs(1, 1.0));
        std::vector<core::NeighbourPair> expected;
        for (std::uint32_t i = 0; i < r.size(); ++i)
            for (std::uint32_t j = i + 1; j < r.size(); ++j)
                if (box.minimumImage(r[j] - r[i]).norm() < 1.0)
                    expected.push_back({i, j});
        QVERIFY(expected.size() >= 100);
        QVERIFY(pairs == expected);
    }

    void perTypePairCutoffsSelectPairs() {
        auto spec = brownian(800, 17);
        const auto frame = test::brownianFrames(spec).front();
        auto s = settings();
        s.typePairCutoffs[{2, 2}] = 0.0; // no B-B pairs at all
        const auto types = core::TypeSet::fromTypes(frame.types);
        const auto rc = s.cutoffsFor(types);
        std::vector<int> idx(frame.atomCount());
        for (std::size_t a = 0; a < idx.size(); ++a)
            idx[a] = types.indexOf(frame.types[a]);
        for (const auto& p : core::findNeighbourPairs(frame.box, frame.positions, idx, rc))
            QVERIFY(!(frame.types[p.i] == 2 && frame.types[p.j] == 2));
    }

    void resultsDoNotDependOnImageOrShift() {
        auto spec = brownian(1500, 19);
        spec.diffusion = 0.03;
        const auto frames = test::brownianFrames(spec);
        const auto base = test::correlate(frames, settings(), 0.005);
        auto moved = frames;
        const Eigen::Matrix3d h = frames.front().box.cellVectors();
        const Eigen::Vector3d shift(3.3, -7.1, 12.9);
        for (auto& f : moved)
            for (std::size_t a = 0; a < f.atomCount(); ++a) {
                // Atom a stored in another periodic image, everything rigidly shifted.
                const Eigen::Vector3d image(double(a % 3) - 1, double(a % 5) - 2, double(a % 2));
                f.positions[a] += h * image + shift;
            }
        const auto other = test::correlate(moved, settings(), 0.005);
        for (std::size_t k = 0; k < base.time.size(); ++k) {
            QVERIFY(std::abs(base.curve(core::ChannelId::SelfScattering)[k] -
                             other.curve(core::ChannelId::SelfScattering)[k]) < 1e-12);
            QVERIFY(std::abs(base.curve(core::ChannelId::PairPlus)[k] -
                             other.curve(core::ChannelId::PairPlus)[k]) < 1e-12);
            QVERIFY(std::abs(base.curve(core::ChannelId::PairMinus)[k] -
                             other.curve(core::ChannelId::PairMinus)[k]) < 1e-12);
            QVERIFY(std::abs(base.curve(core::ChannelId::SquaredDisplacement)[k] -
                             other.curve(core::ChannelId::SquaredDisplacement)[k]) < 1e-10);
        }
    }

    void resultsAreBitIdenticalForOneAndTwoThreads() {
        auto spec = brownian(5000, 23); // several chunks of atoms and pairs
        const auto frames = test::brownianFrames(spec);
        auto run = [&](std::size_t threads) {
            tbb::global_control limit(tbb::global_control::max_allowed_parallelism, threads);
            return test::correlate(frames, settings(), 0.005);
        };
        const auto one = run(1), two = run(2);
        QVERIFY(one.curve(core::ChannelId::SelfScattering) ==
                two.curve(core::ChannelId::SelfScattering));
        QVERIFY(one.curve(core::ChannelId::PairPlus) == two.curve(core::ChannelId::PairPlus));
        QVERIFY(one.curve(core::ChannelId::PairMinus) == two.curve(core::ChannelId::PairMinus));
        QVERIFY(one.curve(core::ChannelId::SquaredDisplacement) ==
                two.curve(core::ChannelId::SquaredDisplacement));
        QVERIFY(one.nonGaussian == two.nonGaussian);
        QVERIFY(one.curve(core::ChannelId::Overlap) == two.curve(core::ChannelId::Overlap));
        QVERIFY(one.susceptibility(core::ChannelId::Overlap) ==
                two.susceptibility(core::ChannelId::Overlap));
    }

    void smallSystemsWithManyOriginsAreBitIdenticalForOneAndTwoThreads() {
        // 300 atoms (one chunk per sample): here the samples of a batch run in parallel, and
        // the result must not depend on which thread took which.
        const auto frames = linearBrownianFrames(300, 41);
        auto s = settings();
        s.originEverySteps = 200;
        auto run = [&](std::size_t threads) {
            tbb::global_control limit(tbb::global_control::max_allowed_parallelism, threads);
            return test::correlate(frames, s, 0.005);
        };
        const auto one = run(1), two = run(2);
        for (const auto id : {core::ChannelId::SelfScattering, core::ChannelId::PairPlus,
                              core::ChannelId::PairMinus, core::ChannelId::Overlap})
            QVERIFY(one.curve(id) == two.curve(id));
        QVERIFY(one.origins == two.origins);
        // One origin at a time, through the reference: the same values to rounding.
        for (std::size_t lag = 0; lag <= 12; ++lag)
            QVERIFY(std::abs(one.curve(core::ChannelId::PairMinus)[lag] -
                             referenceOverOrigins(frames, 2, lag, s).fminus) < 1e-12);
    }

    void extraOriginsAreAveragedWithEqualWeight() {
        // Linear frames, an origin every 4 frames: lag k is averaged over all origins that
        // have a frame at +k; compare with the reference run origin by origin.
        const auto frames = linearBrownianFrames(400, 29);
        auto s = settings();
        s.originEverySteps = 400;
        const auto c = test::correlate(frames, s, 0.005);
        for (std::size_t lag = 0; lag <= 12; ++lag) {
            const OriginMean reference = referenceOverOrigins(frames, 4, lag, s);
            QCOMPARE(c.origins[lag], std::int64_t(reference.origins));
            QVERIFY(std::abs(c.curve(core::ChannelId::SelfScattering)[lag] - reference.fs) < 1e-12);
        }
    }
};

QTEST_APPLESS_MAIN(TestCorrelators)
#include "tst_correlators.moc"
