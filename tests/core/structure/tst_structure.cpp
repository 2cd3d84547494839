// S(q) and g(r) with known answers: lattices give their Bragg peaks and neighbour shells,
// an ideal gas gives g = 1, the KA demo gives q_max ~ 7.25 and r_c ~ 1.4.
#include "core/structure/EnsembleStructure.h"
#include "tests/support/SyntheticTrajectory.h"

#include <QtTest>
#include <algorithm>
#include <cmath>
#include <complex>
#include <numbers>
#include <random>

using namespace tx;

namespace {

// Cubic lattice with a basis (fractions of the cell), cells^3 cells of edge a.
core::Frame lattice(double a, int cells, const std::vector<Eigen::Vector3d>& basis) {
    core::Frame f;
    const double l = a * cells;
    f.box = core::Box::orthogonal({0, 0, 0}, {l, l, l});
    std::int64_t id = 1;
    for (int i = 0; i < cells; ++i)
        for (int j = 0; j < cells; ++j)
            for (int k = 0; k < cells; ++k)
                for (const auto& b : basis) {
                    f.ids.push_back(id++);
                    f.types.push_back(1);
                    f.positions.push_back(a * (Eigen::Vector3d(i, j, k) + b));
                }
    return f;
}

// Neighbours per atom within radius R from g(r): sum g(r) * shell volume * (N - 1) / V
// (g is normalised by the N - 1 other atoms).
double coordination(const core::Structure& s, double radius, double density) {
    const auto& gr = s.gr;
    const double dr = gr.r[1] - gr.r[0];
    double n = 0;
    for (std::size_t k = 0; k < gr.r.size() && gr.r[k] < radius; ++k) {
        const double r0 = gr.r[k] - dr / 2, r1 = gr.r[k] + dr / 2;
        n += gr.total[k] * density * 4.0 / 3.0 * std::numbers::pi * (r1 * r1 * r1 - r0 * r0 * r0);
    }
    return n;
}

core::Structure structureOf(const core::Frame& f, core::StructureSettings settings = {}) {
    core::StructureAccumulator acc(core::TypeSet::fromTypes(f.types), settings);
    acc.add(f);
    return acc.result();
}

} // namespace

class TestStructure : public QObject {
    Q_OBJECT

private slots:
    void simpleCubicLattice() {
        const auto f = lattice(1.0, 8, {{0, 0, 0}});
        const auto s = structureOf(f);
        const auto peak = core::firstPeakOfStructureFactor(s.sq);
        QVERIFY(peak);
        QVERIFY2(std::abs(*peak - 2 * std::numbers::pi) < 0.1, qPrintable(QString::number(*peak)));
        const double density = (512.0 - 1) / 512.0;
        QVERIFY(std::abs(coordination(s, 1.2, density) - 6.0) < 1e-9);  // 6 at a
        QVERIFY(std::abs(coordination(s, 1.5, density) - 18.0) < 1e-9); // + 12 at a sqrt 2
        QVERIFY(std::abs(coordination(s, 1.8, density) - 26.0) < 1e-9); // + 8 at a sqrt 3
    }

    void faceCentredCubicLattice() {
        const double a = 1.5;
        const auto f = lattice(a, 4, {{0, 0, 0}, {0.5, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0.5}});
        const auto s = structureOf(f);
        // First Bragg peak (111) at 2 pi sqrt(3) / a = 7.255: the KA-like q.
        const auto peak = core::firstPeakOfStructureFactor(s.sq);
        QVERIFY(std::abs(*peak - 2 * std::numbers::pi * std::sqrt(3.0) / a) < 0.1);
        const double density = (256.0 - 1) / (64 * a * a * a);
        QVERIFY(std::abs(coordination(s, 1.2, density) - 12.0) < 1e-9); // a/sqrt2 = 1.06
        QVERIFY(std::abs(coordination(s, 1.6, density) - 18.0) < 1e-9); // + 6 at a
        // g(r) peaks in the first shell's bin.
        std::size_t best = 0;
        for (std::size_t k = 0; k < s.gr.r.size(); ++k)
            if (s.gr.total[k] > s.gr.total[best])
                best = k;
        QVERIFY(std::abs(s.gr.r[best] - a / std::sqrt(2.0)) < 0.01);
    }

    void boxesThatDifferAreEachBinnedInTheirOwnBox() {
        // NPT ensembles: another volume at each temperature and in each cooling run. An fcc
        // lattice and the same lattice 6 % larger, accumulated together, show both (111)
        // peaks where they belong; binned in the first box, the larger one's would sit on the
        // first's. Each alone equals its own lattice's S(q).
        const double a = 1.5, b = 1.06 * a;
        const std::vector<Eigen::Vector3d> fcc = {
            {0, 0, 0}, {0.5, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0.5}};
        const auto small = lattice(a, 4, fcc), large = lattice(b, 4, fcc);
        core::StructureAccumulator both(core::TypeSet::fromTypes(small.types), {});
        both.add(small);
        both.add(large);
        const auto s = both.result();
        auto weightAt = [&](double q) {
            double w = 0;
            for (std::size_t k = 0; k < s.sq.q.size(); ++k)
                if (std::abs(s.sq.q[k] - q) < 0.03)
                    w += s.sq.total[k];
            return w;
        };
        const double qSmall = 2 * std::numbers::pi * std::sqrt(3.0) / a;
        const double qLarge = 2 * std::numbers::pi * std::sqrt(3.0) / b;
        QVERIFY2(weightAt(qSmall) > 10 && weightAt(qLarge) > 10,
                 qPrintable(QString("%1 %2").arg(weightAt(qSmall)).arg(weightAt(qLarge))));
        // g(r) goes as far as the smaller box allows.
        QVERIFY(s.gr.r.back() <= 0.5 * 4 * a + 1e-9);
        // Two temperatures with different boxes make one ensemble structure.
        core::StructureAccumulator other(core::TypeSet::fromTypes(large.types), {});
        other.add(large);
        core::StructureAccumulator merged(core::TypeSet::fromTypes(small.types), {});
        merged.add(small);
        merged.merge(other);
        QCOMPARE(merged.result().gr.r.size(), s.gr.r.size());
    }

    void idealGasHasFlatStructure() {
        // 1000 atoms: ~750 pairs in each 0.1-wide shell at r = 1 (noise ~4 %) and ~300 wave
        // vectors in the last S(q) bin.
        test::BrownianSpec spec;
        spec.atoms = 1000;
        spec.timesteps = {0};
        const auto f = test::brownianFrames(spec).front();
        core::StructureSettings settings;
        settings.rBinWidth = 0.1;
        const auto s = structureOf(f, settings);
        for (std::size_t k = 0; k < s.gr.r.size(); ++k)
            if (s.gr.r[k] > 1.0)
                QVERIFY2(std::abs(s.gr.total[k] - 1.0) < 0.15,
                         qPrintable(QString::number(s.gr.total[k])));
        // S(q) of uncorrelated points is 1 at every q (within noise).
        double mean = 0;
        int bins = 0;
        for (std::size_t k = 0; k < s.sq.q.size(); ++k)
            if (s.sq.q[k] > 3.0) {
                mean += s.sq.total[k];
                ++bins;
            }
        QVERIFY(std::abs(mean / bins - 1.0) < 0.05);
        // Partials normalised by sqrt(N_a N_b): like pairs -> 1, unlike -> 0.
        QVERIFY(std::abs(s.sq.partial[0].back() - 1.0) < 0.3);
        QVERIFY(std::abs(s.sq.partial[1].back()) < 0.3);
    }

    void structureFactorAndPairCountsMatchADirectSumInATriclinicBox() {
        // The kernel sums separable phase tables with matrix products and ±c together; here
        // every wave vector's exp(i q.r) is summed directly from Cartesian positions, and
        // every pair's distance taken with Box::minimumImage: same bins, same numbers.
        core::Frame f;
        f.box = core::Box::triclinic({-1, 0, 2}, {5.5, 6, 7.8}, 1.1, -0.7, 0.9);
        std::mt19937_64 rng(5);
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        for (int j = 0; j < 90; ++j) {
            f.ids.push_back(j + 1);
            f.types.push_back(j % 3 == 0 ? 2 : (j % 7 == 0 ? 5 : 1));
            // Unwrapped: some atoms several periods away.
            const Eigen::Vector3d s(unit(rng) + (j % 4) - 1, unit(rng), unit(rng) - (j % 3));
            f.positions.push_back(f.box.fromFractional(s));
        }
        const auto types = core::TypeSet::fromTypes(f.types);
        core::StructureSettings settings;
        settings.qMax = 6.0;
        settings.qBinWidth = 0.25;
        settings.rBinWidth = 0.05;
        const auto s = structureOf(f, settings);

        const int nt = types.count(), np = types.pairCount();
        const int bins = static_cast<int>(std::ceil(settings.qMax / settings.qBinWidth));
        std::vector<std::vector<double>> sums(static_cast<std::size_t>(bins),
                                              std::vector<double>(std::size_t(np) + 1, 0.0));
        std::vector<int> count(static_cast<std::size_t>(bins), 0);
        std::vector<double> atoms(static_cast<std::size_t>(nt), 0.0);
        for (std::size_t j = 0; j < f.positions.size(); ++j)
            atoms[std::size_t(types.indexOf(f.types[j]))] += 1;
        const Eigen::Matrix3d reciprocal =
            2 * std::numbers::pi * f.box.cellVectors().inverse().transpose();
        const int reach = 12;
        for (int a = -reach; a <= reach; ++a)
            for (int b = -reach; b <= reach; ++b)
                for (int c = -reach; c <= reach; ++c) {
                    const Eigen::Vector3d q = reciprocal * Eigen::Vector3d(a, b, c);
                    // One of each +-q: the first nonzero index positive.
                    const bool upper = a > 0 || (a == 0 && (b > 0 || (b == 0 && c > 0)));
                    if (!upper || q.norm() >= settings.qMax)
                        continue;
                    QVERIFY(std::max({std::abs(a), std::abs(b), std::abs(c)}) < reach);
                    std::vector<std::complex<double>> rho(static_cast<std::size_t>(nt));
                    for (std::size_t j = 0; j < f.positions.size(); ++j)
                        rho[std::size_t(types.indexOf(f.types[j]))] +=
                            std::polar(1.0, q.dot(f.positions[j]));
                    const auto bin = static_cast<std::size_t>(q.norm() / settings.qBinWidth);
                    ++count[bin];
                    std::complex<double> all;
                    for (int ta = 0; ta < nt; ++ta) {
                        all += rho[std::size_t(ta)];
                        for (int tb = ta; tb < nt; ++tb)
                            sums[bin][std::size_t(types.pairIndex(ta, tb))] +=
                                std::real(rho[std::size_t(ta)] * std::conj(rho[std::size_t(tb)]));
                    }
                    sums[bin][std::size_t(np)] += std::norm(all);
                }
        std::size_t row = 0;
        for (int bin = 0; bin < bins; ++bin) {
            if (count[std::size_t(bin)] == 0)
                continue;
            QVERIFY(row < s.sq.q.size());
            QCOMPARE(s.sq.vectors[row], count[std::size_t(bin)]);
            const double n = count[std::size_t(bin)];
            QVERIFY(std::abs(s.sq.total[row] - sums[std::size_t(bin)][std::size_t(np)] / n / 90.0) <
                    1e-9);
            for (int ta = 0; ta < nt; ++ta)
                for (int tb = ta; tb < nt; ++tb) {
                    const auto p = std::size_t(types.pairIndex(ta, tb));
                    const double expected =
                        sums[std::size_t(bin)][p] / n /
                        std::sqrt(atoms[std::size_t(ta)] * atoms[std::size_t(tb)]);
                    QVERIFY2(std::abs(s.sq.partial[p][row] - expected) < 1e-9,
                             qPrintable(QString("bin %1 pair %2: %3 vs %4")
                                            .arg(bin)
                                            .arg(p)
                                            .arg(s.sq.partial[p][row])
                                            .arg(expected)));
                }
            ++row;
        }
        QCOMPARE(row, s.sq.q.size());

        // g(r): pair counts per bin from the minimum image of every pair.
        const double rMax = 0.5 * f.box.perpendicularWidths().minCoeff();
        std::vector<double> pairs(s.gr.r.size(), 0.0);
        for (std::size_t i = 0; i < f.positions.size(); ++i)
            for (std::size_t j = i + 1; j < f.positions.size(); ++j) {
                const double r = f.box.minimumImage(f.positions[j] - f.positions[i]).norm();
                const auto bin = static_cast<std::size_t>(r / settings.rBinWidth);
                if (r < rMax && bin < pairs.size())
                    pairs[bin] += 1.0;
            }
        const double volume = f.box.volume();
        for (std::size_t k = 0; k < s.gr.r.size(); ++k) {
            const double r0 = static_cast<double>(k) * settings.rBinWidth;
            const double r1 = std::min(rMax, r0 + settings.rBinWidth);
            const double shell = 4.0 / 3.0 * std::numbers::pi * (r1 * r1 * r1 - r0 * r0 * r0);
            const double expected = 2.0 * pairs[k] * volume / (90.0 * 89.0 * shell);
            QVERIFY2(
                std::abs(s.gr.total[k] - expected) < 1e-9 * std::max(1.0, expected),
                qPrintable(
                    QString("r %1: %2 vs %3").arg(s.gr.r[k]).arg(s.gr.total[k]).arg(expected)));
        }
    }

    void aShellAndAShortRangeHoldTheSameSumsAsTheWholeRange() {
        // The fast path's pieces: S(q) on a shell (its bins summed over the same vectors) and
        // g(r) to a short range through the cell grid (the same whole-number counts as over
        // all pairs), in a triclinic box, bit for bit.
        test::BrownianSpec spec;
        spec.atoms = 1500;
        spec.timesteps = {0};
        const auto frames = test::triclinicBrownianFrames(spec, 1.3, -0.8, 0.6);
        const auto types = core::TypeSet::fromTypes(frames.front().types);
        core::StructureSettings whole, narrow;
        narrow.qMin = 5.0;
        narrow.qMax = 8.5;
        narrow.rMax = 2.2;
        core::StructureAccumulator a(types, whole), b(types, narrow);
        a.add(frames.front());
        b.add(frames.front());
        const auto full = a.result(), part = b.result();
        QVERIFY(part.sq.q.front() >= 5.0 && part.sq.q.back() < 8.5);
        QVERIFY(part.sq.q.size() < full.sq.q.size() / 2);
        int compared = 0;
        for (std::size_t k = 0; k < part.sq.q.size(); ++k) {
            if (part.sq.q[k] < 5.0 + 0.2 || part.sq.q[k] > 8.5 - 0.2)
                continue; // bins cut by the shell's edges hold fewer vectors
            const auto it = std::find(full.sq.q.begin(), full.sq.q.end(), part.sq.q[k]);
            QVERIFY(it != full.sq.q.end());
            const auto m = std::size_t(it - full.sq.q.begin());
            QCOMPARE(part.sq.vectors[k], full.sq.vectors[m]);
            // The matrix products over fewer rows may round differently in the last bit.
            QVERIFY2(std::abs(part.sq.total[k] - full.sq.total[m]) <= 1e-13 * full.sq.total[m],
                     qPrintable(QString("%1: %2 vs %3")
                                    .arg(part.sq.q[k])
                                    .arg(part.sq.total[k], 0, 'g', 17)
                                    .arg(full.sq.total[m], 0, 'g', 17)));
            ++compared;
        }
        QVERIFY(compared > 20);
        QCOMPARE(part.gr.r.size(), std::size_t(220));
        for (std::size_t k = 0; k < part.gr.r.size(); ++k)
            QVERIFY2(part.gr.total[k] == full.gr.total[k] &&
                         part.gr.partial[0][k] == full.gr.partial[0][k],
                     qPrintable(QString::number(part.gr.r[k])));
    }

    void theFastPathGivesTheSameQAndCutoffAsTheFullSum() {
        // What tx-analyze and the workbench run when q and r_c are automatic: the same
        // answers as the whole S(q) and g(r), on both demos (LJ units and Å).
        for (const char* demo : {"/data/demo-ka", "/data/demo-cuzr"}) {
            const auto layout = core::discoverEnsemble(std::string(TX_SOURCE_DIR) + demo);
            const auto types = core::ensembleTypes(layout);
            const auto full = core::computeEnsembleStructure(layout, types, {});
            core::StructureSettings always; // the demos are small: they get the whole anyway
            always.wholeBelowAtomConfigurations = 0;
            QVERIFY(!core::computeStructureForQAndCutoff(layout, types, {}).aroundFirstPeak);
            const auto fast = core::computeStructureForQAndCutoff(layout, types, always);
            QVERIFY2(fast.aroundFirstPeak, demo);
            QVERIFY(!full.aroundFirstPeak);
            QVERIFY(full.qMax && fast.qMax && full.firstMinimum && fast.firstMinimum);
            QVERIFY2(*fast.qMax == *full.qMax, qPrintable(QString("%1: %2 vs %3")
                                                              .arg(demo)
                                                              .arg(*fast.qMax, 0, 'g', 17)
                                                              .arg(*full.qMax, 0, 'g', 17)));
            QVERIFY2(*fast.firstMinimum == *full.firstMinimum, demo);
            QCOMPARE(fast.qBasis, full.qBasis);
            QCOMPARE(fast.overall.configurations, full.overall.configurations);
            // Only the shell and the short range were summed.
            const double halfBin = 0.05; // bin centres; a bin at an edge holds part of its shell
            QVERIFY(fast.overall.sq.q.front() + halfBin > fast.qLow &&
                    fast.overall.sq.q.back() - halfBin < fast.qHigh);
            QVERIFY(fast.overall.gr.r.back() < fast.rHigh);
            QVERIFY(fast.overall.sq.q.size() < full.overall.sq.q.size() / 2);
        }
    }

    void kobAndersenDemoGivesThePapersValues() {
        const auto layout = core::discoverEnsemble(std::string(TX_SOURCE_DIR) + "/data/demo-ka");
        const auto types = core::ensembleTypes(layout);
        const auto s = core::computeEnsembleStructure(layout, types, {});
        QCOMPARE(s.overall.configurations, 30);
        QCOMPARE(s.qBasis, std::string("S_{1-1}(q)"));
        QVERIFY(s.qMax && s.firstMinimum);
        QVERIFY2(std::abs(*s.qMax - 7.25) < 0.35, qPrintable(QString::number(*s.qMax)));
        QVERIFY2(std::abs(*s.firstMinimum - 1.4) < 0.15,
                 qPrintable(QString::number(*s.firstMinimum)));
        QCOMPARE(s.perTemperature.size(), std::size_t(5));
    }
};

QTEST_APPLESS_MAIN(TestStructure)
#include "tst_structure.moc"
