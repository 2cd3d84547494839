// Differential test across formats (issue 16): one trajectory, two species in a triclinic
// cell, written in every format and compression the readers accept, each as an ensemble of
// its own, and analysed by the whole pipeline. Every correlator (F_s, MSD, <dr^4>, Q, F_+, F_-,
// all atoms and per species or type pair, chi_4, alpha_2) and every relaxation time must agree
// with those of the plain LAMMPS text dump: to 1e-9 where the format stores doubles, to the
// precision of a float where it stores floats (DCD, GSD, single-precision H5MD). The pair
// counts must be equal. (Files written by other programs, LAMMPS, MDAnalysis, ASE and HOOMD,
// are compared the same way in tst_real_files.)
#include "core/correlate/Channels.h"
#include "core/pipeline/Pipeline.h"
#include "tests/support/Compress.h"
#include "tests/support/GsdWriter.h"
#include "tests/support/H5mdWriter.h"
#include "tests/support/SyntheticTrajectory.h"

#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>
#include <functional>

using namespace tx;
namespace fs = std::filesystem;

namespace {

using Frames = std::vector<core::Frame>;

struct Written {
    std::string name;      // the row's name
    std::string extension; // of the segment files
    bool singlePrecision;  // the format stores floats
    std::function<void(const std::string& path, const Frames&)> write;
    bool species = true; // DCD stores none (they are in a PSF): all atoms only
};

// LAMMPS text in one column convention, then compressed (ext: "", ".gz", ".bz2", ...).
Written lammps(const char* name, test::DumpColumns columns, const std::string& compression) {
    return {name, ".lammpstrj" + compression, false,
            [columns, compression](const std::string& path, const Frames& frames) {
                test::DumpStyle style;
                style.columns = columns;
                style.shuffleAtoms = true;
                if (compression.empty() || compression == ".gz") {
                    test::writeLammpsDump(path, frames, style); // gzip by its name
                    return;
                }
                const std::string plain = path.substr(0, path.size() - compression.size());
                test::writeLammpsDump(plain, frames, style);
                test::compressFile(plain, path);
                fs::remove(plain);
            }};
}

std::vector<Written> everyFormat() {
    using test::DcdCell;
    using test::DumpColumns;
    auto dcd = [](const char* name, DcdCell cell, bool bigEndian) {
        return Written{name, ".dcd", true,
                       [cell, bigEndian](const std::string& p, const Frames& f) {
                           test::writeDcd(p, f, std::int32_t(f[1].timestep - f[0].timestep),
                                          bigEndian, cell);
                       },
                       false};
    };
    auto h5md = [](const char* name, bool images, bool single) {
        return Written{name, ".h5", single,
                       [images, single](const std::string& p, const Frames& f) {
                           test::H5mdStyle style;
                           style.images = images;
                           style.singlePrecision = single;
                           style.shuffleAtoms = true;
                           test::writeH5md(p, f, style);
                       }};
    };
    return {
        lammps("LAMMPS xu yu zu, gzip", DumpColumns::Unwrapped, ".gz"),
        lammps("LAMMPS xsu ysu zsu, bzip2", DumpColumns::ScaledUnwrapped, ".bz2"),
        lammps("LAMMPS x y z ix iy iz, zstd", DumpColumns::WrappedWithImages, ".zst"),
        lammps("LAMMPS xs ys zs ix iy iz, xz", DumpColumns::ScaledWithImages, ".xz"),
        lammps("LAMMPS x y z (unwrapped by jumps)", DumpColumns::WrappedOnly, ""),
        {"extended XYZ", ".xyz", false, test::writeExtendedXyz},
        dcd("DCD, cell as cosines (LAMMPS, NAMD)", DcdCell::Cosines, false),
        dcd("DCD, cell in degrees (MDAnalysis), big-endian", DcdCell::Degrees, true),
        dcd("DCD, CHARMM c36 box matrix", DcdCell::BoxMatrix, false),
        h5md("H5MD, double, with images", true, false),
        h5md("H5MD, single precision, wrapped", false, true),
        {"HOOMD GSD", ".gsd", true,
         [](const std::string& p, const Frames& f) { test::writeGsd(p, f); }},
    };
}

// One temperature, three replicas of one segment each.
std::vector<Frames> replicas() {
    std::vector<Frames> out;
    for (std::uint64_t seed : {3, 4, 5}) {
        test::BrownianSpec spec;
        spec.atoms = 300;
        spec.diffusion = 0.01; // tau_alpha near 400 steps, tau_+/- near 800
        spec.seed = seed;
        for (std::int64_t step = 0; step <= 1100; step += 100)
            spec.timesteps.push_back(step);
        out.push_back(test::triclinicBrownianFrames(spec, 0.1, -0.05, 0.08));
    }
    return out;
}

std::shared_ptr<core::PipelineOutcome> analyse(const std::string& ensemble) {
    core::AnalysisParameters p;
    p.reading.ensemble = ensemble;
    p.reading.q = 7.25;
    p.reading.rc = 1.4;
    p.reading.originEvery = 300;
    p.averaging.dt = 0.005;
    p.averaging.bootstrap = 20;
    core::Progress progress;
    return core::runPipeline(p, nullptr, progress);
}

} // namespace

class TestFormatAgreement : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::vector<Frames> m_replicas = replicas();
    std::shared_ptr<core::PipelineOutcome> m_reference;

    std::string writeEnsemble(const Written& w, const std::string& folder) {
        const fs::path root = fs::path(m_dir.path().toStdString()) / folder;
        for (std::size_t r = 0; r < m_replicas.size(); ++r) {
            const fs::path dir = root / "T0.5" / ("r" + std::to_string(r));
            fs::create_directories(dir);
            w.write((dir / ("seg0" + w.extension)).string(), m_replicas[r]);
        }
        return root.string();
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_reference = analyse(
            writeEnsemble(lammps("reference", test::DumpColumns::Unwrapped, ""), "reference"));
        QCOMPARE(m_reference->results.size(), std::size_t(1));
        // The trajectory is one worth comparing: atoms move past the cutoff and the box
        // edges, and F_s, F_+ and F_- all decay past 1/e.
        const core::Observables& o = m_reference->results.front().observables;
        QCOMPARE(o.tauAlpha.kind, core::RelaxationTime::Kind::Crossed);
        QCOMPARE(o.tauPlus.kind, core::RelaxationTime::Kind::Crossed);
        QCOMPARE(o.tauMinus.kind, core::RelaxationTime::Kind::Crossed);
        QVERIFY(m_reference->results.front().pairsPerOrigin > 1000);
    }

    void everyFormatGivesTheSameCorrelators_data() {
        QTest::addColumn<int>("index");
        const auto formats = everyFormat();
        for (std::size_t k = 0; k < formats.size(); ++k)
            QTest::newRow(formats[k].name.c_str()) << int(k);
    }
    void everyFormatGivesTheSameCorrelators() {
        QFETCH(int, index);
        const Written w = everyFormat()[std::size_t(index)];
        const auto outcome = analyse(writeEnsemble(w, "format" + std::to_string(index)));
        QCOMPARE(outcome->results.size(), std::size_t(1));
        const core::TemperatureResult& got = outcome->results.front();
        const core::TemperatureResult& want = m_reference->results.front();
        QCOMPARE(got.origins, want.origins);
        QCOMPARE(got.pairsPerOrigin, want.pairsPerOrigin);
        QCOMPARE(got.correlators.time, want.correlators.time);
        // A float holds positions of a cell of 6-7 length units to about 4e-7; F changes by
        // q times that, the MSD by twice its square root times that.
        const double tolerance = w.singlePrecision ? 1e-6 : 1e-9;
        double worst = 0;
        std::string where;
        auto compare = [&](const std::vector<double>& a, const std::vector<double>& b,
                           const std::string& what) {
            QCOMPARE(a.size(), b.size());
            for (std::size_t k = 0; k < a.size(); ++k) {
                const double d = std::abs(a[k] - b[k]) / std::max(1.0, std::abs(b[k]));
                if (d > worst) {
                    worst = d;
                    where = what + " at lag " + std::to_string(k);
                }
            }
        };
        const auto& channels = core::channels();
        for (std::size_t c = 0; c < channels.size(); ++c) {
            const std::string column(channels[c].column);
            compare(got.correlators.curves[c], want.correlators.curves[c], column);
            compare(got.correlators.susceptibilities[c], want.correlators.susceptibilities[c],
                    column + " chi_4");
            if (!w.species)
                continue;
            QCOMPARE(got.correlators.parts[c].size(), want.correlators.parts[c].size());
            for (std::size_t p = 0; p < want.correlators.parts[c].size(); ++p)
                compare(got.correlators.parts[c][p], want.correlators.parts[c][p],
                        column + " part " + std::to_string(p));
        }
        compare(got.correlators.nonGaussian, want.correlators.nonGaussian, "alpha_2");
        qInfo("largest difference %.2g (%s)", worst, where.c_str());
        QVERIFY2(worst <= tolerance, qPrintable(QString("%1 differs by %2 (tolerance %3)")
                                                    .arg(QString::fromStdString(where))
                                                    .arg(worst)
                                                    .arg(tolerance)));
        const core::Observables& a = got.observables;
        const core::Observables& b = want.observables;
        for (const auto& [x, y] :
             {std::pair{&a.tauAlpha, &b.tauAlpha}, std::pair{&a.tauPlus, &b.tauPlus},
              std::pair{&a.tauMinus, &b.tauMinus}}) {
            QCOMPARE(x->kind, y->kind);
            QVERIFY2(std::abs(x->value - y->value) <= 100 * tolerance * y->value,
                     qPrintable(QString("tau %1 vs %2").arg(x->value).arg(y->value)));
        }
    }
};

QTEST_GUILESS_MAIN(TestFormatAgreement)
#include "tst_format_agreement.moc"
