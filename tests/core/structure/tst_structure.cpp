// S(q) and g(r) with known answers: lattices give their Bragg peaks and neighbour shells,
// an ideal gas gives g = 1, the KA demo gives q_max ~ 7.25 and r_c ~ 1.4.
#include "core/structure/EnsembleStructure.h"
#include "tests/support/SyntheticTrajectory.h"

#include <QtTest>
#include <cmath>
#include <numbers>

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
        test::BrownianSpec spec;
        spec.atoms = 3000;
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

    void kobAndersenDemoGivesThePapersValues() {
        const auto layout = core::discoverEnsemble(std::string(TX_SOURCE_DIR) + "/data/demo-ka");
        const auto types = core::ensembleTypes(layout);
        const auto s = core::computeEnsembleStructure(layout, types, {});
        QCOMPARE(s.overall.configurations, 30);
        QCOMPARE(s.qBasis, std::string("S_1-1(q)"));
        QVERIFY(s.qMax && s.firstMinimum);
        QVERIFY2(std::abs(*s.qMax - 7.25) < 0.35, qPrintable(QString::number(*s.qMax)));
        QVERIFY2(std::abs(*s.firstMinimum - 1.4) < 0.15,
                 qPrintable(QString::number(*s.firstMinimum)));
        QCOMPARE(s.perTemperature.size(), std::size_t(5));
    }
};

QTEST_APPLESS_MAIN(TestStructure)
#include "tst_structure.moc"
